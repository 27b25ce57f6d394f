#include "movehandoff.h"

#include "history/operationexport.h"

namespace clm {

namespace {

// A Markdown table cell: no line breaks, and a pipe does not end the cell.
QString cell(QString text)
{
    return text.replace(u'\n', u' ').replace(QStringLiteral("|"), QStringLiteral("\\|"));
}

QString diskHours(const InstanceReadiness &row)
{
    return row.diskGiB > 0 ? QString::number(MoveReadiness::diskDataHours(row.diskGiB), 'f', 1) : QString();
}

} // namespace

QStringList MoveHandOff::manualSteps()
{
    return {
        tr("In the ECS console of the region, create a migration plan to the VPC for the instances below, "
           "off-peak: each stops and starts again in the VPC (about %n minutes).",
           nullptr, MoveReadiness::kDowntimeMinutes),
        tr("For each instance choose the vSwitch and the security groups listed here: the copies keep the "
           "classic groups' rules."),
        tr("Check each public address in the plan, and the software licences bound to a MAC address."),
        tr("After the last instance has moved, the ClassicLink links and the rules between the classic "
           "groups and their copies can go.")};
}

QString MoveHandOff::markdown(const MovePlan &plan, const QString &regionId)
{
    QString out = tr("# Move to %1 (%2)").arg(plan.vpcId, regionId) + QStringLiteral("\n\n");
    out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
               .arg(tr("Instance"), tr("Zone"), tr("Readiness"), tr("vSwitch"), tr("Security groups"),
                    tr("Downtime"), tr("Disk data if the zone changes"), tr("Public address"));
    out += QStringLiteral("|---|---|---|---|---|---|---|---|\n");
    for (const InstanceReadiness &row : plan.instances) {
        const QStringList why = MoveReadiness::reasons(row);
        const QString readiness = why.isEmpty() ? MoveReadiness::text(row.readiness)
                                                : tr("%1: %2").arg(MoveReadiness::text(row.readiness),
                                                                   why.join(QStringLiteral("; ")));
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(cell(row.instanceId), cell(row.zoneId), cell(readiness), cell(row.vswitchId),
                        cell(row.copyGroupIds.join(QStringLiteral(", "))),
                        tr("about %n minutes", nullptr, MoveReadiness::kDowntimeMinutes),
                        row.diskGiB > 0
                            ? tr("about %1 hours (%Ln GiB)", nullptr, row.diskGiB).arg(diskHours(row))
                            : QString(),
                        cell(row.publicIp));
    }
    QStringList cannotCarry;
    for (const InstanceReadiness &row : plan.instances) {
        for (const QString &rule : row.cannotCarry) {
            if (!cannotCarry.contains(rule))
                cannotCarry.append(rule);
        }
    }
    if (!cannotCarry.isEmpty()) {
        out += QStringLiteral("\n## ") + tr("Rules no copy can carry") + QStringLiteral("\n\n");
        for (const QString &rule : std::as_const(cannotCarry))
            out += QStringLiteral("- ") + rule + u'\n';
    }
    out += QStringLiteral("\n## ") + tr("What stays manual") + QStringLiteral("\n\n");
    int step = 0;
    for (const QString &line : manualSteps())
        out += QStringLiteral("%1. %2\n").arg(++step).arg(line);
    out += u'\n' + tr("The move is one-way: an instance cannot return to the classic network.") + u'\n';
    return out;
}

QByteArray MoveHandOff::csv(const MovePlan &plan, const QString &regionId)
{
    const QStringList header{QStringLiteral("Region"),           QStringLiteral("VpcId"),
                             QStringLiteral("InstanceId"),       QStringLiteral("ZoneId"),
                             QStringLiteral("Readiness"),        QStringLiteral("VSwitchId"),
                             QStringLiteral("SecurityGroupIds"), QStringLiteral("DowntimeMinutes"),
                             QStringLiteral("DiskGiB"),          QStringLiteral("DiskDataHoursIfZoneChanges"),
                             QStringLiteral("PublicIp"),         QStringLiteral("Needs")};
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (const InstanceReadiness &row : plan.instances) {
        const QStringList needs = MoveReadiness::reasons(row);
        QStringList fields{regionId,
                           plan.vpcId,
                           row.instanceId,
                           row.zoneId,
                           MoveReadiness::code(row.readiness),
                           row.vswitchId,
                           row.copyGroupIds.join(u' '),
                           QString::number(MoveReadiness::kDowntimeMinutes),
                           QString::number(row.diskGiB),
                           diskHours(row),
                           row.publicIp,
                           needs.join(QStringLiteral("; "))};
        for (QString &field : fields)
            field = csvField(field);
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QUrl MoveHandOff::consoleUrl(const QString &regionId)
{
    return QUrl(QStringLiteral("https://ecs.console.aliyun.com/server/region/%1").arg(regionId));
}

} // namespace clm
