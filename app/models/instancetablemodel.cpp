#include "instancetablemodel.h"

#include "cloud/domaintext.h"
#include "cloud/traffic.h"

namespace clm {

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int InstanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_instances.size());
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClassicInstance &instance = m_instances.at(index.row());
    switch (role) {
    case InstanceIdRole:
        return instance.id;
    case StatusRole:
        return instance.status;
    case LinkedVpcRole:
        return m_linksKnown ? QVariant(instance.linkedVpcId) : QVariant();
    case LockedRole:
        return instance.isLocked();
    case TrafficRole:
        return int(trafficOf(instance));
    case SearchTextRole:
        return QString(instance.id + u' ' + instance.name + u' ' + instance.innerIpAddresses.join(u' '));
    case Qt::ToolTipRole:
        if (index.column() == LocksColumn && instance.isLocked())
            return tr("Locked: %1").arg(DomainText::locks(instance));
        return {};
    case Qt::AccessibleTextRole:
        // A screen reader reads a row cell by cell: where a value means little without its column, or is
        // empty, the cell says its column too ("Traffic: To the VPC only", "Locks: None").
        if (index.column() == LinkedVpcColumn || index.column() == TrafficColumn ||
            index.column() == LocksColumn) {
            const QString shown = data(index, Qt::DisplayRole).toString();
            return DomainText::titled(headerData(index.column(), Qt::Horizontal).toString(),
                                      shown.isEmpty() ? tr("None") : shown);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case IdColumn:
        return instance.id;
    case NameColumn:
        return instance.name;
    case StatusColumn:
        return DomainText::status(instance.status);
    case ZoneColumn:
        return instance.zoneId;
    case PrivateIpColumn:
        return instance.innerIpAddresses.join(QStringLiteral(", "));
    case LinkedVpcColumn:
        if (!m_linksKnown)
            return tr("Checking…");
        return instance.linkedVpcId.isEmpty() ? tr("Not linked") : instance.linkedVpcId;
    case TrafficColumn:
        if (!m_linksKnown || (!instance.linkedVpcId.isEmpty() && !m_trafficRead))
            return instance.linkedVpcId.isEmpty() && m_linksKnown ? QString() : tr("Checking…");
        return Traffic::text(trafficOf(instance));
    case LocksColumn:
        return DomainText::locks(instance);
    case ColumnCount:
        break;
    }
    return {};
}

TrafficState InstanceTableModel::trafficOf(const ClassicInstance &instance) const
{
    if (instance.linkedVpcId.isEmpty())
        return TrafficState::NotLinked;
    return m_trafficRead ? m_traffic.value(instance.id, TrafficState::Unknown) : TrafficState::Unknown;
}

void InstanceTableModel::setTraffic(const QHash<QString, TrafficState> &states, bool read)
{
    m_traffic = states;
    m_trafficRead = read;
    if (!m_instances.isEmpty())
        emit dataChanged(index(0, TrafficColumn), index(rowCount() - 1, TrafficColumn),
                         {Qt::DisplayRole, TrafficRole});
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("Instance ID");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ZoneColumn:
        return tr("Zone");
    case PrivateIpColumn:
        return tr("Private IP");
    case LinkedVpcColumn:
        return tr("Linked VPC");
    case TrafficColumn:
        return tr("Traffic");
    case LocksColumn:
        return tr("Locks");
    case ColumnCount:
        break;
    }
    return {};
}

void InstanceTableModel::setInstances(const QList<ClassicInstance> &instances, bool linksKnown)
{
    beginResetModel();
    m_instances = instances;
    m_linksKnown = linksKnown;
    m_rowOf.clear();
    m_rowOf.reserve(m_instances.size());
    for (qsizetype row = 0; row < m_instances.size(); ++row)
        m_rowOf.insert(m_instances.at(row).id, int(row));
    endResetModel();
}

void InstanceTableModel::appendInstances(const QList<ClassicInstance> &instances)
{
    if (instances.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(instances.size()) - 1);
    m_instances.append(instances);
    for (qsizetype row = first; row < m_instances.size(); ++row)
        m_rowOf.insert(m_instances.at(row).id, int(row));
    endInsertRows();
}

void InstanceTableModel::setLinksKnown(const QList<ClassicInstance> &instances)
{
    for (const ClassicInstance &updated : instances) {
        if (const int row = m_rowOf.value(updated.id, -1); row >= 0)
            m_instances[row].linkedVpcId = updated.linkedVpcId;
    }
    m_linksKnown = true;
    if (!m_instances.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, LinkedVpcRole});
}

void InstanceTableModel::updateLinks(const QList<ClassicInstance> &instances, const QStringList &instanceIds)
{
    const QSet<QString> asked(instanceIds.cbegin(), instanceIds.cend());
    for (const ClassicInstance &updated : instances) {
        if (!asked.contains(updated.id))
            continue;
        const int row = m_rowOf.value(updated.id, -1);
        if (row < 0 || m_instances.at(row).linkedVpcId == updated.linkedVpcId)
            continue;
        m_instances[row].linkedVpcId = updated.linkedVpcId;
        emit dataChanged(index(row, LinkedVpcColumn), index(row, LinkedVpcColumn),
                         {Qt::DisplayRole, LinkedVpcRole});
    }
}

const QString &InstanceTableModel::sortKey(int row, int column) const
{
    const ClassicInstance &instance = m_instances.at(row);
    switch (Column(column)) {
    case NameColumn:
        return instance.name;
    case StatusColumn:
        return instance.status;
    case ZoneColumn:
        return instance.zoneId;
    case PrivateIpColumn:
        return instance.innerIpAddresses.isEmpty() ? instance.id : instance.innerIpAddresses.first();
    case LinkedVpcColumn:
        return instance.linkedVpcId;
    case LocksColumn:
        return instance.lockReasons.isEmpty() ? instance.linkedVpcId : instance.lockReasons.first();
    default:
        return instance.id;
    }
}

std::optional<ClassicInstance> InstanceTableModel::instance(const QString &id) const
{
    const int row = m_rowOf.value(id, -1);
    return row < 0 ? std::nullopt : std::optional<ClassicInstance>(m_instances.at(row));
}

void InstanceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_instances.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

InstanceFilterProxy::InstanceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Plain comparison: locale-aware collation of 10,000 rows would stall the UI thread.
    setSortLocaleAware(false);
}

void InstanceFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void InstanceFilterProxy::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

bool InstanceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const InstanceTableModel *>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int order = model->sortKey(left.row(), left.column())
                          .compare(model->sortKey(right.row(), right.column()), Qt::CaseInsensitive);
    // Ties fall back to the ID, so equal names or statuses keep a stable, meaningful order.
    return order != 0 ? order < 0
                      : model->sortKey(left.row(), InstanceTableModel::IdColumn) <
                            model->sortKey(right.row(), InstanceTableModel::IdColumn);
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(InstanceTableModel::StatusRole).toString() != m_status)
        return false;
    return m_text.isEmpty() ||
           index.data(InstanceTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace clm
