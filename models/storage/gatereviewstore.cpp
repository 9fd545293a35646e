#include "storage/gatereviewstore.h"

#include "audit/factpayload.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Result<bool> GateReviewStore::exists(const QString &reviewId) const
{
    SqlStatement st(m_db, u"SELECT COUNT(*) FROM gate_reviews WHERE id = ?"_s);
    GL_TRY(st.exec({reviewId}));
    return st.next() && st.value(0).toInt() > 0;
}

Result<StoredReview> GateReviewStore::load(const QString &reviewId) const
{
    SqlStatement st(m_db, u"SELECT use_case_id, gate, requested_by, requested_at, decision, rationale "
                          u"FROM gate_reviews WHERE id = ?"_s);
    GL_TRY(st.exec({reviewId}));
    if (!st.next())
        return fail(reviewId, QCoreApplication::translate("GateReviewStore", "unknown gate review"));
    StoredReview stored{st.value(0).toString(), GateReview{reviewId,
                                                           st.value(1).toString(),
                                                           st.value(2).toString(),
                                                           sql::toDateTime(st.value(3)),
                                                           sql::toOptEnum<GateDecision>(st.value(4)),
                                                           st.value(5).toString(),
                                                           {},
                                                           {}}};
    SqlStatement signoffs(m_db, u"SELECT role, person_id, decision, signed_at, note FROM gate_signoffs "
                                u"WHERE review_id = ? ORDER BY sort_order"_s);
    GL_TRY(signoffs.exec({reviewId}));
    while (signoffs.next())
        stored.review.signoffs.append(Signoff{sql::toEnum<Role>(signoffs.value(0)), signoffs.value(1).toString(),
                                              sql::toEnum<SignoffDecision>(signoffs.value(2)),
                                              sql::toDateTime(signoffs.value(3)), signoffs.value(4).toString()});
    SqlStatement rules(m_db, u"SELECT rule_id, severity, result, explanation, message FROM gate_rule_results "
                             u"WHERE review_id = ? ORDER BY sort_order"_s);
    GL_TRY(rules.exec({reviewId}));
    while (rules.next())
        stored.review.ruleResults.append(
            RuleResult{rules.value(0).toString(), sql::toEnum<Severity>(rules.value(1)),
                       sql::toEnum<RuleOutcome>(rules.value(2)), rules.value(3).toString(),
                       RuleMessage::fromStored(rules.value(4).toString().toUtf8(), rules.value(3).toString())});
    return stored;
}

Result<AuditEvent> GateReviewStore::insert(const QString &useCaseId, const GateReview &review,
                                           const Recording &recording, const QJsonObject &extra)
{
    const Result<int> order = nextSortOrder(m_db, u"gate_reviews"_s, u"use_case_id"_s, useCaseId);
    if (!order)
        return std::unexpected(order.error());
    QJsonObject payload = FactPayload::reviewStart(useCaseId, review);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        payload.insert(it.key(), it.value());
    const Result<AuditEvent> event = recording.append(m_db, u"gate_review"_s, review.id, payload);
    if (!event)
        return event;
    SqlStatement st(m_db, u"INSERT INTO gate_reviews (id, use_case_id, gate, requested_by, requested_at, decision, "
                          u"rationale, sort_order, audit_seq, audit_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    GL_TRY(st.exec({review.id, useCaseId, review.gate, review.requestedBy, sql::dateTime(review.requestedAt),
                    review.decision ? sql::enumText(*review.decision) : sql::text({}), sql::text(review.rationale),
                    *order, event->seq, event->hash}));
    SqlStatement rule(m_db, u"INSERT INTO gate_rule_results (review_id, sort_order, rule_id, severity, result, "
                            u"explanation, message) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < review.ruleResults.size(); ++i) {
        const RuleResult &r = review.ruleResults[i];
        GL_TRY(rule.exec({review.id, int(i), r.rule, sql::enumText(r.severity), sql::enumText(r.result),
                          sql::requiredText(r.explanation),
                          sql::text(r.message.isEmpty() ? QString() : QString::fromUtf8(r.message.toJson()))}));
    }
    for (const Signoff &s : review.signoffs) {
        if (const auto signed_ = appendSignoff(review.id, s, recording); !signed_)
            return signed_;
    }
    return event;
}

Result<AuditEvent> GateReviewStore::appendSignoff(const QString &reviewId, const Signoff &signoff,
                                                  const Recording &recording)
{
    const Result<int> order = nextSortOrder(m_db, u"gate_signoffs"_s, u"review_id"_s, reviewId);
    if (!order)
        return std::unexpected(order.error());
    const Result<AuditEvent> event =
        recording.append(m_db, u"gate_review"_s, reviewId, FactPayload::signoff(reviewId, *order, signoff));
    if (!event)
        return event;
    SqlStatement st(m_db, u"INSERT INTO gate_signoffs (review_id, sort_order, role, person_id, decision, signed_at, "
                          u"note, audit_seq, audit_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    GL_TRY(st.exec({reviewId, *order, sql::enumText(signoff.role), signoff.person, sql::enumText(signoff.decision),
                    sql::dateTime(signoff.at), sql::requiredText(signoff.note), event->seq, event->hash}));
    return event;
}

Result<AuditEvent> GateReviewStore::setDecision(const QString &useCaseId, const QString &reviewId,
                                                GateDecision decision, const QString &rationale,
                                                const Recording &recording)
{
    const Result<AuditEvent> event = recording.append(
        m_db, u"gate_review"_s, reviewId, FactPayload::reviewDecision(useCaseId, reviewId, decision, rationale));
    if (!event)
        return event;
    SqlStatement st(m_db, u"UPDATE gate_reviews SET decision = ?, rationale = ?, decision_audit_seq = ?, "
                          u"decision_audit_hash = ? WHERE id = ? AND decision IS NULL"_s);
    GL_TRY(st.exec({sql::enumText(decision), sql::text(rationale), event->seq, event->hash, reviewId}));
    if (st.query().numRowsAffected() != 1)
        return fail(reviewId, QCoreApplication::translate("GateReviewStore", "the review is already decided"));
    return event;
}

} // namespace greenlight::models
