// Optimistic concurrency of use case edits (issue 15 item 2), on SQLite files and on the real PostgreSQL server
// that tests/support/with-postgres.sh starts: stale saves are refused with who and when, undo never puts back
// someone else's field, imports keep the version of what they leave alone, other connections' commits are
// noticed, and two editor processes racing on one use case lose nothing.
#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/postgresadmin.h"
#include "../support/why.h"

#include "portfolio/portfolioimporter.h"
#include "portfolio/portfolioreader.h"
#include "portfolio/portfoliowriter.h"
#include "portfolio/usecasechange.h"
#include "portfolio/usecaseservice.h"
#include "storage/auditstore.h"
#include "storage/changewatcher.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

const QString kUseCase = u"support-reply-draft"_s;
const QString kDescription =
    u"Drafts a first reply to a support ticket from the knowledge base; an agent edits and sends it."_s;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TstUseCaseConcurrency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changeHoldsOnlyTheChangedFields();
    void mergeAndValuesAtFollowTheNesting();
    void staleSaveIsRefusedWithWhoAndWhen_data() { backends(); }
    void staleSaveIsRefusedWithWhoAndWhen();
    void undoNeverPutsBackAnotherPersonsField_data() { backends(); }
    void undoNeverPutsBackAnotherPersonsField();
    void importKeepsTheVersionOfWhatItLeavesAlone_data() { backends(); }
    void importKeepsTheVersionOfWhatItLeavesAlone();
    void watcherNoticesOtherConnectionsCommits_data() { backends(); }
    void watcherNoticesOtherConnectionsCommits();
    void twoProcessesOneWinsAndNothingIsLost_data() { backends(); }
    void twoProcessesOneWinsAndNothingIsLost();

private:
    void backends();
    /// A database holding the example portfolio (imported by Ana); its location for a second connection.
    QString freshDatabase();
    std::unique_ptr<Database> open(const QString &location);
    UseCase load(Database &db);
    [[nodiscard]] qsizetype events(Database &db);

    QTemporaryDir m_dir;
    QString m_postgres;
    int m_counter = 0;
    QDateTime m_at{QDate(2026, 11, 23), QTime(9, 0), Qt::UTC};
};

void TstUseCaseConcurrency::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_postgres = qEnvironmentVariable("GREENLIGHT_TEST_PG");
    if (m_postgres.isEmpty())
        QFAIL("GREENLIGHT_TEST_PG is not set: run through ctest (tests/support/with-postgres.sh starts the server)");
}

void TstUseCaseConcurrency::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

QString TstUseCaseConcurrency::freshDatabase()
{
    QFETCH(bool, postgres);
    QString location = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter));
    if (postgres) {
        location = m_postgres;
        if (const QString error = resetServer(m_postgres); !error.isEmpty())
            qFatal("cannot reset the test server: %s", qPrintable(error));
    }
    auto db = Database::open(location);
    if (!db)
        qFatal("cannot create %s: %s", qPrintable(location), why(db).constData());
    const auto imported = PortfolioImporter(**db).import(readExample(), u"example.json"_s, as(u"ana"_s), m_at);
    if (!imported)
        qFatal("cannot import the example: %s", why(imported).constData());
    return location;
}

std::unique_ptr<Database> TstUseCaseConcurrency::open(const QString &location)
{
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(location, options);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(location), why(db).constData());
    return std::move(*db);
}

UseCase TstUseCaseConcurrency::load(Database &db)
{
    const Result<Portfolio> portfolio = PortfolioRepository(db).load();
    if (!portfolio || portfolio->useCase(kUseCase) == nullptr)
        qFatal("cannot load %s", qPrintable(kUseCase));
    return *portfolio->useCase(kUseCase);
}

qsizetype TstUseCaseConcurrency::events(Database &db)
{
    qsizetype count = 0;
    if (!AuditStore(db).forEach([&](const AuditEvent &) { ++count; }))
        qFatal("cannot read the audit log");
    return count;
}

void TstUseCaseConcurrency::changeHoldsOnlyTheChangedFields()
{
    const Result<Portfolio> example = PortfolioReader::read(readExample());
    QVERIFY2(example.has_value(), why(example).constData());
    const UseCase before = *example->useCase(kUseCase);
    UseCase after = before;
    after.operations.dailyCostCapUsd = 999;
    after.operations.killSwitch = u"ff.off"_s;
    after.name = u"Drafts"_s;
    after.logging.reset();
    after.dataApprovals.clear(); // recorded history is not a detail: never part of a change
    const UseCaseChange change = UseCaseChange::between(before, after);
    QCOMPARE(change.fields(),
             (QStringList{u"logging"_s, u"name"_s, u"operations.daily_cost_cap_usd"_s, u"operations.kill_switch"_s}));
    QCOMPARE(change.after.value(u"operations"_s).toObject(),
             json(R"({"daily_cost_cap_usd": 999, "kill_switch": "ff.off"})"));
    QCOMPARE(change.before.value(u"operations"_s).toObject(),
             json(R"({"daily_cost_cap_usd": 50, "kill_switch": "ff.support_reply_draft"})"));
    QCOMPARE(change.after.value(u"logging"_s), QJsonValue(QJsonValue::Null));
    QVERIFY(change.before.value(u"logging"_s).isObject());
    QCOMPARE(change.inverted().after, change.before);
    QVERIFY(UseCaseChange::between(before, before).isEmpty());
}

