#include "gate/waiverservice.h"

#include "gate/gateengine.h"
#include "gate/waiverrules.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/transaction.h"
#include "storage/waiverstore.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// The use case that holds waiver @p id, or nullptr.
const UseCase *holderOf(const Portfolio &portfolio, const QString &id)
{
    for (const UseCase &u : portfolio.useCases) {
        if (u.waiver(id) != nullptr)
            return &u;
    }
    return nullptr;
}

} // namespace

WaiverService::WaiverService(Database &db, std::function<QDateTime()> clock) : m_db(db), m_clock(std::move(clock)) {}

Result<QString> WaiverService::newId(const Portfolio &portfolio, QDate day) const
{
    const QString base = u"waiver-"_s + day.toString(Qt::ISODate);
    QString id = base;
    for (int n = 2;; ++n) {
        // An id is taken while its waiver is stored, and for ever once the audit log has named it.
        bool recorded = false;
        GL_TRY(AuditStore(m_db).forEach([&](const AuditEvent &) { recorded = true; }, u"waiver"_s, id));
        if (holderOf(portfolio, id) == nullptr && !recorded)
            return id;
        id = u"%1-%2"_s.arg(base).arg(n);
    }
}

Result<Waiver> WaiverService::grant(const WaiverRequest &request, const Actor &actor, const SshSigner *signer)
{
    const Result<Portfolio> portfolio = PortfolioRepository(m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    const UseCase *useCase = portfolio->useCase(request.useCase);
    if (useCase == nullptr)
        return fail(request.useCase, tr("unknown use case"));
    const QString gateId = request.gate.isEmpty() ? GateEngine::defaultGateId(*useCase) : request.gate;
    const GateTemplate *gate = portfolio->gateTemplate(gateId);
    if (gate == nullptr)
        return fail(gateId, tr("unknown gate template"));
    if (!GateEngine::appliedRules(*gate).contains(request.rule))
        return fail(request.rule, tr("gate %1 does not apply this rule").arg(gateId));
    const Person *person = portfolio->person(actor.person);
    if (person == nullptr)
        return fail(actor.person, tr("unknown person"));
    if (const QString problem = WaiverRules::roleProblem(request.rule, *person, request.role); !problem.isEmpty())
        return fail(request.rule, problem);
    if (request.reason.trimmed().isEmpty())
        return fail(request.rule, tr("a waiver needs a reason: why the risk is accepted"));
    if (request.control.trimmed().isEmpty())
        return fail(request.rule, tr("a waiver needs a compensating control: what holds the risk until it expires"));

    const QDateTime now = m_clock().toUTC();
    const QDate today = now.date();
    if (const QString problem = WaiverRules::expiryProblem(today, request.expires); !problem.isEmpty())
        return fail(request.expires.toString(Qt::ISODate), problem);
    const GateEvaluation evaluation = GateEngine::evaluate(*portfolio, *useCase, *gate, today);
    const auto result = std::find_if(evaluation.rules.cbegin(), evaluation.rules.cend(),
                                     [&](const RuleResult &r) { return r.rule == request.rule; });
    if (result->result == RuleOutcome::Pass)
        return fail(request.rule,
                    tr("the rule passes for %1 at %2; there is nothing to waive").arg(useCase->id, gateId));
    if (result->result == RuleOutcome::Waived) {
        const Waiver *active = useCase->waiver(evaluation.waivers.value(request.rule));
        return fail(request.rule, tr("already waived until %1 (%2); revoke that waiver first to replace it")
                                      .arg(active->expires.toString(Qt::ISODate), active->id));
    }

    const Result<QString> id = newId(*portfolio, today);
    if (!id)
        return std::unexpected(id.error());
    const Waiver waiver{*id,          gateId,       request.rule, request.reason.trimmed(), request.control.trimmed(),
                        actor.person, request.role, today,        request.expires,          std::nullopt};
    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(WaiverStore(m_db).grant(useCase->id, waiver, Recording{actor, u"grant"_s, now, signer}));
    GL_TRY(tx.commit());
    return waiver;
}

Result<Waiver> WaiverService::revoke(const QString &waiverId, const Actor &actor, Role role, const QString &reason,
                                     const SshSigner *signer)
{
    const Result<Portfolio> portfolio = PortfolioRepository(m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    const UseCase *useCase = holderOf(*portfolio, waiverId);
    if (useCase == nullptr)
        return fail(waiverId, tr("unknown waiver"));
    Waiver waiver = *useCase->waiver(waiverId);
    // A waiver that is revoked already or expired is said first: nothing else about the request matters then.
    const QDateTime now = m_clock().toUTC();
    if (const QString problem = WaiverRules::revocationProblem(waiver, now.date()); !problem.isEmpty())
        return fail(waiverId, problem);
    const Person *person = portfolio->person(actor.person);
    if (person == nullptr)
        return fail(actor.person, tr("unknown person"));
    if (const QString problem = WaiverRules::roleProblem(waiver.rule, *person, role); !problem.isEmpty())
        return fail(waiverId, problem);
    if (reason.trimmed().isEmpty())
        return fail(waiverId, tr("a revocation needs a reason"));

    waiver.revocation = WaiverRevocation{actor.person, role, now.date(), reason.trimmed()};
    Transaction tx(m_db);
    GL_TRY(tx.started());
    GL_TRY(WaiverStore(m_db).revoke(useCase->id, waiverId, *waiver.revocation,
                                    Recording{actor, u"revoke"_s, now, signer}));
    GL_TRY(tx.commit());
    return waiver;
}

} // namespace greenlight::models
