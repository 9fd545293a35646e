#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace greenlight::models {

/// A gate rule as policy data: its id, how much a failure weighs, and the seed section it comes from.
struct RuleInfo {
    QString id;
    Severity severity = Severity::Blocker;
    QString seedSource;
};

/// The rules of DESIGN §2, in the order a gate check lists them.
class RuleCatalog final
{
public:
    [[nodiscard]] static const QList<RuleInfo> &all();
    [[nodiscard]] static bool contains(const QString &id);
    /// The wildcard a gate template uses for "every rule".
    [[nodiscard]] static QString wildcard();
};

} // namespace greenlight::models
