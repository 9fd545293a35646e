#include "../support/clirunner.h"
#include "../support/portfolioedits.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

/// The example plus two internal use cases: ticket-triage with an open review, and legacy-faq.
QByteArray goldenBefore()
{
    QJsonObject triage = copyOfUseCase(u"ticket-triage"_s);
    triage[u"name"_s] = u"Ticket triage"_s;
    triage[u"audience"_s] = u"internal"_s;
    triage[u"data_classes"_s] = QJsonArray{u"internal"_s};
    triage[u"data_approvals"_s] = QJsonArray{};
    triage[u"eval_runs"_s] = QJsonArray{};
    triage[u"gate_reviews"_s] = QJsonArray{QJsonObject{{u"id"_s, u"review-2026-11-19"_s},
                                                       {u"gate"_s, u"internal-pilot"_s},
                                                       {u"requested_by"_s, u"ben"_s},
                                                       {u"requested_at"_s, u"2026-11-19T08:00:00Z"_s},
                                                       {u"decision"_s, QJsonValue::Null},
                                                       {u"rationale"_s, u""_s},
                                                       {u"signoffs"_s, QJsonArray{}},
                                                       {u"rule_results"_s, QJsonArray{}}}};
    QJsonObject faq = copyOfUseCase(u"legacy-faq"_s);
    faq[u"name"_s] = u"Legacy FAQ bot"_s;
    faq[u"audience"_s] = u"internal"_s;
    faq[u"data_classes"_s] = QJsonArray{u"public"_s};
    faq[u"data_approvals"_s] = QJsonArray{};
    faq[u"eval_runs"_s] = QJsonArray{};
    faq[u"gate_reviews"_s] = QJsonArray{};
    return appendTo(appendToExample("use_cases", triage), "use_cases", faq);
}

/// One change of every kind the diff reports: a policy setting, a template's sign-offs, a route version, a person;
/// support-reply-draft's owner, a new unapproved class, an approval, an eval run and an operational date; a decision
/// and sign-off on ticket-triage's review; invoice-summary added without its approval; legacy-faq removed.
QByteArray goldenAfter()
{
    QByteArray json = goldenBefore();
    json = jsonWith(json, "policy/eval_threshold_high_risk_pct", 99.0);
    json = appendTo(json, "gate_templates/1/required_signoffs", u"legal"_s);
    QJsonObject v4 = exampleValue("routes/1").toObject();
    v4[u"version"_s] = 4;
    v4[u"prompt_version"_s] = u"p-2026-11-15"_s;
    v4[u"retrieval_corpus"_s] = u"kb-2026-11"_s;
    json = appendTo(json, "routes", v4);
    json = appendTo(json, "people",
                    QJsonObject{{u"id"_s, u"zoe"_s},
                                {u"name"_s, u"Zoe Lang"_s},
                                {u"email"_s, u"zoe@example.com"_s},
                                {u"roles"_s, QJsonArray{u"pm"_s}}});

    json = jsonWith(json, "use_cases/0/owners/support", u"eli"_s);
    json = appendTo(json, "use_cases/0/data_classes", u"regulated"_s);
    json = appendTo(json, "use_cases/0/data_approvals",
                    approval(u"customer"_s, u"security"_s, u"sam"_s, u"approved"_s, u"2026-11-20"_s,
                             u"Renewed; attachments still excluded."_s));
    json = appendTo(json, "use_cases/0/eval_runs", evalRun(u"run-2026-11-20"_s, u"2026-11-20"_s, 4, 59));
    json = jsonWith(json, "use_cases/0/operations/kill_switch_tested", u"2026-11-18"_s);

    json = jsonWith(json, "use_cases/1/gate_reviews/0/decision", u"go"_s);
    json = jsonWith(json, "use_cases/1/gate_reviews/0/rationale", u"Pilot with the support team."_s);
    json = appendTo(json, "use_cases/1/gate_reviews/0/signoffs",
                    QJsonObject{{u"role"_s, u"pm"_s},
                                {u"person"_s, u"ana"_s},
                                {u"decision"_s, u"approve"_s},
                                {u"at"_s, u"2026-11-20T09:00:00Z"_s},
                                {u"note"_s, u""_s}});

    QJsonObject invoices = copyOfUseCase(u"invoice-summary"_s);
    invoices[u"name"_s] = u"Invoice summaries"_s;
    QJsonObject owners = invoices.value(u"owners"_s).toObject();
    owners[u"product"_s] = u"zoe"_s;
    invoices[u"owners"_s] = owners;
    invoices[u"data_approvals"_s] = QJsonArray{};
    invoices[u"gate_reviews"_s] = QJsonArray{};
    QJsonArray useCases = valueAt(QJsonDocument::fromJson(json).object(), "use_cases").toArray();
    useCases.removeLast(); // legacy-faq
    useCases.append(invoices);
    return jsonWith(json, "use_cases", useCases);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstPortfolioDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void markdownMatchesTheGoldenFile();
    void jsonHasTheDocumentedShape();
    void textListsEachChangeUnderItsUseCase();
    void atJudgesBothFilesOnThatDay();
    void anApprovalThatExpiredSaysSoInEveryFormat();
    void aWaiverAddedIsWrittenInItsDocumentedOrder();
    void needsNoDatabase();

private:
    /// Writes both files and runs `portfolio diff OLD NEW ARGS…`.
    CliRun diff(const QByteArray &before, const QByteArray &after, const QStringList &arguments = {});
    QString oldFile() const { return m_dir.filePath(u"old.json"_s); }
    QString newFile() const { return m_dir.filePath(u"portfolio.json"_s); }
    QString database() const { return m_dir.filePath(u"none.sqlite"_s); }

    QTemporaryDir m_dir;
};

