#include "identity/identity.h"

#include <algorithm>

namespace greenlight::models {

using namespace Qt::StringLiterals;

bool Identity::matches(const QString &entry, const OsAccount &os)
{
    const qsizetype at = entry.indexOf(u'@');
    if (at < 0)
        return entry == os.account;
    // Host names are case-insensitive (RFC 4343); account names are not.
    return entry.left(at) == os.account && entry.mid(at + 1).compare(os.host, Qt::CaseInsensitive) == 0;
}

Identity Identity::resolve(const Portfolio &portfolio, const OsAccount &os)
{
    Identity identity;
    identity.m_os = os;
    identity.m_training = portfolio.policy.training;
    for (const Person &person : portfolio.people) {
        const bool bound = std::any_of(person.accounts.cbegin(), person.accounts.cend(),
                                       [&](const QString &entry) { return matches(entry, os); });
        if (bound) {
            // The first person in file order wins; the reader's job is to keep bindings unambiguous.
            identity.m_personId = person.id;
            identity.m_personName = person.name;
            break;
        }
    }
    return identity;
}

QString Identity::readOnlyReason() const
{
    if (canEdit())
        return {};
    return tr("You are signed in to this computer as %1, which no person in the portfolio is bound to; the window "
              "is read-only. Add %1 to your entry's accounts in the portfolio file and import it.")
        .arg(m_os.text());
}

Actor Identity::actor() const
{
    if (isBound())
        return Actor::bound(m_personId, m_os.account, m_os.host);
    return Actor::ofAccount(m_os.account, m_os.host);
}

Result<Actor> Identity::actAs(const QString &personId) const
{
    if (personId == m_personId && isBound())
        return actor();
    if (m_training)
        return Actor{personId, m_os.account, m_os.host, Actor::Kind::Unverified};
    if (!isBound()) {
        return fail(u"--as "_s + personId,
                    tr("you are signed in to this computer as %1, which no person in the portfolio is bound to; add %1 "
                       "to your entry's accounts in the portfolio file and import it")
                        .arg(m_os.text()));
    }
    return fail(u"--as "_s + personId, tr("you are signed in to this computer as %1, which is bound to %2; nobody may "
                                          "act for someone else")
                                           .arg(m_os.text(), m_personId));
}

} // namespace greenlight::models
