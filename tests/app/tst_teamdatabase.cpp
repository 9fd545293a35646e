// A team database on a real PostgreSQL server (issue 17): logins are people, and the server itself refuses
// what a login may not do, whichever client sends it (the command line here, psql-like raw SQL as well).
#include "../support/clirunner.h"
#include "../support/postgresadmin.h"

#include "portfolio/usecaseservice.h"
#include "services/loginpasswords.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/recording.h"
#include "storage/teamlogins.h"
#include "storage/transaction.h"
#include "storage/waiverstore.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

using namespace greenlight;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWriters = 16;

QStringList writerLogins()
{
    QStringList logins;
    for (int w = 0; w < kWriters; ++w)
        logins.append(u"writer_%1"_s.arg(w));
    return logins;
}

const QStringList kLogins =
    QStringList{u"ana_login"_s, u"sam_login"_s, u"max_login"_s, u"gone_login"_s, u"stranger"_s, u"auditor"_s} +
    writerLogins();
const QString kPassword = u"correct horse battery staple"_s;

} // namespace

class TstTeamDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void initCreatesTheGroupRoles();
    void addLoginMapsThePersonAndGrantsTheirRoles();
    void aLoginActsAsItsPerson();
    void aLoginCannotActForSomeoneElse();
    void aWrongPasswordIsRefused();
    void aLoginWithoutPersonIsReadOnly();
    void onlyTheOwnerAddsLogins();
    void aReaderReadsAndVerifiesOnly_data();
    void aReaderReadsAndVerifiesOnly();
    void rawStatementsOfALoginAreRefused_data();
    void rawStatementsOfALoginAreRefused();
    void theServerRefusesWhatALoginMayNotRecord_data();
    void theServerRefusesWhatALoginMayNotRecord();
    void noLoginTruncatesATableOrDeletesAFact();
    void aTeamRecordsThroughItsOwnLogins();
    void removeLoginDropsTheRole();
    void refusesBadLogins_data();
    void refusesBadLogins();
    void aSqliteFileHasNoLogins();
    void passwordsComeFromWhereLibpqLooks_data();
    void passwordsComeFromWhereLibpqLooks();
    void connectsThroughAServiceOrUrlParameters_data();
    void connectsThroughAServiceOrUrlParameters();
    void loginKeepsThePasswordForItsServerOnly();
    void twoLoginsEditingOneUseCaseMakeOneConflict();
    void anotherLoginsChangeReachesAnOpenWorkspace();
    void sixteenLoginsWriteAtOnce();

private:
    /// The test server as @p login with @p password.
    [[nodiscard]] QString urlOf(const QString &login, const QString &password = kPassword) const;
    [[nodiscard]] CliRun addLogin(const QString &person, const QString &login, const QString &password = kPassword);
    QString m_owner;
};

QString TstTeamDatabase::urlOf(const QString &login, const QString &password) const
{
    QUrl url(m_owner);
    url.setUserName(login);
    url.setPassword(password);
    return url.toString();
}

CliRun TstTeamDatabase::addLogin(const QString &person, const QString &login, const QString &password)
{
    return runCli(m_owner, {u"admin"_s, u"add-login"_s, person, login}, serviceAccount(), testNow(), password);
}