void TstPortfolioDiff::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

CliRun TstPortfolioDiff::diff(const QByteArray &before, const QByteArray &after, const QStringList &arguments)
{
    for (const auto &[path, data] : {std::pair{oldFile(), before}, std::pair{newFile(), after}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    }
    return runCli(database(), QStringList{u"portfolio"_s, u"diff"_s, oldFile(), newFile()} + arguments);
}

void TstPortfolioDiff::exitCodes_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error"); // {old} and {new} stand for the files' paths

    const QByteArray example = readExample();
    const QByteArray regulated = appendToExample("use_cases/0/data_classes", u"regulated"_s);
    const QByteArray strict = exampleWith("policy/eval_threshold_standard_pct", 98.0);
    QTest::newRow("the same file") << example << example << QStringList{} << 0 << QString();
    QTest::newRow("an owner changes") << example << exampleWith("use_cases/0/owners/support", u"eli"_s) << QStringList{}
                                      << 0 << QString();
    QTest::newRow("a class that needs no approval")
        << example << appendToExample("use_cases/0/data_classes", u"public"_s) << QStringList{u"--markdown"_s} << 0
        << QString();
    QTest::newRow("loses go-eligibility") << example << strict << QStringList{} << 1 << QString();
    QTest::newRow("loses go-eligibility, JSON") << example << strict << QStringList{u"--json"_s} << 1 << QString();
    QTest::newRow("regains go-eligibility") << strict << example << QStringList{} << 0 << QString();
    QTest::newRow("gains an unapproved class")
        << example << regulated << QStringList{u"--markdown"_s} << 1 << QString();
    QJsonObject pending = copyOfUseCase(u"new-thing"_s);
    pending[u"data_approvals"_s] = QJsonArray{};
    QTest::newRow("a new use case with an unapproved class")
        << example << appendToExample("use_cases", pending) << QStringList{} << 1 << QString();
    QTest::newRow("removes a use case") << appendToExample("use_cases", copyOfUseCase(u"gone"_s)) << example
                                        << QStringList{} << 0 << QString();

    QTest::newRow("the new file names an unknown person")
        << example << exampleWith("use_cases/0/owners/support", u"zoe"_s) << QStringList{} << 2
        << u"greenlight: {new}: $.use_cases[0].owners.support: unknown person \"zoe\"\n"_s;
    QTest::newRow("the old file is truncated")
        << example.left(300) << example << QStringList{} << 2
        << u"greenlight: {old}: line 11, column 4: invalid JSON: unterminated object\n"_s;
    QTest::newRow("both --markdown and --json")
        << example << example << QStringList{u"--markdown"_s, u"--json"_s} << 2
        << u"greenlight: usage: greenlight portfolio diff OLD.json NEW.json [--markdown|--json] [--at DATE]\n"_s;
    QTest::newRow("a third file") << example << example << QStringList{u"third.json"_s} << 2
                                  << u"greenlight: usage: greenlight portfolio diff OLD.json NEW.json "
                                     u"[--markdown|--json] [--at DATE]\n"_s;
    QTest::newRow("--at is no date") << example << example << QStringList{u"--at"_s, u"2026-02-30"_s} << 2
                                     << u"greenlight: --at: \"2026-02-30\" is not a date (YYYY-MM-DD)\n"_s;
}

