#pragma once

#include <QString>

namespace greenlight::models {

/**
 * The operating-system account a session runs under, and the host. The composition root asks current() once
 * and hands the value to the command line and the window; tests construct one instead. Nothing reads an
 * environment variable to pretend to be someone else, so a shipped binary cannot be told who it runs as.
 */
struct OsAccount {
    QString account;
    QString host;

    /// The real user (getpwuid(geteuid()), else $USER / $USERNAME) and QSysInfo::machineHostName().
    [[nodiscard]] static OsAccount current();
    /// "account@host".
    [[nodiscard]] QString text() const { return host.isEmpty() ? account : account + u'@' + host; }

    friend bool operator==(const OsAccount &, const OsAccount &) = default;
};

} // namespace greenlight::models
