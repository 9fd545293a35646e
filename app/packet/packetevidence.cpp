#include "packet/packetevidence.h"

#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

/// Whether @p event is about @p u: its edits, data approvals, eval runs, gate reviews, waivers and exported packets.
bool concerns(const AuditEvent &event, const UseCase &u, const QStringList &reviewIds)
{
    const AuditEntry &e = event.entry;
    if (e.entity == u"use_case"_s || e.entity == u"packet"_s)
        return e.entityId == u.id;
    if (e.entity == u"data_approval"_s || e.entity == u"eval_run"_s)
        return e.entityId.startsWith(u.id + u'/');
    if (e.entity == u"gate_review"_s)
        return reviewIds.contains(e.entityId);
    if (e.entity == u"waiver"_s)
        return u.waiver(e.entityId) != nullptr;
    return false;
}

} // namespace

Result<PacketEvidence> PacketEvidenceLoader::load(const QString &useCaseId, const Actor &actor,
                                                  const QDateTime &at) const
{
    PacketEvidence evidence;
    const Result<Portfolio> portfolio = PortfolioRepository(m_db).load();
    if (!portfolio)
        return std::unexpected(portfolio.error());
    evidence.portfolio = *portfolio;
    evidence.wholePortfolio = useCaseId.isEmpty();
    evidence.exportedAt = at;
    const Person *person = portfolio->person(actor.person);
    const QString who = person != nullptr ? u"%1 (%2)"_s.arg(person->name, person->id) : actor.person;
    evidence.exportedBy = who.isEmpty()             ? actor.accountText()
                          : actor.account.isEmpty() ? who
                                                    : u"%1, %2"_s.arg(who, actor.accountText());
    evidence.databaseLocation = m_db.displayName();
    evidence.periodTo = at.toUTC().date();
    evidence.periodFrom = evidence.periodTo.addDays(-89);

    QList<const UseCase *> chosen;
    if (useCaseId.isEmpty()) {
        for (const UseCase &u : portfolio->useCases)
            chosen.append(&u);
    } else if (const UseCase *u = portfolio->useCase(useCaseId)) {
        chosen.append(u);
    } else {
        return fail(useCaseId, tr("unknown use case"));
    }

    Result<AuditVerification> chain = AuditStore(m_db).verify();
    if (!chain)
        return std::unexpected(chain.error());
    evidence.chain = *chain;
    QList<AuditEvent> events;
    GL_TRY(AuditStore(m_db).forEach([&](const AuditEvent &e) { events.append(e); }));

    const RollupQueries rollups(m_db);
    for (const UseCase *u : chosen) {
        UseCaseEvidence item;
        item.useCase = *u;
        const GateTemplate *gate = portfolio->gateTemplate(GateEngine::defaultGateId(*u));
        if (gate != nullptr)
            item.gate = GateEngine::evaluate(*portfolio, *u, *gate, evidence.exportedAt.toUTC().date());
        item.thresholdPct = GateEngine::thresholdPct(*portfolio, *u);
        QStringList reviewIds;
        for (const GateReview &r : u->gateReviews)
            reviewIds.append(r.id);
        for (const AuditEvent &e : events) {
            if (concerns(e, *u, reviewIds))
                item.events.append(e);
        }
        const RollupFilter filter{evidence.periodFrom, evidence.periodTo, {}, u->id, {}, {}};
        Result<QList<DailyCost>> costs = rollups.dailyCosts(filter);
        if (!costs)
            return std::unexpected(costs.error());
        item.dailyCosts = *costs;
        Result<QList<DailyFeedback>> feedback = rollups.dailyFeedback(filter);
        if (!feedback)
            return std::unexpected(feedback.error());
        item.editRates = weeklyEditRates(*feedback);
        evidence.useCases.append(item);
    }
    return evidence;
}

} // namespace greenlight::app