void TstTeamDatabase::initTestCase()
{
    m_owner = qEnvironmentVariable("GREENLIGHT_TEST_PG");
    if (m_owner.isEmpty())
        QFAIL("GREENLIGHT_TEST_PG is not set: run through ctest (tests/support/with-postgres.sh starts the server)");
    QString error = resetServer(m_owner);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList drops{u"SET client_min_messages TO WARNING"_s};
    for (const QString &login : kLogins)
        drops.append(u"DROP ROLE IF EXISTS "_s + login);
    error = execOnServer(m_owner, drops);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun init = runCli(m_owner, {u"init"_s});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const CliRun imported =
        runCli(m_owner, {u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const CliRun ana = addLogin(u"ana"_s, u"ana_login"_s);
    QVERIFY2(ana.exitCode == 0, qPrintable(ana.err));
    const CliRun sam = addLogin(u"sam"_s, u"sam_login"_s);
    QVERIFY2(sam.exitCode == 0, qPrintable(sam.err));
}

void TstTeamDatabase::cleanupTestCase()
{
    (void)resetServer(m_owner);
    QStringList drops{u"SET client_min_messages TO WARNING"_s};
    for (const QString &login : kLogins)
        drops.append(u"DROP ROLE IF EXISTS "_s + login);
    (void)execOnServer(m_owner, drops);
}

void TstTeamDatabase::initCreatesTheGroupRoles()
{
    const QString error = execOnServer(
        m_owner, {u"DO $$ BEGIN IF (SELECT COUNT(*) FROM pg_roles WHERE rolname IN ('greenlight_pm', 'greenlight_cto', "
                  u"'greenlight_security', 'greenlight_legal', 'greenlight_compliance', 'greenlight_engineering', "
                  u"'greenlight_support', 'greenlight_reader') AND NOT rolcanlogin) <> 8 THEN "
                  u"RAISE EXCEPTION 'missing group roles'; END IF; END $$"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstTeamDatabase::addLoginMapsThePersonAndGrantsTheirRoles()
{
    const CliRun max = addLogin(u"max"_s, u"max_login"_s);
    QCOMPARE(max.err, QString());
    QCOMPARE(max.exitCode, 0);
    QVERIFY2(max.out.startsWith(u"Added the login max_login for Max Adler (greenlight_cto, greenlight_reader), with a "
                                u"password; audit event "_s),
             qPrintable(max.out));

    const CliRun list = runCli(m_owner, {u"admin"_s, u"list-logins"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray logins = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(logins.size(), 3);
    QCOMPARE(logins[1].toObject(),
             (QJsonObject{{u"login"_s, u"max_login"_s},
                          {u"person"_s, u"max"_s},
                          {u"added_on"_s, testNow().date().toString(Qt::ISODate)},
                          {u"can_log_in"_s, true},
                          {u"roles"_s, QJsonArray{u"greenlight_cto"_s, u"greenlight_reader"_s}}}));
    QCOMPARE(logins[2].toObject().value(u"roles"_s).toArray(),
             (QJsonArray{u"greenlight_reader"_s, u"greenlight_security"_s}));

    // The password works: Max connects as himself and is Max.
    auto db = models::Database::open(urlOf(u"max_login"_s));
    QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().toString()));
    const models::Result<models::SessionLogin> me = models::TeamLogins(**db).session();
    QVERIFY(me.has_value());
    QCOMPARE(me->login, u"max_login"_s);
    QCOMPARE(me->personId, u"max"_s);
    QCOMPARE(me->clientHost, u"127.0.0.1"_s);
    QCOMPARE(me->owner, false);

    // Adding a login is on the record.
    const CliRun trail = runCli(m_owner, {u"export"_s, u"audit-log"_s, u"--format"_s, u"jsonl"_s, u"--out"_s,
                                          QDir::temp().filePath(u"team-audit.jsonl"_s)});
    QCOMPARE(trail.exitCode, 0);
    QFile file(QDir::temp().filePath(u"team-audit.jsonl"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    const QJsonObject last = QJsonDocument::fromJson(lines.constLast()).object();
    QCOMPARE(last.value(u"entity"_s).toString(), u"login"_s);
    QCOMPARE(last.value(u"entity_id"_s).toString(), u"max_login"_s);
    QCOMPARE(last.value(u"action"_s).toString(), u"add"_s);
}

void TstTeamDatabase::aLoginActsAsItsPerson()
{
    const CliRun approved =
        runCli(urlOf(u"sam_login"_s), {u"approve"_s, u"support-reply-draft"_s, u"internal"_s, u"--as"_s, u"sam"_s,
                                       u"--role"_s, u"security"_s, u"--approve"_s, u"--note"_s, u"Notes only."_s});
    QCOMPARE(approved.err, QString());
    QCOMPARE(approved.exitCode, 0);

    // The event names the person, the login and where the server saw it come from; the OS account plays no part.
    auto db = models::Database::open(m_owner);
    QVERIFY(db.has_value());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT actor, account, host, identity FROM audit_events WHERE entity = 'data_approval' "
                   u"ORDER BY seq DESC LIMIT 1"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"sam"_s);
    QCOMPARE(q.value(1).toString(), u"sam_login"_s);
    QCOMPARE(q.value(2).toString(), u"127.0.0.1"_s);
    QCOMPARE(q.value(3).toString(), u"login"_s);

    const CliRun verified = runCli(urlOf(u"ana_login"_s), {u"audit"_s, u"verify"_s});
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.startsWith(u"Audit chain intact"_s), qPrintable(verified.out));
}

void TstTeamDatabase::aLoginCannotActForSomeoneElse()
{
    // The OS account "sam" means nothing here: the server says this session is ana_login.
    const CliRun forged = runCli(urlOf(u"ana_login"_s),
                                 {u"approve"_s, u"support-reply-draft"_s, u"internal"_s, u"--as"_s, u"sam"_s,
                                  u"--role"_s, u"security"_s, u"--approve"_s},
                                 models::OsAccount{u"sam"_s, testHost()});
    QCOMPARE(forged.exitCode, 2);
    QCOMPARE(forged.err, u"greenlight: --as sam: you are logged in to the database as ana_login, which is the login "
                         u"of ana; nobody may act for someone else\n"_s);
}

void TstTeamDatabase::aWrongPasswordIsRefused()
{
    const CliRun run = runCli(urlOf(u"ana_login"_s, u"wrong"_s), {u"audit"_s, u"verify"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"password authentication failed for user \"ana_login\""_s), qPrintable(run.err));
}

void TstTeamDatabase::aLoginWithoutPersonIsReadOnly()
{
    // A server role the owner made by hand, mapped to nobody: it may read, and nothing it does names a person.
    const QString error =
        execOnServer(m_owner, {u"CREATE ROLE stranger LOGIN PASSWORD '%1' IN ROLE greenlight_pm"_s.arg(kPassword)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun check = runCli(urlOf(u"stranger"_s), {u"gate"_s, u"check"_s, u"support-reply-draft"_s});
    QVERIFY2(check.exitCode == 0 || check.exitCode == 1, qPrintable(check.err));
    const CliRun approve =
        runCli(urlOf(u"stranger"_s), {u"approve"_s, u"support-reply-draft"_s, u"internal"_s, u"--as"_s, u"sam"_s,
                                      u"--role"_s, u"security"_s, u"--approve"_s});
    QCOMPARE(approve.exitCode, 2);
    QCOMPARE(approve.err, u"greenlight: --as sam: you are logged in to the database as stranger, which is no person's "
                          u"login; ask the database's owner to run `greenlight admin add-login sam stranger`\n"_s);
}

void TstTeamDatabase::onlyTheOwnerAddsLogins()
{
    const CliRun run = runCli(urlOf(u"ana_login"_s), {u"admin"_s, u"add-login"_s, u"max"_s, u"gone_login"_s},
                              serviceAccount(), testNow(), kPassword);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: gone_login: only the database's owner may add or remove logins; you are logged in "
                      u"as ana_login\n"_s);
}

void TstTeamDatabase::aReaderReadsAndVerifiesOnly_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("table");
    QTest::newRow("edit a use case") << u"UPDATE use_cases SET name = 'x'"_s << u"use_cases"_s;
    QTest::newRow("add usage") << u"INSERT INTO usage_records (source, request_id) VALUES ('x', 'y')"_s
                               << u"usage_records"_s;
    QTest::newRow("drop approvals") << u"DELETE FROM data_approvals"_s << u"data_approvals"_s;
    QTest::newRow("add a connection") << u"DELETE FROM connections"_s << u"connections"_s;
    QTest::newRow("append an event") << u"INSERT INTO audit_events (seq) VALUES (1)"_s << u"audit_events"_s;
}

void TstTeamDatabase::aReaderReadsAndVerifiesOnly()
{
    QFETCH(QString, statement);
    QFETCH(QString, table);
    // An auditor's login: greenlight_reader and nothing else (made by hand, as a DBA might).
    QString error = execOnServer(
        m_owner,
        {u"SET client_min_messages TO WARNING"_s,
         u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'auditor') THEN "
         u"CREATE ROLE auditor LOGIN PASSWORD '%1' IN ROLE greenlight_reader; END IF; END $$"_s.arg(kPassword)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun verified = runCli(urlOf(u"auditor"_s), {u"audit"_s, u"verify"_s});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    QCOMPARE(runCli(urlOf(u"auditor"_s), {u"costs"_s, u"--by"_s, u"tenant"_s}).exitCode, 0);
    error = execOnServer(urlOf(u"auditor"_s), {statement});
    QVERIFY2(error.contains(u"permission denied for table "_s + table), qPrintable(error));
}

void TstTeamDatabase::rawStatementsOfALoginAreRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("error");
    // The head event, appended again as the next one with some field changed: what a forger with psql would try.
    const QString copyOfHead =
        u"INSERT INTO audit_events (seq, occurred_at, actor, entity, entity_id, action, payload, "
        u"prev_hash, hash, format, account, host, identity) SELECT seq + 1, occurred_at, %1, "
        u"entity, entity_id, action, payload, hash, hash, 3, %2, '127.0.0.1', 'login' "
        u"FROM audit_events ORDER BY seq DESC LIMIT 1"_s;
    const QString denied = u"permission denied for table %1"_s;
    QTest::newRow("update an event") << u"ana_login"_s << u"UPDATE audit_events SET actor = 'ana'"_s
                                     << denied.arg(u"audit_events"_s);
    QTest::newRow("delete events") << u"ana_login"_s << u"DELETE FROM audit_events"_s << denied.arg(u"audit_events"_s);
    QTest::newRow("truncate events") << u"sam_login"_s << u"TRUNCATE audit_events"_s << denied.arg(u"audit_events"_s);
    QTest::newRow("event as someone else")
        << u"ana_login"_s << copyOfHead.arg(u"'sam'"_s, u"'ana_login'"_s)
        << u"the login ana_login is ana: nobody may act for someone else (the event names sam)"_s;
    QTest::newRow("event from another login") << u"ana_login"_s << copyOfHead.arg(u"'ana'"_s, u"'sam_login'"_s)
                                              << u"must name the login ana_login from 127.0.0.1, who sent it"_s;
    QTest::newRow("event with a wrong hash")
        << u"ana_login"_s << copyOfHead.arg(u"'ana'"_s, u"'ana_login'"_s) << u"hash does not match its contents"_s;
    QTest::newRow("event out of place")
        << u"ana_login"_s
        << u"INSERT INTO audit_events (seq, occurred_at, actor, entity, entity_id, action, payload, prev_hash, hash, "
           u"format, account, host, identity) VALUES (1000000, '2026-11-23T09:00:00.000Z', 'ana', 'x', 'y', 'z', '{}', "
           u"'', '', 3, 'ana_login', '127.0.0.1', 'login')"_s
        << u"does not follow the chain's head"_s;
    QTest::newRow("map a login") << u"ana_login"_s
                                 << u"INSERT INTO person_logins (login, person_id, added_on) VALUES ('x', 'max', '')"_s
                                 << denied.arg(u"person_logins"_s);
    QTest::newRow("remap own login") << u"ana_login"_s << u"UPDATE person_logins SET person_id = 'max'"_s
                                     << denied.arg(u"person_logins"_s);
    QTest::newRow("schema version") << u"sam_login"_s << u"DELETE FROM greenlight_schema"_s
                                    << denied.arg(u"greenlight_schema"_s);
    QTest::newRow("grant oneself a role") << u"ana_login"_s << u"GRANT greenlight_cto TO ana_login"_s
                                          << u"must have admin option on role \"greenlight_cto\""_s;
}

void TstTeamDatabase::rawStatementsOfALoginAreRefused()
{
    QFETCH(QString, login);
    QFETCH(QString, statement);
    QFETCH(QString, error);
    const QString got = execOnServer(urlOf(login), {statement});
    QVERIFY2(got.contains(error), qPrintable(got));
    // Nothing happened: the chain is as it was, and whole.
    const CliRun verified = runCli(m_owner, {u"audit"_s, u"verify"_s});
    QCOMPARE(verified.exitCode, 0);
}

void TstTeamDatabase::theServerRefusesWhatALoginMayNotRecord_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("error");
    // What someone with psql and their own login would try. Each is refused by the server, whatever the client.
    const QString approval = u"INSERT INTO data_approvals (use_case_id, sort_order, data_class, role, person_id, "
                             u"decision, decided_on, note) VALUES ('support-reply-draft', 90, '%1', '%2', '%3', "
                             u"'approved', '2026-11-23', '')"_s;
    QTest::newRow("pm approves customer as security")
        << u"ana_login"_s << approval.arg(u"customer"_s, u"security"_s, u"ana"_s)
        << u"ana (ana_login) does not hold the security role"_s;
    QTest::newRow("pm approves as pm") << u"ana_login"_s << approval.arg(u"customer"_s, u"pm"_s, u"ana"_s)
                                       << u"only security, legal or compliance decide on data classes, not pm"_s;
    QTest::newRow("approval by someone else")
        << u"ana_login"_s << approval.arg(u"customer"_s, u"security"_s, u"sam"_s)
        << u"ana_login is the login of ana: it cannot record an approval by sam"_s;
    QTest::newRow("credentials approved") << u"sam_login"_s << approval.arg(u"credentials"_s, u"security"_s, u"sam"_s)
                                          << u"credentials can never be approved"_s;
    QTest::newRow("class not on the use case")
        << u"sam_login"_s << approval.arg(u"regulated"_s, u"security"_s, u"sam"_s)
        << u"regulated is not among the data classes of support-reply-draft"_s;
    QTest::newRow("approval without its event")
        << u"sam_login"_s << approval.arg(u"internal"_s, u"security"_s, u"sam"_s)
        << u"sam_login wrote a row of data_approvals without the audit event that records it"_s;
    QTest::newRow("approval linked to another's event")
        << u"sam_login"_s
        << u"INSERT INTO data_approvals (use_case_id, sort_order, data_class, role, person_id, decision, decided_on, "
           u"note, audit_seq, audit_hash) SELECT 'support-reply-draft', 90, 'internal', 'security', 'sam', 'approved', "
           u"'2026-11-23', '', seq, hash FROM audit_events WHERE seq = 1"_s
        << u"sam_login wrote a row of data_approvals without the audit event that records it"_s;

    const QString review = u"INSERT INTO gate_reviews (id, use_case_id, gate, requested_by, requested_at, sort_order) "
                           u"VALUES ('review-x', 'support-reply-draft', 'internal-pilot', '%1', "
                           u"'2026-11-23T09:00:00.000Z', 9)"_s;
    QTest::newRow("security requests a review")
        << u"sam_login"_s << review.arg(u"sam"_s) << u"sam holds neither the pm nor the cto role"_s;
    QTest::newRow("review for someone else") << u"ana_login"_s << review.arg(u"ben"_s)
                                             << u"ana_login is the login of ana: it cannot request a review for ben"_s;
    const QString signoff = u"INSERT INTO gate_signoffs (review_id, sort_order, role, person_id, decision, signed_at, "
                            u"note) VALUES ('review-2026-10-21', 9, '%1', '%2', 'approve', "
                            u"'2026-11-23T09:00:00.000Z', '')"_s;
    QTest::newRow("sign-off in a role not held") << u"ana_login"_s << signoff.arg(u"security"_s, u"ana"_s)
                                                 << u"ana does not hold the security role, so cannot sign off as "
                                                    u"security"_s;
    QTest::newRow("sign-off for someone else") << u"ana_login"_s << signoff.arg(u"pm"_s, u"ben"_s)
                                               << u"ana_login is the login of ana: it cannot sign off for ben"_s;
    QTest::newRow("sign-off on a decided review") << u"sam_login"_s << signoff.arg(u"security"_s, u"sam"_s)
                                                  << u"the review review-2026-10-21 is already decided"_s;
    QTest::newRow("rule result added later")
        << u"ana_login"_s
        << u"INSERT INTO gate_rule_results (review_id, sort_order, rule_id, severity, result, explanation) VALUES "
           u"('review-2026-10-21', 99, 'eval.coverage', 'blocker', 'pass', '')"_s
        << u"rule results are frozen when ana starts review review-2026-10-21, not added later"_s;
    QTest::newRow("rule result added to an old review touched again")
        << u"ana_login"_s
        << u"BEGIN; UPDATE gate_reviews SET rationale = rationale WHERE id = 'review-2026-10-21'; "
           u"INSERT INTO gate_rule_results (review_id, sort_order, rule_id, severity, result, explanation) VALUES "
           u"('review-2026-10-21', 99, 'eval.coverage', 'blocker', 'pass', ''); COMMIT"_s
        << u"rule results are frozen when ana starts review review-2026-10-21, not added later"_s;
    QTest::newRow("eval result added later")
        << u"ana_login"_s
        << u"INSERT INTO eval_results (use_case_id, run_id, category, total, passed) VALUES "
           u"('support-reply-draft', 'run-2026-09-15', 'extra', 10, 10)"_s
        << u"eval run support-reply-draft/run-2026-09-15 is recorded with its results, not added to later"_s;
    QTest::newRow("eval run without its event")
        << u"ana_login"_s
        << u"INSERT INTO eval_runs (use_case_id, id, run_date, route_id, route_version, baseline, secrets_found, "
           u"sort_order) VALUES ('support-reply-draft', 'run-x', '2026-11-23', 'support-draft', 3, 0, 0, 9)"_s
        << u"ana_login wrote a row of eval_runs without the audit event that records it"_s;
    QTest::newRow("route version without its event")
        << u"ana_login"_s
        << u"INSERT INTO routes (id, version, provider, model, endpoint, sort_order) VALUES ('support-draft', 4, "
           u"'openai', 'gpt-x', 'live', 9)"_s
        << u"ana_login wrote a row of routes without the audit event that records it"_s;

    const QString waiver = u"INSERT INTO waivers (id, use_case_id, sort_order, gate, rule_id, reason, control, "
                           u"granted_by, role, granted_on, expires_on) VALUES ('waiver-x', 'support-reply-draft', 9, "
                           u"'internal-pilot', '%1', 'r', 'c', '%2', '%3', '2026-11-23', '%4')"_s;
    QTest::newRow("waiver in a role not held")
        << u"ana_login"_s << waiver.arg(u"eval.coverage"_s, u"ana"_s, u"cto"_s, u"2026-12-01"_s)
        << u"ana does not hold the cto role"_s;
    QTest::newRow("waiver by a role that may not")
        << u"ana_login"_s << waiver.arg(u"eval.coverage"_s, u"ana"_s, u"pm"_s, u"2026-12-01"_s)
        << u"a waiver of eval.coverage is granted or revoked by cto, not pm"_s;
    QTest::newRow("credentials never waived")
        << u"sam_login"_s << waiver.arg(u"data.no_credentials"_s, u"sam"_s, u"security"_s, u"2026-12-01"_s)
        << u"a waiver of data.no_credentials is granted or revoked by nobody, not security"_s;
    QTest::newRow("waiver too long") << u"sam_login"_s
                                     << waiver.arg(u"data.approved"_s, u"sam"_s, u"security"_s, u"2027-06-01"_s)
                                     << u"a waiver runs from the day it is granted for at most 90 days"_s;
    QTest::newRow("waiver for someone else")
        << u"ana_login"_s << waiver.arg(u"eval.coverage"_s, u"max"_s, u"cto"_s, u"2026-12-01"_s)
        << u"ana_login is the login of ana: it cannot grant a waiver for max"_s;

    QTest::newRow("rewrite a decision") << u"ana_login"_s << u"UPDATE gate_reviews SET decision = 'no-go'"_s
                                        << u"ana_login may not change gate_reviews.decision once it is set"_s;
    QTest::newRow("relink an approval") << u"sam_login"_s << u"UPDATE data_approvals SET audit_seq = 1"_s
                                        << u"sam_login may not change data_approvals.audit_seq once it is set"_s;
    QTest::newRow("change an approval's note") << u"sam_login"_s << u"UPDATE data_approvals SET note = 'x'"_s
                                               << u"permission denied for table data_approvals"_s;
    QTest::newRow("delete a review") << u"ana_login"_s << u"DELETE FROM gate_reviews"_s
                                     << u"permission denied for table gate_reviews"_s;
    QTest::newRow("delete a use case and its facts")
        << u"ana_login"_s << u"DELETE FROM use_cases"_s << u"a fact is never deleted"_s;
    QTest::newRow("edit a use case without its event") << u"ana_login"_s << u"UPDATE use_cases SET name = 'x'"_s
                                                       << u"ana_login changed use_cases without recording it"_s;
    QTest::newRow("make the database a training one")
        << u"ana_login"_s << u"UPDATE policy SET training = 1"_s << u"ana_login changed policy without recording it"_s;
    QTest::newRow("give oneself a role in the file")
        << u"ana_login"_s << u"INSERT INTO person_roles (person_id, role, sort_order) VALUES ('ana', 'security', 9)"_s
        << u"ana_login changed person_roles without recording it"_s;
    QTest::newRow("drop a sign-off requirement") << u"ana_login"_s << u"DELETE FROM gate_template_signoffs"_s
                                                 << u"ana_login changed gate_template_signoffs without recording it"_s;
}

void TstTeamDatabase::theServerRefusesWhatALoginMayNotRecord()
{
    QFETCH(QString, login);
    QFETCH(QString, statement);
    QFETCH(QString, error);
    const QString got = execOnServer(urlOf(login), statement.split(u"; "_s));
    QVERIFY2(got.contains(error), qPrintable(got));
    QVERIFY2(got.contains(u"(42501)"_s) || got.contains(u"permission denied"_s), qPrintable(got));
    // Nothing happened: every fact row is still linked to its event, and the chain is whole.
    const CliRun verified = runCli(m_owner, {u"audit"_s, u"verify"_s});
    QCOMPARE(verified.err, QString());
    QCOMPARE(verified.exitCode, 0);
}

void TstTeamDatabase::noLoginTruncatesATableOrDeletesAFact()
{
    auto db = models::Database::open(m_owner);
    QVERIFY(db.has_value());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"_s));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    QVERIFY2(tables.size() >= 30, qPrintable(tables.join(u", "_s)));
    for (const QString &table : std::as_const(tables)) {
        const QString got = execOnServer(urlOf(u"ana_login"_s), {u"TRUNCATE "_s + table + u" CASCADE"_s});
        QVERIFY2(got.contains(u"permission denied for table "_s), qPrintable(table + u": "_s + got));
    }
    for (const QString &fact :
         {u"data_approvals"_s, u"gate_reviews"_s, u"gate_signoffs"_s, u"gate_rule_results"_s, u"eval_runs"_s,
          u"eval_results"_s, u"routes"_s, u"waivers"_s, u"waiver_revocations"_s, u"audit_events"_s}) {
        const QString got = execOnServer(urlOf(u"sam_login"_s), {u"DELETE FROM "_s + fact});
        QCOMPARE(got,
                 u"DELETE FROM %1: ERROR:  permission denied for table %1\n(42501) QPSQL: Unable to create query"_s.arg(
                     fact));
    }
}

void TstTeamDatabase::aTeamRecordsThroughItsOwnLogins()
{
    // Each step through the application, as the person's own login; the server checks each one and accepts it.
    QCOMPARE(addLogin(u"chen"_s, u"chen_login"_s).exitCode, 0);
    const CliRun started = runCli(urlOf(u"ana_login"_s), {u"gate"_s, u"review"_s, u"start"_s, u"support-reply-draft"_s,
                                                          u"--gate"_s, u"internal-pilot"_s, u"--as"_s, u"ana"_s});
    QCOMPARE(started.err, QString());
    QCOMPARE(started.exitCode, 0);
    const QString reviewId = started.out.trimmed().split(u'\n').constLast().trimmed();
    QVERIFY2(reviewId.startsWith(u"review-"_s), qPrintable(started.out));
    const CliRun pm = runCli(urlOf(u"ana_login"_s), {u"gate"_s, u"review"_s, u"sign"_s, reviewId, u"--as"_s, u"ana"_s,
                                                     u"--role"_s, u"pm"_s, u"--approve"_s});
    QCOMPARE(pm.err, QString());
    QCOMPARE(pm.exitCode, 0);

    // Separation of duties, on the server: the requester alone cannot make it go, nor can someone neither requester
    // nor pm decide it.
    QString got = execOnServer(urlOf(u"ana_login"_s),
                               {u"UPDATE gate_reviews SET decision = 'go' WHERE id = '%1'"_s.arg(reviewId)});
    QVERIFY2(got.contains(u"go refused on review %1: the requester ana is the only approver"_s.arg(reviewId)),
             qPrintable(got));
    got = execOnServer(urlOf(u"sam_login"_s),
                       {u"UPDATE gate_reviews SET decision = 'no-go' WHERE id = '%1'"_s.arg(reviewId)});
    QVERIFY2(got.contains(u"sam is neither the requester of review %1 nor a pm, so cannot decide it"_s.arg(reviewId)),
             qPrintable(got));

    const CliRun security = runCli(urlOf(u"sam_login"_s), {u"gate"_s, u"review"_s, u"sign"_s, reviewId, u"--as"_s,
                                                           u"sam"_s, u"--role"_s, u"security"_s, u"--approve"_s});
    QCOMPARE(security.err, QString());
    QCOMPARE(security.exitCode, 0);
    const CliRun decided =
        runCli(urlOf(u"ana_login"_s), {u"gate"_s, u"review"_s, u"decide"_s, reviewId, u"--as"_s, u"ana"_s, u"--no-go"_s,
                                       u"--rationale"_s, u"not this week"_s});
    QCOMPARE(decided.err, QString());
    QCOMPARE(decided.exitCode, 1); // no-go

    const CliRun eval =
        runCli(urlOf(u"chen_login"_s),
               {u"import"_s, u"eval"_s, QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/data/evalimport/pytest-junit.xml"),
                u"--use-case"_s, u"support-reply-draft"_s, u"--route"_s, u"support-draft@3"_s});
    QCOMPARE(eval.err, QString());
    QCOMPARE(eval.exitCode, 0);

    // A waiver and its revocation through the store (no rule of the example fails, so the service would refuse it).
    {
        auto db = models::Database::open(urlOf(u"max_login"_s));
        QVERIFY(db.has_value());
        const models::Actor max(u"max"_s, u"max_login"_s, u"127.0.0.1"_s, models::Actor::Kind::Login);
        models::Waiver waiver;
        waiver.id = u"waiver-team"_s;
        waiver.gate = u"internal-pilot"_s;
        waiver.rule = u"owner.launch"_s;
        waiver.reason = u"pilot"_s;
        waiver.control = u"every draft read"_s;
        waiver.grantedBy = u"max"_s;
        waiver.role = models::Role::Cto;
        waiver.grantedOn = testNow().date();
        waiver.expires = testNow().date().addDays(14);
        {
            models::Transaction tx(**db);
            QVERIFY(tx.started());
            const auto granted = models::WaiverStore(**db).grant(u"support-reply-draft"_s, waiver,
                                                                 models::Recording{max, u"grant"_s, testNow()});
            QVERIFY2(granted.has_value(), qPrintable(granted ? QString() : granted.error().toString()));
            QVERIFY(tx.commit());
        }
    }
    got = execOnServer(urlOf(u"ana_login"_s),
                       {u"INSERT INTO waiver_revocations (waiver_id, person_id, role, revoked_on, reason) VALUES "
                        u"('waiver-team', 'max', 'cto', '2026-11-23', 'over')"_s});
    QVERIFY2(got.contains(u"ana_login is the login of ana: it cannot revoke a waiver for max"_s), qPrintable(got));
    got = execOnServer(urlOf(u"ana_login"_s),
                       {u"INSERT INTO waiver_revocations (waiver_id, person_id, role, revoked_on, reason) VALUES "
                        u"('waiver-team', 'ana', 'pm', '2026-11-23', 'over')"_s});
    QVERIFY2(got.contains(u"a waiver of owner.launch is granted or revoked by cto, not pm"_s), qPrintable(got));
    const CliRun revoked = runCli(urlOf(u"max_login"_s), {u"waiver"_s, u"revoke"_s, u"waiver-team"_s, u"--as"_s,
                                                          u"max"_s, u"--role"_s, u"cto"_s, u"--reason"_s, u"over"_s});
    QCOMPARE(revoked.err, QString());
    QCOMPARE(revoked.exitCode, 0);

    // A login's import rewrites state with its event and adds nothing it may not: the same file goes in again.
    const QString file = QDir::temp().filePath(u"team-portfolio.json"_s);
    const CliRun exported = runCli(urlOf(u"ana_login"_s), {u"export"_s, u"portfolio"_s, file});
    QCOMPARE(exported.exitCode, 0);
    const CliRun reimported = runCli(urlOf(u"ana_login"_s), {u"import"_s, u"portfolio"_s, file});
    QCOMPARE(reimported.err, QString());
    QCOMPARE(reimported.exitCode, 0);

    // A file that adds someone else's fact: the server refuses the whole import, which writes nothing.
    QFile edited(file);
    QVERIFY(edited.open(QIODevice::ReadOnly));
    QJsonObject portfolio = QJsonDocument::fromJson(edited.readAll()).object();
    edited.close();
    QJsonArray useCases = portfolio.value(u"use_cases"_s).toArray();
    QJsonObject useCase = useCases[0].toObject();
    QJsonArray approvals = useCase.value(u"data_approvals"_s).toArray();
    approvals.append(QJsonObject{{u"data_class"_s, u"internal"_s},
                                 {u"role"_s, u"security"_s},
                                 {u"person"_s, u"sam"_s},
                                 {u"decision"_s, u"approved"_s},
                                 {u"date"_s, u"2026-11-23"_s},
                                 {u"note"_s, u"Notes only."_s}});
    useCase.insert(u"data_approvals"_s, approvals);
    useCases[0] = useCase;
    portfolio.insert(u"use_cases"_s, useCases);
    QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
    edited.write(QJsonDocument(portfolio).toJson());
    edited.close();
    const CliRun forged = runCli(urlOf(u"ana_login"_s), {u"import"_s, u"portfolio"_s, file});
    QVERIFY2(forged.err.startsWith(u"greenlight: "_s + file + u": postgresql://ana_login@127.0.0.1:"_s),
             qPrintable(forged.err));
    QVERIFY2(forged.err.endsWith(u"/greenlight: the team database refuses this: ana_login is the login of ana: it "
                                 u"cannot record an approval by sam\n"_s),
             qPrintable(forged.err));
    QCOMPARE(forged.exitCode, 2);

    const CliRun verified = runCli(urlOf(u"auditor"_s), {u"audit"_s, u"verify"_s});
    QCOMPARE(verified.err, QString());
    QCOMPARE(verified.exitCode, 0);
}

void TstTeamDatabase::removeLoginDropsTheRole()
{
    QCOMPARE(addLogin(u"dana"_s, u"gone_login"_s).exitCode, 0);
    const CliRun removed = runCli(m_owner, {u"admin"_s, u"remove-login"_s, u"gone_login"_s});
    QCOMPARE(removed.err, QString());
    QCOMPARE(removed.exitCode, 0);
    QVERIFY2(removed.out.startsWith(u"Removed the login gone_login; audit event "_s), qPrintable(removed.out));
    const CliRun list = runCli(m_owner, {u"admin"_s, u"list-logins"_s});
    QVERIFY2(!list.out.contains(u"gone_login"_s), qPrintable(list.out));
    const CliRun run = runCli(urlOf(u"gone_login"_s), {u"audit"_s, u"verify"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"password authentication failed for user \"gone_login\""_s), qPrintable(run.err));
    const CliRun again = runCli(m_owner, {u"admin"_s, u"remove-login"_s, u"gone_login"_s});
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(again.err, u"greenlight: gone_login: gone_login is no login of this database (see greenlight admin "
                        u"list-logins)\n"_s);
}

void TstTeamDatabase::refusesBadLogins_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown person") << u"zoe"_s << u"zoe"_s << kPassword
                                    << u"greenlight: unknown person \"zoe\" (people are listed in the portfolio's "
                                       u"people[])\n"_s;
    QTest::newRow("taken login") << u"max"_s << u"ana_login"_s << kPassword
                                 << u"greenlight: ana_login: ana_login is already the login of ana\n"_s;
    QTest::newRow("existing server role")
        << u"max"_s << u"greenlight_cto"_s << kPassword
        << u"greenlight: greenlight_cto: the server already has a role named greenlight_cto; pick another login\n"_s;
    QTest::newRow("quote in name") << u"max"_s << u"max\"; DROP TABLE x; --"_s << kPassword
                                   << u"greenlight: max\"; DROP TABLE x; --: a login is a letter or _ followed by up "
                                      u"to 62 letters, digits, _ . @ or -\n"_s;
    // Nothing piped in: an empty secret (with a null one runCli would read the real standard input).
    QTest::newRow("no password") << u"max"_s << u"max2"_s << u""_s
                                 << u"greenlight: no password on standard input (pipe it in; or give --no-password "
                                    u"when the server authenticates the login by peer, cert or GSS)\n"_s;
}

void TstTeamDatabase::refusesBadLogins()
{
    QFETCH(QString, person);
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, error);
    const CliRun run = addLogin(person, login, password);
    QCOMPARE(run.err, error);
    QCOMPARE(run.exitCode, 2);
}

void TstTeamDatabase::aSqliteFileHasNoLogins()
{
    const CliRun run = runCli(QDir::temp().filePath(u"no-logins.db"_s), {u"admin"_s, u"list-logins"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"greenlight: logins belong to a team database: give --db postgresql://OWNER@HOST/DATABASE (a "
                      u"SQLite file knows people by their OS accounts, people[].accounts)\n"_s);
}

void TstTeamDatabase::passwordsComeFromWhereLibpqLooks_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("none") << QString() << 2;
    QTest::newRow("PGPASSWORD") << u"PGPASSWORD"_s << 0;
    QTest::newRow("PGPASSFILE") << u"PGPASSFILE"_s << 0;
    QTest::newRow("PGPASSFILE of another database") << u"PGPASSFILE other"_s << 2;
}

void TstTeamDatabase::passwordsComeFromWhereLibpqLooks()
{
    QFETCH(QString, source);
    QFETCH(int, exitCode);
    QUrl url(m_owner);
    url.setUserName(u"ana_login"_s);
    QTemporaryDir home;
    const QString passFile = home.filePath(u"pgpass"_s);
    if (source == u"PGPASSWORD"_s) {
        qputenv("PGPASSWORD", kPassword.toUtf8());
    } else if (source.startsWith(u"PGPASSFILE"_s)) {
        QFile file(passFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString database = source.endsWith(u"other"_s) ? u"other"_s : url.path().mid(1);
        file.write(u"127.0.0.1:%1:%2:ana_login:%3\n"_s.arg(url.port()).arg(database, kPassword).toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        qputenv("PGPASSFILE", passFile.toUtf8());
    }
    const CliRun run = runCli(url.toString(), {u"audit"_s, u"verify"_s});
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0)
        QVERIFY2(run.err.contains(u"fe_sendauth: no password supplied"_s), qPrintable(run.err));
}

void TstTeamDatabase::connectsThroughAServiceOrUrlParameters_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    // The service file below names this test's server as "team"; the login's password comes from PGPASSWORD.
    QTest::newRow("service in the URL") << u"postgresql://?service=team"_s << 0 << QString();
    QTest::newRow("service, empty path") << u"postgresql:///?service=team"_s << 0 << QString();
    QTest::newRow("unknown service") << u"postgresql://?service=nosuch"_s << 2
                                     << u"definition of service \"nosuch\" not found"_s;
    QTest::newRow("sslmode reaches libpq") << u"postgresql://ana_login@127.0.0.1:PORT/greenlight?sslmode=require"_s << 2
                                           << u"server does not support SSL, but SSL was required"_s;
    QTest::newRow("unknown parameter") << u"postgresql://ana_login@127.0.0.1:PORT/greenlight?colour=blue"_s << 2
                                       << u"greenlight: postgresql://ana_login@127.0.0.1:PORT/greenlight?colour=blue: "
                                          u"unknown connection parameter colour (known: service, sslmode, sslrootcert, "
                                          u"sslcert, sslkey, sslcrl, connect_timeout, application_name, "
                                          u"target_session_attrs, gssencmode, krbsrvname, channel_binding)\n"_s;
    QTest::newRow("value with a space")
        << u"postgresql://ana_login@127.0.0.1:PORT/greenlight?application_name=a%20b"_s << 2
        << u"the connection parameter application_name needs a value without spaces, quotes, ; or \\\n"_s;
}

void TstTeamDatabase::connectsThroughAServiceOrUrlParameters()
{
    QFETCH(QString, url);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const QUrl server(m_owner);
    url.replace(u"PORT"_s, QString::number(server.port()));
    error.replace(u"PORT"_s, QString::number(server.port()));
    QTemporaryDir home;
    const QString serviceFile = home.filePath(u"pg_service.conf"_s);
    QFile file(serviceFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"[team]\nhost=127.0.0.1\nport=%1\ndbname=%2\nuser=ana_login\n"_s.arg(server.port())
                   .arg(server.path().mid(1))
                   .toUtf8());
    file.close();
    qputenv("PGSERVICEFILE", serviceFile.toUtf8());
    qputenv("PGPASSWORD", kPassword.toUtf8());
    const CliRun run = runCli(url, {u"audit"_s, u"verify"_s});
    qunsetenv("PGSERVICEFILE");
    qunsetenv("PGPASSWORD");
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0)
        QVERIFY2(run.out.startsWith(u"Audit chain intact"_s), qPrintable(run.out));
}

void TstTeamDatabase::loginKeepsThePasswordForItsServerOnly()
{
    QUrl url(m_owner);
    url.setUserName(u"ana_login"_s);
    const QString ana = url.toString();
    const auto loginWith = [&](const QString &password, const QStringList &extra = {}) {
        return runCli(ana, QStringList{u"login"_s} + extra, serviceAccount(), testNow(), password);
    };

    // A wrong password is checked against the server and kept nowhere.
    const CliRun wrong = loginWith(u"wrong"_s);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(u"password authentication failed for user \"ana_login\""_s), qPrintable(wrong.err));
    QCOMPARE(runCli(ana, {u"audit"_s, u"verify"_s}).exitCode, 2);

    const CliRun kept = loginWith(kPassword);
    QCOMPARE(kept.err, QString());
    QCOMPARE(kept.exitCode, 0);
    const QString reference = u"greenlight-login/ana_login@127.0.0.1:%1/%2"_s.arg(url.port()).arg(url.path().mid(1));
    QCOMPARE(app::LoginPasswords::referenceFor(ana), reference);
    QCOMPARE(kept.out, u"The server accepted the password; it is in the OS keychain as %1, for %2 only.\n"_s.arg(
                           reference, url.toDisplayString(QUrl::RemovePassword)));

    // From now on every command connects with it; the window too.
    const CliRun verified = runCli(ana, {u"audit"_s, u"verify"_s});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    app::Workspace workspace(serviceAccount());
    QVERIFY(workspace.open(ana, app::Workspace::Missing::Refuse).has_value());
    QCOMPARE(workspace.identity().personId(), u"ana"_s);

    // Not for another login or another database on the server.
    QUrl sam = url;
    sam.setUserName(u"sam_login"_s);
    QCOMPARE(runCli(sam.toString(), {u"audit"_s, u"verify"_s}).exitCode, 2);

    QCOMPARE(loginWith(QString(), {u"--forget"_s}).exitCode, 0);
    QCOMPARE(runCli(ana, {u"audit"_s, u"verify"_s}).exitCode, 2);
}

