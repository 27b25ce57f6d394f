// Which language the UI speaks: the --lang choice, else the system's UI languages. Installs our own
// translations and Qt's (so standard buttons are localized too) and sets the default locale for dates
// and numbers.
#pragma once

#include <QString>
#include <QStringList>

namespace clm {

// "--lang zh_CN" or "--lang=zh_CN" from a command line; empty when absent.
QString languageFromArguments(const QStringList &arguments);
// Installs translators for `language` (empty: the system's). Returns the language in effect, e.g. "zh_CN"
// or "en". Calling it again replaces the previous translators (live language switch).
QString installTranslations(const QString &language);
// The languages whose translations are built in (one classiclink_LANG.qm each), e.g. "en", "zh_CN".
QStringList availableLanguages();
// `language`'s own name for itself ("English", "简体中文"), as its translation spells it.
QString languageName(const QString &language);
// The language whose translation is in effect ("en" when none is).
QString currentLanguage();
// The AcceptLanguage the cloud understands for the language in effect (zh-CN or en-US), so region names
// arrive in the user's language.
QString acceptLanguage();

} // namespace clm
