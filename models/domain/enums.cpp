#include "domain/enums.h"

#include <QCoreApplication>

namespace greenlight::models {

namespace {

/// Every enumerator's spelling, for lupdate: the English label is the spelling itself, the type
/// tells apart the same word in two enums ("customer" audience, "customer" data class).
[[maybe_unused]] constexpr struct {
    const char *source;
    const char *comment;
} kLabels[] = {
    QT_TRANSLATE_NOOP3("EnumLabel", "pm", "Role"),
    QT_TRANSLATE_NOOP3("EnumLabel", "engineering", "Role"),
    QT_TRANSLATE_NOOP3("EnumLabel", "security", "Role"),
    QT_TRANSLATE_NOOP3("EnumLabel", "legal", "Role"),
    QT_TRANSLATE_NOOP3("EnumLabel", "compliance", "Role"),
    QT_TRANSLATE_NOOP3("EnumLabel", "support", "Role"),
    QT_TRANSLATE_NOOP3("EnumLabel", "cto", "Role"),
    QT_TRANSLATE_NOOP3("EnumLabel", "internal", "Audience"),
    QT_TRANSLATE_NOOP3("EnumLabel", "customer", "Audience"),
    QT_TRANSLATE_NOOP3("EnumLabel", "standard", "RiskTier"),
    QT_TRANSLATE_NOOP3("EnumLabel", "high", "RiskTier"),
    QT_TRANSLATE_NOOP3("EnumLabel", "candidate", "LifecycleStatus"),
    QT_TRANSLATE_NOOP3("EnumLabel", "pilot", "LifecycleStatus"),
    QT_TRANSLATE_NOOP3("EnumLabel", "internal", "LifecycleStatus"),
    QT_TRANSLATE_NOOP3("EnumLabel", "customer", "LifecycleStatus"),
    QT_TRANSLATE_NOOP3("EnumLabel", "retired", "LifecycleStatus"),
    QT_TRANSLATE_NOOP3("EnumLabel", "public", "DataClass"),
    QT_TRANSLATE_NOOP3("EnumLabel", "internal", "DataClass"),
    QT_TRANSLATE_NOOP3("EnumLabel", "customer", "DataClass"),
    QT_TRANSLATE_NOOP3("EnumLabel", "regulated", "DataClass"),
    QT_TRANSLATE_NOOP3("EnumLabel", "credentials", "DataClass"),
    QT_TRANSLATE_NOOP3("EnumLabel", "approved", "ApprovalDecision"),
    QT_TRANSLATE_NOOP3("EnumLabel", "rejected", "ApprovalDecision"),
    QT_TRANSLATE_NOOP3("EnumLabel", "approve", "SignoffDecision"),
    QT_TRANSLATE_NOOP3("EnumLabel", "reject", "SignoffDecision"),
    QT_TRANSLATE_NOOP3("EnumLabel", "live", "Endpoint"),
    QT_TRANSLATE_NOOP3("EnumLabel", "batch", "Endpoint"),
    QT_TRANSLATE_NOOP3("EnumLabel", "normal", "EvalCategory"),
    QT_TRANSLATE_NOOP3("EnumLabel", "edge", "EvalCategory"),
    QT_TRANSLATE_NOOP3("EnumLabel", "refusal", "EvalCategory"),
    QT_TRANSLATE_NOOP3("EnumLabel", "unsafe_tool", "EvalCategory"),
    QT_TRANSLATE_NOOP3("EnumLabel", "prompt_injection", "EvalCategory"),
    QT_TRANSLATE_NOOP3("EnumLabel", "source_grounded", "EvalCategory"),
    QT_TRANSLATE_NOOP3("EnumLabel", "escalation", "EvalCategory"),
    QT_TRANSLATE_NOOP3("EnumLabel", "none", "LogMode"),
    QT_TRANSLATE_NOOP3("EnumLabel", "hashed", "LogMode"),
    QT_TRANSLATE_NOOP3("EnumLabel", "redacted", "LogMode"),
    QT_TRANSLATE_NOOP3("EnumLabel", "raw", "LogMode"),
    QT_TRANSLATE_NOOP3("EnumLabel", "wrong_answer", "RunbookTopic"),
    QT_TRANSLATE_NOOP3("EnumLabel", "prompt_injection", "RunbookTopic"),
    QT_TRANSLATE_NOOP3("EnumLabel", "batch_failure", "RunbookTopic"),
    QT_TRANSLATE_NOOP3("EnumLabel", "escalation", "RunbookTopic"),
    QT_TRANSLATE_NOOP3("EnumLabel", "go", "GateDecision"),
    QT_TRANSLATE_NOOP3("EnumLabel", "no-go", "GateDecision"),
    QT_TRANSLATE_NOOP3("EnumLabel", "abandoned", "GateDecision"),
    QT_TRANSLATE_NOOP3("EnumLabel", "blocker", "Severity"),
    QT_TRANSLATE_NOOP3("EnumLabel", "warning", "Severity"),
    QT_TRANSLATE_NOOP3("EnumLabel", "pass", "RuleOutcome"),
    QT_TRANSLATE_NOOP3("EnumLabel", "fail", "RuleOutcome"),
    QT_TRANSLATE_NOOP3("EnumLabel", "missing", "RuleOutcome"),
    QT_TRANSLATE_NOOP3("EnumLabel", "waived", "RuleOutcome"),
    QT_TRANSLATE_NOOP3("EnumLabel", "not_yet_granted", "WaiverState"),
    QT_TRANSLATE_NOOP3("EnumLabel", "active", "WaiverState"),
    QT_TRANSLATE_NOOP3("EnumLabel", "expired", "WaiverState"),
    QT_TRANSLATE_NOOP3("EnumLabel", "revoked", "WaiverState"),
};

} // namespace

QString enumLabel(const char *type, const char *name)
{
    return QCoreApplication::translate("EnumLabel", name, type);
}

} // namespace greenlight::models
