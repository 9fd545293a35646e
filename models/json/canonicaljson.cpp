#include "json/canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace greenlight::models {

namespace {

bool write(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: out += "null"; return true;
    case QJsonValue::Bool: out += value.toBool() ? "true" : "false"; return true;
    case QJsonValue::Double: {
        const std::optional<QByteArray> text = CanonicalJson::number(value.toDouble());
        if (!text)
            return false;
        out += *text;
        return true;
    }
    case QJsonValue::String: out += CanonicalJson::string(value.toString()); return true;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            if (!write(out, array.at(i)))
                return false;
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString's operator< compares UTF-16 code units, which is the order RFC 8785 §3.2.3 asks for.
        std::sort(keys.begin(), keys.end());
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            out += CanonicalJson::string(keys[i]);
            out += ':';
            if (!write(out, object.value(keys[i])))
                return false;
        }
        out += '}';
        return true;
    }
    case QJsonValue::Undefined: break;
    }
    return false;
}

} // namespace

std::optional<QByteArray> CanonicalJson::serialize(const QJsonValue &value)
{
    QByteArray out;
    if (!write(out, value))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> CanonicalJson::canonicalize(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return serialize(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
}

std::optional<QByteArray> CanonicalJson::number(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    if (value == 0)
        return QByteArray("0"); // also -0 (ECMAScript prints it as "0")

    // The shortest digits that read back as the same double, in the form "d.ddde±x".
    char buffer[64];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, std::abs(value), std::chars_format::scientific);
    Q_ASSERT(ec == std::errc());
    const std::string_view text(buffer, end - buffer);
    const std::size_t e = text.find('e');
    std::string digits(text.substr(0, e));
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    int exponent = 0;
    std::from_chars(text.data() + e + 1 + (text[e + 1] == '+' ? 1 : 0), text.data() + text.size(), exponent);

    // ECMA-262 Number::toString: k digits, the decimal point n places from the left.
    const int k = int(digits.size());
    const int n = exponent + 1;
    std::string result = value < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        result += digits + std::string(std::size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        result += digits.substr(0, std::size_t(n)) + '.' + digits.substr(std::size_t(n));
    } else if (-6 < n && n <= 0) {
        result += "0." + std::string(std::size_t(-n), '0') + digits;
    } else {
        result += digits.substr(0, 1);
        if (k > 1)
            result += '.' + digits.substr(1);
        result += 'e';
        result += n - 1 >= 0 ? '+' : '-';
        result += std::to_string(std::abs(n - 1));
    }
    return QByteArray::fromStdString(result);
}

QByteArray CanonicalJson::string(const QString &value)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace greenlight::models
