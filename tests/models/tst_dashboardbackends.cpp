// Every dashboard query on both backends (issue 17): the same portfolio and traffic are imported into a SQLite file
// and into the real PostgreSQL server of tests/support/with-postgres.sh (row by row on one, through COPY on the
// other), then each query of models/dashboard and models/storage/rollupqueries runs on both with the same filter and
// must return the same rows, in the same order, to the nano-dollar.
#include "../support/actor.h"
#include "../support/postgresadmin.h"
#include "../support/why.h"

#include "alerts/alertscanner.h"
#include "dashboard/dashboardquery.h"
#include "portfolio/portfolioimporter.h"
#include "portfolio/portfolioreader.h"
#include "storage/database.h"
#include "storage/rollupqueries.h"
#include "usage/demousagegenerator.h"
#include "usage/recordimporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace greenlight::models;
using namespace greenlight::tests;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

/// One query's result as text, a row a line: what the comparison shows when the backends disagree.
using Query = std::function<Result<QStringList>(Database &, const Portfolio &)>;

QString costRow(const CostRow &r)
{
    return u"%1 cost=%2 requests=%3 prompt=%4 completion=%5"_s.arg(r.key)
        .arg(r.costNanos)
        .arg(r.requests)
        .arg(r.promptTokens)
        .arg(r.completionTokens);
}

QString dailyCost(const DailyCost &r)
{
    return u"%1 %2 cost=%3 requests=%4"_s.arg(r.day.toString(Qt::ISODate), r.series).arg(r.costNanos).arg(r.requests);
}

QString dailyFeedback(const DailyFeedback &r)
{
    return u"%1 %2 accepted=%3 edited=%4 rejected=%5"_s.arg(r.day.toString(Qt::ISODate), r.useCase)
        .arg(r.accepted)
        .arg(r.edited)
        .arg(r.rejected);
}

QString alert(const Alert &a)
{
    return u"%1 %2 %3 %4 value=%5 threshold=%6 cause=%7 tenants=%8: %9"_s
        .arg(AlertScanner::kindName(a.kind), a.useCase, a.tenant, a.date.toString(Qt::ISODate))
        .arg(a.value, 0, 'g', 17)
        .arg(a.threshold, 0, 'g', 17)
        .arg(a.cause, a.tenants.join(u','), a.message.english());
}

template <typename T, typename F>
QStringList lines(const QList<T> &rows, F format)
{
    QStringList out;
    for (const T &row : rows)
        out.append(format(row));
    return out;
}

QString dashboard(const DashboardData &d)
{
    QStringList out{u"period spend %1"_s.arg(d.periodSpendNanos)};
    out << u"by model:"_s << lines(d.dailyByModel, dailyCost);
    out << u"by use case:"_s << lines(d.dailyByUseCase, dailyCost);
    out << u"tenants:"_s << lines(d.tenants, costRow);
    out << u"feedback:"_s << lines(d.feedback, dailyFeedback);
    out << u"alerts:"_s << lines(d.alerts, alert);
    return out.join(u'\n');
}

/// Every row of @p table in primary-key order, each column as text (NULL shown as such).
Result<QStringList> tableRows(Database &db, const QString &table, const QString &order)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, order)))
        return fail(table, q.lastError().text());
    QStringList out;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << (q.isNull(i) ? u"NULL"_s : q.value(i).toString());
        out << columns.join(u'|');
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Query)

class TstDashboardBackends final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyQueryReturnsTheSameOnBothBackends_data();
    void everyQueryReturnsTheSameOnBothBackends();

private:
    void load(Database &db);
    QTemporaryDir m_dir;
    Portfolio m_portfolio;
    std::unique_ptr<Database> m_sqlite;
    std::unique_ptr<Database> m_postgres;
};

void TstDashboardBackends::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString server = qEnvironmentVariable("GREENLIGHT_TEST_PG");
    if (server.isEmpty())
        QFAIL("GREENLIGHT_TEST_PG is not set: run through ctest (tests/support/with-postgres.sh starts the server)");
    const QString reset = resetServer(server);
    QVERIFY2(reset.isEmpty(), qPrintable(reset));
    auto sqlite = Database::open(m_dir.filePath(u"dashboard.sqlite"_s));
    QVERIFY2(sqlite.has_value(), why(sqlite).constData());
    m_sqlite = std::move(*sqlite);
    auto postgres = Database::open(server);
    QVERIFY2(postgres.has_value(), why(postgres).constData());
    m_postgres = std::move(*postgres);
    QVERIFY(m_postgres->isPostgres());

    QFile file(QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/demo/portfolio.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray json = file.readAll();
    auto portfolio = PortfolioReader::read(json);
    QVERIFY2(portfolio.has_value(), why(portfolio).constData());
    m_portfolio = *portfolio;
    for (Database *db : {m_sqlite.get(), m_postgres.get()}) {
        QVERIFY(PortfolioImporter(*db).import(json, u"demo.json"_s, as(u"tester"_s), kNow).has_value());
        load(*db);
        if (QTest::currentTestFailed())
            return;
    }
}

