#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace greenlight::models {

/**
 * JSON in the form of RFC 8785 (JSON Canonicalization Scheme), so anyone can recompute an audit hash
 * with an off-the-shelf JCS library: object members sorted by the UTF-16 code units of their names,
 * no whitespace, numbers as ECMAScript's Number.prototype.toString writes them, strings with only
 * the escapes JSON requires. Integers are numbers like any other, so beyond 2^53 they lose precision
 * exactly as they would in JavaScript.
 */
class CanonicalJson final
{
public:
    /// The canonical UTF-8 text of @p value; nullopt for a value JSON cannot hold (NaN, infinity, undefined).
    [[nodiscard]] static std::optional<QByteArray> serialize(const QJsonValue &value);
    /// The canonical form of a JSON text, or nullopt when @p json does not parse.
    [[nodiscard]] static std::optional<QByteArray> canonicalize(const QByteArray &json);
    /// A number as ECMAScript writes it ("1e+21", "0.000001", "5e-324"); nullopt for NaN and infinity.
    [[nodiscard]] static std::optional<QByteArray> number(double value);
    /// A string with its quotes and RFC 8785's escapes.
    [[nodiscard]] static QByteArray string(const QString &value);
};

} // namespace greenlight::models
