#include "storage/stagingcopy.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/usagerollups.h"
#include "storage/usagestore.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kCopyChunk = 256 * 1024;

/// The day of a UTC millisecond time, rounded down as epochDay() does (integer division truncates towards zero).
constexpr auto kEpochDay = u"(CASE WHEN occurred_at_ms >= 0 THEN occurred_at_ms ELSE occurred_at_ms - 86399999 END "
                           u"/ 86400000)";

PGconn *pgConnection(Database &db)
{
    // Qt names the type after libpq's struct (PGconn is a typedef of struct pg_conn).
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

/// Appends @p text as one field of COPY's text format: backslash, tab, newline and carriage return escaped.
void appendText(QByteArray &line, const QByteArray &text)
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

void appendNumber(QByteArray &line, qint64 value)
{
    line += QByteArray::number(value);
}

QString libpqMessage(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

StagingCopy::StagingCopy(Database &db, Kind kind) : m_db(db), m_kind(kind), m_connection(pgConnection(db)) {}

StagingCopy::~StagingCopy()
{
    if (m_copying)
        (void)abort(u"the import stopped"_s);
}

bool StagingCopy::available(Database &db)
{
    return db.isPostgres() && pgConnection(db) != nullptr;
}

Status StagingCopy::begin()
{
    if (m_connection == nullptr)
        return fail(m_db.displayName(), u"no PostgreSQL connection for COPY"_s);
    // Temporary: private to this session, gone with it; emptied by the commit or rollback of each import.
    const QString create =
        m_kind == Kind::Usage
            ? u"CREATE TEMPORARY TABLE IF NOT EXISTS greenlight_usage_staging (line BIGINT NOT NULL, source TEXT NOT "
              u"NULL, request_id TEXT NOT NULL, occurred_at_ms BIGINT NOT NULL, provider TEXT NOT NULL, model TEXT NOT "
              u"NULL, tenant TEXT NOT NULL, use_case TEXT NOT NULL, prompt_tokens BIGINT NOT NULL, completion_tokens "
              u"BIGINT NOT NULL, cost_nanos BIGINT NOT NULL, latency_ms BIGINT, status TEXT NOT NULL) "
              u"ON COMMIT DELETE ROWS"_s
            : u"CREATE TEMPORARY TABLE IF NOT EXISTS greenlight_feedback_staging (line BIGINT NOT NULL, source TEXT "
              u"NOT NULL, feedback_key TEXT NOT NULL, occurred_at_ms BIGINT NOT NULL, use_case TEXT NOT NULL, tenant "
              u"TEXT NOT NULL, request_id TEXT NOT NULL, outcome TEXT NOT NULL) ON COMMIT DELETE ROWS"_s;
    {
        // Gone before the COPY starts: Qt's driver drains a finished query's results, which never end during a COPY.
        QSqlQuery createTable(m_db.connection());
        if (!createTable.exec(create))
            return std::unexpected(m_db.sqlError(createTable.lastError()));
    }
    const char *copy = m_kind == Kind::Usage
                           ? "COPY pg_temp.greenlight_usage_staging (line, source, request_id, occurred_at_ms, "
                             "provider, model, tenant, use_case, prompt_tokens, completion_tokens, cost_nanos, "
                             "latency_ms, status) FROM STDIN"
                           : "COPY pg_temp.greenlight_feedback_staging (line, source, feedback_key, occurred_at_ms, "
                             "use_case, tenant, request_id, outcome) FROM STDIN";
    PGresult *result = PQexec(static_cast<PGconn *>(m_connection), copy);
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (!started)
        return fail(m_db.displayName(), error);
    m_copying = true;
    m_buffer.reserve(kCopyChunk + 4096);
    return {};
}

Status StagingCopy::add(qint64 number, const UsageRecord &r)
{
    QByteArray &line = m_buffer;
    appendNumber(line, number);
    line += '\t';
    appendText(line, r.source);
    line += '\t';
    appendText(line, r.requestId);
    line += '\t';
    appendNumber(line, r.occurredAtMs);
    line += '\t';
    appendText(line, r.provider);
    line += '\t';
    appendText(line, r.model);
    line += '\t';
    appendText(line, r.tenant);
    line += '\t';
    appendText(line, r.useCase);
    line += '\t';
    appendNumber(line, r.promptTokens);
    line += '\t';
    appendNumber(line, r.completionTokens);
    line += '\t';
    appendNumber(line, r.costNanos);
    line += '\t';
    if (r.latencyMs)
        appendNumber(line, *r.latencyMs);
    else
        line += "\\N";
    line += '\t';
    appendText(line, r.status);
    line += '\n';
    return m_buffer.size() >= kCopyChunk ? flush() : Status{};
}

Status StagingCopy::add(qint64 number, const FeedbackRecord &r, const QByteArray &feedbackKey)
{
    static const QByteArray outcomes[] = {"accepted", "edited", "rejected"};
    QByteArray &line = m_buffer;
    appendNumber(line, number);
    line += '\t';
    appendText(line, r.source);
    line += '\t';
    appendText(line, feedbackKey);
    line += '\t';
    appendNumber(line, r.occurredAtMs);
    line += '\t';
    appendText(line, r.useCase);
    line += '\t';
    appendText(line, r.tenant);
    line += '\t';
    appendText(line, r.requestId);
    line += '\t';
    line += outcomes[int(r.outcome)];
    line += '\n';
    return m_buffer.size() >= kCopyChunk ? flush() : Status{};
}

Status StagingCopy::flush()
{
    if (m_buffer.isEmpty())
        return {};
    auto *connection = static_cast<PGconn *>(m_connection);
    if (PQputCopyData(connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        return fail(m_db.displayName(), libpqMessage(connection));
    m_buffer.clear();
    return {};
}

Status StagingCopy::finish()
{
    GL_TRY(flush());
    auto *connection = static_cast<PGconn *>(m_connection);
    m_copying = false;
    if (PQputCopyEnd(connection, nullptr) != 1)
        return fail(m_db.displayName(), libpqMessage(connection));
    QString error;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!error.isEmpty())
        return fail(m_db.displayName(), error);
    return {};
}

Status StagingCopy::abort(const QString &why)
{
    auto *connection = static_cast<PGconn *>(m_connection);
    m_copying = false;
    m_buffer.clear();
    // The server answers with an error, which leaves the transaction aborted: the caller's rollback ends it.
    const QByteArray reason = why.toUtf8();
    PQputCopyEnd(connection, reason.constData());
    while (PGresult *result = PQgetResult(connection))
        PQclear(result);
    return {};
}

namespace {

/// The CTEs that add the new records' rollup rows (the CTE "grouped", by usage_daily's key) to each smaller rollup,
/// each a ", name AS (INSERT …)".
QString smallerRollups()
{
    QString ctes;
    for (const UsageRollupTable &table : UsageRollups::smaller()) {
        const QString keys = table.keyColumns().join(u", "_s);
        ctes += u", rolled_%1 AS (INSERT INTO %1 (%2) %3 ORDER BY %4 %5)"_s.arg(
            table.name, table.columns().join(u", "_s), table.summedFrom(u"grouped"_s), keys, table.addition());
    }
    return ctes;
}

} // namespace

Result<qint64> StagingCopy::moveNew()
{
    // One statement: the new records (the first of any two with the same key, by line, as row-by-row inserts keep),
    // their rollups added in the same go, and their count.
    const QString sql =
        m_kind == Kind::Usage
            ? u"WITH new AS (INSERT INTO usage_records (source, request_id, occurred_at_ms, provider, model, tenant, "
              u"use_case, prompt_tokens, completion_tokens, cost_nanos, latency_ms, status) "
              u"SELECT source, request_id, occurred_at_ms, provider, model, tenant, use_case, prompt_tokens, "
              u"completion_tokens, cost_nanos, latency_ms, status FROM pg_temp.greenlight_usage_staging ORDER BY line "
              u"ON CONFLICT (source, request_id) DO NOTHING "
              u"RETURNING occurred_at_ms, source, use_case, tenant, model, prompt_tokens, completion_tokens, "
              u"cost_nanos, latency_ms, status), "
              u"grouped AS (SELECT %1 AS day, source, use_case, tenant, model, COUNT(*) AS requests, "
              u"SUM(prompt_tokens) AS prompt_tokens, SUM(completion_tokens) AS completion_tokens, "
              u"SUM(cost_nanos) AS cost_nanos, "
              u"COUNT(*) FILTER (WHERE status <> '' AND status <> 'success') AS errors, "
              u"COALESCE(SUM(latency_ms), 0) AS latency_ms_sum, COUNT(latency_ms) AS latency_count "
              u"FROM new GROUP BY 1, 2, 3, 4, 5), "
              u"rolled AS (INSERT INTO usage_daily (day, source, use_case, tenant, model, requests, prompt_tokens, "
              u"completion_tokens, cost_nanos, errors, latency_ms_sum, latency_count) "
              u"SELECT * FROM grouped ORDER BY 1, 2, 3, 4, 5 %2)%3 "
              u"SELECT COUNT(*) FROM new"_s.arg(kEpochDay, UsageStore::usageRollupAddition(), smallerRollups())
            : u"WITH new AS (INSERT INTO feedback_records (source, feedback_key, occurred_at_ms, use_case, tenant, "
              u"request_id, outcome) SELECT source, feedback_key, occurred_at_ms, use_case, tenant, request_id, "
              u"outcome FROM pg_temp.greenlight_feedback_staging ORDER BY line "
              u"ON CONFLICT (source, feedback_key) DO NOTHING RETURNING occurred_at_ms, use_case, tenant, outcome), "
              u"rolled AS (INSERT INTO feedback_daily (day, use_case, tenant, accepted, edited, rejected) "
              u"SELECT %1, use_case, tenant, COUNT(*) FILTER (WHERE outcome = 'accepted'), "
              u"COUNT(*) FILTER (WHERE outcome = 'edited'), COUNT(*) FILTER (WHERE outcome = 'rejected') "
              u"FROM new GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 %2) "
              u"SELECT COUNT(*) FROM new"_s.arg(kEpochDay, UsageStore::feedbackRollupAddition());
    QSqlQuery move(m_db.connection());
    // The sort by line and the grouping by rollup key stay in memory (the default 4 MB spills a large file to disk);
    // SET LOCAL ends with the import's transaction.
    if (!move.exec(u"SET LOCAL work_mem = '256MB'"_s))
        return std::unexpected(m_db.sqlError(move.lastError()));
    if (!move.exec(sql) || !move.next())
        return std::unexpected(m_db.sqlError(move.lastError()));
    return move.value(0).toLongLong();
}

Result<QList<std::pair<qint64, UsageRecord>>> StagingCopy::stagedUsage()
{
    SqlStatement st(m_db, u"SELECT line, source, request_id, occurred_at_ms, provider, model, tenant, use_case, "
                          u"prompt_tokens, completion_tokens, cost_nanos, latency_ms, status "
                          u"FROM pg_temp.greenlight_usage_staging ORDER BY line"_s);
    GL_TRY(st.exec());
    QList<std::pair<qint64, UsageRecord>> staged;
    while (st.next()) {
        UsageRecord r;
        r.source = st.value(1).toString().toUtf8();
        r.requestId = st.value(2).toString().toUtf8();
        r.occurredAtMs = st.value(3).toLongLong();
        r.provider = st.value(4).toString().toUtf8();
        r.model = st.value(5).toString().toUtf8();
        r.tenant = st.value(6).toString().toUtf8();
        r.useCase = st.value(7).toString().toUtf8();
        r.promptTokens = st.value(8).toLongLong();
        r.completionTokens = st.value(9).toLongLong();
        r.costNanos = st.value(10).toLongLong();
        if (!st.value(11).isNull())
            r.latencyMs = st.value(11).toLongLong();
        r.status = st.value(12).toString().toUtf8();
        staged.append({st.value(0).toLongLong(), r});
    }
    GL_TRY(st.finished());
    return staged;
}

} // namespace greenlight::models
