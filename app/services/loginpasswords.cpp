#include "services/loginpasswords.h"

#include "gateways/secretstore.h"

#include <QUrl>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

QString LoginPasswords::referenceFor(const QString &location)
{
    const QUrl url(location);
    return u"greenlight-login/%1@%2:%3/%4"_s.arg(url.userName(), url.host().toLower())
        .arg(url.port(5432))
        .arg(url.path().mid(1));
}

bool LoginPasswords::namesServerAndDatabase(const QUrl &url)
{
    return !url.host().isEmpty() && url.path().size() > 1;
}

bool LoginPasswords::isPasswordRefusal(const Error &error)
{
    return error.message.contains(u"no password supplied"_s) ||
           error.message.contains(u"password authentication failed"_s);
}

Result<std::unique_ptr<Database>> LoginPasswords::open(const QString &location, const Database::Options &options)
{
    Result<std::unique_ptr<Database>> db = Database::open(location, options);
    if (db || !Database::isServerUrl(location) || !isPasswordRefusal(db.error()))
        return db;
    QUrl url(location);
    if (!url.password().isEmpty())
        return db; // the password given was refused: never swap in another one
    if (!namesServerAndDatabase(url))
        return db; // a service or libpq's defaults name the server: its password is where libpq looked
    const Result<QString> stored = SecretStore::read(referenceFor(location));
    if (!stored || stored->isEmpty())
        return db; // no entry (or no keychain): the server's refusal is the answer
    url.setPassword(*stored);
    return Database::open(url.toString(), options);
}

Status LoginPasswords::remember(const QString &location, const QString &password)
{
    if (!Database::isServerUrl(location))
        return fail(location, tr("only a team database (postgresql://LOGIN@HOST/DATABASE) has a login password"));
    QUrl url(location);
    if (url.userName().isEmpty() || !namesServerAndDatabase(url))
        return fail(url.toDisplayString(QUrl::RemovePassword),
                    tr("the keychain keeps a password for a URL that names the login, server and database: "
                       "postgresql://LOGIN@HOST/DATABASE (for a service, keep it in ~/.pgpass)"));
    url.setPassword(password);
    Database::Options options;
    options.createIfMissing = false;
    const Result<std::unique_ptr<Database>> db = Database::open(url.toString(), options);
    if (!db)
        return std::unexpected(db.error());
    return SecretStore::write(referenceFor(location), password);
}

Status LoginPasswords::forget(const QString &location)
{
    return SecretStore::remove(referenceFor(location));
}

} // namespace greenlight::app
