#include "storage/faststatement.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <vector>

namespace greenlight::models {

using namespace Qt::StringLiterals;

class FastStatement::Impl
{
public:
    virtual ~Impl() = default;
    virtual void bind(int position, qint64 value) = 0;
    virtual void bind(int position, const QString &value) = 0;
    virtual void bind(int position, const QByteArray &utf8) = 0;
    virtual void bindNull(int position) = 0;
    virtual Result<int> exec() = 0;
};

class FastStatement::SqliteImpl final : public FastStatement::Impl
{
public:
    SqliteImpl(sqlite3 *handle, const QString &sql, const Database &db) : m_handle(handle), m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
            m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    ~SqliteImpl() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(SqliteImpl)

    void bind(int position, qint64 value) override { sqlite3_bind_int64(m_statement, position, value); }
    void bind(int position, const QString &value) override
    {
        // The database is UTF-8: converting here (Qt's fast path) spares SQLite its slower UTF-16 translation.
        // The bytes stay in m_text until the next bind at this position, so SQLite need not copy them.
        if (position >= int(m_text.size()))
            m_text.resize(position + 1);
        m_text[position] = value.toUtf8();
        bind(position, m_text[position]);
    }
    void bind(int position, const QByteArray &utf8) override
    {
        sqlite3_bind_text(m_statement, position, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_STATIC);
    }
    void bindNull(int position) override { sqlite3_bind_null(m_statement, position); }
    Result<int> exec() override
    {
        if (m_statement == nullptr)
            return fail(m_db.displayName(), m_prepareError);
        const int rc = sqlite3_step(m_statement);
        const int changed = sqlite3_changes(m_handle);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return std::unexpected(m_db.sqlError(rc, QString::fromUtf8(sqlite3_errmsg(m_handle))));
        return changed;
    }

private:
    sqlite3 *m_handle = nullptr;
    const Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
    std::vector<QByteArray> m_text;
};

class FastStatement::QtImpl final : public FastStatement::Impl
{
public:
    QtImpl(Database &db, const QString &sql) : m_query(db.connection()), m_db(db) { m_prepared = m_query.prepare(sql); }
    void bind(int position, qint64 value) override { m_query.bindValue(position - 1, value); }
    void bind(int position, const QString &value) override
    {
        m_query.bindValue(position - 1, value.isNull() ? QStringLiteral("") : value);
    }
    void bind(int position, const QByteArray &utf8) override { bind(position, QString::fromUtf8(utf8)); }
    void bindNull(int position) override { m_query.bindValue(position - 1, QVariant(QMetaType::fromType<qint64>())); }
    Result<int> exec() override
    {
        if (!m_prepared || !m_query.exec())
            return std::unexpected(m_db.sqlError(m_query.lastError()));
        return m_query.numRowsAffected();
    }

private:
    QSqlQuery m_query;
    const Database &m_db;
    bool m_prepared = false;
};

FastStatement::FastStatement(Database &db, const QString &sql)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_impl = std::make_unique<SqliteImpl>(*static_cast<sqlite3 *const *>(handle.constData()), sql, db);
    else
        m_impl = std::make_unique<QtImpl>(db, sql);
}

FastStatement::~FastStatement() = default;

void FastStatement::bind(int position, qint64 value)
{
    m_impl->bind(position, value);
}

void FastStatement::bind(int position, const QString &value)
{
    m_impl->bind(position, value);
}

void FastStatement::bind(int position, const QByteArray &utf8)
{
    m_impl->bind(position, utf8);
}

void FastStatement::bindNull(int position)
{
    m_impl->bindNull(position);
}

Result<int> FastStatement::exec()
{
    return m_impl->exec();
}

} // namespace greenlight::models
