#include "storage/identifiermaps.h"

#include "domain/portfolio.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"
#include "storage/usagerollups.h"
#include "usage/recordimporter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace greenlight::models {

using namespace Qt::StringLiterals;

QByteArray IdentifierMap::apply(const QHash<QString, QString> &map, const QByteArray &raw)
{
    if (map.isEmpty() || raw.isEmpty())
        return raw;
    const auto it = map.constFind(QString::fromUtf8(raw));
    return it != map.cend() ? it->toUtf8() : QByteArray(unmappedPrefix) + raw;
}

Result<IdentifierMap> IdentifierMapStore::load(const QString &connection) const
{
    SqlStatement st(m_db, u"SELECT dimension, value, target FROM connection_maps WHERE connection = ?"_s);
    GL_TRY(st.exec({connection}));
    IdentifierMap map;
    while (st.next())
        (st.value(0).toString() == u"tenant"_s ? map.tenants : map.useCases)
            .insert(st.value(1).toString(), st.value(2).toString());
    GL_TRY(st.finished());
    return map;
}

Status IdentifierMapStore::map(const QString &connection, const QString &dimension, const QString &value,
                               const QString &target)
{
    if (dimension != u"use_case"_s && dimension != u"tenant"_s)
        return fail(dimension, tr("a map is of use_case or tenant"));
    const QString column = dimension; // one of the two names checked above, never user text
    // The first map of a dimension makes every value it does not cover unmapped, the stored ones too: from then on
    // the column holds only targets and "unmapped:VALUE", and a mapping moves exactly the value it names.
    SqlStatement mapped(m_db, u"SELECT COUNT(*) FROM connection_maps WHERE connection = ? AND dimension = ?"_s);
    GL_TRY(mapped.exec({connection, dimension}));
    const bool first = mapped.next() && mapped.value(0).toLongLong() == 0;
    GL_TRY(mapped.finished());
    if (first) {
        const QString notYet = u"%1 <> '' AND %1 NOT LIKE 'unmapped:%'"_s.arg(column);
        GL_TRY(moveFeedback(connection, column, notYet, {}, u"'unmapped:' || %1"_s.arg(column), {}));
        for (const QString &table : {u"usage_records"_s, u"usage_daily"_s}) {
            SqlStatement prefix(
                m_db, u"UPDATE %1 SET %2 = 'unmapped:' || %2 WHERE source = ? AND %3"_s.arg(table, column, notYet));
            GL_TRY(prefix.exec({connection}));
        }
    }
    SqlStatement upsert(m_db, u"INSERT INTO connection_maps (connection, dimension, value, target) VALUES (?, ?, ?, ?) "
                              u"ON CONFLICT (connection, dimension, value) DO UPDATE SET target = excluded.target"_s);
    GL_TRY(upsert.exec({connection, dimension, value, target}));
    // The usage stored as unmapped moves to its target; the daily rollup merges into the target's rows.
    const QString unmapped = QString::fromLatin1(IdentifierMap::unmappedPrefix) + value;
    const QStringList keys{u"day"_s, u"source"_s, u"use_case"_s, u"tenant"_s, u"model"_s};
    QStringList selected;
    QStringList grouped; // the re-keyed column is one value now: group by the others, so each target row comes once
    for (const QString &k : keys) {
        selected.append(k == column ? u"?"_s : k);
        if (k != column)
            grouped.append(k);
    }
    SqlStatement merge(
        m_db,
        u"INSERT INTO usage_daily (day, source, use_case, tenant, model, requests, prompt_tokens, "
        u"completion_tokens, cost_nanos, errors, latency_ms_sum, latency_count) "
        u"SELECT %1, SUM(requests), SUM(prompt_tokens), SUM(completion_tokens), SUM(cost_nanos), SUM(errors), "
        u"SUM(latency_ms_sum), SUM(latency_count) FROM usage_daily WHERE source = ? AND %2 = ? "
        u"GROUP BY %3 "
        u"ON CONFLICT (day, source, use_case, tenant, model) DO UPDATE SET "
        u"requests = usage_daily.requests + excluded.requests, "
        u"prompt_tokens = usage_daily.prompt_tokens + excluded.prompt_tokens, "
        u"completion_tokens = usage_daily.completion_tokens + excluded.completion_tokens, "
        u"cost_nanos = usage_daily.cost_nanos + excluded.cost_nanos, errors = usage_daily.errors + excluded.errors, "
        u"latency_ms_sum = usage_daily.latency_ms_sum + excluded.latency_ms_sum, "
        u"latency_count = usage_daily.latency_count + excluded.latency_count"_s.arg(selected.join(u", "_s), column,
                                                                                    grouped.join(u", "_s)));
    GL_TRY(merge.exec({target, connection, unmapped}));
    SqlStatement drop(m_db, u"DELETE FROM usage_daily WHERE source = ? AND %1 = ?"_s.arg(column));
    GL_TRY(drop.exec({connection, unmapped}));
    SqlStatement records(m_db, u"UPDATE usage_records SET %1 = ? WHERE source = ? AND %1 = ?"_s.arg(column));
    GL_TRY(records.exec({target, connection, unmapped}));
    GL_TRY(resumSmallerRollups(connection, column, first, {unmapped, target}));
    return moveFeedback(connection, column, u"%1 = ?"_s.arg(column), {unmapped}, u"?"_s, {target});
}

