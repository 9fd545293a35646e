#include "settings.h"

#include <QSettings>

namespace greenlight::ui {

using namespace Qt::StringLiterals;

namespace {
const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
const QString kRecent = u"databases/recent"_s;
const QString kLastDirectory = u"files/lastDirectory"_s;
const QString kLanguage = u"ui/language"_s;
const QString kDueWithinDays = u"ui/dueWithinDays"_s;
} // namespace

QByteArray Settings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray Settings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(kState, state);
}

QStringList Settings::recentDatabases()
{
    return QSettings().value(kRecent).toStringList();
}

void Settings::addRecentDatabase(const QString &location)
{
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.prepend(location);
    QSettings().setValue(kRecent, recent.mid(0, maxRecent));
}

QString Settings::lastDirectory()
{
    return QSettings().value(kLastDirectory).toString();
}

void Settings::setLastDirectory(const QString &directory)
{
    QSettings().setValue(kLastDirectory, directory);
}

QString Settings::language()
{
    return QSettings().value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

int Settings::dueWithinDays()
{
    return QSettings().value(kDueWithinDays, 30).toInt();
}

void Settings::setDueWithinDays(int days)
{
    QSettings().setValue(kDueWithinDays, days);
}

} // namespace greenlight::ui
