// Signed evidence (issue 16 items 2 and 3): sign-offs and data-class decisions signed with the person's SSH key by
// the real ssh-keygen (a key file, or the ssh-agent), and every way of rewriting the log around a signed event
// caught by `audit verify` even after every hash was recomputed.
#include "../support/actor.h"
#include "../support/badportfolios.h"
#include "../support/sshkeys.h"
#include "../support/testdatabase.h"
#include "../support/why.h"

#include "audit/auditchain.h"
#include "gate/dataapprovalservice.h"
#include "gate/gatereviewservice.h"
#include "gate/waiverservice.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfoliowriter.h"
#include "signing/sshagent.h"
#include "signing/sshpublickey.h"
#include "signing/sshsigner.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/signaturecheck.h"
#include "storage/sqlstatement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kAt(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QString publicKeyOf(const QString &keyFile)
{
    QFile file(keyFile + u".pub"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s.pub", qPrintable(keyFile));
    return QString::fromLatin1(file.readAll()).trimmed();
}

} // namespace

class TstSignedEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signedDecisionsVerify();
    void theAgentSigns();
    void aPassphraseIsAskedForThroughAskpass();
    void outsidersVerifyWithPlainSshKeygen();
    void aKeyNotInThePortfolioIsRefused();
    void stepSignerNamesTheNewestEvent();
    void waiversAreSignedLikeApprovals();
    void aRequiredSignatureMissingIsRefused_data();
    void aRequiredSignatureMissingIsRefused();
    void tamperingIsCaught_data();
    void tamperingIsCaught();

private:
    QString generateKey(const QString &name, const QString &type);
    /// A database with the example portfolio, Sam (ed25519) and Lea (ecdsa) holding keys, a review Ana started
    /// that Sam signed with his key, and Lea's signed approval.
    std::unique_ptr<Database> signedDatabase(const QString &name);
    [[nodiscard]] static QList<AuditEvent> events(Database &db);
    /// Rewrites the whole log from @p events, recomputing every sequence number and hash as a forger would.
    static void rewrite(Database &db, QList<AuditEvent> events);

    QTemporaryDir m_dir;
    QString m_samKey;
    QString m_leaKey;
    QString m_strangerKey;
};

void TstSignedEvents::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_samKey = generateKey(u"sam"_s, u"ed25519"_s);
    m_leaKey = generateKey(u"lea"_s, u"ecdsa"_s);
    m_strangerKey = generateKey(u"stranger"_s, u"ed25519"_s);
}

QString TstSignedEvents::generateKey(const QString &name, const QString &type)
{
    const QString file = m_dir.filePath(u"id_"_s + name);
    if (makeSshKey(file, type, name).isEmpty())
        qFatal("ssh-keygen could not generate a %s key", qPrintable(type));
    return file;
}

std::unique_ptr<Database> TstSignedEvents::signedDatabase(const QString &name)
{
    const QJsonObject example = withSigningKey(withSigningKey(QJsonDocument::fromJson(readExample()).object(), u"sam"_s,
                                                              publicKeyOf(m_samKey), u"2026-01-01"_s),
                                               u"lea"_s, publicKeyOf(m_leaKey), u"2026-02-01"_s);
    auto db = Database::open(freshTestDatabase(m_dir, u"-"_s + name));
    if (!db)
        qFatal("cannot create the database: %s", why(db).constData());
    const auto imported =
        PortfolioImporter(**db).import(QJsonDocument(example).toJson(), u"keys.json"_s, as(u"ana"_s), kAt.addDays(-1));
    if (!imported)
        qFatal("cannot import: %s", why(imported).constData());
    const auto clock = [] { return kAt; };
    const auto review =
        GateReviewService(**db, clock).start(u"support-reply-draft"_s, u"customer-launch"_s, as(u"ana"_s));
    if (!review)
        qFatal("cannot start the review: %s", why(review).constData());
    const auto sam = SshSigner::fromKeyFile(m_samKey);
    const auto signedOff =
        GateReviewService(**db, clock)
            .sign(review->id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, u"data flows checked"_s, &*sam);
    if (!signedOff)
        qFatal("cannot sign: %s", why(signedOff).constData());
    const auto lea = SshSigner::fromKeyFile(m_leaKey);
    const auto approved = DataApprovalService(**db, clock)
                              .decide(u"support-reply-draft"_s, DataClass::Customer, as(u"lea"_s), Role::Legal,
                                      ApprovalDecision::Approved, u"contract covers it"_s, &*lea);
    if (!approved)
        qFatal("cannot approve: %s", why(approved).constData());
    return std::move(*db);
}

