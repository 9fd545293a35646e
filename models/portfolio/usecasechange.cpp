#include "portfolio/usecasechange.h"

#include "portfolio/portfoliowriter.h"

#include <QJsonDocument>

namespace greenlight::models {

using namespace Qt::StringLiterals;

namespace {

void diff(const QJsonObject &a, const QJsonObject &b, QJsonObject &before, QJsonObject &after)
{
    for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
        const QJsonValue old = a.value(it.key());
        if (old == it.value())
            continue;
        if (old.isObject() && it.value().isObject()) {
            QJsonObject innerBefore;
            QJsonObject innerAfter;
            diff(old.toObject(), it.value().toObject(), innerBefore, innerAfter);
            before.insert(it.key(), innerBefore);
            after.insert(it.key(), innerAfter);
        } else {
            before.insert(it.key(), old);
            after.insert(it.key(), it.value());
        }
    }
}

void collectFields(const QJsonObject &object, const QString &prefix, QStringList &fields)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty())
            collectFields(it.value().toObject(), path, fields);
        else
            fields.append(path);
    }
}

} // namespace

QStringList UseCaseChange::fields() const
{
    QStringList fields;
    collectFields(after, QString(), fields);
    return fields;
}

QJsonObject UseCaseChange::details(const UseCase &useCase)
{
    QJsonObject json = QJsonDocument::fromJson(PortfolioWriter::writeUseCase(useCase)).object();
    for (const QString &history : {u"data_approvals"_s, u"eval_runs"_s, u"gate_reviews"_s, u"waivers"_s})
        json.remove(history);
    return json;
}

UseCaseChange UseCaseChange::between(const UseCase &before, const UseCase &after)
{
    UseCaseChange change;
    diff(details(before), details(after), change.before, change.after);
    return change;
}

QJsonObject UseCaseChange::merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QJsonValue current = base.value(it.key());
        if (current.isObject() && it.value().isObject())
            base.insert(it.key(), merged(current.toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QJsonObject UseCaseChange::valuesAt(const QJsonObject &from, const QJsonObject &shape)
{
    QJsonObject values;
    for (auto it = shape.constBegin(); it != shape.constEnd(); ++it) {
        const QJsonValue here = from.value(it.key());
        if (here.isObject() && it.value().isObject())
            values.insert(it.key(), valuesAt(here.toObject(), it.value().toObject()));
        else
            values.insert(it.key(), here.isUndefined() ? QJsonValue(QJsonValue::Null) : here);
    }
    return values;
}

} // namespace greenlight::models
