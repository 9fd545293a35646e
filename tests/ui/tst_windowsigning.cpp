// Signing in the window (issue 16 item 6): the gate review's sign-offs and decision and the approvals page sign as
// part of the action, with the person's key from a real ssh-agent started by the test or a key file (its passphrase
// asked through SSH_ASKPASS), and show "signed by … · SHA256:…" on the record.
#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/sshkeys.h"
#include "../support/testclock.h"
#include "../support/why.h"

#include "approvalspage.h"
#include "gatereviewwizard.h"
#include "mainwindow.h"
#include "passphraseprompt.h"
#include "portfolio/portfolioimporter.h"
#include "services/audittrail.h"
#include "services/governancerecords.h"
#include "services/signingkeychoice.h"
#include "signing/sshpublickey.h"
#include "signingkeybox.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "workspace.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <optional>

using namespace greenlight;
using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

class TstWindowSigning final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void theAgentKeySignsTheSignOffAndTheDecision();
    void anUnsignedSignOffAtALaunchGateIsRefused();
    void aKeyFileIsCheckedWhenChosen();
    void personWithoutAKeyCannotPickOne();
    void approvalsAreSignedWithAKeyFileAndItsPassphrase();
    void thePassphrasePromptAnswersSshKeygen();

private:
    std::unique_ptr<app::Workspace> sessionOf(const QString &account) const;
    [[nodiscard]] AuditEvent lastEvent() const;
    /// Starts a customer-launch review of support-reply-draft as Ana; its id.
    QString startReview() const;

    QTemporaryDir m_dir;
    std::optional<TestSshAgent> m_agent;
    QString m_samKey;
    QString m_anaKey;
    QString m_leaKey; ///< protected by a passphrase
    QString m_strangerKey;
    QString m_askpass;
    QString m_path;
};

void TstWindowSigning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_samKey = m_dir.filePath(u"id_sam"_s);
    m_anaKey = m_dir.filePath(u"id_ana"_s);
    m_leaKey = m_dir.filePath(u"id_lea"_s);
    m_strangerKey = m_dir.filePath(u"id_stranger"_s);
    QVERIFY(!makeSshKey(m_samKey, u"ed25519"_s, u"sam"_s).isEmpty());
    QVERIFY(!makeSshKey(m_anaKey, u"ecdsa"_s, u"ana"_s).isEmpty());
    QVERIFY(!makeSshKey(m_leaKey, u"ed25519"_s, u"lea"_s, u"correct horse"_s).isEmpty());
    QVERIFY(!makeSshKey(m_strangerKey, u"ed25519"_s, u"stranger"_s).isEmpty());
    m_askpass = m_dir.filePath(u"askpass"_s);
    QVERIFY(makeAskpass(m_askpass, u"correct horse"_s));
    // One agent holds Sam's and Ana's keys: each window offers only its own person's.
    m_agent.emplace();
    QVERIFY(m_agent->isRunning());
    QVERIFY(TestSshAgent::add(m_samKey));
    QVERIFY(TestSshAgent::add(m_anaKey));
}

void TstWindowSigning::cleanupTestCase()
{
    m_agent.reset();
}

