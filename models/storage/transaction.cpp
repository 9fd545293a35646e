#include "storage/transaction.h"

#include "storage/database.h"

#include <QSqlError>

namespace greenlight::models {

Transaction::Transaction(Database &db) : m_db(db), m_active(db.connection().transaction()) {}

Transaction::~Transaction()
{
    if (m_active)
        m_db.connection().rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return fail(m_db.displayName(), tr("no transaction is active"));
    m_active = false;
    if (!m_db.connection().commit()) {
        const QString reason = m_db.connection().lastError().text();
        m_db.connection().rollback();
        return fail(m_db.displayName(), tr("commit failed: %1").arg(reason));
    }
    return {};
}

} // namespace greenlight::models
