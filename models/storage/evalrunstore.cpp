#include "storage/evalrunstore.h"

#include "audit/factpayload.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

Status EvalRunStore::append(const QString &useCaseId, const EvalRun &run)
{
    SqlStatement order(m_db, u"SELECT COALESCE(MAX(sort_order) + 1, 0) FROM eval_runs WHERE use_case_id = ?"_s);
    GL_TRY(order.exec({useCaseId}));
    const int next = order.next() ? order.value(0).toInt() : 0;
    SqlStatement insert(m_db, u"INSERT INTO eval_runs (use_case_id, id, run_date, route_id, route_version, baseline, "
                              u"secrets_found, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    GL_TRY(insert.exec({useCaseId, run.id, sql::date(run.date), run.route, run.routeVersion, run.baseline ? 1 : 0,
                        run.secretsFound, next}));
    SqlStatement result(m_db, u"INSERT INTO eval_results (use_case_id, run_id, category, total, passed) "
                              u"VALUES (?, ?, ?, ?, ?)"_s);
    for (auto it = run.results.cbegin(); it != run.results.cend(); ++it)
        GL_TRY(result.exec({useCaseId, run.id, sql::enumText(it.key()), it->total, it->passed}));
    return {};
}

Result<AuditEvent> EvalRunStore::record(const QString &useCaseId, const EvalRun &run, const Recording &recording,
                                        const QJsonObject &source)
{
    QJsonObject payload = FactPayload::evalRun(useCaseId, run);
    if (!source.isEmpty())
        payload.insert(u"source"_s, source); // not a column: audit verify compares the stored fields only
    const Result<AuditEvent> event = recording.append(m_db, u"eval_run"_s, useCaseId + u'/' + run.id, payload);
    if (!event)
        return event;
    GL_TRY(append(useCaseId, run));
    SqlStatement link(m_db, u"UPDATE eval_runs SET audit_seq = ?, audit_hash = ? WHERE use_case_id = ? AND id = ?"_s);
    GL_TRY(link.exec({event->seq, event->hash, useCaseId, run.id}));
    return event;
}

} // namespace greenlight::models
