#include "storage/routestore.h"

#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

Status RouteStore::append(const Route &r)
{
    SqlStatement order(m_db, u"SELECT COALESCE(MAX(sort_order), -1) + 1 FROM routes"_s);
    GL_TRY(order.exec());
    const int sortOrder = order.next() ? order.value(0).toInt() : 0;
    SqlStatement insert(m_db, u"INSERT INTO routes (id, version, provider, model, endpoint, prompt_version, "
                              u"retrieval_corpus, tool_schema_version, fallback_route, sort_order) "
                              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    return insert.exec({r.id, r.version, r.provider, r.model, sql::enumText(r.endpoint), sql::text(r.promptVersion),
                        sql::text(r.retrievalCorpus), sql::text(r.toolSchemaVersion), sql::text(r.fallbackRoute),
                        sortOrder});
}

} // namespace greenlight::models
