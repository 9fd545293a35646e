#include "alerts/alertscanner.h"

#include "alerts/spendshare.h"
#include "alerts/weeklyeditrate.h"
#include "storage/rollupqueries.h"
#include "usage/nanousd.h"

#include <QHash>
#include <QMap>

namespace greenlight::models {

using namespace Qt::StringLiterals;

QString AlertScanner::kindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::SpendShare: return u"spend_share"_s;
    case AlertKind::EditRateRise: return u"edit_rate_rise"_s;
    case AlertKind::CostCap: return u"cost_cap"_s;
    case AlertKind::EvalRegression: return u"eval_regression"_s;
    case AlertKind::UngovernedSpend: return u"ungoverned_spend"_s;
    }
    return {};
}

Result<QList<Alert>> AlertScanner::scan(const Portfolio &p, const QDate &from, const QDate &to) const
{
    const RollupQueries rollups(m_db);
    const RollupFilter period{from, to, {}, {}, {}, {}};
    AlertFigures figures;
    GL_ASSIGN(figures.tenants, rollups.costs(CostDimension::Tenant, period));
    GL_ASSIGN(figures.feedback, rollups.dailyFeedback(period));
    GL_ASSIGN(figures.dailyByUseCase, rollups.dailyCosts(period, CostDimension::UseCase));
    GL_ASSIGN(figures.byUseCaseAndTenant, rollups.spendByUseCaseAndTenant(period));
    return evaluate(p, from, to, figures);
}

namespace {

/// An alert's sentence, kept language-neutral like a rule explanation and translated when shown.
RuleMessage message(const char *source, QList<RuleMessage> args = {})
{
    return RuleMessage::inContext("AlertScanner", source, std::move(args));
}

/// Whether @p useCase stands cleared at a gate of @p gates (any gate when empty): the latest decided review of that
/// gate said go. A go that a later review at the same gate turned into no-go no longer counts.
bool goAt(const UseCase &useCase, const QStringList &gates)
{
    QHash<QString, GateDecision> latest; // gate → the decision of its latest decided review (reviews in order)
    for (const GateReview &r : useCase.gateReviews) {
        if (r.hasVerdict())
            latest.insert(r.gate, *r.decision);
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (it.value() == GateDecision::Go && (gates.isEmpty() || gates.contains(it.key())))
            return true;
    }
    return false;
}

} // namespace

QList<Alert> AlertScanner::ungovernedSpend(const Portfolio &p, const QDate &periodEnd,
                                           const QList<UseCaseTenantCost> &spend)
{
    // The gates that clear a use case for the portfolio's tenants (customers); any go clears internal traffic.
    static const QStringList customerGates{u"customer-launch"_s, u"high-risk-launch"_s};
    // One alert per use case; its cause is the most serious of its rows, in this order.
    static const QStringList severity{u"not_in_portfolio"_s, u"retired"_s, u"no_go"_s, u"no_go_for_customers"_s};
    QList<Alert> alerts;
    for (qsizetype i = 0; i < spend.size();) {
        const QString useCaseId = spend[i].useCase;
        const UseCase *u = p.useCase(useCaseId);
        Alert alert{AlertKind::UngovernedSpend, useCaseId, {}, periodEnd, 0, 0, {}, {}, {}};
        qint64 nanos = 0;
        for (; i < spend.size() && spend[i].useCase == useCaseId; ++i) {
            const UseCaseTenantCost &row = spend[i];
            QString cause;
            if (u == nullptr)
                cause = u"not_in_portfolio"_s;
            else if (u->status == LifecycleStatus::Retired)
                cause = u"retired"_s;
            else if (!goAt(*u, {}))
                cause = u"no_go"_s;
            else if (p.tenant(row.tenant) != nullptr && !goAt(*u, customerGates))
                cause = u"no_go_for_customers"_s;
            if (cause.isEmpty() || row.costNanos <= 0)
                continue;
            if (alert.cause.isEmpty() || severity.indexOf(cause) < severity.indexOf(alert.cause))
                alert.cause = cause;
            if (!row.tenant.isEmpty())
                alert.tenants.append(row.tenant);
            (void)NanoUsd::add(nanos, row.costNanos); // each SUM fits (RollupQueries); a use case's few rows too
        }
        if (alert.cause.isEmpty())
            continue;
        alert.value = NanoUsd::toDouble(nanos);
        const RuleMessage subject =
            useCaseId.isEmpty() ? message(QT_TR_NOOP("(unattributed)")) : RuleMessage::literal(useCaseId);
        const RuleMessage amount = RuleMessage::decimal(alert.value, 2);
        const QString where = alert.tenants.isEmpty() ? QString() : u" ("_s + alert.tenants.join(u", "_s) + u')';
        if (alert.cause == u"not_in_portfolio"_s)
            alert.message = message(QT_TR_NOOP("%1: %2 USD spent%3 on a use case that is not in the portfolio"),
                                    {subject, amount, where});
        else if (alert.cause == u"retired"_s)
            alert.message = message(QT_TR_NOOP("%1: %2 USD spent%3 on a retired use case"), {subject, amount, where});
        else if (alert.cause == u"no_go"_s)
            alert.message =
                message(QT_TR_NOOP("%1: %2 USD spent%3 without a go decision at any gate"), {subject, amount, where});
        else
            alert.message = message(QT_TR_NOOP("%1: %2 USD of customer traffic%3 without a go at a customer gate (%4)"),
                                    {subject, amount, where, customerGates.join(u", "_s)});
        alerts.append(alert);
    }
    return alerts;
}

