// The performance harness (issue "fast at 10,000 instances"): drives the real client against
// `ecs-sandbox --generate` and prints one line per figure, medians over several runs, with the sandbox's
// latency and rate limit stated. The figures are not judged (no time limit passes or fails), but a figure
// from runs that did not do their job is no figure: any failed request, incomplete overview or unfilled
// table makes it exit 1 (the benchmark_smoke test runs it with --quick).
//
//   clm-bench [--runs N] [--instances N] [--vpcs N] [--links N] [--latency-ms N] [--rate N] [--parallel N]
//             [--batch N] [--skip-sequential] [--quick]
#include "api/networksettings.h"
#include "cloud/classiclinkbatch.h"
#include "cloud/inventory.h"
#include "commandlinetool.h"
#include "credentials/profile.h"
#include "mainwindow.h"
#include "session/overviewreport.h"
#include "session/workspace.h"
#include "testca.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace clm;
using clm::cli::CommandLineTool;

namespace {

QElapsedTimer g_sinceStart;
int g_failedFigures = 0; // figures measured on runs that failed

struct Options
{
    int runs = 3;
    int instances = 10000;
    int vpcs = 1000;
    int links = 2000;
    int latencyMs = 50;
    double rate = 100;
    int parallel = 6;
    int batch = 1000;
    bool sequential = true;
    bool overview = true;
    bool onlyOverview = false;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Runs an event loop, as the app does, until `done` or the timeout. (processEvents with a time limit would
// ignore WaitForMoreEvents and spin, taking a core from the threads being measured.)
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// The sandbox runs as its own process, as the issue asks: its work does not share our event loop.
class SandboxProcess
{
public:
    bool start(const QString &program, const QStringList &arguments)
    {
        m_process.start(program, arguments);
        if (!m_process.waitForStarted() || !waitFor([this] { return m_process.canReadLine(); }, 60000))
            return false;
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        m_url = QUrl(line.mid(10));
        return line.startsWith(QLatin1String("LISTENING "));
    }
    ~SandboxProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QUrl url() const { return m_url; }
    void trust(const QList<QSslCertificate> &roots)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(roots);
    }
    QJsonObject control(const char *path, bool post)
    {
        QNetworkRequest request(m_url.resolved(QUrl(QLatin1String(path))));
        if (m_url.scheme() == QLatin1String("https"))
            request.setSslConfiguration(m_tls);
        QNetworkReply *reply = post ? m_network.post(request, QByteArray()) : m_network.get(request);
        waitFor([reply] { return reply->isFinished(); }, 60000);
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return object;
    }
    int totalRequests()
    {
        int total = 0;
        const QJsonObject requests =
            control("/_sandbox/state", false).value(QLatin1String("requests")).toObject();
        for (auto it = requests.begin(); it != requests.end(); ++it)
            total += it.value().toInt();
        return total;
    }

private:
    QSslConfiguration m_tls;
    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_url;
};

ClientSettings clientSettings(const QUrl &endpoint, int parallel, double rate)
{
    ClientSettings settings;
    settings.endpointOverride = endpoint;
    settings.maxInFlight = parallel;
    settings.ratePerSecond = rate;
    settings.timeoutMs = 60000;
    return settings;
}

const Credentials kAdmin{QStringLiteral("sandbox-admin"), QStringLiteral("sandbox-admin-secret"), {}};

struct Timed
{
    double seconds = 0;
    int requests = 0;
    int failures = 0;
};

// `runs` runs of `once`: the median time, the requests of one run and the failures of all.
Timed medianOf(int runs, const std::function<Timed()> &once)
{
    QList<double> times;
    Timed all;
    for (int run = 0; run < runs; ++run) {
        const Timed timed = once();
        times.append(timed.seconds);
        all.requests = timed.requests;
        all.failures += timed.failures;
    }
    all.seconds = median(times);
    return all;
}

Timed timeInventory(SandboxProcess &sandbox, int parallel, double rate)
{
    sandbox.control("/_sandbox/reset", true);
    const int before = sandbox.totalRequests();
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setCredentials(kAdmin);
    client.setSettings(clientSettings(sandbox.url(), parallel, rate));
    CloudClient cloud(&client);
    Inventory inventory(&cloud);
    bool done = false;
    int failures = 0;
    QObject::connect(&inventory, &Inventory::loaded, [&] { done = true; });
    QObject::connect(&inventory, &Inventory::failed, [&](const ApiResult &) {
        ++failures;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    inventory.load(QStringLiteral("cn-hangzhou"));
    waitFor([&done] { return done; }, 30 * 60 * 1000);
    Timed timed{timer.nsecsElapsed() / 1e9, 0, failures};
    timed.requests = sandbox.totalRequests() - before; // the control path is not counted
    if (inventory.instances().isEmpty())
        timed.failures = 1;
    return timed;
}

// `classiclink ARGUMENTS` in this process, as a user runs it against the sandbox (the saved network settings
// give it the harness's requests in flight and rate): its time and requests, a failure when it exits non-0.
Timed timeCommand(SandboxProcess &sandbox, const QStringList &arguments)
{
    sandbox.control("/_sandbox/reset", true);
    const int before = sandbox.totalRequests();
    QString out, err, in;
    QTextStream outStream(&out), errStream(&err), inStream(&in);
    CommandLineTool tool(outStream, errStream, inStream);
    int exitCode = -1;
    QObject::connect(&tool, &CommandLineTool::finished, [&exitCode](int code) { exitCode = code; });
    QElapsedTimer timer;
    timer.start();
    tool.run(QStringList{QStringLiteral("classiclink"), QStringLiteral("--endpoint"),
                         sandbox.url().toString(), QStringLiteral("--region"),
                         QStringLiteral("cn-hangzhou")} +
             arguments);
    waitFor([&exitCode] { return exitCode >= 0; }, 30 * 60 * 1000);
    Timed timed{timer.nsecsElapsed() / 1e9, sandbox.totalRequests() - before, exitCode == 0 ? 0 : 1};
    if (exitCode != 0)
        say(QStringLiteral("classiclink %1 failed: %2").arg(arguments.join(u' '), err.left(300)));
    return timed;
}

struct OverviewTimed
{
    double seconds = 0;
    double bound = 0; // the slowest account's lower bound
    int requests = 0;
    int emptyRegionRequests = 0; // what the regions without classic instances cost
    int emptyRegions = 0;
    int classic = 0;
    int throttled = 0; // answered Throttling by the sandbox (and retried by the client)
    bool complete = false;
};

// The fleet overview of `accounts` generated accounts (keys sandbox-admin, sandbox-admin-2, ...): every
// account's regions in parallel, each account through its own client and rate limit. The lower bound is
// the slowest account's: its requests at the rate limit, or at `parallel` in flight with the latency.
OverviewTimed timeOverview(SandboxProcess &sandbox, int accounts, const Options &o)
{
    sandbox.control("/_sandbox/reset", true);
    QNetworkAccessManager network;
    FleetOverview overview(
        &network, [&](const Account &) { return clientSettings(sandbox.url(), o.parallel, o.rate); });
    QList<Account> list;
    for (int a = 1; a <= accounts; ++a) {
        Account account;
        account.name = a == 1 ? QStringLiteral("sandbox-admin") : QStringLiteral("sandbox-admin-%1").arg(a);
        account.credentials = Credentials{account.name, account.name + QStringLiteral("-secret"), {}};
        list.append(account);
    }
    bool done = false;
    QObject::connect(&overview, &FleetOverview::finished, [&done] { done = true; });
    QElapsedTimer timer;
    timer.start();
    overview.start(list, {}, nullptr, {});
    waitFor([&done] { return done; }, 30 * 60 * 1000);
    OverviewTimed timed;
    timed.seconds = timer.nsecsElapsed() / 1e9;
    timed.complete = overview.isComplete();
    for (const AccountScan &scan : overview.scans()) {
        timed.classic += OverviewReport::totals(scan).classic;
        for (const ScanCell &cell : scan.scan->cells())
            timed.emptyRegions += cell.instances.isEmpty();
    }
    timed.emptyRegionRequests = 2 * timed.emptyRegions; // the count, and the DryRun that confirms it
    const QJsonObject state = sandbox.control("/_sandbox/state", false);
    timed.throttled = state.value(QLatin1String("throttled")).toInt();
    const QJsonObject byAccount = state.value(QLatin1String("requestsByAccount")).toObject();
    for (auto it = byAccount.begin(); it != byAccount.end(); ++it) {
        const int requests = it.value().toInt();
        timed.requests += requests;
        timed.bound =
            std::max({timed.bound, requests / o.rate, requests * o.latencyMs / 1000.0 / o.parallel});
    }
    return timed;
}

Timed timeBatch(SandboxProcess &sandbox, const Options &o)
{
    sandbox.control("/_sandbox/reset", true);
    const int before = sandbox.totalRequests();
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setCredentials(kAdmin);
    client.setSettings(clientSettings(sandbox.url(), o.parallel, o.rate));
    CloudClient cloud(&client);
    // Unlinked instances (the generator links the first `links`), split over two ClassicLink VPCs so no
    // quota is reached.
    QStringList first, second;
    for (int i = 0; i < o.batch; ++i)
        (i % 2 ? second : first).append(QStringLiteral("i-gen%1").arg(o.links + i, 6, 10, QLatin1Char('0')));
    ClassicLinkBatch a(&cloud, ClassicLinkBatch::Kind::Attach, QStringLiteral("cn-hangzhou"),
                       QStringLiteral("vpc-gen00000"), first);
    ClassicLinkBatch b(&cloud, ClassicLinkBatch::Kind::Attach, QStringLiteral("cn-hangzhou"),
                       QStringLiteral("vpc-gen00002"), second);
    // As in the application: every state is written to an operation log and synced before it is sent.
    QTemporaryDir logs;
    QString error;
    for (ClassicLinkBatch *batch : {&a, &b}) {
        if (!batch->createLog(logs.path(), QStringLiteral("bench"), kAdmin.accessKeyId,
                              sandbox.url().toString(), &error))
            qFatal("%s", qUtf8Printable(error));
    }
    QElapsedTimer timer;
    timer.start();
    a.start();
    b.start();
    waitFor([&] { return a.isFinished() && b.isFinished(); }, 30 * 60 * 1000);
    Timed timed{timer.nsecsElapsed() / 1e9, 0, 0};
    for (const ClassicLinkBatch *batch : {&a, &b}) {
        for (const Operation &operation : batch->operations())
            timed.failures += operation.state == OperationState::Succeeded ? 0 : 1;
    }
    timed.requests = sandbox.totalRequests() - before;
    return timed;
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// One desktop measurement in a fresh process: start to window shown, time until both tables are
// filled at zero latency, the longest stall of the UI thread meanwhile, and resident memory after.
// The sandbox is another process (its URL comes as an argument), so the UI thread does only the app's work.
int desktopProbe(int argc, char *argv[], const Options &o, const QUrl &sandboxUrl, const QString &caPath)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLinkBench"));
    QNetworkAccessManager network;
    Workspace workspace(&network);
    Account account;
    account.name = QStringLiteral("Sandbox");
    account.source = Account::Source::Sandbox;
    account.credentials = kAdmin;
    account.defaultRegion = QStringLiteral("cn-hangzhou");
    account.endpointOverride = sandboxUrl;
    QElapsedTimer stallClock;
    qint64 lastTick = 0;
    qint64 longestStallNs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = stallClock.nsecsElapsed();
        longestStallNs = std::max(longestStallNs, now - lastTick - 5'000'000);
        lastTick = now;
    });
    bool filled = false;
    double filledMs = 0;
    QElapsedTimer fill;
    double firstRowsMs = -1;
    QObject::connect(&workspace, &Workspace::instancesArrived, [&](int loaded) {
        if (firstRowsMs < 0 && loaded > 0)
            firstRowsMs = fill.nsecsElapsed() / 1e6;
    });
    // The UI thread's own CPU time during the load: unlike the wall clock, it does not depend on what else
    // this machine runs, so it shows a change in the app's work where the wall clock is too noisy to.
    const auto threadCpuMs = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
    };
    double cpuAtStart = 0;
    double fillCpuMs = 0;
    QObject::connect(&workspace, &Workspace::inventoryLoaded, [&] {
        filledMs = fill.nsecsElapsed() / 1e6;
        fillCpuMs = threadCpuMs() - cpuAtStart;
        filled = true;
    });
    ui::MainWindow window(&workspace, nullptr, {account}, nullptr);
    // The sandbox's certificate is trusted as a TLS-inspecting network's CA would be (network settings).
    ClientSettings settings;
    settings.extraCaCertificates = QSslCertificate::fromPath(caPath);
    workspace.setClientSettings(settings);
    fill.start();
    cpuAtStart = threadCpuMs();
    window.show();
    waitFor(
        [&window] {
            return window.isVisible() && window.windowHandle() && window.windowHandle()->isExposed();
        },
        10000);
    const double shownMs = g_sinceStart.nsecsElapsed() / 1e6;
    // The load has begun (regions, then the inventory); watch the UI thread from here.
    stallClock.start();
    ticker.start(5);
    waitFor([&filled] { return filled; }, 120000);
    QCoreApplication::processEvents(); // let the views lay out what arrived
    ticker.stop();
    const auto *instances = window.findChild<QTableView *>(QStringLiteral("instanceView"));
    const auto *vpcs = window.findChild<QTableView *>(QStringLiteral("vpcView"));
    const bool tablesFilled =
        instances && vpcs && instances->model()->rowCount() == o.instances && vpcs->model()->rowCount() > 0;
    say(QStringLiteral("{\"shownMs\":%1,\"filledMs\":%2,\"stallMs\":%3,\"rssKiB\":%4,\"ok\":%5,"
                       "\"firstRowsMs\":%6,\"fillCpuMs\":%7}")
            .arg(shownMs, 0, 'f', 1)
            .arg(filledMs, 0, 'f', 1)
            .arg(std::max<qint64>(0, longestStallNs) / 1e6, 0, 'f', 1)
            .arg(residentKiB())
            .arg(tablesFilled ? QStringLiteral("true") : QStringLiteral("false"))
            .arg(firstRowsMs, 0, 'f', 1)
            .arg(fillCpuMs, 0, 'f', 1));
    return tablesFilled ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    Options o;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        auto next = [&] {
            return i + 1 < argc ? QByteArray(argv[++i]) : QByteArray();
        };
        if (arg == "--runs")
            o.runs = next().toInt();
        else if (arg == "--instances")
            o.instances = next().toInt();
        else if (arg == "--vpcs")
            o.vpcs = next().toInt();
        else if (arg == "--links")
            o.links = next().toInt();
        else if (arg == "--latency-ms")
            o.latencyMs = next().toInt();
        else if (arg == "--rate")
            o.rate = next().toDouble();
        else if (arg == "--parallel")
            o.parallel = next().toInt();
        else if (arg == "--batch")
            o.batch = next().toInt();
        else if (arg == "--skip-sequential")
            o.sequential = false;
        else if (arg == "--skip-overview")
            o.overview = false;
        else if (arg == "--overview-only")
            o.onlyOverview = true;
        else if (arg == "--quick")
            o = Options{1, 600, 40, 100, 5, 200, 6, 100, false, true, false};
        else if (arg == "--desktop-probe")
            i += 2; // and its URL and CA: the harness starting itself, handled below
        else {
            const bool help = arg == "--help" || arg == "-h";
            std::fprintf(
                help ? stdout : stderr,
                "%sUsage: clm-bench [--runs N] [--instances N] [--vpcs N] [--links N] [--latency-ms N]\n"
                "                 [--rate REQ_PER_S] [--parallel N] [--batch N] [--skip-sequential] "
                "[--skip-overview] [--overview-only] [--quick]\n"
                "Measures inventory loading, batch attach, the fleet overview of 3 accounts x 25 regions\n"
                "and the desktop's start, fill and stalls\n"
                "against ecs-sandbox --generate, and prints medians. It takes minutes; --quick is a\n"
                "smoke run.\n",
                help ? "" : "clm-bench: unknown option\n");
            return help ? 0 : 2;
        }
    }
    for (int i = 1; i + 2 < argc; ++i) {
        if (QByteArray(argv[i]) == "--desktop-probe")
            return desktopProbe(argc, argv, o, QUrl(QString::fromLocal8Bit(argv[i + 1])),
                                QString::fromLocal8Bit(argv[i + 2]));
    }

