#include "usage/nanousd.h"

#include <charconv>
#include <cmath>

namespace greenlight::models::NanoUsd {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// value * 10 + digit, false on overflow.
bool appendDigit(quint64 &value, int digit)
{
    return !__builtin_mul_overflow(value, quint64(10), &value) &&
           !__builtin_add_overflow(value, quint64(digit), &value);
}

} // namespace

std::optional<Parsed> parse(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-'))
        negative = text[i++] == '-';
    // The digits of the amount without its point, and where the point was: value = digits × 10^-decimals.
    QByteArray digits;
    qsizetype decimals = 0;
    bool seenPoint = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            digits.append(c);
            if (seenPoint)
                ++decimals;
        } else if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (digits.isEmpty())
        return std::nullopt;
    qsizetype exponent = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            negativeExponent = text[i++] == '-';
        const qsizetype start = i;
        for (; i < n && isDigit(text[i]); ++i) {
            exponent = exponent * 10 + (text[i] - '0');
            if (exponent > 400)
                return std::nullopt;
        }
        if (i == start)
            return std::nullopt;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;

    // Nano-dollars = digits × 10^(9 - decimals + exponent): the digits left of that point count, the rest round.
    const qsizetype shift = 9 - decimals + exponent;
    quint64 whole = 0;
    Parsed parsed;
    const qsizetype kept = std::min<qsizetype>(digits.size(), digits.size() + shift);
    for (qsizetype d = 0; d < std::max<qsizetype>(kept, 0); ++d) {
        if (!appendDigit(whole, digits[d] - '0'))
            return std::nullopt;
    }
    for (qsizetype z = 0; z < shift; ++z) {
        if (whole != 0 && !appendDigit(whole, 0))
            return std::nullopt;
    }
    if (kept < digits.size()) {
        // The dropped digits: round half to even on the first of them and whether any after it is non-zero.
        const qsizetype first = std::max<qsizetype>(kept, 0);
        const int roundingDigit = kept >= 0 ? digits[first] - '0' : 0;
        bool restNonZero = false;
        for (qsizetype d = kept >= 0 ? first + 1 : 0; d < digits.size(); ++d)
            restNonZero = restNonZero || digits[d] != '0';
        parsed.rounded = roundingDigit != 0 || restNonZero;
        const bool up = roundingDigit > 5 || (roundingDigit == 5 && (restNonZero || whole % 2 == 1));
        if (up && __builtin_add_overflow(whole, quint64(1), &whole))
            return std::nullopt;
    }
    if (whole > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    parsed.nanos = negative ? -qint64(whole) : qint64(whole);
    return parsed;
}

std::optional<qint64> fromDouble(double usd)
{
    if (!std::isfinite(usd))
        return std::nullopt;
    char buffer[64];
    const std::to_chars_result written = std::to_chars(buffer, buffer + sizeof buffer, usd);
    if (written.ec != std::errc())
        return std::nullopt;
    const std::optional<Parsed> parsed = parse(QByteArrayView(buffer, written.ptr - buffer));
    if (!parsed)
        return std::nullopt;
    return parsed->nanos;
}

QString toDecimal(qint64 nanos)
{
    const bool negative = nanos < 0;
    // The magnitude as unsigned, so the most negative amount has one too.
    const quint64 magnitude = negative ? quint64(0) - quint64(nanos) : quint64(nanos);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / quint64(perDollar))
        .arg(magnitude % quint64(perDollar), 9, 10, QLatin1Char('0'));
}

} // namespace greenlight::models::NanoUsd