void TstPortfolioDiff::exitCodes()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);

    const CliRun run = diff(before, after, arguments);
    QCOMPARE(run.err, QString(error).replace(u"{old}"_s, oldFile()).replace(u"{new}"_s, newFile()));
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 2)
        QVERIFY(!run.out.isEmpty());
}

void TstPortfolioDiff::markdownMatchesTheGoldenFile()
{
    const CliRun run = diff(goldenBefore(), goldenAfter(), {u"--markdown"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 1);
    const QString golden = QFINDTESTDATA("golden/portfolio-diff.md");
    // GREENLIGHT_UPDATE_GOLDEN=1 rewrites the file; read the change in `git diff` before committing it.
    if (qEnvironmentVariableIsSet("GREENLIGHT_UPDATE_GOLDEN")) {
        QFile f(golden.isEmpty() ? QStringLiteral(GREENLIGHT_SOURCE_DIR "/tests/app/golden/portfolio-diff.md")
                                 : golden);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(run.out.toUtf8());
        QSKIP("golden file rewritten");
    }
    QVERIFY2(!golden.isEmpty(), "tests/app/golden/portfolio-diff.md is missing");
    QCOMPARE(run.out, QString::fromUtf8(readFile(golden)));
}

void TstPortfolioDiff::jsonHasTheDocumentedShape()
{
    const CliRun run = diff(goldenBefore(), goldenAfter(), {u"--json"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 1);
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    // Members in the documented order (docs/command-line.md).
    const auto keysInOrder = [&](const QString &objectStart, const QStringList &keys) {
        qsizetype at = run.out.indexOf(objectStart);
        for (const QString &key : keys) {
            const qsizetype next = run.out.indexOf(u'"' + key + u"\":"_s, at);
            if (next < 0)
                return key;
            at = next;
        }
        return QString();
    };
    QCOMPARE(root.keys().size(), 10);
    QCOMPARE(keysInOrder(u"{"_s,
                         {u"format"_s, u"as_of"_s, u"regression"_s, u"summary"_s, u"policy"_s, u"gate_templates"_s,
                          u"route_versions_added"_s, u"route_versions_removed"_s, u"other_changes"_s, u"use_cases"_s}),
             QString());
    QCOMPARE(root.value(u"format"_s).toString(), u"greenlight.portfolio-diff/1"_s);
    QCOMPARE(root.value(u"as_of"_s).toString(), u"2026-11-23"_s);
    QCOMPARE(root.value(u"regression"_s).toBool(), true);
    QCOMPARE(root.value(u"summary"_s).toObject(),
             (QJsonObject{
                 {u"changed"_s, 2}, {u"added"_s, 1}, {u"removed"_s, 1}, {u"unchanged"_s, 0}, {u"regressions"_s, 2}}));
    QCOMPARE(
        root.value(u"policy"_s).toArray(),
        (QJsonArray{QJsonObject{{u"key"_s, u"eval_threshold_high_risk_pct"_s}, {u"before"_s, 98}, {u"after"_s, 99}}}));
    QCOMPARE(root.value(u"gate_templates"_s).toArray().at(0).toObject().value(u"signoffs_added"_s).toArray(),
             QJsonArray{u"legal"_s});
    QCOMPARE(root.value(u"other_changes"_s).toArray().at(0).toObject().value(u"path"_s).toString(),
             u"people[\"zoe\"]"_s);

    const QJsonArray useCases = root.value(u"use_cases"_s).toArray();
    QCOMPARE(useCases.size(), 4);
    const QStringList useCaseKeys{u"id"_s,
                                  u"name"_s,
                                  u"change"_s,
                                  u"regression"_s,
                                  u"loses_eligibility"_s,
                                  u"unapproved_data_classes_gained"_s,
                                  u"gate_before"_s,
                                  u"gate_after"_s,
                                  u"newly_failing"_s,
                                  u"newly_passing"_s,
                                  u"owners"_s,
                                  u"data_classes"_s,
                                  u"approvals_added"_s,
                                  u"approvals_removed"_s,
                                  u"route"_s,
                                  u"route_versions_added"_s,
                                  u"eval_runs_added"_s,
                                  u"eval_runs_removed"_s,
                                  u"gate_reviews"_s,
                                  u"waivers_added"_s,
                                  u"waivers_revoked"_s,
                                  u"waivers_removed"_s,
                                  u"other_changes"_s};
    for (const QJsonValue &u : useCases) {
        QStringList sorted = useCaseKeys;
        sorted.sort();
        QCOMPARE(u.toObject().keys(), sorted);
    }
    QCOMPARE(keysInOrder(u"\"use_cases\""_s, useCaseKeys), QString());

    const QJsonObject reply = useCases.at(0).toObject();
    QCOMPARE(reply.value(u"id"_s).toString(), u"support-reply-draft"_s);
    QCOMPARE(reply.value(u"change"_s).toString(), u"changed"_s);
    QCOMPARE(reply.value(u"loses_eligibility"_s).toBool(), true);
    QCOMPARE(reply.value(u"unapproved_data_classes_gained"_s).toArray(), QJsonArray{u"regulated"_s});
    QCOMPARE(reply.value(u"gate_before"_s).toObject(), (QJsonObject{{u"gate"_s, u"customer-launch"_s},
                                                                    {u"template_found"_s, true},
                                                                    {u"eligible"_s, true},
                                                                    {u"blockers_failed"_s, 0},
                                                                    {u"warnings_failed"_s, 0},
                                                                    {u"failing"_s, QJsonArray{}}}));
    QCOMPARE(reply.value(u"newly_failing"_s).toArray().at(1).toObject(),
             (QJsonObject{{u"id"_s, u"data.approved"_s},
                          {u"severity"_s, u"blocker"_s},
                          {u"result"_s, u"missing"_s},
                          {u"explanation"_s, u"approval missing: regulated awaits legal, security, compliance"_s}}));
    QCOMPARE(reply.value(u"owners"_s).toArray(),
             (QJsonArray{QJsonObject{{u"role"_s, u"support"_s},
                                     {u"before"_s, QJsonObject{{u"id"_s, u"dana"_s}, {u"name"_s, u"Dana Kim"_s}}},
                                     {u"after"_s, QJsonObject{{u"id"_s, u"eli"_s}, {u"name"_s, u"Eli Novak"_s}}}}}));
    QCOMPARE(reply.value(u"data_classes"_s).toArray(),
             (QJsonArray{QJsonObject{
                 {u"data_class"_s, u"regulated"_s},
                 {u"change"_s, u"added"_s},
                 {u"before"_s, QJsonValue::Null},
                 {u"after"_s, QJsonObject{{u"state"_s, u"pending"_s},
                                          {u"missing_roles"_s, QJsonArray{u"legal"_s, u"security"_s, u"compliance"_s}},
                                          {u"rejected_by"_s, QJsonValue::Null}}}}}));
    QCOMPARE(reply.value(u"route"_s).toObject(),
             (QJsonObject{{u"before"_s, u"support-draft"_s}, {u"after"_s, u"support-draft"_s}}));
    QCOMPARE(reply.value(u"eval_runs_added"_s).toArray(), (QJsonArray{QJsonObject{{u"id"_s, u"run-2026-11-20"_s},
                                                                                  {u"date"_s, u"2026-11-20"_s},
                                                                                  {u"route"_s, u"support-draft"_s},
                                                                                  {u"route_version"_s, 4},
                                                                                  {u"baseline"_s, false},
                                                                                  {u"cases"_s, 120},
                                                                                  {u"pass_rate_pct"_s, 97.5},
                                                                                  {u"secrets_found"_s, 0}}}));

    const QJsonObject triage = useCases.at(1).toObject();
    QCOMPARE(triage.value(u"regression"_s).toBool(), false);
    QCOMPARE(triage.value(u"gate_reviews"_s).toArray(),
             (QJsonArray{QJsonObject{{u"id"_s, u"review-2026-11-19"_s},
                                     {u"change"_s, u"changed"_s},
                                     {u"gate"_s, u"internal-pilot"_s},
                                     {u"requested_by"_s, u"ben"_s},
                                     {u"decision_before"_s, QJsonValue::Null},
                                     {u"decision"_s, u"go"_s},
                                     {u"signoffs_added"_s, QJsonArray{QJsonObject{{u"role"_s, u"pm"_s},
                                                                                  {u"person"_s, u"ana"_s},
                                                                                  {u"decision"_s, u"approve"_s},
                                                                                  {u"at"_s, u"2026-11-20T09:00:00Z"_s},
                                                                                  {u"note"_s, u""_s}}}}}}));
    QCOMPARE(useCases.at(2).toObject().value(u"change"_s).toString(), u"added"_s);
    QCOMPARE(useCases.at(2).toObject().value(u"gate_before"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(useCases.at(3).toObject().value(u"id"_s).toString(), u"legacy-faq"_s);
    QCOMPARE(useCases.at(3).toObject().value(u"change"_s).toString(), u"removed"_s);
    QCOMPARE(useCases.at(3).toObject().value(u"gate_after"_s), QJsonValue(QJsonValue::Null));
}

void TstPortfolioDiff::textListsEachChangeUnderItsUseCase()
{
    QByteArray after = exampleWith("use_cases/0/owners/support", u"eli"_s);
    after = jsonWith(after, "policy/eval_threshold_standard_pct", 98.0);
    const CliRun run = diff(readExample(), after);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, u"Governance changes from %1 to %2, gates judged as of 2026-11-23.\n"
                      u"REGRESSION: support-reply-draft loses go-eligibility.\n"
                      u"policy eval_threshold_standard_pct: 95 → 98\n"
                      u"support-reply-draft (changed) at customer-launch: GO-ELIGIBLE → NO-GO (blockers failed: 1)\n"
                      u"  newly failing: eval.threshold (blocker, fail): latest eval 97.5 % (route support-draft v3, "
                      u"2026-10-10) < threshold 98 %\n"
                      u"  owner support: Dana Kim (dana) → Eli Novak (eli)\n"_s.arg(oldFile(), newFile()));
}

void TstPortfolioDiff::atJudgesBothFilesOnThatDay()
{
    // A failing eval run dated after the clock's day counts only from its own day on.
    const QByteArray after =
        appendToExample("use_cases/0/eval_runs", evalRun(u"run-2026-12-01"_s, u"2026-12-01"_s, 3, 50));
    const CliRun today = diff(readExample(), after);
    QCOMPARE(today.exitCode, 0);
    QVERIFY(today.out.startsWith(u"Governance changes from %1 to %2, gates judged as of 2026-11-23.\n"
                                 u"No governance regression"_s.arg(oldFile(), newFile())));
    const CliRun later = diff(readExample(), after, {u"--at"_s, u"2026-12-01"_s});
    QCOMPARE(later.exitCode, 1);
    QVERIFY(later.out.contains(u"gates judged as of 2026-12-01"_s));
    QVERIFY(later.out.contains(u"  newly failing: eval.threshold (blocker, fail): latest eval 90.0 %"_s));
}

void TstPortfolioDiff::anApprovalThatExpiredSaysSoInEveryFormat()
{
    // The new file allows data approvals 30 days: the customer approval of 2026-10-02 expires. Approved on record, but
    // not in force; the gate loses data.approved on it.
    const QByteArray after = exampleWith("policy/evidence_max_age_days", QJsonObject{{u"data_approval"_s, 30}});
    const CliRun text = diff(readExample(), after);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(u"  data class customer: approved → expired: awaits renewal by security\n"_s),
             qPrintable(text.out));
    const CliRun markdown = diff(readExample(), after, {u"--markdown"_s});
    QVERIFY2(markdown.out.contains(u"`customer`: approved → **expired**: awaits renewal by `security`\n"_s),
             qPrintable(markdown.out));
    const CliRun json = diff(readExample(), after, {u"--json"_s});
    const QJsonArray classes =
        valueAt(QJsonDocument::fromJson(json.out.toUtf8()).object(), "use_cases/0/data_classes").toArray();
    const QJsonObject noRejection{{u"missing_roles"_s, QJsonArray{}}, {u"rejected_by"_s, QJsonValue::Null}};
    QJsonObject approved = noRejection;
    approved.insert(u"state"_s, u"approved"_s);
    QJsonObject expired = noRejection;
    expired.insert(u"state"_s, u"expired"_s);
    QCOMPARE(classes, (QJsonArray{QJsonObject{{u"data_class"_s, u"customer"_s},
                                              {u"change"_s, u"status"_s},
                                              {u"before"_s, approved},
                                              {u"after"_s, expired}}}));
}

void TstPortfolioDiff::aWaiverAddedIsWrittenInItsDocumentedOrder()
{
    const QByteArray after = appendToExample("use_cases/0/waivers", costCapWaiver());
    const CliRun json = diff(readExample(), after, {u"--json"_s});
    QVERIFY2(json.out.contains(u"      \"waivers_added\": [\n"
                               u"        {\n"
                               u"          \"id\": \"waiver-2026-11-20\",\n"
                               u"          \"gate\": \"customer-launch\",\n"
                               u"          \"rule\": \"ops.cost_cap\",\n"
                               u"          \"granted_by\": \"max\",\n"
                               u"          \"role\": \"cto\",\n"
                               u"          \"granted_on\": \"2026-11-20\",\n"
                               u"          \"expires\": \"2026-12-04\",\n"
                               u"          \"reason\": \"pilot\",\n"
                               u"          \"control\": \"spend alert\",\n"
                               u"          \"revoked\": null\n"
                               u"        }\n"
                               u"      ],\n"_s),
             qPrintable(json.out));
}

void TstPortfolioDiff::needsNoDatabase()
{
    // Two files in, a verdict out: CI has no Greenlight database, and none is created.
    const CliRun run = diff(readExample(), readExample());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Governance changes from %1 to %2, gates judged as of 2026-11-23.\n"
                      u"No governance changes.\n"
                      u"support-reply-draft (unchanged) at customer-launch: GO-ELIGIBLE\n"_s.arg(oldFile(), newFile()));
    QVERIFY(!QFile::exists(database()));
}

QTEST_GUILESS_MAIN(TstPortfolioDiff)
#include "tst_portfoliodiff.moc"
