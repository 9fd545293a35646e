#include "portfolio/portfolioreader.h"

#include "gate/gateengine.h"
#include "gate/rulecatalog.h"
#include "gate/waiverrules.h"
#include "portfolio/defaultpolicy.h"
#include "signing/sshpublickey.h"
#include "json/jsonobjectreader.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <limits>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

constexpr double kMaxMoney = 1e12;
constexpr double kMaxHours = 1e6;
constexpr int kMaxDays = 36500;

QStringList keys(std::initializer_list<const char16_t *> names)
{
    QStringList list;
    for (const char16_t *name : names)
        list.append(QString::fromUtf16(name));
    return list;
}

/// Structural pass: types, ranges and keys of every object, in document order.
class StructureReader final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioReader)

public:
    explicit StructureReader(JsonErrors &errors) : m_errors(errors) {}

    Portfolio read(const QJsonValue &root)
    {
        Portfolio p;
        const JsonObjectReader top(
            m_errors, root, u"$"_s,
            keys({u"format", u"policy", u"people", u"tenants", u"routes", u"use_cases", u"gate_templates"}));
        const QString format = top.requiredString(u"format"_s);
        if (!format.isEmpty() && format != PortfolioReader::formatName())
            m_errors.report(
                top.pathOf(u"format"_s),
                tr("unsupported format \"%1\" (this version reads %2)").arg(format, PortfolioReader::formatName()));
        if (!m_errors.ok())
            return p;
        p.policy = readPolicy(top.object(
            u"policy"_s, keys({u"eval_threshold_standard_pct", u"eval_threshold_high_risk_pct", u"eval_regression_pp",
                               u"eval_min_cases", u"eval_min_injection_cases", u"spend_share_ratio_alert",
                               u"edit_rate_alert_pp", u"training", u"evidence_max_age_days"})));
        top.forEach(u"people"_s,
                    [&](const QJsonValue &v, const QString &path) { p.people.append(readPerson(v, path)); });
        top.forEach(u"tenants"_s,
                    [&](const QJsonValue &v, const QString &path) { p.tenants.append(readTenant(v, path)); });
        top.forEach(u"routes"_s,
                    [&](const QJsonValue &v, const QString &path) { p.routes.append(readRoute(v, path)); });
        top.forEach(u"use_cases"_s,
                    [&](const QJsonValue &v, const QString &path) { p.useCases.append(readUseCase(v, path)); });
        if (root.toObject().contains(u"gate_templates"_s)) {
            top.forEach(u"gate_templates"_s, [&](const QJsonValue &v, const QString &path) {
                p.gateTemplates.append(readTemplate(v, path));
            });
        } else {
            p.gateTemplates = defaultGateTemplates();
        }
        return p;
    }

