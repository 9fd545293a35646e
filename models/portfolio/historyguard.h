#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace greenlight::models {

/**
 * Keeps recorded history append-only across a portfolio import. Data approvals, gate reviews (with
 * their sign-offs, rule results and decision), eval runs, route versions and waivers are facts: an import may
 * add new ones but never drop or alter one the database holds (a waiver may only gain a revocation), nor delete a
 * use case that has any (retire it instead). A file with no use cases cannot empty a database that has some.
 *
 * Works on both documents in canonical form (PortfolioWriter's output), so formatting never matters.
 */
class HistoryGuard final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryGuard)

public:
    /// One sentence per fact the import would drop or change, naming it by id; empty when the import keeps history.
    [[nodiscard]] static QStringList check(const QJsonObject &stored, const QJsonObject &incoming);
};

} // namespace greenlight::models
