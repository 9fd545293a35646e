#pragma once

#include <QStringList>

namespace greenlight::app {

/// The languages Greenlight speaks and the translators that make it speak one of them.
class Translations final
{
public:
    /// Language codes with a translation ("en", "de").
    [[nodiscard]] static QStringList available();
    /// The language's own name ("Deutsch" for "de").
    [[nodiscard]] static QString nativeName(const QString &language);
    /// Installs Greenlight's and Qt's translators on the running application for @p language
    /// ("de"), or for the system's UI languages when it is empty; an explicit choice also becomes
    /// the default locale, so numbers and dates match the words. Returns the language used.
    static QString install(const QString &language = {});
};

} // namespace greenlight::app