void TstWindowSigning::init()
{
    const auto publicKey = [](const QString &keyFile) {
        QFile file(keyFile + u".pub"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed() : QString();
    };
    QJsonObject demo = QJsonDocument::fromJson(jsonWith(readDemo(), "policy/training", false)).object();
    demo = withSigningKey(demo, u"sam"_s, publicKey(m_samKey), u"2026-01-01"_s);
    demo = withSigningKey(demo, u"ana"_s, publicKey(m_anaKey), u"2026-01-01"_s);
    demo = withSigningKey(demo, u"lea"_s, publicKey(m_leaKey), u"2026-01-01"_s);
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    auto db = Database::open(m_path);
    QVERIFY2(db.has_value(), why(db).constData());
    const auto imported = PortfolioImporter(**db).import(QJsonDocument(demo).toJson(), u"demo.json"_s, as(u"ana"_s),
                                                         QDateTime::currentDateTimeUtc());
    QVERIFY2(imported.has_value(), why(imported).constData());
}

void TstWindowSigning::cleanup()
{
    QFile::remove(m_path);
}

std::unique_ptr<app::Workspace> TstWindowSigning::sessionOf(const QString &account) const
{
    auto session = std::make_unique<app::Workspace>(OsAccount{account, testHost()});
    session->setClock(testClock());
    if (const auto opened = session->open(m_path); !opened)
        qWarning("cannot open %s: %s", qPrintable(m_path), why(opened).constData());
    return session;
}

AuditEvent TstWindowSigning::lastEvent() const
{
    auto db = Database::open(m_path);
    QList<AuditEvent> all;
    if (!db || !AuditStore(**db).forEach([&](const AuditEvent &e) { all.append(e); }) || all.isEmpty())
        qFatal("cannot read the audit log");
    return all.constLast();
}

QString TstWindowSigning::startReview() const
{
    const auto ana = sessionOf(u"ana"_s);
    const auto review = ana->records().startReview(u"support-reply-draft"_s, u"customer-launch"_s);
    if (!review)
        qFatal("cannot start the review: %s", why(review).constData());
    return review->id;
}

void TstWindowSigning::theAgentKeySignsTheSignOffAndTheDecision()
{
    const QString reviewId = startReview();
    const QString samFingerprint = SshPublicKey::fingerprint(SshSigner::fromKeyFile(m_samKey)->publicKey());
    const QString anaFingerprint = SshPublicKey::fingerprint(SshSigner::fromKeyFile(m_anaKey)->publicKey());

    {
        const auto sam = sessionOf(u"sam"_s);
        ui::GateReviewWizard wizard(*sam, u"support-reply-draft"_s);
        wizard.continueReview(reviewId);
        wizard.show();
        // The agent holds two keys; Sam's window offers his.
        QVERIFY(wizard.signWithBox()->isEnabled());
        QCOMPARE(wizard.signWithBox()->currentText(), u"ssh-agent · "_s + samFingerprint);
        QCOMPARE(wizard.signWithBox()->count(), 3); // his agent key, don't sign, key file…
        QVERIFY(wizard.recordSignoff(Role::Security, true, u"checked the data flows"_s));
        QCOMPARE(wizard.signoffMessage()->text(), u"Recorded, signed by Sam Patel · %1."_s.arg(samFingerprint));
        const QTreeWidget *list = wizard.signoffList();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(4), u"signed by Sam Patel · "_s + samFingerprint);
        const AuditEvent signoff = lastEvent();
        QCOMPARE(signoff.entry.action, u"sign"_s);
        QCOMPARE(signoff.entry.signer(), samFingerprint);
        QVERIFY(signoff.signature.startsWith("-----BEGIN SSH SIGNATURE-----"));
    }

    const auto ana = sessionOf(u"ana"_s);
    ui::GateReviewWizard wizard(*ana, u"support-reply-draft"_s);
    wizard.continueReview(reviewId);
    wizard.show();
    QVERIFY(wizard.recordSignoff(Role::Pm, true, {}));
    QCOMPARE(wizard.signoffList()->topLevelItem(1)->text(4), u"signed by Ana Ruiz · "_s + anaFingerprint);
    wizard.next();
    QCOMPARE(wizard.decideWithBox()->currentText(), u"ssh-agent · "_s + anaFingerprint);
    QVERIFY(wizard.goButton()->isEnabled());
    wizard.goButton()->setChecked(true);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.decisionMessage()->text(), QString());
    const AuditEvent decision = lastEvent();
    QCOMPARE(decision.entry.action, u"decide"_s);
    QCOMPARE(decision.entry.signer(), anaFingerprint);

    // The packet she exports is signed too.
    const auto packet = ana->audit().exportPacket(u"support-reply-draft"_s, m_dir.filePath(u"packet.pdf"_s));
    QVERIFY2(packet.has_value(), why(packet).constData());
    QCOMPARE(lastEvent().entry.action, u"export"_s);
    QCOMPARE(lastEvent().entry.signer(), anaFingerprint);

    const auto verified = AuditStore(ana->database()).verify();
    QVERIFY2(verified.has_value(), why(verified).constData());
    QVERIFY2(verified->intact(), qPrintable(verified->signatureProblem + verified->problem));
    QCOMPARE(verified->signedEvents, 4);
    QCOMPARE(verified->signers, (QStringList{u"ana"_s, u"sam"_s}));
}

void TstWindowSigning::anUnsignedSignOffAtALaunchGateIsRefused()
{
    const QString reviewId = startReview();
    const auto sam = sessionOf(u"sam"_s);
    ui::GateReviewWizard wizard(*sam, u"support-reply-draft"_s);
    wizard.continueReview(reviewId);
    wizard.show();
    ui::SigningKeyBox *box = wizard.signWithBox();
    const int dontSign = box->findText(u"Don't sign"_s);
    QVERIFY(dontSign >= 0);
    box->setCurrentIndex(dontSign);
    Q_EMIT box->activated(dontSign);
    QCOMPARE(sam->signing().signer(), nullptr);
    // Both pages show the one choice.
    QCOMPARE(wizard.decideWithBox()->currentText(), u"Don't sign"_s);

    const qsizetype before = AuditStore(sam->database()).verify()->count;
    QVERIFY(!wizard.recordSignoff(Role::Security, true, {}));
    QCOMPARE(wizard.signoffMessage()->text(),
             u"%1: the customer-launch gate requires signed sign-offs and Sam Patel has a signing key (%2): sign with "
             u"it (the ssh-agent or a key file)"_s.arg(reviewId, SshSigner::fromKeyFile(m_samKey)->fingerprint()));
    QCOMPARE(AuditStore(sam->database()).verify()->count, before);
    QCOMPARE(wizard.signoffList()->topLevelItemCount(), 0);
}

