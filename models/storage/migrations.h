#pragma once

#include <QList>
#include <QStringList>

namespace greenlight::models {

/// One numbered step of the schema; applied in its own transaction together with the version bump.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
    /// Run after statements on PostgreSQL only: what a team server enforces (roles, privileges, triggers).
    QStringList postgresOnly = {};
};

/// Every migration in order; the last one's version is the schema this build writes.
const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace greenlight::models
