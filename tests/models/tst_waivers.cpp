#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "gate/gateengine.h"
#include "gate/waiverrules.h"
#include "gate/waiverservice.h"
#include "portfolio/historyguard.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfolioreader.h"
#include "portfolio/portfoliowriter.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

const QString useCaseId = u"support-reply-draft"_s;

/// The example without a daily cost cap, so ops.cost_cap (a blocker at customer-launch) fails.
QByteArray exampleWithoutCostCap()
{
    return exampleWith("use_cases/0/operations/daily_cost_cap_usd", QJsonValue::Null);
}

/// A waiver as a portfolio file holds it.
QJsonObject waiverJson(const QString &rule, const QString &grantedBy, const QString &role, const QString &expires)
{
    return {{u"id"_s, u"waiver-2026-11-20"_s},
            {u"gate"_s, u"customer-launch"_s},
            {u"rule"_s, rule},
            {u"reason"_s, u"two-week pilot with three tenants"_s},
            {u"control"_s, u"spend alert at 40 USD a day"_s},
            {u"granted_by"_s, grantedBy},
            {u"role"_s, role},
            {u"granted_on"_s, u"2026-11-20"_s},
            {u"expires"_s, expires},
            {u"revoked"_s, QJsonValue::Null}};
}

QByteArray exampleWithWaiver(const QJsonObject &waiver)
{
    return jsonWith(exampleWithoutCostCap(), "use_cases/0/waivers", QJsonArray{waiver});
}

} // namespace

class TstWaivers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void waivedRuleCountsUntilItsExpiryDay();
    void stateFollowsTheDay_data();
    void stateFollowsTheDay();
    void rolesOfAPersonForARule_data();
    void rolesOfAPersonForARule();
    void grantIsRefused_data();
    void grantIsRefused();
    void revokeEndsTheWaiverThatDay();
    void revokeIsRefused_data();
    void revokeIsRefused();
    void grantAndRevokeAreAuditedFacts();
    void tamperedWaiverShowsInTheAudit_data();
    void tamperedWaiverShowsInTheAudit();
    void waiversRoundTripThroughTheFile();
    void importKeepsWaiversAsGranted();
    void badWaiverInAFile_data();
    void badWaiverInAFile();

private:
    WaiverService waivers()
    {
        return WaiverService(*m_db, [this] { return m_now; });
    }
    [[nodiscard]] GateEvaluation evaluateOn(QDate day)
    {
        const auto portfolio = PortfolioRepository(*m_db).load();
        if (!portfolio)
            qFatal("cannot load the portfolio: %s", why(portfolio).constData());
        const UseCase *u = portfolio->useCase(useCaseId);
        return GateEngine::evaluate(*portfolio, *u, *portfolio->gateTemplate(u"customer-launch"_s), day);
    }
    [[nodiscard]] static RuleResult costCap(const GateEvaluation &e)
    {
        for (const RuleResult &r : e.rules) {
            if (r.rule == u"ops.cost_cap"_s)
                return r;
        }
        return {};
    }
    WaiverRequest costCapWaiver(const QDate &expires) const
    {
        return {useCaseId,
                {},
                u"ops.cost_cap"_s,
                u"two-week pilot with three tenants"_s,
                u"spend alert at 40 USD a day"_s,
                Role::Cto,
                expires};
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now{QDate(2026, 11, 23), QTime(9, 0), Qt::UTC};
};

void TstWaivers::init()
{
    m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    m_db.reset(); // the server's schema is emptied below: no connection may hold it
    const QString location = freshTestDatabase(m_dir);
    QVERIFY(!location.isEmpty());
    auto db = Database::open(location);
    QVERIFY2(db.has_value(), why(db).constData());
    m_db = std::move(*db);
    const auto imported =
        PortfolioImporter(*m_db).import(exampleWithoutCostCap(), u"example.json"_s, as(u"tester"_s), m_now);
    QVERIFY2(imported.has_value(), why(imported).constData());
}

