// The window's login prompt for a team database: a real PostgreSQL server that wants a password, and a real
// Secret Service that keeps it (tests/support/with-keychain.sh and with-postgres.sh).
#include "../support/actor.h"
#include "../support/clirunner.h"
#include "../support/postgresadmin.h"

#include "gateways/secretstore.h"
#include "loginpassworddialog.h"
#include "services/loginpasswords.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/teamlogins.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace greenlight;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

const QString kLogin = u"dialog_login"_s;
const QString kPassword = u"tr0ub4dor&3"_s;

} // namespace

class TstLoginPasswordDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void asksAgainAfterAWrongPasswordAndKeepsNothingUnasked();
    void remembersThePasswordWhenAsked();
    void cancellingLeavesTheServersRefusal();
    void aFileNeverAsks();

private:
    /// Answers each login prompt that opens with the next of @p answers (an empty one cancels); records what each
    /// prompt said about the previous refusal.
    void answerPrompts(const QStringList &answers, bool remember);
    [[nodiscard]] QString ana() const;
    QString m_owner;
    QStringList m_refusalsShown;
    int m_prompts = 0;
};

QString TstLoginPasswordDialog::ana() const
{
    QUrl url(m_owner);
    url.setUserName(kLogin);
    return url.toString();
}

void TstLoginPasswordDialog::initTestCase()
{
    m_owner = qEnvironmentVariable("GREENLIGHT_TEST_PG");
    if (m_owner.isEmpty())
        QFAIL("GREENLIGHT_TEST_PG is not set: run through ctest (tests/support/with-postgres.sh starts the server)");
    QString error = resetServer(m_owner);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = execOnServer(m_owner, {u"SET client_min_messages TO WARNING"_s, u"DROP ROLE IF EXISTS "_s + kLogin});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(runCli(m_owner, {u"init"_s}).exitCode, 0);
    QCOMPARE(runCli(m_owner, {u"import"_s, u"portfolio"_s, QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO)}).exitCode, 0);
    auto owner = models::Database::open(m_owner);
    QVERIFY(owner.has_value());
    const models::Portfolio portfolio = models::PortfolioRepository(**owner).load().value();
    const auto added = models::TeamLogins(**owner).add(portfolio.people.first(), kLogin, kPassword,
                                                       models::Actor::ofAccount(u"tester"_s, testHost()), testNow());
    QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().toString()));
}

void TstLoginPasswordDialog::cleanupTestCase()
{
    (void)app::LoginPasswords::forget(ana());
    (void)resetServer(m_owner);
    (void)execOnServer(m_owner, {u"DROP ROLE IF EXISTS "_s + kLogin});
}

void TstLoginPasswordDialog::answerPrompts(const QStringList &answers, bool remember)
{
    m_refusalsShown.clear();
    m_prompts = 0;
    auto *poll = new QTimer(this);
    auto remaining = std::make_shared<QStringList>(answers);
    connect(poll, &QTimer::timeout, this, [this, poll, remaining, remember] {
        auto *dialog = qobject_cast<ui::LoginPasswordDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr)
            return;
        ++m_prompts;
        QString refusal;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().startsWith(u"The server refused"_s))
                refusal = label->text();
        }
        m_refusalsShown.append(refusal);
        const QString answer = remaining->isEmpty() ? QString() : remaining->takeFirst();
        if (answer.isEmpty()) {
            dialog->reject();
        } else {
            QTest::keyClicks(dialog->passwordEdit(), answer);
            dialog->rememberBox()->setChecked(remember);
            dialog->accept();
        }
        if (remaining->isEmpty())
            poll->deleteLater();
    });
    poll->start(20);
}

void TstLoginPasswordDialog::asksAgainAfterAWrongPasswordAndKeepsNothingUnasked()
{
    app::Workspace workspace(serviceAccount());
    answerPrompts({u"wrong"_s, kPassword}, false);
    const models::Status opened =
        ui::LoginPasswordDialog::open(workspace, ana(), app::Workspace::Missing::Refuse, nullptr);
    QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().toString()));
    QCOMPARE(m_prompts, 2);
    QCOMPARE(m_refusalsShown.value(0), QString());
    QVERIFY2(m_refusalsShown.value(1).contains(u"password authentication failed for user \"dialog_login\""_s),
             qPrintable(m_refusalsShown.value(1)));
    QCOMPARE(workspace.identity().personId(), u"ana"_s);
    QVERIFY(workspace.identity().isLogin());
    QCOMPARE(workspace.location(), ana()); // no password in what the window shows or remembers
    QVERIFY(!app::SecretStore::read(app::LoginPasswords::referenceFor(ana())).has_value());
}

void TstLoginPasswordDialog::remembersThePasswordWhenAsked()
{
    {
        app::Workspace workspace(serviceAccount());
        answerPrompts({kPassword}, true);
        QVERIFY(ui::LoginPasswordDialog::open(workspace, ana(), app::Workspace::Missing::Refuse, nullptr).has_value());
        QCOMPARE(m_prompts, 1);
    }
    QCOMPARE(app::SecretStore::read(app::LoginPasswords::referenceFor(ana())).value_or(QString()), kPassword);
    // Next time the keychain answers and nobody is asked.
    app::Workspace again(serviceAccount());
    m_prompts = 0;
    QVERIFY(ui::LoginPasswordDialog::open(again, ana(), app::Workspace::Missing::Refuse, nullptr).has_value());
    QCOMPARE(m_prompts, 0);
    QCOMPARE(again.identity().personId(), u"ana"_s);
    QVERIFY(app::LoginPasswords::forget(ana()).has_value());
}

void TstLoginPasswordDialog::cancellingLeavesTheServersRefusal()
{
    app::Workspace workspace(serviceAccount());
    answerPrompts({QString()}, false);
    const models::Status opened =
        ui::LoginPasswordDialog::open(workspace, ana(), app::Workspace::Missing::Refuse, nullptr);
    QVERIFY(!opened.has_value());
    QCOMPARE(m_prompts, 1);
    QVERIFY2(opened.error().message.contains(u"fe_sendauth: no password supplied"_s),
             qPrintable(opened.error().message));
    QCOMPARE(workspace.location(), QString());
}

void TstLoginPasswordDialog::aFileNeverAsks()
{
    app::Workspace workspace(serviceAccount());
    m_prompts = 0;
    const models::Status opened = ui::LoginPasswordDialog::open(
        workspace, QDir::temp().filePath(u"no-such-greenlight.sqlite"_s), app::Workspace::Missing::Refuse, nullptr);
    QVERIFY(!opened.has_value());
    QCOMPARE(m_prompts, 0);
}

QTEST_MAIN(TstLoginPasswordDialog)
#include "tst_loginpassworddialog.moc"
