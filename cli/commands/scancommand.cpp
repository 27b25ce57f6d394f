#include "api/endpoints.h"
#include "cloud/fleetscan.h"
#include "commandcontext.h"
#include "commands.h"
#include "credentials/accountdirectory.h"
#include "credentials/profile.h"
#include "errors/errorcatalog.h"
#include "output.h"

namespace clm::cli {

namespace {

struct AccountScan
{
    QString account;
    FleetScan *scan = nullptr; // null: the account's secret could not be read
    QString failure;
};

void report(CommandContext &context, const QList<AccountScan> &scans)
{
    const bool csv = context.options.format == OutputFormat::Csv;
    bool complete = true;
    if (csv) {
        // One row per classic instance, for spreadsheets and tickets.
        Table table({QStringLiteral("Account"), QStringLiteral("Region"), QStringLiteral("Zone"),
                     QStringLiteral("InstanceId"), QStringLiteral("Name"), QStringLiteral("Status"),
                     QStringLiteral("PrivateIp"), QStringLiteral("LinkedVpc"), QStringLiteral("Locks"),
                     QStringLiteral("Traffic")},
                    {});
        for (const AccountScan &scan : scans) {
            for (const ScanCell &cell : scan.scan ? scan.scan->cells() : QList<ScanCell>{}) {
                for (const ClassicInstance &i : cell.instances)
                    table.addRow({scan.account, cell.regionId, i.zoneId, i.id, i.name, i.status,
                                  i.innerIpAddresses.join(u' '), i.linkedVpcId, i.lockReasons.join(u' '),
                                  Traffic::text(cell.traffic.value(i.id, TrafficState::NotLinked))});
            }
        }
        table.print(context.out(), context.options.format);
    } else {
        Table table({QStringLiteral("Account"), QStringLiteral("Region"), QStringLiteral("Classic"),
                     QStringLiteral("Running"), QStringLiteral("Stopped"), QStringLiteral("Other"),
                     QStringLiteral("Linked"), QStringLiteral("NotLinked"), QStringLiteral("Locked"),
                     QStringLiteral("ClassicLinkVpcs"), QStringLiteral("TrafficBothWays"),
                     QStringLiteral("Read")},
                    {ScanCommand::tr("Account"), ScanCommand::tr("Region"), ScanCommand::tr("Classic"),
                     ScanCommand::tr("Running"), ScanCommand::tr("Stopped"), ScanCommand::tr("Other"),
                     ScanCommand::tr("Linked"), ScanCommand::tr("Not linked"), ScanCommand::tr("Locked"),
                     ScanCommand::tr("ClassicLink VPCs"), ScanCommand::tr("Traffic both ways"),
                     ScanCommand::tr("Read")});
        QList<int> overall(9, 0);
        for (const AccountScan &scan : scans) {
            QList<int> total(9, 0);
            for (const ScanCell &cell : scan.scan ? scan.scan->cells() : QList<ScanCell>{}) {
                const bool read = cell.state == ScanCell::State::Read;
                const QList<int> figures{int(cell.instances.size()),
                                         cell.count(InstanceStatus::Running),
                                         cell.count(InstanceStatus::Stopped),
                                         cell.otherStatus(),
                                         cell.linked(),
                                         int(cell.instances.size()) - cell.linked(),
                                         cell.locked(),
                                         cell.classicLinkVpcs,
                                         cell.trafficBothWays()};
                QStringList row{scan.account, cell.regionId};
                for (qsizetype i = 0; i < figures.size(); ++i) {
                    // An unread region has no figures: never a zero that looks like "none".
                    row.append(read ? QString::number(figures.at(i)) : QString());
                    total[i] += figures.at(i);
                    overall[i] += figures.at(i);
                }
                row.append(read ? ScanCommand::tr("yes")
                                : ScanCommand::tr("no: %1").arg(ErrorCatalog::describe(cell.failure).title));
                table.addRow(row);
            }
            QStringList row{scan.account, QStringLiteral("*")};
            for (int figure : std::as_const(total))
                row.append(QString::number(figure));
            row.append(scan.scan && scan.scan->isComplete() ? ScanCommand::tr("yes") : ScanCommand::tr("no"));
            table.addRow(row);
        }
        if (scans.size() > 1) {
            QStringList row{QStringLiteral("*"), QStringLiteral("*")};
            for (int figure : std::as_const(overall))
                row.append(QString::number(figure));
            table.addRow(row);
        }
        table.print(context.out(), context.options.format);
    }
    // What could not be read, and why: the figures above leave it out rather than count it as none.
    for (const AccountScan &scan : scans) {
        if (!scan.scan) {
            complete = false;
            context.err() << scan.account << ": " << ScanCommand::tr("not scanned: %1").arg(scan.failure)
                          << '\n';
            continue;
        }
        if (!scan.scan->regionsFailure().ok()) {
            complete = false;
            context.printFailure(scan.scan->regionsFailure(),
                                 ScanCommand::tr("%1: the regions could not be listed").arg(scan.account));
        }
        for (const ScanCell &cell : scan.scan->cells()) {
            if (cell.state == ScanCell::State::Read)
                continue;
            complete = false;
            const ErrorText text = ErrorCatalog::describe(cell.failure);
            context.err() << scan.account << ' ' << cell.regionId << ": "
                          << ScanCommand::tr("not read: %1").arg(text.title)
                          << (cell.failure.code.isEmpty() ? QString()
                                                          : QStringLiteral(" (%1)").arg(cell.failure.code))
                          << '\n';
        }
    }
    context.finish(complete ? ExitOk : ExitIncomplete);
}

} // namespace

QString ScanCommand::summary() const
{
    return tr(
        "Every region of one or more accounts: how many classic instances are left, how many are linked, "
        "locked, and allowed traffic. A region that could not be read is listed with the reason and "
        "makes the exit code 4.");
}

QList<QCommandLineOption> ScanCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("profiles"), tr("These saved accounts (comma-separated)."),
                               QStringLiteral("NAMES")),
            QCommandLineOption(QStringLiteral("all-profiles"), tr("Every saved account.")),
            QCommandLineOption(QStringLiteral("regions"),
                               tr("Only these regions (comma-separated); every region DescribeRegions lists "
                                  "without it."),
                               QStringLiteral("IDS"))};
}