void TstWindowSigning::aKeyFileIsCheckedWhenChosen()
{
    const auto sam = sessionOf(u"sam"_s);
    ui::SigningKeyBox box(sam->signing());
    QSignalSpy refusals(&box, &ui::SigningKeyBox::refused);
    QVERIFY(!box.chooseKeyFile(m_strangerKey));
    const QString stranger = SshSigner::fromKeyFile(m_strangerKey)->fingerprint();
    QCOMPARE(box.problem(), u"%1: the key %2 is not one of Sam Patel's signing keys in the portfolio (add it to "
                            u"people[].signing_keys)"_s.arg(m_strangerKey, stranger));
    QCOMPARE(refusals.size(), 1);
    // The agent's key still signs.
    QCOMPARE(sam->signing().source(), app::SigningKeyChoice::Source::Agent);

    QVERIFY(!box.chooseKeyFile(m_dir.filePath(u"id_missing"_s)));
    QCOMPARE(box.problem(), m_dir.filePath(u"id_missing"_s) + u": no such key file"_s);

    QVERIFY(box.chooseKeyFile(m_samKey));
    QCOMPARE(sam->signing().source(), app::SigningKeyChoice::Source::KeyFile);
    QCOMPARE(box.currentText(), u"id_sam · "_s + SshSigner::fromKeyFile(m_samKey)->fingerprint());
}

void TstWindowSigning::personWithoutAKeyCannotPickOne()
{
    const auto ben = sessionOf(u"ben"_s);
    ui::SigningKeyBox box(ben->signing());
    QVERIFY(!box.isEnabled());
    QCOMPARE(box.currentText(), u"Don't sign"_s);
    QCOMPARE(box.toolTip(), u"You have no signing key valid today in the portfolio: add your SSH public key to "
                            u"people[].signing_keys to sign what you decide"_s);
    QCOMPARE(ben->signing().signer(), nullptr);
}

void TstWindowSigning::approvalsAreSignedWithAKeyFileAndItsPassphrase()
{
    const auto lea = sessionOf(u"lea"_s);
    lea->signing().setAskpass(m_askpass);
    ui::MainWindow window(*lea);
    window.show();
    window.showPage(ui::MainWindow::ApprovalsView);
    ui::ApprovalsPage *page = window.approvalsPage();
    // Lea's key is a file (the agent does not hold it): nothing signs until she picks it.
    QCOMPARE(page->signWithBox()->currentText(), u"Don't sign"_s);
    QVERIFY(page->signWithBox()->chooseKeyFile(m_leaKey));

    QTreeWidgetItem *target = nullptr;
    for (int i = 0; i < page->queue()->topLevelItemCount() && target == nullptr; ++i) {
        QTreeWidgetItem *item = page->queue()->topLevelItem(i);
        if (item->text(0) == u"Contract clause review"_s && item->text(1) == u"regulated"_s)
            target = item;
    }
    QVERIFY(target != nullptr);
    const QString useCase = target->text(0);
    const QString dataClass = target->text(1);
    page->queue()->setCurrentItem(target);
    QTest::mouseClick(page->approveButton(), Qt::LeftButton);
    const QString fingerprint = SshSigner::fromKeyFile(m_leaKey)->fingerprint();
    QCOMPARE(page->message()->text(), u"Recorded: Lea Brun approved %1 for %2 as legal, signed by Lea Brun · %3."_s.arg(
                                          dataClass, useCase, fingerprint));
    const AuditEvent approval = lastEvent();
    QCOMPARE(approval.entry.entity, u"data_approval"_s);
    QCOMPARE(approval.entry.signer(), fingerprint);

    // The pair's history shows the signed decision.
    for (int i = 0; i < page->queue()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = page->queue()->topLevelItem(i);
        if (item->text(0) == useCase && item->text(1) == dataClass)
            page->queue()->setCurrentItem(item);
    }
    const QTreeWidget *history = page->history();
    QVERIFY(history->topLevelItemCount() >= 1);
    QTreeWidgetItem *newest = history->topLevelItem(history->topLevelItemCount() - 1);
    QCOMPARE(newest->text(5), u"signed by Lea Brun · "_s + fingerprint);
}

void TstWindowSigning::thePassphrasePromptAnswersSshKeygen()
{
    FILE *out = std::tmpfile();
    QVERIFY(out != nullptr);
    const auto answer = [](const QString &text, bool accept) {
        QTimer::singleShot(0, [text, accept] {
            auto *prompt = qobject_cast<ui::PassphrasePrompt *>(QApplication::activeModalWidget());
            if (prompt == nullptr)
                return;
            prompt->passphraseEdit()->setText(text);
            accept ? prompt->accept() : prompt->reject();
        });
    };
    answer(u"correct horse"_s, true);
    QCOMPARE(ui::PassphrasePrompt::ask(u"Enter passphrase for /home/lea/.ssh/id_ed25519: "_s, out), 0);
    answer(u"never written"_s, false);
    QCOMPARE(ui::PassphrasePrompt::ask(u"Enter passphrase:"_s, out), 1);
    std::rewind(out);
    char buffer[64] = {};
    const size_t read = std::fread(buffer, 1, sizeof buffer - 1, out);
    std::fclose(out);
    QCOMPARE(QByteArray(buffer, qsizetype(read)), QByteArray("correct horse\n"));
}

QTEST_MAIN(TstWindowSigning)
#include "tst_windowsigning.moc"
