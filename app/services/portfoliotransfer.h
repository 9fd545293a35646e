#pragma once

#include "portfolio/portfolioimporter.h"

#include <QCoreApplication>

namespace greenlight::app {

class Workspace;

/// The portfolio file in and out of the open database, as the window does it: look at the plan (what changes, what
/// recorded history it would drop) before importing exactly the bytes that were reviewed.
class PortfolioTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioTransfer)

public:
    explicit PortfolioTransfer(Workspace &session) : m_session(session) {}

    /// What importing @p fileName would change, and what recorded history it would drop; writes nothing.
    [[nodiscard]] models::Result<models::ImportPlan> planImport(const QString &fileName) const;
    /// Imports @p fileName. With @p reviewedSha256 (the plan's summary.sha256), a file that changed after the user
    /// reviewed its plan is refused: what is imported is exactly what they saw.
    [[nodiscard]] models::Status importFile(const QString &fileName, const QString &reviewedSha256 = {});
    [[nodiscard]] models::Status exportFile(const QString &fileName) const;

private:
    Workspace &m_session;
};

} // namespace greenlight::app
