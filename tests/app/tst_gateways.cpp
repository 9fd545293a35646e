// Field paths and the adapters' reading of each gateway's documented record shape (docs/gateways.md).
#include "../support/why.h"

#include "gateways/fieldpath.h"
#include "gateways/gatewayadapter.h"

#include <QJsonDocument>
#include <QTest>

using namespace greenlight::app;
using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

class TstGateways final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldPaths_data();
    void fieldPaths();
    void invalidFieldPaths_data();
    void invalidFieldPaths();
    void liteLlmRowBecomesAUsageRecord();
    void anthropicCostsAreApportionedToApiKeys();
    void malformedBodiesNameTheProblem_data();
    void malformedBodiesNameTheProblem();
};

namespace {
const QByteArray kRecord = R"({"team_id":"t_support","end_user":"acme","spend":0.00042,"n":7,
    "metadata":{"user_api_key_alias":"support-bot","spend_logs_metadata":{"use_case":"ticket-summary"}},
    "request_tags":["env:prod","feature:summarize"],"request_properties":{"Customer":"globex"}})";

Connection connection(const QString &kind, const QString &tenant = {}, const QString &useCase = {})
{
    Connection c;
    c.name = kind + u"-gw"_s;
    c.kind = kind;
    c.url = u"https://gw.example/"_s;
    c.tenantField = tenant;
    c.useCaseField = useCase;
    return c;
}
} // namespace

void TstGateways::fieldPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::newRow("top level") << u"team_id"_s << u"t_support"_s;
    QTest::newRow("nested") << u"metadata.spend_logs_metadata.use_case"_s << u"ticket-summary"_s;
    QTest::newRow("property") << u"request_properties.Customer"_s << u"globex"_s;
    QTest::newRow("tag prefix") << u"request_tags[feature:]"_s << u"summarize"_s;
    QTest::newRow("tag missing") << u"request_tags[team:]"_s << QString();
    QTest::newRow("number") << u"n"_s << u"7"_s;
    QTest::newRow("missing") << u"metadata.nothing.here"_s << QString();
    QTest::newRow("object is not a value") << u"metadata"_s << QString();
}

void TstGateways::fieldPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QVERIFY(FieldPath::isValid(path));
    QCOMPARE(FieldPath(path).valueIn(QJsonDocument::fromJson(kRecord).object()), value);
}

void TstGateways::invalidFieldPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty") << QString();
    QTest::newRow("double dot") << u"a..b"_s;
    QTest::newRow("trailing dot") << u"a."_s;
    QTest::newRow("unclosed") << u"tags[feature:"_s;
    QTest::newRow("bracket first") << u"[x]"_s;
    QTest::newRow("stray bracket") << u"a]"_s;
}

void TstGateways::invalidFieldPaths()
{
    QFETCH(QString, path);
    QVERIFY(!FieldPath::isValid(path));
    QVERIFY(FieldPath(path).isEmpty());
}

