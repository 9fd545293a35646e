#include "json/orderedjson.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace greenlight::models {

OrderedJson OrderedJson::boolean(bool value)
{
    OrderedJson v;
    v.m_kind = Kind::Bool;
    v.m_bool = value;
    return v;
}

OrderedJson OrderedJson::integer(qint64 value)
{
    OrderedJson v;
    v.m_kind = Kind::Integer;
    v.m_integer = value;
    return v;
}

OrderedJson OrderedJson::real(double value)
{
    OrderedJson v;
    v.m_kind = Kind::Real;
    v.m_real = value;
    return v;
}

OrderedJson OrderedJson::string(const QString &value)
{
    OrderedJson v;
    v.m_kind = Kind::String;
    v.m_string = value;
    return v;
}

OrderedJson OrderedJson::stringOrNull(const QString &value)
{
    return value.isEmpty() ? null() : string(value);
}

OrderedJson OrderedJson::array()
{
    OrderedJson v;
    v.m_kind = Kind::Array;
    return v;
}

OrderedJson OrderedJson::object()
{
    OrderedJson v;
    v.m_kind = Kind::Object;
    return v;
}

OrderedJson &OrderedJson::add(const QString &key, OrderedJson value)
{
    Q_ASSERT(m_kind == Kind::Object);
    m_members.append({key, std::move(value)});
    return *this;
}

OrderedJson &OrderedJson::append(OrderedJson value)
{
    Q_ASSERT(m_kind == Kind::Array);
    m_elements.append(std::move(value));
    return *this;
}

OrderedJson OrderedJson::picked(const QStringList &keys) const
{
    Q_ASSERT(m_kind == Kind::Object);
    OrderedJson picked = object();
    for (const QString &key : keys) {
        const auto member = std::find_if(m_members.cbegin(), m_members.cend(),
                                         [&key](const std::pair<QString, OrderedJson> &m) { return m.first == key; });
        if (member != m_members.cend())
            picked.m_members.append(*member);
    }
    return picked;
}

QByteArray canonicalReal(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null"); // JSON has no NaN or infinity; the reader never produces them
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    Q_ASSERT(ec == std::errc());
    QByteArray text(buffer, static_cast<qsizetype>(end - buffer));
    if (!text.contains('.') && !text.contains('e') && !text.contains('E'))
        text.append(".0");
    return text;
}

namespace {

void writeString(QByteArray &out, const QString &value)
{
    // Escape into UTF-16 first so surrogate pairs reach the UTF-8 encoder together.
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped.append(u'"');
    for (const QChar ch : value) {
        switch (ch.unicode()) {
        case u'"': escaped.append(u"\\\""); break;
        case u'\\': escaped.append(u"\\\\"); break;
        case u'\n': escaped.append(u"\\n"); break;
        case u'\r': escaped.append(u"\\r"); break;
        case u'\t': escaped.append(u"\\t"); break;
        case u'\b': escaped.append(u"\\b"); break;
        case u'\f': escaped.append(u"\\f"); break;
        default:
            if (ch.unicode() < 0x20)
                escaped.append(QStringLiteral("\\u") + QString::number(ch.unicode(), 16).rightJustified(4, u'0'));
            else
                escaped.append(ch);
        }
    }
    escaped.append(u'"');
    out.append(escaped.toUtf8());
}

void writeIndent(QByteArray &out, int indent)
{
    out.append(QByteArray(indent * 2, ' '));
}

} // namespace

void OrderedJson::write(QByteArray &out, int indent) const
{
    switch (m_kind) {
    case Kind::Null: out.append("null"); return;
    case Kind::Bool: out.append(m_bool ? "true" : "false"); return;
    case Kind::Integer: out.append(QByteArray::number(m_integer)); return;
    case Kind::Real: out.append(canonicalReal(m_real)); return;
    case Kind::String: writeString(out, m_string); return;
    case Kind::Array:
        if (m_elements.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (qsizetype i = 0; i < m_elements.size(); ++i) {
            writeIndent(out, indent + 1);
            m_elements[i].write(out, indent + 1);
            out.append(i + 1 < m_elements.size() ? ",\n" : "\n");
        }
        writeIndent(out, indent);
        out.append(']');
        return;
    case Kind::Object:
        if (m_members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            writeIndent(out, indent + 1);
            writeString(out, m_members[i].first);
            out.append(": ");
            m_members[i].second.write(out, indent + 1);
            out.append(i + 1 < m_members.size() ? ",\n" : "\n");
        }
        writeIndent(out, indent);
        out.append('}');
        return;
    }
}

QByteArray OrderedJson::toCanonical() const
{
    QByteArray out;
    write(out, 0);
    out.append('\n');
    return out;
}

} // namespace greenlight::models
