#include "commandlinetool.h"

#include "api/networksettings.h"
#include "cloud/linkbatch.h"
#include "credentials/credentials.h"
#include "diagnostics/selftest.h"
#include "errors/errorcatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

#include <cstdio>
#include <iostream>
#include <string>

namespace clm::cli {

struct CommandLineTool::Options
{
    QString command;
    QStringList positional;
    QString regionId;
    OutputFormat format = OutputFormat::Table;
    bool dryRun = false;
    SigningOptions signing;
    // command options
    QString status;
    bool classicLinkOnly = false;
    QString vpcId;
    QString instanceId;
    Product product = Product::Ecs;
    QString apiVersion;
    QString profileName;
    bool regionGiven = false;
    bool signatureGiven = false;
    bool endpointGiven = false;
    // profiles add
    QString newKeyId;
    QString colour;
    bool withToken = false;
    bool settleOnly = false;
};

CommandLineTool::CommandLineTool(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

CommandLineTool::~CommandLineTool() = default;

void CommandLineTool::finishWith(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    emit finished(code);
}

int CommandLineTool::exitCodeFor(const ApiResult &result)
{
    switch (result.errorKind) {
    case ErrorKind::None:
        return ExitOk;
    case ErrorKind::Network:
    case ErrorKind::Tls:
    case ErrorKind::Timeout:
        return ExitNetwork;
    default:
        return ExitServiceError;
    }
}

void CommandLineTool::printFailure(const ApiResult &result, const QString &subject)
{
    const ErrorText text = ErrorCatalog::describe(result);
    const QString prefix = subject.isEmpty() ? QString() : subject + QStringLiteral(": ");
    m_err << prefix << tr("Error: %1").arg(text.title) << '\n';
    if (!text.explanation.isEmpty())
        m_err << "  " << text.explanation << '\n';
    if (!text.remedy.isEmpty())
        m_err << "  " << text.remedy << '\n';
    const QStringList facts = ErrorCatalog::facts(result);
    for (const QString &fact : facts)
        m_err << "  " << fact << '\n';
    m_err.flush();
}

bool CommandLineTool::parse(const QStringList &arguments, QString &error)
{
    m_options = std::make_unique<Options>();
    Options &o = *m_options;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Link Alibaba Cloud classic-network ECS instances to VPCs from the command line.\n\n"
           "Commands:\n"
           "  regions\n"
           "  instances [--status S]\n"
           "  vpcs [--classiclink-only]\n"
           "  links [--vpc ID] [--instance ID]\n"
           "  attach --vpc ID INSTANCE…\n"
           "  detach --vpc ID INSTANCE…\n"
           "  batches                      (attach and detach batches that did not finish)\n"
           "  resume BATCH [--settle-only] (reads back, then sends what is not done yet)\n"
           "  enable-classiclink VPC\n"
           "  disable-classiclink VPC\n"
           "  call ACTION [Key=Value …] [--product ecs|vpc] [--api-version V]\n"
           "  profiles list | show NAME | remove NAME\n"
           "  profiles add NAME --access-key-id ID [--region R] [--endpoint URL] [--sts]\n"
           "      (reads the secret, and with --sts the token, from standard input)\n\n"
           "The AccessKey secret is read from ALIBABA_CLOUD_ACCESS_KEY_SECRET or, with "
           "--secret-stdin, from standard input; never from a flag."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption keyId(QStringLiteral("access-key-id"),
                                   tr("The AccessKey ID (default: ALIBABA_CLOUD_ACCESS_KEY_ID)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Use a saved account; its secret comes from the keychain."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption secretStdin(
        QStringLiteral("secret-stdin"),
        tr("Read the AccessKey secret from the first line of standard input."));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("The region ID (default: ALIBABA_CLOUD_REGION_ID)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"), tr("Send every request to this endpoint (the sandbox, a private cloud)."),
        QStringLiteral("URL"));
    const QCommandLineOption signatureVersion(QStringLiteral("signature-version"),
                                              tr("v2 or v3 (default v3)."), QStringLiteral("VERSION"),
                                              QStringLiteral("v3"));
    const QCommandLineOption method(QStringLiteral("method"), tr("GET or POST (default POST)."),
                                    QStringLiteral("METHOD"), QStringLiteral("POST"));
    const QCommandLineOption output(QStringLiteral("output"), tr("table or json (default table)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The language of messages, for example zh_CN."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print the signed request instead of sending it."));
    const QCommandLineOption timestamp(QStringLiteral("timestamp"),
                                       tr("With --dry-run: sign with this time (YYYY-MM-DDTHH:MM:SSZ)."),
                                       QStringLiteral("TIME"));
    const QCommandLineOption nonce(QStringLiteral("nonce"), tr("With --dry-run: sign with this nonce."),
                                   QStringLiteral("STRING"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"), tr("Check the installation and exit."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for each answer (default 30)."),
                                     QStringLiteral("SECONDS"));
    parser.addOptions({profile, keyId, secretStdin, region, endpoint, signatureVersion, method, output, lang,
                       dryRun, timestamp, nonce, timeout, selfTest});

    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        finishWith(ExitOk);
        return true;
    }
    if (parser.isSet(version)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        finishWith(ExitOk);
        return true;
    }
    if (parser.isSet(selfTest)) {
        finishWith(runSelfTest());
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        error = tr("No command given. Run with --help to see the commands.");
        return false;
    }
    o.command = positional.first();

    // Command options follow the command.
    QCommandLineParser sub;
    const QCommandLineOption status(QStringLiteral("status"), QString(), QStringLiteral("S"));
    const QCommandLineOption classicLinkOnly(QStringLiteral("classiclink-only"));
    const QCommandLineOption vpc(QStringLiteral("vpc"), QString(), QStringLiteral("ID"));
    const QCommandLineOption instance(QStringLiteral("instance"), QString(), QStringLiteral("ID"));
    const QCommandLineOption product(QStringLiteral("product"), QString(), QStringLiteral("PRODUCT"),
                                     QStringLiteral("ecs"));
    const QCommandLineOption apiVersion(QStringLiteral("api-version"), QString(), QStringLiteral("V"));
    const QCommandLineOption newKeyId(QStringLiteral("access-key-id"), QString(), QStringLiteral("ID"));
    const QCommandLineOption newRegion(QStringLiteral("region"), QString(), QStringLiteral("ID"));
    const QCommandLineOption newEndpoint(QStringLiteral("endpoint"), QString(), QStringLiteral("URL"));
    const QCommandLineOption colour(QStringLiteral("colour"), QString(), QStringLiteral("#RRGGBB"));
    const QCommandLineOption sts(QStringLiteral("sts"));
    const QCommandLineOption settleOnly(QStringLiteral("settle-only"));
    const QMap<QString, QStringList> commandOptions{
        {QStringLiteral("regions"), {}},
        {QStringLiteral("instances"), {QStringLiteral("status")}},
        {QStringLiteral("vpcs"), {QStringLiteral("classiclink-only")}},
        {QStringLiteral("links"), {QStringLiteral("vpc"), QStringLiteral("instance")}},
        {QStringLiteral("attach"), {QStringLiteral("vpc")}},
        {QStringLiteral("detach"), {QStringLiteral("vpc")}},
        {QStringLiteral("enable-classiclink"), {}},
        {QStringLiteral("disable-classiclink"), {}},
        {QStringLiteral("batches"), {}},
        {QStringLiteral("resume"), {QStringLiteral("settle-only")}},
        {QStringLiteral("call"), {QStringLiteral("product"), QStringLiteral("api-version")}},
        {QStringLiteral("profiles"),
         {QStringLiteral("access-key-id"), QStringLiteral("region"), QStringLiteral("endpoint"),
          QStringLiteral("colour"), QStringLiteral("sts")}},
    };
    if (!commandOptions.contains(o.command)) {
        error = tr("Unknown command \"%1\". Run with --help to see the commands.").arg(o.command);
        return false;
    }
    sub.addOptions({status, classicLinkOnly, vpc, instance, product, apiVersion, newKeyId, newRegion,
                    newEndpoint, colour, sts, settleOnly});
    if (!sub.parse(QStringList{o.command} + positional.mid(1))) {
        error = sub.errorText();
        return false;
    }
    for (const QString &name : sub.optionNames()) {
        if (!commandOptions.value(o.command).contains(name)) {
            error = tr("The option --%1 does not apply to \"%2\". Global options go before the command.")
                        .arg(name, o.command);
            return false;
        }
    }
    o.positional = sub.positionalArguments();
    o.status = sub.value(status);
    o.classicLinkOnly = sub.isSet(classicLinkOnly);
    o.vpcId = sub.value(vpc);
    o.instanceId = sub.value(instance);
    o.apiVersion = sub.value(apiVersion);
    o.settleOnly = sub.isSet(settleOnly);
    const QString outputName = parser.value(output).toLower();
    if (outputName != QLatin1String("table") && outputName != QLatin1String("json")) {
        error = tr("--output must be table or json.");
        return false;
    }
    o.format = outputName == QLatin1String("json") ? OutputFormat::Json : OutputFormat::Table;
    if (o.command == QLatin1String("batches"))
        return true; // reads the operation logs only
    if (o.command == QLatin1String("profiles")) {
        o.newKeyId = sub.value(newKeyId);
        o.regionId = sub.value(newRegion);
        o.colour = sub.value(colour);
        o.withToken = sub.isSet(sts);
        if (sub.isSet(newEndpoint)) {
            m_profileEndpoint = QUrl(sub.value(newEndpoint), QUrl::StrictMode);
            if (!Endpoints::isAllowedEndpoint(m_profileEndpoint)) {
                error = tr("The endpoint \"%1\" is not usable: give an https:// URL (plain http:// only for "
                           "this computer's "
                           "own addresses).")
                            .arg(sub.value(newEndpoint));
                return false;
            }
        }
        return true; // profiles needs no credentials
    }
    if (sub.isSet(product)) {
        const QString name = sub.value(product).toLower();
        if (name != QLatin1String("ecs") && name != QLatin1String("vpc")) {
            error = tr("--product must be ecs or vpc.");
            return false;
        }
        o.product = name == QLatin1String("vpc") ? Product::Vpc : Product::Ecs;
    }

    // Global settings: the saved network settings first, flags on top.
    const NetworkSettings network = NetworkSettings::load(*openSettings());
    QString caError;
    ClientSettings settings = network.clientSettings(&caError);
    if (!caError.isEmpty()) {
        error = caError;
        return false;
    }
    m_proxyMode = network;
    o.profileName = parser.value(profile);
    o.regionGiven = parser.isSet(region);
    o.signatureGiven = parser.isSet(signatureVersion);
    o.endpointGiven = parser.isSet(endpoint);
    if (!o.profileName.isEmpty() && (parser.isSet(keyId) || parser.isSet(secretStdin))) {
        error = tr("--profile cannot be combined with --access-key-id or --secret-stdin.");
        return false;
    }
    Credentials credentials = credentialsFromEnvironment();
    if (parser.isSet(keyId))
        credentials.accessKeyId = parser.value(keyId);
    if (parser.isSet(secretStdin)) {
        std::string line;
        std::getline(std::cin, line);
        credentials.accessKeySecret = QString::fromStdString(line).trimmed();
    }
    if (o.profileName.isEmpty() && credentials.accessKeyId.isEmpty()) {
        error = tr("No AccessKey ID: use --profile, --access-key-id or set ALIBABA_CLOUD_ACCESS_KEY_ID.");
        return false;
    }
    if (o.profileName.isEmpty() && credentials.accessKeySecret.isEmpty()) {
        error = tr("No AccessKey secret: set ALIBABA_CLOUD_ACCESS_KEY_SECRET or use --secret-stdin.");
        return false;
    }
    m_client.setCredentials(credentials);
    o.regionId = parser.isSet(region) ? parser.value(region) : regionFromEnvironment();

    if (parser.isSet(endpoint)) {
        settings.endpointOverride = QUrl(parser.value(endpoint), QUrl::StrictMode);
        if (!Endpoints::isAllowedEndpoint(settings.endpointOverride)) {
            error = tr("The endpoint \"%1\" is not usable: give an https:// URL (plain http:// only for this "
                       "computer's "
                       "own addresses).")
                        .arg(parser.value(endpoint));
            return false;
        }
    }
    const QString sigVersion = parser.value(signatureVersion).toLower();
    if (sigVersion != QLatin1String("v2") && sigVersion != QLatin1String("v3")) {
        error = tr("--signature-version must be v2 or v3.");
        return false;
    }
    if (parser.isSet(signatureVersion))
        settings.signatureVersion =
            sigVersion == QLatin1String("v2") ? SignatureVersion::V2 : SignatureVersion::V3;
    const QString methodName = parser.value(method).toUpper();
    if (methodName != QLatin1String("GET") && methodName != QLatin1String("POST")) {
        error = tr("--method must be GET or POST.");
        return false;
    }
    settings.method = methodName == QLatin1String("GET") ? HttpMethod::Get : HttpMethod::Post;
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            error = tr("--timeout expects a number of seconds between 1 and 3600.");
            return false;
        }
        settings.timeoutMs = seconds * 1000;
    }
    m_client.setSettings(settings);

    o.dryRun = parser.isSet(dryRun);
    o.signing = SigningOptions{settings.signatureVersion, settings.method, {}, {}};
    if (parser.isSet(timestamp) || parser.isSet(nonce)) {
        if (!o.dryRun) {
            error = tr("--timestamp and --nonce are only for --dry-run.");
            return false;
        }
        if (parser.isSet(timestamp)) {
            o.signing.timestamp =
                QDateTime::fromString(parser.value(timestamp), QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
            o.signing.timestamp.setTimeSpec(Qt::UTC);
            if (!o.signing.timestamp.isValid()) {
                error = tr("--timestamp expects YYYY-MM-DDTHH:MM:SSZ.");
                return false;
            }
        }
        o.signing.nonce = parser.value(nonce);
    }

    const bool needsRegion = o.command != QLatin1String("regions") && o.command != QLatin1String("call") &&
                             o.command != QLatin1String("resume");
    if (needsRegion && o.regionId.isEmpty() && o.profileName.isEmpty()) {
        error = tr("This command needs a region: use --region or set ALIBABA_CLOUD_REGION_ID.");
        return false;
    }
    if (!o.regionId.isEmpty() && !Endpoints::isWellFormedRegionId(o.regionId)) {
        error = tr("\"%1\" is not a region ID; region IDs look like cn-hangzhou.").arg(o.regionId);
        return false;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"));
    QStringList ids = o.positional;
    if (!o.vpcId.isEmpty())
        ids << o.vpcId;
    if (!o.instanceId.isEmpty())
        ids << o.instanceId;
    if (o.command != QLatin1String("call")) {
        for (const QString &id : std::as_const(ids)) {
            if (!idPattern.match(id).hasMatch()) {
                error = tr("\"%1\" is not a valid resource ID.").arg(id);
                return false;
            }
        }
    }
    return true;
}

void CommandLineTool::run(const QStringList &arguments)
{
    QString error;
    if (!parse(arguments, error)) {
        m_err << QCoreApplication::applicationName() << ": " << error << '\n';
        finishWith(ExitUsage);
        return;
    }
    if (m_finished)
        return;
    if (m_options->command == QLatin1String("profiles"))
        return runProfiles();
    if (m_options->command == QLatin1String("batches"))
        return runBatches();
    const bool proxyNeedsPassword = (m_proxyMode.proxyMode == NetworkSettings::ProxyMode::Http ||
                                     m_proxyMode.proxyMode == NetworkSettings::ProxyMode::Socks5) &&
                                    !m_proxyMode.proxyUser.isEmpty();
    if (!proxyNeedsPassword) {
        m_proxyMode.applyProxy(&m_network, {});
        return start();
    }
    // The proxy password lives in the keychain, like the app's.
    directory()->secrets()->read(
        QLatin1String(NetworkSettings::kProxyPasswordKey), [this](const SecretStore::Result &result) {
            m_proxyMode.applyProxy(&m_network,
                                   result.status == SecretStore::Status::Ok ? result.secret : QString());
            start();
        });
}

void CommandLineTool::start()
{
    if (m_options->profileName.isEmpty())
        return execute();
    // A saved account: its secret comes from the keychain.
    const auto profile = ProfileStore::find(directory()->profiles(), m_options->profileName);
    if (!profile) {
        m_err << QCoreApplication::applicationName() << ": "
              << tr("There is no saved account named \"%1\".").arg(m_options->profileName) << '\n';
        return finishWith(ExitUsage);
    }
    directory()->resolve(*profile, [this, profile](SecretStore::Status status, const Account &account) {
        if (status != SecretStore::Status::Ok) {
            m_err << QCoreApplication::applicationName() << ": " << keychainProblem(status) << '\n';
            return finishWith(ExitUsage);
        }
        m_client.setCredentials(account.credentials);
        ClientSettings settings = m_client.settings();
        if (!m_options->endpointGiven)
            settings.endpointOverride = account.endpointOverride;
        if (!m_options->signatureGiven)
            settings.signatureVersion = account.signatureVersion;
        m_client.setSettings(settings);
        if (!m_options->regionGiven && m_options->regionId.isEmpty())
            m_options->regionId = account.defaultRegion;
        m_options->signing.version = settings.signatureVersion;
        execute();
    });
}

int CommandLineTool::runSelfTest()
{
    SelfTest test(m_out);
    test.checkCore();
    return test.finish() == 0 ? ExitOk : ExitServiceError;
}

AccountDirectory *CommandLineTool::directory()
{
    if (!m_directory)
        m_directory = std::make_unique<AccountDirectory>(
            new KeychainSecretStore(QStringLiteral("ClassicLink Manager"), this), openSettings());
    return m_directory.get();
}

QString CommandLineTool::keychainProblem(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::NotFound:
        return tr("The keychain has no secret for this account; add it again with \"profiles add\".");
    case SecretStore::Status::Unavailable:
        return tr("No keychain is available (no Secret Service or KWallet is running). Use "
                  "ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                  "or --secret-stdin instead.");
    case SecretStore::Status::Denied:
        return tr("Access to the keychain was denied.");
    default:
        return tr("The keychain failed; nothing was read or stored.");
    }
}

void CommandLineTool::runProfiles()
{
    const Options &o = *m_options;
    const QString sub = o.positional.value(0);
    const QString name = o.positional.value(1);
    const QList<Profile> profiles = directory()->profiles();
    if (sub == QLatin1String("list") || sub.isEmpty()) {
        Table table({QStringLiteral("Name"), QStringLiteral("AccessKeyId"), QStringLiteral("Region"),
                     QStringLiteral("Endpoint"), QStringLiteral("Signature")},
                    {tr("Name"), tr("AccessKey ID"), tr("Region"), tr("Endpoint"), tr("Signature")});
        for (const Profile &profile : profiles)
            table.addRow({profile.name, profile.accessKeyId, profile.defaultRegion,
                          profile.endpoint.toString(),
                          profile.signatureVersion == SignatureVersion::V2 ? QStringLiteral("v2")
                                                                           : QStringLiteral("v3")});
        table.print(m_out, o.format);
        return finishWith(ExitOk);
    }
    if (name.isEmpty() || o.positional.size() > 2) {
        m_err << QCoreApplication::applicationName() << ": "
              << tr("Usage: profiles list | show NAME | remove NAME | add NAME …") << '\n';
        return finishWith(ExitUsage);
    }
    const auto existing = ProfileStore::find(profiles, name);
    if (sub == QLatin1String("show") || sub == QLatin1String("remove")) {
        if (!existing) {
            m_err << QCoreApplication::applicationName() << ": "
                  << tr("There is no saved account named \"%1\".").arg(name) << '\n';
            return finishWith(ExitUsage);
        }
        if (sub == QLatin1String("show")) {
            Table table({QStringLiteral("Field"), QStringLiteral("Value")}, {tr("Field"), tr("Value")});
            table.addRow({tr("Name"), existing->name});
            table.addRow({tr("AccessKey ID"), existing->accessKeyId});
            table.addRow({tr("AccessKey secret"), tr("stored in the keychain")});
            table.addRow(
                {tr("STS token"), existing->hasSecurityToken ? tr("stored in the keychain") : tr("none")});
            table.addRow({tr("Region"), existing->defaultRegion});
            table.addRow({tr("Endpoint"), existing->endpoint.isEmpty() ? tr("public endpoints")
                                                                       : existing->endpoint.toString()});
            table.addRow({tr("Signature"), existing->signatureVersion == SignatureVersion::V2
                                               ? QStringLiteral("v2")
                                               : QStringLiteral("v3")});
            table.addRow({tr("Colour"), existing->colour});
            table.print(m_out, o.format);
            return finishWith(ExitOk);
        }
        directory()->remove(*existing, [this, name](SecretStore::Status status, const QString &) {
            if (status != SecretStore::Status::Ok) {
                m_err << QCoreApplication::applicationName() << ": " << keychainProblem(status) << '\n';
                return finishWith(ExitUsage);
            }
            m_out << tr("Removed the account \"%1\" and its secrets.").arg(name) << '\n';
            finishWith(ExitOk);
        });
        return;
    }
    if (sub != QLatin1String("add")) {
        m_err << QCoreApplication::applicationName() << ": "
              << tr("Usage: profiles list | show NAME | remove NAME | add NAME …") << '\n';
        return finishWith(ExitUsage);
    }
    Profile profile = existing ? *existing : ProfileStore::create(name);
    profile.accessKeyId = o.newKeyId;
    if (!o.regionId.isEmpty())
        profile.defaultRegion = o.regionId;
    profile.endpoint = m_profileEndpoint;
    profile.colour = o.colour;
    if (const QString problem = ProfileStore::validate(profile, profiles); !problem.isEmpty()) {
        m_err << QCoreApplication::applicationName() << ": " << problem << '\n';
        return finishWith(ExitUsage);
    }
    std::string line;
    std::getline(std::cin, line);
    const QString secret = QString::fromStdString(line).trimmed();
    QString token;
    if (o.withToken) {
        std::getline(std::cin, line);
        token = QString::fromStdString(line).trimmed();
    }
    if (secret.isEmpty() || (o.withToken && token.isEmpty())) {
        m_err << QCoreApplication::applicationName() << ": "
              << tr("Give the AccessKey secret on the first line of standard input (and with --sts the token "
                    "on the second).")
              << '\n';
        return finishWith(ExitUsage);
    }
    directory()->save(profile, secret, token, [this, name](SecretStore::Status status, const QString &) {
        if (status != SecretStore::Status::Ok) {
            m_err << QCoreApplication::applicationName() << ": " << keychainProblem(status) << ' '
                  << tr("The account was not saved.") << '\n';
            return finishWith(ExitUsage);
        }
        m_out << tr("Saved the account \"%1\"; its secret is in the keychain.").arg(name) << '\n';
        finishWith(ExitOk);
    });
}

void CommandLineTool::execute()
{
    const QString &command = m_options->command;
    if (command == QLatin1String("regions"))
        runRegions();
    else if (command == QLatin1String("instances"))
        runInstances();
    else if (command == QLatin1String("vpcs"))
        runVpcs();
    else if (command == QLatin1String("links"))
        runLinks();
    else if (command == QLatin1String("attach") || command == QLatin1String("detach"))
        runWrites(command == QLatin1String("attach"));
    else if (command == QLatin1String("enable-classiclink") ||
             command == QLatin1String("disable-classiclink"))
        runSwitch(command == QLatin1String("enable-classiclink"));
    else if (command == QLatin1String("resume"))
        runResume();
    else
        runCall();
}

bool CommandLineTool::dryRun(const QList<ApiRequest> &requests)
{
    if (!m_options->dryRun)
        return false;
    for (const ApiRequest &request : requests) {
        const QUrl endpoint = m_client.endpoints().endpointFor(request.product, request.regionId());
        m_out << signRequest(request, endpoint, m_client.credentials(), m_options->signing).displayText()
              << '\n';
    }
    finishWith(ExitOk);
    return true;
}

void CommandLineTool::runRegions()
{
    if (dryRun({ApiRequest{Product::Ecs, QStringLiteral("DescribeRegions"), {}, {}, false}}))
        return;
    const QString language =
        QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US");
    m_cloud.describeRegions(language, [this](const CloudResult<QList<Region>> &result) {
        if (!result.ok()) {
            printFailure(result.result);
            return finishWith(exitCodeFor(result.result));
        }
        Table table({QStringLiteral("RegionId"), QStringLiteral("LocalName"), QStringLiteral("Endpoint")},
                    {tr("Region"), tr("Name"), tr("Endpoint")});
        for (const Region &region : result.value)
            table.addRow({region.id, region.localName, region.endpoint});
        table.print(m_out, m_options->format);
        finishWith(ExitOk);
    });
}

void CommandLineTool::runInstances()
{
    const Options &o = *m_options;
    QMap<QString, QString> params{{QStringLiteral("RegionId"), o.regionId},
                                  {QStringLiteral("InstanceNetworkType"), QStringLiteral("classic")},
                                  {QStringLiteral("PageNumber"), QStringLiteral("1")},
                                  {QStringLiteral("PageSize"), QStringLiteral("100")}};
    if (!o.status.isEmpty())
        params.insert(QStringLiteral("Status"), o.status);
    if (dryRun({ApiRequest{Product::Ecs, QStringLiteral("DescribeInstances"), {}, params, false}}))
        return;
    m_cloud.describeInstances(
        o.regionId, o.status, [this](const CloudResult<QList<ClassicInstance>> &instances) {
            if (!instances.ok()) {
                printFailure(instances.result);
                return finishWith(exitCodeFor(instances.result));
            }
            QStringList ids;
            for (const ClassicInstance &instance : instances.value)
                ids << instance.id;
            auto print = [this, instances](const QHash<QString, QString> &linked) {
                Table table({QStringLiteral("InstanceId"), QStringLiteral("Name"), QStringLiteral("Status"),
                             QStringLiteral("Zone"), QStringLiteral("PrivateIp"), QStringLiteral("LinkedVpc"),
                             QStringLiteral("Locks")},
                            {tr("Instance"), tr("Name"), tr("Status"), tr("Zone"), tr("Private IP"),
                             tr("Linked VPC"), tr("Locks")});
                for (const ClassicInstance &instance : instances.value)
                    table.addRow({instance.id, instance.name, instance.status, instance.zoneId,
                                  instance.innerIpAddresses.join(u','), linked.value(instance.id),
                                  instance.lockReasons.join(u',')});
                table.print(m_out, m_options->format);
                finishWith(ExitOk);
            };
            if (ids.isEmpty())
                return print({});
            m_cloud.describeClassicLinks(m_options->regionId, {}, ids,
                                         [this, print](const CloudResult<QList<ClassicLink>> &links) {
                                             if (!links.ok()) {
                                                 printFailure(links.result);
                                                 return finishWith(exitCodeFor(links.result));
                                             }
                                             QHash<QString, QString> linked;
                                             for (const ClassicLink &link : links.value)
                                                 linked.insert(link.instanceId, link.vpcId);
                                             print(linked);
                                         });
        });
}

void CommandLineTool::runVpcs()
{
    const Options &o = *m_options;
    if (dryRun({ApiRequest{Product::Vpc,
                           QStringLiteral("DescribeVpcs"),
                           {},
                           {{QStringLiteral("RegionId"), o.regionId},
                            {QStringLiteral("PageNumber"), QStringLiteral("1")},
                            {QStringLiteral("PageSize"), QStringLiteral("50")}},
                           false}}))
        return;
    m_cloud.describeVpcs(o.regionId, [this](const CloudResult<QList<Vpc>> &vpcs) {
        if (!vpcs.ok()) {
            printFailure(vpcs.result);
            return finishWith(exitCodeFor(vpcs.result));
        }
        auto rows = std::make_shared<QList<Vpc>>(vpcs.value);
        auto remaining = std::make_shared<int>(int(rows->size()));
        auto failed = std::make_shared<bool>(false);
        auto print = [this, rows] {
            Table table({QStringLiteral("VpcId"), QStringLiteral("Name"), QStringLiteral("CidrBlock"),
                         QStringLiteral("ClassicLink")},
                        {tr("VPC"), tr("Name"), tr("CIDR block"), tr("ClassicLink")});
            for (const Vpc &vpc : std::as_const(*rows)) {
                if (m_options->classicLinkOnly && !vpc.classicLinkEnabled)
                    continue;
                table.addRow(
                    {vpc.id, vpc.name, vpc.cidrBlock,
                     vpc.classicLinkEnabled ? QStringLiteral("enabled") : QStringLiteral("disabled")});
            }
            table.print(m_out, m_options->format);
            finishWith(ExitOk);
        };
        if (rows->isEmpty())
            return print();
        for (qsizetype i = 0; i < rows->size(); ++i) {
            m_cloud.describeVpcAttribute(
                m_options->regionId, rows->at(i).id,
                [this, rows, remaining, failed, print, i](const CloudResult<Vpc> &attribute) {
                    if (*failed)
                        return;
                    if (!attribute.ok()) {
                        *failed = true;
                        printFailure(attribute.result, rows->at(i).id);
                        m_client.cancelAll();
                        return finishWith(exitCodeFor(attribute.result));
                    }
                    (*rows)[i].classicLinkEnabled = attribute.value.classicLinkEnabled;
                    if (--*remaining == 0)
                        print();
                });
        }
    });
}

void CommandLineTool::runLinks()
{
    const Options &o = *m_options;
    if (o.vpcId.isEmpty() && o.instanceId.isEmpty()) {
        m_err << QCoreApplication::applicationName() << ": " << tr("links needs --vpc or --instance.")
              << '\n';
        return finishWith(ExitUsage);
    }
    QMap<QString, QString> params{{QStringLiteral("RegionId"), o.regionId},
                                  {QStringLiteral("PageNumber"), QStringLiteral("1")},
                                  {QStringLiteral("PageSize"), QStringLiteral("100")}};
    if (!o.vpcId.isEmpty())
        params.insert(QStringLiteral("VpcId"), o.vpcId);
    if (!o.instanceId.isEmpty())
        params.insert(QStringLiteral("InstanceId"), o.instanceId);
    if (dryRun({ApiRequest{Product::Ecs, QStringLiteral("DescribeClassicLinkInstances"), {}, params, false}}))
        return;
    const QStringList ids = o.instanceId.isEmpty() ? QStringList() : QStringList{o.instanceId};
    m_cloud.describeClassicLinks(
        o.regionId, o.vpcId, ids, [this](const CloudResult<QList<ClassicLink>> &links) {
            if (!links.ok()) {
                printFailure(links.result);
                return finishWith(exitCodeFor(links.result));
            }
            Table table({QStringLiteral("InstanceId"), QStringLiteral("VpcId")}, {tr("Instance"), tr("VPC")});
            for (const ClassicLink &link : links.value)
                table.addRow({link.instanceId, link.vpcId});
            table.print(m_out, m_options->format);
            finishWith(ExitOk);
        });
}

void CommandLineTool::runWrites(bool attach)
{
    const Options &o = *m_options;
    if (o.vpcId.isEmpty() || o.positional.isEmpty()) {
        m_err << QCoreApplication::applicationName() << ": "
              << (attach ? tr("attach needs --vpc ID and at least one instance ID.")
                         : tr("detach needs --vpc ID and at least one instance ID."))
              << '\n';
        return finishWith(ExitUsage);
    }
    QStringList instanceIds = o.positional;
    instanceIds.removeDuplicates();
    QList<ApiRequest> requests;
    for (const QString &instanceId : std::as_const(instanceIds))
        requests << (attach ? CloudClient::attachRequest(o.regionId, instanceId, o.vpcId)
                            : CloudClient::detachRequest(o.regionId, instanceId, o.vpcId));
    if (dryRun(requests))
        return;

    const QString keyId = m_client.credentials().accessKeyId;
    const QString endpoint = LoggedBatch::endpointText(m_client.settings().endpointOverride);
    const QList<LoggedBatch> open = OperationLog::interrupted(OperationLog::defaultDirectory());
    const auto mine = std::count_if(open.cbegin(), open.cend(),
                                    [&](const LoggedBatch &b) { return b.belongsTo(keyId, endpoint); });
    if (mine > 0)
        m_err << tr("Note: %n earlier batch(es) of this account did not finish; \"batches\" lists them and "
                    "\"resume\" finishes one.",
                    nullptr, int(mine))
              << '\n';

    auto *batch = new LinkBatch(&m_cloud, attach ? LinkBatch::Kind::Attach : LinkBatch::Kind::Detach,
                                o.regionId, o.vpcId, instanceIds, this);
    QString error;
    if (!batch->createLog(OperationLog::defaultDirectory(), o.profileName.isEmpty() ? keyId : o.profileName,
                          keyId, endpoint, &error)) {
        m_err << QCoreApplication::applicationName() << ": " << error << '\n'
              << tr("Nothing was sent.") << '\n';
        return finishWith(ExitServiceError);
    }
    watchBatch(batch);
    batch->start();
}

void CommandLineTool::watchBatch(LinkBatch *batch)
{
    // A failed read-back leaves every open operation with the same answer: it is printed once.
    auto lastUnknown = std::make_shared<QString>();
    connect(batch, &LinkBatch::operationChanged, this, [this, lastUnknown](const Operation &operation) {
        if (!operation.isFinal() || operation.state == OperationState::Succeeded ||
            operation.state == OperationState::Cancelled)
            return;
        if (operation.state == OperationState::Unknown) {
            const ApiResult &r = operation.result;
            const QString key =
                QStringLiteral("%1|%2|%3|%4").arg(int(r.errorKind)).arg(r.code, r.requestId, r.diagnostic);
            if (key == *lastUnknown)
                return;
            *lastUnknown = key;
        }
        printFailure(operation.result,
                     operation.instanceId.isEmpty() ? operation.vpcId : operation.instanceId);
    });
    connect(batch, &LinkBatch::finished, this, [this, batch] {
        Table table({QStringLiteral("InstanceId"), QStringLiteral("VpcId"), QStringLiteral("Result"),
                     QStringLiteral("Code"), QStringLiteral("RequestId")},
                    {tr("Instance"), tr("VPC"), tr("Result"), tr("Code"), tr("RequestId")});
        int worst = ExitOk;
        for (const Operation &operation : batch->operations()) {
            QString outcome;
            switch (operation.state) {
            case OperationState::Succeeded:
                outcome = operation.settledByReadBack ? tr("succeeded (read back)") : tr("succeeded");
                break;
            case OperationState::Cancelled:
                outcome = tr("not sent");
                break;
            case OperationState::Failed:
                outcome = tr("failed");
                break;
            default:
                outcome = tr("outcome unknown");
                break;
            }
            if (operation.state != OperationState::Succeeded)
                worst = std::max(worst, operation.result.ok() ? int(ExitServiceError)
                                                              : exitCodeFor(operation.result));
            table.addRow({operation.instanceId, operation.vpcId, outcome, operation.result.code,
                          operation.result.requestId});
        }
        table.print(m_out, m_options->format);
        finishWith(worst);
    });
}

void CommandLineTool::runBatches()
{
    Table table({QStringLiteral("Batch"), QStringLiteral("Started"), QStringLiteral("Action"),
                 QStringLiteral("RegionId"), QStringLiteral("VpcId"), QStringLiteral("Finished"),
                 QStringLiteral("Total"), QStringLiteral("Account"), QStringLiteral("Endpoint")},
                {tr("Batch"), tr("Started"), tr("Action"), tr("Region"), tr("VPC"), tr("Finished"),
                 tr("Total"), tr("Account"), tr("Endpoint")});
    const QList<LoggedBatch> batches = OperationLog::interrupted(OperationLog::defaultDirectory());
    for (const LoggedBatch &batch : batches)
        table.addRow({batch.id.toString(QUuid::WithoutBraces), batch.created.toString(Qt::ISODate),
                      batch.action, batch.regionId, batch.vpcId, QString::number(batch.finishedCount()),
                      QString::number(batch.operations.size()), batch.accountName, batch.endpoint});
    if (batches.isEmpty() && m_options->format == OutputFormat::Table)
        m_out << tr("No interrupted batches.") << '\n';
    else
        table.print(m_out, m_options->format);
    finishWith(ExitOk);
}

void CommandLineTool::runResume()
{
    const Options &o = *m_options;
    if (o.positional.size() != 1 || o.positional.first().size() < 8) {
        m_err << QCoreApplication::applicationName() << ": "
              << tr("Give the ID of one interrupted batch (at least its first 8 characters); \"batches\" "
                    "lists them.")
              << '\n';
        return finishWith(ExitUsage);
    }
    const QString wanted = o.positional.first().toLower();
    const QList<LoggedBatch> batches = OperationLog::interrupted(OperationLog::defaultDirectory());
    QList<LoggedBatch> matches;
    for (const LoggedBatch &batch : batches) {
        if (batch.id.toString(QUuid::WithoutBraces).startsWith(wanted))
            matches.append(batch);
    }
    if (matches.size() != 1) {
        m_err << QCoreApplication::applicationName() << ": "
              << (matches.isEmpty() ? tr("No interrupted batch has the ID %1.").arg(wanted)
                                    : tr("More than one interrupted batch starts with %1.").arg(wanted))
              << '\n';
        return finishWith(ExitUsage);
    }
    const LoggedBatch &found = matches.first();
    const QString keyId = m_client.credentials().accessKeyId;
    const QString endpoint = LoggedBatch::endpointText(m_client.settings().endpointOverride);
    if (!found.belongsTo(keyId, endpoint)) {
        m_err << QCoreApplication::applicationName() << ": "
              << tr("Batch %1 was started with AccessKey ID %2 (%3); resume it with the same account and "
                    "endpoint.")
                     .arg(found.id.toString(QUuid::WithoutBraces), found.accessKeyId,
                          found.endpoint.isEmpty() ? tr("the cloud's endpoints") : found.endpoint)
              << '\n';
        return finishWith(ExitUsage);
    }
    QString error;
    LinkBatch *batch = LinkBatch::fromLog(&m_cloud, found.path, &error, this);
    if (!batch) {
        m_err << QCoreApplication::applicationName() << ": " << error << '\n';
        return finishWith(ExitServiceError);
    }
    watchBatch(batch);
    batch->resume(!o.settleOnly);
}

void CommandLineTool::runSwitch(bool enable)
{
    const Options &o = *m_options;
    if (o.positional.size() != 1) {
        m_err << QCoreApplication::applicationName() << ": " << tr("Give exactly one VPC ID.") << '\n';
        return finishWith(ExitUsage);
    }
    const QString vpcId = o.positional.first();
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const ApiRequest request{Product::Vpc,
                             enable ? QStringLiteral("EnableVpcClassicLink")
                                    : QStringLiteral("DisableVpcClassicLink"),
                             {},
                             {{QStringLiteral("RegionId"), o.regionId},
                              {QStringLiteral("VpcId"), vpcId},
                              {QStringLiteral("ClientToken"), token}},
                             true};
    if (dryRun({request}))
        return;
    auto done = [this, vpcId, enable](const ApiResult &result) {
        if (!result.ok()) {
            printFailure(result, vpcId);
            return finishWith(exitCodeFor(result));
        }
        m_out << (enable ? tr("ClassicLink is now enabled on %1.").arg(vpcId)
                         : tr("ClassicLink is now disabled on %1.").arg(vpcId))
              << ' ' << tr("RequestId: %1").arg(result.requestId) << '\n';
        finishWith(ExitOk);
    };
    if (enable)
        m_cloud.enableVpcClassicLink(o.regionId, vpcId, token, done);
    else
        m_cloud.disableVpcClassicLink(o.regionId, vpcId, token, done);
}

void CommandLineTool::runCall()
{
    const Options &o = *m_options;
    if (o.positional.isEmpty()) {
        m_err << QCoreApplication::applicationName() << ": " << tr("call needs an action name.") << '\n';
        return finishWith(ExitUsage);
    }
    ApiRequest request{o.product, o.positional.first(), o.apiVersion, {}, false};
    static const QRegularExpression readPrefix(QStringLiteral("^(Describe|List|Get|Query)"));
    request.isWrite = !readPrefix.match(request.action).hasMatch();
    for (const QString &pair : o.positional.mid(1)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            m_err << QCoreApplication::applicationName() << ": " << tr("\"%1\" is not Key=Value.").arg(pair)
                  << '\n';
            return finishWith(ExitUsage);
        }
        request.params.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (!o.regionId.isEmpty() && !request.params.contains(QStringLiteral("RegionId")))
        request.params.insert(QStringLiteral("RegionId"), o.regionId);
    if (dryRun({request}))
        return;
    ApiCall *call = m_client.send(request);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result.ok()) {
            printFailure(result);
            return finishWith(exitCodeFor(result));
        }
        m_out << QJsonDocument(result.body).toJson(QJsonDocument::Indented);
        finishWith(ExitOk);
    });
}

} // namespace clm::cli