private:
    Policy readPolicy(const JsonObjectReader &r)
    {
        Policy policy;
        policy.evalThresholdStandardPct =
            r.realOr(u"eval_threshold_standard_pct"_s, policy.evalThresholdStandardPct, 0, 100);
        policy.evalThresholdHighRiskPct =
            r.realOr(u"eval_threshold_high_risk_pct"_s, policy.evalThresholdHighRiskPct, 0, 100);
        policy.evalRegressionPp = r.realOr(u"eval_regression_pp"_s, policy.evalRegressionPp, 0, 100);
        policy.evalMinCases = r.optionalInt(u"eval_min_cases"_s, 0, 10'000'000).value_or(policy.evalMinCases);
        policy.evalMinInjectionCases =
            r.optionalInt(u"eval_min_injection_cases"_s, 0, 10'000'000).value_or(policy.evalMinInjectionCases);
        policy.spendShareRatioAlert = r.realOr(u"spend_share_ratio_alert"_s, policy.spendShareRatioAlert, 0, 1000);
        policy.editRateAlertPp = r.realOr(u"edit_rate_alert_pp"_s, policy.editRateAlertPp, 0, 100);
        policy.training = r.boolOr(u"training"_s, false);
        const JsonObjectReader age =
            r.object(u"evidence_max_age_days"_s,
                     keys({u"kill_switch_test", u"rollback_test", u"eval_run", u"data_approval", u"runbook_review"}));
        EvidenceMaxAge &limits = policy.evidenceMaxAge;
        constexpr int tenYears = 3653;
        limits.killSwitchTestDays =
            age.optionalInt(u"kill_switch_test"_s, 1, tenYears).value_or(limits.killSwitchTestDays);
        limits.rollbackTestDays = age.optionalInt(u"rollback_test"_s, 1, tenYears).value_or(limits.rollbackTestDays);
        limits.evalRunDays = age.optionalInt(u"eval_run"_s, 1, tenYears).value_or(limits.evalRunDays);
        limits.dataApprovalDays = age.optionalInt(u"data_approval"_s, 1, tenYears).value_or(limits.dataApprovalDays);
        limits.runbookReviewDays = age.optionalInt(u"runbook_review"_s, 1, tenYears).value_or(limits.runbookReviewDays);
        return policy;
    }

    Person readPerson(const QJsonValue &v, const QString &path)
    {
        const JsonObjectReader r(m_errors, v, path,
                                 keys({u"id", u"name", u"email", u"roles", u"accounts", u"signing_keys"}));
        Person person{r.requiredId(u"id"_s),
                      r.requiredString(u"name"_s),
                      r.optionalString(u"email"_s),
                      r.enumList<Role>(u"roles"_s),
                      readAccounts(r),
                      {}};
        person.signingKeys = readSigningKeys(r, person.id);
        if (!person.email.isEmpty() && !person.email.contains(u'@'))
            m_errors.report(r.pathOf(u"email"_s), tr("\"%1\" is not an e-mail address").arg(person.email));
        // One account names one person: otherwise who acted would depend on the order of the file.
        for (qsizetype i = 0; i < person.accounts.size(); ++i) {
            const QString &account = person.accounts[i];
            if (const auto owner = m_accountOwners.constFind(account); owner != m_accountOwners.cend())
                m_errors.report(r.pathOf(u"accounts"_s) + u'[' + QString::number(i) + u']',
                                tr("account \"%1\" is already bound to %2").arg(account, *owner));
            else
                m_accountOwners.insert(account, person.id);
        }
        return person;
    }

    /// "account" or "account@host": no spaces, one "@" at most, neither part empty, each listed once.
    QStringList readAccounts(const JsonObjectReader &r)
    {
        QStringList accounts;
        r.forEach(u"accounts"_s, [&](const QJsonValue &element, const QString &path) {
            if (!element.isString()) {
                m_errors.report(path, JsonObjectReader::expectedMessage(tr("a string"), element));
                return;
            }
            const QString text = element.toString();
            const QStringList parts = text.split(u'@');
            const bool wellFormed = parts.size() <= 2 && !parts.contains(QString()) &&
                                    std::none_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
            if (!wellFormed)
                m_errors.report(path, tr("\"%1\" is not an account (expected ACCOUNT or ACCOUNT@HOST)").arg(text));
            else if (accounts.contains(text))
                m_errors.report(path, JsonObjectReader::duplicateMessage(text));
            accounts.append(text);
        });
        return accounts;
    }

    /// OpenSSH public keys of the types ssh-keygen signs with, each with its validity; a key names one person.
    QList<SigningKey> readSigningKeys(const JsonObjectReader &person, const QString &personId)
    {
        QList<SigningKey> signingKeys;
        person.forEach(u"signing_keys"_s, [&](const QJsonValue &element, const QString &path) {
            const JsonObjectReader r(m_errors, element, path, keys({u"public_key", u"valid_from", u"revoked_on"}));
            if (!r.present())
                return;
            SigningKey key{r.requiredString(u"public_key"_s), r.requiredDate(u"valid_from"_s),
                           r.optionalDate(u"revoked_on"_s)};
            if (const QString problem = SshPublicKey::problem(key.publicKey);
                !problem.isEmpty() && !key.publicKey.isEmpty())
                m_errors.report(r.pathOf(u"public_key"_s), problem);
            else if (const auto owner = m_keyOwners.constFind(key.identity()); owner != m_keyOwners.cend())
                m_errors.report(r.pathOf(u"public_key"_s), tr("the key is already listed for %1").arg(*owner));
            else
                m_keyOwners.insert(key.identity(), personId);
            if (key.revokedOn.isValid() && key.validFrom.isValid() && key.revokedOn < key.validFrom)
                m_errors.report(
                    r.pathOf(u"revoked_on"_s),
                    tr("revoked before it was valid (valid from %1)").arg(key.validFrom.toString(Qt::ISODate)));
            signingKeys.append(key);
        });
        return signingKeys;
    }

    Tenant readTenant(const QJsonValue &v, const QString &path)
    {
        const JsonObjectReader r(m_errors, v, path, keys({u"id", u"name", u"monthly_revenue_usd", u"residency"}));
        return Tenant{r.requiredId(u"id"_s), r.requiredString(u"name"_s),
                      r.optionalReal(u"monthly_revenue_usd"_s, 0, kMaxMoney), r.optionalString(u"residency"_s)};
    }

    Route readRoute(const QJsonValue &v, const QString &path)
    {
        const JsonObjectReader r(m_errors, v, path,
                                 keys({u"id", u"version", u"provider", u"model", u"endpoint", u"prompt_version",
                                       u"retrieval_corpus", u"tool_schema_version", u"fallback_route"}));
        Route route;
        route.id = r.requiredId(u"id"_s);
        route.version = r.requiredInt(u"version"_s, 1, 1'000'000);
        route.provider = r.requiredString(u"provider"_s);
        route.model = r.requiredString(u"model"_s);
        route.endpoint = r.requiredEnum<Endpoint>(u"endpoint"_s);
        route.promptVersion = r.optionalString(u"prompt_version"_s);
        route.retrievalCorpus = r.optionalString(u"retrieval_corpus"_s);
        route.toolSchemaVersion = r.optionalString(u"tool_schema_version"_s);
        route.fallbackRoute = r.optionalId(u"fallback_route"_s);
        return route;
    }

    UseCase readUseCase(const QJsonValue &v, const QString &path)
    {
        const JsonObjectReader r(
            m_errors, v, path,
            keys({u"id",           u"name",         u"description",    u"audience",       u"risk_tier",
                  u"status",       u"owners",       u"data_classes",   u"data_approvals", u"output_user",
                  u"allowed_path", u"human_review", u"release",        u"scoring",        u"roi",
                  u"operations",   u"route",        u"tools_attested", u"logging",        u"rollback",
                  u"runbook",      u"eval_runs",    u"gate_reviews",   u"waivers"}));
        UseCase u;
        u.id = r.requiredId(u"id"_s);
        u.name = r.requiredString(u"name"_s);
        u.description = r.optionalString(u"description"_s);
        u.audience = r.requiredEnum<Audience>(u"audience"_s);
        u.riskTier = r.requiredEnum<RiskTier>(u"risk_tier"_s);
        u.status = r.requiredEnum<LifecycleStatus>(u"status"_s);

        const JsonObjectReader owners =
            r.object(u"owners"_s, keys({u"product", u"launch", u"engineering", u"support"}));
        u.owners = Owners{owners.optionalId(u"product"_s), owners.optionalId(u"launch"_s),
                          owners.optionalId(u"engineering"_s), owners.optionalId(u"support"_s)};
        u.dataClasses = r.enumList<DataClass>(u"data_classes"_s);
        r.forEach(u"data_approvals"_s, [&](const QJsonValue &a, const QString &apath) {
            const JsonObjectReader ar(m_errors, a, apath,
                                      keys({u"data_class", u"role", u"person", u"decision", u"date", u"note"}));
            u.dataApprovals.append(DataApproval{ar.requiredEnum<DataClass>(u"data_class"_s),
                                                ar.requiredEnum<Role>(u"role"_s), ar.requiredId(u"person"_s),
                                                ar.requiredEnum<ApprovalDecision>(u"decision"_s),
                                                ar.requiredDate(u"date"_s), ar.optionalString(u"note"_s)});
        });
        u.outputUser = r.optionalString(u"output_user"_s);
        u.allowedPath = r.optionalString(u"allowed_path"_s);
        u.humanReview = r.optionalString(u"human_review"_s);

        const JsonObjectReader release = r.object(u"release"_s, keys({u"path", u"user_waits"}));
        u.release = Release{release.optionalEnum<Endpoint>(u"path"_s), release.optionalBool(u"user_waits"_s)};

        const JsonObjectReader scoring = r.object(u"scoring"_s, keys({u"hours_saved", u"complexity", u"blast_radius"}));
        u.scoring = Scoring{scoring.optionalInt(u"hours_saved"_s, 1, 5), scoring.optionalInt(u"complexity"_s, 1, 5),
                            scoring.optionalInt(u"blast_radius"_s, 1, 5)};

        const JsonObjectReader roi =
            r.object(u"roi"_s, keys({u"hours_saved_per_week", u"loaded_hourly_rate_usd", u"beneficiaries"}));
        u.roi = Roi{roi.optionalReal(u"hours_saved_per_week"_s, 0, kMaxHours),
                    roi.optionalReal(u"loaded_hourly_rate_usd"_s, 0, kMaxMoney),
                    roi.optionalInt(u"beneficiaries"_s, 0, 100'000'000)};

        const JsonObjectReader ops = r.object(
            u"operations"_s,
            keys({u"monitoring", u"kill_switch", u"kill_switch_tested", u"daily_cost_cap_usd", u"latency_budget_ms"}));
        u.operations = Operations{ops.optionalBool(u"monitoring"_s), ops.optionalString(u"kill_switch"_s),
                                  ops.optionalDate(u"kill_switch_tested"_s),
                                  ops.optionalReal(u"daily_cost_cap_usd"_s, 0, kMaxMoney),
                                  ops.optionalInt(u"latency_budget_ms"_s, 0, 86'400'000)};
        u.route = r.optionalId(u"route"_s);
        u.toolsAttested = r.optionalBool(u"tools_attested"_s);

        const JsonObjectReader logging =
            r.object(u"logging"_s, keys({u"prompts", u"responses", u"raw_approved_by", u"retention_days"}), true);
        if (logging.present()) {
            const JsonObjectReader retention =
                logging.object(u"retention_days"_s, keys({u"debug", u"abuse_review", u"eval_metadata"}));
            u.logging =
                LoggingPolicy{logging.requiredEnum<LogMode>(u"prompts"_s),
                              logging.requiredEnum<LogMode>(u"responses"_s), logging.optionalId(u"raw_approved_by"_s),
                              RetentionDays{retention.optionalInt(u"debug"_s, 0, kMaxDays),
                                            retention.optionalInt(u"abuse_review"_s, 0, kMaxDays),
                                            retention.optionalInt(u"eval_metadata"_s, 0, kMaxDays)}};
        }

        const JsonObjectReader rollback = r.object(u"rollback"_s, keys({u"path", u"fallback_route", u"tested"}));
        u.rollback = Rollback{rollback.optionalString(u"path"_s), rollback.optionalId(u"fallback_route"_s),
                              rollback.optionalDate(u"tested"_s)};

        const JsonObjectReader runbook =
            r.object(u"runbook"_s, keys({u"text", u"covers", u"on_call", u"reviewed"}), true);
        if (runbook.present())
            u.runbook = Runbook{runbook.optionalString(u"text"_s), runbook.enumList<RunbookTopic>(u"covers"_s),
                                runbook.idList(u"on_call"_s), runbook.optionalDate(u"reviewed"_s)};

        r.forEach(u"eval_runs"_s,
                  [&](const QJsonValue &e, const QString &epath) { u.evalRuns.append(readEvalRun(e, epath)); });
        r.forEach(u"gate_reviews"_s,
                  [&](const QJsonValue &g, const QString &gpath) { u.gateReviews.append(readReview(g, gpath)); });
        r.forEach(u"waivers"_s,
                  [&](const QJsonValue &w, const QString &wpath) { u.waivers.append(readWaiver(w, wpath)); });
        return u;
    }

    EvalRun readEvalRun(const QJsonValue &v, const QString &path)
    {
        const JsonObjectReader r(
            m_errors, v, path,
            keys({u"id", u"date", u"route", u"route_version", u"baseline", u"secrets_found", u"results"}));
        EvalRun run;
        run.id = r.requiredId(u"id"_s);
        run.date = r.requiredDate(u"date"_s);
        run.route = r.requiredId(u"route"_s);
        run.routeVersion = r.requiredInt(u"route_version"_s, 1, 1'000'000);
        run.baseline = r.boolOr(u"baseline"_s, false);
        run.secretsFound = r.optionalInt(u"secrets_found"_s, 0, 100'000'000).value_or(0);
        QStringList categories;
        for (EvalCategory c : allEnumValues<EvalCategory>())
            categories.append(enumName(c));
        const JsonObjectReader results = r.object(u"results"_s, categories);
        const QJsonObject given = v.toObject().value(u"results"_s).toObject();
        for (EvalCategory c : allEnumValues<EvalCategory>()) {
            if (!given.contains(enumName(c)))
                continue;
            const JsonObjectReader cr = results.object(enumName(c), keys({u"total", u"passed"}));
            CategoryResult result{cr.requiredInt(u"total"_s, 0, 100'000'000),
                                  cr.requiredInt(u"passed"_s, 0, 100'000'000)};
            if (result.passed > result.total)
                m_errors.report(
                    cr.pathOf(u"passed"_s),
                    tr("%1 passed is more than the %2 cases in total").arg(result.passed).arg(result.total));
            run.results.insert(c, result);
        }
        return run;
    }

    GateReview readReview(const QJsonValue &v, const QString &path)
    {
        const JsonObjectReader r(m_errors, v, path,
                                 keys({u"id", u"gate", u"requested_by", u"requested_at", u"decision", u"rationale",
                                       u"signoffs", u"rule_results"}));
        GateReview review;
        review.id = r.requiredId(u"id"_s);
        review.gate = r.requiredId(u"gate"_s);
        review.requestedBy = r.requiredId(u"requested_by"_s);
        review.requestedAt = r.requiredDateTime(u"requested_at"_s);
        review.decision = r.optionalEnum<GateDecision>(u"decision"_s);
        review.rationale = r.optionalString(u"rationale"_s);
        r.forEach(u"signoffs"_s, [&](const QJsonValue &s, const QString &spath) {
            const JsonObjectReader sr(m_errors, s, spath, keys({u"role", u"person", u"decision", u"at", u"note"}));
            review.signoffs.append(Signoff{sr.requiredEnum<Role>(u"role"_s), sr.requiredId(u"person"_s),
                                           sr.requiredEnum<SignoffDecision>(u"decision"_s),
                                           sr.requiredDateTime(u"at"_s), sr.optionalString(u"note"_s)});
        });
        r.forEach(u"rule_results"_s, [&](const QJsonValue &s, const QString &spath) {
            const JsonObjectReader sr(m_errors, s, spath, keys({u"rule", u"severity", u"result", u"explanation"}));
            RuleResult result{sr.requiredString(u"rule"_s),
                              sr.requiredEnum<Severity>(u"severity"_s),
                              sr.requiredEnum<RuleOutcome>(u"result"_s),
                              sr.optionalString(u"explanation"_s),
                              {}};
            if (!result.rule.isEmpty() && !RuleCatalog::contains(result.rule))
                m_errors.report(sr.pathOf(u"rule"_s), tr("unknown rule \"%1\"").arg(result.rule));
            review.ruleResults.append(result);
        });
        return review;
    }

    /// A waiver as granted (its rule waivable, its expiry within the limit) and, when ended early, its revocation.
    /// Who may grant it is checked against the people in the reference pass.
    Waiver readWaiver(const QJsonValue &v, const QString &path)
    {
        const JsonObjectReader r(m_errors, v, path,
                                 keys({u"id", u"gate", u"rule", u"reason", u"control", u"granted_by", u"role",
                                       u"granted_on", u"expires", u"revoked"}));
        Waiver w;
        w.id = r.requiredId(u"id"_s);
        w.gate = r.requiredId(u"gate"_s);
        w.rule = r.requiredString(u"rule"_s);
        w.reason = r.requiredString(u"reason"_s);
        w.control = r.requiredString(u"control"_s);
        w.grantedBy = r.requiredId(u"granted_by"_s);
        w.role = r.requiredEnum<Role>(u"role"_s);
        w.grantedOn = r.requiredDate(u"granted_on"_s);
        w.expires = r.requiredDate(u"expires"_s);
        if (!w.rule.isEmpty() && !RuleCatalog::contains(w.rule))
            m_errors.report(r.pathOf(u"rule"_s), tr("unknown rule \"%1\"").arg(w.rule));
        else if (!w.rule.isEmpty() && !WaiverRules::isWaivable(w.rule))
            m_errors.report(r.pathOf(u"rule"_s), WaiverRules::tr("%1 can never be waived").arg(w.rule));
        if (w.grantedOn.isValid() && w.expires.isValid()) {
            if (const QString problem = WaiverRules::expiryProblem(w.grantedOn, w.expires); !problem.isEmpty())
                m_errors.report(r.pathOf(u"expires"_s), problem);
        }
        const JsonObjectReader revoked = r.object(u"revoked"_s, keys({u"person", u"role", u"date", u"reason"}), true);
        if (revoked.present()) {
            w.revocation = WaiverRevocation{revoked.requiredId(u"person"_s), revoked.requiredEnum<Role>(u"role"_s),
                                            revoked.requiredDate(u"date"_s), revoked.requiredString(u"reason"_s)};
            if (w.revocation->date.isValid() && w.grantedOn.isValid() && w.revocation->date < w.grantedOn)
                m_errors.report(
                    revoked.pathOf(u"date"_s),
                    tr("revoked before it was granted (granted on %1)").arg(w.grantedOn.toString(Qt::ISODate)));
        }
        return w;
    }

    GateTemplate readTemplate(const QJsonValue &v, const QString &path)
    {
        const JsonObjectReader r(
            m_errors, v, path,
            keys({u"id", u"name", u"rules", u"high_risk_threshold", u"required_signoffs", u"signed_signoffs"}));
        GateTemplate t;
        t.id = r.requiredId(u"id"_s);
        t.name = r.requiredString(u"name"_s);
        r.forEach(u"rules"_s, [&](const QJsonValue &rule, const QString &rpath) {
            const QString id = rule.toString();
            if (!rule.isString())
                m_errors.report(rpath, JsonObjectReader::expectedMessage(tr("a rule id"), rule));
            else if (id != RuleCatalog::wildcard() && !RuleCatalog::contains(id))
                m_errors.report(rpath, tr("unknown rule \"%1\"").arg(id));
            else if (t.rules.contains(id))
                m_errors.report(rpath, JsonObjectReader::duplicateMessage(id));
            t.rules.append(id);
        });
        t.highRiskThreshold = r.boolOr(u"high_risk_threshold"_s, false);
        t.requiredSignoffs = r.enumList<Role>(u"required_signoffs"_s);
        t.signedSignoffs = r.boolOr(u"signed_signoffs"_s, signedSignoffsByDefault(t.id));
        return t;
    }

    JsonErrors &m_errors;
    QHash<QString, QString> m_accountOwners; ///< account → the person it is bound to
    QHash<QString, QString> m_keyOwners;     ///< signing key (type and blob) → the person it is listed for
};

