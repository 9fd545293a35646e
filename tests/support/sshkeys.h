#pragma once

// SSH keys for the signing tests: made by the real ssh-keygen, and listed in a portfolio as a person's signing key.

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace greenlight::tests {

/// Makes a key pair of @p type ("ed25519", "ecdsa") at @p file (and @p file.pub), without a passphrase, with
/// ssh-keygen; returns the public key line, or an empty string when ssh-keygen failed.
inline QString makeSshKey(const QString &file, const QString &type, const QString &comment)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".pub"));
    const int exit = QProcess::execute(QStringLiteral("ssh-keygen"),
                                       {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                                        QString(), QStringLiteral("-C"), comment, QStringLiteral("-f"), file});
    QFile pub(file + QStringLiteral(".pub"));
    if (exit != 0 || !pub.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(pub.readAll()).trimmed();
}

/// @p portfolio (a portfolio file's root object) with @p publicKey as @p person's only signing key, valid from
/// @p validFrom.
inline QJsonObject withSigningKey(QJsonObject portfolio, const QString &person, const QString &publicKey,
                                  const QString &validFrom)
{
    QJsonArray people = portfolio.value(QStringLiteral("people")).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        QJsonObject entry = people[i].toObject();
        if (entry.value(QStringLiteral("id")).toString() == person)
            entry.insert(QStringLiteral("signing_keys"),
                         QJsonArray{QJsonObject{{QStringLiteral("public_key"), publicKey},
                                                {QStringLiteral("valid_from"), validFrom},
                                                {QStringLiteral("revoked_on"), QJsonValue()}}});
        people[i] = entry;
    }
    portfolio.insert(QStringLiteral("people"), people);
    return portfolio;
}

} // namespace greenlight::tests
