#pragma once

#include "portfolio/governancediff.h"

#include <QByteArray>
#include <QString>

namespace greenlight::app {

/**
 * `portfolio diff` for machines and pull requests: the documented JSON object and the Markdown comment
 * (docs/command-line.md). Both are English whatever the language, so a pipeline gets the same bytes on every
 * machine and a comment on a shared repository reads the same whoever's runner wrote it; the terminal's text is
 * GovernanceText's, translated.
 */
class GovernanceReport final
{
public:
    /// `greenlight.portfolio-diff/1`: members are never renamed or dropped; later versions may add some (waivers).
    [[nodiscard]] static QByteArray json(const models::GovernanceChanges &changes);
    /// A GitHub-flavoured Markdown comment: a heading with the verdict, a table of every use case's gate before and
    /// after, then what changed portfolio-wide and a section per added or changed use case.
    [[nodiscard]] static QString markdown(const models::GovernanceChanges &changes);
};

} // namespace greenlight::app