void TstGateways::liteLlmRowBecomesAUsageRecord()
{
    // The example of docs/gateways.md, with the use case taken from a tag.
    const QByteArray body = R"({"data":[{"request_id":"chatcmpl-9f2c","call_type":"acompletion","spend":0.00042,
        "prompt_tokens":812,"completion_tokens":96,"startTime":"2025-11-25T10:02:11.120Z",
        "endTime":"2025-11-25T10:02:12.410Z","model":"gpt-4o-mini","custom_llm_provider":"openai","user":"u_42",
        "end_user":"acme","team_id":"t_support","request_tags":["feature:summarize"],"status":null,
        "metadata":{"user_api_key_alias":"support-bot"}}],"total":1,"page":1,"page_size":50,"total_pages":1})";
    auto adapter = GatewayAdapter::create(connection(u"litellm"_s, u"end_user"_s, u"request_tags[feature:]"_s));
    QVERIFY2(adapter.has_value(), why(adapter).constData());
    const auto page = (*adapter)->parse(body, {});
    QVERIFY2(page.has_value(), why(page).constData());
    QCOMPARE(page->usage.size(), 1);
    QVERIFY(page->next.isEmpty());
    const UsageRecord &r = page->usage.first();
    QCOMPARE(r.source, QByteArray("litellm-gw"));
    QCOMPARE(r.requestId, QByteArray("chatcmpl-9f2c"));
    QCOMPARE(r.occurredAtMs, QDateTime(QDate(2025, 11, 25), QTime(10, 2, 11, 120), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(r.provider, QByteArray("openai"));
    QCOMPARE(r.model, QByteArray("gpt-4o-mini"));
    QCOMPARE(r.tenant, QByteArray("acme"));
    QCOMPARE(r.useCase, QByteArray("summarize"));
    QCOMPARE(r.promptTokens, 812);
    QCOMPARE(r.completionTokens, 96);
    QCOMPARE(r.costNanos, 420'000);
    QCOMPARE(r.latencyMs, std::optional<qint64>(1290)); // endTime − startTime without request_duration_ms
    QCOMPARE(r.status, QByteArray("success"));          // null counts as success
}

void TstGateways::anthropicCostsAreApportionedToApiKeys()
{
    // One day: the cost report (cents, by workspace and description) and the usage report (tokens, by API key).
    const QByteArray costs = R"({"data":[{"starting_at":"2025-08-01T00:00:00Z","ending_at":"2025-08-02T00:00:00Z",
        "results":[
         {"currency":"USD","amount":"4512.5","workspace_id":"wrkspc_01","description":"Claude Sonnet 4 Usage - Input Tokens",
          "cost_type":"tokens","model":"claude-sonnet-4-20250514","service_tier":"standard",
          "token_type":"uncached_input_tokens","context_window":"0-200k"},
         {"currency":"USD","amount":"0.0000001","workspace_id":"wrkspc_01","description":"Claude Sonnet 4 Usage - Output Tokens",
          "cost_type":"tokens","model":"claude-sonnet-4-20250514","service_tier":"standard",
          "token_type":"output_tokens","context_window":"0-200k"},
         {"currency":"USD","amount":"1.00","workspace_id":"wrkspc_01","description":"Web Search","cost_type":"web_search",
          "model":null,"service_tier":null,"token_type":null,"context_window":null}]}],
        "has_more":false,"next_page":null})";
    const QByteArray usage = R"({"data":[{"starting_at":"2025-08-01T00:00:00Z","ending_at":"2025-08-02T00:00:00Z",
        "results":[
         {"uncached_input_tokens":2000,"cache_creation":{"ephemeral_1h_input_tokens":0,"ephemeral_5m_input_tokens":0},
          "cache_read_input_tokens":0,"output_tokens":1,"api_key_id":"apikey_b","workspace_id":"wrkspc_01",
          "model":"claude-sonnet-4-20250514","service_tier":"standard","context_window":"0-200k"},
         {"uncached_input_tokens":1000,"cache_creation":{"ephemeral_1h_input_tokens":0,"ephemeral_5m_input_tokens":0},
          "cache_read_input_tokens":0,"output_tokens":1,"api_key_id":"apikey_a","workspace_id":"wrkspc_01",
          "model":"claude-sonnet-4-20250514","service_tier":"standard","context_window":"0-200k"}]}],
        "has_more":false,"next_page":null})";
    auto adapter = GatewayAdapter::create(connection(u"anthropic"_s));
    QVERIFY2(adapter.has_value(), why(adapter).constData());
    QVERIFY((*adapter)->buffersWindow());
    const auto costPage = (*adapter)->parse(costs, {});
    QVERIFY2(costPage.has_value(), why(costPage).constData());
    QCOMPARE(costPage->usage.size(), 0); // nothing until the usage report is in
    QCOMPARE(costPage->next, u"usage:"_s);
    const auto usagePage = (*adapter)->parse(usage, u"usage:"_s);
    QVERIFY2(usagePage.has_value(), why(usagePage).constData());
    QCOMPARE(usagePage->next, QString());
    const QList<UsageRecord> &records = usagePage->usage;
    QCOMPARE(records.size(), 3); // two API keys, and the web search no tokens explain
    // "4512.5" cents = $45.125 = 45,125,000,000 nano-dollars, split 2000 : 1000. The output tokens' single
    // nano-dollar ("0.0000001" cents) goes to the earlier key on a tie: apikey_a.
    QCOMPARE(records[0].useCase, QByteArray("apikey_b"));
    QCOMPARE(records[0].costNanos, 30'083'333'333);
    QCOMPARE(records[0].promptTokens, 2000);
    QCOMPARE(records[1].useCase, QByteArray("apikey_a"));
    QCOMPARE(records[1].costNanos, 15'041'666'667 + 1);
    QCOMPARE(records[2].useCase, QByteArray());
    QCOMPARE(records[2].tenant, QByteArray("wrkspc_01"));
    QCOMPARE(records[2].costNanos, 10'000'000); // "1.00" cents
    QCOMPARE(records[0].costNanos + records[1].costNanos + records[2].costNanos, 45'125'000'001 + 10'000'000);
    // The same window read again gives the same records with the same ids: re-reading a day adds nothing.
    QVERIFY((*adapter)->parse(costs, {}).has_value());
    const auto again = (*adapter)->parse(usage, u"usage:"_s);
    QVERIFY2(again.has_value(), why(again).constData());
    QCOMPARE(again->usage.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(again->usage[i].requestId, records[i].requestId);
        QCOMPARE(again->usage[i].costNanos, records[i].costNanos);
    }
}

void TstGateways::malformedBodiesNameTheProblem_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << u"litellm"_s << QByteArray("<html>Bad gateway</html>")
                              << u"litellm-gw: malformed response from the gateway: illegal value at byte 1 of 24 (a "
                                 u"truncated or non-JSON body)"_s;
    QTest::newRow("no data") << u"litellm"_s << QByteArray(R"({"detail":"x"})")
                             << u"litellm-gw: malformed response from the gateway: no \"data\" array"_s;
    QTest::newRow("row without id")
        << u"helicone"_s << QByteArray(R"({"data":[{"request_created_at":"2025-08-01T10:00:03Z"}]})")
        << u"helicone-gw: malformed response from the gateway: data[0] has no request_id or "
           u"request_created_at"_s;
    QTest::newRow("gateway error") << u"helicone"_s << QByteArray(R"({"data":null,"error":"bad filter"})")
                                   << u"helicone-gw: malformed response from the gateway: the gateway reported: bad "
                                      u"filter"_s;
    QTest::newRow("not usd") << u"openai"_s
                             << QByteArray(R"({"data":[{"start_time":1730419200,"results":[{"amount":{"value":1,
                                   "currency":"eur"}}]}],"has_more":false})")
                             << u"openai-gw: malformed response from the gateway: data[0].results[0].amount.currency "
                                u"is \"eur\", not usd"_s;
    QTest::newRow("langfuse without start") << u"langfuse"_s << QByteArray(R"({"data":[{"id":"obs_1"}],"meta":{}})")
                                            << u"langfuse-gw: malformed response from the gateway: data[0] has no id "
                                               u"or startTime"_s;
}

void TstGateways::malformedBodiesNameTheProblem()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    auto adapter = GatewayAdapter::create(connection(kind));
    QVERIFY2(adapter.has_value(), why(adapter).constData());
    const auto page = (*adapter)->parse(body, {});
    QVERIFY(!page.has_value());
    QCOMPARE(page.error().toString(), error);
}

QTEST_GUILESS_MAIN(TstGateways)
#include "tst_gateways.moc"
