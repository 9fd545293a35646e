#pragma once

// SSH keys for the signing tests: made by the real ssh-keygen, and listed in a portfolio as a person's signing key.

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace greenlight::tests {

/// Makes a key pair of @p type ("ed25519", "ecdsa") at @p file (and @p file.pub), protected by @p passphrase (none
/// when empty), with ssh-keygen; returns the public key line, or an empty string when ssh-keygen failed.
inline QString makeSshKey(const QString &file, const QString &type, const QString &comment,
                          const QString &passphrase = {})
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".pub"));
    const int exit = QProcess::execute(QStringLiteral("ssh-keygen"),
                                       {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                                        passphrase, QStringLiteral("-C"), comment, QStringLiteral("-f"), file});
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

/// An askpass program at @p file that answers every prompt with @p passphrase, as a user typing it would.
inline bool makeAskpass(const QString &file, const QString &passphrase)
{
    QFile script(file);
    if (!script.open(QIODevice::WriteOnly))
        return false;
    script.write("#!/bin/sh\nprintf '%s\\n' '" + passphrase.toUtf8() + "'\n");
    script.close();
    return script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

/// An ssh-agent started for a test, with SSH_AUTH_SOCK pointing at it while this object lives.
class TestSshAgent
{
public:
    TestSshAgent() : m_oldSocket(qgetenv("SSH_AUTH_SOCK"))
    {
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-s")});
        if (!agent.waitForFinished())
            return;
        const QString script = QString::fromLatin1(agent.readAllStandardOutput());
        const QString socket = QRegularExpression(QStringLiteral("SSH_AUTH_SOCK=([^;]+);")).match(script).captured(1);
        m_pid = QRegularExpression(QStringLiteral("SSH_AGENT_PID=(\\d+);")).match(script).captured(1);
        if (!socket.isEmpty())
            qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
    }
    ~TestSshAgent()
    {
        if (!m_pid.isEmpty())
            QProcess::execute(QStringLiteral("kill"), {m_pid});
        qputenv("SSH_AUTH_SOCK", m_oldSocket);
    }
    TestSshAgent(const TestSshAgent &) = delete;
    TestSshAgent &operator=(const TestSshAgent &) = delete;

    [[nodiscard]] bool isRunning() const { return !m_pid.isEmpty(); }
    /// Adds the private key @p keyFile (without a passphrase) to the agent.
    [[nodiscard]] static bool add(const QString &keyFile)
    {
        return QProcess::execute(QStringLiteral("ssh-add"), {QStringLiteral("-q"), keyFile}) == 0;
    }

private:
    QByteArray m_oldSocket;
    QString m_pid;
};

} // namespace greenlight::tests
