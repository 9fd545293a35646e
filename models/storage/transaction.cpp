#include "storage/transaction.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Transaction::Transaction(Database &db) : m_db(db)
{
    if (db.isReadOnly()) {
        m_started = std::unexpected(db.readOnlyError());
        return;
    }
    if (db.isPostgres()) {
        m_active = db.connection().transaction();
        if (!m_active)
            m_started = std::unexpected(db.sqlError(db.connection().lastError()));
        return;
    }
    // Qt's transaction() sends a deferred BEGIN, which takes the write lock only at the first write and then
    // fails at once when another writer holds it (no busy wait can resolve that). Qt's commit() and rollback()
    // send plain COMMIT and ROLLBACK, so they end this transaction as well.
    QSqlQuery begin(db.connection());
    m_active = begin.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        m_started = std::unexpected(db.sqlError(begin.lastError()));
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.connection().rollback();
}

Status Transaction::commit()
{
    if (!m_started)
        return m_started;
    if (!m_active)
        return fail(m_db.displayName(), tr("no transaction is active"));
    m_active = false;
    if (!m_db.connection().commit()) {
        const Error error = m_db.sqlError(m_db.connection().lastError());
        m_db.connection().rollback();
        if (!error.where.isEmpty())
            return fail(m_db.displayName(), tr("commit failed: %1").arg(error.message));
        return std::unexpected(error);
    }
    return {};
}

} // namespace greenlight::models
