#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace greenlight::models {

/**
 * Money as integer nano-dollars (1e-9 USD), as Helicone keeps it: a 10-token embedding at $0.02 per million
 * tokens is 200 nano-dollars, not zero, and sums of millions of rows stay exact. Amounts are read from their
 * decimal text with no binary floating point in between; more than nine decimals are rounded half to even.
 */
namespace NanoUsd {

constexpr qint64 perDollar = 1'000'000'000;

/// What parsing an amount gave: the nano-dollars, and whether digits beyond the ninth decimal were rounded away.
struct Parsed {
    qint64 nanos = 0;
    bool rounded = false;
};

/// @p text as nano-dollars: "12.345678901", "0.0000002", "1e-7", "-3.5" (a sign and an exponent are allowed;
/// callers that want no negative amounts check). nullopt for anything else, or an amount beyond ±9.2 billion USD.
[[nodiscard]] std::optional<Parsed> parse(QByteArrayView text);

/// A dollar amount that arrived as a binary double (a JSON number): taken from its shortest decimal form that reads
/// back as the same double, which is the decimal text the sender wrote whenever it had 15 significant digits or
/// fewer. nullopt when it is not finite or out of range.
[[nodiscard]] std::optional<qint64> fromDouble(double usd);

/// The exact decimal text with nine decimals: 12345678901 → "12.345678901", -200 → "-0.000000200".
[[nodiscard]] QString toDecimal(qint64 nanos);

/// For charts, ratios and display only: never summed.
[[nodiscard]] inline double toDouble(qint64 nanos)
{
    return double(nanos) / double(perDollar);
}

/// Adds @p amount to @p sum; false (and @p sum unchanged) when the result would overflow.
[[nodiscard]] inline bool add(qint64 &sum, qint64 amount)
{
    qint64 result = 0;
    if (__builtin_add_overflow(sum, amount, &result))
        return false;
    sum = result;
    return true;
}

} // namespace NanoUsd

} // namespace greenlight::models
