#pragma once

#include "domain/displayformat.h"
#include "domain/enums.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace greenlight::models {

/**
 * A rule explanation kept language-neutral (DESIGN §8 "evidence is language-neutral"): the English
 * source text of a GateRules message with %1… placeholders, and its arguments (names, ids, typed numbers,
 * dates, enumerators or nested messages such as "route %1 v%2, %3"). Stored and exported as English with
 * locale-free figures; a window, the packet or the terminal translates it and formats its figures only
 * when showing it.
 */
class RuleMessage final
{
public:
    RuleMessage() = default;
    /// @p source must be marked for lupdate in the GateRules context (QT_TR_NOOP inside GateRules,
    /// QT_TRANSLATE_NOOP("GateRules", …) elsewhere).
    explicit RuleMessage(const char *source, QList<RuleMessage> args = {});
    /// Text that is not translated: a name, an id. Implicit, so arguments read as in QString::arg.
    RuleMessage(const QString &literalText); // NOLINT(google-explicit-constructor)
    /// A count: "1000" in English, "1.000" on a German screen.
    RuleMessage(qint64 number); // NOLINT(google-explicit-constructor)
    [[nodiscard]] static RuleMessage literal(const QString &text) { return RuleMessage(text); }
    /// @p source in another translation context than GateRules (marked with QT_TRANSLATE_NOOP(@p context, …)).
    [[nodiscard]] static RuleMessage inContext(const char *context, const char *source, QList<RuleMessage> args = {});
    /// @p items one after the other with @p separator between them ("; ", ", ").
    [[nodiscard]] static RuleMessage list(QList<RuleMessage> items, const QString &separator);
    /// A figure as a policy states it, up to six significant digits: "95", "97.5".
    [[nodiscard]] static RuleMessage number(double value);
    /// A figure with a fixed number of decimals: "2.0", "40.00".
    [[nodiscard]] static RuleMessage decimal(double value, int decimals);
    /// A rate with one decimal and the sign: "97.5 %".
    [[nodiscard]] static RuleMessage percent(double value);
    /// "2026-10-10" in English, the locale's date on screen.
    [[nodiscard]] static RuleMessage date(const QDate &date);
    /// The file spelling in English ("customer"), the enumerator's label on screen ("Kundendaten").
    template <typename E>
    [[nodiscard]] static RuleMessage enumerator(E value)
    {
        return enumerator(QString::fromLatin1(EnumNames<E>::type), enumName(value));
    }
    /// The enumerators of @p values separated by ", ".
    template <typename E>
    [[nodiscard]] static RuleMessage enumerators(const QList<E> &values)
    {
        QList<RuleMessage> items;
        for (E value : values)
            items.append(enumerator(value));
        return list(items, QStringLiteral(", "));
    }

    [[nodiscard]] bool isEmpty() const { return m_kind == Kind::Text && m_text.isEmpty(); }
    /// The text in English with locale-free figures, as gate reviews store it and `gate check --json` prints it.
    [[nodiscard]] QString english() const;
    /// The text in the application's current language, its figures written by @p format (the current
    /// locale's by default; DisplayFormat::plain() for the terminal).
    [[nodiscard]] QString translated(const DisplayFormat &format = DisplayFormat()) const;

    /// {"text": source, "args": [...]} with literals as plain strings and figures as JSON numbers, for storing
    /// beside the English text.
    [[nodiscard]] QByteArray toJson() const;
    /// The message stored by toJson() (also the older form whose figures are strings); an empty message for
    /// anything else.
    [[nodiscard]] static RuleMessage fromJson(const QByteArray &json);
    /// The stored message if it reads exactly @p english (the text the audit chain covers), else an empty one,
    /// so an edited message column can never change what a window shows.
    [[nodiscard]] static RuleMessage fromStored(const QByteArray &json, const QString &english);

    /// Same text, kind and arguments.
    [[nodiscard]] bool operator==(const RuleMessage &other) const;

private:
    enum class Kind { Text, Literal, List, Integer, Number, Decimal, Percent, Date, Enumerator };

    [[nodiscard]] static RuleMessage figure(Kind kind, double value, int decimals = 0);
    [[nodiscard]] static RuleMessage enumerator(const QString &type, const QString &name);
    [[nodiscard]] static RuleMessage fromValue(const QJsonValue &value);
    [[nodiscard]] QJsonValue toValue() const;
    [[nodiscard]] QString render(bool translate, const DisplayFormat &format) const;

    Kind m_kind = Kind::Text;
    /// The source text, the literal text, the list's separator, the enumerator's file spelling or the ISO date.
    QString m_text;
    QByteArray m_context = "GateRules"; ///< the source text's translation context; the enumerator's type
    QList<RuleMessage> m_args;
    qint64 m_integer = 0;
    double m_value = 0; ///< a number, decimal or percent
    int m_decimals = 0;
};

} // namespace greenlight::models
