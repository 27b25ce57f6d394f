// The options that go before the command, parsed from the argument list alone: no file, no keychain,
// no standard input is touched here (the tool reads those afterwards, in that order).
#pragma once

#include "api/apiclient.h"
#include "credentials/account.h"
#include "output.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace clm::cli {

struct GlobalOptions
{
    enum class Mode
    {
        Run,
        Help,
        Version,
        SelfTest,
        ManCommands, // prints the man page's command list (the build uses it)
    };

    Mode mode = Mode::Run;
    QString command;
    QStringList commandArguments; // what follows the command's name
    QString profile;
    QString accessKeyId;
    bool secretFromStdin = false;
    QString regionId;
    bool regionGiven = false;
    QUrl endpoint; // empty when not given
    std::optional<SignatureVersion> signatureVersion;
    std::optional<HttpMethod> method;
    OutputFormat format = OutputFormat::Table;
    bool dryRun = false;
    QDateTime timestamp;    // --dry-run only
    QString nonce;          // --dry-run only
    int timeoutSeconds = 0; // 0: the saved setting

    // `settings` with a saved account's endpoint and signature version, where these options name none.
    ClientSettings forAccount(ClientSettings settings, const Account &account) const;

    // Nothing when the arguments are not usable; `error` says why (translated).
    static std::optional<GlobalOptions> parse(const QStringList &arguments, QString *error);
    // Whether `name` (without dashes) is one of the options that go before the command.
    static bool isGlobalOption(const QString &name);
    // The whole --help text: usage, the commands of the registry, the global options.
    static QString helpText();
};

} // namespace clm::cli