void TstTeamDatabase::twoLoginsEditingOneUseCaseMakeOneConflict()
{
    const QString useCase = u"support-reply-draft"_s;
    auto ana = models::Database::open(urlOf(u"ana_login"_s));
    auto max = models::Database::open(urlOf(u"max_login"_s));
    QVERIFY(ana.has_value() && max.has_value());
    const auto loadOf = [&](models::Database &db) {
        return *models::PortfolioRepository(db).load().value().useCase(useCase);
    };
    const auto actorOf = [&](models::Database &db) {
        return models::resolveSessionIdentity(db, models::PortfolioRepository(db).load().value(), serviceAccount())
            .value()
            .actor();
    };
    const models::UseCase openedByMax = loadOf(**max);

    models::UseCase byAna = loadOf(**ana);
    byAna.operations.dailyCostCapUsd = 321;
    const auto saved = models::UseCaseService(**ana).save(loadOf(**ana), byAna, actorOf(**ana), testNow());
    QVERIFY(saved.has_value() && !saved->refused());

    models::UseCase byMax = openedByMax;
    byMax.description = u"Max's words."_s;
    const auto refused = models::UseCaseService(**max).save(openedByMax, byMax, actorOf(**max), testNow());
    QVERIFY(refused.has_value());
    QVERIFY(refused->refused());
    QCOMPARE(refused->conflict->lastChange->entry.actor.displayText(), u"ana (login ana_login@127.0.0.1)"_s);
    // Nothing lost: Ana's cap stands, Max's description was not written, and he can save it on top.
    const models::UseCase now = loadOf(**max);
    QCOMPARE(now.operations.dailyCostCapUsd, 321.0);
    QVERIFY(now.description != u"Max's words."_s);
    models::UseCase again = now;
    again.description = u"Max's words."_s;
    const auto second = models::UseCaseService(**max).save(now, again, actorOf(**max), testNow());
    QVERIFY(second.has_value() && !second->refused());
    QCOMPARE(loadOf(**ana).operations.dailyCostCapUsd, 321.0);
    QCOMPARE(loadOf(**ana).description, u"Max's words."_s);
}

