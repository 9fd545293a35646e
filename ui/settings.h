#pragma once

#include <QByteArray>
#include <QStringList>

namespace greenlight::ui {

/// The window's persistent settings, one typed accessor per key (no QSettings strings elsewhere).
class Settings final
{
public:
    [[nodiscard]] static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    /// Most recent first, at most maxRecent entries.
    [[nodiscard]] static QStringList recentDatabases();
    static void addRecentDatabase(const QString &location);
    [[nodiscard]] static QString lastDirectory();
    static void setLastDirectory(const QString &directory);

    /// The interface language ("de", "en"), or empty to follow the system.
    [[nodiscard]] static QString language();
    static void setLanguage(const QString &language);

    /// How many days ahead the Due soon view looks (30, 60 or 90; 30 by default, as `greenlight due`).
    [[nodiscard]] static int dueWithinDays();
    static void setDueWithinDays(int days);

    static constexpr int maxRecent = 8;
};

} // namespace greenlight::ui
