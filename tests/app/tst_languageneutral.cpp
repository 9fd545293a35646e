// DESIGN §8 "evidence is language-neutral": what Greenlight stores and prints for machines does not depend on
// the language it runs in. These tests run the real binary under an English and a German environment.
#include "../support/clirunner.h"
#include "../support/portfolioedits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;
using namespace Qt::StringLiterals;

class TstLanguageNeutral final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void gateCheckJsonIsTheSameInEveryLanguage_data();
    void gateCheckJsonIsTheSameInEveryLanguage();
    void reviewStartedInGermanExportsEnglishEvidence();
    void portfolioDiffForMachinesIsTheSameInEveryLanguage_data();
    void portfolioDiffForMachinesIsTheSameInEveryLanguage();

private:
    enum class Language { English, German };
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run greenlight(Language language, const QStringList &arguments);
    QString m_database;
    QTemporaryDir m_dir;
};

TstLanguageNeutral::Run TstLanguageNeutral::greenlight(Language language, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LANG"_s, u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        env.remove(name);
    // Settings of its own, so a language chosen in someone's Preferences cannot leak in.
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    if (language == Language::German) {
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"de"_s);
    } else {
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GREENLIGHT_BINARY), QStringList{u"--db"_s, m_database} + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TstLanguageNeutral::init()
{
    m_database = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                                QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s);
    // Only init creates a database. The binary runs as the real OS account: the example is imported with Ana
    // bound to it, so `--as ana` is her own session.
    const Run created = greenlight(Language::English, {u"init"_s});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString bound = m_database + u".portfolio.json"_s;
    QVERIFY(tests::boundPortfolio(QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO), bound, u"ana"_s,
                                  models::OsAccount::current().account));
    const Run imported = greenlight(Language::English, {u"import"_s, u"portfolio"_s, bound});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void TstLanguageNeutral::gateCheckJsonIsTheSameInEveryLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("one use case") << QStringList{u"gate"_s, u"check"_s, u"support-reply-draft"_s, u"--json"_s};
    QTest::newRow("strict template") << QStringList{
        u"gate"_s, u"check"_s, u"support-reply-draft"_s, u"--gate"_s, u"high-risk-launch"_s, u"--json"_s};
    QTest::newRow("every use case") << QStringList{u"gate"_s, u"check"_s, u"--all"_s, u"--json"_s};
}

void TstLanguageNeutral::gateCheckJsonIsTheSameInEveryLanguage()
{
    QFETCH(QStringList, arguments);
    const Run english = greenlight(Language::English, arguments);
    const Run german = greenlight(Language::German, arguments);
    QVERIFY2(english.err.isEmpty(), english.err.constData());
    QVERIFY(!english.out.isEmpty());
    QCOMPARE(german.out, english.out);
    QCOMPARE(german.exitCode, english.exitCode);
    // The German environment does take effect: the table for people is translated, explanations included.
    arguments.removeAll(u"--json"_s);
    const QString table = QString::fromUtf8(greenlight(Language::German, arguments).out);
    QVERIFY2(table.contains(u"Blocker fehlgeschlagen: "_s), qPrintable(table));
    if (!arguments.contains(u"--all"_s))
        QVERIFY2(table.contains(u"letzter Eval 97.5 % (Route support-draft v3, 2026-10-10)"_s), qPrintable(table));
}