void TstTeamDatabase::anotherLoginsChangeReachesAnOpenWorkspace()
{
    app::Workspace workspace(serviceAccount());
    QVERIFY(workspace.open(urlOf(u"sam_login"_s), app::Workspace::Missing::Refuse).has_value());
    QCOMPARE(workspace.identity().personId(), u"sam"_s);
    QVERIFY(workspace.identity().isLogin());
    QSignalSpy changed(&workspace, &app::Workspace::portfolioChanged);

    auto ana = models::Database::open(urlOf(u"ana_login"_s));
    QVERIFY(ana.has_value());
    const models::Portfolio portfolio = models::PortfolioRepository(**ana).load().value();
    const models::UseCase before = *portfolio.useCase(u"support-reply-draft"_s);
    models::UseCase after = before;
    after.name = u"Support reply drafts (team)"_s;
    const models::Actor actor = models::resolveSessionIdentity(**ana, portfolio, serviceAccount()).value().actor();
    QVERIFY(models::UseCaseService(**ana).save(before, after, actor, testNow()).has_value());

    QVERIFY(changed.wait(1000)); // LISTEN/NOTIFY: within a second, no polling
    QCOMPARE(workspace.portfolio().useCase(u"support-reply-draft"_s)->name, u"Support reply drafts (team)"_s);
}