QList<AuditEvent> TstSignedEvents::events(Database &db)
{
    QList<AuditEvent> all;
    if (!AuditStore(db).forEach([&](const AuditEvent &e) { all.append(e); }))
        qFatal("cannot read the audit log");
    return all;
}

void TstSignedEvents::rewrite(Database &db, QList<AuditEvent> all)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"DELETE FROM audit_events"_s))
        qFatal("cannot clear the log");
    QString prev = AuditChain::genesisHash();
    for (qsizetype i = 0; i < all.size(); ++i) {
        AuditEvent &e = all[i];
        e.seq = i + 1;
        e.prevHash = prev;
        e.hash = AuditChain::computeHash(e);
        prev = e.hash;
        q.prepare(u"INSERT INTO audit_events (seq, occurred_at, actor, entity, entity_id, action, payload, prev_hash, "
                  u"hash, format, account, host, identity, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        const QVariantList values{e.seq,
                                  AuditChain::timeText(e.at),
                                  e.entry.actor.person,
                                  e.entry.entity,
                                  e.entry.entityId,
                                  e.entry.action,
                                  QString::fromUtf8(e.entry.payload),
                                  e.prevHash,
                                  e.hash,
                                  int(e.format),
                                  e.entry.actor.account,
                                  e.entry.actor.host,
                                  Actor::kindName(e.entry.actor.kind),
                                  e.signature.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(e.signature))};
        for (qsizetype v = 0; v < values.size(); ++v)
            q.bindValue(int(v), values[v]);
        if (!q.exec())
            qFatal("cannot write event %lld", e.seq);
    }
}

void TstSignedEvents::signedDecisionsVerify()
{
    auto db = signedDatabase(u"verify"_s);
    const QList<AuditEvent> all = events(*db);
    QCOMPARE(all.size(), 4); // import, start, sign, approve
    const AuditEvent &signoff = all[2];
    QCOMPARE(signoff.entry.action, u"sign"_s);
    QCOMPARE(QJsonDocument::fromJson(signoff.entry.payload).object().value(u"signer"_s).toString(),
             SshPublicKey::fingerprint(publicKeyOf(m_samKey)));
    QVERIFY(signoff.signature.startsWith("-----BEGIN SSH SIGNATURE-----"));
    QVERIFY(all[1].signature.isEmpty()); // Ana started the review without a key
    QVERIFY(!all[3].signature.isEmpty());
    const auto verified = AuditStore(*db).verify();
    QVERIFY2(verified.has_value(), why(verified).constData());
    QVERIFY2(verified->intact(), qPrintable(verified->signatureProblem + verified->stateProblem + verified->problem));
    QCOMPARE(verified->count, 4);
    QCOMPARE(verified->signedEvents, 2);
    QCOMPARE(verified->signers, (QStringList{u"lea"_s, u"sam"_s}));
}

void TstSignedEvents::theAgentSigns()
{
    // An agent started for this test holds Sam's key; the signer is given the public key file alone.
    const TestSshAgent agent;
    QVERIFY(agent.isRunning());
    QVERIFY(TestSshAgent::add(m_samKey));
    const QString publicOnly = m_dir.filePath(u"sam-agent.pub"_s);
    QVERIFY(QFile::copy(m_samKey + u".pub"_s, publicOnly));

    const auto signer = SshSigner::fromKeyFile(publicOnly);
    QVERIFY2(signer.has_value(), why(signer).constData());
    const auto signature = signer->sign("statement");
    QVERIFY2(signature.has_value(), why(signature).constData());
    QVERIFY(signature->startsWith("-----BEGIN SSH SIGNATURE-----"));

    // The window asks the agent which keys it holds and has it sign with the portfolio's key line alone.
    QCOMPARE(SshAgent::publicKeys(), QStringList{publicKeyOf(m_samKey)});
    const auto fromAgent = SshSigner::fromAgentKey(publicKeyOf(m_samKey));
    QVERIFY2(fromAgent.has_value(), why(fromAgent).constData());
    QCOMPARE(fromAgent->fingerprint(), signer->fingerprint());
    const auto agentSignature = fromAgent->sign("statement");
    QVERIFY2(agentSignature.has_value(), why(agentSignature).constData());
    // A key the agent does not hold cannot sign.
    const auto notHeld = SshSigner::fromAgentKey(publicKeyOf(m_leaKey));
    QVERIFY(notHeld.has_value());
    QVERIFY(!notHeld->sign("statement").has_value());

    // Without the agent the same public key cannot sign, and says so.
    qputenv("SSH_AUTH_SOCK", QByteArray("/nonexistent"));
    const auto refused = signer->sign("statement");
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().message.startsWith(u"ssh-keygen could not sign: "_s), why(refused).constData());
    QCOMPARE(SshAgent::publicKeys(), QStringList());
}

