#include "portfolio/portfoliodiff.h"

#include "signing/sshpublickey.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

void compareValues(const QString &path, const QJsonValue &before, const QJsonValue &after,
                   QList<PortfolioChange> &changes);

QString memberPath(const QString &path, const QString &key)
{
    return path + u'.' + key;
}

QString elementPath(const QString &path, const QString &key)
{
    return path + u"[\""_s + key + u"\"]"_s;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

void compareObjects(const QString &path, const QJsonObject &before, const QJsonObject &after,
                    QList<PortfolioChange> &changes)
{
    // Members in key order (QJsonObject keeps its keys sorted), then the ones the newer document no longer has.
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        compareValues(memberPath(path, it.key()), before.value(it.key()), it.value(), changes);
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key()))
            changes.append({PortfolioChange::Kind::Removed, memberPath(path, it.key()), it.value(), {}});
    }
}

bool isRecordArray(const QJsonArray &array)
{
    return !array.isEmpty() && array.first().isObject();
}

/// Records with a key: matched by key; added, removed or compared member by member.
void compareKeyed(const QString &path, const QJsonArray &before, const QJsonArray &after,
                  QList<PortfolioChange> &changes)
{
    QHash<QString, QJsonObject> old;
    for (const QJsonValue &v : before)
        old.insert(PortfolioDiff::recordKey(v.toObject()), v.toObject());
    QSet<QString> seen;
    for (const QJsonValue &v : after) {
        const QJsonObject record = v.toObject();
        const QString key = PortfolioDiff::recordKey(record);
        seen.insert(key);
        if (const auto it = old.constFind(key); it != old.constEnd())
            compareObjects(elementPath(path, key), *it, record, changes);
        else
            changes.append({PortfolioChange::Kind::Added, elementPath(path, key), {}, record});
    }
    for (const QJsonValue &v : before) {
        const QString key = PortfolioDiff::recordKey(v.toObject());
        if (!seen.contains(key))
            changes.append({PortfolioChange::Kind::Removed, elementPath(path, key), v, {}});
    }
}

/// Records without a key: matched by whole content (a multiset), named by their index.
void compareUnkeyed(const QString &path, const QJsonArray &before, const QJsonArray &after,
                    QList<PortfolioChange> &changes)
{
    QList<bool> matched(before.size(), false);
    QList<qsizetype> added;
    for (qsizetype i = 0; i < after.size(); ++i) {
        bool found = false;
        for (qsizetype j = 0; j < before.size() && !found; ++j) {
            if (!matched[j] && before.at(j) == after.at(i)) {
                matched[j] = true;
                found = true;
            }
        }
        if (!found)
            added.append(i);
    }
    for (qsizetype j = 0; j < before.size(); ++j) {
        if (!matched[j])
            changes.append({PortfolioChange::Kind::Removed, indexPath(path, j), before.at(j), {}});
    }
    for (const qsizetype i : added)
        changes.append({PortfolioChange::Kind::Added, indexPath(path, i), {}, after.at(i)});
}

void compareArrays(const QString &path, const QJsonArray &before, const QJsonArray &after,
                   QList<PortfolioChange> &changes)
{
    if (before == after)
        return;
    const QJsonArray &sample = before.isEmpty() ? after : before;
    if (!isRecordArray(sample)) {
        changes.append({PortfolioChange::Kind::Changed, path, before, after});
        return;
    }
    if (!PortfolioDiff::recordKey(sample.first().toObject()).isEmpty())
        compareKeyed(path, before, after, changes);
    else
        compareUnkeyed(path, before, after, changes);
}

void compareValues(const QString &path, const QJsonValue &before, const QJsonValue &after,
                   QList<PortfolioChange> &changes)
{
    if (before == after)
        return;
    if (before.isUndefined()) {
        changes.append({PortfolioChange::Kind::Added, path, {}, after});
        return;
    }
    if (before.isObject() && after.isObject()) {
        compareObjects(path, before.toObject(), after.toObject(), changes);
        return;
    }
    if (before.isArray() && after.isArray()) {
        compareArrays(path, before.toArray(), after.toArray(), changes);
        return;
    }
    changes.append({PortfolioChange::Kind::Changed, path, before, after});
}

} // namespace

QString PortfolioDiff::recordKey(const QJsonObject &record)
{
    // A signing key is named by its fingerprint: the comment after the key may change, the key may not.
    if (const QString key = record.value(u"public_key"_s).toString(); !key.isEmpty()) {
        const QString fingerprint = SshPublicKey::fingerprint(key);
        return fingerprint.isEmpty() ? key : fingerprint;
    }
    const QString id = record.value(u"id"_s).toString();
    if (id.isEmpty())
        return {};
    const QJsonValue version = record.value(u"version"_s);
    return version.isDouble() ? id + u'@' + QString::number(version.toInteger()) : id;
}

QString PortfolioDiff::compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: wrapped in an array to serialise it, then unwrapped.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QList<PortfolioChange> PortfolioDiff::compare(const QJsonObject &before, const QJsonObject &after)
{
    QList<PortfolioChange> changes;
    compareObjects(u"$"_s, before, after, changes);
    return changes;
}

QStringList PortfolioDiff::format(const QList<PortfolioChange> &changes)
{
    QStringList lines;
    for (const PortfolioChange &c : changes) {
        switch (c.kind) {
        case PortfolioChange::Kind::Added: lines.append(u"+ "_s + c.path + u": "_s + compact(c.after)); break;
        case PortfolioChange::Kind::Removed: lines.append(u"- "_s + c.path + u": "_s + compact(c.before)); break;
        case PortfolioChange::Kind::Changed:
            lines.append(u"~ "_s + c.path + u": "_s + compact(c.before) + u" → "_s + compact(c.after));
            break;
        }
    }
    return lines;
}

} // namespace greenlight::models
