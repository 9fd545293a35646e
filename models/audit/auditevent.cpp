#include "audit/auditevent.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace greenlight::models {

using namespace Qt::StringLiterals;

QString Actor::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Bound: return u"bound"_s;
    case Kind::Unverified: return u"unverified"_s;
    case Kind::Account: return u"account"_s;
    case Kind::Login: return u"login"_s;
    }
    return {};
}

std::optional<Actor::Kind> Actor::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Bound, Kind::Unverified, Kind::Account, Kind::Login}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString Actor::accountText() const
{
    if (account.isEmpty())
        return {};
    return host.isEmpty() ? account : account + u'@' + host;
}

QString Actor::displayText() const
{
    const QString where = accountText();
    if (where.isEmpty())
        return person;
    switch (kind) {
    case Kind::Bound: return u"%1 (%2)"_s.arg(person, where);
    case Kind::Unverified: return u"%1, unverified (%2)"_s.arg(person, where);
    case Kind::Account: return where;
    case Kind::Login: return u"%1 (login %2)"_s.arg(person, where);
    }
    return where;
}

QString AuditEntry::signerKey()
{
    return u"signer"_s;
}

QString AuditEntry::signer() const
{
    return QJsonDocument::fromJson(payload).object().value(signerKey()).toString();
}

QString stepSigner(const QList<AuditEvent> &events, const QString &entity, const QString &entityId,
                   const QString &action, int index)
{
    // The newest event that recorded the step: an import may have replaced the facts since an older one.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const AuditEvent &e = *it;
        if (e.entry.entity != entity || e.entry.entityId != entityId || (!action.isEmpty() && e.entry.action != action))
            continue;
        const QJsonObject payload = QJsonDocument::fromJson(e.entry.payload).object();
        if (payload.value(u"index"_s).toInt(-1) == index)
            return e.entry.signer();
    }
    return {};
}

} // namespace greenlight::models
