#pragma once

#include "domain/error.h"
#include "usage/usagerecord.h"

#include <QByteArray>
#include <QList>

#include <utility>

namespace greenlight::models {

class Database;

/**
 * The bulk-import path on PostgreSQL: records stream through libpq's COPY FROM STDIN into a session TEMPORARY staging
 * table, then one statement (moveNew()) inserts the new ones into the real table and adds them to the daily rollups.
 * Row-by-row INSERTs cost a network round trip each; COPY costs one per import.
 *
 * That last step is a single statement that reads only the staging table, so it can later move into a SECURITY
 * DEFINER function when client logins lose INSERT on the real tables. The staging rows are deleted at commit or
 * rollback (ON COMMIT DELETE ROWS); use it inside the import's transaction. Records are numbered by the caller (the
 * file's line), and the first of two with the same key wins, as on SQLite.
 */
class StagingCopy final
{
public:
    enum class Kind { Usage, Feedback };

    StagingCopy(Database &db, Kind kind);
    ~StagingCopy();
    Q_DISABLE_COPY_MOVE(StagingCopy)

    /// Whether @p db can take this path (a PostgreSQL connection with a libpq handle).
    [[nodiscard]] static bool available(Database &db);

    /// Creates the staging table when the session has none and starts the COPY.
    [[nodiscard]] Status begin();
    [[nodiscard]] Status add(qint64 number, const UsageRecord &record);
    [[nodiscard]] Status add(qint64 number, const FeedbackRecord &record, const QByteArray &feedbackKey);
    /// Ends the COPY; the staged rows are then readable in this transaction.
    [[nodiscard]] Status finish();
    /// Moves the staged records that are not stored yet into the records table and their rollups; returns how many.
    [[nodiscard]] Result<qint64> moveNew();
    /// The staged usage records with their numbers, in order (the exact, row-by-row path reads them back).
    [[nodiscard]] Result<QList<std::pair<qint64, UsageRecord>>> stagedUsage();

private:
    Status flush();
    Status abort(const QString &why);

    Database &m_db;
    Kind m_kind;
    void *m_connection = nullptr; ///< the PGconn of the database's connection
    QByteArray m_buffer;
    bool m_copying = false;
};

} // namespace greenlight::models