bool ScanCommand::bringsAccounts(const QCommandLineParser &arguments) const
{
    return arguments.isSet(QStringLiteral("profiles")) || arguments.isSet(QStringLiteral("all-profiles"));
}

void ScanCommand::run(CommandContext &context) const
{
    const QStringList regions = context.listArgument(QStringLiteral("regions"));
    for (const QString &region : regions) {
        if (!Endpoints::isWellFormedRegionId(region))
            return context.usage(
                tr("\"%1\" is not a region ID; region IDs look like cn-hangzhou.").arg(region));
    }
    if (context.dryRun(FleetScan::firstRequests(regions), FleetScan::followingRequests()))
        return;
    auto scans = std::make_shared<QList<AccountScan>>();
    auto pending = std::make_shared<int>(0);
    const auto done = [&context, scans, pending] {
        if (--*pending == 0)
            report(context, *scans);
    };
    const auto launch = [&context, scans, regions, done](const QString &account, CloudClient *cloud) {
        auto *scan = new FleetScan(cloud, &context);
        scans->append({account, scan, {}});
        QObject::connect(scan, &FleetScan::finished, &context, done);
        scan->start(regions);
    };
    if (!bringsAccounts(context.arguments)) {
        *pending = 1;
        return launch(context.accountName, context.cloud());
    }

    // Saved accounts: each signs with its own key through its own client (its own rate limit), in parallel.
    const QList<Profile> saved = context.directory()->profiles();
    QList<Profile> chosen;
    if (context.arguments.isSet(QStringLiteral("all-profiles"))) {
        chosen = saved;
    } else {
        for (const QString &name : context.listArgument(QStringLiteral("profiles"))) {
            const std::optional<Profile> profile = ProfileStore::find(saved, name);
            if (!profile)
                return context.usage(tr("There is no saved account named \"%1\".").arg(name));
            chosen.append(*profile);
        }
    }
    if (chosen.isEmpty())
        return context.usage(tr("There is no saved account to scan; add one with \"profiles add\"."));
    *pending = int(chosen.size());
    for (const Profile &profile : std::as_const(chosen)) {
        context.directory()->resolve(profile, [&context, scans, launch, done, name = profile.name](
                                                  SecretStore::Status status, const Account &account) {
            if (status != SecretStore::Status::Ok) {
                scans->append({name, nullptr, SecretStore::statusText(status)});
                return done();
            }
            auto *client = new ApiClient(context.network(), &context);
            client->setCredentials(account.credentials);
            ClientSettings settings = context.client()->settings();
            if (context.options.endpoint.isEmpty())
                settings.endpointOverride = account.endpointOverride;
            if (!context.options.signatureVersion)
                settings.signatureVersion = account.signatureVersion;
            client->setSettings(settings);
            launch(account.name, new CloudClient(client, client));
        });
    }
}

} // namespace clm::cli
