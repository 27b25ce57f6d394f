#include "globaloptions.h"

#include "api/endpoints.h"
#include "commandregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace clm::cli {

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::GlobalOptions)

public:
    Parser()
    {
        parser.setApplicationDescription(
            tr("Link Alibaba Cloud classic-network ECS instances to VPCs from the command line.") +
            QStringLiteral("\n\n") + tr("Commands:") + u'\n' + CommandRegistry::instance().helpText() +
            u'\n' +
            tr("The AccessKey secret is read from ALIBABA_CLOUD_ACCESS_KEY_SECRET or, with --secret-stdin, "
               "from standard input; never from a flag.") +
            u'\n' +
            tr("Exit codes: 0 all succeeded, 1 a service error, 2 usage, 3 network or TLS, 4 scan: some "
               "regions could not be read (they are listed)."));
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        manCommands.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions(options());
    }

    // Every global option but --help and --version (which the parser adds itself), in --help's order.
    QList<QCommandLineOption> options() const
    {
        return {profile, keyId,  secretStdin, region, endpoint, signatureVersion, method,     output,
                lang,    dryRun, timestamp,   nonce,  timeout,  selfTest,         manCommands};
    }

    QCommandLineParser parser;
    const QCommandLineOption help{parser.addHelpOption()};
    const QCommandLineOption version{parser.addVersionOption()};
    const QCommandLineOption profile{QStringLiteral("profile"),
                                     tr("Use a saved account; its secret comes from the keychain."),
                                     QStringLiteral("NAME")};
    const QCommandLineOption keyId{QStringLiteral("access-key-id"),
                                   tr("The AccessKey ID (default: ALIBABA_CLOUD_ACCESS_KEY_ID)."),
                                   QStringLiteral("ID")};
    const QCommandLineOption secretStdin{
        QStringLiteral("secret-stdin"),
        tr("Read the AccessKey secret from the first line of standard input.")};
    const QCommandLineOption region{QStringLiteral("region"),
                                    tr("The region ID (default: ALIBABA_CLOUD_REGION_ID)."),
                                    QStringLiteral("ID")};
    const QCommandLineOption endpoint{
        QStringLiteral("endpoint"), tr("Send every request to this endpoint (the sandbox, a private cloud)."),
        QStringLiteral("URL")};
    const QCommandLineOption signatureVersion{QStringLiteral("signature-version"),
                                              tr("v2 or v3 (default v3)."), QStringLiteral("VERSION")};
    const QCommandLineOption method{QStringLiteral("method"), tr("GET or POST (default POST)."),
                                    QStringLiteral("METHOD")};
    const QCommandLineOption output{QStringLiteral("output"), tr("table, json or csv (default table)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table")};
    const QCommandLineOption lang{QStringLiteral("lang"), tr("The language of messages, for example zh_CN."),
                                  QStringLiteral("LANG")};
    const QCommandLineOption dryRun{QStringLiteral("dry-run"),
                                    tr("Print the signed requests instead of sending them.")};
    const QCommandLineOption timestamp{QStringLiteral("timestamp"),
                                       tr("With --dry-run: sign with this time (YYYY-MM-DDTHH:MM:SSZ)."),
                                       QStringLiteral("TIME")};
    const QCommandLineOption nonce{QStringLiteral("nonce"), tr("With --dry-run: sign with this nonce."),
                                   QStringLiteral("STRING")};
    const QCommandLineOption timeout{QStringLiteral("timeout"),
                                     tr("Seconds to wait for each answer (default 30)."),
                                     QStringLiteral("SECONDS")};
    const QCommandLineOption selfTest{QStringLiteral("self-test"), tr("Check the installation and exit.")};
    QCommandLineOption manCommands{QStringLiteral("man-commands")};
};

} // namespace

bool GlobalOptions::isGlobalOption(const QString &name)
{
    const Parser p;
    const QList<QCommandLineOption> options = QList<QCommandLineOption>{p.help, p.version} + p.options();
    return std::any_of(options.cbegin(), options.cend(),
                       [&name](const QCommandLineOption &option) { return option.names().contains(name); });
}

QString GlobalOptions::helpText()
{
    return Parser().parser.helpText();
}

