// People's SSH signing keys in the portfolio (issue 16 item 1): read and written back byte for byte, checked for
// form (with fingerprints equal to what the real ssh-keygen prints), and kept as facts by imports.
#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/sshkeys.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "portfolio/portfolioimporter.h"
#include "portfolio/portfolioreader.h"
#include "portfolio/portfoliowriter.h"
#include "signing/sshpublickey.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

QByteArray keysExample()
{
    QFile file(QStringLiteral(GREENLIGHT_SOURCE_DIR "/docs/examples/portfolio-with-signing-keys.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the signing keys example");
    return file.readAll();
}

QByteArray keysExampleWith(const char *path, const QJsonValue &value)
{
    return jsonWith(keysExample(), path, value);
}

const QString kAnaKey =
    u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICyCTLFgcAz4FnLSq1auBhuSQMKvPRgW308B/VePM46n ana@laptop-7"_s;
const QString kAnaFingerprint = u"SHA256:CSNREP6MQyyOrXxxGfXy3efgOk+nDwRDAnsF8k1Q5aA"_s;

} // namespace

class TstSigningKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAndWritesBackTheKeys();
    void roundTripsThroughTheDatabase();
    void rejectsBadKeys_data();
    void rejectsBadKeys();
    void fingerprintIsWhatSshKeygenPrints_data();
    void fingerprintIsWhatSshKeygenPrints();
    void importsKeepKeysAsFacts_data();
    void importsKeepKeysAsFacts();
    void gateTemplatesSayWhetherSignOffsMustBeSigned_data();
    void gateTemplatesSayWhetherSignOffsMustBeSigned();
    void aTemplateFlagThatIsNotABooleanIsRefused();

private:
    QTemporaryDir m_dir;
};

void TstSigningKeys::readsAndWritesBackTheKeys()
{
    const Result<Portfolio> p = PortfolioReader::read(keysExample());
    QVERIFY2(p.has_value(), why(p).constData());
    const Person *ana = p->person(u"ana"_s);
    QCOMPARE(ana->signingKeys.size(), 1);
    QCOMPARE(ana->signingKeys[0].publicKey, kAnaKey);
    QCOMPARE(ana->signingKeys[0].validFrom, QDate(2026, 1, 5));
    QVERIFY(!ana->signingKeys[0].revokedOn.isValid());
    QCOMPARE(ana->signingKeys[0].identity(), kAnaKey.section(u' ', 0, 1));
    QVERIFY(ana->signingKeys[0].isValidOn(QDate(2026, 1, 5)));
    QVERIFY(!ana->signingKeys[0].isValidOn(QDate(2026, 1, 4)));
    QCOMPARE(p->person(u"sam"_s)->signingKeys[0].publicKey.section(u' ', 0, 0), u"ecdsa-sha2-nistp256"_s);
    QVERIFY(p->person(u"ben"_s)->signingKeys.isEmpty());
    QCOMPARE(PortfolioWriter::write(*p), keysExample());
    // The normative example has no keys and still writes back as it was.
    const Result<Portfolio> plain = PortfolioReader::read(readExample());
    QVERIFY2(plain.has_value(), why(plain).constData());
    QCOMPARE(PortfolioWriter::write(*plain), readExample());
}

