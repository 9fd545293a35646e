#pragma once

#include "audit/auditchain.h"
#include "audit/auditevent.h"
#include "packet/packetexporter.h"

#include <functional>

namespace greenlight::app {

class Workspace;

/// The record as evidence: the audit log, its verification, and the audit packet (whose export is itself an event).
class AuditTrail final
{
public:
    explicit AuditTrail(Workspace &session) : m_session(session) {}

    /// The events, oldest first: all, or those that recorded @p entity @p entityId (for stepSigner(): who signed
    /// which step).
    [[nodiscard]] models::Result<QList<models::AuditEvent>> events(const QString &entity = {},
                                                                   const QString &entityId = {}) const;
    [[nodiscard]] models::Result<models::AuditVerification> verify() const;
    /// Writes the audit packet of one use case (all when @p useCaseId is empty) to @p fileName as the signed-in
    /// person (or account); @p progress gets (page, pages) and may return false to cancel.
    [[nodiscard]] models::Result<PacketSummary> exportPacket(const QString &useCaseId, const QString &fileName,
                                                             const std::function<bool(int, int)> &progress = {});

private:
    Workspace &m_session;
};

} // namespace greenlight::app