/// Reference pass: ids are unique and every reference names something that exists.
class ReferenceChecker final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioReader)

public:
    ReferenceChecker(JsonErrors &errors, const Portfolio &p) : m_errors(errors), m_p(p) {}

    void check()
    {
        checkUnique(u"$.people"_s, m_p.people, [](const Person &x) { return x.id; });
        checkUnique(u"$.tenants"_s, m_p.tenants, [](const Tenant &x) { return x.id; });
        checkUnique(u"$.routes"_s, m_p.routes,
                    [](const Route &x) -> QString { return x.id + u" v"_s + QString::number(x.version); });
        checkUnique(u"$.use_cases"_s, m_p.useCases, [](const UseCase &x) { return x.id; });
        checkUnique(u"$.gate_templates"_s, m_p.gateTemplates, [](const GateTemplate &x) { return x.id; });
        for (qsizetype i = 0; i < m_p.routes.size(); ++i)
            routeId(u"$.routes[%1].fallback_route"_s.arg(i), m_p.routes[i].fallbackRoute);
        QSet<QString> reviewIds;
        QSet<QString> waiverIds;
        for (qsizetype i = 0; i < m_p.useCases.size(); ++i)
            checkUseCase(u"$.use_cases[%1]"_s.arg(i), m_p.useCases[i], reviewIds, waiverIds);
    }

