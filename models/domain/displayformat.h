#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace greenlight::models {

/**
 * Numbers, money, percentages and dates as a person reads them (DESIGN §8: evidence is stored exact and
 * language-neutral, and formatted by QLocale only on screen and in the packet). One place decides how a
 * figure is written, so a row never mixes "4,29×" with "26.0 %".
 *
 * plain() is the locale-free form that stored explanations, files and the command line use: no digit
 * grouping, a point for decimals, ISO 8601 dates.
 */
class DisplayFormat final
{
public:
    /// Formats for @p locale; by default the application's current one.
    explicit DisplayFormat(const QLocale &locale = QLocale());
    /// The locale-free form: "1591200", "97.5 %", "2026-10-10".
    [[nodiscard]] static DisplayFormat plain();

    [[nodiscard]] bool isPlain() const { return m_plain; }
    [[nodiscard]] const QLocale &locale() const { return m_locale; }

    /// "177.141" in German, "177,141" in English.
    [[nodiscard]] QString integer(qint64 value) const;
    /// Up to six significant digits, as a policy states a threshold: "95", "97,5".
    [[nodiscard]] QString number(double value) const;
    /// A fixed number of decimals: "2,0", "86,43".
    [[nodiscard]] QString decimal(double value, int decimals) const;
    /// "97,5 %" (a space before the sign, as the stored explanations have it).
    [[nodiscard]] QString percent(double value, int decimals = 1) const;
    /// A US-dollar amount as the locale writes money: "$1,591,200" in English, "1.591.200 $" in German;
    /// plain: "1591200.00 USD".
    [[nodiscard]] QString usd(double value, int decimals = 2) const;
    /// What goes before and after the number of a dollar amount ("$" and "", or "" and " $"), for spin boxes.
    [[nodiscard]] QString usdPrefix() const;
    [[nodiscard]] QString usdSuffix() const;
    /// The locale's short date with a four-digit year: "25.09.2026", "9/25/2026"; plain: "2026-09-25".
    [[nodiscard]] QString date(const QDate &date) const;
    /// date() followed by the locale's short time: "25.09.2026 12:03"; plain: "2026-09-25 12:03".
    [[nodiscard]] QString dateTime(const QDateTime &dateTime) const;
    /// A moment in UTC on the 24-hour clock, as records give times to readers anywhere: "21.10.2026 09:30 UTC",
    /// "10/21/2026 09:30 UTC"; plain: "2026-10-21 09:30 UTC". With @p seconds: "…09:30:00 UTC".
    [[nodiscard]] QString utc(const QDateTime &at, bool seconds = false) const;
    /// The pattern date() uses ("dd.MM.yyyy"), for date edits and chart axes.
    [[nodiscard]] QString datePattern() const;

private:
    QLocale m_locale;
    bool m_plain = false;
};

} // namespace greenlight::models