void TstWaivers::waivedRuleCountsUntilItsExpiryDay()
{
    QCOMPARE(costCap(evaluateOn(m_now.date())).result, RuleOutcome::Missing);
    const auto waiver = waivers().grant(costCapWaiver(QDate(2026, 12, 7)), as(u"max"_s));
    QVERIFY2(waiver.has_value(), why(waiver).constData());
    QCOMPARE(waiver->id, u"waiver-2026-11-23"_s);
    QCOMPARE(waiver->gate, u"customer-launch"_s);
    QCOMPARE(waiver->grantedOn, QDate(2026, 11, 23));

    // The day before it was granted, it does not count yet: gate check --at reproduces that day.
    const GateEvaluation before = evaluateOn(QDate(2026, 11, 22));
    QCOMPARE(costCap(before).result, RuleOutcome::Missing);
    QVERIFY(!before.eligible());

    for (const QDate day : {QDate(2026, 11, 23), QDate(2026, 12, 7)}) {
        const GateEvaluation e = evaluateOn(day);
        QCOMPARE(costCap(e).result, RuleOutcome::Waived);
        QCOMPARE(costCap(e).explanation,
                 u"waived by Max Adler (cto) until 2026-12-07 (waiver-2026-11-23): no daily cost cap"_s);
        QCOMPARE(e.waivers.value(u"ops.cost_cap"_s), u"waiver-2026-11-23"_s);
        QCOMPARE(e.blockersFailed, 0);
        QVERIFY(e.eligible());
        // Listed after what fails and before what passes.
        QCOMPARE(e.failuresFirst().first().rule, u"ops.cost_cap"_s);
    }

    const GateEvaluation after = evaluateOn(QDate(2026, 12, 8));
    QCOMPARE(costCap(after).result, RuleOutcome::Missing);
    QCOMPARE(costCap(after).explanation, u"no daily cost cap"_s);
    QCOMPARE(after.blockersFailed, 1);
    QVERIFY(after.waivers.isEmpty());

    // A second waiver the same day gets the next id.
    m_now = m_now.addDays(15);
    const auto renewed = waivers().grant(costCapWaiver(QDate(2026, 12, 20)), as(u"max"_s));
    QVERIFY2(renewed.has_value(), why(renewed).constData());
    QCOMPARE(renewed->id, u"waiver-2026-12-08"_s);
    QCOMPARE(costCap(evaluateOn(QDate(2026, 12, 20))).result, RuleOutcome::Waived);
}

void TstWaivers::stateFollowsTheDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("revokedOn"); // null: never revoked
    QTest::addColumn<WaiverState>("state");
    const QDate granted(2026, 11, 23);
    const QDate expires(2026, 12, 7);
    QTest::newRow("the day before it was granted") << granted.addDays(-1) << QDate() << WaiverState::NotYetGranted;
    QTest::newRow("the day it was granted") << granted << QDate() << WaiverState::Active;
    QTest::newRow("its expiry day") << expires << QDate() << WaiverState::Active;
    QTest::newRow("the day after its expiry") << expires.addDays(1) << QDate() << WaiverState::Expired;
    QTest::newRow("the day before its revocation") << QDate(2026, 11, 29) << QDate(2026, 11, 30) << WaiverState::Active;
    QTest::newRow("the day of its revocation") << QDate(2026, 11, 30) << QDate(2026, 11, 30) << WaiverState::Revoked;
    QTest::newRow("revoked, after its expiry") << expires.addDays(1) << QDate(2026, 11, 30) << WaiverState::Revoked;
}

void TstWaivers::stateFollowsTheDay()
{
    QFETCH(QDate, day);
    QFETCH(QDate, revokedOn);
    QFETCH(WaiverState, state);
    Waiver w{u"waiver-2026-11-23"_s,
             u"customer-launch"_s,
             u"ops.cost_cap"_s,
             u"pilot"_s,
             u"spend alert"_s,
             u"max"_s,
             Role::Cto,
             QDate(2026, 11, 23),
             QDate(2026, 12, 7),
             std::nullopt};
    if (revokedOn.isValid())
        w.revocation = WaiverRevocation{u"max"_s, Role::Cto, revokedOn, u"cap set"_s};
    QCOMPARE(w.stateOn(day), state);
    // The gate counts the waiver exactly while it is active.
    QCOMPARE(w.isActiveOn(day), state == WaiverState::Active);
}

