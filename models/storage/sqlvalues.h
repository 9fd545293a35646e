#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace greenlight::models::sql {

/// Bind helpers that map "unset" to a typed SQL NULL (PostgreSQL needs the type).
inline QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

/// Text for a NOT NULL column: an unset string is stored as "" (Qt binds a null QString as SQL NULL).
inline QVariant requiredText(const QString &value)
{
    return QVariant(value.isNull() ? QStringLiteral("") : value);
}

inline QVariant integer(std::optional<int> value)
{
    return value.has_value() ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

inline QVariant real(std::optional<double> value)
{
    return value.has_value() ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

inline QVariant boolean(std::optional<bool> value)
{
    return value.has_value() ? QVariant(*value ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

inline QVariant date(const QDate &value)
{
    return text(value.isValid() ? value.toString(Qt::ISODate) : QString());
}

inline QVariant dateTime(const QDateTime &value)
{
    return text(value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString());
}

template <typename E>
QVariant enumText(E value)
{
    return QVariant(enumName(value));
}

/// Readers for the same encodings.
inline std::optional<int> optInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

inline std::optional<double> optReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

inline std::optional<bool> optBool(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QDateTime toDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

/// Stored enum text back to the enum; stored values were validated on the way in.
template <typename E>
E toEnum(const QVariant &v)
{
    return enumFromName<E>(v.toString()).value_or(E{});
}

template <typename E>
std::optional<E> toOptEnum(const QVariant &v)
{
    return v.isNull() ? std::nullopt : enumFromName<E>(v.toString());
}

} // namespace greenlight::models::sql
