// classiclink-manager: the desktop application. Parses the command line, picks the language, starts the
// in-process sandbox when asked, applies the network settings, and wires the Workspace to the MainWindow.
#include "announcer.h"
#include "credentials/accountdirectory.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "selftest.h"
#include "session/workspace.h"
#include "uistate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

#include <memory>

using namespace clm;

namespace {

// Starts the built-in sandbox on loopback and returns one account for each account it holds (its own
// first), each signing in with that account's first key.
QList<Account> startSandbox(std::unique_ptr<sandbox::SandboxServer> &server)
{
    if (!server) {
        auto candidate = std::make_unique<sandbox::SandboxServer>();
        if (!candidate->start())
            return {};
        server = std::move(candidate);
    }
    QList<Account> accounts;
    for (const sandbox::SandboxState *state : server->accounts()) {
        Account account;
        account.name = accounts.isEmpty()
                           ? QCoreApplication::translate("main", "Sandbox")
                           : QCoreApplication::translate("main", "Sandbox: %1").arg(state->accountName);
        account.source = Account::Source::Sandbox;
        account.credentials = Credentials{state->keys.first().id, state->keys.first().secret, {}};
        account.defaultRegion = QStringLiteral("cn-hangzhou");
        account.endpointOverride = server->baseUrl();
        accounts.append(account);
    }
    return accounts;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ui::Announcer::installAccessibility();
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLink"));
    QCoreApplication::setApplicationName(QStringLiteral("ClassicLink Manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CLM_APP_ID));

    QString language = languageFromArguments(app.arguments());
    if (language.isEmpty())
        language = ui::UiState::language();
    installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Link Alibaba Cloud classic-network ECS instances to VPCs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start on the built-in sandbox instead of a cloud account."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "The language of the interface, for example zh_CN."),
        QStringLiteral("LANG"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"), QCoreApplication::translate("main", "Check the installation and exit."));
    parser.addOptions({sandboxOption, langOption, selfTestOption});
    parser.process(app);
    if (parser.isSet(selfTestOption))
        return ui::runSelfTest();

    QNetworkAccessManager network;
    Workspace workspace(&network);
    std::unique_ptr<sandbox::SandboxServer> sandboxServer;

    // --sandbox means the sandbox and nothing else: no saved account, no environment account, so nothing
    // this session does can reach a real cloud account.
    const bool sandboxOnly = parser.isSet(sandboxOption);
    QList<Account> accounts;
    if (sandboxOnly) {
        accounts = startSandbox(sandboxServer);
        if (accounts.isEmpty()) {
            qCritical("%s", qPrintable(QCoreApplication::translate(
                                "main", "The built-in sandbox could not be started.")));
            return 1;
        }
    }
    const Credentials environment = credentialsFromEnvironment();
    if (!sandboxOnly && environment.isComplete()) {
        Account account;
        account.name = QCoreApplication::translate("main", "Environment");
        account.source = Account::Source::Environment;
        account.credentials = environment;
        account.defaultRegion = regionFromEnvironment();
        accounts.append(account);
    }

    KeychainSecretStore keychain;
    AccountDirectory directory(&keychain, openSettings());
    ui::MainWindow window(&workspace, sandboxOnly ? nullptr : &directory, accounts,
                          [&sandboxServer] { return startSandbox(sandboxServer); });
    window.show();
    return app.exec();
}
