#pragma once

#include <QList>

namespace greenlight::models {

/**
 * Splits @p amount (nano-dollars) into parts proportional to @p weights (token counts), exactly: each part is
 * its floor share, and the nano-dollars left over go one each to the parts with the largest remainders, ties to
 * the earlier part (largest remainder method). The parts always sum to @p amount; the result is the same on every
 * machine for the same inputs in the same order. Empty when the weights sum to zero (nothing to split by).
 */
[[nodiscard]] QList<qint64> apportion(qint64 amount, const QList<qint64> &weights);

} // namespace greenlight::models
