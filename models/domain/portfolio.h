#pragma once

#include "domain/enums.h"
#include "domain/rulemessage.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace greenlight::models {

/// Thresholds the gate rules and alerts read (portfolio key `policy`).
/// How old evidence may be before the rule that reads it fails (issue 20): days since the kill switch or the rollback
/// path was last tested (customer-facing use cases), since the latest eval run, since a data-class approval, since
/// the runbook was last reviewed.
struct EvidenceMaxAge {
    int killSwitchTestDays = 90;
    int rollbackTestDays = 90;
    int evalRunDays = 90;
    int dataApprovalDays = 365;
    int runbookReviewDays = 180;

    friend bool operator==(const EvidenceMaxAge &, const EvidenceMaxAge &) = default;
};

struct Policy {
    double evalThresholdStandardPct = 95.0;
    double evalThresholdHighRiskPct = 98.0;
    double evalRegressionPp = 2.0;
    int evalMinCases = 100;
    int evalMinInjectionCases = 10;
    double spendShareRatioAlert = 3.0;
    double editRateAlertPp = 5.0;
    /// A demo or training database: anyone may act as any person there, and events say "unverified" (DESIGN §8).
    bool training = false;
    EvidenceMaxAge evidenceMaxAge;

    friend bool operator==(const Policy &, const Policy &) = default;
};

/// An SSH public key a person signs with (DESIGN §8, issue 16): a fact like an approval, added and revoked but never
/// edited, so signatures made while it was valid stay verifiable.
struct SigningKey {
    QString publicKey; ///< one OpenSSH public key line: "ssh-ed25519 AAAA… comment"
    QDate validFrom;
    QDate revokedOn; ///< invalid (null) while the key is in use

    /// The key type and its base64 blob without the comment: what identifies the key.
    [[nodiscard]] QString identity() const;
    /// Whether a signature made on @p date counts: from valid_from up to (not including) revoked_on.
    [[nodiscard]] bool isValidOn(QDate date) const
    {
        return date >= validFrom && (!revokedOn.isValid() || date < revokedOn);
    }
    friend bool operator==(const SigningKey &, const SigningKey &) = default;
};

struct Person {
    QString id;
    QString name;
    QString email;
    QList<Role> roles;
    /// The operating-system accounts this person works under: "ana" on any host, "ana@laptop-7" on that host only.
    QStringList accounts;
    QList<SigningKey> signingKeys;

    [[nodiscard]] bool holds(Role role) const { return roles.contains(role); }
    /// The first of the person's signing keys valid on @p date, or nullptr when they have none that day.
    [[nodiscard]] const SigningKey *signingKeyOn(QDate date) const;
};

struct Tenant {
    QString id;
    QString name;
    std::optional<double> monthlyRevenueUsd;
    QString residency;
};

/// One version of a model route; a change to any field makes a new version.
struct Route {
    QString id;
    int version = 1;
    QString provider;
    QString model;
    Endpoint endpoint = Endpoint::Live;
    QString promptVersion;
    QString retrievalCorpus;
    QString toolSchemaVersion;
    QString fallbackRoute; ///< id of another route; empty when there is none
};

struct Owners {
    QString product;
    QString launch;
    QString engineering;
    QString support;
};

struct DataApproval {
    DataClass dataClass = DataClass::Public;
    Role role = Role::Security;
    QString person;
    ApprovalDecision decision = ApprovalDecision::Approved;
    QDate date;
    QString note;
};

struct Release {
    std::optional<Endpoint> path;
    std::optional<bool> userWaits;
};

/// Seed 000 scoring, each 1–5.
struct Scoring {
    std::optional<int> hoursSaved;
    std::optional<int> complexity;
    std::optional<int> blastRadius;
};

struct Roi {
    std::optional<double> hoursSavedPerWeek;
    std::optional<double> loadedHourlyRateUsd;
    std::optional<int> beneficiaries;
};

/// The operational baseline of seed 000.
struct Operations {
    std::optional<bool> monitoring;
    QString killSwitch;
    QDate killSwitchTested;
    std::optional<double> dailyCostCapUsd;
    std::optional<int> latencyBudgetMs;
};

struct RetentionDays {
    std::optional<int> debug;
    std::optional<int> abuseReview;
    std::optional<int> evalMetadata;
};

struct LoggingPolicy {
    LogMode prompts = LogMode::None;
    LogMode responses = LogMode::None;
    QString rawApprovedBy; ///< person id; empty when nobody approved raw retention
    RetentionDays retentionDays;
};

struct Rollback {
    QString path;
    QString fallbackRoute;
    QDate tested;
};

struct Runbook {
    QString text; ///< Markdown
    QList<RunbookTopic> covers;
    QStringList onCall; ///< person ids
    QDate reviewed;     ///< when the team last walked through it; invalid when not recorded (then it does not age)
};

struct CategoryResult {
    int total = 0;
    int passed = 0;
};

struct EvalRun {
    QString id;
    QDate date;
    QString route;
    int routeVersion = 1;
    bool baseline = false;
    int secretsFound = 0;
    QMap<EvalCategory, CategoryResult> results;

    [[nodiscard]] int totalCases() const;
    [[nodiscard]] int passedCases() const;
    /// Pass rate in percent, or nullopt for a run without cases.
    [[nodiscard]] std::optional<double> passRatePct() const;
};

/// Who ended a waiver before its expiry, in which role, on which day and why: a second fact beside the waiver, which
/// itself never changes.
struct WaiverRevocation {
    QString person;
    Role role = Role::Cto;
    QDate date; ///< the waiver no longer counts from this day
    QString reason;

    friend bool operator==(const WaiverRevocation &, const WaiverRevocation &) = default;
};