void TstWaivers::rolesOfAPersonForARule_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QList<Role>>("roles");
    QTest::newRow("the cto, the cost cap") << u"max"_s << u"ops.cost_cap"_s << QList<Role>{Role::Cto};
    QTest::newRow("a pm, the cost cap") << u"ana"_s << u"ops.cost_cap"_s << QList<Role>{};
    QTest::newRow("legal and compliance, a logging rule")
        << u"lea"_s << u"logging.policy"_s << QList<Role>{Role::Legal, Role::Compliance};
    QTest::newRow("the cto, a data rule") << u"max"_s << u"data.approved"_s << QList<Role>{};
    QTest::newRow("security, credentials") << u"sam"_s << u"data.no_credentials"_s << QList<Role>{};
}

void TstWaivers::rolesOfAPersonForARule()
{
    QFETCH(QString, person);
    QFETCH(QString, rule);
    QFETCH(QList<Role>, roles);
    const auto portfolio = PortfolioRepository(*m_db).load();
    QVERIFY2(portfolio.has_value(), why(portfolio).constData());
    QVERIFY(portfolio->person(person) != nullptr);
    QCOMPARE(WaiverRules::rolesOf(rule, *portfolio->person(person)), roles);
}

void TstWaivers::grantIsRefused_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("gate");
    QTest::addColumn<int>("role");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("error");
    const QDate ok(2026, 12, 7);
    const QString reason = u"pilot"_s;
    const QString control = u"spend alert"_s;
    const auto row = [&](const char *name, const QString &person, const QString &rule, Role role, const QString &error,
                         QDate expires = QDate(2026, 12, 7), const QString &gate = {}) {
        QTest::newRow(name) << person << rule << gate << int(role) << expires << reason << control << error;
    };
    row("credentials are never waived", u"sam"_s, u"data.no_credentials"_s, Role::Security,
        u"data.no_credentials: data.no_credentials can never be waived"_s);
    row("live secrets are never waived", u"max"_s, u"eval.no_secrets"_s, Role::Cto,
        u"eval.no_secrets: eval.no_secrets can never be waived"_s);
    row("security waives no cost cap", u"sam"_s, u"ops.cost_cap"_s, Role::Security,
        u"ops.cost_cap: a waiver of ops.cost_cap is granted or revoked by cto, not security"_s);
    row("the cto waives no data rule", u"max"_s, u"data.approved"_s, Role::Cto,
        u"data.approved: a waiver of data.approved is granted or revoked by security, legal, compliance, not cto"_s);
    row("a role the person does not hold", u"ana"_s, u"ops.cost_cap"_s, Role::Cto,
        u"ops.cost_cap: Ana Ruiz does not hold the cto role"_s);
    row("91 days", u"max"_s, u"ops.cost_cap"_s, Role::Cto,
        u"2027-02-22: the expiry date 2027-02-22 is 91 days after the day the waiver is granted (2026-11-23); a "
        u"waiver runs at most 90 days"_s,
        QDate(2027, 2, 22));
    row("expired already", u"max"_s, u"ops.cost_cap"_s, Role::Cto,
        u"2026-11-22: the expiry date 2026-11-22 is before the day the waiver is granted (2026-11-23)"_s,
        QDate(2026, 11, 22));
    row("a passing rule", u"max"_s, u"ops.kill_switch"_s, Role::Cto,
        u"ops.kill_switch: the rule passes for support-reply-draft at customer-launch; there is nothing to waive"_s);
    row("a rule the gate does not apply", u"max"_s, u"ops.cost_cap"_s, Role::Cto,
        u"ops.cost_cap: gate internal-pilot does not apply this rule"_s, ok, u"internal-pilot"_s);
    row("an unknown gate", u"max"_s, u"ops.cost_cap"_s, Role::Cto, u"moon-launch: unknown gate template"_s, ok,
        u"moon-launch"_s);
    QTest::newRow("no reason") << u"max"_s << u"ops.cost_cap"_s << QString() << int(Role::Cto) << ok << u"  "_s
                               << control << u"ops.cost_cap: a waiver needs a reason: why the risk is accepted"_s;
    QTest::newRow("no control") << u"max"_s << u"ops.cost_cap"_s << QString() << int(Role::Cto) << ok << reason
                                << QString()
                                << u"ops.cost_cap: a waiver needs a compensating control: what holds the risk until "
                                   u"it expires"_s;
}