Status IdentifierMapStore::resumSmallerRollups(const QString &connection, const QString &column, bool everyValue,
                                               const QStringList &values)
{
    // usage_daily is re-keyed above; the smaller rollups that hold the column are summed again from it where it
    // changed. One keyed by source: this source's rows (all of them when every value got its "unmapped:" prefix).
    // One without source sums all sources: the rows of the values that moved (the whole table when every value
    // moved, a one-time step per connection and dimension).
    for (const UsageRollupTable &table : UsageRollups::smaller()) {
        if (!table.has(column))
            continue;
        QStringList where;
        QVariantList bound;
        if (table.bySource) {
            where.append(u"source = ?"_s);
            bound.append(connection);
        }
        if (!everyValue) {
            where.append(u"%1 IN (?, ?)"_s.arg(column));
            bound.append(values[0]);
            bound.append(values[1]);
        }
        GL_TRY(UsageRollups::rebuild(m_db, table, where.join(u" AND "_s), bound));
    }
    return {};
}

Status IdentifierMapStore::moveFeedback(const QString &connection, const QString &column, const QString &which,
                                        const QVariantList &whichValues, const QString &to,
                                        const QVariantList &toValues)
{
    // feedback_daily sums every source, so this source's part is taken out of the rows it was counted in and added
    // to the rows of its new key (both from its records), then the records move. Two upserts and a clean-up: no
    // UPDATE … FROM, which the backends spell apart.
    const QString upsert =
        u"INSERT INTO feedback_daily (day, use_case, tenant, accepted, edited, rejected) "
        u"SELECT d, u, t, %1 * a, %1 * e, %1 * r FROM (SELECT "
        // The day as epochDay() computes it: floor division, also before 1970.
        u"(CASE WHEN occurred_at_ms >= 0 THEN occurred_at_ms ELSE occurred_at_ms - 86399999 END) / 86400000 AS d, "
        u"%2 AS u, %3 AS t, SUM(CASE WHEN outcome = 'accepted' THEN 1 ELSE 0 END) AS a, "
        u"SUM(CASE WHEN outcome = 'edited' THEN 1 ELSE 0 END) AS e, "
        u"SUM(CASE WHEN outcome = 'rejected' THEN 1 ELSE 0 END) AS r "
        u"FROM feedback_records WHERE source = ? AND %4 GROUP BY 1, 2, 3) moved WHERE true "
        u"ON CONFLICT (day, use_case, tenant) DO UPDATE SET "
        u"accepted = feedback_daily.accepted + excluded.accepted, edited = feedback_daily.edited + excluded.edited, "
        u"rejected = feedback_daily.rejected + excluded.rejected"_s;
    const bool byUseCase = column == u"use_case"_s;
    SqlStatement out(m_db, upsert.arg(u"-1"_s, u"use_case"_s, u"tenant"_s, which));
    GL_TRY(out.exec(QVariantList{connection} + whichValues));
    SqlStatement in(m_db, upsert.arg(u"1"_s, byUseCase ? to : u"use_case"_s, byUseCase ? u"tenant"_s : to, which));
    GL_TRY(in.exec(toValues + QVariantList{connection} + whichValues));
    SqlStatement empty(m_db, u"DELETE FROM feedback_daily WHERE accepted = 0 AND edited = 0 AND rejected = 0"_s);
    GL_TRY(empty.exec());
    if (byUseCase) {
        // feedback_daily summed per use case and day, a few hundred rows: summed again whole (a map is rare; the
        // values that moved could be every one of this source's).
        SqlStatement drop(m_db, u"DELETE FROM feedback_daily_use_case"_s);
        GL_TRY(drop.exec());
        SqlStatement fill(m_db, u"INSERT INTO feedback_daily_use_case (day, use_case, accepted, edited, rejected) "
                                u"SELECT day, use_case, SUM(accepted), SUM(edited), SUM(rejected) FROM feedback_daily "
                                u"GROUP BY day, use_case"_s);
        GL_TRY(fill.exec());
    }
    // The records move with a new key: the key hashes the use case and tenant, so each gets the key a sync computes
    // for it now (with the map applied), and a re-read of the same feedback still adds nothing.
    SqlStatement moving(m_db, u"SELECT feedback_key, occurred_at_ms, use_case, tenant, request_id, outcome, %1 FROM "
                              u"feedback_records WHERE source = ? AND %2"_s.arg(to, which));
    GL_TRY(moving.exec(toValues + QVariantList{connection} + whichValues));
    QList<std::pair<QByteArray, FeedbackRecord>> moved;
    while (moving.next()) {
        FeedbackRecord r;
        r.source = connection.toUtf8();
        r.occurredAtMs = moving.value(1).toLongLong();
        r.useCase = moving.value(2).toByteArray();
        r.tenant = moving.value(3).toByteArray();
        (column == u"use_case"_s ? r.useCase : r.tenant) = moving.value(6).toByteArray();
        r.requestId = moving.value(4).toByteArray();
        const QByteArray outcome = moving.value(5).toByteArray();
        r.outcome = outcome == "edited"     ? FeedbackOutcome::Edited
                    : outcome == "rejected" ? FeedbackOutcome::Rejected
                                            : FeedbackOutcome::Accepted;
        moved.append({moving.value(0).toByteArray(), r});
    }
    GL_TRY(moving.finished());
    SqlStatement rekey(m_db, u"UPDATE feedback_records SET use_case = ?, tenant = ?, feedback_key = ? WHERE source = ? "
                             u"AND feedback_key = ?"_s);
    for (const auto &[oldKey, r] : std::as_const(moved))
        GL_TRY(
            rekey.exec({QString::fromUtf8(r.useCase), QString::fromUtf8(r.tenant),
                        QString::fromLatin1(RecordImporter::feedbackKey(r)), connection, QString::fromLatin1(oldKey)}));
    return {};
}

