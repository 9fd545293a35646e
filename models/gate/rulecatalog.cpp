#include "gate/rulecatalog.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

const QList<RuleInfo> &RuleCatalog::all()
{
    // id, severity, seed section, NIST AI RMF 1.0, ISO/IEC 42001:2023 Annex A, EU AI Act
    static const QList<RuleInfo> rules = {
        {u"owner.product"_s,
         Severity::Blocker,
         u"001 Launch Readiness Summary"_s,
         u"GOVERN 2.1"_s,
         u"A.3.2 AI roles and responsibilities"_s,
         {}},
        {u"owner.launch"_s,
         Severity::Blocker,
         u"001 Lessons From Internal Rollouts"_s,
         u"GOVERN 2.1"_s,
         u"A.3.2 AI roles and responsibilities"_s,
         {}},
        {u"owner.support"_s,
         Severity::Blocker,
         u"001 Launch Readiness Summary"_s,
         u"GOVERN 2.1"_s,
         u"A.3.2 AI roles and responsibilities"_s,
         {}},
        {u"data.classified"_s,
         Severity::Blocker,
         u"001 Define Data Boundaries"_s,
         u"MEASURE 2.10"_s,
         u"A.4.3 Data resources"_s,
         {}},
        {u"data.approved"_s,
         Severity::Blocker,
         u"001 Define Data Boundaries"_s,
         u"GOVERN 1.1"_s,
         u"A.4.3 Data resources"_s,
         {}},
        {u"data.no_credentials"_s, Severity::Blocker, u"001 Define Data Boundaries"_s, u"MEASURE 2.7"_s, {}, {}},
        {u"eval.threshold"_s, Severity::Blocker, u"001 Create an Evaluation Set"_s, u"MEASURE 2.3"_s,
         u"A.6.2.4 AI system verification and validation"_s,
         u"Art. 9(8) testing against prior defined thresholds; Art. 15(1) accuracy"_s},
        {u"eval.regression"_s, Severity::Blocker, u"001 Mini-Workflow, step 5"_s, u"MEASURE 2.3"_s,
         u"A.6.2.4 AI system verification and validation"_s, u"Art. 15(1) consistent performance"_s},
        {u"eval.coverage"_s, Severity::Blocker, u"001 Mini-Workflow, step 2"_s, u"MEASURE 2.1"_s,
         u"A.6.2.4 AI system verification and validation"_s, u"Art. 15(5) resilience against adversarial inputs"_s},
        {u"eval.no_secrets"_s, Severity::Blocker, u"001 Mini-Workflow, step 2"_s, u"MEASURE 2.7"_s, {}, {}},
        {u"tools.authorized"_s,
         Severity::Blocker,
         u"001 Train Users on Failure Modes (tool misuse)"_s,
         u"MEASURE 2.7"_s,
         {},
         {}},
        {u"logging.policy"_s, Severity::Blocker, u"001 Decide What Gets Logged"_s, u"MEASURE 2.10"_s,
         u"A.6.2.8 AI system recording of event logs"_s,
         u"Art. 12 record-keeping; Art. 19(1), Art. 26(6) logs kept at least six months"_s},
        {u"logging.raw_prompts"_s,
         Severity::Blocker,
         u"001 Decide What Gets Logged"_s,
         u"MEASURE 2.10"_s,
         u"A.6.2.8 AI system recording of event logs"_s,
         {}},
        {u"rollback.path"_s,
         Severity::Blocker,
         u"001 Launch Readiness Summary"_s,
         u"MANAGE 2.4"_s,
         u"A.6.2.5 AI system deployment"_s,
         {}},
        {u"rollback.fallback"_s, Severity::Blocker, u"001 Customer-Feature Readiness Checklist"_s, u"MANAGE 2.4"_s,
         u"A.6.2.5 AI system deployment"_s, u"Art. 15(4) backup or fail-safe plans"_s},
        {u"runbook.present"_s,
         Severity::Blocker,
         u"001 Customer-Feature Readiness Checklist"_s,
         u"MANAGE 4.3"_s,
         u"A.6.2.6 AI system operation and monitoring"_s,
         {}},
        {u"runbook.bus_factor"_s,
         Severity::Blocker,
         u"001 Launch Readiness Summary (no-go)"_s,
         u"GOVERN 2.1"_s,
         u"A.3.2 AI roles and responsibilities"_s,
         {}},
        {u"release.fit"_s,
         Severity::Blocker,
         u"001 Launch Readiness Summary (sync versus batch)"_s,
         {},
         u"A.6.2.2 AI system requirements and specification"_s,
         {}},
        {u"ops.monitoring"_s, Severity::Blocker, u"000 Common patterns: monitoring"_s, u"MEASURE 2.4"_s,
         u"A.6.2.6 AI system operation and monitoring"_s, u"Art. 26(5) deployers monitor operation"_s},
        {u"ops.kill_switch"_s, Severity::Blocker, u"000 Common patterns: kill switch"_s, u"MANAGE 2.4"_s,
         u"A.6.2.6 AI system operation and monitoring"_s, u"Art. 14(4)(e) interrupt through a stop procedure"_s},
        // No NIST subcategory is about spend (MANAGE 2.2 sustains the value of deployed systems), so none is named.
        {u"ops.cost_cap"_s, Severity::Blocker, u"000 Common patterns: cost discipline"_s, {}, {}, {}},
    };
    return rules;
}

const QList<ReviewRecordInfo> &RuleCatalog::reviewRecords()
{
    // id, seed section, NIST AI RMF 1.0, ISO/IEC 42001:2023 Annex A, EU AI Act
    static const QList<ReviewRecordInfo> records = {
        // MANAGE 1.1: whether the system achieves its purposes and whether its deployment should proceed.
        {u"review.decision"_s, u"001 Launch Readiness Summary (go, no-go)"_s, u"MANAGE 1.1"_s, {}, {}},
        // GOVERN 2.3: leadership takes responsibility for decisions about risks of development and deployment.
        {u"review.signoffs"_s, u"001 Mini-Workflow, step 5"_s, u"GOVERN 2.3"_s, {}, {}},
    };
    return records;
}

bool RuleCatalog::contains(const QString &id)
{
    return find(id) != nullptr;
}

const RuleInfo *RuleCatalog::find(const QString &id)
{
    for (const RuleInfo &rule : all()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QString RuleCatalog::wildcard()
{
    return u"*"_s;
}

} // namespace greenlight::models
