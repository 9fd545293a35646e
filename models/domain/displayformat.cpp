#include "domain/displayformat.h"

namespace greenlight::models {

using namespace Qt::StringLiterals;

DisplayFormat::DisplayFormat(const QLocale &locale) : m_locale(locale) {}

DisplayFormat DisplayFormat::plain()
{
    DisplayFormat format(QLocale::c());
    format.m_plain = true;
    return format;
}

QString DisplayFormat::integer(qint64 value) const
{
    return m_plain ? QString::number(value) : m_locale.toString(value);
}

QString DisplayFormat::number(double value) const
{
    return m_plain ? QString::number(value, 'g', 6) : m_locale.toString(value, 'g', 6);
}

QString DisplayFormat::decimal(double value, int decimals) const
{
    return m_plain ? QString::number(value, 'f', decimals) : m_locale.toString(value, 'f', decimals);
}

QString DisplayFormat::percent(double value, int decimals) const
{
    return decimal(value, decimals) + u" %"_s;
}

QString DisplayFormat::usd(double value, int decimals) const
{
    if (m_plain)
        return decimal(value, decimals) + u" USD"_s;
    // The C locale (LANG=C.UTF-8) has no currency pattern of its own and would write "85.00$".
    if (m_locale.language() == QLocale::C)
        return u"$"_s + decimal(value, decimals);
    return m_locale.toCurrencyString(value, u"$"_s, decimals);
}

QString DisplayFormat::usdPrefix() const
{
    const QString zero = usd(0, 0);
    return zero.left(zero.indexOf(m_locale.zeroDigit()));
}

QString DisplayFormat::usdSuffix() const
{
    const QString zero = usd(0, 0);
    return zero.mid(zero.indexOf(m_locale.zeroDigit()) + m_locale.zeroDigit().size());
}

QString DisplayFormat::datePattern() const
{
    if (m_plain)
        return u"yyyy-MM-dd"_s;
    // Short formats often have a two-digit year ("dd.MM.yy"); evidence dates read better in full.
    QString pattern = m_locale.dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(u"yyyy"_s))
        pattern.replace(u"yy"_s, u"yyyy"_s);
    return pattern;
}

QString DisplayFormat::date(const QDate &date) const
{
    return m_locale.toString(date, datePattern());
}

QString DisplayFormat::utc(const QDateTime &at, bool seconds) const
{
    const QDateTime utc = at.toUTC();
    return date(utc.date()) + u' ' + utc.time().toString(seconds ? u"HH:mm:ss"_s : u"HH:mm"_s) + u" UTC"_s;
}

QString DisplayFormat::dateTime(const QDateTime &dateTime) const
{
    const QString time =
        m_plain ? dateTime.time().toString(u"HH:mm"_s) : m_locale.toString(dateTime.time(), QLocale::ShortFormat);
    return date(dateTime.date()) + u' ' + time;
}

} // namespace greenlight::models
