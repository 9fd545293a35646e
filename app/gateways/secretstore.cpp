#include "gateways/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

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

QString explain(const QString &reference, const QString &problem)
{
    return SecretStore::tr("the OS keychain could not be used for %1 (%2); Greenlight keeps API keys only there, "
                           "so unlock or start the keychain (Secret Service) and try again")
        .arg(reference, problem);
}

} // namespace

QString SecretStore::referenceFor(const QString &connectionName)
{
    return u"connection/"_s + connectionName;
}

Status SecretStore::write(const QString &reference, const QString &secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(reference);
    job.setTextData(secret);
    if (const QString problem = run(job); !problem.isEmpty())
        return fail(reference, explain(reference, problem));
    return {};
}

Result<QString> SecretStore::read(const QString &reference)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(reference);
    const QString problem = run(job);
    if (job.error() == QKeychain::EntryNotFound)
        return fail(reference,
                    tr("no API key in the OS keychain for %1; remove and add the connection again").arg(reference));
    if (!problem.isEmpty())
        return fail(reference, explain(reference, problem));
    return job.textData();
}

Status SecretStore::remove(const QString &reference)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(reference);
    const QString problem = run(job);
    if (!problem.isEmpty() && job.error() != QKeychain::EntryNotFound)
        return fail(reference, explain(reference, problem));
    return {};
}

} // namespace greenlight::app
