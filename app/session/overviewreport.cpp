#include "overviewreport.h"

#include "cloud/domaintext.h"
#include "errors/errorcatalog.h"
#include "history/operationexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace clm {

namespace {

bool isRead(const ScanCell &cell)
{
    return cell.state == ScanCell::State::Read;
}

QList<ScanCell> cellsOf(const AccountScan &scan)
{
    return scan.scan ? scan.scan->cells() : QList<ScanCell>{};
}

// Stable English tokens for files, whatever the UI language.
QString trafficToken(TrafficState state)
{
    switch (state) {
    case TrafficState::NotLinked:
        return {};
    case TrafficState::Unknown:
        return QStringLiteral("unknown");
    case TrafficState::None:
        return QStringLiteral("none");
    case TrafficState::ToVpc:
        return QStringLiteral("to-vpc");
    case TrafficState::FromVpc:
        return QStringLiteral("from-vpc");
    case TrafficState::Both:
        return QStringLiteral("both");
    }
    return {};
}

QJsonObject figuresJson(const OverviewFigures &f)
{
    return {
        {QStringLiteral("classic"), f.classic},
        {QStringLiteral("running"), f.running},
        {QStringLiteral("stopped"), f.stopped},
        {QStringLiteral("other"), f.other},
        {QStringLiteral("linked"), f.linked},
        {QStringLiteral("notLinked"), f.notLinked()},
        {QStringLiteral("locked"), f.locked},
        {QStringLiteral("classicLinkVpcs"), f.classicLinkVpcs},
        {QStringLiteral("trafficBothWays"), f.trafficKnown ? QJsonValue(f.trafficBothWays) : QJsonValue()},
        {QStringLiteral("readyToMove"), f.moveKnown ? QJsonValue(f.move.ready) : QJsonValue()},
        {QStringLiteral("needPreparation"), f.moveKnown ? QJsonValue(f.move.needsPreparation) : QJsonValue()},
        {QStringLiteral("blockedFromMoving"), f.moveKnown ? QJsonValue(f.move.blocked) : QJsonValue()}};
}

QString markdownCell(QString text)
{
    return text.replace(u'|', QLatin1String("\\|")).replace(u'\n', u' ');
}

} // namespace

OverviewFigures OverviewFigures::of(const ScanCell &cell)
{
    OverviewFigures f;
    f.classic = int(cell.instances.size());
    f.running = cell.count(InstanceStatus::Running);
    f.stopped = cell.count(InstanceStatus::Stopped);
    f.other = cell.otherStatus();
    f.linked = cell.linked();
    f.locked = cell.locked();
    f.classicLinkVpcs = cell.classicLinkVpcs;
    f.trafficBothWays = cell.trafficBothWays();
    f.trafficKnown = cell.trafficFailure.ok();
    f.move = cell.move;
    f.moveKnown = cell.moveFailure.ok();
    return f;
}

OverviewFigures &OverviewFigures::operator+=(const OverviewFigures &o)
{
    classic += o.classic;
    running += o.running;
    stopped += o.stopped;
    other += o.other;
    linked += o.linked;
    locked += o.locked;
    classicLinkVpcs += o.classicLinkVpcs;
    trafficBothWays += o.trafficBothWays;
    trafficKnown = trafficKnown && o.trafficKnown;
    move += o.move;
    moveKnown = moveKnown && o.moveKnown;
    return *this;
}

OverviewFigures OverviewReport::totals(const AccountScan &scan)
{
    OverviewFigures sum;
    for (const ScanCell &cell : cellsOf(scan)) {
        if (isRead(cell))
            sum += OverviewFigures::of(cell);
    }
    return sum;
}

QString OverviewReport::unreadReason(const ScanCell &cell)
{
    if (cell.state == ScanCell::State::Pending)
        return tr("Not read yet");
    return unreadReason(cell.failure);
}

