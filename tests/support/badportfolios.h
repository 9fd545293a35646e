#pragma once

// Bad portfolio files shared by the reader test and the command-line test: each is the normative
// example with one change, and the exact problem the reader must report.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace greenlight::tests {

struct BadPortfolio {
    const char *name;
    QByteArray json;
    QString expectedError; ///< "where: message" exactly as Error::toString() gives it
};

inline QByteArray readExample()
{
    QFile file(QStringLiteral(GREENLIGHT_EXAMPLE_PORTFOLIO));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the example portfolio %s", GREENLIGHT_EXAMPLE_PORTFOLIO);
    return file.readAll();
}

/// Sets (or with an undefined value removes) the member at a slash-separated path such as "use_cases/0/name".
inline QJsonValue patched(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = step.toInt();
        if (path.isEmpty())
            array[i] = value;
        else
            array[i] = patched(array.at(i), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(step);
        else
            object[step] = value;
    } else {
        object[step] = patched(object.value(step), path, value);
    }
    return object;
}

/// The demo portfolio that `greenlight init --demo` imports (nine use cases).
inline QByteArray readDemo()
{
    QFile file(QStringLiteral(GREENLIGHT_SOURCE_DIR "/resources/demo/portfolio.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo portfolio %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// @p json with the member at @p path set to @p value (see patched()).
inline QByteArray jsonWith(const QByteArray &json, const char *path, const QJsonValue &value)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(patched(root, QString::fromLatin1(path).split(u'/'), value).toObject()).toJson();
}

inline QByteArray exampleWith(const char *path, const QJsonValue &value)
{
    return jsonWith(readExample(), path, value);
}

inline QList<BadPortfolio> badPortfolios()
{
    using namespace Qt::StringLiterals;
    const QByteArray example = readExample();
    return {
        {"truncated JSON", example.left(300), u"line 11, column 4: invalid JSON: unterminated object"_s},
        {"top level is an array", "[1, 2]", u"$: expected a portfolio object"_s},
        {"unsupported format", exampleWith("format", u"greenlight.portfolio/2"_s),
         u"$.format: unsupported format \"greenlight.portfolio/2\" (this version reads greenlight.portfolio/1)"_s},
        {"format missing", exampleWith("format", QJsonValue::Undefined), u"$.format: is required"_s},
        {"evidence that never counts", exampleWith("policy/evidence_max_age_days", QJsonObject{{u"eval_run"_s, 0}}),
         u"$.policy.evidence_max_age_days.eval_run: 0 is out of range (1 to 3653)"_s},
        {"unknown evidence kind", exampleWith("policy/evidence_max_age_days", QJsonObject{{u"runbook"_s, 180}}),
         u"$.policy.evidence_max_age_days.runbook: unknown key (expected one of: kill_switch_test, rollback_test, "
         u"eval_run, data_approval, runbook_review)"_s},
        {"runbook reviewed on no day", exampleWith("use_cases/0/runbook/reviewed", u"2026-02-30"_s),
         u"$.use_cases[0].runbook.reviewed: \"2026-02-30\" is not a date (YYYY-MM-DD)"_s},
        {"unknown top-level key", exampleWith("colour", u"green"_s),
         u"$.colour: unknown key (expected one of: format, policy, people, tenants, routes, use_cases, "
         u"gate_templates)"_s},
        {"unknown nested key", exampleWith("use_cases/0/owners/cto", u"max"_s),
         u"$.use_cases[0].owners.cto: unknown key (expected one of: product, launch, engineering, support)"_s},
        {"name is a number", exampleWith("people/0/name", 5), u"$.people[0].name: expected a string, found 5"_s},
        {"revenue is a string", exampleWith("tenants/0/monthly_revenue_usd", u"12000"_s),
         u"$.tenants[0].monthly_revenue_usd: expected a number, found \"12000\""_s},
        {"score of 7", exampleWith("use_cases/0/scoring/hours_saved", 7),
         u"$.use_cases[0].scoring.hours_saved: 7 is out of range (1 to 5)"_s},
        {"passed more than total", exampleWith("use_cases/0/eval_runs/0/results/normal/passed", 61),
         u"$.use_cases[0].eval_runs[0].results.normal.passed: 61 passed is more than the 60 cases in total"_s},
        {"negative total", exampleWith("use_cases/0/eval_runs/1/results/edge/total", -1),
         u"$.use_cases[0].eval_runs[1].results.edge.total: -1 is out of range (0 to 100000000)"_s},
        {"fractional version", exampleWith("routes/1/version", 2.5),
         u"$.routes[1].version: expected an integer, found 2.5"_s},
        {"huge revenue", exampleWith("tenants/1/monthly_revenue_usd", 1e300),
         u"$.tenants[1].monthly_revenue_usd: 1.0000000000000001e+300 is out of range (0 to 1e+12)"_s},
        {"unknown owner", exampleWith("use_cases/0/owners/support", u"zoe"_s),
         u"$.use_cases[0].owners.support: unknown person \"zoe\""_s},
        {"unknown route version", exampleWith("use_cases/0/eval_runs/1/route_version", 9),
         u"$.use_cases[0].eval_runs[1].route_version: unknown route version \"support-draft\" v9"_s},
        {"approval for an unlisted class", exampleWith("use_cases/0/data_approvals/0/data_class", u"regulated"_s),
         u"$.use_cases[0].data_approvals[0].data_class: data class \"regulated\" is not among the use case's "
         u"data_classes"_s},
        {"unknown data class", exampleWith("use_cases/0/data_classes/1", u"secret"_s),
         u"$.use_cases[0].data_classes[1]: unknown value \"secret\" (expected one of: public, internal, customer, "
         u"regulated, credentials)"_s},
        {"impossible date", exampleWith("use_cases/0/data_approvals/0/date", u"2026-13-01"_s),
         u"$.use_cases[0].data_approvals[0].date: \"2026-13-01\" is not a date (YYYY-MM-DD)"_s},
        {"duplicate person", exampleWith("people/1/id", u"ana"_s), u"$.people[1].id: duplicate id \"ana\""_s},
        {"unknown audience", exampleWith("use_cases/0/audience", u"everyone"_s),
         u"$.use_cases[0].audience: unknown value \"everyone\" (expected one of: internal, customer)"_s},
        {"unknown rule in template", exampleWith("gate_templates/0/rules/0", u"owner.ceo"_s),
         u"$.gate_templates[0].rules[0]: unknown rule \"owner.ceo\""_s},
        {"unknown gate in review", exampleWith("use_cases/0/gate_reviews/0/gate", u"moon-launch"_s),
         u"$.use_cases[0].gate_reviews[0].gate: unknown gate template \"moon-launch\""_s},
        {"id is not a slug", exampleWith("use_cases/0/id", u"Support Reply"_s),
         u"$.use_cases[0].id: \"Support Reply\" is not a valid id (lowercase letters, digits, '-', '_' or '.')"_s},
        {"name missing", exampleWith("use_cases/0/name", QJsonValue::Undefined), u"$.use_cases[0].name: is required"_s},
        {"time without zone", exampleWith("use_cases/0/gate_reviews/0/requested_at", u"2026-10-21T09:30:00"_s),
         u"$.use_cases[0].gate_reviews[0].requested_at: \"2026-10-21T09:30:00\" is not a date and time with a zone "
         u"(YYYY-MM-DDThh:mm:ssZ)"_s},
        {"unknown on-call person", exampleWith("use_cases/0/runbook/on_call/1", u"zoe"_s),
         u"$.use_cases[0].runbook.on_call[1]: unknown person \"zoe\""_s},
        {"unknown fallback route", exampleWith("use_cases/0/rollback/fallback_route", u"nowhere"_s),
         u"$.use_cases[0].rollback.fallback_route: unknown route \"nowhere\""_s},
        {"roles is not an array", exampleWith("people/2/roles", u"engineering"_s),
         u"$.people[2].roles: expected an array, found \"engineering\""_s},
    };
}

} // namespace greenlight::tests
