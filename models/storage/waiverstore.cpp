#include "storage/waiverstore.h"

#include "audit/factpayload.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

Status insertWaiver(Database &db, const QString &useCaseId, const Waiver &w, int sortOrder, const QVariant &seq,
                    const QVariant &hash)
{
    SqlStatement st(db, u"INSERT INTO waivers (id, use_case_id, sort_order, gate, rule_id, reason, control, "
                        u"granted_by, role, granted_on, expires_on, audit_seq, audit_hash) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    return st.exec({w.id, useCaseId, sortOrder, w.gate, w.rule, w.reason, w.control, w.grantedBy, sql::enumText(w.role),
                    sql::date(w.grantedOn), sql::date(w.expires), seq, hash});
}

Status insertRevocation(Database &db, const QString &waiverId, const WaiverRevocation &r, const QVariant &seq,
                        const QVariant &hash)
{
    SqlStatement st(db, u"INSERT INTO waiver_revocations (waiver_id, person_id, role, revoked_on, reason, audit_seq, "
                        u"audit_hash) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    return st.exec({waiverId, r.person, sql::enumText(r.role), sql::date(r.date), r.reason, seq, hash});
}

} // namespace

Result<AuditEvent> WaiverStore::grant(const QString &useCaseId, const Waiver &waiver, const Recording &recording)
{
    const Result<int> order = nextSortOrder(m_db, u"waivers"_s, u"use_case_id"_s, useCaseId);
    if (!order)
        return std::unexpected(order.error());
    const Result<AuditEvent> event =
        recording.append(m_db, u"waiver"_s, waiver.id, FactPayload::waiver(useCaseId, waiver));
    if (!event)
        return event;
    GL_TRY(insertWaiver(m_db, useCaseId, waiver, *order, event->seq, event->hash));
    return event;
}

Result<AuditEvent> WaiverStore::revoke(const QString &useCaseId, const QString &waiverId,
                                       const WaiverRevocation &revocation, const Recording &recording)
{
    const Result<AuditEvent> event =
        recording.append(m_db, u"waiver"_s, waiverId, FactPayload::waiverRevocation(useCaseId, waiverId, revocation));
    if (!event)
        return event;
    GL_TRY(insertRevocation(m_db, waiverId, revocation, event->seq, event->hash));
    return event;
}

Status WaiverStore::insert(const QString &useCaseId, const Waiver &waiver, int sortOrder)
{
    GL_TRY(insertWaiver(m_db, useCaseId, waiver, sortOrder, {}, {}));
    if (waiver.revocation.has_value())
        GL_TRY(insertRevocation(m_db, waiver.id, *waiver.revocation, {}, {}));
    return {};
}

Status WaiverStore::addRevocationIfMissing(const QString &waiverId, const WaiverRevocation &revocation)
{
    SqlStatement held(m_db, u"SELECT 1 FROM waiver_revocations WHERE waiver_id = ?"_s);
    GL_TRY(held.exec({waiverId}));
    const bool found = held.next();
    GL_TRY(held.finished());
    if (found)
        return {};
    return insertRevocation(m_db, waiverId, revocation, {}, {});
}

} // namespace greenlight::models
