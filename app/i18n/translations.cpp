#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace greenlight::app {

using namespace Qt::StringLiterals;

QStringList Translations::available()
{
    return {u"en"_s, u"de"_s};
}

QString Translations::nativeName(const QString &language)
{
    const QLocale locale(language);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString Translations::install(const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(QCoreApplication::instance());
    // English has a translation too: it holds the plural forms of the %n messages.
    if (!own->load(locale, u"greenlight"_s, u"_"_s, u":/i18n"_s) && !own->load(u":/i18n/greenlight_en"_s)) {
        delete own;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(own);
    const QString used = own->language().section(u'_', 0, 0);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(used), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return used.isEmpty() ? u"en"_s : used;
}

} // namespace greenlight::app
