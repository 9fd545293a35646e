#include "gate/rulecatalog.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

const QList<RuleInfo> &RuleCatalog::all()
{
    static const QList<RuleInfo> rules = {
        {u"owner.product"_s, Severity::Blocker, u"001 Launch Readiness Summary"_s},
        {u"owner.launch"_s, Severity::Blocker, u"001 Lessons From Internal Rollouts"_s},
        {u"owner.support"_s, Severity::Blocker, u"001 Launch Readiness Summary"_s},
        {u"data.classified"_s, Severity::Blocker, u"001 Define Data Boundaries"_s},
        {u"data.approved"_s, Severity::Blocker, u"001 Define Data Boundaries"_s},
        {u"data.no_credentials"_s, Severity::Blocker, u"001 Define Data Boundaries"_s},
        {u"eval.threshold"_s, Severity::Blocker, u"001 Create an Evaluation Set"_s},
        {u"eval.regression"_s, Severity::Blocker, u"001 Mini-Workflow, step 5"_s},
        {u"eval.coverage"_s, Severity::Blocker, u"001 Mini-Workflow, step 2"_s},
        {u"eval.no_secrets"_s, Severity::Blocker, u"001 Mini-Workflow, step 2"_s},
        {u"tools.authorized"_s, Severity::Blocker, u"001 Train Users on Failure Modes (tool misuse)"_s},
        {u"logging.policy"_s, Severity::Blocker, u"001 Decide What Gets Logged"_s},
        {u"logging.raw_prompts"_s, Severity::Blocker, u"001 Decide What Gets Logged"_s},
        {u"rollback.path"_s, Severity::Blocker, u"001 Launch Readiness Summary"_s},
        {u"rollback.fallback"_s, Severity::Blocker, u"001 Customer-Feature Readiness Checklist"_s},
        {u"runbook.present"_s, Severity::Blocker, u"001 Customer-Feature Readiness Checklist"_s},
        {u"runbook.bus_factor"_s, Severity::Blocker, u"001 Launch Readiness Summary (no-go)"_s},
        {u"release.fit"_s, Severity::Blocker, u"001 Launch Readiness Summary (sync versus batch)"_s},
        {u"ops.monitoring"_s, Severity::Blocker, u"000 Common patterns: monitoring"_s},
        {u"ops.kill_switch"_s, Severity::Blocker, u"000 Common patterns: kill switch"_s},
        {u"ops.cost_cap"_s, Severity::Blocker, u"000 Common patterns: cost discipline"_s},
    };
    return rules;
}

bool RuleCatalog::contains(const QString &id)
{
    for (const RuleInfo &rule : all()) {
        if (rule.id == id)
            return true;
    }
    return false;
}

QString RuleCatalog::wildcard()
{
    return u"*"_s;
}

} // namespace greenlight::models
