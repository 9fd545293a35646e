#include "portfolio/routeservice.h"

#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/routestore.h"
#include "storage/transaction.h"

#include <QRegularExpression>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

bool sameContent(const Route &a, const Route &b)
{
    return a.provider == b.provider && a.model == b.model && a.endpoint == b.endpoint &&
           a.promptVersion == b.promptVersion && a.retrievalCorpus == b.retrievalCorpus &&
           a.toolSchemaVersion == b.toolSchemaVersion && a.fallbackRoute == b.fallbackRoute;
}

} // namespace

Result<Route> RouteService::addVersion(Route route, const Actor &actor, const QDateTime &at)
{
    for (QString *field : {&route.id, &route.provider, &route.model, &route.promptVersion, &route.retrievalCorpus,
                           &route.toolSchemaVersion, &route.fallbackRoute})
        *field = field->trimmed();
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9._-]*$"_s);
    if (!slug.match(route.id).hasMatch())
        return fail(route.id.isEmpty() ? u"route"_s : route.id,
                    tr("the route id must be lower-case letters, digits, dots, dashes or underscores"));
    if (route.provider.isEmpty())
        return fail(route.id, tr("the provider must be named"));
    if (route.model.isEmpty())
        return fail(route.id, tr("the model must be named"));

    const Result<Portfolio> portfolio = PortfolioRepository(m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    if (!route.fallbackRoute.isEmpty()) {
        if (route.fallbackRoute == route.id)
            return fail(route.id, tr("a route cannot be its own fallback"));
        if (!portfolio->hasRoute(route.fallbackRoute))
            return fail(route.id, tr("unknown fallback route \"%1\"").arg(route.fallbackRoute));
    }
    const Route *latest = portfolio->latestRoute(route.id);
    if (latest != nullptr && sameContent(*latest, route))
        return fail(route.id, tr("nothing changed since version %1").arg(latest->version));
    route.version = latest == nullptr ? 1 : latest->version + 1;

    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(RouteStore(m_db).append(route, Recording{actor, u"create"_s, at}));
    GL_TRY(tx.commit());
    return route;
}

} // namespace greenlight::models