void TstSigningKeys::roundTripsThroughTheDatabase()
{
    auto db = Database::open(freshTestDatabase(m_dir));
    QVERIFY2(db.has_value(), why(db).constData());
    const QDateTime at(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(PortfolioImporter(**db).import(keysExample(), u"keys.json"_s, as(u"ana"_s), at).has_value());
    const Result<Portfolio> loaded = PortfolioRepository(**db).load();
    QVERIFY2(loaded.has_value(), why(loaded).constData());
    QCOMPARE(PortfolioWriter::write(*loaded), keysExample());
}

void TstSigningKeys::rejectsBadKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QString key = u"$.people[0].signing_keys[0]"_s;
    QTest::newRow("an RSA key") << keysExampleWith("people/0/signing_keys/0/public_key",
                                                   u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 ana"_s)
                                << key + u".public_key: not an SSH public key of an accepted type (ssh-ed25519, "
                                         u"ecdsa-sha2-nistp256, sk-ssh-ed25519@openssh.com): expected \"TYPE BASE64 "
                                         u"[COMMENT]\""_s;
    QTest::newRow("cut off when pasted")
        << keysExampleWith("people/0/signing_keys/0/public_key", u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICyCTLFg ana"_s)
        << key + u".public_key: the ssh-ed25519 key is damaged: its base64 part does not hold a ssh-ed25519 key "
                 u"(was it cut off when pasted?)"_s;
    QTest::newRow("an ecdsa blob under the ed25519 name")
        << keysExampleWith("people/0/signing_keys/0/public_key",
                           u"ssh-ed25519 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBG6MAU3gh5Ls27MZRWfPp6Xn/"
                           u"IdOY+uH8vAAsgQZf4lI3XKuGlx7bvigRFybWftA0YEXvvSrf5NvfThtu91Mr60="_s)
        << key + u".public_key: the ssh-ed25519 key is damaged: its base64 part does not hold a ssh-ed25519 key "
                 u"(was it cut off when pasted?)"_s;
    QJsonArray twice = QJsonDocument::fromJson(keysExample()).object()[u"people"_s][0][u"signing_keys"_s].toArray();
    QTest::newRow("one key for two people")
        << keysExampleWith("people/1/signing_keys", twice)
        << u"$.people[1].signing_keys[0].public_key: the key is already listed for ana"_s;
    QTest::newRow("revoked before it was valid")
        << keysExampleWith("people/0/signing_keys/0/revoked_on", u"2025-12-31"_s)
        << key + u".revoked_on: revoked before it was valid (valid from 2026-01-05)"_s;
    QTest::newRow("no valid_from") << keysExampleWith("people/0/signing_keys/0/valid_from", QJsonValue::Undefined)
                                   << key + u".valid_from: is required"_s;
    QTest::newRow("an unknown key")
        << keysExampleWith("people/0/signing_keys/0/fingerprint", u"x"_s)
        << key + u".fingerprint: unknown key (expected one of: public_key, valid_from, revoked_on)"_s;
}

void TstSigningKeys::rejectsBadKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<Portfolio> p = PortfolioReader::read(json);
    QVERIFY(!p.has_value());
    QCOMPARE(p.error().toString(), error);
}

void TstSigningKeys::fingerprintIsWhatSshKeygenPrints_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("ed25519") << u"ed25519"_s;
    QTest::newRow("ecdsa") << u"ecdsa"_s;
}

void TstSigningKeys::fingerprintIsWhatSshKeygenPrints()
{
    QFETCH(QString, type);
    const QString file = m_dir.filePath(u"id_"_s + type);
    const QString line = makeSshKey(file, type, u"test key"_s);
    QVERIFY(!line.isEmpty());
    QCOMPARE(SshPublicKey::problem(line), QString());
    QProcess keygen;
    keygen.start(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, file + u".pub"_s});
    QVERIFY(keygen.waitForFinished());
    const QString printed = QString::fromLatin1(keygen.readAllStandardOutput()).section(u' ', 1, 1);
    QVERIFY(printed.startsWith(u"SHA256:"_s));
    QCOMPARE(SshPublicKey::fingerprint(line), printed);
    QCOMPARE(SshPublicKey::fingerprint(kAnaKey), kAnaFingerprint);
}

void TstSigningKeys::importsKeepKeysAsFacts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("violations");
    const QString ana = u"signing key %1 of ana"_s.arg(kAnaFingerprint);
    QTest::newRow("key dropped") << keysExampleWith("people/0/signing_keys", QJsonArray())
                                 << QStringList{ana + u" would be dropped"_s};
    QTest::newRow("person with a key dropped")
        << keysExampleWith("people/0/signing_keys", QJsonValue::Undefined) << QStringList{ana + u" would be dropped"_s};
    QTest::newRow("valid_from moved") << keysExampleWith("people/0/signing_keys/0/valid_from", u"2025-06-01"_s)
                                      << QStringList{ana + u" would be changed (valid_from); a key is only ever "
                                                           u"revoked"_s};
    QTest::newRow("revoked") << keysExampleWith("people/0/signing_keys/0/revoked_on", u"2026-11-20"_s) << QStringList{};
    QTest::newRow("the comment edited") << keysExampleWith("people/0/signing_keys/0/public_key",
                                                           QString(kAnaKey.section(u' ', 0, 1) + u" ana@desktop"_s))
                                        << QStringList{};
}

