// Every catalog entry reads as a sentence in English and in Simplified Chinese.
#include "errors/errorcatalog.h"
#include "i18n/translations.h"

#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace clm;

class TestErrorCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryInBothLanguages_data();
    void everyEntryInBothLanguages();
    void operationDeniedHasTwoMeanings();
    void unknownCodeKeepsTheServerWords();
    void ruleOfAMultiRuleCallIsNamed();
    void transportFailures();
    void unshippedLanguageFallsBackToEnglish();
};

void TestErrorCatalog::everyEntryInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    for (const char *language : {"en", "zh_CN"}) {
        for (const auto &[code, message] : ErrorCatalog::knownCodes())
            QTest::addRow("%s %s %s", language, qPrintable(code), qPrintable(message.left(20)))
                << QString::fromLatin1(language) << code << message;
    }
}

void TestErrorCatalog::everyEntryInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QVERIFY(installTranslations(language).startsWith(language));
    const ErrorText text = ErrorCatalog::describeCode(code, message);
    QVERIFY2(text.known, qPrintable(code));
    for (const QString &part : {text.title, text.explanation, text.remedy}) {
        QVERIFY(!part.isEmpty());
        QVERIFY(part != code);
    }
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QCOMPARE(text.title.contains(han), language == QLatin1String("zh_CN"));
    QCOMPARE(text.explanation.contains(han), language == QLatin1String("zh_CN"));
}

void TestErrorCatalog::operationDeniedHasTwoMeanings()
{
    installTranslations(QStringLiteral("en"));
    const ErrorText vpc =
        ErrorCatalog::describeCode(QStringLiteral("OperationDenied"),
                                   QStringLiteral("The specified vpc is disabled attach classic link."));
    const ErrorText instance = ErrorCatalog::describeCode(
        QStringLiteral("OperationDenied"), QStringLiteral("The instance does not allow link to vpc."));
    QCOMPARE(vpc.title, QStringLiteral("ClassicLink is off for this VPC"));
    QCOMPARE(instance.title, QStringLiteral("This instance cannot be linked"));
    const ErrorText status = ErrorCatalog::describeCode(QStringLiteral("InvalidStatus.InstanceStatus"));
    QVERIFY(status.explanation.contains(QLatin1String("\"shutted\"")));
}

void TestErrorCatalog::ruleOfAMultiRuleCallIsNamed()
{
    // As ecs-sandbox and the cloud answer a call whose second rule has a bad port range.
    const QString message =
        QStringLiteral("The specified parameter \"Permissions.2.PortRange\" is not valid.");
    installTranslations(QStringLiteral("en"));
    const ErrorText text = ErrorCatalog::describeCode(QStringLiteral("InvalidPortRange.Malformed"), message);
    QCOMPARE(text.title, QStringLiteral("The port range is not valid"));
    QVERIFY2(text.explanation.contains(QLatin1String("rule number 2 of the request (its PortRange)")) &&
                 text.explanation.contains(QLatin1String("none of the rules in that request was changed")),
             qPrintable(text.explanation));
    installTranslations(QStringLiteral("zh_CN"));
    const ErrorText zh = ErrorCatalog::describeCode(QStringLiteral("InvalidPortRange.Malformed"), message);
    QVERIFY2(zh.explanation.contains(QStringLiteral("第 2 条规则")) &&
                 zh.explanation.contains(QLatin1String("PortRange")),
             qPrintable(zh.explanation));
    // A one-rule message names no rule, and nothing is added.
    installTranslations(QStringLiteral("en"));
    QVERIFY(!ErrorCatalog::describeCode(QStringLiteral("InvalidPortRange.Malformed"),
                                        QStringLiteral("The specified parameter \"PortRange\" is not valid."))
                 .explanation.contains(QLatin1String("refused rule")));
}

void TestErrorCatalog::unknownCodeKeepsTheServerWords()
{
    for (const char *language : {"en", "zh_CN"}) {
        installTranslations(QLatin1String(language));
        const ErrorText text = ErrorCatalog::describeCode(QStringLiteral("Some.NewCode"),
                                                          QStringLiteral("Something new happened."));
        QVERIFY(!text.known);
        QVERIFY(text.explanation.contains(QLatin1String("Some.NewCode")));
        QVERIFY(text.explanation.contains(QLatin1String("Something new happened.")));
    }
}

void TestErrorCatalog::transportFailures()
{
    for (const char *language : {"en", "zh_CN"}) {
        installTranslations(QLatin1String(language));
        QSet<QString> titles;
        for (const ErrorKind kind : {ErrorKind::Network, ErrorKind::Timeout, ErrorKind::Tls,
                                     ErrorKind::HttpStatus, ErrorKind::MalformedBody, ErrorKind::Cancelled}) {
            ApiResult result;
            result.errorKind = kind;
            result.networkError = QNetworkReply::ConnectionRefusedError;
            const ErrorText text = ErrorCatalog::describe(result);
            QVERIFY(!text.title.isEmpty());
            QVERIFY(!text.explanation.isEmpty());
            titles.insert(text.title);
        }
        QCOMPARE(titles.size(), 6);
        for (const auto error : {QNetworkReply::ConnectionRefusedError, QNetworkReply::HostNotFoundError,
                                 QNetworkReply::SslHandshakeFailedError,
                                 QNetworkReply::ProxyConnectionRefusedError, QNetworkReply::TimeoutError})
            QVERIFY(!ErrorCatalog::networkErrorText(error).isEmpty());
    }
}

void TestErrorCatalog::unshippedLanguageFallsBackToEnglish()
{
    QCOMPARE(installTranslations(QStringLiteral("fr_FR")), QStringLiteral("en"));
    // English plural forms come from the English file.
    QCOMPARE(QCoreApplication::translate("clm::ui::PreflightDialog", "Link %Ln instance(s)", nullptr, 1),
             QStringLiteral("Link 1 instance"));
    QCOMPARE(QCoreApplication::translate("clm::ui::PreflightDialog", "Link %Ln instance(s)", nullptr, 3),
             QStringLiteral("Link 3 instances"));
    // Counts are written the way the language groups digits.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(QCoreApplication::translate("clm::ui::PreflightDialog", "Link %Ln instance(s)", nullptr, 1000),
             QStringLiteral("Link 1,000 instances"));
    QVERIFY(installTranslations(QStringLiteral("zh_CN")).startsWith(QLatin1String("zh")));
    QCOMPARE(QCoreApplication::translate("clm::ui::PreflightDialog", "Link %Ln instance(s)", nullptr, 3),
             QStringLiteral("连接 3 个实例"));
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
