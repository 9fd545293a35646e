#pragma once

#include "domain/error.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace greenlight::models {

class Database;

/**
 * A prepared statement on a Database that reports failures as Error values naming the database.
 * Prepare once, then exec() with the values for each row.
 */
class SqlStatement final
{
public:
    SqlStatement(Database &db, const QString &sql);

    [[nodiscard]] Status exec(const QVariantList &values = {});
    [[nodiscard]] QSqlQuery &query() { return m_query; }
    [[nodiscard]] bool next() { return m_query.next(); }
    /// Why next() returned false early, or an empty Status when the rows simply ended. SQLite computes
    /// aggregates while it steps, so a SUM that overflows fails at a later row, not at exec().
    [[nodiscard]] Status finished() const;
    /// The statement's last error as the user should read it.
    [[nodiscard]] Error error() const;
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }

private:
    Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace greenlight::models