QString OverviewReport::unreadReason(const ApiResult &failure)
{
    const ErrorText text = ErrorCatalog::describe(failure);
    return failure.code.isEmpty() ? text.title : tr("%1 (%2)").arg(text.title, failure.code);
}

QString OverviewReport::unreadReason(const AccountScan &scan)
{
    if (!scan.scan)
        return scan.failure.isEmpty() ? tr("Reading the account's secret…") : scan.failure;
    if (!scan.scan->regionsFailure().ok()) {
        ScanCell failed;
        failed.state = ScanCell::State::Unread;
        failed.failure = scan.scan->regionsFailure();
        return tr("The regions could not be listed: %1").arg(unreadReason(failed));
    }
    return {};
}

QByteArray OverviewReport::csv(const QList<AccountScan> &scans)
{
    const QStringList header{QStringLiteral("Account"),   QStringLiteral("Region"),
                             QStringLiteral("Zone"),      QStringLiteral("InstanceId"),
                             QStringLiteral("Name"),      QStringLiteral("Status"),
                             QStringLiteral("PrivateIp"), QStringLiteral("LinkedVpc"),
                             QStringLiteral("Locks"),     QStringLiteral("Traffic")};
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (const AccountScan &scan : scans) {
        for (const ScanCell &cell : cellsOf(scan)) {
            for (const ClassicInstance &i : cell.instances) {
                QStringList row{scan.account,
                                cell.regionId,
                                i.zoneId,
                                i.id,
                                i.name,
                                i.status,
                                i.innerIpAddresses.join(u' '),
                                i.linkedVpcId,
                                i.lockReasons.join(u' '),
                                trafficToken(cell.traffic.value(i.id, TrafficState::NotLinked))};
                for (QString &field : row)
                    field = csvField(field);
                out += row.join(u',') + QStringLiteral("\r\n");
            }
        }
    }
    return out.toUtf8();
}

