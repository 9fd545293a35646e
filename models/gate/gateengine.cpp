#include "gate/gateengine.h"

#include "gate/gaterules.h"
#include "gate/rulecatalog.h"

#include <QHash>

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

using RuleFunction = RuleVerdict (*)(const RuleInput &);

const QHash<QString, RuleFunction> &ruleFunctions()
{
    static const QHash<QString, RuleFunction> functions = {
        {u"owner.product"_s, &GateRules::ownerProduct},
        {u"owner.launch"_s, &GateRules::ownerLaunch},
        {u"owner.support"_s, &GateRules::ownerSupport},
        {u"data.classified"_s, &GateRules::dataClassified},
        {u"data.approved"_s, &GateRules::dataApproved},
        {u"data.no_credentials"_s, &GateRules::dataNoCredentials},
        {u"eval.threshold"_s, &GateRules::evalThreshold},
        {u"eval.regression"_s, &GateRules::evalRegression},
        {u"eval.coverage"_s, &GateRules::evalCoverage},
        {u"eval.no_secrets"_s, &GateRules::evalNoSecrets},
        {u"tools.authorized"_s, &GateRules::toolsAuthorized},
        {u"logging.policy"_s, &GateRules::loggingPolicy},
        {u"logging.raw_prompts"_s, &GateRules::loggingRawPrompts},
        {u"rollback.path"_s, &GateRules::rollbackPath},
        {u"rollback.fallback"_s, &GateRules::rollbackFallback},
        {u"runbook.present"_s, &GateRules::runbookPresent},
        {u"runbook.bus_factor"_s, &GateRules::runbookBusFactor},
        {u"release.fit"_s, &GateRules::releaseFit},
        {u"ops.monitoring"_s, &GateRules::opsMonitoring},
        {u"ops.kill_switch"_s, &GateRules::opsKillSwitch},
        {u"ops.cost_cap"_s, &GateRules::opsCostCap},
    };
    return functions;
}

/// What a waived rule says: who let it pass, until when, and what it found.
RuleMessage waived(const Waiver &w, const RuleInput &in, const RuleMessage &found)
{
    return RuleMessage::inContext(
        "GateEngine", QT_TRANSLATE_NOOP("GateEngine", "waived by %1 (%2) until %3 (%4): %5"),
        {in.nameOf(w.grantedBy), RuleMessage::enumerator(w.role), RuleMessage::date(w.expires), w.id, found});
}

} // namespace

QList<RuleResult> GateEvaluation::failuresFirst() const
{
    const auto rank = [](const RuleResult &r) {
        if (r.result == RuleOutcome::Waived)
            return 2;
        if (!GateEngine::fails(r.result))
            return 3;
        return r.severity == Severity::Blocker ? 0 : 1;
    };
    QList<RuleResult> sorted = rules;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const RuleResult &a, const RuleResult &b) { return rank(a) < rank(b); });
    return sorted;
}

QStringList GateEngine::appliedRules(const GateTemplate &gate)
{
    QStringList ids;
    for (const RuleInfo &rule : RuleCatalog::all()) {
        if (gate.rules.contains(RuleCatalog::wildcard()) || gate.rules.contains(rule.id))
            ids.append(rule.id);
    }
    return ids;
}

QString GateEngine::defaultGateId(const UseCase &useCase)
{
    if (useCase.riskTier == RiskTier::High)
        return u"high-risk-launch"_s;
    if (useCase.audience == Audience::Customer)
        return u"customer-launch"_s;
    return u"internal-pilot"_s;
}

GateEvaluation GateEngine::evaluate(const Portfolio &portfolio, const UseCase &useCase, const GateTemplate &gate,
                                    QDate asOf)
{
    Q_ASSERT(ruleFunctions().size() == RuleCatalog::all().size());
    Q_ASSERT(asOf.isValid());
    const RuleInput input{portfolio, useCase, gate, asOf};
    GateEvaluation evaluation{useCase.id, gate.id, {}, 0, 0, {}};
    const QStringList applied = appliedRules(gate);
    for (const RuleInfo &rule : RuleCatalog::all()) {
        if (!applied.contains(rule.id))
            continue;
        RuleVerdict verdict = ruleFunctions().value(rule.id)(input);
        if (const Waiver *w = useCase.activeWaiver(gate.id, rule.id, asOf); w != nullptr && fails(verdict.outcome)) {
            evaluation.waivers.insert(rule.id, w->id);
            verdict = RuleVerdict{RuleOutcome::Waived, waived(*w, input, verdict.explanation)};
        }
        evaluation.rules.append(
            RuleResult{rule.id, rule.severity, verdict.outcome, verdict.explanation.english(), verdict.explanation});
        if (fails(verdict.outcome))
            ++(rule.severity == Severity::Blocker ? evaluation.blockersFailed : evaluation.warningsFailed);
    }
    return evaluation;
}

double GateEngine::thresholdPct(const Portfolio &portfolio, const UseCase &useCase)
{
    static const GateTemplate none;
    const GateTemplate *gate = portfolio.gateTemplate(defaultGateId(useCase));
    return RuleInput{portfolio, useCase, gate != nullptr ? *gate : none, {}}.thresholdPct();
}

} // namespace greenlight::models
