#pragma once

#include "domain/error.h"

#include "audit/auditevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace greenlight::models {

class Database;
struct Portfolio;

/**
 * What a gateway's identifiers mean (issue 18): provider APIs know API keys, workspaces and projects, not use cases
 * and tenants. A connection's map turns a value into a use case or tenant id. Once a connection maps a dimension,
 * a value it does not map is stored as "unmapped:VALUE": counted, shown and alerted on, never dropped, and re-keyed
 * when it is mapped later.
 */
struct IdentifierMap {
    QHash<QString, QString> useCases; ///< gateway value → use case id
    QHash<QString, QString> tenants;  ///< gateway value → tenant id

    static constexpr const char *unmappedPrefix = "unmapped:";
    /// @p raw as stored: its target, "unmapped:RAW" when the dimension is mapped but not this value, else @p raw.
    [[nodiscard]] static QByteArray apply(const QHash<QString, QString> &map, const QByteArray &raw);
};

/// One map to record: a gateway @p value of @p dimension ("use_case" or "tenant") means @p target.
struct IdentifierMapping {
    QString dimension;
    QString value;
    QString target;
};

/// One value a connection reports that its map does not cover, with what was spent under it.
struct UnmappedValue {
    QString dimension; ///< "use_case" or "tenant"
    QString value;     ///< the gateway's own identifier
    qint64 costNanos = 0;
    qint64 requests = 0;
};

/// The connection_maps table, and re-keying a source's stored usage when a value is mapped.
class IdentifierMapStore final
{
    Q_DECLARE_TR_FUNCTIONS(IdentifierMapStore)

public:
    explicit IdentifierMapStore(Database &db) : m_db(db) {}
    [[nodiscard]] Result<IdentifierMap> load(const QString &connection) const;
    /// Maps @p value of @p dimension ("use_case" or "tenant") to @p target for @p connection, and moves the usage
    /// stored as "unmapped:VALUE" to @p target. The first map of a dimension first marks every value stored so far
    /// as unmapped, so history and new traffic of a value are never split. Joins the caller's transaction.
    [[nodiscard]] Status map(const QString &connection, const QString &dimension, const QString &value,
                             const QString &target);
    /// Records @p mappings for @p connection as @p actor: the maps, the moved usage and one "map" audit event, in one
    /// transaction. Each target must be in @p portfolio (a map to nowhere would hide spend, not attribute it).
    [[nodiscard]] Status record(const Portfolio &portfolio, const QString &connection,
                                const QList<IdentifierMapping> &mappings, const Actor &actor, const QDateTime &at);
    /// Why @p portfolio has no target for @p mapping ("nope is not a use case of the portfolio"); empty when it has.
    [[nodiscard]] static QString missingTarget(const Portfolio &portfolio, const IdentifierMapping &mapping);
    /// What @p connection stored under "unmapped:…", by dimension and spend.
    [[nodiscard]] Result<QList<UnmappedValue>> unmapped(const QString &connection) const;

private:
    /// Sums the smaller usage rollups that hold @p column again from usage_daily, where the map moved @p connection's
    /// usage: the rows of @p values (the old value and the target), or of every value when @p everyValue.
    [[nodiscard]] Status resumSmallerRollups(const QString &connection, const QString &column, bool everyValue,
                                             const QStringList &values);
    /// Moves @p connection's feedback whose @p column matches @p which to the value of the SQL expression @p to,
    /// in its records and in the daily rollup.
    [[nodiscard]] Status moveFeedback(const QString &connection, const QString &column, const QString &which,
                                      const QVariantList &whichValues, const QString &to, const QVariantList &toValues);

    Database &m_db;
};

} // namespace greenlight::models