private:
    template <typename T, typename Key>
    void checkUnique(const QString &path, const QList<T> &items, Key key)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString k = key(items[i]);
            if (seen.contains(k))
                m_errors.report(u"%1[%2].id"_s.arg(path).arg(i), tr("duplicate id \"%1\"").arg(k));
            seen.insert(k);
        }
    }

    void person(const QString &path, const QString &id)
    {
        if (!id.isEmpty() && m_p.person(id) == nullptr)
            m_errors.report(path, tr("unknown person \"%1\"").arg(id));
    }

    void routeId(const QString &path, const QString &id)
    {
        if (!id.isEmpty() && !m_p.hasRoute(id))
            m_errors.report(path, tr("unknown route \"%1\"").arg(id));
    }

    /// The waiver's id is unique in the portfolio, its gate exists and applies its rule, and the people who granted
    /// and revoked it held a role that may (WaiverRules).
    void checkWaiver(const QString &path, const Waiver &w, QSet<QString> &waiverIds)
    {
        if (waiverIds.contains(w.id))
            m_errors.report(path + u".id"_s, tr("duplicate id \"%1\"").arg(w.id));
        waiverIds.insert(w.id);
        if (const GateTemplate *gate = m_p.gateTemplate(w.gate); gate == nullptr)
            m_errors.report(path + u".gate"_s, tr("unknown gate template \"%1\"").arg(w.gate));
        else if (!GateEngine::appliedRules(*gate).contains(w.rule))
            m_errors.report(path + u".rule"_s, tr("gate template \"%1\" does not apply %2").arg(w.gate, w.rule));
        const auto checkRole = [&](const QString &personPath, const QString &personId, Role role) {
            if (const Person *p = m_p.person(personId); p == nullptr)
                m_errors.report(personPath, tr("unknown person \"%1\"").arg(personId));
            else if (const QString problem = WaiverRules::roleProblem(w.rule, *p, role); !problem.isEmpty())
                m_errors.report(personPath.left(personPath.lastIndexOf(u'.')) + u".role"_s, problem);
        };
        checkRole(path + u".granted_by"_s, w.grantedBy, w.role);
        if (w.revocation.has_value())
            checkRole(path + u".revoked.person"_s, w.revocation->person, w.revocation->role);
    }

    void checkUseCase(const QString &path, const UseCase &u, QSet<QString> &reviewIds, QSet<QString> &waiverIds)
    {
        person(path + u".owners.product"_s, u.owners.product);
        person(path + u".owners.launch"_s, u.owners.launch);
        person(path + u".owners.engineering"_s, u.owners.engineering);
        person(path + u".owners.support"_s, u.owners.support);
        for (qsizetype i = 0; i < u.dataApprovals.size(); ++i) {
            const DataApproval &a = u.dataApprovals[i];
            const QString apath = u"%1.data_approvals[%2]"_s.arg(path).arg(i);
            if (!u.dataClasses.contains(a.dataClass))
                m_errors.report(
                    apath + u".data_class"_s,
                    tr("data class \"%1\" is not among the use case's data_classes").arg(enumName(a.dataClass)));
            person(apath + u".person"_s, a.person);
        }
        routeId(path + u".route"_s, u.route);
        if (u.logging.has_value())
            person(path + u".logging.raw_approved_by"_s, u.logging->rawApprovedBy);
        routeId(path + u".rollback.fallback_route"_s, u.rollback.fallbackRoute);
        if (u.runbook.has_value()) {
            for (qsizetype i = 0; i < u.runbook->onCall.size(); ++i)
                person(u"%1.runbook.on_call[%2]"_s.arg(path).arg(i), u.runbook->onCall[i]);
        }
        QSet<QString> runIds;
        for (qsizetype i = 0; i < u.evalRuns.size(); ++i) {
            const EvalRun &run = u.evalRuns[i];
            const QString rpath = u"%1.eval_runs[%2]"_s.arg(path).arg(i);
            if (runIds.contains(run.id))
                m_errors.report(rpath + u".id"_s, tr("duplicate id \"%1\"").arg(run.id));
            runIds.insert(run.id);
            if (m_p.route(run.route, run.routeVersion) == nullptr)
                m_errors.report(rpath + u".route_version"_s,
                                tr("unknown route version \"%1\" v%2").arg(run.route).arg(run.routeVersion));
        }
        for (qsizetype i = 0; i < u.waivers.size(); ++i)
            checkWaiver(u"%1.waivers[%2]"_s.arg(path).arg(i), u.waivers[i], waiverIds);
        for (qsizetype i = 0; i < u.gateReviews.size(); ++i) {
            const GateReview &review = u.gateReviews[i];
            const QString gpath = u"%1.gate_reviews[%2]"_s.arg(path).arg(i);
            if (reviewIds.contains(review.id))
                m_errors.report(gpath + u".id"_s, tr("duplicate id \"%1\"").arg(review.id));
            reviewIds.insert(review.id);
            if (m_p.gateTemplate(review.gate) == nullptr)
                m_errors.report(gpath + u".gate"_s, tr("unknown gate template \"%1\"").arg(review.gate));
            person(gpath + u".requested_by"_s, review.requestedBy);
            for (qsizetype j = 0; j < review.signoffs.size(); ++j)
                person(u"%1.signoffs[%2].person"_s.arg(gpath).arg(j), review.signoffs[j].person);
        }
    }

    JsonErrors &m_errors;
    const Portfolio &m_p;
};

} // namespace

QString PortfolioReader::formatName()
{
    return u"greenlight.portfolio/1"_s;
}

Result<Portfolio> PortfolioReader::read(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(JsonObjectReader::lineAndColumn(json, parseError.offset),
                    tr("invalid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return fail(u"$"_s, tr("expected a portfolio object"));

    JsonErrors errors;
    Portfolio portfolio = StructureReader(errors).read(document.object());
    if (errors.ok())
        ReferenceChecker(errors, portfolio).check();
    if (!errors.ok())
        return std::unexpected(*errors.first());
    return portfolio;
}

} // namespace greenlight::models