void TstUseCaseConcurrency::mergeAndValuesAtFollowTheNesting()
{
    const QJsonObject stored = json(R"({"name": "A", "operations": {"cap": 50, "switch": "ff"}, "logging": null})");
    QCOMPARE(UseCaseChange::merged(stored, json(R"({"operations": {"cap": 999}})")),
             json(R"({"name": "A", "operations": {"cap": 999, "switch": "ff"}, "logging": null})"));
    QCOMPARE(UseCaseChange::merged(stored, json(R"({"logging": {"prompts": "none"}, "name": "B"})")),
             json(R"({"name": "B", "operations": {"cap": 50, "switch": "ff"}, "logging": {"prompts": "none"}})"));
    QCOMPARE(UseCaseChange::valuesAt(stored, json(R"({"operations": {"switch": 1}, "logging": {"prompts": 1}})")),
             json(R"({"operations": {"switch": "ff"}, "logging": null})"));
}

void TstUseCaseConcurrency::staleSaveIsRefusedWithWhoAndWhen()
{
    const QString location = freshDatabase();
    auto a = open(location);
    auto b = open(location);
    const UseCase openedByB = load(*b); // B opens the use case first
    QCOMPARE(openedByB.version, 1);

    UseCase capByA = load(*a);
    capByA.operations.dailyCostCapUsd = 999;
    const auto savedByA = UseCaseService(*a).save(load(*a), capByA, as(u"ana"_s), m_at.addSecs(60));
    QVERIFY2(savedByA.has_value(), why(savedByA).constData());
    QVERIFY(!savedByA->refused());
    QCOMPARE(savedByA->version, 2);
    const qsizetype eventsAfterA = events(*a);

    // B edits the description from the version it opened: refused, nothing written, the cap stays 999.
    UseCase descriptionByB = openedByB;
    descriptionByB.description = u"Drafts replies."_s;
    const auto refused = UseCaseService(*b).save(openedByB, descriptionByB, as(u"ben"_s), m_at.addSecs(120));
    QVERIFY2(refused.has_value(), why(refused).constData());
    QVERIFY(refused->refused());
    const UseCaseConflict &conflict = *refused->conflict;
    QCOMPARE(conflict.useCaseId, kUseCase);
    QCOMPARE(conflict.yourVersion, 1);
    QCOMPARE(conflict.storedVersion, 2);
    QCOMPARE(conflict.yours, json(R"({"description": "Drafts replies."})"));
    QCOMPARE(conflict.theirs, (QJsonObject{{u"description"_s, kDescription}}));
    QVERIFY(conflict.lastChange.has_value());
    QCOMPARE(conflict.lastChange->entry.actor.person, u"ana"_s);
    const Result<Portfolio> people = PortfolioRepository(*b).load();
    QVERIFY2(people.has_value(), why(people).constData());
    QCOMPARE(conflict.describe(*people), u"changed by Ana Ruiz (ana@test-host) at 2026-11-23 09:01:00 UTC since you "
                                         u"opened it"_s);
    QCOMPARE(events(*b), eventsAfterA);
    QCOMPARE(load(*b).operations.dailyCostCapUsd, 999.0);
    QCOMPARE(load(*b).description, kDescription);

    // From the version stored now B's edit goes through, and writes the description alone.
    const UseCase current = load(*b);
    UseCase again = current;
    again.description = u"Drafts replies."_s;
    const auto saved = UseCaseService(*b).save(current, again, as(u"ben"_s), m_at.addSecs(180));
    QVERIFY2(saved.has_value(), why(saved).constData());
    QVERIFY(!saved->refused());
    QCOMPARE(saved->version, 3);
    const UseCase last = load(*a);
    QCOMPARE(last.operations.dailyCostCapUsd, 999.0);
    QCOMPARE(last.description, u"Drafts replies."_s);
    QCOMPARE(last.version, 3);
    QList<AuditEvent> updates;
    QVERIFY(AuditStore(*a).forEach([&](const AuditEvent &e) { updates.append(e); }, u"use_case"_s, kUseCase));
    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates[1].entry.actor.person, u"ben"_s);
    QCOMPARE(
        QString::fromUtf8(updates[1].entry.payload),
        u"{\"after\":{\"description\":\"Drafts replies.\"},\"before\":{\"description\":\"%1\"},\"version\":3}"_s.arg(
            kDescription));
    QCOMPARE(last.changedSeq, updates[1].seq);
    const auto verified = AuditStore(*a).verify();
    QVERIFY2(verified.has_value() && verified->intact(), why(verified).constData());
}

