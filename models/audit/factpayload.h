#pragma once

#include "domain/portfolio.h"

#include <QJsonObject>

namespace greenlight::models {

/**
 * The audit payloads of facts (DESIGN §8 "the chain covers state"): each holds every stored field of
 * the row it records, so `audit verify` can rebuild the same object from the row and compare. The
 * services, the import and the verification all build payloads here, so they cannot drift apart.
 * docs/audit-log.md lists the fields.
 */
class FactPayload final
{
public:
    /// data_approvals: use_case, index, data_class, role, person, decision, date, note.
    [[nodiscard]] static QJsonObject dataApproval(const QString &useCaseId, int index, const DataApproval &approval);
    /// gate_signoffs: review, index, role, person, decision, signed_at, note.
    [[nodiscard]] static QJsonObject signoff(const QString &reviewId, int index, const Signoff &signoff);
    /// gate_reviews as started: use_case, review, gate, requested_by, requested_at and the frozen rules
    /// (rule, severity, result, explanation in English).
    [[nodiscard]] static QJsonObject reviewStart(const QString &useCaseId, const GateReview &review);
    /// gate_reviews as decided: use_case, review, decision, rationale.
    [[nodiscard]] static QJsonObject reviewDecision(const QString &useCaseId, const QString &reviewId,
                                                    GateDecision decision, const QString &rationale);
    /// eval_runs with their eval_results: use_case, run, date, route, route_version, baseline, secrets_found,
    /// results {category: {total, passed}}, and the sums cases and passed.
    [[nodiscard]] static QJsonObject evalRun(const QString &useCaseId, const EvalRun &run);
    /// waivers as granted: use_case, waiver, gate, rule, reason, control, granted_by, role, granted_on, expires.
    [[nodiscard]] static QJsonObject waiver(const QString &useCaseId, const Waiver &waiver);
    /// waiver_revocations: use_case, waiver, person, role, date, reason.
    [[nodiscard]] static QJsonObject waiverRevocation(const QString &useCaseId, const QString &waiverId,
                                                      const WaiverRevocation &revocation);
    /// routes: route, version, provider, model, endpoint, prompt_version, retrieval_corpus, tool_schema_version,
    /// fallback_route.
    [[nodiscard]] static QJsonObject route(const Route &route);

    /// The time text of signed_at and requested_at: UTC to the second, as the tables store it.
    [[nodiscard]] static QString timeText(const QDateTime &at);
};

} // namespace greenlight::models
