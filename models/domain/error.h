#pragma once

#include <QString>

#include <expected>

namespace greenlight::models {

/// What went wrong and where: a JSON path, "file:line" or a database name.
struct Error {
    QString where;
    QString message;

    /// "where: message", or just the message when there is no location.
    [[nodiscard]] QString toString() const;
};

template <typename T>
using Result = std::expected<T, Error>;

/// Result of an operation that yields nothing but may fail.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(QString where, QString message)
{
    return std::unexpected<Error>(Error{std::move(where), std::move(message)});
}

} // namespace greenlight::models

/// Returns the error of a failed Status (or Result) from the enclosing function, which returns a Status or Result.
#define GL_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        if (auto status_ = (expr); !status_)                                                                           \
            return std::unexpected(status_.error());                                                                   \
    } while (false)

/// Moves the value of a successful Result into @p lhs, or returns its error from the enclosing function.
#define GL_ASSIGN(lhs, expr)                                                                                           \
    do {                                                                                                               \
        auto result_ = (expr);                                                                                         \
        if (!result_)                                                                                                  \
            return std::unexpected(result_.error());                                                                   \
        (lhs) = std::move(*result_);                                                                                   \
    } while (false)
