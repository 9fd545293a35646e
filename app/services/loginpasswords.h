#pragma once

#include "domain/error.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

namespace greenlight::app {

/**
 * Team-database passwords in the OS keychain. Each entry is bound to the login, server, port and database it was
 * entered for ("greenlight-login/LOGIN@HOST:PORT/DATABASE"), so a password is only ever sent where it was typed.
 * The keychain is the last place asked: a password in the URL, PGPASSWORD, ~/.pgpass or a service file comes
 * first, as libpq users expect, and a server that asks for no password never touches the keychain.
 */
class LoginPasswords final
{
    Q_DECLARE_TR_FUNCTIONS(LoginPasswords)

public:
    /// Opens @p location; when the server wants a password that the URL and libpq's own sources did not give, asks
    /// the keychain for this login's entry and tries once more with it.
    [[nodiscard]] static models::Result<std::unique_ptr<models::Database>>
    open(const QString &location, const models::Database::Options &options);
    /// Checks @p password against the server (by connecting with it), then keeps it in the keychain for @p location.
    [[nodiscard]] static models::Status remember(const QString &location, const QString &password);
    /// Removes the keychain entry of @p location (no error when there is none).
    [[nodiscard]] static models::Status forget(const QString &location);
    /// "greenlight-login/ana@db.example.com:5432/greenlight".
    [[nodiscard]] static QString referenceFor(const QString &location);
    /// Whether @p url names the server and the database itself; one that leaves them to a service or libpq's
    /// defaults has no keychain entry (its password lives where libpq looks: PGPASSWORD, ~/.pgpass).
    [[nodiscard]] static bool namesServerAndDatabase(const QUrl &url);
    /// Whether @p error is the server refusing for want of a (right) password.
    [[nodiscard]] static bool isPasswordRefusal(const models::Error &error);
};

} // namespace greenlight::app
