// The region's classic instances, one row each, with the VPC each is linked to.
#pragma once

#include "cloud/domain.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace clm {

class InstanceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTableModel)

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        StatusColumn,
        ZoneColumn,
        PrivateIpColumn,
        LinkedVpcColumn,
        TrafficColumn,
        LocksColumn,
        ColumnCount
    };
    enum Role
    {
        InstanceIdRole = Qt::UserRole + 1,
        StatusRole,
        LinkedVpcRole,
        LockedRole,
        SearchTextRole,
        TrafficRole // TrafficState as int
    };

    explicit InstanceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // linksKnown false: the links are still being read, and the Linked VPC column says so.
    void setInstances(const QList<ClassicInstance> &instances, bool linksKnown = true);
    // A further page of a load in progress; sorting and selection in the views are kept.
    void appendInstances(const QList<ClassicInstance> &instances);
    // Updates the linked VPC of the rows whose instance is in `instances` (same ids, new links).
    void updateLinks(const QList<ClassicInstance> &instances, const QStringList &instanceIds);
    // Every row's link has been read (after a page-by-page load).
    void setLinksKnown(const QList<ClassicInstance> &instances);
    bool linksKnown() const { return m_linksKnown; }
    // Whether each linked instance and its VPC may talk (by instance ID); `read` false: still being read.
    void setTraffic(const QHash<QString, TrafficState> &states, bool read);
    bool trafficRead() const { return m_trafficRead; }
    const QList<ClassicInstance> &instances() const { return m_instances; }
    std::optional<ClassicInstance> instance(const QString &id) const;
    void retranslate();

    // What the column sorts by, without going through QVariant (sorting 10,000 rows calls this often).
    const QString &sortKey(int row, int column) const;

private:
    TrafficState trafficOf(const ClassicInstance &instance) const;

    QList<ClassicInstance> m_instances;
    QHash<QString, int> m_rowOf;
    bool m_linksKnown = true;
    QHash<QString, TrafficState> m_traffic;
    bool m_trafficRead = false;
};

// Text filter over ID, name and IP, plus an optional status; sorting by any column.
class InstanceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InstanceFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    void setStatus(const QString &status); // empty: all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_status;
};

} // namespace clm
