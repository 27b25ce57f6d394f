#include "commandlinetool.h"

#include "api/endpoints.h"
#include "api/networksettingsservice.h"
#include "cloud/domaintext.h"
#include "commandregistry.h"
#include "credentials/credentials.h"
#include "credentials/profile.h"
#include "diagnostics/selftest.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace clm::cli {

CommandLineTool::CommandLineTool(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent)
    : QObject(parent)
    , m_context(out, err, in)
{
    connect(&m_context, &CommandContext::finished, this, &CommandLineTool::finished);
}

void CommandLineTool::run(const QStringList &arguments)
{
    QString error;
    const std::optional<GlobalOptions> options = GlobalOptions::parse(arguments, &error);
    if (!options)
        return m_context.usage(error);
    switch (options->mode) {
    case GlobalOptions::Mode::Help:
        m_context.out() << GlobalOptions::helpText();
        return m_context.finish(ExitOk);
    case GlobalOptions::Mode::Version:
        m_context.out() << QCoreApplication::applicationName() << ' '
                        << QCoreApplication::applicationVersion() << '\n';
        return m_context.finish(ExitOk);
    case GlobalOptions::Mode::SelfTest: {
        SelfTest test(m_context.out());
        test.checkCore();
        return m_context.finish(test.finish() == 0 ? ExitOk : ExitServiceError);
    }
    case GlobalOptions::Mode::ManCommands:
        m_context.out() << CommandRegistry::instance().manSection();
        return m_context.finish(ExitOk);
    case GlobalOptions::Mode::Run:
        break;
    }
    const Command *command = CommandRegistry::instance().find(options->command);
    if (!command)
        return m_context.usage(
            tr("Unknown command \"%1\". Run with --help to see the commands.").arg(options->command));
    m_context.options = *options;
    if (!parseCommandArguments(*command))
        return;
    if (command->needs() == Command::Needs::Nothing)
        return command->run(m_context);
    prepareAccount(*command);
}

bool CommandLineTool::parseCommandArguments(const Command &command)
{
    QCommandLineParser &parser = m_context.arguments;
    const QList<QCommandLineOption> options = command.options();
    parser.addOptions(options);
    if (!parser.parse(QStringList{command.name()} + m_context.options.commandArguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty() && GlobalOptions::isGlobalOption(unknown.first()))
            m_context.usage(
                tr("The option --%1 does not apply to \"%2\". Global options go before the command.")
                    .arg(unknown.first(), command.name()));
        else
            m_context.usage(parser.errorText());
        return false;
    }
    if (!command.takesResourceIds())
        return true;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"));
    QStringList ids = parser.positionalArguments();
    for (const QCommandLineOption &option : options) {
        if (option.valueName() == QLatin1String("ID") && parser.isSet(option))
            ids.append(parser.value(option));
    }
    for (const QString &id : std::as_const(ids)) {
        if (!idPattern.match(id).hasMatch()) {
            m_context.usage(tr("\"%1\" is not a valid resource ID.").arg(id));
            return false;
        }
    }
    return true;
}

void CommandLineTool::prepareAccount(const Command &command)
{
    const GlobalOptions &o = m_context.options;
    Credentials credentials = credentialsFromEnvironment();
    if (!o.accessKeyId.isEmpty())
        credentials.accessKeyId = o.accessKeyId;
    if (o.secretFromStdin)
        credentials.accessKeySecret = m_context.readSecret(tr("AccessKey secret:"));
    const bool ownAccounts = command.bringsAccounts(m_context.arguments);
    if (o.profile.isEmpty() && credentials.accessKeyId.isEmpty() && !ownAccounts)
        return m_context.usage(
            tr("No AccessKey ID: use --profile, --access-key-id or set ALIBABA_CLOUD_ACCESS_KEY_ID."));
    if (o.profile.isEmpty() && credentials.accessKeySecret.isEmpty() && !ownAccounts)
        return m_context.usage(
            tr("No AccessKey secret: set ALIBABA_CLOUD_ACCESS_KEY_SECRET or use --secret-stdin."));
    m_context.regionId = o.regionGiven ? o.regionId : regionFromEnvironment();

    // The saved network settings first (the proxy password from the keychain), the flags on top.
    auto *service = new NetworkSettingsService(m_context.network(), m_context.directory()->secrets(), this);
    service->apply(
        NetworkSettingsService::load(), this,
        [this, &command, credentials, service](const ClientSettings &settings, const QString &caError) {
            service->deleteLater();
            if (!caError.isEmpty())
                return m_context.usage(caError);
            configure(command, credentials, settings);
        });
}

void CommandLineTool::configure(const Command &command, Credentials credentials,
                                const ClientSettings &network)
{
    const GlobalOptions &o = m_context.options;
    ClientSettings settings = network;
    if (!o.endpoint.isEmpty())
        settings.endpointOverride = o.endpoint;
    if (o.signatureVersion)
        settings.signatureVersion = *o.signatureVersion;
    if (o.method)
        settings.method = *o.method;
    if (o.timeoutSeconds > 0)
        settings.timeoutMs = o.timeoutSeconds * 1000;
    auto start = [this, &command](const Credentials &credentials, const ClientSettings &settings) {
        if (command.needs() == Command::Needs::Region && m_context.regionId.isEmpty())
            return m_context.usage(
                tr("This command needs a region: use --region or set ALIBABA_CLOUD_REGION_ID."));
        if (!m_context.regionId.isEmpty() && !Endpoints::isWellFormedRegionId(m_context.regionId))
            return m_context.usage(
                tr("\"%1\" is not a region ID; region IDs look like cn-hangzhou.").arg(m_context.regionId));
        const QString host = settings.endpointOverride.host();
        if (!host.isEmpty() && !Endpoints::isLoopback(host) && !Endpoints::isAlibabaCloudHost(host))
            m_context.err()
                << tr("Note: requests are signed and sent to %1, which is not an Alibaba Cloud endpoint "
                      "(aliyuncs.com).")
                       .arg(host)
                << '\n';
        m_context.client()->setCredentials(credentials);
        m_context.client()->setSettings(settings);
        if (m_context.accountName.isEmpty())
            m_context.accountName = credentials.accessKeyId;
        command.run(m_context);
    };
    if (o.profile.isEmpty() || command.bringsAccounts(m_context.arguments))
        return start(credentials, settings);

    // A saved account: its secret comes from the keychain.
    const auto profile = ProfileStore::find(m_context.directory()->profiles(), o.profile);
    if (!profile)
        return m_context.usage(tr("There is no saved account named \"%1\".").arg(o.profile));
    m_context.directory()->resolve(
        *profile, this, [this, start, settings](SecretStore::Status status, const Account &account) {
            if (status != SecretStore::Status::Ok)
                return m_context.usage(
                    DomainText::sentences({SecretStore::statusText(status),
                                           tr("Add the account again with \"profiles add\", or use "
                                              "ALIBABA_CLOUD_ACCESS_KEY_SECRET or --secret-stdin.")}));
            const GlobalOptions &o = m_context.options;
            const ClientSettings resolved = o.forAccount(settings, account);
            if (!o.regionGiven && m_context.regionId.isEmpty())
                m_context.regionId = account.defaultRegion;
            m_context.accountName = account.name;
            start(account.credentials, resolved);
        });
}

} // namespace clm::cli
