#pragma once

#include "domain/enums.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>

namespace greenlight::models {

/// Keeps the first problem found while reading a JSON document; later ones are ignored.
class JsonErrors final
{
public:
    void report(const QString &path, const QString &message);
    [[nodiscard]] bool ok() const { return !m_first.has_value(); }
    [[nodiscard]] const std::optional<Error> &first() const { return m_first; }

private:
    std::optional<Error> m_first;
};

/**
 * Reads the members of one JSON object with type and range checks, naming the JSON path of each
 * problem ("$.use_cases[2].owners.support: …").
 *
 * The reader never throws: a problem goes to the shared JsonErrors and the accessor returns a
 * default, so parsing code reads straight through and the caller checks JsonErrors once at the end.
 * Keys outside the allowed list are reported as soon as the reader is made.
 */
class JsonObjectReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)

public:
    /// @param value must be an object; a null value is accepted (as "absent") when @p nullable.
    JsonObjectReader(JsonErrors &errors, const QJsonValue &value, QString path, const QStringList &allowedKeys,
                     bool nullable = false);

    /// False when the value was null (or not an object).
    [[nodiscard]] bool present() const { return m_present; }
    [[nodiscard]] QString pathOf(const QString &key) const;
    [[nodiscard]] JsonErrors &errors() const { return m_errors; }

    [[nodiscard]] QString requiredString(const QString &key) const;
    /// Empty when absent or null.
    [[nodiscard]] QString optionalString(const QString &key) const;
    /// A slug: lowercase letters, digits, '-', '_' and '.', starting with a letter or digit.
    [[nodiscard]] QString requiredId(const QString &key) const;
    [[nodiscard]] QString optionalId(const QString &key) const;

    [[nodiscard]] int requiredInt(const QString &key, int min, int max = std::numeric_limits<int>::max()) const;
    [[nodiscard]] std::optional<int> optionalInt(const QString &key, int min,
                                                 int max = std::numeric_limits<int>::max()) const;
    [[nodiscard]] std::optional<double> optionalReal(const QString &key, double min, double max) const;
    [[nodiscard]] double realOr(const QString &key, double fallback, double min, double max) const;

    [[nodiscard]] bool boolOr(const QString &key, bool fallback) const;
    [[nodiscard]] std::optional<bool> optionalBool(const QString &key) const;

    [[nodiscard]] QDate optionalDate(const QString &key) const;
    [[nodiscard]] QDate requiredDate(const QString &key) const;
    [[nodiscard]] QDateTime requiredDateTime(const QString &key) const;

    template <typename E>
    [[nodiscard]] std::optional<E> optionalEnum(const QString &key) const
    {
        const QString text = enumText(key, false);
        return text.isEmpty() ? std::nullopt : parseEnum<E>(key, text);
    }

    template <typename E>
    [[nodiscard]] E requiredEnum(const QString &key) const
    {
        return parseEnum<E>(key, enumText(key, true)).value_or(E{});
    }

    /// The member as an object reader (absent or null give a reader that is not present when @p nullable).
    [[nodiscard]] JsonObjectReader object(const QString &key, const QStringList &allowedKeys,
                                          bool nullable = false) const;
    /// Calls @p visit for each element of an array member with the element's path; absent is empty, null an error.
    void forEach(const QString &key, const std::function<void(const QJsonValue &, const QString &)> &visit) const;
    /// An array of strings, each accepted by @p parse or reported with its path.
    template <typename E>
    [[nodiscard]] QList<E> enumList(const QString &key) const
    {
        QList<E> values;
        forEach(key, [&](const QJsonValue &element, const QString &path) {
            if (!element.isString()) {
                m_errors.report(path, expectedMessage(tr("a string"), element));
                return;
            }
            if (const auto value = enumFromName<E>(element.toString()); value.has_value()) {
                if (values.contains(*value))
                    m_errors.report(path, duplicateMessage(element.toString()));
                values.append(*value);
            } else {
                m_errors.report(path, unknownValueMessage(element.toString(), enumChoices<E>()));
            }
        });
        return values;
    }
    [[nodiscard]] QStringList idList(const QString &key) const;

    static QString expectedMessage(const QString &what, const QJsonValue &got);
    static QString unknownValueMessage(const QString &value, const QString &choices);
    static QString duplicateMessage(const QString &value);
    static bool isSlug(const QString &text);
    /// Where @p offset is in @p json, as an editor counts: "line 3, column 14" (for QJsonParseError::offset).
    static QString lineAndColumn(const QByteArray &json, qsizetype offset);

private:
    [[nodiscard]] QJsonValue member(const QString &key) const { return m_object.value(key); }
    [[nodiscard]] QString enumText(const QString &key, bool required) const;
    template <typename E>
    std::optional<E> parseEnum(const QString &key, const QString &text) const
    {
        if (text.isEmpty())
            return std::nullopt;
        const auto value = enumFromName<E>(text);
        if (!value.has_value())
            m_errors.report(pathOf(key), unknownValueMessage(text, enumChoices<E>()));
        return value;
    }
    [[nodiscard]] std::optional<double> number(const QString &key, bool required, double min, double max,
                                               bool integral) const;

    JsonErrors &m_errors;
    QJsonObject m_object;
    QString m_path;
    bool m_present = false;
};

} // namespace greenlight::models