    // The command-line rows save network settings: into a folder of the harness's own, never the user's.
    QTemporaryDir configHome;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLinkBench"));
    const QString generate =
        QStringLiteral("instances=%1,vpcs=%2,links=%3,seed=1").arg(o.instances).arg(o.vpcs).arg(o.links);
    say(QStringLiteral(
            "account: %1 classic instances, %2 VPCs (half with ClassicLink), %3 links; sandbox latency %4 "
            "ms, "
            "rate limit %5 requests/s; client: %6 parallel requests, %5 requests/s; medians over %7 run(s)")
            .arg(o.instances)
            .arg(o.vpcs)
            .arg(o.links)
            .arg(o.latencyMs)
            .arg(o.rate)
            .arg(o.parallel)
            .arg(o.runs));

    SandboxProcess sandbox;
    if (!sandbox.start(QStringLiteral(ECS_SANDBOX_PATH),
                       {QStringLiteral("--generate"), generate, QStringLiteral("--latency-ms"),
                        QString::number(o.latencyMs), QStringLiteral("--rate"), QString::number(o.rate)})) {
        say(QStringLiteral("error: ecs-sandbox did not start"));
        return 1;
    }
    auto bound = [&o](int requests) {
        return std::max(requests / o.rate, requests * o.latencyMs / 1000.0 / o.parallel);
    };

