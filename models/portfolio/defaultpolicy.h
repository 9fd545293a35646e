#pragma once

#include "domain/portfolio.h"

namespace greenlight::models {

/// The gate templates of DESIGN §2 that `init` seeds and an import falls back to when a file has none.
QList<GateTemplate> defaultGateTemplates();

} // namespace greenlight::models
