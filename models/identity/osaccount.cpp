#include "identity/osaccount.h"

#include <QSysInfo>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace greenlight::models {

OsAccount OsAccount::current()
{
    OsAccount os;
#if defined(Q_OS_UNIX)
    // The effective user, as the kernel knows it: $USER is whatever the shell was told and follows no su.
    if (const passwd *entry = getpwuid(geteuid()); entry != nullptr && entry->pw_name != nullptr)
        os.account = QString::fromLocal8Bit(entry->pw_name);
#endif
    if (os.account.isEmpty())
        os.account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    os.host = QSysInfo::machineHostName();
    return os;
}

} // namespace greenlight::models