void TstTeamDatabase::sixteenLoginsWriteAtOnce()
{
    // Sixteen people's logins (two per person of the example) append at once; every event is checked by the server
    // under the chain's lock, so they wait for each other rather than fail, and the chain stays whole.
    const QStringList people{u"ana"_s, u"ben"_s, u"chen"_s, u"dana"_s, u"eli"_s, u"sam"_s, u"lea"_s, u"max"_s};
    const QStringList logins = writerLogins();
    for (int w = 0; w < kWriters; ++w) {
        const CliRun added = addLogin(people[w % people.size()], logins[w]);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    qint64 eventsBefore = 0;
    {
        auto owner = models::Database::open(m_owner);
        QVERIFY(owner.has_value());
        eventsBefore = models::AuditStore(**owner).verify().value().count;
    }
    constexpr int kAppends = 10;
    std::atomic<int> ready = 0;
    std::vector<QString> failures(kWriters);
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            auto db = models::Database::open(urlOf(logins[w])); // one connection per thread, used only there
            ++ready;
            while (ready < kWriters)
                std::this_thread::yield();
            if (!db) {
                failures[w] = db.error().toString();
                return;
            }
            const auto portfolio = models::PortfolioRepository(**db).load();
            const auto identity = models::resolveSessionIdentity(**db, portfolio.value(), serviceAccount());
            for (int i = 0; i < kAppends && failures[w].isEmpty(); ++i) {
                models::Transaction tx(**db);
                const auto appended = tx.started()
                                          ? models::AuditStore(**db).append(
                                                models::AuditEntry{identity.value().actor(), u"test"_s,
                                                                   u"%1/%2"_s.arg(w).arg(i), u"append"_s, "{}"},
                                                testNow())
                                          : models::Result<models::AuditEvent>(std::unexpected(tx.started().error()));
                const models::Status committed =
                    appended ? tx.commit() : models::Status(std::unexpected(appended.error()));
                if (!committed)
                    failures[w] = committed.error().toString();
            }
        });
    }
    for (std::thread &t : writers)
        t.join();
    for (int w = 0; w < kWriters; ++w)
        QVERIFY2(failures[w].isEmpty(), qPrintable(u"writer %1: %2"_s.arg(w).arg(failures[w])));
    auto owner = models::Database::open(m_owner);
    QVERIFY(owner.has_value());
    const auto verification = models::AuditStore(**owner).verify();
    QVERIFY(verification.has_value());
    QVERIFY2(verification->intact(), qPrintable(verification->problem));
    QCOMPARE(verification->count, eventsBefore + kWriters * kAppends);
    QSqlQuery q((*owner)->connection());
    QVERIFY(q.exec(u"SELECT COUNT(DISTINCT account) FROM audit_events WHERE entity = 'test' AND identity = 'login'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), kWriters);
}

QTEST_GUILESS_MAIN(TstTeamDatabase)
#include "tst_teamdatabase.moc"
