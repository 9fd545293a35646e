#include "portfolio/evalrunservice.h"

#include "storage/database.h"
#include "storage/evalrunstore.h"
#include "storage/portfoliorepository.h"
#include "storage/transaction.h"

#include <QJsonObject>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Result<EvalRun> EvalRunService::record(const QString &useCaseId, EvalRun run, const Actor &actor, const QDateTime &at,
                                       const std::optional<EvalRunSource> &source)
{
    const Result<Portfolio> portfolio = PortfolioRepository(m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    const UseCase *useCase = portfolio->useCase(useCaseId);
    if (useCase == nullptr)
        return fail(useCaseId, tr("unknown use case"));
    if (portfolio->route(run.route, run.routeVersion) == nullptr)
        return fail(useCaseId, tr("unknown route version \"%1\" v%2").arg(run.route).arg(run.routeVersion));
    if (!run.date.isValid())
        return fail(useCaseId, tr("the run needs a date"));
    for (auto it = run.results.cbegin(); it != run.results.cend(); ++it) {
        if (it->total < 0 || it->passed < 0 || it->passed > it->total)
            return fail(
                useCaseId,
                tr("%1: %2 passed of %3 is not possible").arg(enumName(it.key())).arg(it->passed).arg(it->total));
    }
    if (run.totalCases() == 0)
        return fail(useCaseId, tr("the run has no cases"));
    if (run.secretsFound < 0)
        return fail(useCaseId, tr("cases with live secrets cannot be negative"));
    const auto taken = [&](const QString &id) {
        return std::any_of(useCase->evalRuns.cbegin(), useCase->evalRuns.cend(),
                           [&](const EvalRun &r) { return r.id == id; });
    };
    if (run.id.isEmpty()) {
        run.id = u"run-"_s + run.date.toString(Qt::ISODate);
        for (int n = 2; taken(run.id); ++n)
            run.id = u"run-%1-%2"_s.arg(run.date.toString(Qt::ISODate)).arg(n);
    } else if (taken(run.id)) {
        return fail(useCaseId, tr("an eval run \"%1\" already exists").arg(run.id));
    }

    Transaction tx(m_db);
    GL_TRY(tx.started());
    QJsonObject file;
    if (source) {
        file = {{u"file"_s, source->file},
                {u"format"_s, source->format},
                {u"sha256"_s, source->sha256},
                {u"skipped"_s, source->skipped}};
    }
    GL_TRY(EvalRunStore(m_db).record(useCaseId, run, Recording{actor, source ? u"import"_s : u"create"_s, at}, file));
    GL_TRY(tx.commit());
    return run;
}

} // namespace greenlight::models
