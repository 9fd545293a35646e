#pragma once

#include <QString>

namespace greenlight::app {

/// Where the database lives: --db, else GREENLIGHT_DB, else greenlight.sqlite under the app-data folder.
QString resolveDatabaseLocation(const QString &fromOption);

} // namespace greenlight::app