QList<Alert> AlertScanner::evaluate(const Portfolio &p, const QDate &from, const QDate &to, const AlertFigures &figures)
{
    QList<Alert> alerts;
    for (const SpendShare &s : spendShares(figures.tenants, p)) {
        if (s.flagged)
            alerts.append(
                Alert{AlertKind::SpendShare,
                      {},
                      s.tenant,
                      to,
                      s.ratio,
                      p.policy.spendShareRatioAlert,
                      message(QT_TR_NOOP("%1 takes %2 % of AI spend but brings %3 % of revenue (%4× > %5×)"),
                              {s.tenant, RuleMessage::decimal(100 * s.spendShare, 1),
                               RuleMessage::decimal(100 * s.revenueShare, 1), RuleMessage::decimal(s.ratio, 2),
                               RuleMessage::number(p.policy.spendShareRatioAlert)}),
                      {},
                      {}});
    }

    const QMap<QString, QList<WeeklyEditRate>> byUseCase = weeklyEditRatesByUseCase(figures.feedback);
    for (auto it = byUseCase.cbegin(); it != byUseCase.cend(); ++it) {
        const QList<WeeklyEditRate> &weeks = it.value();
        for (qsizetype i = 1; i < weeks.size(); ++i) {
            const std::optional<double> rise = changeFromPreviousWeek(weeks, i); // against the week right before
            if (rise && *rise > p.policy.editRateAlertPp)
                alerts.append(Alert{AlertKind::EditRateRise,
                                    it.key(),
                                    {},
                                    weeks[i].weekStart,
                                    *rise,
                                    p.policy.editRateAlertPp,
                                    message(QT_TR_NOOP("%1: edit rate %2 % in the week of %3, up %4 pp from %5 % "
                                                       "(more than %6 pp)"),
                                            {it.key(), RuleMessage::decimal(weeks[i].ratePct(), 1),
                                             RuleMessage::date(weeks[i].weekStart), RuleMessage::decimal(*rise, 1),
                                             RuleMessage::decimal(weeks[i - 1].ratePct(), 1),
                                             RuleMessage::number(p.policy.editRateAlertPp)}),
                                    {},
                                    {}});
        }
    }

    for (const DailyCost &d : figures.dailyByUseCase) {
        const UseCase *u = p.useCase(d.series);
        if (u == nullptr || !u->operations.dailyCostCapUsd)
            continue;
        // Compared in nano-dollars: one nano-dollar over the cap is over it.
        const std::optional<qint64> capNanos = NanoUsd::fromDouble(*u->operations.dailyCostCapUsd);
        const double cost = NanoUsd::toDouble(d.costNanos);
        if (capNanos && d.costNanos > *capNanos)
            alerts.append(Alert{AlertKind::CostCap,
                                u->id,
                                {},
                                d.day,
                                cost,
                                *u->operations.dailyCostCapUsd,
                                message(QT_TR_NOOP("%1 spent %2 USD on %3, over its daily cap of %4 USD"),
                                        {u->id, RuleMessage::decimal(cost, 2), RuleMessage::date(d.day),
                                         RuleMessage::decimal(*u->operations.dailyCostCapUsd, 2)}),
                                {},
                                {}});
    }

    for (const UseCase &u : p.useCases) {
        const EvalRun *latest = u.latestEvalRun(to);
        if (latest == nullptr || (from.isValid() && latest->date < from))
            continue; // no run in the period
        const EvalRun *baseline = u.baselineBefore(*latest);
        if (baseline == nullptr || !latest->passRatePct() || !baseline->passRatePct())
            continue;
        const double drop = *baseline->passRatePct() - *latest->passRatePct();
        if (drop > p.policy.evalRegressionPp)
            alerts.append(
                Alert{AlertKind::EvalRegression,
                      u.id,
                      {},
                      latest->date,
                      drop,
                      p.policy.evalRegressionPp,
                      message(QT_TR_NOOP("%1: eval %2 on %3 is %4 pp below baseline %5 (more than %6 pp)"),
                              {u.id, latest->id, RuleMessage::date(latest->date), RuleMessage::decimal(drop, 1),
                               baseline->id, RuleMessage::number(p.policy.evalRegressionPp)}),
                      {},
                      {}});
    }
    alerts.append(ungovernedSpend(p, to, figures.byUseCaseAndTenant));
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.date != b.date)
            return a.date < b.date;
        return a.useCase + a.tenant < b.useCase + b.tenant;
    });
    return alerts;
}

} // namespace greenlight::models
