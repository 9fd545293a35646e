#include "portfolio/democalendar.h"

#include <QRegularExpression>
#include <QString>

namespace greenlight::models {

using namespace Qt::StringLiterals;

QDate DemoCalendar::writtenOn()
{
    return QDate(2026, 11, 23);
}

QByteArray DemoCalendar::movedTo(const QByteArray &json, QDate today)
{
    const qint64 days = writtenOn().daysTo(today);
    if (days == 0 || !today.isValid())
        return json;
    // A date stands alone or inside an id or a timestamp, never inside a longer run of digits.
    static const QRegularExpression date(u"(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"_s);
    const QString text = QString::fromUtf8(json);
    QString moved;
    moved.reserve(text.size());
    qsizetype last = 0;
    for (auto it = date.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        moved += QStringView(text).mid(last, m.capturedStart() - last);
        moved += day.isValid() ? day.addDays(days).toString(Qt::ISODate) : m.captured();
        last = m.capturedEnd();
    }
    moved += QStringView(text).mid(last);
    return moved.toUtf8();
}

} // namespace greenlight::models
