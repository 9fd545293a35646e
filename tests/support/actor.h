#pragma once

#include "audit/auditevent.h"

#include <QString>

namespace greenlight::tests {

/// The host every test session runs on.
inline QString testHost()
{
    return QStringLiteral("test-host");
}

/// @p person acting from their own computer: the account is named like the person, on testHost(). A test whose
/// checks depend on the binding imports a portfolio that binds these accounts (see boundExample()).
inline models::Actor as(const QString &person)
{
    return models::Actor::bound(person, person, testHost());
}

} // namespace greenlight::tests
