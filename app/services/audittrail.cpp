#include "services/audittrail.h"

#include "services/signingkeychoice.h"
#include "storage/auditstore.h"
#include "workspace.h"

namespace greenlight::app {

using namespace greenlight::models;

Result<QList<AuditEvent>> AuditTrail::events(const QString &entity, const QString &entityId) const
{
    QList<AuditEvent> events;
    GL_TRY(AuditStore(m_session.database()).forEach([&](const AuditEvent &e) { events.append(e); }, entity, entityId));
    return events;
}

Result<AuditVerification> AuditTrail::verify() const
{
    return AuditStore(m_session.database()).verify();
}

Result<PacketSummary> AuditTrail::exportPacket(const QString &useCaseId, const QString &fileName,
                                               const std::function<bool(int, int)> &progress)
{
    auto summary = PacketExporter(m_session.database())
                       .exportPacket(useCaseId, fileName, m_session.actor(), m_session.now(), progress,
                                     m_session.signing().signer());
    if (summary)
        GL_TRY(m_session.refresh()); // the export is an audit event
    return summary;
}

} // namespace greenlight::app
