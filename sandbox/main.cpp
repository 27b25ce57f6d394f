// ecs-sandbox: a local ECS/VPC endpoint. Parses the command line and starts a SandboxServer.
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

using namespace clm::sandbox;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "ecs-sandbox: " << message << Qt::endl;
    return 2;
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecs-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local stand-in for the Alibaba Cloud ECS and VPC API endpoints."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption fixture(QStringLiteral("fixture"),
                                     QStringLiteral("Load the account from a JSON fixture."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption generate(
        QStringLiteral("generate"), QStringLiteral("Generate large accounts."),
        QStringLiteral("instances=N,vpcs=M,links=K,seed=S,regions=R,listed=L,accounts=A"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (default 127.0.0.1:0, a free port)."),
                                    QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate."),
                                     QStringLiteral("PEM"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM private key of --tls-cert."),
                                    QStringLiteral("PEM"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay every answer."),
                                     QStringLiteral("N[,JITTER]"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Answer Throttling above this many requests per second."),
                                  QStringLiteral("REQ_PER_S"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault: KIND[:ACTION][/REGION][@PROBABILITY][#COUNT]; KIND is one of "
                       "internal-error, unavailable, throttle, drop-before, drop-after, truncate, "
                       "malformed, slow, partial (a security group call applies half of its rules, then the "
                       "connection drops). Repeatable."),
        QStringLiteral("SPEC"));
    const QCommandLineOption tokensOnly(
        QStringLiteral("tokens-only"),
        QStringLiteral("DescribeInstances refuses PageNumber/PageSize, as an endpoint that only pages with "
                       "NextToken/MaxResults."));
    const QCommandLineOption clockOffset(
        QStringLiteral("clock-offset-minutes"),
        QStringLiteral("Pretend the server clock is off by this many minutes."), QStringLiteral("N"));
    const QCommandLineOption recordRequests(
        QStringLiteral("record-requests"),
        QStringLiteral("Append every signed API request to FILE as a JSON line (product, action, parameters "
                       "without the signature)."),
        QStringLiteral("FILE"));
    const QCommandLineOption listActions(
        QStringLiteral("list-actions"),
        QStringLiteral("Print every action served, as \"Action ecs\" or \"Action vpc\" lines, and exit."));
    parser.addOptions({fixture, generate, listen, tlsCert, tlsKey, latency, rate, fault, tokensOnly,
                       clockOffset, listActions, recordRequests});
    parser.process(app);
    if (parser.isSet(listActions)) {
        QTextStream(stdout) << SandboxActions::served().join(u'\n') << Qt::endl;
        return 0;
    }

    SandboxServer server;
    QString error;
    if (parser.isSet(fixture) && parser.isSet(generate))
        return fail(QStringLiteral("use either --fixture or --generate"));
    if (parser.isSet(fixture)) {
        const QByteArray json = readFile(parser.value(fixture), &error);
        if (error.isEmpty())
            error = server.setFixture(json);
        if (!error.isEmpty())
            return fail(QStringLiteral("fixture %1: %2").arg(parser.value(fixture), error));
    } else if (parser.isSet(generate)) {
        GenerateSpec spec;
        if (!SandboxState::parseGenerateSpec(parser.value(generate), spec, &error))
            return fail(QStringLiteral("--generate: ") + error);
        server.setGenerated(spec);
    }
    if (parser.isSet(latency)) {
        const QStringList parts = parser.value(latency).split(u',');
        bool ok = true, jitterOk = true;
        const int ms = parts.value(0).toInt(&ok);
        const int jitter = parts.size() > 1 ? parts.at(1).toInt(&jitterOk) : 0;
        if (!ok || !jitterOk || ms < 0 || jitter < 0)
            return fail(QStringLiteral("--latency-ms expects N or N,JITTER"));
        server.setLatency(ms, jitter);
    }
    if (parser.isSet(rate)) {
        bool ok = false;
        const double perSecond = parser.value(rate).toDouble(&ok);
        if (!ok || perSecond <= 0)
            return fail(QStringLiteral("--rate expects a positive number"));
        server.setRate(perSecond);
    }
    for (const QString &spec : parser.values(fault)) {
        const auto rule = FaultRule::parse(spec, &error);
        if (!rule)
            return fail(error);
        server.addFault(*rule);
    }
    server.setPageNumbers(!parser.isSet(tokensOnly));
    if (parser.isSet(recordRequests) && !server.setRequestRecord(parser.value(recordRequests)))
        return fail(QStringLiteral("cannot write %1").arg(parser.value(recordRequests)));
    if (parser.isSet(clockOffset))
        server.setClockOffsetSecs(parser.value(clockOffset).toLongLong() * 60);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCert)) {
        const QByteArray certificate = readFile(parser.value(tlsCert), &error);
        const QByteArray key = error.isEmpty() ? readFile(parser.value(tlsKey), &error) : QByteArray();
        if (!error.isEmpty())
            return fail(error);
        if (!server.enableTls(QSslCertificate(certificate), QSslKey(key, QSsl::Rsa)) &&
            !server.enableTls(QSslCertificate(certificate), QSslKey(key, QSsl::Ec)))
            return fail(QStringLiteral("the TLS certificate or key could not be read"));
    }

    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listenText.mid(colon + 1).toUInt(&portOk);
    QString host = listenText.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address =
        host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen expects ADDRESS:PORT, for example 127.0.0.1:8080"));
    if (!server.start(address, quint16(port)))
        return fail(QStringLiteral("cannot listen on %1").arg(listenText));

    QTextStream out(stdout);
    out << "LISTENING " << server.baseUrl().toString() << Qt::endl;
    for (const SandboxState *account : server.accounts()) {
        for (const AccessKey &key : account->keys) {
            out << "ACCESS-KEY " << key.id << ' ' << (key.permission == Permission::Full ? "full" : "none")
                << (key.securityToken.isEmpty() ? "" : " sts") << " account=" << account->accountId;
            if (!key.deniedRegions.isEmpty())
                out << " denied=" << key.deniedRegions.join(u',');
            out << Qt::endl;
        }
    }
    out.flush();
    return app.exec();
}
