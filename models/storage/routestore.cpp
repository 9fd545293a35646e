#include "storage/routestore.h"

#include "audit/factpayload.h"

#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

Result<AuditEvent> RouteStore::append(const Route &r, const Recording &recording)
{
    const Result<AuditEvent> event = recording.append(m_db, u"route"_s, r.id, FactPayload::route(r));
    if (!event)
        return event;
    SqlStatement order(m_db, u"SELECT COALESCE(MAX(sort_order), -1) + 1 FROM routes"_s);
    GL_TRY(order.exec());
    const int sortOrder = order.next() ? order.value(0).toInt() : 0;
    SqlStatement insert(m_db, u"INSERT INTO routes (id, version, provider, model, endpoint, prompt_version, "
                              u"retrieval_corpus, tool_schema_version, fallback_route, sort_order, audit_seq, "
                              u"audit_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    GL_TRY(insert.exec({r.id, r.version, r.provider, r.model, sql::enumText(r.endpoint), sql::text(r.promptVersion),
                        sql::text(r.retrievalCorpus), sql::text(r.toolSchemaVersion), sql::text(r.fallbackRoute),
                        sortOrder, event->seq, event->hash}));
    return event;
}

} // namespace greenlight::models