void TstSigningKeys::importsKeepKeysAsFacts()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, violations);
    auto db = Database::open(freshTestDatabase(m_dir));
    QVERIFY2(db.has_value(), why(db).constData());
    const QDateTime at(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(PortfolioImporter(**db).import(keysExample(), u"keys.json"_s, as(u"ana"_s), at).has_value());
    const auto plan = PortfolioImporter(**db).plan(json);
    QVERIFY2(plan.has_value(), why(plan).constData());
    QCOMPARE(plan->violations, violations);
    if (!violations.isEmpty())
        return;
    // A revocation is an import like any other; taking it back is then refused.
    QVERIFY(PortfolioImporter(**db).import(json, u"next.json"_s, as(u"ana"_s), at).has_value());
    if (QTest::currentDataTag() == QByteArray("revoked")) {
        const auto undo = PortfolioImporter(**db).plan(keysExample());
        QVERIFY2(undo.has_value(), why(undo).constData());
        QCOMPARE(undo->violations, QStringList{u"signing key %1 of ana would be changed (revoked_on); a key is only "
                                               u"ever revoked"_s.arg(kAnaFingerprint)});
    }
}

void TstSigningKeys::gateTemplatesSayWhetherSignOffsMustBeSigned_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QList<bool>>("flags");   // internal-pilot, customer-launch, high-risk-launch
    QTest::addColumn<QStringList>("written"); // the signed_signoffs members the exported file holds

    QTest::newRow("absent: the launch gates require it")
        << readExample() << QList<bool>{false, true, true} << QStringList{};
    QTest::newRow("customer-launch turns it off")
        << exampleWith("gate_templates/1/signed_signoffs", false) << QList<bool>{false, false, true}
        << QStringList{u"\"signed_signoffs\": false"_s};
    QTest::newRow("internal-pilot turns it on")
        << exampleWith("gate_templates/0/signed_signoffs", true) << QList<bool>{true, true, true}
        << QStringList{u"\"signed_signoffs\": true"_s};
    QTest::newRow("saying the default changes nothing")
        << exampleWith("gate_templates/2/signed_signoffs", true) << QList<bool>{false, true, true} << QStringList{};
}

void TstSigningKeys::gateTemplatesSayWhetherSignOffsMustBeSigned()
{
    QFETCH(QByteArray, json);
    QFETCH(QList<bool>, flags);
    QFETCH(QStringList, written);

    const Result<Portfolio> read = PortfolioReader::read(json);
    QVERIFY2(read.has_value(), why(read).constData());
    QList<bool> readFlags;
    for (const GateTemplate &t : read->gateTemplates)
        readFlags.append(t.signedSignoffs);
    QCOMPARE(readFlags, flags);

    const QString exported = QString::fromUtf8(PortfolioWriter::write(*read));
    static const QRegularExpression member(u"\"signed_signoffs\": (true|false)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : member.globalMatch(exported))
        found.append(m.captured(0));
    QCOMPARE(found, written);

    // What is stored is what was read.
    auto db = Database::open(freshTestDatabase(m_dir));
    QVERIFY2(db.has_value(), why(db).constData());
    const QDateTime at(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    const auto imported = PortfolioImporter(**db).import(json, u"templates.json"_s, as(u"ana"_s), at);
    QVERIFY2(imported.has_value(), why(imported).constData());
    const Result<Portfolio> loaded = PortfolioRepository(**db).load();
    QVERIFY2(loaded.has_value(), why(loaded).constData());
    QList<bool> storedFlags;
    for (const GateTemplate &t : loaded->gateTemplates)
        storedFlags.append(t.signedSignoffs);
    QCOMPARE(storedFlags, flags);
}

void TstSigningKeys::aTemplateFlagThatIsNotABooleanIsRefused()
{
    const Result<Portfolio> read = PortfolioReader::read(exampleWith("gate_templates/1/signed_signoffs", u"yes"_s));
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().toString(),
             u"$.gate_templates[1].signed_signoffs: expected true, false or null, found \"yes\""_s);
}

QTEST_GUILESS_MAIN(TstSigningKeys)
#include "tst_signingkeys.moc"
