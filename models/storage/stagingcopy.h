#pragma once

#include "domain/error.h"
#include "storage/copyin.h"
#include "usage/usagerecord.h"

#include <QByteArray>
#include <QList>

#include <utility>

namespace greenlight::models {

class Database;

/**
 * The bulk-import path on PostgreSQL, through libpq's COPY FROM STDIN (CopyIn). Two targets:
 *  - Records: straight into usage_records / feedback_records inside a savepoint. COPY writes whole pages at a time,
 *    three times faster than any INSERT … SELECT, but the table's key refuses a record already stored or repeated
 *    in the input; finish() then rolls the savepoint back and says so, and the caller takes the other target.
 *    The caller adds the rollups of the records itself (they are all new).
 *  - Staging: into a session TEMPORARY staging table, then one statement (moveNew()) inserts the records that are
 *    new into the real table and adds them to the daily rollups. Records are numbered by the caller (the file's
 *    line), and the first of two with the same key wins, as on SQLite. The staging rows are deleted at commit or
 *    rollback (ON COMMIT DELETE ROWS).
 * Use it inside the import's transaction.
 */
class StagingCopy final
{
public:
    enum class Kind { Usage, Feedback };
    enum class Target { Staging, Records };

    StagingCopy(Database &db, Kind kind, Target target = Target::Staging);
    Q_DISABLE_COPY_MOVE(StagingCopy)

    /// Whether @p db can take this path (a PostgreSQL connection with a libpq handle).
    [[nodiscard]] static bool available(Database &db);

    /// Staging: creates the staging table when the session has none. Records: sets the savepoint. Then starts the
    /// COPY.
    [[nodiscard]] Status begin();
    /// Adds a record (@p number is kept only by the staging target).
    [[nodiscard]] Status add(qint64 number, const UsageRecord &record);
    [[nodiscard]] Status add(qint64 number, const FeedbackRecord &record, const QByteArray &feedbackKey);
    /// Records: whether the server has refused the COPY already, so the rest of the input need not be sent.
    [[nodiscard]] bool refused() { return m_copy.refused(); }
    /// Ends the COPY. True when the rows went in: the staged rows are readable in this transaction, or the records
    /// are stored. False (Records only) when the key refused a record: the table is as before begin().
    [[nodiscard]] Result<bool> finish();
    /// Records: stops the COPY and rolls the savepoint back (the caller found it cannot finish this way).
    [[nodiscard]] Status cancel(const QString &why);
    /// Moves the staged records that are not stored yet into the records table and their rollups; returns how many.
    [[nodiscard]] Result<qint64> moveNew();
    /// The staged usage records with their numbers, in order (the exact, row-by-row path reads them back).
    [[nodiscard]] Result<QList<std::pair<qint64, UsageRecord>>> stagedUsage();

private:
    Database &m_db;
    Kind m_kind;
    Target m_target;
    CopyIn m_copy;
};

} // namespace greenlight::models
