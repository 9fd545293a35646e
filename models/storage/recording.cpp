#include "storage/recording.h"

#include "storage/auditstore.h"
#include "storage/sqlstatement.h"

#include <QJsonDocument>

namespace greenlight::models {

using namespace Qt::StringLiterals;

Result<AuditEvent> Recording::append(Database &db, const QString &entity, const QString &entityId,
                                     const QJsonObject &payload) const
{
    return AuditStore(db).append(
        AuditEntry{actor, entity, entityId, action, QJsonDocument(payload).toJson(QJsonDocument::Compact)}, at, signer);
}

Result<int> nextSortOrder(Database &db, const QString &table, const QString &ownerColumn, const QString &owner)
{
    SqlStatement st(db, u"SELECT COALESCE(MAX(sort_order) + 1, 0) FROM %1 WHERE %2 = ?"_s.arg(table, ownerColumn));
    GL_TRY(st.exec({owner}));
    if (!st.next()) {
        GL_TRY(st.finished());
        return 0;
    }
    return st.value(0).toInt();
}

} // namespace greenlight::models
