#pragma once

#include "domain/portfolio.h"

namespace greenlight::models {

/// The gate templates of DESIGN §2 that `init` seeds and an import falls back to when a file has none.
QList<GateTemplate> defaultGateTemplates();

/// Whether the template @p id requires signed sign-offs when a portfolio file does not say: as the default
/// template of that id does (customer-launch and high-risk-launch), else not.
bool signedSignoffsByDefault(const QString &id);

/// The template's name as a person reads it: a default template's name (unchanged in the portfolio) in the
/// interface language, any other name as the portfolio spells it.
QString gateDisplayName(const GateTemplate &gate);
/// The name of @p portfolio's gate template @p gateId as above, or the id itself for a gate the portfolio lacks.
QString gateDisplayName(const Portfolio &portfolio, const QString &gateId);

} // namespace greenlight::models
