#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace greenlight::models {

/**
 * A gate rule as policy data: its id, how much a failure weighs, the seed section it comes from,
 * and the framework crosswalk (DESIGN §2): the NIST AI RMF 1.0 subcategory, the ISO/IEC 42001:2023
 * Annex A control and the EU AI Act (Regulation (EU) 2024/1689) article that clearly match it.
 * A reference is empty where none clearly applies (docs/crosswalk.md says how each was checked).
 */
struct RuleInfo {
    QString id;
    Severity severity = Severity::Blocker;
    QString seedSource;
    QString nistAiRmf;
    QString iso42001;
    QString euAiAct;
};

/// The rules of DESIGN §2, in the order a gate check lists them.
class RuleCatalog final
{
public:
    [[nodiscard]] static const QList<RuleInfo> &all();
    [[nodiscard]] static bool contains(const QString &id);
    /// The rule @p id, or nullptr.
    [[nodiscard]] static const RuleInfo *find(const QString &id);
    /// The wildcard a gate template uses for "every rule".
    [[nodiscard]] static QString wildcard();
};

} // namespace greenlight::models
