// Times each dashboard view's query on an existing Greenlight database and, on the same database,
// a plain GROUP BY over the raw usage table. Prints medians in milliseconds and the ratio.
//   greenlight_dashboard_bench DATABASE FROM TO [RUNS [REFERENCE_RUNS]]
// DATABASE is a SQLite file or a postgresql:// URL; REFERENCE_RUNS (default min(RUNS, 5)) counts the plain GROUP BY's
// runs, which take seconds to minutes each at 100 M records.
#include "alerts/alertscanner.h"
#include "dashboard/dashboardquery.h"
#include "storage/database.h"
#include "storage/portfoliorepository.h"
#include "storage/rollupqueries.h"
#include "storage/sqlstatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

double medianMs(int runs, const std::function<bool()> &query)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!query()) {
            std::fprintf(stderr, "query failed\n");
            std::exit(2);
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: greenlight_dashboard_bench DATABASE FROM TO [RUNS [REFERENCE_RUNS]]\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 2;
    }
    const Portfolio portfolio = PortfolioRepository(**db).load().value();
    const QDate from = QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate);
    const QDate to = QDate::fromString(QString::fromLatin1(argv[3]), Qt::ISODate);
    const int runs = argc > 4 ? std::atoi(argv[4]) : 15;
    const int referenceRuns = argc > 5 ? std::atoi(argv[5]) : std::min(runs, 5);
    const RollupQueries rollups(**db);
    const RollupFilter all{from, to, {}, {}, {}, {}};
    const RollupFilter oneTenant{from, to, u"tenant-7"_s, {}, {}, {}};

    const QList<std::pair<const char *, std::function<bool()>>> views{
        {"cost over time, by model", [&] { return rollups.dailyCosts(all, CostDimension::Model).has_value(); }},
        {"cost over time, by use case", [&] { return rollups.dailyCosts(all, CostDimension::UseCase).has_value(); }},
        {"cost over time, one tenant", [&] { return rollups.dailyCosts(oneTenant, CostDimension::Model).has_value(); }},
        {"cost per tenant", [&] { return rollups.costs(CostDimension::Tenant, all).has_value(); }},
        {"edit rate (daily feedback)", [&] { return rollups.dailyFeedback(all).has_value(); }},
        {"alerts", [&] { return AlertScanner(**db).scan(portfolio, from, to).has_value(); }},
    };
    double slowest = 0;
    for (const auto &[name, query] : views) {
        const double ms = medianMs(runs, query);
        slowest = std::max(slowest, ms);
        std::printf("%-30s median %8.2f ms\n", name, ms);
    }
    // Not a view: the filters' choices load once per database or usage change.
    std::printf("%-30s median %8.2f ms\n", "filter values (not a view)",
                medianMs(runs, [&] { return DashboardQuery(**db).dimensions().has_value(); }));
    const double whole = medianMs(runs, [&] { return DashboardQuery(**db).load(portfolio, all).has_value(); });
    std::printf("%-30s median %8.2f ms\n", "every view at once", whole);

    SqlStatement plain(**db, u"SELECT occurred_at_ms / 86400000, SUM(cost_nanos) FROM usage_records GROUP BY 1"_s);
    const double raw = medianMs(referenceRuns, [&] {
        if (!plain.exec())
            return false;
        while (plain.next()) {
        }
        return true;
    });
    std::printf("%-30s median %8.2f ms\n", "plain GROUP BY over raw rows", raw);
    std::printf("slowest view %.2f ms (target < 50 ms); plain GROUP BY / cost-by-day view = %.0fx\n", slowest,
                raw / medianMs(runs, [&] { return rollups.dailyCosts(all).has_value(); }));
    return slowest < 50.0 ? 0 : 1;
}