void TstWaivers::grantIsRefused()
{
    QFETCH(QString, person);
    QFETCH(QString, rule);
    QFETCH(QString, gate);
    QFETCH(int, role);
    QFETCH(QDate, expires);
    QFETCH(QString, reason);
    QFETCH(QString, control);
    QFETCH(QString, error);
    const auto events = AuditStore(*m_db).verify();
    QVERIFY(events.has_value());
    const auto refused = waivers().grant({useCaseId, gate, rule, reason, control, Role(role), expires}, as(person));
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().toString(), error);
    const auto after = AuditStore(*m_db).verify();
    QVERIFY(after.has_value());
    QCOMPARE(after->count, events->count);
    QCOMPARE(PortfolioRepository(*m_db).load()->useCases.first().waivers.size(), 0);
}

void TstWaivers::revokeEndsTheWaiverThatDay()
{
    const auto waiver = waivers().grant(costCapWaiver(QDate(2026, 12, 7)), as(u"max"_s));
    QVERIFY2(waiver.has_value(), why(waiver).constData());
    m_now = m_now.addDays(3);
    const auto revoked = waivers().revoke(waiver->id, as(u"max"_s), Role::Cto, u"the pilot found a runaway loop"_s);
    QVERIFY2(revoked.has_value(), why(revoked).constData());
    QCOMPARE(revoked->revocation->date, QDate(2026, 11, 26));
    QCOMPARE(costCap(evaluateOn(QDate(2026, 11, 25))).result, RuleOutcome::Waived);
    QCOMPARE(costCap(evaluateOn(QDate(2026, 11, 26))).result, RuleOutcome::Missing);
    const auto stored = PortfolioRepository(*m_db).load();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->useCases.first().waivers.size(), 1);
    QCOMPARE(stored->useCases.first().waivers.first().revocation,
             (WaiverRevocation{u"max"_s, Role::Cto, QDate(2026, 11, 26), u"the pilot found a runaway loop"_s}));
}

void TstWaivers::revokeIsRefused_data()
{
    QTest::addColumn<QString>("waiver");
    QTest::addColumn<QString>("person");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("daysLater");
    QTest::addColumn<QString>("error");
    const QString id = u"waiver-2026-11-23"_s;
    QTest::newRow("unknown") << u"waiver-1999-01-01"_s << u"max"_s << int(Role::Cto) << u"done"_s << 0
                             << u"waiver-1999-01-01: unknown waiver"_s;
    QTest::newRow("wrong role") << id << u"sam"_s << int(Role::Security) << u"done"_s << 0
                                << u"waiver-2026-11-23: a waiver of ops.cost_cap is granted or revoked by cto, not "
                                   u"security"_s;
    QTest::newRow("no reason") << id << u"max"_s << int(Role::Cto) << u" "_s << 0
                               << u"waiver-2026-11-23: a revocation needs a reason"_s;
    QTest::newRow("expired") << id << u"max"_s << int(Role::Cto) << u"done"_s << 15
                             << u"waiver-2026-11-23: it expired on 2026-12-07; there is nothing left to revoke"_s;
    QTest::newRow("twice") << id << u"max"_s << int(Role::Cto) << u"done"_s << -1
                           << u"waiver-2026-11-23: already revoked on 2026-11-23"_s;
}

