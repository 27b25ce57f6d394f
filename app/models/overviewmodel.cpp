#include "overviewmodel.h"

#include "cloud/regionnames.h"
#include "cloud/traffic.h"
#include "errors/errorcatalog.h"

#include <QLocale>

namespace clm {

namespace {

constexpr quintptr kTopLevel = 0;

int figure(const OverviewFigures &f, int column)
{
    switch (column) {
    case OverviewModel::ClassicColumn:
        return f.classic;
    case OverviewModel::RunningColumn:
        return f.running;
    case OverviewModel::StoppedColumn:
        return f.stopped;
    case OverviewModel::OtherColumn:
        return f.other;
    case OverviewModel::LinkedColumn:
        return f.linked;
    case OverviewModel::NotLinkedColumn:
        return f.notLinked();
    case OverviewModel::LockedColumn:
        return f.locked;
    case OverviewModel::VpcsColumn:
        return f.classicLinkVpcs;
    case OverviewModel::TrafficColumn:
        return f.trafficBothWays;
    case OverviewModel::ReadyToMoveColumn:
        return f.move.ready;
    case OverviewModel::NeedPreparationColumn:
        return f.move.needsPreparation;
    case OverviewModel::BlockedColumn:
        return f.move.blocked;
    default:
        return 0;
    }
}

} // namespace

OverviewModel::OverviewModel(FleetOverview *overview, QObject *parent)
    : QAbstractItemModel(parent)
    , m_overview(overview)
{
    connect(overview, &FleetOverview::accountsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(overview, &FleetOverview::cellChanged, this, [this](int account, int cell) {
        remember(account, cell);
        const QModelIndex parent = index(account, 0);
        emit dataChanged(index(cell, 0, parent), index(cell, ColumnCount - 1, parent));
        emit dataChanged(index(account, 0), index(account, ColumnCount - 1));
        if (hasTotalRow()) {
            const int total = int(m_overview->scans().size());
            emit dataChanged(index(total, 0), index(total, ColumnCount - 1));
        }
    });
    // Cancelled or done: the statuses of the cells still pending change with it.
    connect(overview, &FleetOverview::finished, this, &OverviewModel::refreshAll);
}

void OverviewModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int account = 0; account < int(m_overview->scans().size()); ++account) {
        const QModelIndex parent = index(account, 0);
        if (rowCount(parent) > 0)
            emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

void OverviewModel::remember(int account, int cell)
{
    const AccountScan &scan = m_overview->scans().at(account);
    const ScanCell &read = scan.scan->cells().at(cell);
    if (read.state == ScanCell::State::Read)
        m_lastRead.insert(key(scan.account, read.regionId), OverviewFigures::of(read));
    else if (read.state == ScanCell::State::Unread)
        m_lastRead.remove(key(scan.account, read.regionId)); // never an old figure next to "not read"
}

QModelIndex OverviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kTopLevel);
}

QModelIndex OverviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    const QList<AccountScan> &scans = m_overview->scans();
    if (!parent.isValid())
        return int(scans.size()) + (hasTotalRow() ? 1 : 0);
    if (parent.column() != 0 || parent.internalId() != kTopLevel || parent.row() >= scans.size())
        return 0;
    const FleetScan *scan = scans.at(parent.row()).scan;
    return scan ? int(scan->cells().size()) : 0;
}

int OverviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

OverviewModel::Shown OverviewModel::cellShown(int account, int cell) const
{
    const AccountScan &scan = m_overview->scans().at(account);
    const ScanCell &current = scan.scan->cells().at(cell);
    Shown shown;
    switch (current.state) {
    case ScanCell::State::Read: {
        // Counted once, when the cell was read: the rows of the accounts and of all of them add up their
        // cells' figures on every paint.
        const auto read = m_lastRead.constFind(key(scan.account, current.regionId));
        shown.figures = read != m_lastRead.cend() ? *read : OverviewFigures::of(current);
        shown.status = current.instances.isEmpty() ? tr("Read: no classic instances") : tr("Read");
        if (!current.trafficFailure.ok()) {
            shown.status =
                tr("Read; traffic not known: %1").arg(OverviewReport::unreadReason(current.trafficFailure));
            const ErrorText text = ErrorCatalog::describe(current.trafficFailure);
            shown.detail = text.explanation + u'\n' + text.remedy;
        }
        break;
    }
    case ScanCell::State::Unread: {
        shown.unread = true;
        shown.status = tr("Not read: %1").arg(OverviewReport::unreadReason(current));
        const ErrorText text = ErrorCatalog::describe(current.failure);
        shown.detail = text.explanation + u'\n' + text.remedy;
        if (!current.failure.requestId.isEmpty())
            shown.detail += u'\n' + tr("RequestId: %1").arg(current.failure.requestId);
        break;
    }
    case ScanCell::State::Pending: {
        const auto last = m_lastRead.constFind(key(scan.account, current.regionId));
        if (last != m_lastRead.cend()) {
            shown.figures = *last;
            shown.stale = true;
        }
        shown.unread = !m_overview->isRunning();
        shown.status = m_overview->isRunning() ? tr("Scanning…") : tr("Not read: cancelled");
        if (shown.stale)
            shown.detail = tr("These figures are from the previous scan.");
        break;
    }
    }
    return shown;
}

