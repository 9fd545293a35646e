#pragma once

#include "domain/portfolio.h"
#include "json/orderedjson.h"

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
    /// One waiver as it appears in the file's `waivers`; the command line's reports add to it or pick from it
    /// (OrderedJson::picked) rather than write the fields again.
    [[nodiscard]] static OrderedJson waiverJson(const Waiver &waiver);
};

} // namespace greenlight::models