    if (!o.onlyOverview) {
        const Timed inventoryRuns =
            medianOf(o.runs, [&] { return timeInventory(sandbox, o.parallel, o.rate); });
        const double inventory = inventoryRuns.seconds;
        say(QStringLiteral("inventory: median %1 s, %2 requests, lower bound %3 s, ratio %4, failures %5")
                .arg(inventory, 0, 'f', 2)
                .arg(inventoryRuns.requests)
                .arg(bound(inventoryRuns.requests), 0, 'f', 2)
                .arg(inventory / bound(inventoryRuns.requests), 0, 'f', 3)
                .arg(inventoryRuns.failures));
        g_failedFigures += inventoryRuns.failures > 0;
        if (o.sequential) {
            const Timed sequential = timeInventory(sandbox, 1, 0);
            g_failedFigures += sequential.failures > 0;
            say(QStringLiteral(
                    "inventory one request after another: %1 s, %2 requests; parallel is %3x faster")
                    .arg(sequential.seconds, 0, 'f', 2)
                    .arg(sequential.requests)
                    .arg(sequential.seconds / inventory, 0, 'f', 2));
        }

        // The command line, on the same region: each command's own requests, at the same limits.
        NetworkSettings network;
        network.maxParallel = o.parallel;
        network.rateLimit = o.rate;
        network.save(*openSettings());
        qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", kAdmin.accessKeyId.toUtf8());
        qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", kAdmin.accessKeySecret.toUtf8());
        for (const char *command : {"instances", "vpcs"}) {
            const Timed cli =
                medianOf(o.runs, [&] { return timeCommand(sandbox, {QLatin1String(command)}); });
            say(QStringLiteral(
                    "classiclink %1: median %2 s, %3 requests, lower bound %4 s, ratio %5, failures %6")
                    .arg(QLatin1String(command))
                    .arg(cli.seconds, 0, 'f', 2)
                    .arg(cli.requests)
                    .arg(bound(cli.requests), 0, 'f', 2)
                    .arg(cli.seconds / bound(cli.requests), 0, 'f', 3)
                    .arg(cli.failures));
            g_failedFigures += cli.failures > 0;
        }
        openSettings()->clear(); // the desktop probe measures the application's defaults

        const Timed batch = medianOf(o.runs, [&] { return timeBatch(sandbox, o); });
        say(QStringLiteral("batch attach of %1 instances: median %2 s, %3 requests, lower bound %4 s, ratio "
                           "%5, failures %6")
                .arg(o.batch)
                .arg(batch.seconds, 0, 'f', 2)
                .arg(batch.requests)
                .arg(bound(batch.requests), 0, 'f', 2)
                .arg(batch.seconds / bound(batch.requests), 0, 'f', 3)
                .arg(batch.failures));
        g_failedFigures += batch.failures > 0;
    }
    if (o.overview) {
        // Three accounts, 25 regions each, classic instances in 5 of them: the generated fleet spread evenly.
        const int accounts = 3;
        const QString fleet =
            QStringLiteral("instances=%1,vpcs=30,links=%2,seed=1,regions=5,listed=25,accounts=%3")
                .arg(o.instances)
                .arg(o.links)
                .arg(accounts);
        SandboxProcess fleetSandbox;
        if (!fleetSandbox.start(QStringLiteral(ECS_SANDBOX_PATH),
                                {QStringLiteral("--generate"), fleet, QStringLiteral("--latency-ms"),
                                 QString::number(o.latencyMs), QStringLiteral("--rate"),
                                 QString::number(o.rate)})) {
            say(QStringLiteral("error: ecs-sandbox did not start"));
            return 1;
        }
        QList<double> times, ratios;
        OverviewTimed last;
        for (int run = 0; run < o.runs; ++run) {
            last = timeOverview(fleetSandbox, accounts, o);
            times.append(last.seconds);
            ratios.append(last.seconds / last.bound);
        }
        g_failedFigures += !last.complete || last.classic != o.instances; // the generator spreads them
        say(QStringLiteral(
                "overview of %1 accounts x 25 regions (%2 classic instances in all, in 5 regions of each "
                "account; rate limit %3 requests/s per account): median %4 s, %5 requests, lower bound %6 s, "
                "ratio "
                "%7; %8 regions without classic instances cost %9 requests (a count and a DryRun "
                "each), the %10 others %11; every cell read: %12, classic instances found: %13, throttled: "
                "%14")
                .arg(accounts)
                .arg(o.instances)
                .arg(o.rate)
                .arg(median(times), 0, 'f', 2)
                .arg(last.requests)
                .arg(last.bound, 0, 'f', 2)
                .arg(median(ratios), 0, 'f', 3)
                .arg(last.emptyRegions)
                .arg(last.emptyRegionRequests)
                .arg(accounts * 25 - last.emptyRegions)
                .arg(last.requests - last.emptyRegionRequests)
                .arg(last.complete ? QStringLiteral("yes") : QStringLiteral("no"))
                .arg(last.classic)
                .arg(last.throttled));
    }

