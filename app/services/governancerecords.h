#pragma once

#include "gate/dataapprovalrules.h"
#include "gate/gatereviewservice.h"
#include "gate/waiverservice.h"

namespace greenlight::app {

class Workspace;

/**
 * The facts the window records as the signed-in person: data-class decisions, eval runs, route versions, the steps
 * of a gate review, and waivers and their revocations (see the model services for the rules each enforces). Each is
 * added, never edited, with its audit event; a read-only session is refused.
 */
class GovernanceRecords final
{
public:
    explicit GovernanceRecords(Workspace &session) : m_session(session) {}

    [[nodiscard]] models::Result<models::DataClassStatus>
    decideDataClass(const QString &useCaseId, models::DataClass dataClass, models::Role role,
                    models::ApprovalDecision decision, const QString &note);
    [[nodiscard]] models::Result<models::EvalRun> recordEvalRun(const QString &useCaseId, const models::EvalRun &run);
    [[nodiscard]] models::Result<models::Route> addRouteVersion(const models::Route &route);

    /// A sign-off is the signed-in person's own: the others sign in their own sessions.
    [[nodiscard]] models::Result<models::GateReview> startReview(const QString &useCaseId, const QString &gateId);
    [[nodiscard]] models::Result<models::GateReview> signReview(const QString &reviewId, models::Role role,
                                                                models::SignoffDecision decision, const QString &note);
    [[nodiscard]] models::Result<models::DecisionOutcome>
    decideReview(const QString &reviewId, std::optional<models::GateDecision> requested, const QString &rationale);
    [[nodiscard]] models::Result<models::GateReview> abandonReview(const QString &reviewId, const QString &reason);

    /// A waiver is granted and revoked by the signed-in person, signed with their chosen key.
    [[nodiscard]] models::Result<models::Waiver> grantWaiver(const models::WaiverRequest &request);
    [[nodiscard]] models::Result<models::Waiver> revokeWaiver(const QString &waiverId, models::Role role,
                                                              const QString &reason);

private:
    /// Runs @p step when the session may edit, and shows its result (refreshes) when it succeeded.
    template <typename T, typename Step>
    models::Result<T> record(Step step);

    Workspace &m_session;
};

} // namespace greenlight::app
