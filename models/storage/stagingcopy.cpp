#include "storage/stagingcopy.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/usagerollups.h"
#include "storage/usagestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// The day of a UTC millisecond time, rounded down as epochDay() does (integer division truncates towards zero).
constexpr auto kEpochDay = u"(CASE WHEN occurred_at_ms >= 0 THEN occurred_at_ms ELSE occurred_at_ms - 86399999 END "
                           u"/ 86400000)";

/// A savepoint around the COPY straight into the records table: a refused key undoes only it.
constexpr auto kSavepoint = "SAVEPOINT greenlight_copy";

} // namespace

StagingCopy::StagingCopy(Database &db, Kind kind, Target target) : m_db(db), m_kind(kind), m_target(target), m_copy(db)
{
}

bool StagingCopy::available(Database &db)
{
    return CopyIn::available(db);
}

Status StagingCopy::begin()
{
    const bool usage = m_kind == Kind::Usage;
    if (m_target == Target::Records) {
        GL_TRY(m_copy.command(kSavepoint));
        return m_copy.start(usage ? "COPY usage_records (source, request_id, occurred_at_ms, provider, model, tenant, "
                                    "use_case, prompt_tokens, completion_tokens, cost_nanos, latency_ms, status) "
                                    "FROM STDIN"
                                  : "COPY feedback_records (source, feedback_key, occurred_at_ms, use_case, tenant, "
                                    "request_id, outcome) FROM STDIN");
    }
    // Temporary: private to this session, gone with it; emptied by the commit or rollback of each import.
    GL_TRY(m_copy.command(
        usage ? "CREATE TEMPORARY TABLE IF NOT EXISTS greenlight_usage_staging (line BIGINT NOT NULL, source TEXT NOT "
                "NULL, request_id TEXT NOT NULL, occurred_at_ms BIGINT NOT NULL, provider TEXT NOT NULL, model TEXT "
                "NOT NULL, tenant TEXT NOT NULL, use_case TEXT NOT NULL, prompt_tokens BIGINT NOT NULL, "
                "completion_tokens BIGINT NOT NULL, cost_nanos BIGINT NOT NULL, latency_ms BIGINT, status TEXT NOT "
                "NULL) ON COMMIT DELETE ROWS"
              : "CREATE TEMPORARY TABLE IF NOT EXISTS greenlight_feedback_staging (line BIGINT NOT NULL, source TEXT "
                "NOT NULL, feedback_key TEXT NOT NULL, occurred_at_ms BIGINT NOT NULL, use_case TEXT NOT NULL, tenant "
                "TEXT NOT NULL, request_id TEXT NOT NULL, outcome TEXT NOT NULL) ON COMMIT DELETE ROWS"));
    return m_copy.start(usage ? "COPY pg_temp.greenlight_usage_staging (line, source, request_id, occurred_at_ms, "
                                "provider, model, tenant, use_case, prompt_tokens, completion_tokens, cost_nanos, "
                                "latency_ms, status) FROM STDIN"
                              : "COPY pg_temp.greenlight_feedback_staging (line, source, feedback_key, occurred_at_ms, "
                                "use_case, tenant, request_id, outcome) FROM STDIN");
}

Status StagingCopy::add(qint64 number, const UsageRecord &r)
{
    QByteArray &line = m_copy.buffer();
    if (m_target == Target::Staging) {
        CopyIn::appendNumber(line, number);
        line += '\t';
    }
    CopyIn::appendText(line, r.source);
    line += '\t';
    CopyIn::appendText(line, r.requestId);
    line += '\t';
    CopyIn::appendNumber(line, r.occurredAtMs);
    line += '\t';
    CopyIn::appendText(line, r.provider);
    line += '\t';
    CopyIn::appendText(line, r.model);
    line += '\t';
    CopyIn::appendText(line, r.tenant);
    line += '\t';
    CopyIn::appendText(line, r.useCase);
    line += '\t';
    CopyIn::appendNumber(line, r.promptTokens);
    line += '\t';
    CopyIn::appendNumber(line, r.completionTokens);
    line += '\t';
    CopyIn::appendNumber(line, r.costNanos);
    line += '\t';
    if (r.latencyMs)
        CopyIn::appendNumber(line, *r.latencyMs);
    else
        line += "\\N";
    line += '\t';
    CopyIn::appendText(line, r.status);
    line += '\n';
    return m_copy.rowAdded();
}

Status StagingCopy::add(qint64 number, const FeedbackRecord &r, const QByteArray &feedbackKey)
{
    static const QByteArray outcomes[] = {"accepted", "edited", "rejected"};
    QByteArray &line = m_copy.buffer();
    if (m_target == Target::Staging) {
        CopyIn::appendNumber(line, number);
        line += '\t';
    }
    CopyIn::appendText(line, r.source);
    line += '\t';
    CopyIn::appendText(line, feedbackKey);
    line += '\t';
    CopyIn::appendNumber(line, r.occurredAtMs);
    line += '\t';
    CopyIn::appendText(line, r.useCase);
    line += '\t';
    CopyIn::appendText(line, r.tenant);
    line += '\t';
    CopyIn::appendText(line, r.requestId);
    line += '\t';
    line += outcomes[int(r.outcome)];
    line += '\n';
    return m_copy.rowAdded();
}

Result<bool> StagingCopy::finish()
{
    QByteArray sqlState;
    const Status ended = m_copy.end(&sqlState);
    if (m_target == Target::Staging) {
        if (!ended)
            return std::unexpected(ended.error());
        return true;
    }
    if (ended) {
        GL_TRY(m_copy.command("RELEASE SAVEPOINT greenlight_copy"));
        return true;
    }
    // unique_violation: a record is stored already or comes twice. Anything else is a real failure.
    if (sqlState != "23505")
        return std::unexpected(ended.error());
    GL_TRY(m_copy.command("ROLLBACK TO SAVEPOINT greenlight_copy"));
    GL_TRY(m_copy.command("RELEASE SAVEPOINT greenlight_copy"));
    return false;
}

Status StagingCopy::cancel(const QString &why)
{
    if (m_copy.copying())
        m_copy.cancel(why);
    if (m_target == Target::Records) {
        GL_TRY(m_copy.command("ROLLBACK TO SAVEPOINT greenlight_copy"));
        GL_TRY(m_copy.command("RELEASE SAVEPOINT greenlight_copy"));
    }
    return {};
}

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
              u"FROM new GROUP BY 1, 2, 3, 4, 5), %2 "
              u"SELECT COUNT(*) FROM new"_s.arg(kEpochDay, UsageRollups::additionsFrom(u"grouped"_s))
            : u"WITH new AS (INSERT INTO feedback_records (source, feedback_key, occurred_at_ms, use_case, tenant, "
              u"request_id, outcome) SELECT source, feedback_key, occurred_at_ms, use_case, tenant, request_id, "
              u"outcome FROM pg_temp.greenlight_feedback_staging ORDER BY line "
              u"ON CONFLICT (source, feedback_key) DO NOTHING RETURNING occurred_at_ms, use_case, tenant, outcome), "
              u"grouped AS (SELECT %1 AS day, use_case, tenant, COUNT(*) FILTER (WHERE outcome = 'accepted') AS "
              u"accepted, COUNT(*) FILTER (WHERE outcome = 'edited') AS edited, "
              u"COUNT(*) FILTER (WHERE outcome = 'rejected') AS rejected FROM new GROUP BY 1, 2, 3), %2 "
              u"SELECT COUNT(*) FROM new"_s.arg(kEpochDay, UsageStore::feedbackAdditionsFrom(u"grouped"_s));
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
