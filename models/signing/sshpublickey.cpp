#include "signing/sshpublickey.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QtEndian>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

/// The key blob of @p line when its base64 decodes strictly, else empty.
QByteArray blobOf(const QString &line)
{
    const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts[1].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

QStringList SshPublicKey::acceptedTypes()
{
    return {u"ssh-ed25519"_s, u"ecdsa-sha2-nistp256"_s, u"sk-ssh-ed25519@openssh.com"_s};
}

QString SshPublicKey::problem(const QString &line)
{
    const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty() || !acceptedTypes().contains(parts[0]))
        return tr("not an SSH public key of an accepted type (%1): expected \"TYPE BASE64 [COMMENT]\"")
            .arg(acceptedTypes().join(u", "_s));
    // The blob is a sequence of SSH strings (a 32-bit big-endian length, then the bytes) that fills it exactly,
    // the first of them the key's own type: a key cut short or pasted under the wrong name fails here.
    const QByteArray blob = blobOf(line);
    QList<QByteArray> strings;
    qsizetype at = 0;
    while (at + 4 <= blob.size()) {
        const quint32 length = qFromBigEndian<quint32>(blob.constData() + at);
        if (length > quint32(blob.size() - at - 4))
            break;
        strings.append(blob.mid(at + 4, length));
        at += 4 + qsizetype(length);
    }
    if (at != blob.size() || strings.size() < 2 || strings.first() != parts[0].toLatin1())
        return tr("the %1 key is damaged: its base64 part does not hold a %1 key (was it cut off when pasted?)")
            .arg(parts[0]);
    return {};
}

QString SshPublicKey::fingerprint(const QString &line)
{
    if (!problem(line).isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(blobOf(line), QCryptographicHash::Sha256);
    return u"SHA256:"_s + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace greenlight::models
