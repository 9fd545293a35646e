// A team database on a real PostgreSQL server (issue 17): logins are people, and the server itself refuses
// what a login may not do, whichever client sends it (the command line here, psql-like raw SQL as well).
#include "../support/clirunner.h"
#include "../support/postgresadmin.h"

#include "portfolio/usecaseservice.h"
#include "services/loginpasswords.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/teamlogins.h"
#include "storage/transaction.h"
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
    void removeLoginDropsTheRole();
    void refusesBadLogins_data();
    void refusesBadLogins();
    void aSqliteFileHasNoLogins();
    void passwordsComeFromWhereLibpqLooks_data();
    void passwordsComeFromWhereLibpqLooks();
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
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    app::CommandContext context{out, err, m_owner, serviceAccount()};
    context.clock = [] { return testNow(); };
    context.readSecret = [password] { return password; };
    run.exitCode = app::CommandLine().run({u"greenlight"_s, u"admin"_s, u"add-login"_s, person, login}, context);
    out.flush();
    err.flush();
    return run;
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
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    app::CommandContext context{out, err, urlOf(u"ana_login"_s), serviceAccount()};
    context.clock = [] { return testNow(); };
    context.readSecret = [] { return kPassword; };
    run.exitCode =
        app::CommandLine().run({u"greenlight"_s, u"admin"_s, u"add-login"_s, u"max"_s, u"gone_login"_s}, context);
    err.flush();
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
    QTest::newRow("no password") << u"max"_s << u"max2"_s << QString()
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

void TstTeamDatabase::loginKeepsThePasswordForItsServerOnly()
{
    QUrl url(m_owner);
    url.setUserName(u"ana_login"_s);
    const QString ana = url.toString();
    const auto loginWith = [&](const QString &password, const QStringList &extra = {}) {
        CliRun run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        app::CommandContext context{out, err, ana, serviceAccount()};
        context.readSecret = [password] { return password; };
        run.exitCode = app::CommandLine().run(QStringList{u"greenlight"_s, u"login"_s} + extra, context);
        out.flush();
        err.flush();
        return run;
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
