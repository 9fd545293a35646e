#pragma once

#include <QList>
#include <QString>

namespace greenlight::models {

/**
 * A rule explanation kept language-neutral (DESIGN §8 "evidence is language-neutral"): the English
 * source text of a GateRules message with %1… placeholders, and its arguments (names, ids, numbers
 * or nested messages such as "route %1 v%2, %3"). Stored and exported as English; a window, the
 * packet or the terminal translates it only when showing it.
 */
class RuleMessage final
{
public:
    RuleMessage() = default;
    /// @p source must be marked for lupdate in the GateRules context (QT_TR_NOOP inside GateRules,
    /// QT_TRANSLATE_NOOP("GateRules", …) elsewhere).
    explicit RuleMessage(const char *source, QList<RuleMessage> args = {});
    /// Text that is not translated: a name, an id, a number. Implicit, so arguments read as in QString::arg.
    RuleMessage(const QString &literalText); // NOLINT(google-explicit-constructor)
    RuleMessage(qint64 number);              // NOLINT(google-explicit-constructor)
    [[nodiscard]] static RuleMessage literal(const QString &text) { return RuleMessage(text); }
    /// @p items one after the other with @p separator between them ("; ", ", ").
    [[nodiscard]] static RuleMessage list(QList<RuleMessage> items, const QString &separator);

    [[nodiscard]] bool isEmpty() const { return m_text.isEmpty(); }
    /// The text in English, as gate reviews store it and `gate check --json` prints it.
    [[nodiscard]] QString english() const;
    /// The text in the application's current language.
    [[nodiscard]] QString translated() const;

    /// {"text": source, "args": [...]} with literals as plain strings, for storing beside the English text.
    [[nodiscard]] QByteArray toJson() const;
    /// The message stored by toJson(); an empty message for anything else.
    [[nodiscard]] static RuleMessage fromJson(const QByteArray &json);
    /// The stored message if it reads exactly @p english (the text the audit chain covers), else an empty one,
    /// so an edited message column can never change what a window shows.
    [[nodiscard]] static RuleMessage fromStored(const QByteArray &json, const QString &english);

    /// Same text, kind and arguments.
    [[nodiscard]] bool operator==(const RuleMessage &other) const;

private:
    QString render(bool translate) const;

    QString m_text; ///< the source text, or the literal text
    QList<RuleMessage> m_args;
    bool m_literal = false;
    bool m_list = false; ///< m_args joined with m_text
};

} // namespace greenlight::models