void TstWaivers::revokeIsRefused()
{
    QFETCH(QString, waiver);
    QFETCH(QString, person);
    QFETCH(int, role);
    QFETCH(QString, reason);
    QFETCH(int, daysLater);
    QFETCH(QString, error);
    QVERIFY(waivers().grant(costCapWaiver(QDate(2026, 12, 7)), as(u"max"_s)).has_value());
    if (daysLater < 0) // revoked once already
        QVERIFY(waivers().revoke(waiver, as(u"max"_s), Role::Cto, u"first"_s).has_value());
    else
        m_now = m_now.addDays(daysLater);
    const auto refused = waivers().revoke(waiver, as(person), Role(role), reason);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().toString(), error);
}

void TstWaivers::grantAndRevokeAreAuditedFacts()
{
    const auto waiver = waivers().grant(costCapWaiver(QDate(2026, 12, 7)), as(u"max"_s));
    QVERIFY2(waiver.has_value(), why(waiver).constData());
    QVERIFY(waivers().revoke(waiver->id, as(u"max"_s), Role::Cto, u"done early"_s).has_value());
    QList<AuditEvent> events;
    QVERIFY(AuditStore(*m_db)
                .forEach([&](const AuditEvent &e) { events.append(e); }, u"waiver"_s, u"waiver-2026-11-23"_s)
                .has_value());
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].entry.action, u"grant"_s);
    QCOMPARE(events[0].entry.entityId, u"waiver-2026-11-23"_s);
    QCOMPARE(events[0].entry.actor.person, u"max"_s);
    QCOMPARE(QJsonDocument::fromJson(events[0].entry.payload).object(),
             (QJsonObject{{u"use_case"_s, useCaseId},
                          {u"waiver"_s, u"waiver-2026-11-23"_s},
                          {u"gate"_s, u"customer-launch"_s},
                          {u"rule"_s, u"ops.cost_cap"_s},
                          {u"reason"_s, u"two-week pilot with three tenants"_s},
                          {u"control"_s, u"spend alert at 40 USD a day"_s},
                          {u"granted_by"_s, u"max"_s},
                          {u"role"_s, u"cto"_s},
                          {u"granted_on"_s, u"2026-11-23"_s},
                          {u"expires"_s, u"2026-12-07"_s}}));
    QCOMPARE(events[1].entry.action, u"revoke"_s);
    QCOMPARE(QJsonDocument::fromJson(events[1].entry.payload).object(),
             (QJsonObject{{u"use_case"_s, useCaseId},
                          {u"waiver"_s, u"waiver-2026-11-23"_s},
                          {u"person"_s, u"max"_s},
                          {u"role"_s, u"cto"_s},
                          {u"date"_s, u"2026-11-23"_s},
                          {u"reason"_s, u"done early"_s}}));
    const auto verification = AuditStore(*m_db).verify();
    QVERIFY(verification.has_value());
    QVERIFY2(verification->intact(), qPrintable(verification->problem + verification->stateProblem));
}

void TstWaivers::tamperedWaiverShowsInTheAudit_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("problem");
    QTest::newRow("expiry moved") << u"UPDATE waivers SET expires_on = '2027-01-31'"_s
                                  << u"waivers waiver-2026-11-23: expires is 2027-01-31 in the table but 2026-12-07 in "
                                     u"audit event 2"_s;
    QTest::newRow("rule swapped")
        << u"UPDATE waivers SET rule_id = 'eval.no_secrets'"_s
        << u"waivers waiver-2026-11-23: rule is eval.no_secrets in the table but ops.cost_cap "
           u"in audit event 2"_s;
    QTest::newRow("revocation deleted")
        << u"DELETE FROM waiver_revocations"_s
        << u"waiver_revocations waiver-2026-11-23: recorded by audit event 3 but missing from the table"_s;
    QTest::newRow("revocation backdated")
        << u"UPDATE waiver_revocations SET revoked_on = '2026-12-30'"_s
        << u"waiver_revocations waiver-2026-11-23: date is 2026-12-30 in the table but 2026-11-23 in audit event 3"_s;
    QTest::newRow("waiver inserted")
        << u"INSERT INTO waivers (id, use_case_id, sort_order, gate, rule_id, reason, control, granted_by, role, "
           u"granted_on, expires_on) VALUES ('w-x', 'support-reply-draft', 5, 'customer-launch', 'ops.monitoring', "
           u"'r', 'c', 'max', 'cto', '2026-11-23', '2026-12-01')"_s
        << u"waivers w-x: no audit event recorded this row"_s;
}

