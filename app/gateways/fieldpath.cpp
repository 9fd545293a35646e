#include "gateways/fieldpath.h"

#include <QJsonArray>
#include <QJsonValue>

namespace greenlight::app {

using namespace Qt::StringLiterals;

namespace {

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

} // namespace

FieldPath::FieldPath(const QString &path)
{
    if (!isValid(path))
        return;
    for (const QString &part : path.split(u'.')) {
        const qsizetype bracket = part.indexOf(u'[');
        if (bracket < 0)
            m_segments.append(Segment{part, {}, false});
        else
            m_segments.append(Segment{part.left(bracket), part.mid(bracket + 1, part.size() - bracket - 2), true});
    }
}

bool FieldPath::isValid(const QString &path)
{
    if (path.trimmed().isEmpty())
        return false;
    for (const QString &part : path.split(u'.')) {
        const qsizetype bracket = part.indexOf(u'[');
        if (part.isEmpty() || bracket == 0)
            return false;
        if (bracket > 0 && (!part.endsWith(u']') || part.indexOf(u'[', bracket + 1) >= 0))
            return false;
        if (bracket < 0 && part.contains(u']'))
            return false;
    }
    return true;
}

QString FieldPath::valueIn(const QJsonObject &record) const
{
    QJsonValue current(record);
    for (const Segment &segment : m_segments) {
        current = current.toObject().value(segment.key);
        if (segment.isArrayMatch) {
            const QJsonArray items = current.toArray();
            for (const QJsonValue &item : items) {
                const QString text = item.toString();
                if (text.startsWith(segment.prefix))
                    return text.mid(segment.prefix.size());
            }
            return {};
        }
    }
    return scalarText(current);
}

} // namespace greenlight::app
