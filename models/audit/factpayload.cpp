#include "audit/factpayload.h"

#include <QJsonArray>

namespace greenlight::models {

using namespace Qt::StringLiterals;

QString FactPayload::timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject FactPayload::dataApproval(const QString &useCaseId, int index, const DataApproval &a)
{
    return {{u"use_case"_s, useCaseId},
            {u"index"_s, index},
            {u"data_class"_s, enumName(a.dataClass)},
            {u"role"_s, enumName(a.role)},
            {u"person"_s, a.person},
            {u"decision"_s, enumName(a.decision)},
            {u"date"_s, a.date.toString(Qt::ISODate)},
            {u"note"_s, a.note}};
}

QJsonObject FactPayload::waiver(const QString &useCaseId, const Waiver &w)
{
    return {{u"use_case"_s, useCaseId},
            {u"waiver"_s, w.id},
            {u"gate"_s, w.gate},
            {u"rule"_s, w.rule},
            {u"reason"_s, w.reason},
            {u"control"_s, w.control},
            {u"granted_by"_s, w.grantedBy},
            {u"role"_s, enumName(w.role)},
            {u"granted_on"_s, w.grantedOn.toString(Qt::ISODate)},
            {u"expires"_s, w.expires.toString(Qt::ISODate)}};
}

QJsonObject FactPayload::waiverRevocation(const QString &useCaseId, const QString &waiverId, const WaiverRevocation &r)
{
    return {{u"use_case"_s, useCaseId},
            {u"waiver"_s, waiverId},
            {u"person"_s, r.person},
            {u"role"_s, enumName(r.role)},
            {u"date"_s, r.date.toString(Qt::ISODate)},
            {u"reason"_s, r.reason}};
}

QJsonObject FactPayload::signoff(const QString &reviewId, int index, const Signoff &s)
{
    return {{u"review"_s, reviewId},
            {u"index"_s, index},
            {u"role"_s, enumName(s.role)},
            {u"person"_s, s.person},
            {u"decision"_s, enumName(s.decision)},
            {u"signed_at"_s, timeText(s.at)},
            {u"note"_s, s.note}};
}

QJsonObject FactPayload::reviewStart(const QString &useCaseId, const GateReview &review)
{
    QJsonArray rules;
    for (const RuleResult &r : review.ruleResults)
        rules.append(QJsonObject{{u"rule"_s, r.rule},
                                 {u"severity"_s, enumName(r.severity)},
                                 {u"result"_s, enumName(r.result)},
                                 {u"explanation"_s, r.explanation}});
    return {{u"use_case"_s, useCaseId},
            {u"review"_s, review.id},
            {u"gate"_s, review.gate},
            {u"requested_by"_s, review.requestedBy},
            {u"requested_at"_s, timeText(review.requestedAt)},
            {u"rules"_s, rules}};
}

QJsonObject FactPayload::reviewDecision(const QString &useCaseId, const QString &reviewId, GateDecision decision,
                                        const QString &rationale)
{
    return {{u"use_case"_s, useCaseId},
            {u"review"_s, reviewId},
            {u"decision"_s, enumName(decision)},
            {u"rationale"_s, rationale}};
}

QJsonObject FactPayload::evalRun(const QString &useCaseId, const EvalRun &run)
{
    QJsonObject results;
    for (auto it = run.results.cbegin(); it != run.results.cend(); ++it)
        results.insert(enumName(it.key()), QJsonObject{{u"total"_s, it->total}, {u"passed"_s, it->passed}});
    return {{u"use_case"_s, useCaseId},
            {u"run"_s, run.id},
            {u"date"_s, run.date.toString(Qt::ISODate)},
            {u"route"_s, run.route},
            {u"route_version"_s, run.routeVersion},
            {u"baseline"_s, run.baseline},
            {u"secrets_found"_s, run.secretsFound},
            {u"results"_s, results},
            {u"cases"_s, run.totalCases()},
            {u"passed"_s, run.passedCases()}};
}

QJsonObject FactPayload::route(const Route &r)
{
    return {{u"route"_s, r.id},
            {u"version"_s, r.version},
            {u"provider"_s, r.provider},
            {u"model"_s, r.model},
            {u"endpoint"_s, enumName(r.endpoint)},
            {u"prompt_version"_s, r.promptVersion},
            {u"retrieval_corpus"_s, r.retrievalCorpus},
            {u"tool_schema_version"_s, r.toolSchemaVersion},
            {u"fallback_route"_s, r.fallbackRoute}};
}

} // namespace greenlight::models
