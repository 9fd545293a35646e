#pragma once

#include "domain/error.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;

namespace greenlight::models {

/**
 * One open Greenlight database: SQLite file (default) or PostgreSQL server (a postgresql:// URL).
 *
 * open() refuses a database written by a newer schema before touching it, then applies the pending
 * migrations, each in its own transaction with its version bump. The Qt connection is named per
 * instance and removed in the destructor; use it only on the thread that opened it.
 *
 * A SQLite file that this process may not write (the kernel says so: permissions, an immutable flag,
 * a read-only mount, or a read-only folder) opens read-only: reads work, writes fail with a reason.
 * Writers wait for each other: write transactions start with BEGIN IMMEDIATE and wait up to
 * busyTimeoutMs for another writer's commit.
 */
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options {
        /// Migrate up to this version (tests use older versions); -1 means the latest.
        int targetVersion = -1;
        /// Whether a missing SQLite file (and its folder) may be created. Only `greenlight init` and the
        /// window's first run at the default location create one, so a mistyped path never becomes a new,
        /// empty record.
        bool createIfMissing = true;
        /// Open a SQLite file for reading only, even when it could be written.
        bool readOnly = false;
        /// Called once per wait when a statement has waited a second for another writer (the command line
        /// prints "waiting for another writer…" on a terminal). SQLite only; runs on the thread that waits.
        std::function<void()> waitingNotice;
    };

    /// How long a writer waits for another writer's transaction before giving up.
    static constexpr int busyTimeoutMs = 60'000;

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
    /// True when the database was opened read-only; readOnlyReason() says why.
    [[nodiscard]] bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }
    /// The error to report when this database may not be written: "the database PATH is read-only: REASON".
    [[nodiscard]] Error readOnlyError() const;

    /// An error of this connection as the user should read it: disk full, I/O error, read-only and busy are
    /// named as such; anything else keeps the driver's text under the database's name.
    [[nodiscard]] Error sqlError(const QSqlError &error) const;
    /// "the usage totals in PATH are too large to add up exactly": a SUM that would pass 64 bits.
    [[nodiscard]] Error totalsOverflowError() const;
    /// The same for a native SQLite result code and message (the bulk-import path).
    [[nodiscard]] Error sqlError(int sqliteCode, const QString &text) const;

    /// True when the location names a PostgreSQL server rather than a file.
    [[nodiscard]] static bool isServerUrl(const QString &location);

private:
    Database(QSqlDatabase db, std::unique_ptr<SqlDialect> dialect, QString displayName);
    Status migrate(int targetVersion);
    void setWaitingNotice(std::function<void()> notice);
    static int busyHandler(void *self, int attempt);

    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_displayName;
    QString m_readOnlyReason;
    std::function<void()> m_waitingNotice;
    QElapsedTimer m_waitTimer;
    bool m_waitNoticed = false;
};

} // namespace greenlight::models
