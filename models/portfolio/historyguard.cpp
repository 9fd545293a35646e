#include "portfolio/historyguard.h"

#include "portfolio/portfoliodiff.h"

#include <QJsonArray>

#include <functional>

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
           useCase.value(u"gate_reviews"_s).toArray().size() + useCase.value(u"waivers"_s).toArray().size();
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

/// Every stored record must come back unchanged (records are matched by PortfolioDiff::recordKey): one violation
/// per record the file drops or changes, named by @p name ("eval run run-7 of support-reply-draft").
void checkRecords(const QJsonArray &stored, const QJsonArray &incoming,
                  const std::function<QString(const QJsonObject &)> &name, QStringList &violations)
{
    const QHash<QString, QJsonObject> kept = byKey(incoming);
    for (const QJsonValue &v : stored) {
        const QJsonObject record = v.toObject();
        const auto it = kept.constFind(PortfolioDiff::recordKey(record));
        if (it == kept.constEnd())
            violations.append(HistoryGuard::tr("%1 would be dropped").arg(name(record)));
        else if (*it != record)
            violations.append(
                HistoryGuard::tr("%1 would be changed (%2)").arg(name(record), changedMembers(record, *it)));
    }
}

/// Signing keys are facts: a key stays with its person and its valid_from; the only change is a revocation (a
/// revoked_on set where there was none), so every signature made while a key was valid stays verifiable.
void checkSigningKeys(const QJsonArray &storedPeople, const QJsonArray &incomingPeople, QStringList &violations)
{
    const QHash<QString, QJsonObject> people = byKey(incomingPeople);
    for (const QJsonValue &v : storedPeople) {
        const QJsonObject person = v.toObject();
        const QString id = person.value(u"id"_s).toString();
        const QJsonArray storedKeys = person.value(u"signing_keys"_s).toArray();
        if (storedKeys.isEmpty())
            continue;
        const QHash<QString, QJsonObject> keys = byKey(people.value(id).value(u"signing_keys"_s).toArray());
        for (const QJsonValue &k : storedKeys) {
            const QJsonObject key = k.toObject();
            const QString name = PortfolioDiff::recordKey(key);
            const auto it = keys.constFind(name);
            if (it == keys.constEnd()) {
                violations.append(HistoryGuard::tr("signing key %1 of %2 would be dropped").arg(name, id));
                continue;
            }
            const QJsonValue revoked = key.value(u"revoked_on"_s);
            const bool revocationKept = revoked.isNull() || it->value(u"revoked_on"_s) == revoked;
            if (it->value(u"valid_from"_s) != key.value(u"valid_from"_s) || !revocationKept)
                violations.append(HistoryGuard::tr("signing key %1 of %2 would be changed (%3); a key is only ever "
                                                   "revoked")
                                      .arg(name, id, changedMembers(key, *it)));
        }
    }
}

/// Waivers are facts: each stays as granted, and the only change is a revocation added where there was none.
void checkWaivers(const QString &useCaseId, const QJsonArray &stored, const QJsonArray &incoming,
                  QStringList &violations)
{
    const QHash<QString, QJsonObject> kept = byKey(incoming);
    for (const QJsonValue &v : stored) {
        const QJsonObject waiver = v.toObject();
        const QString id = waiver.value(u"id"_s).toString();
        const auto it = kept.constFind(PortfolioDiff::recordKey(waiver));
        if (it == kept.constEnd()) {
            violations.append(HistoryGuard::tr("waiver %1 of %2 would be dropped").arg(id, useCaseId));
            continue;
        }
        const QJsonValue revoked = waiver.value(u"revoked"_s);
        const bool revocationKept = revoked.isNull() || it->value(u"revoked"_s) == revoked;
        QJsonObject storedGrant = waiver;
        QJsonObject incomingGrant = *it;
        storedGrant.remove(u"revoked"_s);
        incomingGrant.remove(u"revoked"_s);
        if (storedGrant != incomingGrant || !revocationKept)
            violations.append(HistoryGuard::tr("waiver %1 of %2 would be changed (%3); a waiver is only ever revoked")
                                  .arg(id, useCaseId, changedMembers(waiver, *it)));
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

    checkRecords(
        stored.value(u"routes"_s).toArray(), incoming.value(u"routes"_s).toArray(),
        [](const QJsonObject &r) {
            return tr("route %1 version %2").arg(r.value(u"id"_s).toString()).arg(r.value(u"version"_s).toInteger());
        },
        violations);

    checkSigningKeys(stored.value(u"people"_s).toArray(), incoming.value(u"people"_s).toArray(), violations);

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
        checkRecords(
            useCase.value(u"eval_runs"_s).toArray(), it->value(u"eval_runs"_s).toArray(),
            [&](const QJsonObject &r) { return tr("eval run %1 of %2").arg(r.value(u"id"_s).toString(), id); },
            violations);
        checkWaivers(id, useCase.value(u"waivers"_s).toArray(), it->value(u"waivers"_s).toArray(), violations);
        checkRecords(
            useCase.value(u"gate_reviews"_s).toArray(), it->value(u"gate_reviews"_s).toArray(),
            [&](const QJsonObject &r) { return tr("gate review %1 of %2").arg(r.value(u"id"_s).toString(), id); },
            violations);
    }
    return violations;
}

} // namespace greenlight::models
