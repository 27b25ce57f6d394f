#include "api/endpoints.h"
#include "cloud/domaintext.h"
#include "cloud/traffic.h"
#include "commandcontext.h"
#include "commands.h"
#include "credentials/accountdirectory.h"
#include "credentials/profile.h"
#include "i18n/translations.h"
#include "output.h"
#include "session/overviewreport.h"

namespace clm::cli {

namespace {

void report(CommandContext &context, const FleetOverview &overview)
{
    const QList<AccountScan> &scans = overview.scans();
    if (context.options.format == OutputFormat::Csv) {
        // One row per classic instance, for spreadsheets and tickets: the overview's own export.
        context.out() << QString::fromUtf8(OverviewReport::csv(scans));
    } else {
        Table table({QStringLiteral("Account"), QStringLiteral("Region"), QStringLiteral("Classic"),
                     QStringLiteral("Running"), QStringLiteral("Stopped"), QStringLiteral("Other"),
                     QStringLiteral("Linked"), QStringLiteral("NotLinked"), QStringLiteral("Locked"),
                     QStringLiteral("ClassicLinkVpcs"), QStringLiteral("TrafficBothWays"),
                     QStringLiteral("ReadyToMove"), QStringLiteral("NeedPreparation"),
                     QStringLiteral("BlockedFromMoving"), QStringLiteral("Read")},
                    {ScanCommand::tr("Account"), ScanCommand::tr("Region"), ScanCommand::tr("Classic"),
                     ScanCommand::tr("Running"), ScanCommand::tr("Stopped"), ScanCommand::tr("Other"),
                     ScanCommand::tr("Linked"), ScanCommand::tr("Not linked"), ScanCommand::tr("Locked"),
                     ScanCommand::tr("ClassicLink VPCs"), ScanCommand::tr("Traffic both ways"),
                     ScanCommand::tr("Ready to move"), ScanCommand::tr("Need preparation"),
                     ScanCommand::tr("Blocked"), ScanCommand::tr("Read")});
        const auto figures = [](const OverviewFigures &f) {
            QList<Cell> cells;
            for (const int figure : {f.classic, f.running, f.stopped, f.other, f.linked, f.notLinked(),
                                     f.locked, f.classicLinkVpcs, f.trafficBothWays})
                cells.append(Cell::number(figure));
            if (!f.trafficKnown)
                cells.last() = Cell::unknown(Traffic::text(TrafficState::Unknown));
            for (const int figure : {f.move.ready, f.move.needsPreparation, f.move.blocked})
                cells.append(f.moveKnown ? Cell::number(figure)
                                         : Cell::unknown(ScanCommand::tr("not known")));
            return cells;
        };
        OverviewFigures overall;
        for (const AccountScan &scan : scans) {
            for (const ScanCell &cell : scan.scan ? scan.scan->cells() : QList<ScanCell>{}) {
                const bool read = cell.state == ScanCell::State::Read;
                // An unread region has no figures: never a zero that looks like "none".
                QList<Cell> shown =
                    read ? figures(OverviewFigures::of(cell)) : QList<Cell>(12, Cell::unknown());
                if (read && !OverviewFigures::vpcsCounted(cell))
                    shown[7] = Cell::unknown(); // not loaded where there is no classic instance
                table.addRow(QList<Cell>{scan.account, cell.regionId} + shown +
                             QList<Cell>{Cell::flag(read, read ? ScanCommand::tr("yes")
                                                               : ScanCommand::tr("no: %1").arg(
                                                                     OverviewReport::unreadReason(cell)))});
            }
            const OverviewFigures total = OverviewReport::totals(scan);
            overall += total;
            table.addRow(
                QList<Cell>{scan.account, QStringLiteral("*")} + figures(total) +
                QList<Cell>{Cell::flag(scan.isComplete(),
                                       scan.isComplete() ? ScanCommand::tr("yes") : ScanCommand::tr("no"))});
        }
        if (scans.size() > 1)
            table.addRow(QList<Cell>{QStringLiteral("*"), QStringLiteral("*")} + figures(overall) +
                         QList<Cell>{Cell::flag(overview.isComplete(), overview.isComplete()
                                                                           ? ScanCommand::tr("yes")
                                                                           : ScanCommand::tr("no"))});
        table.print(context.out(), context.options.format);
    }
    // What could not be read, and why: the figures above leave it out rather than count it as none.
    for (const AccountScan &scan : scans) {
        if (const QString reason = OverviewReport::unreadReason(scan); !reason.isEmpty())
            context.err() << DomainText::titled(scan.account, ScanCommand::tr("not scanned: %1").arg(reason))
                          << '\n';
        for (const ScanCell &cell : scan.scan ? scan.scan->cells() : QList<ScanCell>{}) {
            if (cell.state != ScanCell::State::Read)
                context.err() << DomainText::titled(
                                     scan.account + u' ' + cell.regionId,
                                     ScanCommand::tr("not read: %1").arg(OverviewReport::unreadReason(cell)))
                              << '\n';
            else if (!cell.trafficFailure.ok())
                context.err() << DomainText::titled(
                                     scan.account + u' ' + cell.regionId,
                                     ScanCommand::tr("traffic not known: %1")
                                         .arg(OverviewReport::unreadReason(cell.trafficFailure)))
                              << '\n';
            if (cell.state == ScanCell::State::Read && !cell.moveFailure.ok())
                context.err() << DomainText::titled(scan.account + u' ' + cell.regionId,
                                                    ScanCommand::tr("readiness to move not known: %1")
                                                        .arg(OverviewReport::unreadReason(cell.moveFailure)))
                              << '\n';
        }
    }
    // Incomplete too where a region's traffic could not be read (its figures are there, its traffic is not).
    const bool trafficKnown = std::all_of(scans.cbegin(), scans.cend(), [](const AccountScan &scan) {
        const OverviewFigures totals = OverviewReport::totals(scan);
        return totals.trafficKnown && totals.moveKnown;
    });
    context.finish(overview.isComplete() && trafficKnown ? ExitOk : ExitIncomplete);
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
    if (context.dryRun(FleetScan::firstRequests(regions, acceptLanguage()), FleetScan::followingRequests()))
        return;
    // Each account signs through a client of its own (its own rate limit); --endpoint and
    // --signature-version, when given, apply to every account as they do everywhere.
    auto *overview = new FleetOverview(
        context.network(),
        [&context](const Account &account) {
            return context.options.forAccount(context.client()->settings(), account);
        },
        &context);
    QObject::connect(overview, &FleetOverview::finished, &context,
                     [&context, overview] { report(context, *overview); });
    if (!bringsAccounts(context.arguments)) {
        Account account;
        account.name = context.accountName;
        account.credentials = context.client()->credentials();
        account.endpointOverride = context.client()->settings().endpointOverride;
        account.signatureVersion = context.client()->settings().signatureVersion;
        return overview->start({account}, {}, nullptr, regions);
    }

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
    overview->start({}, chosen, context.directory(), regions);
}

} // namespace clm::cli
