#pragma once

#include "domain/error.h"
#include "domain/portfolio.h"

#include <QByteArray>
#include <QCoreApplication>

namespace greenlight::models {

/**
 * Parses and validates a portfolio file (DESIGN §4, format greenlight.portfolio/1).
 *
 * Checks syntax, keys, types, ranges, uniqueness of ids and every cross-reference (people, routes
 * and route versions, data classes, gate templates, rule ids). The first problem is returned with
 * its JSON path, or with line and column for a syntax error; nothing is partially returned.
 */
class PortfolioReader final
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioReader)

public:
    static QString formatName();
    [[nodiscard]] static Result<Portfolio> read(const QByteArray &json);
};

} // namespace greenlight::models