void TstWaivers::tamperedWaiverShowsInTheAudit()
{
    QFETCH(QString, tamper);
    QFETCH(QString, problem);
    const auto waiver = waivers().grant(costCapWaiver(QDate(2026, 12, 7)), as(u"max"_s));
    QVERIFY2(waiver.has_value(), why(waiver).constData());
    QVERIFY(waivers().revoke(waiver->id, as(u"max"_s), Role::Cto, u"done early"_s).has_value());
    exec(tamper);
    const auto verification = AuditStore(*m_db).verify();
    QVERIFY(verification.has_value());
    QCOMPARE(verification->stateProblem, problem);
}

void TstWaivers::waiversRoundTripThroughTheFile()
{
    const auto waiver = waivers().grant(costCapWaiver(QDate(2026, 12, 7)), as(u"max"_s));
    QVERIFY2(waiver.has_value(), why(waiver).constData());
    QVERIFY(waivers().revoke(waiver->id, as(u"max"_s), Role::Cto, u"done early"_s).has_value());
    const auto stored = PortfolioRepository(*m_db).load();
    QVERIFY(stored.has_value());
    const QByteArray exported = PortfolioWriter::write(*stored);
    const QJsonObject written = QJsonDocument::fromJson(exported)
                                    .object()
                                    .value(u"use_cases"_s)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"waivers"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(written.value(u"expires"_s).toString(), u"2026-12-07"_s);
    QCOMPARE(written.value(u"revoked"_s).toObject().value(u"reason"_s).toString(), u"done early"_s);

    // The copy is a SQLite file on either backend (the test's server holds one database): a file from the server too.
    auto other = Database::open(m_dir.filePath(u"roundtrip-copy.sqlite"_s));
    QVERIFY2(other.has_value(), why(other).constData());
    const auto imported = PortfolioImporter(**other).import(exported, u"exported.json"_s, as(u"tester"_s), m_now);
    QVERIFY2(imported.has_value(), why(imported).constData());
    const auto reloaded = PortfolioRepository(**other).load();
    QVERIFY(reloaded.has_value());
    QCOMPARE(reloaded->useCases.first().waivers, stored->useCases.first().waivers);
    QCOMPARE(PortfolioWriter::write(*reloaded), exported);
    const auto verification = AuditStore(**other).verify();
    QVERIFY(verification.has_value());
    QVERIFY2(verification->intact(), qPrintable(verification->problem + verification->stateProblem));
}

void TstWaivers::importKeepsWaiversAsGranted()
{
    const QJsonObject granted = waiverJson(u"ops.cost_cap"_s, u"max"_s, u"cto"_s, u"2026-12-07"_s);
    const QJsonObject stored = QJsonDocument::fromJson(exampleWithWaiver(granted)).object();
    QJsonObject revokedWaiver = granted;
    revokedWaiver.insert(u"revoked"_s, QJsonObject{{u"person"_s, u"max"_s},
                                                   {u"role"_s, u"cto"_s},
                                                   {u"date"_s, u"2026-11-22"_s},
                                                   {u"reason"_s, u"done"_s}});
    QJsonObject longer = granted;
    longer.insert(u"expires"_s, u"2027-01-15"_s);
    const auto incoming = [](const QJsonObject &waiver) {
        return QJsonDocument::fromJson(exampleWithWaiver(waiver)).object();
    };
    QCOMPARE(HistoryGuard::check(stored, incoming(revokedWaiver)), QStringList());
    QCOMPARE(HistoryGuard::check(stored, QJsonDocument::fromJson(exampleWithoutCostCap()).object()),
             QStringList{u"waiver waiver-2026-11-20 of support-reply-draft would be dropped"_s});
    QCOMPARE(HistoryGuard::check(stored, incoming(longer)),
             QStringList{u"waiver waiver-2026-11-20 of support-reply-draft would be changed (expires); a waiver is "
                         u"only ever revoked"_s});
    QCOMPARE(HistoryGuard::check(QJsonDocument::fromJson(exampleWithWaiver(revokedWaiver)).object(), incoming(granted)),
             QStringList{u"waiver waiver-2026-11-20 of support-reply-draft would be changed (revoked); a waiver is "
                         u"only ever revoked"_s});
}