OverviewModel::Shown OverviewModel::accountShown(int account) const
{
    const AccountScan &scan = m_overview->scans().at(account);
    Shown shown;
    if (const QString reason = OverviewReport::unreadReason(scan); !reason.isEmpty()) {
        shown.unread = !scan.failure.isEmpty() || scan.scan;
        shown.status = shown.unread ? tr("Not scanned: %1").arg(reason) : reason;
        return shown;
    }
    if (!scan.scan)
        return shown;
    OverviewFigures sum;
    int read = 0;
    int unread = 0;
    const int cells = int(scan.scan->cells().size());
    for (int i = 0; i < cells; ++i) {
        const Shown cell = cellShown(account, i);
        if (cell.figures)
            sum += *cell.figures;
        read += scan.scan->cells().at(i).state == ScanCell::State::Read;
        unread += cell.unread;
        shown.stale = shown.stale || cell.stale;
    }
    shown.figures = sum;
    shown.unread = unread > 0;
    if (cells == 0)
        shown.status = m_overview->isRunning() ? tr("Listing the regions…") : QString();
    else if (unread > 0)
        shown.status = tr("%1 of %2 regions read; %3 not read").arg(read).arg(cells).arg(unread);
    else if (read < cells)
        shown.status = tr("%1 of %2 regions read").arg(read).arg(cells);
    else
        shown.status = tr("All %1 regions read").arg(cells);
    return shown;
}

OverviewModel::Shown OverviewModel::totalShown() const
{
    Shown shown;
    OverviewFigures sum;
    int unread = 0;
    for (int account = 0; account < int(m_overview->scans().size()); ++account) {
        const Shown one = accountShown(account);
        if (one.figures)
            sum += *one.figures;
        unread += one.unread;
    }
    shown.figures = sum;
    shown.unread = unread > 0;
    shown.status = unread > 0 ? tr("%n account(s) not read in full", nullptr, unread)
                              : (m_overview->isRunning() ? tr("Scanning…") : tr("Every account read"));
    return shown;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isRegion = index.internalId() != kTopLevel;
    const int account = isRegion ? int(index.internalId() - 1) : index.row();
    const bool isTotal = !isRegion && account >= m_overview->scans().size();
    if (role == TotalRole)
        return isTotal;
    if (role == AccountRole)
        return isTotal ? QVariant() : m_overview->scans().at(account).account;
    if (role == RegionRole)
        return isRegion ? m_overview->scans().at(account).scan->cells().at(index.row()).regionId : QVariant();
    const Shown shown = isTotal    ? totalShown()
                        : isRegion ? cellShown(account, index.row())
                                   : accountShown(account);
    switch (role) {
    case StaleRole:
        return shown.stale;
    case UnreadRole:
        return shown.unread;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn || index.column() == StatusColumn
                   ? QVariant()
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return index.column() == StatusColumn && !shown.detail.isEmpty() ? shown.detail : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    if (index.column() == NameColumn) {
        if (isTotal)
            return tr("All accounts");
        if (!isRegion)
            return m_overview->scans().at(account).account;
        const ScanCell &cell = m_overview->scans().at(account).scan->cells().at(index.row());
        // The built-in names follow the UI language; DescribeRegions names the regions they do not know.
        QString name = RegionNames::localName(cell.regionId);
        if (name.isEmpty())
            name = cell.localName;
        return name.isEmpty() || name == cell.regionId ? cell.regionId
                                                       : tr("%1 (%2)").arg(name, cell.regionId);
    }
    if (index.column() == StatusColumn)
        return shown.status;
    if (!shown.figures)
        return role == Qt::AccessibleTextRole ? tr("No figure") : QVariant();
    if (isRegion && index.column() == VpcsColumn && !shown.stale &&
        !OverviewFigures::vpcsCounted(m_overview->scans().at(account).scan->cells().at(index.row())))
        return role == Qt::AccessibleTextRole ? tr("Not counted") : QVariant();
    if (index.column() == TrafficColumn && !shown.figures->trafficKnown)
        return Traffic::text(TrafficState::Unknown); // the security groups could not be read
    if (index.column() >= ReadyToMoveColumn && !shown.figures->moveKnown)
        return tr("Not known"); // the move's facts could not be read
    return QLocale().toString(figure(*shown.figures, index.column()));
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ClassicColumn:
            return tr("Classic-network ECS instances");
        case OtherColumn:
            return tr("Instances neither running nor stopped (starting, stopping, pending)");
        case VpcsColumn:
            return tr("VPCs with ClassicLink enabled, counted where there are classic instances");
        case TrafficColumn:
            return tr("Linked instances whose security group rules let traffic through both ways");
        case ReadyToMoveColumn:
        case NeedPreparationColumn:
        case BlockedColumn:
            return tr("Readiness to move into the VPC each instance is linked to (an instance linked to none "
                      "needs preparation)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Account / region");
    case ClassicColumn:
        return tr("Classic");
    case RunningColumn:
        return tr("Running");
    case StoppedColumn:
        return tr("Stopped");
    case OtherColumn:
        return tr("Other");
    case LinkedColumn:
        return tr("Linked");
    case NotLinkedColumn:
        return tr("Not linked");
    case LockedColumn:
        return tr("Locked");
    case VpcsColumn:
        return tr("ClassicLink VPCs");
    case TrafficColumn:
        return tr("Traffic both ways");
    case ReadyToMoveColumn:
        return tr("Ready to move");
    case NeedPreparationColumn:
        return tr("Need preparation");
    case BlockedColumn:
        return tr("Blocked");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void OverviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    refreshAll();
}

} // namespace clm
