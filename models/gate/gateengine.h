#pragma once

#include "domain/portfolio.h"

#include <QCoreApplication>
#include <QHash>

namespace greenlight::models {

/// The rule results of one use case against one gate template.
struct GateEvaluation {
    QString useCase;
    QString gate;
    QList<RuleResult> rules; ///< in catalog order
    int blockersFailed = 0;  ///< blockers that failed or lack their evidence
    int warningsFailed = 0;
    QHash<QString, QString> waivers; ///< rule id → the waiver a `waived` result rests on

    /// No blocker failed: the use case may go once the template's sign-offs are in.
    [[nodiscard]] bool eligible() const { return blockersFailed == 0; }
    /// The rules with failing blockers first, then failing warnings, then waived rules, then passes (for people to
    /// read).
    [[nodiscard]] QList<RuleResult> failuresFirst() const;
};

/// Evaluates the rules a gate template applies, with the thresholds of the stored policy.
class GateEngine final
{
    Q_DECLARE_TR_FUNCTIONS(GateEngine)

public:
    /// @p asOf: the day the rules judge the evidence on (today, or a past day to reproduce a past result). A failing
    /// rule with a waiver active that day (UseCase::activeWaiver) is `waived`.
    [[nodiscard]] static GateEvaluation evaluate(const Portfolio &portfolio, const UseCase &useCase,
                                                 const GateTemplate &gate, QDate asOf);
    /// The template id that fits a use case: high risk → high-risk-launch, customer → customer-launch,
    /// otherwise internal-pilot.
    [[nodiscard]] static QString defaultGateId(const UseCase &useCase);
    /// The eval pass-rate threshold that applies to @p useCase under the template that fits it.
    [[nodiscard]] static double thresholdPct(const Portfolio &portfolio, const UseCase &useCase);
    /// The rule ids a template applies ("*" expands to every rule), in catalog order.
    [[nodiscard]] static QStringList appliedRules(const GateTemplate &gate);
    /// Whether a result counts against the gate: a waived rule counts as passing while its waiver runs.
    [[nodiscard]] static bool fails(RuleOutcome outcome)
    {
        return outcome == RuleOutcome::Fail || outcome == RuleOutcome::Missing;
    }
};

} // namespace greenlight::models
