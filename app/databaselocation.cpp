#include "databaselocation.h"

#include <QDir>
#include <QStandardPaths>

namespace greenlight::app {

using namespace Qt::StringLiterals;

QString resolveDatabaseLocation(const QString &fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    const QString fromEnvironment = qEnvironmentVariable("GREENLIGHT_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultDatabaseLocation();
}

QString defaultDatabaseLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"greenlight.sqlite"_s);
}

} // namespace greenlight::app
