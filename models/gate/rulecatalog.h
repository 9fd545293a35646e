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
 * A reference is empty where none clearly applies (docs/command-line.md, "Framework crosswalk", names the texts
 * each was checked against; tests/models/tst_rulecatalog.cpp keeps that table and this catalog equal).
 */
struct RuleInfo {
    QString id;
    Severity severity = Severity::Blocker;
    QString seedSource;
    QString nistAiRmf;
    QString iso42001;
    QString euAiAct;
};

/**
 * A part of a gate review that is not a rule but that an auditor also reads in framework terms: the go/no-go
 * decision and the sign-offs (issue 20). Same crosswalk columns as RuleInfo.
 */
struct ReviewRecordInfo {
    QString id; ///< "review.decision", "review.signoffs": never a rule id
    QString seedSource;
    QString nistAiRmf;
    QString iso42001;
    QString euAiAct;
};

/// The rules of DESIGN §2, in the order a gate check lists them, and the crosswalk of a review's own records.
class RuleCatalog final
{
public:
    [[nodiscard]] static const QList<RuleInfo> &all();
    /// The decision and the sign-offs of a gate review, with their framework references.
    [[nodiscard]] static const QList<ReviewRecordInfo> &reviewRecords();
    [[nodiscard]] static bool contains(const QString &id);
    /// The rule @p id, or nullptr.
    [[nodiscard]] static const RuleInfo *find(const QString &id);
    /// The wildcard a gate template uses for "every rule".
    [[nodiscard]] static QString wildcard();
};

} // namespace greenlight::models
