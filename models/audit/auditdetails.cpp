#include "audit/auditdetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

const QString kNone = u"—"_s;
const QString kArrow = u" → "_s;

bool hasSpace(const QString &text)
{
    static const QRegularExpression space(u"\\s"_s);
    return text.contains(space);
}

QString joined(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

/// A value that is neither a list nor an object with something in it.
bool isPlain(const QJsonValue &v)
{
    return isEmptyValue(v) || (!v.isArray() && !v.isObject());
}

/// As the stored JSON writes it: integers without a fraction, others in their shortest exact form, never localised.
QString numberText(double v)
{
    if (std::trunc(v) == v && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString plainText(const QJsonValue &v)
{
    if (isEmptyValue(v))
        return kNone;
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return numberText(v.toDouble());
    return v.toString();
}

/// One member of an object written on one line.
struct InlineMember {
    QString key;
    QString text;
    bool prose = false; ///< text with spaces: quoted, and put after the short values
};

QString inlineValue(const QJsonValue &v);

void collectInline(const QJsonObject &object, const QString &prefix, QList<InlineMember> &members)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = joined(prefix, it.key());
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            collectInline(it.value().toObject(), key, members);
            continue;
        }
        const bool prose = it.value().isString() && hasSpace(it.value().toString());
        members.append({key, inlineValue(it.value()), prose});
    }
}

/// "passed 48, total 50, note "two words"": short values first, in key order, then the quoted texts.
QString inlineObject(const QJsonObject &object)
{
    QList<InlineMember> members;
    collectInline(object, QString(), members);
    std::ranges::stable_partition(members, [](const InlineMember &m) { return !m.prose; });
    QStringList parts;
    for (const InlineMember &m : std::as_const(members))
        parts.append(m.key + u' ' + m.text);
    return parts.join(u", "_s);
}

QString inlineValue(const QJsonValue &v)
{
    if (isPlain(v)) {
        const QString text = plainText(v);
        return v.isString() && hasSpace(text) ? u'"' + text + u'"' : text;
    }
    if (v.isObject())
        return u'{' + inlineObject(v.toObject()) + u'}';
    QStringList items;
    for (const QJsonValue &item : v.toArray())
        items.append(inlineValue(item));
    return u'[' + items.join(u", "_s) + u']';
}

/// A value on the rest of its line: plain as it is, a list of plain values joined, anything else inline.
QString leafText(const QJsonValue &v)
{
    if (isPlain(v))
        return plainText(v);
    if (v.isArray() && std::ranges::all_of(v.toArray(), isPlain)) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(plainText(item));
        return items.join(u", "_s);
    }
    return v.isObject() ? inlineObject(v.toObject()) : inlineValue(v);
}

/// Both sides are objects, or one is an object and the other holds nothing: compare them field by field.
bool comparesByField(const QJsonValue &before, const QJsonValue &after)
{
    const auto objectOrNothing = [](const QJsonValue &v) { return v.isObject() || isEmptyValue(v); };
    const bool someObject =
        (before.isObject() && !before.toObject().isEmpty()) || (after.isObject() && !after.toObject().isEmpty());
    return someObject && objectOrNothing(before) && objectOrNothing(after);
}

void changeLines(const QString &path, const QJsonValue &before, const QJsonValue &after, QStringList &out)
{
    if (!comparesByField(before, after)) {
        out.append(path + u": "_s + leafText(before) + kArrow + leafText(after));
        return;
    }
    const QJsonObject was = before.toObject();
    const QJsonObject is = after.toObject();
    QStringList keys = was.keys() + is.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys))
        changeLines(joined(path, key), was.value(key), is.value(key), out);
}

/// A member holding `before` and `after`; the payload itself only when they are objects (an edit's changed fields).
bool isChange(const QString &path, const QJsonObject &object)
{
    if (!object.contains(u"before"_s) || !object.contains(u"after"_s))
        return false;
    return !path.isEmpty() || comparesByField(object.value(u"before"_s), object.value(u"after"_s));
}

void describe(const QString &path, const QJsonValue &value, int depth, QStringList &out);

void describeObject(const QString &path, const QJsonObject &object, int depth, QStringList &out)
{
    const bool change = isChange(path, object);
    if (change)
        changeLines(path, object.value(u"before"_s), object.value(u"after"_s), out);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (change && (it.key() == u"before"_s || it.key() == u"after"_s))
            continue;
        describe(joined(path, it.key()), it.value(), depth + 1, out);
    }
}

void describe(const QString &path, const QJsonValue &value, int depth, QStringList &out)
{
    if (isPlain(value)) {
        out.append(path + u": "_s + plainText(value));
        return;
    }
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        if (std::ranges::all_of(items, isPlain)) {
            out.append(path + u": "_s + leafText(value));
            return;
        }
        for (qsizetype i = 0; i < items.size(); ++i)
            out.append(u"%1[%2]: %3"_s.arg(path).arg(i).arg(leafText(items.at(i))));
        return;
    }
    const QJsonObject object = value.toObject();
    if (depth >= 2 && !isChange(path, object) && std::ranges::all_of(object, isPlain)) {
        out.append(path + u": "_s + inlineObject(object));
        return;
    }
    describeObject(path, object, depth, out);
}

} // namespace

QStringList AuditDetails::lines(const QByteArray &payload)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    if (!document.isObject()) {
        const QString text = QString::fromUtf8(payload).trimmed();
        return text.isEmpty() ? QStringList() : QStringList{text};
    }
    return lines(document.object());
}

QStringList AuditDetails::lines(const QJsonObject &payload)
{
    QStringList out;
    describeObject(QString(), payload, 0, out);
    return out;
}

} // namespace greenlight::models