void TstUseCaseConcurrency::undoNeverPutsBackAnotherPersonsField()
{
    const QString location = freshDatabase();
    auto a = open(location);
    auto b = open(location);
    UseCase cap = load(*a);
    cap.operations.dailyCostCapUsd = 999;
    const auto capSaved = UseCaseService(*a).save(load(*a), cap, as(u"ana"_s), m_at);
    QVERIFY2(capSaved.has_value() && !capSaved->refused(), why(capSaved).constData());
    UseCase description = load(*b);
    description.description = u"Drafts replies."_s;
    const auto descriptionSaved = UseCaseService(*b).save(load(*b), description, as(u"ben"_s), m_at);
    QVERIFY2(descriptionSaved.has_value() && !descriptionSaved->refused(), why(descriptionSaved).constData());

    // A's undo takes back the cap and only the cap: B's description stays.
    const auto undone = UseCaseService(*a).apply(kUseCase, capSaved->change.inverted(), as(u"ana"_s), m_at);
    QVERIFY2(undone.has_value() && !undone->refused(), why(undone).constData());
    QCOMPARE(load(*a).operations.dailyCostCapUsd, 50.0);
    QCOMPARE(load(*a).description, u"Drafts replies."_s);
    QCOMPARE(load(*a).version, 4);

    // When B changed the same field since, the undo is refused and B's value stays.
    UseCase capAgain = load(*a);
    capAgain.operations.dailyCostCapUsd = 999;
    const auto capAgainSaved = UseCaseService(*a).save(load(*a), capAgain, as(u"ana"_s), m_at);
    QVERIFY2(capAgainSaved.has_value() && !capAgainSaved->refused(), why(capAgainSaved).constData());
    UseCase capByB = load(*b);
    capByB.operations.dailyCostCapUsd = 10;
    const auto capByBSaved = UseCaseService(*b).save(load(*b), capByB, as(u"ben"_s), m_at);
    QVERIFY2(capByBSaved.has_value() && !capByBSaved->refused(), why(capByBSaved).constData());
    const qsizetype before = events(*a);
    const auto refused = UseCaseService(*a).apply(kUseCase, capAgainSaved->change.inverted(), as(u"ana"_s), m_at);
    QVERIFY2(refused.has_value(), why(refused).constData());
    QVERIFY(refused->refused());
    QCOMPARE(refused->conflict->theirs, json(R"({"operations": {"daily_cost_cap_usd": 10}})"));
    QCOMPARE(refused->conflict->yours, json(R"({"operations": {"daily_cost_cap_usd": 50}})"));
    QCOMPARE(refused->conflict->lastChange->entry.actor.person, u"ben"_s);
    QCOMPARE(load(*a).operations.dailyCostCapUsd, 10.0);
    QCOMPARE(load(*a).version, 6);
    QCOMPARE(events(*a), before);
}

void TstUseCaseConcurrency::importKeepsTheVersionOfWhatItLeavesAlone()
{
    const QString location = freshDatabase();
    auto db = open(location);
    UseCase edited = load(*db);
    edited.name = u"Reply drafts"_s;
    QVERIFY(UseCaseService(*db).save(load(*db), edited, as(u"ana"_s), m_at).has_value());
    const UseCase opened = load(*db);
    QCOMPARE(opened.version, 2);
    const Result<Portfolio> stored = PortfolioRepository(*db).load();
    QVERIFY2(stored.has_value(), why(stored).constData());

    // The same portfolio again: the version stays, so an editor that opened it can still save.
    const QByteArray same = PortfolioWriter::write(*stored);
    QVERIFY(PortfolioImporter(*db).import(same, u"same.json"_s, as(u"ana"_s), m_at).has_value());
    QCOMPARE(load(*db).version, 2);
    QCOMPARE(load(*db).changedSeq, opened.changedSeq);

    // A file that changes the use case makes the next version, by the import's event: the editor is stale.
    Portfolio changed = *stored;
    changed.useCases[0].description = u"Imported."_s;
    QVERIFY(PortfolioImporter(*db).import(PortfolioWriter::write(changed), u"changed.json"_s, as(u"ben"_s), m_at));
    const UseCase imported = load(*db);
    QCOMPARE(imported.version, 3);
    QCOMPARE(imported.changedSeq, events(*db));
    UseCase late = opened;
    late.name = u"Late"_s;
    const auto refused = UseCaseService(*db).save(opened, late, as(u"ana"_s), m_at);
    QVERIFY2(refused.has_value(), why(refused).constData());
    QVERIFY(refused->refused());
    QCOMPARE(refused->conflict->lastChange->entry.action, u"import"_s);
    QCOMPARE(refused->conflict->lastChange->entry.actor.person, u"ben"_s);
}

