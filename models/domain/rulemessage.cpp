#include "domain/rulemessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kDefaultContext = "GateRules";

/// Replaces %1…%9 in one pass, so an argument that itself contains "%2" stays as it is.
QString substitute(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'%' && i + 1 < text.size() && text[i + 1] >= u'1' && text[i + 1] <= u'9') {
            const qsizetype n = text[i + 1].digitValue() - 1;
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

RuleMessage::RuleMessage(const char *source, QList<RuleMessage> args)
    : m_text(QString::fromUtf8(source)), m_args(std::move(args))
{
}

RuleMessage::RuleMessage(const QString &literalText) : m_kind(Kind::Literal), m_text(literalText) {}

RuleMessage::RuleMessage(qint64 number) : m_kind(Kind::Integer), m_integer(number) {}

RuleMessage RuleMessage::inContext(const char *context, const char *source, QList<RuleMessage> args)
{
    RuleMessage message(source, std::move(args));
    message.m_context = context;
    return message;
}

RuleMessage RuleMessage::list(QList<RuleMessage> items, const QString &separator)
{
    RuleMessage message;
    message.m_kind = Kind::List;
    message.m_text = separator;
    message.m_args = std::move(items);
    return message;
}

RuleMessage RuleMessage::figure(Kind kind, double value, int decimals)
{
    RuleMessage message;
    message.m_kind = kind;
    message.m_value = value;
    message.m_decimals = decimals;
    return message;
}

RuleMessage RuleMessage::number(double value)
{
    return figure(Kind::Number, value);
}

RuleMessage RuleMessage::decimal(double value, int decimals)
{
    return figure(Kind::Decimal, value, decimals);
}

RuleMessage RuleMessage::percent(double value)
{
    return figure(Kind::Percent, value, 1);
}

RuleMessage RuleMessage::date(const QDate &date)
{
    RuleMessage message;
    message.m_kind = Kind::Date;
    message.m_text = date.toString(Qt::ISODate);
    return message;
}

RuleMessage RuleMessage::enumerator(const QString &type, const QString &name)
{
    RuleMessage message;
    message.m_kind = Kind::Enumerator;
    message.m_text = name;
    message.m_context = type.toUtf8();
    return message;
}

QString RuleMessage::render(bool translate, const DisplayFormat &format) const
{
    switch (m_kind) {
    case Kind::Literal: return m_text;
    case Kind::Integer: return format.integer(m_integer);
    case Kind::Number: return format.number(m_value);
    case Kind::Decimal: return format.decimal(m_value, m_decimals);
    case Kind::Percent: return format.percent(m_value, m_decimals);
    case Kind::Date: return format.date(QDate::fromString(m_text, Qt::ISODate));
    case Kind::Enumerator: return translate ? enumLabel(m_context.constData(), m_text.toUtf8().constData()) : m_text;
    case Kind::List:
    case Kind::Text: break;
    }
    QStringList args;
    for (const RuleMessage &arg : m_args)
        args.append(arg.render(translate, format));
    if (m_kind == Kind::List)
        return args.join(m_text);
    const QString text =
        translate ? QCoreApplication::translate(m_context.constData(), m_text.toUtf8().constData()) : m_text;
    return substitute(text, args);
}

QString RuleMessage::english() const
{
    return render(false, DisplayFormat::plain());
}

QString RuleMessage::translated(const DisplayFormat &format) const
{
    return render(true, format);
}

QJsonValue RuleMessage::toValue() const
{
    QJsonArray args;
    for (const RuleMessage &arg : m_args)
        args.append(arg.toValue());
    switch (m_kind) {
    case Kind::Literal: return m_text;
    case Kind::Integer: return QJsonObject{{u"integer"_s, m_integer}};
    case Kind::Number: return QJsonObject{{u"number"_s, m_value}};
    case Kind::Decimal: return QJsonObject{{u"decimal"_s, m_value}, {u"decimals"_s, m_decimals}};
    case Kind::Percent: return QJsonObject{{u"percent"_s, m_value}};
    case Kind::Date: return QJsonObject{{u"date"_s, m_text}};
    case Kind::Enumerator: return QJsonObject{{u"enum"_s, QString::fromUtf8(m_context)}, {u"name"_s, m_text}};
    case Kind::List: return QJsonObject{{u"join"_s, m_text}, {u"items"_s, args}};
    case Kind::Text: break;
    }
    QJsonObject object{{u"text"_s, m_text}, {u"args"_s, args}};
    if (m_context != kDefaultContext)
        object.insert(u"context"_s, QString::fromUtf8(m_context));
    return object;
}

RuleMessage RuleMessage::fromValue(const QJsonValue &value)
{
    // Databases before typed figures stored every argument as a string: those read back as literals.
    if (value.isString())
        return RuleMessage::literal(value.toString());
    const QJsonObject object = value.toObject();
    if (object.contains(u"integer"_s))
        return RuleMessage(object.value(u"integer"_s).toInteger());
    if (object.contains(u"number"_s))
        return number(object.value(u"number"_s).toDouble());
    if (object.contains(u"decimal"_s))
        return decimal(object.value(u"decimal"_s).toDouble(), object.value(u"decimals"_s).toInt());
    if (object.contains(u"percent"_s))
        return percent(object.value(u"percent"_s).toDouble());
    if (object.contains(u"date"_s))
        return date(QDate::fromString(object.value(u"date"_s).toString(), Qt::ISODate));
    if (object.contains(u"enum"_s))
        return enumerator(object.value(u"enum"_s).toString(), object.value(u"name"_s).toString());
    const bool isList = object.contains(u"join"_s);
    QList<RuleMessage> args;
    for (const QJsonValue &arg : object.value(isList ? u"items"_s : u"args"_s).toArray())
        args.append(fromValue(arg));
    if (isList)
        return list(args, object.value(u"join"_s).toString());
    RuleMessage message(object.value(u"text"_s).toString().toUtf8().constData(), args);
    if (object.contains(u"context"_s))
        message.m_context = object.value(u"context"_s).toString().toUtf8();
    return message;
}

QByteArray RuleMessage::toJson() const
{
    return QJsonDocument(toValue().toObject()).toJson(QJsonDocument::Compact);
}

RuleMessage RuleMessage::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() ? fromValue(document.object()) : RuleMessage();
}

bool RuleMessage::operator==(const RuleMessage &other) const
{
    // Element by element: QList's own operator== cannot see that a type holding a QList of itself is comparable.
    return m_kind == other.m_kind && m_text == other.m_text && m_context == other.m_context &&
           m_integer == other.m_integer && m_value == other.m_value && m_decimals == other.m_decimals &&
           std::equal(m_args.cbegin(), m_args.cend(), other.m_args.cbegin(), other.m_args.cend());
}

RuleMessage RuleMessage::fromStored(const QByteArray &json, const QString &english)
{
    RuleMessage message = fromJson(json);
    return message.english() == english ? message : RuleMessage();
}

} // namespace greenlight::models
