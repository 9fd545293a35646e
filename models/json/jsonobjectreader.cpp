#include "json/jsonobjectreader.h"

#include <QRegularExpression>

#include <cmath>

namespace greenlight::models {

using namespace Qt::StringLiterals;

void JsonErrors::report(const QString &path, const QString &message)
{
    if (!m_first.has_value())
        m_first = Error{path, message};
}

namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: return u'"' + value.toString() + u'"';
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

} // namespace

QString JsonObjectReader::expectedMessage(const QString &what, const QJsonValue &got)
{
    return tr("expected %1, found %2").arg(what, describe(got));
}

QString JsonObjectReader::unknownValueMessage(const QString &value, const QString &choices)
{
    return tr("unknown value \"%1\" (expected one of: %2)").arg(value, choices);
}

QString JsonObjectReader::duplicateMessage(const QString &value)
{
    return tr("duplicate value \"%1\"").arg(value);
}

bool JsonObjectReader::isSlug(const QString &text)
{
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9._-]{0,79}$"_s);
    return slug.match(text).hasMatch();
}

QString JsonObjectReader::lineAndColumn(const QByteArray &json, qsizetype offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

JsonObjectReader::JsonObjectReader(JsonErrors &errors, const QJsonValue &value, QString path,
                                   const QStringList &allowedKeys, bool nullable)
    : m_errors(errors), m_path(std::move(path))
{
    if (value.isObject()) {
        m_object = value.toObject();
        m_present = true;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!allowedKeys.contains(it.key())) {
                m_errors.report(pathOf(it.key()),
                                tr("unknown key (expected one of: %1)").arg(allowedKeys.join(u", "_s)));
                break;
            }
        }
    } else if (!(nullable && (value.isNull() || value.isUndefined()))) {
        m_errors.report(m_path, expectedMessage(tr("an object"), value));
    }
}

QString JsonObjectReader::pathOf(const QString &key) const
{
    return m_path + u'.' + key;
}

QString JsonObjectReader::requiredString(const QString &key) const
{
    const QJsonValue v = member(key);
    if (v.isString() && !v.toString().trimmed().isEmpty())
        return v.toString();
    if (v.isString())
        m_errors.report(pathOf(key), tr("must not be empty"));
    else if (m_present)
        m_errors.report(pathOf(key), v.isUndefined() ? tr("is required") : expectedMessage(tr("a string"), v));
    return {};
}

QString JsonObjectReader::optionalString(const QString &key) const
{
    const QJsonValue v = member(key);
    if (v.isString())
        return v.toString();
    if (!v.isNull() && !v.isUndefined())
        m_errors.report(pathOf(key), expectedMessage(tr("a string or null"), v));
    return {};
}

QString JsonObjectReader::requiredId(const QString &key) const
{
    const QString id = requiredString(key);
    if (!id.isEmpty() && !isSlug(id)) {
        m_errors.report(pathOf(key),
                        tr("\"%1\" is not a valid id (lowercase letters, digits, '-', '_' or '.')").arg(id));
        return {};
    }
    return id;
}

QString JsonObjectReader::optionalId(const QString &key) const
{
    const QString id = optionalString(key);
    if (!id.isEmpty() && !isSlug(id)) {
        m_errors.report(pathOf(key),
                        tr("\"%1\" is not a valid id (lowercase letters, digits, '-', '_' or '.')").arg(id));
        return {};
    }
    return id;
}

std::optional<double> JsonObjectReader::number(const QString &key, bool required, double min, double max,
                                               bool integral) const
{
    const QJsonValue v = member(key);
    if (v.isNull() || v.isUndefined()) {
        if (required && m_present)
            m_errors.report(pathOf(key), tr("is required"));
        return std::nullopt;
    }
    const QString what = integral ? tr("an integer") : tr("a number");
    if (!v.isDouble()) {
        m_errors.report(pathOf(key), expectedMessage(what, v));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || (integral && d != std::floor(d))) {
        m_errors.report(pathOf(key), expectedMessage(what, v));
        return std::nullopt;
    }
    if (d < min || d > max) {
        m_errors.report(pathOf(key),
                        tr("%1 is out of range (%2 to %3)")
                            .arg(describe(v), QString::number(min, 'g', 12), QString::number(max, 'g', 12)));
        return std::nullopt;
    }
    return d;
}