ClientSettings GlobalOptions::forAccount(ClientSettings settings, const Account &account) const
{
    if (endpoint.isEmpty())
        settings.endpointOverride = account.endpointOverride;
    if (!signatureVersion)
        settings.signatureVersion = account.signatureVersion;
    return settings;
}

std::optional<GlobalOptions> GlobalOptions::parse(const QStringList &arguments, QString *error)
{
    Parser p;
    QCommandLineParser &parser = p.parser;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    GlobalOptions o;
    if (parser.isSet(p.help)) {
        o.mode = Mode::Help;
        return o;
    }
    if (parser.isSet(p.version)) {
        o.mode = Mode::Version;
        return o;
    }
    if (parser.isSet(p.selfTest)) {
        o.mode = Mode::SelfTest;
        return o;
    }
    if (parser.isSet(p.manCommands)) {
        o.mode = Mode::ManCommands;
        return o;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = Parser::tr("No command given. Run with --help to see the commands.");
        return std::nullopt;
    }
    o.command = positional.first();
    o.commandArguments = positional.mid(1);

    const QString outputName = parser.value(p.output).toLower();
    if (outputName == QLatin1String("json"))
        o.format = OutputFormat::Json;
    else if (outputName == QLatin1String("csv"))
        o.format = OutputFormat::Csv;
    else if (outputName == QLatin1String("table"))
        o.format = OutputFormat::Table;
    else {
        *error = Parser::tr("--output must be table, json or csv.");
        return std::nullopt;
    }
    o.profile = parser.value(p.profile);
    o.accessKeyId = parser.value(p.keyId);
    o.secretFromStdin = parser.isSet(p.secretStdin);
    if (!o.profile.isEmpty() && (parser.isSet(p.keyId) || o.secretFromStdin)) {
        *error = Parser::tr("--profile cannot be combined with --access-key-id or --secret-stdin.");
        return std::nullopt;
    }
    o.regionGiven = parser.isSet(p.region);
    o.regionId = parser.value(p.region);
    if (o.regionGiven && !Endpoints::isWellFormedRegionId(o.regionId)) {
        *error = Parser::tr("\"%1\" is not a region ID; region IDs look like cn-hangzhou.").arg(o.regionId);
        return std::nullopt;
    }
    if (parser.isSet(p.endpoint)) {
        o.endpoint = Endpoints::parseEndpoint(parser.value(p.endpoint), error);
        if (o.endpoint.isEmpty())
            return std::nullopt;
    }
    if (parser.isSet(p.signatureVersion)) {
        const auto version = signatureVersionFromName(parser.value(p.signatureVersion));
        if (!version) {
            *error = Parser::tr("--signature-version must be v2 or v3.");
            return std::nullopt;
        }
        o.signatureVersion = *version;
    }
    if (parser.isSet(p.method)) {
        const QString name = parser.value(p.method).toUpper();
        if (name != QLatin1String("GET") && name != QLatin1String("POST")) {
            *error = Parser::tr("--method must be GET or POST.");
            return std::nullopt;
        }
        o.method = name == QLatin1String("GET") ? HttpMethod::Get : HttpMethod::Post;
    }
    if (parser.isSet(p.timeout)) {
        bool ok = false;
        o.timeoutSeconds = parser.value(p.timeout).toInt(&ok);
        if (!ok || o.timeoutSeconds < 1 || o.timeoutSeconds > 3600) {
            *error = Parser::tr("--timeout expects a number of seconds between 1 and 3600.");
            return std::nullopt;
        }
    }
    o.dryRun = parser.isSet(p.dryRun);
    if (parser.isSet(p.timestamp) || parser.isSet(p.nonce)) {
        if (!o.dryRun) {
            *error = Parser::tr("--timestamp and --nonce are only for --dry-run.");
            return std::nullopt;
        }
        if (parser.isSet(p.timestamp)) {
            o.timestamp =
                QDateTime::fromString(parser.value(p.timestamp), QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
            o.timestamp.setTimeSpec(Qt::UTC);
            if (!o.timestamp.isValid()) {
                *error = Parser::tr("--timestamp expects YYYY-MM-DDTHH:MM:SSZ.");
                return std::nullopt;
            }
        }
        o.nonce = parser.value(p.nonce);
    }
    return o;
}

} // namespace clm::cli
