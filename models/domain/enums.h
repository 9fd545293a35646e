#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>

namespace greenlight::models {

/// Roles a person can hold (DESIGN §1).
enum class Role { Pm, Engineering, Security, Legal, Compliance, Support, Cto };
enum class Audience { Internal, Customer };
enum class RiskTier { Standard, High };
enum class LifecycleStatus { Candidate, Pilot, Internal, Customer, Retired };
/// The fixed set of data classes from seed 001, in order of sensitivity.
enum class DataClass { Public, Internal, Customer, Regulated, Credentials };
/// Decision on a data class (portfolio spelling: approved | rejected).
enum class ApprovalDecision { Approved, Rejected };
/// Decision in a gate sign-off (portfolio spelling: approve | reject).
enum class SignoffDecision { Approve, Reject };
enum class Endpoint { Live, Batch };
enum class EvalCategory { Normal, Edge, Refusal, UnsafeTool, PromptInjection, SourceGrounded, Escalation };
enum class LogMode { None, Hashed, Redacted, Raw };
enum class RunbookTopic { WrongAnswer, PromptInjection, BatchFailure, Escalation };
/// How a review ended: go or no-go, or abandoned (closed without a verdict by its requester or a pm).
enum class GateDecision { Go, NoGo, Abandoned };
enum class Severity { Blocker, Warning };
/// What a rule found; `waived` is a failing rule that an active waiver lets count as passing (issue 20).
enum class RuleOutcome { Pass, Fail, Missing, Waived };
/// Where a waiver stands on a day (Waiver::stateOn): revoked wins over expired, as the revocation is the later fact.
enum class WaiverState { NotYetGranted, Active, Expired, Revoked };

/// Spelling of each enumerator in the portfolio file and the database; enumerators are contiguous from 0.
template <typename E>
struct EnumNames;

#define GREENLIGHT_ENUM_NAMES(Type, ...)                                                                               \
    template <>                                                                                                        \
    struct EnumNames<Type> {                                                                                           \
        static constexpr std::array names{__VA_ARGS__};                                                                \
        static constexpr const char *type = #Type;                                                                     \
    };

using namespace std::string_view_literals;
GREENLIGHT_ENUM_NAMES(Role, "pm"sv, "engineering"sv, "security"sv, "legal"sv, "compliance"sv, "support"sv, "cto"sv)
GREENLIGHT_ENUM_NAMES(Audience, "internal"sv, "customer"sv)
GREENLIGHT_ENUM_NAMES(RiskTier, "standard"sv, "high"sv)
GREENLIGHT_ENUM_NAMES(LifecycleStatus, "candidate"sv, "pilot"sv, "internal"sv, "customer"sv, "retired"sv)
GREENLIGHT_ENUM_NAMES(DataClass, "public"sv, "internal"sv, "customer"sv, "regulated"sv, "credentials"sv)
GREENLIGHT_ENUM_NAMES(ApprovalDecision, "approved"sv, "rejected"sv)
GREENLIGHT_ENUM_NAMES(SignoffDecision, "approve"sv, "reject"sv)
GREENLIGHT_ENUM_NAMES(Endpoint, "live"sv, "batch"sv)
GREENLIGHT_ENUM_NAMES(EvalCategory, "normal"sv, "edge"sv, "refusal"sv, "unsafe_tool"sv, "prompt_injection"sv,
                      "source_grounded"sv, "escalation"sv)
GREENLIGHT_ENUM_NAMES(LogMode, "none"sv, "hashed"sv, "redacted"sv, "raw"sv)
GREENLIGHT_ENUM_NAMES(RunbookTopic, "wrong_answer"sv, "prompt_injection"sv, "batch_failure"sv, "escalation"sv)
GREENLIGHT_ENUM_NAMES(GateDecision, "go"sv, "no-go"sv, "abandoned"sv)
GREENLIGHT_ENUM_NAMES(Severity, "blocker"sv, "warning"sv)
GREENLIGHT_ENUM_NAMES(RuleOutcome, "pass"sv, "fail"sv, "missing"sv, "waived"sv)
GREENLIGHT_ENUM_NAMES(WaiverState, "not_yet_granted"sv, "active"sv, "expired"sv, "revoked"sv)
#undef GREENLIGHT_ENUM_NAMES

template <typename E>
constexpr std::size_t enumCount()
{
    return EnumNames<E>::names.size();
}

/// Every enumerator of E, in declaration order.
template <typename E>
constexpr auto allEnumValues()
{
    std::array<E, enumCount<E>()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<E>(i);
    return values;
}

template <typename E>
QString enumName(E value)
{
    const std::string_view name = EnumNames<E>::names.at(static_cast<std::size_t>(value));
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

template <typename E>
std::optional<E> enumFromName(QStringView text)
{
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        const std::string_view name = EnumNames<E>::names[i];
        if (text == QLatin1StringView(name.data(), static_cast<qsizetype>(name.size())))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

/// The enumerator as a person reads it, in the interface language ("intern" for Audience::Internal in
/// German); enumName() stays the spelling of files, the database and the command line.
QString enumLabel(const char *type, const char *name);
template <typename E>
QString enumLabel(E value)
{
    return enumLabel(EnumNames<E>::type, EnumNames<E>::names.at(static_cast<std::size_t>(value)).data());
}

/// The accepted spellings, for error messages ("pm, engineering, …").
template <typename E>
QString enumChoices()
{
    QStringList names;
    for (E value : allEnumValues<E>())
        names.append(enumName(value));
    return names.join(QLatin1StringView(", "));
}

} // namespace greenlight::models
