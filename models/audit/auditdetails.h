#pragma once

#include <QJsonObject>
#include <QStringList>

namespace greenlight::models {

/**
 * An audit event's payload as lines a person reads (the audit packet's "Details"), one fact a line. The stored
 * payload is left as it is: these lines only show it, with every value exact (ids, codes, numbers as the JSON
 * holds them) and in no language, so they read the same in every translation of the packet.
 *
 * - A change (a member, or the payload itself, holding both `before` and `after`) gives one line per changed
 *   field, `path: before → after`; nested fields as dotted paths (`operations.daily_cost_cap_usd: 50 → 999`).
 * - Any other member gives `path: value`; nested objects as dotted paths (`owners.security: sam`), an object of
 *   plain values two levels down on one line (`results.normal: passed 48, total 50`).
 * - A list of plain values is joined with ", "; a list of objects gives one line per element (`rules[0]: …`)
 *   whose members read `key value`, short values first and text with spaces quoted last.
 * - null, "", [] and {} read "—".
 * - A payload that is not a JSON object gives its text as one line; an empty object no line.
 */
class AuditDetails final
{
public:
    [[nodiscard]] static QStringList lines(const QByteArray &payload);
    [[nodiscard]] static QStringList lines(const QJsonObject &payload);
};

} // namespace greenlight::models
