#pragma once

#include "audit/auditevent.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace greenlight::models {
class Database;
class SshSigner;
} // namespace greenlight::models

namespace greenlight::app {

/// What an exported packet holds.
struct PacketSummary {
    int pages = 0;
    int useCases = 0;
    QString headHash; ///< the audit chain's head at export time, printed on the last page
};

/**
 * Exports the audit packet (DESIGN §3a) of one use case, or of the whole portfolio when the id is
 * empty, to a PDF. The file is written through QSaveFile, so a failure leaves no partial file, and
 * a written packet is recorded as a "packet export" audit event. Needs a QGuiApplication (fonts)
 * and, for the charts, a QApplication.
 */
class PacketExporter final
{
    Q_DECLARE_TR_FUNCTIONS(PacketExporter)

public:
    explicit PacketExporter(models::Database &db) : m_db(db) {}
    /// Writes the packet and records its export; the event holds the PDF's SHA-256, so with @p signer (the
    /// exporting person's own key) the signature vouches for these exact bytes.
    [[nodiscard]] models::Result<PacketSummary> exportPacket(const QString &useCaseId, const QString &fileName,
                                                             const models::Actor &actor, const QDateTime &at,
                                                             const std::function<bool(int, int)> &progress = {},
                                                             const models::SshSigner *signer = nullptr);

private:
    models::Database &m_db;
};

} // namespace greenlight::app
