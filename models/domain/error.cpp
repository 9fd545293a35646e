#include "error.h"

namespace greenlight::models {

QString Error::toString() const
{
    return where.isEmpty() ? message : where + QLatin1StringView(": ") + message;
}

} // namespace greenlight::models