    auto verdict = [] {
        if (g_failedFigures == 0)
            return 0;
        say(QStringLiteral("error: %1 figure(s) above come from runs that failed").arg(g_failedFigures));
        return 1;
    };
    if (o.onlyOverview)
        return verdict();
    // Zero latency, no rate limit, and HTTPS as the cloud speaks it: over plain HTTP, Qt 6.4 reads each
    // byte of an answer's headers with a system call of its own, which the cloud's answers never cost.
    clm::test::TestCa ca;
    if (const QString error = ca.make(); !error.isEmpty()) {
        say(QStringLiteral("error: %1").arg(error));
        return 1;
    }
    SandboxProcess fastSandbox;
    fastSandbox.trust(QSslCertificate::fromPath(ca.path("ca.pem")));
    if (!fastSandbox.start(QStringLiteral(ECS_SANDBOX_PATH),
                           {QStringLiteral("--generate"), generate, QStringLiteral("--tls-cert"),
                            ca.path("server.pem"), QStringLiteral("--tls-key"), ca.path("server.key")})) {
        say(QStringLiteral("error: ecs-sandbox did not start"));
        return 1;
    }
    QList<double> shown, firstRows, filled, fillCpu, stall, rss;
    for (int run = 0; run < o.runs; ++run) {
        QProcess probe;
        QStringList arguments = QCoreApplication::arguments().mid(1);
        arguments << QStringLiteral("--desktop-probe") << fastSandbox.url().toString() << ca.path("ca.pem");
        probe.start(QCoreApplication::applicationFilePath(), arguments);
        probe.waitForFinished(180000);
        const QJsonObject figures = QJsonDocument::fromJson(probe.readAllStandardOutput().trimmed()).object();
        if (!figures.value(QLatin1String("ok")).toBool()) {
            say(QStringLiteral("desktop: the probe failed: %1")
                    .arg(QString::fromUtf8(probe.readAllStandardError()).left(300)));
            return 1;
        }
        shown.append(figures.value(QLatin1String("shownMs")).toDouble());
        firstRows.append(figures.value(QLatin1String("firstRowsMs")).toDouble());
        filled.append(figures.value(QLatin1String("filledMs")).toDouble());
        fillCpu.append(figures.value(QLatin1String("fillCpuMs")).toDouble());
        stall.append(figures.value(QLatin1String("stallMs")).toDouble());
        rss.append(figures.value(QLatin1String("rssKiB")).toDouble() / 1024.0);
    }
    say(QStringLiteral("desktop start to main window shown: median %1 ms").arg(median(shown), 0, 'f', 1));
    say(QStringLiteral("desktop first instances on screen (zero latency): median %1 ms")
            .arg(median(firstRows), 0, 'f', 1));
    say(QStringLiteral("desktop both tables filled (%1 instances, zero latency): median %2 ms")
            .arg(o.instances)
            .arg(median(filled), 0, 'f', 1));
    say(QStringLiteral("desktop UI-thread CPU time during that load: median %1 ms")
            .arg(median(fillCpu), 0, 'f', 1));
    say(QStringLiteral("desktop longest UI-thread stall during that load: median %1 ms")
            .arg(median(stall), 0, 'f', 1));
    say(QStringLiteral("desktop resident memory afterwards: median %1 MB").arg(median(rss), 0, 'f', 1));
    return verdict();
}