void TstWaivers::badWaiverInAFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto with = [](const char *key, const QJsonValue &value) {
        QJsonObject w = waiverJson(u"ops.cost_cap"_s, u"max"_s, u"cto"_s, u"2026-12-07"_s);
        w.insert(QString::fromLatin1(key), value);
        return exampleWithWaiver(w);
    };
    QTest::newRow("unknown rule") << with("rule", u"ops.coffee"_s)
                                  << u"$.use_cases[0].waivers[0].rule: unknown rule \"ops.coffee\""_s;
    QTest::newRow("never waivable") << with("rule", u"eval.no_secrets"_s)
                                    << u"$.use_cases[0].waivers[0].rule: eval.no_secrets can never be waived"_s;
    QTest::newRow("longer than 90 days")
        << with("expires", u"2027-02-19"_s)
        << u"$.use_cases[0].waivers[0].expires: the expiry date 2027-02-19 is 91 days after the day the waiver is "
           u"granted (2026-11-20); a waiver runs at most 90 days"_s;
    QTest::newRow("no control") << with("control", QJsonValue::Undefined)
                                << u"$.use_cases[0].waivers[0].control: is required"_s;
    QTest::newRow("unknown gate") << with("gate", u"moon-launch"_s)
                                  << u"$.use_cases[0].waivers[0].gate: unknown gate template \"moon-launch\""_s;
    QTest::newRow("rule the gate does not apply")
        << with("gate", u"internal-pilot"_s)
        << u"$.use_cases[0].waivers[0].rule: gate template \"internal-pilot\" does not apply ops.cost_cap"_s;
    QTest::newRow("granted by someone unknown")
        << with("granted_by", u"zoe"_s) << u"$.use_cases[0].waivers[0].granted_by: unknown person \"zoe\""_s;
    QTest::newRow("granted in a role that may not")
        << with("role", u"pm"_s)
        << u"$.use_cases[0].waivers[0].role: a waiver of ops.cost_cap is granted or revoked by cto, not pm"_s;
    QTest::newRow("granted in a role not held") << with("granted_by", u"ana"_s)
                                                << u"$.use_cases[0].waivers[0].role: Ana Ruiz does not hold the cto "
                                                   u"role"_s;
    QTest::newRow("revoked before granted")
        << with("revoked", QJsonObject{{u"person"_s, u"max"_s},
                                       {u"role"_s, u"cto"_s},
                                       {u"date"_s, u"2026-11-19"_s},
                                       {u"reason"_s, u"x"_s}})
        << u"$.use_cases[0].waivers[0].revoked.date: revoked before it was granted (granted on 2026-11-20)"_s;
    QTest::newRow("revoked by a role that may not")
        << with("revoked", QJsonObject{{u"person"_s, u"sam"_s},
                                       {u"role"_s, u"security"_s},
                                       {u"date"_s, u"2026-11-21"_s},
                                       {u"reason"_s, u"x"_s}})
        << u"$.use_cases[0].waivers[0].revoked.role: a waiver of ops.cost_cap is granted or revoked by cto, not "
           u"security"_s;
    QJsonObject twice = waiverJson(u"ops.cost_cap"_s, u"max"_s, u"cto"_s, u"2026-12-07"_s);
    QTest::newRow("duplicate id") << jsonWith(exampleWithoutCostCap(), "use_cases/0/waivers", QJsonArray{twice, twice})
                                  << u"$.use_cases[0].waivers[1].id: duplicate id \"waiver-2026-11-20\""_s;
}

void TstWaivers::badWaiverInAFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto read = PortfolioReader::read(json);
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().toString(), error);
}

QTEST_GUILESS_MAIN(TstWaivers)
#include "tst_waivers.moc"
