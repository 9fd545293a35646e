#pragma once

#include <QByteArray>

namespace greenlight::tests {

/// The error text of a failed Result/Status for QVERIFY2 messages; empty (and safe) when it succeeded.
template <typename R>
QByteArray why(const R &result)
{
    return result.has_value() ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace greenlight::tests
