#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace greenlight::models {

/**
 * The few places where SQLite and PostgreSQL differ. Every other statement in storage/ is plain SQL
 * that both accept (CREATE TABLE with standard types, INSERT … ON CONFLICT DO NOTHING, bound values).
 */
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    [[nodiscard]] virtual QString driverName() const = 0;
    /// Session settings applied once after the connection opens (SQLite: WAL, foreign keys). A read-only
    /// connection changes nothing in the file.
    [[nodiscard]] virtual Status configure(QSqlDatabase &db, bool readOnly) const = 0;
    /// Serialises appends to the audit chain until the current transaction ends, so two writers never read the
    /// same head. SQLite needs nothing: its write transactions (BEGIN IMMEDIATE) already exclude each other.
    [[nodiscard]] virtual Status lockAuditChain(QSqlDatabase &db) const = 0;
    /// Tells other connections that something was committed (PostgreSQL: NOTIFY on changeChannel(), delivered when
    /// the transaction commits). SQLite needs nothing: other connections see PRAGMA data_version move.
    [[nodiscard]] virtual Status announceChange(QSqlDatabase &db) const = 0;
    /// The PostgreSQL notification channel every recorded change is announced on.
    [[nodiscard]] static QString changeChannel() { return QStringLiteral("greenlight_changes"); }
    /// The schema version recorded in the database; 0 for an empty one.
    [[nodiscard]] virtual Result<int> schemaVersion(QSqlDatabase &db) const = 0;
    /// Records the schema version; called inside the migration's transaction.
    [[nodiscard]] virtual Status setSchemaVersion(QSqlDatabase &db, int version) const = 0;

    static std::unique_ptr<SqlDialect> sqlite();
    static std::unique_ptr<SqlDialect> postgres();
};

} // namespace greenlight::models
