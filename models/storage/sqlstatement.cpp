#include "storage/sqlstatement.h"

#include "storage/database.h"

#include <QSqlError>

namespace greenlight::models {

SqlStatement::SqlStatement(Database &db, const QString &sql) : m_db(db), m_query(db.connection()), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Status SqlStatement::exec(const QVariantList &values)
{
    if (!m_prepared)
        return fail(m_db.displayName(), m_query.lastError().text() + QLatin1StringView(" in: ") + m_sql.simplified());
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(static_cast<int>(i), values[i]);
    if (!m_query.exec())
        return std::unexpected(m_db.sqlError(m_query.lastError()));
    return {};
}

Status SqlStatement::finished() const
{
    if (m_query.lastError().type() != QSqlError::NoError)
        return std::unexpected(error());
    return {};
}

Error SqlStatement::error() const
{
    return m_db.sqlError(m_query.lastError());
}

} // namespace greenlight::models
