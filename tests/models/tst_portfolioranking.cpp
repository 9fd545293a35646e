#include "portfolio/portfolioranking.h"

#include <QTest>

using namespace greenlight::models;
using namespace Qt::StringLiterals;

namespace {

UseCase useCase(const QString &id, Audience audience, LifecycleStatus status, int hours, int complexity, int blast)
{
    UseCase u;
    u.id = id;
    u.name = id;
    u.audience = audience;
    u.status = status;
    u.scoring = Scoring{hours, complexity, blast};
    return u;
}

/// Monitoring, tested kill switch, cost cap, runbook and fallback: seed 000's operational baseline.
UseCase withBaseline(UseCase u)
{
    u.operations = Operations{true, u"ff."_s + u.id, QDate(2026, 10, 1), 20.0, 3000};
    u.runbook = Runbook{u"# runbook"_s, {}, {}, {}};
    u.rollback.fallbackRoute = u"rules"_s;
    return u;
}

QStringList order(const QList<RankedUseCase> &ranked)
{
    QStringList ids;
    for (const RankedUseCase &r : ranked)
        ids.append(r.id);
    return ids;
}

} // namespace

class TstPortfolioRanking final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersByScoreThenId();
    void computesScoreAndRoi();
    void warnsWhenCustomerWorkComesTooEarly_data();
    void warnsWhenCustomerWorkComesTooEarly();
};

void TstPortfolioRanking::ordersByScoreThenId()
{
    Portfolio p;
    p.useCases = {useCase(u"b-mid"_s, Audience::Internal, LifecycleStatus::Candidate, 4, 2, 1), // 2.0
                  useCase(u"z-top"_s, Audience::Internal, LifecycleStatus::Candidate, 5, 1, 1), // 5.0
                  useCase(u"a-mid"_s, Audience::Internal, LifecycleStatus::Candidate, 2, 1, 1), // 2.0, tie: by id
                  useCase(u"low"_s, Audience::Internal, LifecycleStatus::Candidate, 1, 5, 5),   // 0.04
                  useCase(u"unscored"_s, Audience::Internal, LifecycleStatus::Candidate, 3, 1, 1)};
    p.useCases.last().scoring.blastRadius.reset();
    QCOMPARE(order(PortfolioRanking::rank(p)),
             (QStringList{u"z-top"_s, u"a-mid"_s, u"b-mid"_s, u"low"_s, u"unscored"_s}));
}

void TstPortfolioRanking::computesScoreAndRoi()
{
    UseCase u = useCase(u"x"_s, Audience::Internal, LifecycleStatus::Pilot, 4, 2, 2);
    QCOMPARE(PortfolioRanking::score(u), std::optional<double>(1.0));
    QCOMPARE(PortfolioRanking::roiPerYear(u), std::nullopt);
    u.roi = Roi{30.0, 85.0, 12};
    QCOMPARE(PortfolioRanking::roiPerYear(u), std::optional<double>(30.0 * 85.0 * 12 * 52)); // 1,591,200 USD
    u.scoring.complexity.reset();
    QCOMPARE(PortfolioRanking::score(u), std::nullopt);
}

void TstPortfolioRanking::warnsWhenCustomerWorkComesTooEarly_data()
{
    QTest::addColumn<int>("internalWithBaseline");
    QTest::addColumn<bool>("secondLacksBaseline");
    QTest::addColumn<QString>("warning");
    QTest::newRow("none yet")
        << 0 << false
        << u"customer-facing before 2 internal use cases have a working operational baseline (0 so far)"_s;
    QTest::newRow("one")
        << 1 << false
        << u"customer-facing before 2 internal use cases have a working operational baseline (1 so far: "
           u"internal-1)"_s;
    QTest::newRow("two, one without baseline")
        << 2 << true
        << u"customer-facing before 2 internal use cases have a working operational baseline (1 so far: internal-1)"_s;
    QTest::newRow("two") << 2 << false << QString();
}

void TstPortfolioRanking::warnsWhenCustomerWorkComesTooEarly()
{
    QFETCH(int, internalWithBaseline);
    QFETCH(bool, secondLacksBaseline);
    QFETCH(QString, warning);
    Portfolio p;
    p.useCases.append(useCase(u"customer-chat"_s, Audience::Customer, LifecycleStatus::Pilot, 5, 1, 1));
    p.useCases.append(useCase(u"launched-chat"_s, Audience::Customer, LifecycleStatus::Customer, 5, 1, 1));
    for (int i = 1; i <= internalWithBaseline; ++i) {
        UseCase u = useCase(u"internal-%1"_s.arg(i), Audience::Internal, LifecycleStatus::Internal, 2, 2, 1);
        p.useCases.append(secondLacksBaseline && i == 2 ? u : withBaseline(u));
    }
    // A pilot with a full baseline has not reached internal status, so it does not count.
    p.useCases.append(withBaseline(useCase(u"pilot"_s, Audience::Internal, LifecycleStatus::Pilot, 1, 1, 1)));
    const QList<RankedUseCase> ranked = PortfolioRanking::rank(p);
    const auto find = [&](const QString &id) {
        return *std::find_if(ranked.cbegin(), ranked.cend(), [&](const RankedUseCase &r) { return r.id == id; });
    };
    QCOMPARE(find(u"customer-chat"_s).sequencingWarning, warning);
    QCOMPARE(find(u"launched-chat"_s).sequencingWarning, QString()); // already launched: nothing to schedule
    QCOMPARE(find(u"pilot"_s).sequencingWarning, QString());
}

QTEST_GUILESS_MAIN(TstPortfolioRanking)
#include "tst_portfolioranking.moc"