void TstSignedEvents::aPassphraseIsAskedForThroughAskpass()
{
    const QString keyFile = m_dir.filePath(u"id_locked"_s);
    QVERIFY(!makeSshKey(keyFile, u"ed25519"_s, u"locked"_s, u"correct horse"_s).isEmpty());
    const QString right = m_dir.filePath(u"askpass-right"_s);
    const QString wrong = m_dir.filePath(u"askpass-wrong"_s);
    QVERIFY(makeAskpass(right, u"correct horse"_s));
    QVERIFY(makeAskpass(wrong, u"battery staple"_s));

    auto signer = SshSigner::fromKeyFile(keyFile);
    QVERIFY2(signer.has_value(), why(signer).constData());
    signer->setAskpass(wrong);
    const auto refused = signer->sign("statement");
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().message.startsWith(u"ssh-keygen could not sign: "_s), why(refused).constData());
    signer->setAskpass(right);
    const auto signature = signer->sign("statement");
    QVERIFY2(signature.has_value(), why(signature).constData());
    QVERIFY(signature->startsWith("-----BEGIN SSH SIGNATURE-----"));
}

void TstSignedEvents::outsidersVerifyWithPlainSshKeygen()
{
    auto db = signedDatabase(u"outsiders"_s);
    const AuditEvent signoff = events(*db)[2];
    const auto allowed = SignatureCheck(*db).allowedSigners();
    QVERIFY2(allowed.has_value(), why(allowed).constData());
    const QString dir = m_dir.filePath(u"evidence"_s);
    QVERIFY(QDir().mkpath(dir));
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir + u'/' + name);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(write(u"allowed_signers"_s, *allowed));
    QVERIFY(write(u"3.statement"_s, AuditChain::canonicalForm(signoff)));
    QVERIFY(write(u"3.sig"_s, signoff.signature));
    QProcess keygen;
    keygen.setWorkingDirectory(dir);
    keygen.setStandardInputFile(dir + u"/3.statement"_s);
    keygen.start(u"ssh-keygen"_s, {u"-Y"_s, u"verify"_s, u"-f"_s, u"allowed_signers"_s, u"-I"_s, u"sam"_s, u"-n"_s,
                                   u"greenlight"_s, u"-s"_s, u"3.sig"_s});
    QVERIFY(keygen.waitForFinished());
    QCOMPARE(keygen.exitCode(), 0);
    QVERIFY(keygen.readAllStandardOutput().startsWith("Good \"greenlight\" signature for sam"));
}

void TstSignedEvents::aKeyNotInThePortfolioIsRefused()
{
    auto db = signedDatabase(u"refused"_s);
    const qsizetype before = events(*db).size();
    const auto stranger = SshSigner::fromKeyFile(m_strangerKey);
    const auto refused = DataApprovalService(*db, [] { return kAt; })
                             .decide(u"support-reply-draft"_s, DataClass::Customer, as(u"sam"_s), Role::Security,
                                     ApprovalDecision::Approved, {}, &*stranger);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().toString(), stranger->fingerprint() + u": this key is not one of sam's signing keys in "
                                                                   u"the portfolio (add it to "
                                                                   u"people[].signing_keys)"_s);
    QCOMPARE(events(*db).size(), before);
    // Before its valid_from a listed key does not count either.
    const auto lea = SshSigner::fromKeyFile(m_leaKey);
    const auto early = DataApprovalService(*db, [] { return QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC); })
                           .decide(u"support-reply-draft"_s, DataClass::Customer, as(u"lea"_s), Role::Legal,
                                   ApprovalDecision::Approved, {}, &*lea);
    QVERIFY(!early.has_value());
    QCOMPARE(early.error().toString(),
             lea->fingerprint() + u": the key of lea is not valid on 2026-01-15 (valid from 2026-02-01)"_s);
}