int JsonObjectReader::requiredInt(const QString &key, int min, int max) const
{
    return static_cast<int>(number(key, true, min, max, true).value_or(min));
}

std::optional<int> JsonObjectReader::optionalInt(const QString &key, int min, int max) const
{
    const auto d = number(key, false, min, max, true);
    return d.has_value() ? std::optional<int>(static_cast<int>(*d)) : std::nullopt;
}

std::optional<double> JsonObjectReader::optionalReal(const QString &key, double min, double max) const
{
    return number(key, false, min, max, false);
}

double JsonObjectReader::realOr(const QString &key, double fallback, double min, double max) const
{
    return number(key, false, min, max, false).value_or(fallback);
}

std::optional<bool> JsonObjectReader::optionalBool(const QString &key) const
{
    const QJsonValue v = member(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isNull() && !v.isUndefined())
        m_errors.report(pathOf(key), expectedMessage(tr("true, false or null"), v));
    return std::nullopt;
}

bool JsonObjectReader::boolOr(const QString &key, bool fallback) const
{
    return optionalBool(key).value_or(fallback);
}

QDate JsonObjectReader::optionalDate(const QString &key) const
{
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    // fromString accepts a little more than YYYY-MM-DD; the round trip keeps the file canonical.
    if (!date.isValid() || date.toString(Qt::ISODate) != text) {
        m_errors.report(pathOf(key), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return {};
    }
    return date;
}

QDate JsonObjectReader::requiredDate(const QString &key) const
{
    if (m_present && (member(key).isNull() || member(key).isUndefined())) {
        m_errors.report(pathOf(key), tr("is required"));
        return {};
    }
    return optionalDate(key);
}

QDateTime JsonObjectReader::requiredDateTime(const QString &key) const
{
    const QString text = requiredString(key);
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    // A time stamp without a zone is ambiguous in an audit record; require "Z" or an offset.
    static const QRegularExpression zoned(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s);
    if (!at.isValid() || !zoned.match(text).hasMatch()) {
        m_errors.report(pathOf(key), tr("\"%1\" is not a date and time with a zone (YYYY-MM-DDThh:mm:ssZ)").arg(text));
        return {};
    }
    return at.toUTC();
}

QString JsonObjectReader::enumText(const QString &key, bool required) const
{
    const QJsonValue v = member(key);
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined()) {
        if (required && m_present)
            m_errors.report(pathOf(key), tr("is required"));
    } else {
        m_errors.report(pathOf(key), expectedMessage(tr("a string"), v));
    }
    return {};
}

JsonObjectReader JsonObjectReader::object(const QString &key, const QStringList &allowedKeys, bool nullable) const
{
    const QJsonValue v = member(key);
    // Nested records are optional as a whole: an absent member reads like an empty object.
    if (v.isUndefined() && !nullable)
        return JsonObjectReader(m_errors, QJsonObject(), pathOf(key), allowedKeys, false);
    return JsonObjectReader(m_errors, v, pathOf(key), allowedKeys, nullable);
}

void JsonObjectReader::forEach(const QString &key,
                               const std::function<void(const QJsonValue &, const QString &)> &visit) const
{
    const QJsonValue v = member(key);
    // Absent reads as empty; null does not: no array in the format is nullable, and a null list of use cases
    // must not read as "delete them all".
    if (v.isUndefined())
        return;
    if (!v.isArray()) {
        m_errors.report(pathOf(key), expectedMessage(tr("an array"), v));
        return;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size() && m_errors.ok(); ++i)
        visit(array.at(i), pathOf(key) + u'[' + QString::number(i) + u']');
}

QStringList JsonObjectReader::idList(const QString &key) const
{
    QStringList ids;
    forEach(key, [&](const QJsonValue &element, const QString &path) {
        if (!element.isString() || !isSlug(element.toString())) {
            m_errors.report(path, expectedMessage(tr("an id"), element));
            return;
        }
        if (ids.contains(element.toString()))
            m_errors.report(path, duplicateMessage(element.toString()));
        ids.append(element.toString());
    });
    return ids;
}

} // namespace greenlight::models
