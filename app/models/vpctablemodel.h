// The region's VPCs: whether ClassicLink is on and how much of the link quota is used.
#pragma once

#include "cloud/domain.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace clm {

class VpcTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VpcTableModel)

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        CidrColumn,
        ClassicLinkColumn,
        LinksColumn,
        ColumnCount
    };
    enum Role
    {
        VpcIdRole = Qt::UserRole + 1,
        ClassicLinkEnabledRole,
        LinkCountRole
    };

    explicit VpcTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setVpcs(const QList<Vpc> &vpcs);
    // New link counts or ClassicLink flags for VPCs already listed.
    void updateVpcs(const QList<Vpc> &vpcs);
    const QList<Vpc> &vpcs() const { return m_vpcs; }
    // How many linked instances of each VPC may talk to it; empty while not known.
    void setTraffic(const QHash<QString, TrafficCounts> &counts);
    std::optional<Vpc> vpc(const QString &id) const;
    void retranslate();

private:
    QList<Vpc> m_vpcs;
    QHash<QString, TrafficCounts> m_traffic;
};

class VpcFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit VpcFilterProxy(QObject *parent = nullptr);
    void setClassicLinkOnly(bool only);
    bool classicLinkOnly() const { return m_classicLinkOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_classicLinkOnly = true;
};

} // namespace clm
