#include "storage/dataapprovalstore.h"

#include "audit/factpayload.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/sqlvalues.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

Result<AuditEvent> DataApprovalStore::append(const QString &useCaseId, const DataApproval &a,
                                             const Recording &recording)
{
    const Result<int> order = nextSortOrder(m_db, u"data_approvals"_s, u"use_case_id"_s, useCaseId);
    if (!order)
        return std::unexpected(order.error());
    const Result<AuditEvent> event =
        recording.append(m_db, u"data_approval"_s, useCaseId + u'/' + enumName(a.dataClass),
                         FactPayload::dataApproval(useCaseId, *order, a));
    if (!event)
        return event;
    SqlStatement st(m_db,
                    u"INSERT INTO data_approvals (use_case_id, sort_order, data_class, role, person_id, decision, "
                    u"decided_on, note, audit_seq, audit_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    GL_TRY(st.exec({useCaseId, *order, sql::enumText(a.dataClass), sql::enumText(a.role), a.person,
                    sql::enumText(a.decision), sql::date(a.date), sql::requiredText(a.note), event->seq, event->hash}));
    return event;
}

} // namespace greenlight::models
