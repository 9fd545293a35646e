#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace greenlight::models {

/**
 * A JSON value that keeps the order in which object members were added.
 *
 * QJsonObject sorts its keys; the portfolio file keeps the key order of the normative example, so the
 * writer builds this tree instead and serialises it canonically: two-space indentation, integers
 * without a fraction, reals with at least one fractional digit, UTF-8 text unescaped.
 */
class OrderedJson final
{
public:
    enum class Kind { Null, Bool, Integer, Real, String, Array, Object };

    OrderedJson() = default;
    static OrderedJson null() { return {}; }
    static OrderedJson boolean(bool value);
    static OrderedJson integer(qint64 value);
    static OrderedJson real(double value);
    static OrderedJson string(const QString &value);
    /// A string, or null when the text is empty.
    static OrderedJson stringOrNull(const QString &value);
    static OrderedJson array();
    static OrderedJson object();

    [[nodiscard]] Kind kind() const { return m_kind; }

    /// Appends a member to an object; returns *this for chaining.
    OrderedJson &add(const QString &key, OrderedJson value);
    /// Appends an element to an array.
    OrderedJson &append(OrderedJson value);
    /// A copy of this object with only the members named in @p keys, in that order (a key it lacks is skipped): a
    /// record's members are written once, and a report that shows it in another order, or only part of it, picks.
    [[nodiscard]] OrderedJson picked(const QStringList &keys) const;

    /// The canonical text, ending with a newline.
    [[nodiscard]] QByteArray toCanonical() const;

private:
    void write(QByteArray &out, int indent) const;

    Kind m_kind = Kind::Null;
    bool m_bool = false;
    qint64 m_integer = 0;
    double m_real = 0.0;
    QString m_string;
    QList<OrderedJson> m_elements;
    QList<std::pair<QString, OrderedJson>> m_members;
};

/// The shortest decimal text that reads back as the same double, with ".0" added to whole numbers.
QByteArray canonicalReal(double value);

} // namespace greenlight::models
