#pragma once

// Edits of portfolio documents beyond badportfolios.h's jsonWith(): reading a member, appending to an array,
// copying a use case. Used by the governance-diff tests, which change the example one governance fact at a time.

#include "badportfolios.h"

namespace greenlight::tests {

/// The member at a slash-separated path such as "use_cases/0/eval_runs/1".
inline QJsonValue valueAt(QJsonValue node, const char *path)
{
    for (const QString &step : QString::fromLatin1(path).split(u'/'))
        node = node.isArray() ? node.toArray().at(step.toInt()) : node.toObject().value(step);
    return node;
}

inline QJsonValue exampleValue(const char *path)
{
    return valueAt(QJsonDocument::fromJson(readExample()).object(), path);
}

/// @p json with @p value appended to the array at @p path ("use_cases/0/eval_runs").
inline QByteArray appendTo(const QByteArray &json, const char *path, const QJsonValue &value)
{
    QJsonArray array = valueAt(QJsonDocument::fromJson(json).object(), path).toArray();
    array.append(value);
    return jsonWith(json, path, array);
}

inline QByteArray appendToExample(const char *path, const QJsonValue &value)
{
    return appendTo(readExample(), path, value);
}

/// The example's use case as @p id, "Copy of …", its eval runs and reviews renamed (ids are unique portfolio-wide).
inline QJsonObject copyOfUseCase(const QString &id)
{
    QJsonObject u = exampleValue("use_cases/0").toObject();
    u[QStringLiteral("id")] = id;
    u[QStringLiteral("name")] = QString(QStringLiteral("Copy of ") + u.value(QStringLiteral("name")).toString());
    for (const QString &records : {QStringLiteral("eval_runs"), QStringLiteral("gate_reviews")}) {
        QJsonArray list = u.value(records).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject record = list[i].toObject();
            record[QStringLiteral("id")] = QString(id + u'-' + record.value(QStringLiteral("id")).toString());
            list[i] = record;
        }
        u[records] = list;
    }
    return u;
}

/// A data-class decision as the portfolio file writes it.
inline QJsonObject approval(const QString &dataClass, const QString &role, const QString &person,
                            const QString &decision, const QString &date, const QString &note = {})
{
    return {
        {QStringLiteral("data_class"), dataClass}, {QStringLiteral("role"), role}, {QStringLiteral("person"), person},
        {QStringLiteral("decision"), decision},    {QStringLiteral("date"), date}, {QStringLiteral("note"), note}};
}

/// The example with a `regulated` class that legal approved on 2025-10-01 (more than the policy's 365 days before
/// the tests' day, 2026-11-23) and security on 2026-11-01; compliance has not decided.
inline QByteArray regulatedWithAnOldApproval()
{
    QByteArray json = appendToExample("use_cases/0/data_classes", QStringLiteral("regulated"));
    json = appendTo(json, "use_cases/0/data_approvals",
                    approval(QStringLiteral("regulated"), QStringLiteral("legal"), QStringLiteral("lea"),
                             QStringLiteral("approved"), QStringLiteral("2025-10-01")));
    return appendTo(json, "use_cases/0/data_approvals",
                    approval(QStringLiteral("regulated"), QStringLiteral("security"), QStringLiteral("sam"),
                             QStringLiteral("approved"), QStringLiteral("2026-11-01")));
}

/// Max's waiver of the example's ops.cost_cap at customer-launch, as the portfolio file writes it: granted on
/// 2026-11-20 until 2026-12-04, not revoked.
inline QJsonObject costCapWaiver()
{
    return {{QStringLiteral("id"), QStringLiteral("waiver-2026-11-20")},
            {QStringLiteral("gate"), QStringLiteral("customer-launch")},
            {QStringLiteral("rule"), QStringLiteral("ops.cost_cap")},
            {QStringLiteral("reason"), QStringLiteral("pilot")},
            {QStringLiteral("control"), QStringLiteral("spend alert")},
            {QStringLiteral("granted_by"), QStringLiteral("max")},
            {QStringLiteral("role"), QStringLiteral("cto")},
            {QStringLiteral("granted_on"), QStringLiteral("2026-11-20")},
            {QStringLiteral("expires"), QStringLiteral("2026-12-04")},
            {QStringLiteral("revoked"), QJsonValue::Null}};
}

/// The example's latest eval run as @p id on @p date and route version @p routeVersion, with @p normalPassed of its 60
/// normal cases passed (59 in the example: 97.5 % overall; 50 makes it 90.0 %).
inline QJsonObject evalRun(const QString &id, const QString &date, int routeVersion, int normalPassed)
{
    QJsonObject run = exampleValue("use_cases/0/eval_runs/1").toObject();
    run[QStringLiteral("id")] = id;
    run[QStringLiteral("date")] = date;
    run[QStringLiteral("route_version")] = routeVersion;
    QJsonObject results = run.value(QStringLiteral("results")).toObject();
    results[QStringLiteral("normal")] =
        QJsonObject{{QStringLiteral("total"), 60}, {QStringLiteral("passed"), normalPassed}};
    run[QStringLiteral("results")] = results;
    return run;
}

} // namespace greenlight::tests
