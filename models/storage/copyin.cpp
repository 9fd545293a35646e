#include "storage/copyin.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <poll.h>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kCopyChunk = 256 * 1024;

PGconn *pgConnection(Database &db)
{
    // Qt names the type after libpq's struct (PGconn is a typedef of struct pg_conn).
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

CopyIn::CopyIn(Database &db) : m_db(db), m_connection(db.isPostgres() ? pgConnection(db) : nullptr) {}

CopyIn::~CopyIn()
{
    if (m_copying)
        cancel(u"the import stopped"_s);
}

bool CopyIn::available(Database &db)
{
    return db.isPostgres() && pgConnection(db) != nullptr;
}

QString CopyIn::libpqMessage() const
{
    return QString::fromUtf8(PQerrorMessage(static_cast<PGconn *>(m_connection))).trimmed();
}

Status CopyIn::command(const char *sql)
{
    if (m_connection == nullptr)
        return fail(m_db.displayName(), u"no PostgreSQL connection for COPY"_s);
    PGresult *result = PQexec(static_cast<PGconn *>(m_connection), sql);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (!ok)
        return fail(m_db.displayName(), error);
    return {};
}

Status CopyIn::start(const char *sql)
{
    if (m_connection == nullptr)
        return fail(m_db.displayName(), u"no PostgreSQL connection for COPY"_s);
    PGresult *result = PQexec(static_cast<PGconn *>(m_connection), sql);
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (!started)
        return fail(m_db.displayName(), error);
    m_copying = true;
    m_buffer.clear();
    m_buffer.reserve(kCopyChunk + 4096);
    return {};
}

Status CopyIn::rowAdded()
{
    return m_buffer.size() >= kCopyChunk ? flush() : Status{};
}

Status CopyIn::flush()
{
    if (m_buffer.isEmpty())
        return {};
    auto *connection = static_cast<PGconn *>(m_connection);
    if (PQputCopyData(connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        return fail(m_db.displayName(), libpqMessage());
    m_buffer.clear();
    return {};
}

bool CopyIn::refused()
{
    // During COPY FROM STDIN the server sends nothing until the end unless it fails (an error ends the COPY on its
    // side at once). libpq only reads that answer at PQputCopyEnd(), so look at the socket without waiting.
    pollfd socket{PQsocket(static_cast<PGconn *>(m_connection)), POLLIN, 0};
    return m_copying && poll(&socket, 1, 0) > 0 && (socket.revents & POLLIN) != 0;
}

Status CopyIn::end(QByteArray *sqlState)
{
    GL_TRY(flush());
    auto *connection = static_cast<PGconn *>(m_connection);
    m_copying = false;
    if (PQputCopyEnd(connection, nullptr) != 1)
        return fail(m_db.displayName(), libpqMessage());
    QString error;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty()) {
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            if (sqlState != nullptr)
                *sqlState = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        }
        PQclear(result);
    }
    if (!error.isEmpty())
        return fail(m_db.displayName(), error);
    return {};
}

void CopyIn::cancel(const QString &why)
{
    auto *connection = static_cast<PGconn *>(m_connection);
    m_copying = false;
    m_buffer.clear();
    const QByteArray reason = why.toUtf8();
    PQputCopyEnd(connection, reason.constData());
    while (PGresult *result = PQgetResult(connection))
        PQclear(result);
}

void CopyIn::appendText(QByteArray &line, const QByteArray &text)
{
    for (const char c : text) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c; break;
        }
    }
}

} // namespace greenlight::models
