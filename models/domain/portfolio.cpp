#include "domain/portfolio.h"

#include <algorithm>

namespace greenlight::models {

int EvalRun::totalCases() const
{
    int sum = 0;
    for (const CategoryResult &r : results)
        sum += r.total;
    return sum;
}

int EvalRun::passedCases() const
{
    int sum = 0;
    for (const CategoryResult &r : results)
        sum += r.passed;
    return sum;
}

std::optional<double> EvalRun::passRatePct() const
{
    const int total = totalCases();
    if (total == 0)
        return std::nullopt;
    return 100.0 * passedCases() / total;
}

QString SigningKey::identity() const
{
    return publicKey.section(u' ', 0, 1, QString::SectionSkipEmpty);
}

WaiverState Waiver::stateOn(QDate day) const
{
    if (revocation.has_value() && revocation->date <= day)
        return WaiverState::Revoked;
    if (day < grantedOn)
        return WaiverState::NotYetGranted;
    return day > expires ? WaiverState::Expired : WaiverState::Active;
}

const Waiver *UseCase::activeWaiver(const QString &gate, const QString &rule, QDate day) const
{
    for (auto it = waivers.crbegin(); it != waivers.crend(); ++it) {
        if (it->gate == gate && it->rule == rule && it->isActiveOn(day))
            return &*it;
    }
    return nullptr;
}

const Waiver *UseCase::waiver(const QString &waiverId) const
{
    for (const Waiver &w : waivers) {
        if (w.id == waiverId)
            return &w;
    }
    return nullptr;
}

const GateReview *UseCase::openReview() const
{
    for (auto it = gateReviews.crbegin(); it != gateReviews.crend(); ++it) {
        if (!it->decision)
            return &*it;
    }
    return nullptr;
}

const GateReview *UseCase::latestVerdict() const
{
    const GateReview *latest = nullptr;
    for (const GateReview &r : gateReviews) {
        if (r.hasVerdict() && (latest == nullptr || r.requestedAt >= latest->requestedAt))
            latest = &r;
    }
    return latest;
}

const EvalRun *UseCase::latestEvalRun(QDate onOrBefore) const
{
    const EvalRun *latest = nullptr;
    for (const EvalRun &run : evalRuns) {
        if (onOrBefore.isValid() && run.date > onOrBefore)
            continue;
        if (run.route == route && (latest == nullptr || run.date >= latest->date))
            latest = &run;
    }
    return latest;
}

const EvalRun *UseCase::baselineBefore(const EvalRun &current) const
{
    const EvalRun *baseline = nullptr;
    for (const EvalRun &run : evalRuns) {
        if (&run == &current || run.id == current.id || !run.baseline || run.date > current.date)
            continue;
        if (baseline == nullptr || run.date >= baseline->date)
            baseline = &run;
    }
    return baseline;
}

namespace {
template <typename T, typename Pred>
const T *findIn(const QList<T> &list, Pred pred)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), pred);
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

const SigningKey *Person::signingKeyOn(QDate date) const
{
    return findIn(signingKeys, [&](const SigningKey &k) { return k.isValidOn(date); });
}

const Person *Portfolio::person(const QString &id) const
{
    return findIn(people, [&](const Person &p) { return p.id == id; });
}

const Route *Portfolio::route(const QString &id, int version) const
{
    return findIn(routes, [&](const Route &r) { return r.id == id && r.version == version; });
}

const Route *Portfolio::latestRoute(const QString &id) const
{
    const Route *latest = nullptr;
    for (const Route &r : routes) {
        if (r.id == id && (latest == nullptr || r.version > latest->version))
            latest = &r;
    }
    return latest;
}

const UseCase *Portfolio::useCase(const QString &id) const
{
    return findIn(useCases, [&](const UseCase &u) { return u.id == id; });
}

const Tenant *Portfolio::tenant(const QString &id) const
{
    return findIn(tenants, [&](const Tenant &t) { return t.id == id; });
}

const GateTemplate *Portfolio::gateTemplate(const QString &id) const
{
    return findIn(gateTemplates, [&](const GateTemplate &t) { return t.id == id; });
}

bool Portfolio::hasRoute(const QString &id) const
{
    return findIn(routes, [&](const Route &r) { return r.id == id; }) != nullptr;
}

} // namespace greenlight::models