void TstSignedEvents::waiversAreSignedLikeApprovals()
{
    // Without a debug-log retention logging.policy fails; Sam (security) waives it with his key, then revokes it.
    QJsonObject example = withSigningKey(QJsonDocument::fromJson(readExample()).object(), u"sam"_s,
                                         publicKeyOf(m_samKey), u"2026-01-01"_s);
    example = QJsonDocument::fromJson(jsonWith(QJsonDocument(example).toJson(),
                                               "use_cases/0/logging/retention_days/debug", QJsonValue::Null))
                  .object();
    auto db = Database::open(freshTestDatabase(m_dir));
    QVERIFY2(db.has_value(), why(db).constData());
    const auto imported =
        PortfolioImporter(**db).import(QJsonDocument(example).toJson(), u"keys.json"_s, as(u"ana"_s), kAt.addDays(-1));
    QVERIFY2(imported.has_value(), why(imported).constData());
    WaiverService waivers(**db, [] { return kAt; });
    const WaiverRequest request{u"support-reply-draft"_s, {},
                                u"logging.policy"_s,      u"vendor sets retention"_s,
                                u"no debug logs kept"_s,  Role::Security,
                                QDate(2026, 12, 23)};
    const auto stranger = SshSigner::fromKeyFile(m_strangerKey);
    const auto refused = waivers.grant(request, as(u"sam"_s), &*stranger);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().toString(), stranger->fingerprint() + u": this key is not one of sam's signing keys in "
                                                                   u"the portfolio (add it to "
                                                                   u"people[].signing_keys)"_s);
    const auto sam = SshSigner::fromKeyFile(m_samKey);
    const auto granted = waivers.grant(request, as(u"sam"_s), &*sam);
    QVERIFY2(granted.has_value(), why(granted).constData());
    QVERIFY(waivers.revoke(granted->id, as(u"sam"_s), Role::Security, u"retention fixed"_s, &*sam).has_value());
    const QList<AuditEvent> all = events(**db);
    QCOMPARE(all.size(), 3); // import, grant, revoke
    QCOMPARE(all[1].entry.action, u"grant"_s);
    QCOMPARE(QJsonDocument::fromJson(all[1].entry.payload).object().value(u"signer"_s).toString(),
             SshPublicKey::fingerprint(publicKeyOf(m_samKey)));
    QCOMPARE(stepSigner(all, u"waiver"_s, granted->id, u"revoke"_s), sam->fingerprint());
    const auto verified = AuditStore(**db).verify();
    QVERIFY2(verified.has_value(), why(verified).constData());
    QVERIFY2(verified->intact(), qPrintable(verified->signatureProblem + verified->stateProblem + verified->problem));
    QCOMPARE(verified->signedEvents, 2);
    QCOMPARE(verified->signers, QStringList{u"sam"_s});
}

void TstSignedEvents::stepSignerNamesTheNewestEvent()
{
    // An import that replaced the review's sign-offs reuses index 0: the newer event is the one that stands.
    const auto event = [](const char *payload) {
        AuditEvent e;
        e.entry.entity = u"gate_review"_s;
        e.entry.entityId = u"review-1"_s;
        e.entry.action = u"sign"_s;
        e.entry.payload = payload;
        return e;
    };
    const QList<AuditEvent> events{event(R"({"index":0,"signer":"SHA256:old"})"),
                                   event(R"({"index":1,"signer":"SHA256:other"})"),
                                   event(R"({"index":0,"signer":"SHA256:new"})")};
    QCOMPARE(stepSigner(events, u"gate_review"_s, u"review-1"_s, u"sign"_s, 0), u"SHA256:new"_s);
    QCOMPARE(stepSigner(events, u"gate_review"_s, u"review-1"_s, u"sign"_s, 1), u"SHA256:other"_s);
    QCOMPARE(stepSigner(events, u"gate_review"_s, u"review-1"_s, u"decide"_s), QString());
    QCOMPARE(stepSigner(events, u"gate_review"_s, u"review-2"_s, QString(), 0), QString());
}

