#pragma once

#include <QString>

namespace greenlight::app {

/// Where the database lives: --db, else GREENLIGHT_DB, else greenlight.sqlite under the app-data folder.
QString resolveDatabaseLocation(const QString &fromOption);
/// greenlight.sqlite under the app-data folder: the one database the window may create on its first run.
QString defaultDatabaseLocation();

} // namespace greenlight::app
