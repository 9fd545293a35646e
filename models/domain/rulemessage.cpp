#include "domain/rulemessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

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

RuleMessage fromValue(const QJsonValue &value)
{
    if (value.isString())
        return RuleMessage::literal(value.toString());
    const QJsonObject object = value.toObject();
    QList<RuleMessage> args;
    const bool list = object.contains(u"join"_s);
    for (const QJsonValue &arg : object.value(list ? u"items"_s : u"args"_s).toArray())
        args.append(fromValue(arg));
    if (list)
        return RuleMessage::list(args, object.value(u"join"_s).toString());
    return RuleMessage(object.value(u"text"_s).toString().toUtf8().constData(), args);
}

} // namespace

RuleMessage::RuleMessage(const char *source, QList<RuleMessage> args)
    : m_text(QString::fromUtf8(source)), m_args(std::move(args))
{
}

RuleMessage::RuleMessage(const QString &literalText) : m_text(literalText), m_literal(true) {}

RuleMessage::RuleMessage(qint64 number) : m_text(QString::number(number)), m_literal(true) {}

RuleMessage RuleMessage::list(QList<RuleMessage> items, const QString &separator)
{
    RuleMessage message;
    message.m_text = separator;
    message.m_args = std::move(items);
    message.m_list = true;
    return message;
}

QString RuleMessage::render(bool translate) const
{
    if (m_literal)
        return m_text;
    QStringList args;
    for (const RuleMessage &arg : m_args)
        args.append(arg.render(translate));
    if (m_list)
        return args.join(m_text);
    const QString text = translate ? QCoreApplication::translate("GateRules", m_text.toUtf8().constData()) : m_text;
    return substitute(text, args);
}

QString RuleMessage::english() const
{
    return render(false);
}

QString RuleMessage::translated() const
{
    return render(true);
}

QByteArray RuleMessage::toJson() const
{
    const auto value = [](const auto &self, const RuleMessage &m) -> QJsonValue {
        if (m.m_literal)
            return m.m_text;
        QJsonArray args;
        for (const RuleMessage &arg : m.m_args)
            args.append(self(self, arg));
        if (m.m_list)
            return QJsonObject{{u"join"_s, m.m_text}, {u"items"_s, args}};
        return QJsonObject{{u"text"_s, m.m_text}, {u"args"_s, args}};
    };
    return QJsonDocument(value(value, *this).toObject()).toJson(QJsonDocument::Compact);
}

RuleMessage RuleMessage::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() ? fromValue(document.object()) : RuleMessage();
}

bool RuleMessage::operator==(const RuleMessage &other) const
{
    // Element by element: QList's own operator== cannot see that a type holding a QList of itself is comparable.
    return m_text == other.m_text && m_literal == other.m_literal && m_list == other.m_list &&
           std::equal(m_args.cbegin(), m_args.cend(), other.m_args.cbegin(), other.m_args.cend());
}

RuleMessage RuleMessage::fromStored(const QByteArray &json, const QString &english)
{
    RuleMessage message = fromJson(json);
    return message.english() == english ? message : RuleMessage();
}

} // namespace greenlight::models
