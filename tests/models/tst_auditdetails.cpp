#include "audit/auditdetails.h"
#include "audit/factpayload.h"

#include <QJsonDocument>
#include <QTest>

using namespace greenlight::models;
using namespace Qt::StringLiterals;

class TstAuditDetails final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEachPayloadKindAsReadableLines_data();
    void writesEachPayloadKindAsReadableLines();
};

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

void TstAuditDetails::writesEachPayloadKindAsReadableLines_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("lines");

    // Edits of a use case (UseCaseService): the changed fields before → after, nested ones as dotted paths.
    QTest::newRow("use-case edit")
        << QByteArray(R"({"after":{"name":"Reply drafts","operations":{"daily_cost_cap_usd":999.5}},)"
                      R"("before":{"name":"Support reply drafts","operations":{"daily_cost_cap_usd":50}},)"
                      R"("version":2})")
        << QStringList{u"name: Support reply drafts → Reply drafts"_s, u"operations.daily_cost_cap_usd: 50 → 999.5"_s,
                       u"version: 2"_s};
    QTest::newRow("use-case edit of an owner and the data classes")
        << QByteArray(R"({"after":{"data_classes":["internal","customer"],"owners":{"support":"erik"}},)"
                      R"("before":{"data_classes":["internal"],"owners":{"support":"dana"}},"version":7})")
        << QStringList{u"data_classes: internal → internal, customer"_s, u"owners.support: dana → erik"_s,
                       u"version: 7"_s};
    // A whole object set or cleared: each of its fields, from or to nothing.
    QTest::newRow("use-case edit that clears the logging policy")
        << QByteArray(R"({"after":{"logging":null,"rollback":{"tested":"2026-11-02"}},)"
                      R"("before":{"logging":{"prompts":"raw","raw_approved_by":null,)"
                      R"("retention_days":{"debug":7}},"rollback":{"tested":null}},"version":3})")
        << QStringList{u"logging.prompts: raw → —"_s, u"logging.raw_approved_by: — → —"_s,
                       u"logging.retention_days.debug: 7 → —"_s, u"rollback.tested: — → 2026-11-02"_s, u"version: 3"_s};
    QTest::newRow("undo of an edit: an empty text back")
        << QByteArray(R"({"after":{"description":""},"before":{"description":"Drafts, then sends."},"version":4})")
        << QStringList{u"description: Drafts, then sends. → —"_s, u"version: 4"_s};

    // Facts (FactPayload), a fact without a before: field: value, in the payload's key order.
    QTest::newRow("data approval") << json(FactPayload::dataApproval(u"support-reply-draft"_s, 1,
                                                                     DataApproval{DataClass::Customer, Role::Security,
                                                                                  u"sam"_s, ApprovalDecision::Approved,
                                                                                  QDate(2026, 11, 2),
                                                                                  u"EU tenants only; prüfen in Q1"_s}))
                                   << QStringList{u"data_class: customer"_s,
                                                  u"date: 2026-11-02"_s,
                                                  u"decision: approved"_s,
                                                  u"index: 1"_s,
                                                  u"note: EU tenants only; prüfen in Q1"_s,
                                                  u"person: sam"_s,
                                                  u"role: security"_s,
                                                  u"use_case: support-reply-draft"_s};
    QJsonObject signedSignoff = FactPayload::signoff(
        u"review-2026-11-25"_s, 0,
        Signoff{Role::Support, u"dana"_s, SignoffDecision::Approve, utc(u"2026-11-25T10:15:00Z"_s), QString()});
    signedSignoff.insert(u"signer"_s, u"SHA256:Bx1nq9L3c0bQxGkQ2m4Yq2sZ8a0nS3p0b5yWqL7uT2E"_s);
    QTest::newRow("signed sign-off") << json(signedSignoff)
                                     << QStringList{u"decision: approve"_s,
                                                    u"index: 0"_s,
                                                    u"note: —"_s,
                                                    u"person: dana"_s,
                                                    u"review: review-2026-11-25"_s,
                                                    u"role: support"_s,
                                                    u"signed_at: 2026-11-25T10:15:00Z"_s,
                                                    u"signer: SHA256:Bx1nq9L3c0bQxGkQ2m4Yq2sZ8a0nS3p0b5yWqL7uT2E"_s};
    // A review's start (GateReviewStore adds the counts): one line per frozen rule, short values first.
    GateReview review;
    review.id = u"review-2026-11-25"_s;
    review.gate = u"customer-launch"_s;
    review.requestedBy = u"ana"_s;
    review.requestedAt = utc(u"2026-11-25T09:30:00Z"_s);
    review.ruleResults = {
        RuleResult{u"owner.product"_s, Severity::Blocker, RuleOutcome::Pass, u"product owner: Ana Ruiz (pm)"_s, {}},
        RuleResult{
            u"eval.threshold"_s, Severity::Blocker, RuleOutcome::Fail, u"latest eval 93.1 % < threshold 95 %"_s, {}}};
    QJsonObject started = FactPayload::reviewStart(u"support-reply-draft"_s, review);
    started.insert(u"blockers_failed"_s, 1);
    started.insert(u"eligible"_s, false);
    QTest::newRow("review start") << json(started)
                                  << QStringList{u"blockers_failed: 1"_s,
                                                 u"eligible: false"_s,
                                                 u"gate: customer-launch"_s,
                                                 u"requested_at: 2026-11-25T09:30:00Z"_s,
                                                 u"requested_by: ana"_s,
                                                 u"review: review-2026-11-25"_s,
                                                 u"rules[0]: result pass, rule owner.product, severity blocker, "
                                                 u"explanation \"product owner: Ana Ruiz (pm)\""_s,
                                                 u"rules[1]: result fail, rule eval.threshold, severity blocker, "
                                                 u"explanation \"latest eval 93.1 % < threshold 95 %\""_s,
                                                 u"use_case: support-reply-draft"_s};
    QTest::newRow("review decision") << json(FactPayload::reviewDecision(
                                            u"support-reply-draft"_s, u"review-2026-11-25"_s, GateDecision::NoGo,
                                            u"Eval below threshold; rerun after the prompt fix."_s))
                                     << QStringList{u"decision: no-go"_s,
                                                    u"rationale: Eval below threshold; rerun after the prompt fix."_s,
                                                    u"review: review-2026-11-25"_s, u"use_case: support-reply-draft"_s};
    // An eval run: each category's counts on one line.
    EvalRun run{u"run-2026-11-01"_s, QDate(2026, 11, 1), u"support-draft"_s, 3, true, 0, {}};
    run.results.insert(EvalCategory::Normal, CategoryResult{100, 97});
    run.results.insert(EvalCategory::PromptInjection, CategoryResult{12, 12});
    QTest::newRow("eval run") << json(FactPayload::evalRun(u"support-reply-draft"_s, run))
                              << QStringList{u"baseline: true"_s,
                                             u"cases: 112"_s,
                                             u"date: 2026-11-01"_s,
                                             u"passed: 109"_s,
                                             u"results.normal: passed 97, total 100"_s,
                                             u"results.prompt_injection: passed 12, total 12"_s,
                                             u"route: support-draft"_s,
                                             u"route_version: 3"_s,
                                             u"run: run-2026-11-01"_s,
                                             u"secrets_found: 0"_s,
                                             u"use_case: support-reply-draft"_s};
    QTest::newRow("route version") << json(FactPayload::route(Route{u"support-draft"_s, 4, u"anthropic"_s,
                                                                    u"claude-sonnet-4-5"_s, Endpoint::Batch, u"v12"_s,
                                                                    u"kb-2026-11"_s, u"tools-3"_s, QString()}))
                                   << QStringList{u"endpoint: batch"_s,
                                                  u"fallback_route: —"_s,
                                                  u"model: claude-sonnet-4-5"_s,
                                                  u"prompt_version: v12"_s,
                                                  u"provider: anthropic"_s,
                                                  u"retrieval_corpus: kb-2026-11"_s,
                                                  u"route: support-draft"_s,
                                                  u"tool_schema_version: tools-3"_s,
                                                  u"version: 4"_s};

    // Imports, exports, connections.
    QTest::newRow("portfolio import")
        << QByteArray(R"({"facts":{"data_approvals":[{"data_class":"customer","index":0,"note":"Bodies only.",)"
                      R"("use_case":"support-reply-draft"}],"routes":[]},"file":"portfolio.json","people":10,)"
                      R"("sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"})")
        << QStringList{u"facts.data_approvals[0]: data_class customer, index 0, use_case support-reply-draft, "
                       u"note \"Bodies only.\""_s,
                       u"facts.routes: —"_s, u"file: portfolio.json"_s, u"people: 10"_s,
                       u"sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s};
    QTest::newRow("usage import") << QByteArray(R"({"added":177141,"file":"demo","records":177141})")
                                  << QStringList{u"added: 177141"_s, u"file: demo"_s, u"records: 177141"_s};
    QTest::newRow("packet export")
        << QByteArray(R"({"file":"packet.pdf","head_hash":"c2c3056a6cb32e964125351bd0051deb3a73fbf248f69debfc0195)"
                      R"(463efa9c02","pages":10})")
        << QStringList{u"file: packet.pdf"_s,
                       u"head_hash: c2c3056a6cb32e964125351bd0051deb3a73fbf248f69debfc0195463efa9c02"_s,
                       u"pages: 10"_s};
    // A connection pointed elsewhere: the change sits in one member.
    QTest::newRow("connection re-keyed")
        << QByteArray(
               R"({"secret_ref":"greenlight/litellm-2","url":{"after":"https://b.example/","before":"https://a.example/"}})")
        << QStringList{u"secret_ref: greenlight/litellm-2"_s, u"url: https://a.example/ → https://b.example/"_s};
    QTest::newRow("identifier map") << QByteArray(R"({"tenant":{"acme-eu":"acme","team 7":"globex"},"use_case":{}})")
                                    << QStringList{u"tenant.acme-eu: acme"_s, u"tenant.team 7: globex"_s,
                                                   u"use_case: —"_s};

    // Shapes no payload has today still read sensibly and exactly.
    QTest::newRow("numbers as stored") << QByteArray(R"({"a":0.1,"b":-3,"c":1e21,"d":12345678901})")
                                       << QStringList{u"a: 0.1"_s, u"b: -3"_s, u"c: 1e+21"_s, u"d: 12345678901"_s};
    QTest::newRow("a list of lists") << QByteArray(R"({"pairs":[["a","b"],[]]})")
                                     << QStringList{u"pairs[0]: a, b"_s, u"pairs[1]: —"_s};
    QTest::newRow("before and after that are not an edit")
        << QByteArray(R"({"after":3,"before":2})") << QStringList{u"after: 3"_s, u"before: 2"_s};
    QTest::newRow("empty payload") << QByteArray("{}") << QStringList{};
    QTest::newRow("not an object") << QByteArray("[1,2]") << QStringList{u"[1,2]"_s};
}

void TstAuditDetails::writesEachPayloadKindAsReadableLines()
{
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, lines);
    QCOMPARE(AuditDetails::lines(payload), lines);
}

QTEST_GUILESS_MAIN(TstAuditDetails)
#include "tst_auditdetails.moc"
