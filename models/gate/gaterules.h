#pragma once

#include "domain/portfolio.h"

#include <QCoreApplication>

namespace greenlight::models {

/// Everything a rule may look at: the whole portfolio (for people and routes), the use case, the gate and its policy.
struct RuleInput {
    const Portfolio &portfolio;
    const UseCase &useCase;
    const GateTemplate &gate;
    /// The day the gate is evaluated as of: evidence dated later does not count yet, and evidence ages up to it.
    QDate asOf;

    [[nodiscard]] const Policy &policy() const { return portfolio.policy; }
    /// Days from @p day to asOf (negative when @p day is later).
    [[nodiscard]] qint64 ageInDays(QDate day) const { return day.daysTo(asOf); }
    /// "Ana Ruiz", or the id itself for someone not in the portfolio.
    [[nodiscard]] QString nameOf(const QString &personId) const;
    /// The latest eval run by date for the use case's current route on or before asOf (the later one on a tie).
    [[nodiscard]] const EvalRun *latestRun() const;
    /// The latest approved baseline dated before @p run (the previous approved path).
    [[nodiscard]] const EvalRun *baselineBefore(const EvalRun &run) const;
    /// The pass-rate threshold that applies: the high-risk one for a high-risk use case or a strict template.
    [[nodiscard]] double thresholdPct() const;
    /// The fewest days the gate lets debug logs be kept, 0 when it sets no floor: see GateRules::loggingPolicy.
    [[nodiscard]] int minDebugLogRetentionDays() const;
};

/// What a rule found: its outcome and one line that names the evidence, kept untranslated.
struct RuleVerdict {
    RuleOutcome outcome = RuleOutcome::Missing;
    RuleMessage explanation;
};

/**
 * The rules of DESIGN §2, one function each. A rule reports `missing` when the evidence it inspects
 * is not recorded, `fail` when the evidence is there and breaks the rule, `pass` otherwise; each
 * explanation names the evidence and the threshold so a PM can fix it without asking an engineer.
 * Explanations are RuleMessages (source text marked with QT_TR_NOOP plus arguments), not tr() text:
 * a review freezes them in English and each window translates them when it shows them.
 */
class GateRules final
{
    Q_DECLARE_TR_FUNCTIONS(GateRules)

public:
    static RuleVerdict ownerProduct(const RuleInput &in);
    static RuleVerdict ownerLaunch(const RuleInput &in);
    static RuleVerdict ownerSupport(const RuleInput &in);

    static RuleVerdict dataClassified(const RuleInput &in);
    static RuleVerdict dataApproved(const RuleInput &in);
    static RuleVerdict dataNoCredentials(const RuleInput &in);

    static RuleVerdict evalThreshold(const RuleInput &in);
    static RuleVerdict evalRegression(const RuleInput &in);
    static RuleVerdict evalCoverage(const RuleInput &in);
    static RuleVerdict evalNoSecrets(const RuleInput &in);
    static RuleVerdict toolsAuthorized(const RuleInput &in);

    static RuleVerdict loggingPolicy(const RuleInput &in);
    static RuleVerdict loggingRawPrompts(const RuleInput &in);
    static RuleVerdict rollbackPath(const RuleInput &in);
    static RuleVerdict rollbackFallback(const RuleInput &in);
    static RuleVerdict runbookPresent(const RuleInput &in);
    static RuleVerdict runbookBusFactor(const RuleInput &in);
    static RuleVerdict releaseFit(const RuleInput &in);

    static RuleVerdict opsMonitoring(const RuleInput &in);
    static RuleVerdict opsKillSwitch(const RuleInput &in);
    static RuleVerdict opsCostCap(const RuleInput &in);
};

} // namespace greenlight::models