void TstDashboardBackends::cleanupTestCase()
{
    m_sqlite.reset();
    m_postgres.reset();
}

/// 30 days of demo traffic, then records made to tie and to sit on the edges: equal costs for two tenants and two
/// models, an empty tenant and use case, a record a millisecond before midnight and one before 1970, a duplicate.
void TstDashboardBackends::load(Database &db)
{
    const DemoUsage demo = DemoUsageGenerator::generate(m_portfolio, kNow.date(), 30);
    RecordImporter importer(db);
    auto usage = importer.importUsage(demo.usage, AuditEntry{});
    QVERIFY2(usage.has_value(), why(usage).constData());
    auto feedback = importer.importFeedback(demo.feedback, AuditEntry{});
    QVERIFY2(feedback.has_value(), why(feedback).constData());

    const auto record = [](const char *id, qint64 at, const char *tenant, const char *useCase, const char *model,
                           qint64 costNanos) {
        UsageRecord r;
        r.source = "edge";
        r.requestId = id;
        r.occurredAtMs = at;
        r.provider = "openai";
        r.model = model;
        r.tenant = tenant;
        r.useCase = useCase;
        r.promptTokens = 10;
        r.completionTokens = 1;
        r.costNanos = costNanos;
        return r;
    };
    const qint64 nov22 = QDateTime(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QList<UsageRecord> edges{
        record("tie-a", nov22 + 1000, "tie-tenant-b", "support-reply-draft", "tie-model-b", 7'000'000'000),
        record("tie-b", nov22 + 2000, "tie-tenant-a", "support-reply-draft", "tie-model-a", 7'000'000'000),
        record("empty", nov22 + 3000, "", "", "", 1),
        record("midnight", nov22 - 1, "acme", "ticket-classifier", "gpt-4o-mini", 5),
        record("before-1970", -1, "acme", "ticket-classifier", "gpt-4o-mini", 3),
        record("tie-a", nov22 + 4000, "acme", "support-reply-draft", "gpt-4o", 99), // a duplicate: the first wins
    };
    auto edge = importer.importUsage(edges, AuditEntry{});
    QVERIFY2(edge.has_value(), why(edge).constData());
    QCOMPARE(edge->added, 5);
}

void TstDashboardBackends::everyQueryReturnsTheSameOnBothBackends_data()
{
    QTest::addColumn<Query>("query");
    const QDate to = kNow.date();
    const QList<std::pair<QString, RollupFilter>> filters{
        {u"all"_s, RollupFilter{}},
        {u"30 days"_s, RollupFilter{to.addDays(-29), to, {}, {}, {}, {}}},
        {u"one day"_s, RollupFilter{QDate(2026, 11, 22), QDate(2026, 11, 22), {}, {}, {}, {}}},
        {u"tenant"_s, RollupFilter{{}, {}, u"acme"_s, {}, {}, {}}},
        {u"use case"_s, RollupFilter{{}, {}, {}, u"support-reply-draft"_s, {}, {}}},
        {u"model"_s, RollupFilter{{}, {}, {}, {}, u"gpt-4o-mini"_s, {}}},
        {u"source"_s, RollupFilter{{}, {}, {}, {}, {}, u"edge"_s}},
        {u"nothing"_s, RollupFilter{QDate(2020, 1, 1), QDate(2020, 1, 31), {}, {}, {}, {}}},
    };
    const QList<std::pair<QString, CostDimension>> dimensions{{u"tenant"_s, CostDimension::Tenant},
                                                              {u"model"_s, CostDimension::Model},
                                                              {u"use case"_s, CostDimension::UseCase},
                                                              {u"day"_s, CostDimension::Day}};
    for (const auto &[filterName, filter] : filters) {
        for (const auto &[dimensionName, dimension] : dimensions) {
            QTest::addRow("costs by %s, %s", qPrintable(dimensionName), qPrintable(filterName))
                << Query([f = filter, d = dimension](Database &db, const Portfolio &) -> Result<QStringList> {
                       QList<CostRow> rows;
                       GL_ASSIGN(rows, RollupQueries(db).costs(d, f));
                       return lines(rows, costRow);
                   });
        }
        for (const auto &[splitName, split] :
             QList<std::pair<QString, std::optional<CostDimension>>>{{u"unsplit"_s, std::nullopt},
                                                                     {u"by model"_s, CostDimension::Model},
                                                                     {u"by use case"_s, CostDimension::UseCase}}) {
            QTest::addRow("daily costs %s, %s", qPrintable(splitName), qPrintable(filterName))
                << Query([f = filter, s = split](Database &db, const Portfolio &) -> Result<QStringList> {
                       QList<DailyCost> rows;
                       GL_ASSIGN(rows, RollupQueries(db).dailyCosts(f, s));
                       return lines(rows, dailyCost);
                   });
        }
        QTest::addRow("daily feedback, %s", qPrintable(filterName))
            << Query([f = filter](Database &db, const Portfolio &) -> Result<QStringList> {
                   QList<DailyFeedback> rows;
                   GL_ASSIGN(rows, RollupQueries(db).dailyFeedback(f));
                   return lines(rows, dailyFeedback);
               });
        QTest::addRow("spend by use case and tenant, %s", qPrintable(filterName))
            << Query([f = filter](Database &db, const Portfolio &) -> Result<QStringList> {
                   QList<UseCaseTenantCost> rows;
                   GL_ASSIGN(rows, RollupQueries(db).spendByUseCaseAndTenant(f));
                   return lines(rows, [](const UseCaseTenantCost &r) {
                       return u"%1 %2 cost=%3"_s.arg(r.useCase, r.tenant).arg(r.costNanos);
                   });
               });
        QTest::addRow("dashboard, %s", qPrintable(filterName))
            << Query([f = filter](Database &db, const Portfolio &p) -> Result<QStringList> {
                   DashboardData data;
                   GL_ASSIGN(data, DashboardQuery(db).load(p, f));
                   return QStringList{dashboard(data)};
               });
        QTest::addRow("alerts, %s", qPrintable(filterName))
            << Query([f = filter](Database &db, const Portfolio &p) -> Result<QStringList> {
                   QList<Alert> rows;
                   GL_ASSIGN(rows, AlertScanner(db).scan(p, f.from, f.to));
                   return lines(rows, alert);
               });
    }
    QTest::newRow("dimensions") << Query([](Database &db, const Portfolio &) -> Result<QStringList> {
        RollupDimensions d;
        GL_ASSIGN(d, DashboardQuery(db).dimensions());
        return QStringList{d.tenants.join(u','), d.useCases.join(u','), d.models.join(u','), d.sources.join(u',')};
    });
    // The rollup tables themselves: written row by row on SQLite and by one statement from COPY on PostgreSQL.
    QTest::newRow("usage_daily rows") << Query([](Database &db, const Portfolio &) {
        return tableRows(db, u"usage_daily"_s, u"day, source, use_case, tenant, model"_s);
    });
    QTest::newRow("usage_daily_model rows") << Query([](Database &db, const Portfolio &) {
        return tableRows(db, u"usage_daily_model"_s, u"day, source, use_case, model"_s);
    });
    QTest::newRow("usage_daily_tenant rows") << Query(
        [](Database &db, const Portfolio &) { return tableRows(db, u"usage_daily_tenant"_s, u"day, tenant"_s); });
    QTest::newRow("usage_daily_use_case_tenant rows") << Query([](Database &db, const Portfolio &) {
        return tableRows(db, u"usage_daily_use_case_tenant"_s, u"day, use_case, tenant"_s);
    });
    QTest::newRow("feedback_daily rows") << Query(
        [](Database &db, const Portfolio &) { return tableRows(db, u"feedback_daily"_s, u"day, use_case, tenant"_s); });
    QTest::newRow("usage_records rows") << Query(
        [](Database &db, const Portfolio &) { return tableRows(db, u"usage_records"_s, u"source, request_id"_s); });
}

void TstDashboardBackends::everyQueryReturnsTheSameOnBothBackends()
{
    QFETCH(Query, query);
    const Result<QStringList> sqlite = query(*m_sqlite, m_portfolio);
    QVERIFY2(sqlite.has_value(), why(sqlite).constData());
    const Result<QStringList> postgres = query(*m_postgres, m_portfolio);
    QVERIFY2(postgres.has_value(), why(postgres).constData());
    for (qsizetype i = 0; i < std::min(sqlite->size(), postgres->size()); ++i) {
        if ((*sqlite)[i] != (*postgres)[i])
            QFAIL(
                qPrintable(u"row %1:\n  sqlite:   %2\n  postgres: %3"_s.arg(i + 1).arg((*sqlite)[i], (*postgres)[i])));
    }
    QCOMPARE(postgres->size(), sqlite->size());
}

QTEST_GUILESS_MAIN(TstDashboardBackends)
#include "tst_dashboardbackends.moc"