/// A documented exception (issue 20): one failing rule of one use case at one gate counts as passing from the day it
/// was granted up to and including its expiry day, unless revoked earlier. Granted (WaiverRules says by whom) and
/// revoked, never edited.
struct Waiver {
    QString id;
    QString gate; ///< gate template id
    QString rule; ///< rule id
    QString reason;
    QString control;   ///< the compensating control that holds the risk meanwhile
    QString grantedBy; ///< person id
    Role role = Role::Cto;
    QDate grantedOn;
    QDate expires; ///< the last day it counts; the rule fails again from the day after
    std::optional<WaiverRevocation> revocation;

    /// Whether the waiver counts on @p day: granted by then, not yet expired, not revoked on or before it.
    [[nodiscard]] bool isActiveOn(QDate day) const
    {
        return day >= grantedOn && day <= expires && !(revocation.has_value() && revocation->date <= day);
    }
    /// Where the waiver stands on @p day: revoked from its revocation's day, else not yet granted, active, or expired
    /// from the day after its expiry.
    [[nodiscard]] WaiverState stateOn(QDate day) const;
    friend bool operator==(const Waiver &, const Waiver &) = default;
};

struct Signoff {
    Role role = Role::Pm;
    QString person;
    SignoffDecision decision = SignoffDecision::Approve;
    QDateTime at;
    QString note;
};

/// A rule result as it stood when a review was started (frozen).
struct RuleResult {
    QString rule;
    Severity severity = Severity::Blocker;
    RuleOutcome result = RuleOutcome::Missing;
    QString explanation; ///< English, as stored and exported
    RuleMessage message; ///< the same, translatable; empty for results imported from a file or older databases

    /// The explanation in the current language, its figures written by @p format, when it can be translated;
    /// else the stored English.
    [[nodiscard]] QString displayText(const DisplayFormat &format = DisplayFormat()) const
    {
        return message.isEmpty() ? explanation : message.translated(format);
    }
};

struct GateReview {
    QString id;
    QString gate;
    QString requestedBy;
    QDateTime requestedAt;
    std::optional<GateDecision> decision; ///< nullopt while the review is open
    QString rationale;                    ///< why it was decided, or why it was abandoned
    QList<Signoff> signoffs;
    QList<RuleResult> ruleResults;

    /// Whether the review ended in go or no-go; an open or abandoned review has no verdict.
    [[nodiscard]] bool hasVerdict() const { return decision.has_value() && *decision != GateDecision::Abandoned; }
};

struct UseCase {
    QString id;
    QString name;
    QString description;
    Audience audience = Audience::Internal;
    RiskTier riskTier = RiskTier::Standard;
    LifecycleStatus status = LifecycleStatus::Candidate;
    Owners owners;
    QList<DataClass> dataClasses;
    QList<DataApproval> dataApprovals;
    QString outputUser;
    QString allowedPath;
    QString humanReview;
    Release release;
    Scoring scoring;
    Roi roi;
    Operations operations;
    QString route; ///< current route id; empty when none is chosen
    std::optional<bool> toolsAttested;
    std::optional<LoggingPolicy> logging;
    Rollback rollback;
    std::optional<Runbook> runbook;
    QList<EvalRun> evalRuns;
    QList<GateReview> gateReviews;
    QList<Waiver> waivers;

    /// Not in the portfolio file: the stored record's version, raised by every change of its details, which a
    /// save must start from (optimistic concurrency); and the audit event that made that version (0: none).
    qint64 version = 1;
    qint64 changedSeq = 0;

    /// The review still waiting for its decision (the latest one without a decision), or nullptr.
    [[nodiscard]] const GateReview *openReview() const;
    /// The latest review (by request time, the later entry on a tie) that ended in go or no-go, or nullptr.
    [[nodiscard]] const GateReview *latestVerdict() const;
    /// The waiver that lets @p rule count as passing at @p gate on @p day (the latest granted, when several do), or
    /// nullptr.
    [[nodiscard]] const Waiver *activeWaiver(const QString &gate, const QString &rule, QDate day) const;
    [[nodiscard]] const Waiver *waiver(const QString &waiverId) const;
    /// The latest eval run by date for the current route (the later entry on a tie), on or before @p onOrBefore when
    /// that is given, or nullptr.
    [[nodiscard]] const EvalRun *latestEvalRun(QDate onOrBefore = {}) const;
    /// The latest approved baseline dated no later than @p run, other than @p run itself (the previous approved path).
    [[nodiscard]] const EvalRun *baselineBefore(const EvalRun &run) const;
};

struct GateTemplate {
    QString id;
    QString name;
    QStringList rules; ///< rule ids, or "*" for every rule
    bool highRiskThreshold = false;
    QList<Role> requiredSignoffs;
    /// A sign-off must be signed with the signer's SSH key when they have one valid that day (issue 16).
    bool signedSignoffs = false;
};

/// The whole governance domain that round-trips through the portfolio file (DESIGN §4).
struct Portfolio {
    Policy policy;
    QList<Person> people;
    QList<Tenant> tenants;
    QList<Route> routes;
    QList<UseCase> useCases;
    QList<GateTemplate> gateTemplates;

    [[nodiscard]] const Person *person(const QString &id) const;
    [[nodiscard]] const Route *route(const QString &id, int version) const;
    /// The highest version of route @p id, or nullptr.
    [[nodiscard]] const Route *latestRoute(const QString &id) const;
    [[nodiscard]] const UseCase *useCase(const QString &id) const;
    [[nodiscard]] const Tenant *tenant(const QString &id) const;
    [[nodiscard]] const GateTemplate *gateTemplate(const QString &id) const;
    [[nodiscard]] bool hasRoute(const QString &id) const;
};

} // namespace greenlight::models
