#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace greenlight::models {

/// What one run of an OpenSSH tool gave: its exit code (-1 when it crashed), standard output and error text.
struct OpenSshRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs OpenSSH's @p tool ("ssh-keygen", "ssh-add") with @p arguments, @p input on its standard input, in
/// @p environment; fails when the tool is not installed or does not finish within @p timeoutMs (five minutes by
/// default: a passphrase prompt or an agent's confirmation may wait for the user).
[[nodiscard]] Result<OpenSshRun>
runOpenSsh(const QString &tool, const QStringList &arguments, const QByteArray &input = {},
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 5 * 60 * 1000);

} // namespace greenlight::models
