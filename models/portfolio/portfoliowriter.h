#pragma once

#include "domain/portfolio.h"

#include <QByteArray>

namespace greenlight::models {

/**
 * Writes a portfolio in canonical form: the key order of the normative example, arrays in stored
 * order, every optional key present (null when unset). Writing what PortfolioReader read gives the
 * same bytes again, which is what lets a team keep the file under version control.
 */
class PortfolioWriter final
{
public:
    [[nodiscard]] static QByteArray write(const Portfolio &portfolio);
    /// One use case as it appears in the file (for change records).
    [[nodiscard]] static QByteArray writeUseCase(const UseCase &useCase);
};

} // namespace greenlight::models