void TstUseCaseConcurrency::watcherNoticesOtherConnectionsCommits()
{
    QFETCH(bool, postgres);
    const QString location = freshDatabase();
    auto watched = open(location);
    auto other = open(location);
    ChangeWatcher watcher(*watched);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);

    // Its own connection's commit is not reported.
    UseCase own = load(*watched);
    own.name = u"Own"_s;
    QVERIFY(UseCaseService(*watched).save(load(*watched), own, as(u"ana"_s), m_at).has_value());
    watcher.poll();
    QTest::qWait(200); // a notification, were one sent, arrives within this
    QCOMPARE(changed.size(), 0);

    UseCase theirs = load(*other);
    theirs.name = u"Theirs"_s;
    QVERIFY(UseCaseService(*other).save(load(*other), theirs, as(u"ben"_s), m_at).has_value());
    if (postgres)
        QVERIFY(changed.wait(5000));
    else
        watcher.poll();
    QCOMPARE(changed.size(), 1);
    watcher.poll(); // nothing new
    QTest::qWait(200);
    QCOMPARE(changed.size(), 1);
}

void TstUseCaseConcurrency::twoProcessesOneWinsAndNothingIsLost()
{
    const QString location = freshDatabase();
    const auto start = [&](const QString &field, const QString &value, const QString &person) {
        auto *process = new QProcess(this);
        process->setProgram(QStringLiteral(GREENLIGHT_EDIT_PROCESS));
        process->setArguments({location, kUseCase, field, value, person});
        process->start();
        return process;
    };
    QProcess *ana = start(u"cap"_s, u"999"_s, u"ana"_s);
    QProcess *ben = start(u"description"_s, u"Drafts replies."_s, u"ben"_s);
    for (QProcess *p : {ana, ben}) {
        QVERIFY(p->waitForReadyRead(30'000));
        QCOMPARE(p->readLine(), QByteArray("loaded 1\n"));
    }
    // Both opened version 1; both save at once.
    ana->write("go\n");
    ben->write("go\n");
    for (QProcess *p : {ana, ben}) {
        QVERIFY(p->waitForFinished(90'000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    }
    const QByteArray anaSaid = ana->readAll();
    const QByteArray benSaid = ben->readAll();
    const bool anaWon = ana->exitCode() == 0;
    QProcess *winner = anaWon ? ana : ben;
    QProcess *loser = anaWon ? ben : ana;
    QCOMPARE(winner->exitCode(), 0);
    QCOMPARE(loser->exitCode(), 3);
    QCOMPARE(anaWon ? anaSaid : benSaid, QByteArray("saved 2\n"));
    QCOMPARE(anaWon ? benSaid : anaSaid, anaWon ? QByteArray("conflict 2 ana\n") : QByteArray("conflict 2 ben\n"));

    auto db = open(location);
    UseCase stored = load(*db);
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.operations.dailyCostCapUsd, anaWon ? 999.0 : 50.0);
    QCOMPARE(stored.description, anaWon ? kDescription : u"Drafts replies."_s);

    // The loser applies theirs again from the version stored now: both changes are kept, each in its own event.
    QProcess *retry =
        anaWon ? start(u"description"_s, u"Drafts replies."_s, u"ben"_s) : start(u"cap"_s, u"999"_s, u"ana"_s);
    QVERIFY(retry->waitForReadyRead(30'000));
    QCOMPARE(retry->readLine(), QByteArray("loaded 2\n"));
    retry->write("go\n");
    QVERIFY(retry->waitForFinished(90'000));
    QCOMPARE(retry->readAll(), QByteArray("saved 3\n"));
    stored = load(*db);
    QCOMPARE(stored.operations.dailyCostCapUsd, 999.0);
    QCOMPARE(stored.description, u"Drafts replies."_s);
    QList<AuditEvent> updates;
    QVERIFY(AuditStore(*db).forEach([&](const AuditEvent &e) { updates.append(e); }, u"use_case"_s, kUseCase));
    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates[0].entry.actor.person, anaWon ? u"ana"_s : u"ben"_s);
    QCOMPARE(updates[1].entry.actor.person, anaWon ? u"ben"_s : u"ana"_s);
    const auto verified = AuditStore(*db).verify();
    QVERIFY2(verified.has_value() && verified->intact(), why(verified).constData());
}

QTEST_GUILESS_MAIN(TstUseCaseConcurrency)
#include "tst_usecaseconcurrency.moc"
