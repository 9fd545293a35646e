#pragma once

#include "portfolio/governancediff.h"

#include <QCoreApplication>
#include <QString>

namespace greenlight::app {

/// `portfolio diff` for a terminal: the verdict, what changed portfolio-wide, then one line per use case with its
/// gate before and after and the changes below it. Translated (the JSON and Markdown of GovernanceReport are not).
class GovernanceText final
{
    Q_DECLARE_TR_FUNCTIONS(GovernanceText)

public:
    /// @p oldName, @p newName: the files as the command line named them.
    [[nodiscard]] static QString format(const models::GovernanceChanges &changes, const QString &oldName,
                                        const QString &newName);
};

} // namespace greenlight::app
