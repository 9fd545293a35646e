#include "usage/apportion.h"

#include <algorithm>
#include <numeric>

namespace greenlight::models {

namespace {
__extension__ typedef __int128 Wide; // GCC and Clang; __extension__ keeps -Wpedantic quiet about it
} // namespace

QList<qint64> apportion(qint64 amount, const QList<qint64> &weights)
{
    // 128-bit products: an amount up to 9.2e18 nano-dollars times token counts up to 9.2e18 cannot overflow.
    Wide total = 0;
    for (qint64 w : weights)
        total += std::max<qint64>(w, 0);
    if (total == 0)
        return {};
    const bool negative = amount < 0;
    const Wide magnitude = negative ? -Wide(amount) : Wide(amount);
    QList<qint64> parts(weights.size());
    QList<Wide> remainders(weights.size());
    Wide assigned = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Wide product = magnitude * std::max<qint64>(weights[i], 0);
        parts[i] = qint64(product / total);
        remainders[i] = product % total;
        assigned += parts[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (Wide left = magnitude - assigned, k = 0; left > 0; --left, ++k)
        ++parts[order[qsizetype(k)]];
    if (negative) {
        for (qint64 &part : parts)
            part = -part;
    }
    return parts;
}

} // namespace greenlight::models
