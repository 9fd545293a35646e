#pragma once

#include "domain/error.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace greenlight::models {

/**
 * One open Greenlight database: SQLite file (default) or PostgreSQL server (a postgresql:// URL).
 *
 * open() refuses a database written by a newer schema before touching it, then applies the pending
 * migrations, each in its own transaction with its version bump. The Qt connection is named per
 * instance and removed in the destructor; use it only on the thread that opened it.
 */
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options {
        /// Migrate up to this version (tests use older versions); -1 means the latest.
        int targetVersion = -1;
    };

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &location, Options options);
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &location);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    [[nodiscard]] QSqlDatabase &connection() { return m_db; }
    [[nodiscard]] const SqlDialect &dialect() const { return *m_dialect; }
    /// The path or URL the user gave, without any password.
    [[nodiscard]] QString displayName() const { return m_displayName; }
    [[nodiscard]] bool isPostgres() const;
    [[nodiscard]] Result<int> schemaVersion();

    /// True when the location names a PostgreSQL server rather than a file.
    [[nodiscard]] static bool isServerUrl(const QString &location);

private:
    Database(QSqlDatabase db, std::unique_ptr<SqlDialect> dialect, QString displayName);
    Status migrate(int targetVersion);

    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_displayName;
};

} // namespace greenlight::models
