#include "gateways/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif
#include <QJsonDocument>
#include <QJsonObject>

namespace greenlight::app {

using namespace Qt::StringLiterals;
using namespace greenlight::models;

namespace {

const QString kService = u"Greenlight"_s;

/// Runs @p job to its end; returns its error text (empty on success).
QString run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

/// Whether the Secret Service's default collection is locked: QtKeychain then reports a stored key as missing
/// (the unlock prompt could not be shown), so ask the service itself before saying "no key".
bool secretServiceLocked()
{
#if defined(Q_OS_LINUX)
    // A plain Properties.Get call: no introspection, so nothing is cached in Qt DBus for the rest of the run.
    QDBusMessage get =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
                                       u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    get << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 3000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    return qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toBool();
#else
    return false;
#endif
}

QString lockedMessage(const QString &reference, const QString &problem)
{
    return SecretStore::tr("the keychain is locked, so the API key for %1 cannot be read (%2); unlock it (log in to "
                           "the desktop session, or unlock the \"login\" keyring) and try again")
        .arg(reference, problem);
}

QString explain(const QKeychain::Job &job, const QString &reference, const QString &problem)
{
    // A locked keychain is not a missing key: say which, so nobody enters a key that is there.
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser ||
        problem.contains(u"locked"_s, Qt::CaseInsensitive))
        return lockedMessage(reference, problem);
    return SecretStore::tr("the OS keychain could not be used for %1 (%2); Greenlight keeps API keys only there, "
                           "so unlock or start the keychain (Secret Service) and try again")
        .arg(reference, problem);
}

} // namespace

QString SecretStore::referenceFor(const QString &databaseId, const QString &connectionName)
{
    return u"greenlight/%1/%2"_s.arg(databaseId, connectionName);
}

Status SecretStore::writeKey(const QString &reference, const BoundKey &key)
{
    return write(
        reference,
        QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"url"_s, key.url}, {u"key"_s, key.key}}).toJson(QJsonDocument::Compact)));
}

Result<BoundKey> SecretStore::readKey(const QString &reference)
{
    const Result<QString> text = read(reference);
    if (!text)
        return std::unexpected(text.error());
    const QJsonObject bound = QJsonDocument::fromJson(text->toUtf8()).object();
    if (bound.value(u"key"_s).isString() && bound.value(u"url"_s).isString())
        return BoundKey{bound.value(u"key"_s).toString(), bound.value(u"url"_s).toString()};
    return BoundKey{*text, QString()}; // stored as plain text before keys were bound to their URL
}

Status SecretStore::write(const QString &reference, const QString &secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(reference);
    job.setTextData(secret);
    if (const QString problem = run(job); !problem.isEmpty())
        return fail(reference, explain(job, reference, problem));
    return {};
}

Result<QString> SecretStore::read(const QString &reference)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(reference);
    const QString problem = run(job);
    if (job.error() == QKeychain::EntryNotFound && secretServiceLocked())
        return fail(reference, lockedMessage(reference, problem));
    if (job.error() == QKeychain::EntryNotFound)
        return fail(reference,
                    tr("no API key in the OS keychain for %1; remove and add the connection again").arg(reference));
    if (!problem.isEmpty())
        return fail(reference, explain(job, reference, problem));
    return job.textData();
}

Status SecretStore::remove(const QString &reference)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(reference);
    const QString problem = run(job);
    if (!problem.isEmpty() && job.error() != QKeychain::EntryNotFound)
        return fail(reference, explain(job, reference, problem));
    return {};
}

} // namespace greenlight::app
