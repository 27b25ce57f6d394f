#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace clm {

namespace {

std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("classiclink_*.qm")});
    for (const QString &file : files)
        languages.append(file.mid(12, file.size() - 15)); // classiclink_ … .qm
    return languages;
}

QString languageName(const QString &language)
{
    //: The name of your language in your language, as the Language menu lists it.
    static const char *const kOwnName = QT_TRANSLATE_NOOP("clm::Language", "English");
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/classiclink_%1.qm").arg(language))) {
        const QString name = translator.translate("clm::Language", kOwnName);
        if (!name.isEmpty())
            return name;
    }
    return language == QLatin1String("en") ? QString::fromLatin1(kOwnName)
                                           : QLocale(language).nativeLanguageName();
}

QString currentLanguage()
{
    return ownTranslator() ? ownTranslator()->language() : QStringLiteral("en");
}

QString installTranslations(const QString &language)
{
    for (auto *slot : {&ownTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto own = std::make_unique<QTranslator>();
    // uiLanguages() is ordered by preference. A language we do not ship falls back to English, whose
    // file carries the plural forms of the source strings.
    const bool found =
        own->load(locale, QStringLiteral("classiclink"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (!found && !own->load(QStringLiteral(":/i18n/classiclink_en.qm")))
        return QStringLiteral("en");
    QCoreApplication::installTranslator(own.get());
    ownTranslator() = std::move(own);
    auto qt = std::make_unique<QTranslator>();
    if (found && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return found ? ownTranslator()->language() : QStringLiteral("en");
}

QString acceptLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US");
}

} // namespace clm
