#include "vpctablemodel.h"

#include <QLocale>

namespace clm {

VpcTableModel::VpcTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int VpcTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vpcs.size());
}

int VpcTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VpcTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Vpc &vpc = m_vpcs.at(index.row());
    switch (role) {
    case VpcIdRole:
        return vpc.id;
    case ClassicLinkEnabledRole:
        return vpc.classicLinkEnabled;
    case LinkCountRole:
        return vpc.linkCount;
    case Qt::ToolTipRole: {
        if (index.column() != LinksColumn || vpc.linkCount == 0 || !m_traffic.contains(vpc.id))
            return {};
        const TrafficCounts counts = m_traffic.value(vpc.id);
        return tr("Traffic between the linked instances and the VPC: both ways for %L1, one way for %L2, "
                  "not allowed for %L3.")
            .arg(counts.both)
            .arg(counts.oneWay)
            .arg(counts.none);
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case IdColumn:
        return vpc.id;
    case NameColumn:
        return vpc.name;
    case CidrColumn:
        return vpc.cidrBlock;
    case ClassicLinkColumn:
        return vpc.classicLinkEnabled ? tr("Enabled") : tr("Disabled");
    case LinksColumn: {
        QString text = vpc.quotaReached ? tr("Full (%1 linked)").arg(QLocale().toString(vpc.linkCount))
                                        : tr("%1 of %2")
                                              .arg(QLocale().toString(vpc.linkCount),
                                                   QLocale().toString(kClassicLinkQuotaPerVpc));
        if (vpc.linkCount > 0 && m_traffic.contains(vpc.id))
            text = tr("%1 · %L2 both ways").arg(text).arg(m_traffic.value(vpc.id).both);
        return text;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VpcTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("VPC ID");
    case NameColumn:
        return tr("Name");
    case CidrColumn:
        return tr("CIDR block");
    case ClassicLinkColumn:
        return tr("ClassicLink");
    case LinksColumn:
        return tr("Linked instances");
    case ColumnCount:
        break;
    }
    return {};
}

void VpcTableModel::setVpcs(const QList<Vpc> &vpcs)
{
    beginResetModel();
    m_vpcs = vpcs;
    endResetModel();
}

void VpcTableModel::setTraffic(const QHash<QString, TrafficCounts> &counts)
{
    m_traffic = counts;
    if (!m_vpcs.isEmpty())
        emit dataChanged(index(0, LinksColumn), index(rowCount() - 1, LinksColumn), {Qt::DisplayRole});
}

void VpcTableModel::updateVpcs(const QList<Vpc> &vpcs)
{
    for (const Vpc &updated : vpcs) {
        for (qsizetype row = 0; row < m_vpcs.size(); ++row) {
            Vpc &vpc = m_vpcs[row];
            if (vpc.id != updated.id ||
                (vpc.linkCount == updated.linkCount && vpc.classicLinkEnabled == updated.classicLinkEnabled &&
                 vpc.quotaReached == updated.quotaReached))
                continue;
            vpc.linkCount = updated.linkCount;
            vpc.classicLinkEnabled = updated.classicLinkEnabled;
            vpc.quotaReached = updated.quotaReached;
            emit dataChanged(index(int(row), ClassicLinkColumn), index(int(row), LinksColumn),
                             {Qt::DisplayRole, ClassicLinkEnabledRole, LinkCountRole});
        }
    }
}

std::optional<Vpc> VpcTableModel::vpc(const QString &id) const
{
    for (const Vpc &vpc : m_vpcs) {
        if (vpc.id == id)
            return vpc;
    }
    return std::nullopt;
}

void VpcTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_vpcs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

VpcFilterProxy::VpcFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void VpcFilterProxy::setClassicLinkOnly(bool only)
{
    m_classicLinkOnly = only;
    invalidateFilter();
}

bool VpcFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !m_classicLinkOnly || sourceModel()
                                     ->index(sourceRow, 0, sourceParent)
                                     .data(VpcTableModel::ClassicLinkEnabledRole)
                                     .toBool();
}

} // namespace clm