QByteArray OverviewReport::json(const QList<AccountScan> &scans, const QDateTime &when)
{
    QJsonArray accounts;
    OverviewFigures overall;
    bool complete = !scans.isEmpty();
    for (const AccountScan &scan : scans) {
        QJsonArray regions;
        for (const ScanCell &cell : cellsOf(scan)) {
            QJsonObject region{{QStringLiteral("region"), cell.regionId},
                               {QStringLiteral("read"), isRead(cell)}};
            if (isRead(cell)) {
                QJsonObject figures = figuresJson(OverviewFigures::of(cell));
                if (!OverviewFigures::vpcsCounted(cell))
                    figures.remove(QStringLiteral("classicLinkVpcs"));
                region.insert(QStringLiteral("figures"), figures);
                QJsonArray instances;
                for (const ClassicInstance &i : cell.instances)
                    instances.append(QJsonObject{
                        {QStringLiteral("instanceId"), i.id},
                        {QStringLiteral("name"), i.name},
                        {QStringLiteral("zone"), i.zoneId},
                        {QStringLiteral("status"), i.status},
                        {QStringLiteral("privateIp"), QJsonArray::fromStringList(i.innerIpAddresses)},
                        {QStringLiteral("linkedVpc"), i.linkedVpcId},
                        {QStringLiteral("locks"), QJsonArray::fromStringList(i.lockReasons)},
                        {QStringLiteral("traffic"),
                         trafficToken(cell.traffic.value(i.id, TrafficState::NotLinked))}});
                region.insert(QStringLiteral("instances"), instances);
            } else {
                region.insert(QStringLiteral("reason"), unreadReason(cell));
                region.insert(QStringLiteral("code"), cell.failure.code);
                region.insert(QStringLiteral("requestId"), cell.failure.requestId);
            }
            regions.append(region);
        }
        const OverviewFigures total = totals(scan);
        overall += total;
        complete = complete && scan.isComplete();
        QJsonObject account{{QStringLiteral("account"), scan.account},
                            {QStringLiteral("complete"), scan.isComplete()},
                            {QStringLiteral("totals"), figuresJson(total)},
                            {QStringLiteral("regions"), regions}};
        if (const QString reason = unreadReason(scan); !reason.isEmpty())
            account.insert(QStringLiteral("reason"), reason);
        accounts.append(account);
    }
    const QJsonObject root{{QStringLiteral("generated"), when.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("complete"), complete},
                           {QStringLiteral("totals"), figuresJson(overall)},
                           {QStringLiteral("accounts"), accounts}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString OverviewReport::markdown(const QList<AccountScan> &scans, const QDateTime &when)
{
    QString out = tr("## Classic network overview, %1")
                      .arg(when.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm 'UTC'")));
    out += QStringLiteral("\n\n| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n|---|--:|--:|--:|--:|---|---|\n")
               .arg(tr("Account"), tr("Classic instances"), tr("Linked"), tr("Not linked"), tr("Locked"),
                    tr("Regions with classic instances"), tr("Not read"));
    OverviewFigures overall;
    int unread = 0;
    QStringList regionsWithClassic;
    for (const AccountScan &scan : scans) {
        const OverviewFigures total = totals(scan);
        overall += total;
        QStringList where, notRead;
        if (const QString reason = unreadReason(scan); !reason.isEmpty())
            notRead.append(reason);
        for (const ScanCell &cell : cellsOf(scan)) {
            if (!isRead(cell)) {
                ++unread;
                notRead.append(DomainText::titled(cell.regionId, unreadReason(cell)));
            } else if (!cell.instances.isEmpty()) {
                where.append(DomainText::withDetail(cell.regionId, QString::number(cell.instances.size())));
                regionsWithClassic.append(scan.account + u'/' + cell.regionId);
            }
        }
        unread += !unreadReason(scan).isEmpty();
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(markdownCell(scan.account))
                   .arg(total.classic)
                   .arg(total.linked)
                   .arg(total.notLinked())
                   .arg(total.locked)
                   .arg(where.isEmpty() ? QStringLiteral("—") : DomainText::list(where),
                        notRead.isEmpty() ? QStringLiteral("—") : markdownCell(DomainText::clauses(notRead)));
    }
    const QList<std::pair<QString, QString>> summary{
        {tr("Classic instances"), QString::number(overall.classic)},
        {tr("Linked to a VPC"), QString::number(overall.linked)},
        {tr("Traffic allowed both ways"),
         overall.trafficKnown ? QString::number(overall.trafficBothWays)
                              : tr("%1, and not known in some regions").arg(overall.trafficBothWays)},
        {tr("Locked"), QString::number(overall.locked)},
        {tr("Ready to move / need preparation / blocked"),
         overall.moveKnown ? QStringLiteral("%1 / %2 / %3")
                                 .arg(overall.move.ready)
                                 .arg(overall.move.needsPreparation)
                                 .arg(overall.move.blocked)
                           : tr("%1 / %2 / %3, and not known in some regions")
                                 .arg(overall.move.ready)
                                 .arg(overall.move.needsPreparation)
                                 .arg(overall.move.blocked)},
        {tr("Regions with classic instances"), QString::number(regionsWithClassic.size())},
        {tr("Accounts"), QString::number(scans.size())},
        {tr("Regions or accounts not read (not counted above)"), QString::number(unread)}};
    out += u'\n';
    for (const auto &[label, figure] : summary)
        out += QStringLiteral("- ") + DomainText::titled(label, figure) + u'\n';
    return out;
}

QByteArray OverviewReport::render(Format format, const QList<AccountScan> &scans, const QDateTime &when)
{
    switch (format) {
    case Format::Csv:
        return csv(scans);
    case Format::Json:
        return json(scans, when);
    case Format::Markdown:
        return markdown(scans, when).toUtf8();
    }
    return {};
}

QString OverviewReport::save(Format format, const QList<AccountScan> &scans, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(render(format, scans, QDateTime::currentDateTimeUtc()));
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace clm
