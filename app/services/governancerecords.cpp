#include "services/governancerecords.h"

#include "gate/dataapprovalservice.h"
#include "portfolio/evalrunservice.h"
#include "portfolio/routeservice.h"
#include "services/signingkeychoice.h"
#include "workspace.h"

namespace greenlight::app {

using namespace greenlight::models;

template <typename T, typename Step>
Result<T> GovernanceRecords::record(Step step)
{
    GL_TRY(m_session.checkCanEdit());
    Result<T> recorded = step(m_session.database(), m_session.actor());
    if (recorded)
        GL_TRY(m_session.refresh());
    return recorded;
}

Result<DataClassStatus> GovernanceRecords::decideDataClass(const QString &useCaseId, DataClass dataClass, Role role,
                                                           ApprovalDecision decision, const QString &note)
{
    return record<DataClassStatus>([&](Database &db, const Actor &actor) {
        return DataApprovalService(db, [this] { return m_session.now(); })
            .decide(useCaseId, dataClass, actor, role, decision, note, m_session.signing().signer());
    });
}

Result<EvalRun> GovernanceRecords::recordEvalRun(const QString &useCaseId, const EvalRun &run)
{
    return record<EvalRun>([&](Database &db, const Actor &actor) {
        return EvalRunService(db).record(useCaseId, run, actor, m_session.now());
    });
}

Result<Route> GovernanceRecords::addRouteVersion(const Route &route)
{
    return record<Route>(
        [&](Database &db, const Actor &actor) { return RouteService(db).addVersion(route, actor, m_session.now()); });
}

Result<GateReview> GovernanceRecords::startReview(const QString &useCaseId, const QString &gateId)
{
    return record<GateReview>([&](Database &db, const Actor &actor) {
        return GateReviewService(db, [this] { return m_session.now(); }).start(useCaseId, gateId, actor);
    });
}

Result<GateReview> GovernanceRecords::signReview(const QString &reviewId, Role role, SignoffDecision decision,
                                                 const QString &note)
{
    return record<GateReview>([&](Database &db, const Actor &actor) {
        return GateReviewService(db, [this] { return m_session.now(); })
            .sign(reviewId, actor, role, decision, note, m_session.signing().signer());
    });
}

Result<DecisionOutcome> GovernanceRecords::decideReview(const QString &reviewId, std::optional<GateDecision> requested,
                                                        const QString &rationale)
{
    // A refused go (outcome without a decision) records nothing, so there is nothing new to show either.
    return record<DecisionOutcome>([&](Database &db, const Actor &actor) {
        return GateReviewService(db, [this] { return m_session.now(); })
            .decide(reviewId, actor, requested, rationale, m_session.signing().signer());
    });
}

Result<GateReview> GovernanceRecords::abandonReview(const QString &reviewId, const QString &reason)
{
    return record<GateReview>([&](Database &db, const Actor &actor) {
        return GateReviewService(db, [this] { return m_session.now(); })
            .abandon(reviewId, actor, reason, m_session.signing().signer());
    });
}

Result<Waiver> GovernanceRecords::grantWaiver(const WaiverRequest &request)
{
    return record<Waiver>([&](Database &db, const Actor &actor) {
        return WaiverService(db, [this] { return m_session.now(); })
            .grant(request, actor, m_session.signing().signer());
    });
}

Result<Waiver> GovernanceRecords::revokeWaiver(const QString &waiverId, Role role, const QString &reason)
{
    return record<Waiver>([&](Database &db, const Actor &actor) {
        return WaiverService(db, [this] { return m_session.now(); })
            .revoke(waiverId, actor, role, reason, m_session.signing().signer());
    });
}

} // namespace greenlight::app
