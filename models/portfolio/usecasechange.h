#pragma once

#include "domain/portfolio.h"

#include <QJsonObject>
#include <QStringList>

namespace greenlight::models {

/**
 * What an edit of a use case's details changed, field by field, in the portfolio file's spelling: `before` and
 * `after` hold only the changed leaves, nested as in the file (`{"operations": {"daily_cost_cap_usd": 999}}`).
 * Objects are compared key by key; anything else (a string, a number, a list of data classes, a null logging
 * policy) is one field. The recorded history of a use case (data approvals, eval runs, gate reviews) is not a
 * detail: it has its own paths and never appears here.
 */
struct UseCaseChange {
    QJsonObject before;
    QJsonObject after;

    [[nodiscard]] bool isEmpty() const { return after.isEmpty(); }
    /// The change that takes it back (an undo).
    [[nodiscard]] UseCaseChange inverted() const { return {after, before}; }
    /// The changed fields as dotted paths, in file order: "operations.daily_cost_cap_usd".
    [[nodiscard]] QStringList fields() const;

    /// The details of @p useCase as they appear in the portfolio file, without its recorded history.
    [[nodiscard]] static QJsonObject details(const UseCase &useCase);
    [[nodiscard]] static UseCaseChange between(const UseCase &before, const UseCase &after);
    /// @p base with every leaf of @p patch put in place (objects merged key by key, anything else replaced).
    [[nodiscard]] static QJsonObject merged(QJsonObject base, const QJsonObject &patch);
    /// The values @p from holds at the leaves of @p shape (the same nesting as @p shape).
    [[nodiscard]] static QJsonObject valuesAt(const QJsonObject &from, const QJsonObject &shape);
};

} // namespace greenlight::models
