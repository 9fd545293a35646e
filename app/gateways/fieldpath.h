#pragma once

#include <QJsonObject>
#include <QString>

namespace greenlight::app {

/**
 * Reads a value from a gateway's own JSON record by a dotted path (DESIGN §5): `team_id`,
 * `metadata.spend_logs_metadata.use_case`, `request_properties.Customer`. A segment `name[prefix]`
 * picks, from the array `name`, the first string that starts with `prefix` and yields the rest of it:
 * `request_tags[feature:]` on `["env:prod","feature:summarize"]` gives `summarize`. Numbers are given
 * as text; anything missing gives an empty string.
 */
class FieldPath final
{
public:
    explicit FieldPath(const QString &path);
    [[nodiscard]] QString valueIn(const QJsonObject &record) const;
    [[nodiscard]] bool isEmpty() const { return m_segments.isEmpty(); }
    /// Whether @p path is well formed (non-empty segments, brackets closed at the end of a segment).
    [[nodiscard]] static bool isValid(const QString &path);

private:
    struct Segment {
        QString key;
        QString prefix;
        bool isArrayMatch = false;
    };
    QList<Segment> m_segments;
};

} // namespace greenlight::app