void TstSignedEvents::aRequiredSignatureMissingIsRefused_data()
{
    QTest::addColumn<QString>("gate");
    QTest::addColumn<QString>("samKeyValidFrom");
    QTest::addColumn<QJsonValue>("signedSignoffs"); // the template's signed_signoffs in the file; undefined: absent
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("refusal"); // empty: the sign-off is recorded

    const QString refusal = u"%1: the %2 gate requires signed sign-offs and Sam Patel has a signing key (%3): sign "
                            u"with it (the ssh-agent or a key file)"_s;
    QTest::newRow("customer-launch, unsigned")
        << u"customer-launch"_s << u"2026-01-01"_s << QJsonValue(QJsonValue::Undefined) << false << refusal;
    QTest::newRow("high-risk-launch, unsigned")
        << u"high-risk-launch"_s << u"2026-01-01"_s << QJsonValue(QJsonValue::Undefined) << false << refusal;
    QTest::newRow("customer-launch, signed")
        << u"customer-launch"_s << u"2026-01-01"_s << QJsonValue(QJsonValue::Undefined) << true << QString();
    QTest::newRow("internal-pilot asks for no signature")
        << u"internal-pilot"_s << u"2026-01-01"_s << QJsonValue(QJsonValue::Undefined) << false << QString();
    QTest::newRow("no key valid that day yet")
        << u"customer-launch"_s << u"2026-12-01"_s << QJsonValue(QJsonValue::Undefined) << false << QString();
    QTest::newRow("the file turns it off")
        << u"customer-launch"_s << u"2026-01-01"_s << QJsonValue(false) << false << QString();
    QTest::newRow("the file turns it on")
        << u"internal-pilot"_s << u"2026-01-01"_s << QJsonValue(true) << false << refusal;
}