void TstLanguageNeutral::reviewStartedInGermanExportsEnglishEvidence()
{
    const Run started = greenlight(Language::German,
                                   {u"gate"_s, u"review"_s, u"start"_s, u"support-reply-draft"_s, u"--as"_s, u"ana"_s});
    QVERIFY2(started.exitCode == 0, started.err.constData());
    const QString reviewId = QString::fromUtf8(started.out).trimmed().split(u'\n').last().trimmed();
    const Run decided = greenlight(Language::German,
                                   {u"gate"_s, u"review"_s, u"decide"_s, reviewId, u"--as"_s, u"ana"_s, u"--no-go"_s});
    QVERIFY2(decided.exitCode == 0 || decided.exitCode == 1, decided.err.constData());
    const QString germanFile = m_dir.filePath(u"portfolio-de.json"_s);
    const QString englishFile = m_dir.filePath(u"portfolio-en.json"_s);
    QCOMPARE(greenlight(Language::German, {u"export"_s, u"portfolio"_s, germanFile}).exitCode, 0);
    QCOMPARE(greenlight(Language::English, {u"export"_s, u"portfolio"_s, englishFile}).exitCode, 0);
    QFile de(germanFile);
    QFile en(englishFile);
    QVERIFY(de.open(QIODevice::ReadOnly) && en.open(QIODevice::ReadOnly));
    const QByteArray exported = de.readAll();
    QCOMPARE(exported, en.readAll());

    // The frozen explanations are the English ones gate check prints for the same evidence.
    const QJsonObject check =
        QJsonDocument::fromJson(
            greenlight(Language::German, {u"gate"_s, u"check"_s, u"support-reply-draft"_s, u"--json"_s}).out)
            .object();
    const QJsonArray reviews =
        QJsonDocument::fromJson(exported).object()[u"use_cases"_s].toArray().first()[u"gate_reviews"_s].toArray();
    const QJsonArray frozen = reviews.last()[u"rule_results"_s].toArray();
    const QJsonArray rules = check[u"rules"_s].toArray();
    QCOMPARE(frozen.size(), rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i)
        QCOMPARE(frozen[i][u"explanation"_s].toString(), rules[i][u"explanation"_s].toString());
    // A rationale Greenlight wrote itself is stored in English too.
    QCOMPARE(reviews.last()[u"id"_s].toString(), reviewId);
    QCOMPARE(reviews.last()[u"rationale"_s].toString(), u"decided no-go by Ana Ruiz"_s);
    QCOMPARE(frozen[6][u"explanation"_s].toString(),
             u"latest eval 97.5 % (route support-draft v3, 2026-10-10) ≥ threshold 95 %"_s);
}

void TstLanguageNeutral::portfolioDiffForMachinesIsTheSameInEveryLanguage_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"--json"_s;
    QTest::newRow("markdown") << u"--markdown"_s;
}

void TstLanguageNeutral::portfolioDiffForMachinesIsTheSameInEveryLanguage()
{
    // A pull-request comment reads the same whoever's runner wrote it; a pipeline parses the same bytes.
    QFETCH(QString, format);
    const QString before = m_dir.filePath(u"diff-old.json"_s);
    const QString after = m_dir.filePath(u"diff-new.json"_s);
    QByteArray changed = tests::appendToExample("use_cases/0/data_classes", u"regulated"_s);
    changed = tests::jsonWith(changed, "use_cases/0/owners/support", u"eli"_s);
    for (const auto &[path, data] : {std::pair{before, tests::readExample()}, std::pair{after, changed}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
    }
    const QStringList arguments{u"portfolio"_s, u"diff"_s, before, after, u"--at"_s, u"2026-11-23"_s};
    const Run english = greenlight(Language::English, arguments + QStringList{format});
    const Run german = greenlight(Language::German, arguments + QStringList{format});
    QVERIFY2(english.err.isEmpty(), english.err.constData());
    QCOMPARE(english.exitCode, 1);
    QVERIFY(english.out.contains("regulated"));
    QCOMPARE(german.out, english.out);
    QCOMPARE(german.exitCode, english.exitCode);
    // The terminal's text is translated.
    const QString text = QString::fromUtf8(greenlight(Language::German, arguments).out);
    QVERIFY2(text.contains(u"RÜCKSCHRITT: support-reply-draft ist nicht mehr Go-fähig"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TstLanguageNeutral)
#include "tst_languageneutral.moc"