QString IdentifierMapStore::missingTarget(const Portfolio &portfolio, const IdentifierMapping &mapping)
{
    if (mapping.dimension == u"tenant"_s)
        return portfolio.tenant(mapping.target) ? QString()
                                                : tr("%1 is not a tenant of the portfolio").arg(mapping.target);
    return portfolio.useCase(mapping.target) ? QString()
                                             : tr("%1 is not a use case of the portfolio").arg(mapping.target);
}

Status IdentifierMapStore::record(const Portfolio &portfolio, const QString &connection,
                                  const QList<IdentifierMapping> &mappings, const Actor &actor, const QDateTime &at)
{
    QJsonObject useCases;
    QJsonObject tenants;
    for (const IdentifierMapping &m : mappings) {
        if (const QString missing = missingTarget(portfolio, m); !missing.isEmpty())
            return fail(connection, missing);
        if (m.value.isEmpty())
            return fail(connection, tr("a map needs the gateway's value"));
        (m.dimension == u"tenant"_s ? tenants : useCases).insert(m.value, m.target);
    }
    const QJsonObject payload{{u"use_case"_s, useCases}, {u"tenant"_s, tenants}};
    Transaction tx(m_db);
    GL_TRY(tx.started());
    for (const IdentifierMapping &m : mappings)
        GL_TRY(map(connection, m.dimension, m.value, m.target));
    GL_TRY(AuditStore(m_db).append(
        AuditEntry{actor, u"connection"_s, connection, u"map"_s, QJsonDocument(payload).toJson(QJsonDocument::Compact)},
        at));
    return tx.commit();
}

Result<QList<UnmappedValue>> IdentifierMapStore::unmapped(const QString &connection) const
{
    QList<UnmappedValue> found;
    for (const QString &column : {u"use_case"_s, u"tenant"_s}) {
        SqlStatement st(m_db, u"SELECT %1, SUM(cost_nanos), SUM(requests) FROM usage_daily WHERE source = ? AND "
                              u"%1 LIKE 'unmapped:%' GROUP BY %1 ORDER BY 2 DESC, 1"_s.arg(column));
        GL_TRY(st.exec({connection}));
        while (st.next())
            found.append(UnmappedValue{column,
                                       st.value(0).toString().mid(qsizetype(qstrlen(IdentifierMap::unmappedPrefix))),
                                       st.value(1).toLongLong(), st.value(2).toLongLong()});
        GL_TRY(st.finished());
    }
    return found;
}

} // namespace greenlight::models