void TstSignedEvents::aRequiredSignatureMissingIsRefused()
{
    QFETCH(QString, gate);
    QFETCH(QString, samKeyValidFrom);
    QFETCH(QJsonValue, signedSignoffs);
    QFETCH(bool, withKey);
    QFETCH(QString, refusal);

    QJsonObject example = withSigningKey(QJsonDocument::fromJson(readExample()).object(), u"sam"_s,
                                         publicKeyOf(m_samKey), samKeyValidFrom);
    if (!signedSignoffs.isUndefined()) {
        QJsonArray templates = example.value(u"gate_templates"_s).toArray();
        for (qsizetype i = 0; i < templates.size(); ++i) {
            QJsonObject t = templates[i].toObject();
            if (t.value(u"id"_s).toString() == gate)
                t.insert(u"signed_signoffs"_s, signedSignoffs);
            templates[i] = t;
        }
        example.insert(u"gate_templates"_s, templates);
    }
    auto db = Database::open(
        m_dir.filePath(u"required-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-')));
    QVERIFY2(db.has_value(), why(db).constData());
    const auto imported =
        PortfolioImporter(**db).import(QJsonDocument(example).toJson(), u"keys.json"_s, as(u"ana"_s), kAt.addDays(-1));
    QVERIFY2(imported.has_value(), why(imported).constData());
    GateReviewService reviews(**db, [] { return kAt; });
    const auto review = reviews.start(u"support-reply-draft"_s, gate, as(u"ana"_s));
    QVERIFY2(review.has_value(), why(review).constData());
    const qsizetype before = events(**db).size();

    const auto sam = SshSigner::fromKeyFile(m_samKey);
    const auto signedOff =
        reviews.sign(review->id, as(u"sam"_s), Role::Security, SignoffDecision::Approve, {}, withKey ? &*sam : nullptr);
    if (refusal.isEmpty()) {
        QVERIFY2(signedOff.has_value(), why(signedOff).constData());
        QCOMPARE(events(**db).size(), before + 1);
        QCOMPARE(events(**db).constLast().signature.isEmpty(), !withKey);
        return;
    }
    QVERIFY(!signedOff.has_value());
    QCOMPARE(signedOff.error().toString(), refusal.arg(review->id, gate, sam->fingerprint()));
    QCOMPARE(events(**db).size(), before);
}

void TstSignedEvents::tamperingIsCaught_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("badSeq");
    QTest::addColumn<QString>("problem"); // a regular expression
    const QString doesNotVerify = u"^event 3: the signature of sam does not verify \\(.+\\)$"_s;
    QTest::newRow("an earlier event altered, hashes recomputed") << u"alter"_s << qint64(3) << doesNotVerify;
    QTest::newRow("an earlier event deleted, renumbered") << u"delete"_s << qint64(2)
                                                          << u"^event 2: the signature "
                                                             u"of sam does not verify"_s;
    QTest::newRow("two events reordered") << u"reorder"_s << qint64(3) << doesNotVerify;
    QTest::newRow("a forged signed event appended")
        << u"forge"_s << qint64(5) << u"^event 5: the signature of sam does not verify"_s;
    QTest::newRow("signatures swapped between events") << u"swap"_s << qint64(3) << doesNotVerify;
    QTest::newRow("a signature stripped") << u"strip"_s << qint64(3)
                                          << u"^event 3 was signed by sam with SHA256:\\S+, but its signature is "
                                             u"missing$"_s;
    QTest::newRow("a signature added later")
        << u"add"_s << qint64(2) << u"^event 2 carries a signature, but its record names no signer"_s;
    QTest::newRow("the key revoked before the event") << u"revoke"_s << qint64(3) << doesNotVerify;
    QTest::newRow("the key replaced by an unknown one") << u"unknown"_s << qint64(3) << doesNotVerify;
}

void TstSignedEvents::tamperingIsCaught()
{
    QFETCH(QString, kind);
    QFETCH(qint64, badSeq);
    QFETCH(QString, problem);
    auto db = signedDatabase(u"tamper-"_s + kind);
    QList<AuditEvent> all = events(*db);
    if (kind == u"alter"_s) {
        all[1].entry.payload = R"({"gate":"high-risk-launch"})";
        rewrite(*db, all);
    } else if (kind == u"delete"_s) {
        all.removeAt(1);
        rewrite(*db, all);
    } else if (kind == u"reorder"_s) {
        all.swapItemsAt(0, 1);
        rewrite(*db, all);
    } else if (kind == u"forge"_s) {
        AuditEvent forged = all[2]; // a second sign-off by Sam, with his signature copied from the first
        forged.entry.payload =
            QJsonDocument(QJsonObject{{u"decision"_s, u"approve"_s},
                                      {u"signer"_s, SshPublicKey::fingerprint(publicKeyOf(m_samKey))}})
                .toJson(QJsonDocument::Compact);
        all.append(forged);
        rewrite(*db, all);
    } else if (kind == u"swap"_s) {
        std::swap(all[2].signature, all[3].signature);
        rewrite(*db, all);
    } else if (kind == u"strip"_s) {
        all[2].signature.clear();
        rewrite(*db, all);
    } else if (kind == u"add"_s) {
        all[1].signature = all[2].signature;
        rewrite(*db, all);
    } else if (kind == u"revoke"_s) {
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"UPDATE person_signing_keys SET revoked_on = '2026-11-01' WHERE person_id = 'sam'"_s));
    } else if (kind == u"unknown"_s) {
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"UPDATE person_signing_keys SET public_key = '%1' WHERE person_id = 'sam'"_s.arg(
            publicKeyOf(m_strangerKey))));
    }
    const auto verified = AuditStore(*db).verify();
    QVERIFY2(verified.has_value(), why(verified).constData());
    QVERIFY2(verified->chainIntact(), qPrintable(verified->problem)); // the forger recomputed every hash
    QVERIFY(!verified->intact());
    QCOMPARE(verified->firstBadSignatureSeq, std::optional<qint64>(badSeq));
    QVERIFY2(QRegularExpression(problem).match(verified->signatureProblem).hasMatch(),
             qPrintable(verified->signatureProblem));
}

QTEST_GUILESS_MAIN(TstSignedEvents)
#include "tst_signedevents.moc"
