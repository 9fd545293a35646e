#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace greenlight::models {

/// One difference between two portfolio documents, at a JSON path.
struct PortfolioChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    /// Where, with array elements named by their key: `$.use_cases["support-reply-draft"].owners.support`.
    QString path;
    QJsonValue before; ///< undefined when added
    QJsonValue after;  ///< undefined when removed

    friend bool operator==(const PortfolioChange &, const PortfolioChange &) = default;
};

/**
 * The differences between two portfolio documents in canonical form (PortfolioWriter's output), for
 * `import portfolio --dry-run`. Arrays of records are matched by key, not position: `id`, or `id` and
 * `version` for routes; records without an id (data approvals, sign-offs, rule results) are matched by
 * their whole content, so inserting one in the middle reads as one addition. Arrays of plain values
 * (roles, data classes, rules) change as a whole.
 */
class PortfolioDiff final
{
public:
    [[nodiscard]] static QList<PortfolioChange> compare(const QJsonObject &before, const QJsonObject &after);
    /// One line per change: `+ PATH: VALUE`, `- PATH: VALUE`, `~ PATH: BEFORE → AFTER` (values as compact JSON).
    [[nodiscard]] static QStringList format(const QList<PortfolioChange> &changes);
    /// The key a record is matched by in its array ("support-draft@2" for a route version), or empty.
    [[nodiscard]] static QString recordKey(const QJsonObject &record);
    /// Compact JSON of any value (a string stays quoted).
    [[nodiscard]] static QString compact(const QJsonValue &value);
};

} // namespace greenlight::models
