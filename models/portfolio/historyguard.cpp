#include "portfolio/historyguard.h"

#include "portfolio/portfoliodiff.h"

#include <QJsonArray>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

QHash<QString, QJsonObject> byKey(const QJsonArray &records)
{
    QHash<QString, QJsonObject> keyed;
    for (const QJsonValue &v : records)
        keyed.insert(PortfolioDiff::recordKey(v.toObject()), v.toObject());
    return keyed;
}

/// The members of a record that differ, as paths relative to the record (`decision`, `signoffs[1]`).
QString changedMembers(const QJsonObject &stored, const QJsonObject &incoming)
{
    QStringList members;
    for (const PortfolioChange &c : PortfolioDiff::compare(stored, incoming))
        members.append(c.path.mid(2)); // drop "$."
    members.removeDuplicates();        // a record matched by content reads as removed and added at one index
    return members.join(u", "_s);
}

qsizetype factCount(const QJsonObject &useCase)
{
    return useCase.value(u"data_approvals"_s).toArray().size() + useCase.value(u"eval_runs"_s).toArray().size() +
           useCase.value(u"gate_reviews"_s).toArray().size();
}

QString approvalName(const QJsonObject &a)
{
    return u"%1 by %2 (%3) on %4"_s.arg(a.value(u"data_class"_s).toString(), a.value(u"person"_s).toString(),
                                        a.value(u"role"_s).toString(), a.value(u"date"_s).toString());
}

void checkApprovals(const QString &useCaseId, const QJsonArray &stored, const QJsonArray &incoming,
                    QStringList &violations)
{
    QList<bool> used(incoming.size(), false);
    for (const QJsonValue &a : stored) {
        bool kept = false;
        for (qsizetype i = 0; i < incoming.size() && !kept; ++i) {
            if (!used[i] && incoming.at(i) == a) {
                used[i] = true;
                kept = true;
            }
        }
        if (!kept)
            violations.append(HistoryGuard::tr("data approval of %1: %2 would be dropped or changed")
                                  .arg(useCaseId, approvalName(a.toObject())));
    }
}

void checkRecords(const QString &useCaseId, const QJsonArray &stored, const QJsonArray &incoming,
                  const QString &droppedText, const QString &changedText, QStringList &violations)
{
    const QHash<QString, QJsonObject> kept = byKey(incoming);
    for (const QJsonValue &v : stored) {
        const QJsonObject record = v.toObject();
        const QString id = PortfolioDiff::recordKey(record);
        const auto it = kept.constFind(id);
        if (it == kept.constEnd())
            violations.append(droppedText.arg(id, useCaseId));
        else if (*it != record)
            violations.append(changedText.arg(id, useCaseId, changedMembers(record, *it)));
    }
}

void checkRoutes(const QJsonArray &stored, const QJsonArray &incoming, QStringList &violations)
{
    const QHash<QString, QJsonObject> kept = byKey(incoming);
    for (const QJsonValue &v : stored) {
        const QJsonObject route = v.toObject();
        const QString id = route.value(u"id"_s).toString();
        const qint64 version = route.value(u"version"_s).toInteger();
        const auto it = kept.constFind(PortfolioDiff::recordKey(route));
        if (it == kept.constEnd())
            violations.append(HistoryGuard::tr("route %1 version %2 would be dropped").arg(id).arg(version));
        else if (*it != route)
            violations.append(HistoryGuard::tr("route %1 version %2 would be changed (%3)")
                                  .arg(id)
                                  .arg(version)
                                  .arg(changedMembers(route, *it)));
    }
}

} // namespace

QStringList HistoryGuard::check(const QJsonObject &stored, const QJsonObject &incoming)
{
    QStringList violations;
    const QJsonArray storedUseCases = stored.value(u"use_cases"_s).toArray();
    const QJsonArray incomingUseCases = incoming.value(u"use_cases"_s).toArray();
    if (!storedUseCases.isEmpty() && incomingUseCases.isEmpty())
        violations.append(tr("the file holds no use cases; importing it would delete all %n use case(s) in the "
                             "database",
                             nullptr, int(storedUseCases.size())));

    checkRoutes(stored.value(u"routes"_s).toArray(), incoming.value(u"routes"_s).toArray(), violations);

    const QHash<QString, QJsonObject> kept = byKey(incomingUseCases);
    for (const QJsonValue &v : storedUseCases) {
        const QJsonObject useCase = v.toObject();
        const QString id = useCase.value(u"id"_s).toString();
        const auto it = kept.constFind(id);
        if (it == kept.constEnd()) {
            if (const qsizetype facts = factCount(useCase); facts > 0)
                violations.append(tr("use case %1 would be deleted, but it holds %n recorded fact(s); retire it "
                                     "instead (status \"retired\")",
                                     nullptr, int(facts))
                                      .arg(id));
            continue;
        }
        checkApprovals(id, useCase.value(u"data_approvals"_s).toArray(), it->value(u"data_approvals"_s).toArray(),
                       violations);
        checkRecords(id, useCase.value(u"eval_runs"_s).toArray(), it->value(u"eval_runs"_s).toArray(),
                     tr("eval run %1 of %2 would be dropped"), tr("eval run %1 of %2 would be changed (%3)"),
                     violations);
        checkRecords(id, useCase.value(u"gate_reviews"_s).toArray(), it->value(u"gate_reviews"_s).toArray(),
                     tr("gate review %1 of %2 would be dropped"), tr("gate review %1 of %2 would be changed (%3)"),
                     violations);
    }
    return violations;
}

} // namespace greenlight::models
