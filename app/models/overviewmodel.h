// The fleet overview as a tree: one row per account (its totals), its regions below it, and a last row with
// the totals of every account. A region that was not read has no figures and says why; one that answered
// "none" shows 0. While a new scan runs, a region keeps the figures of the last scan that read it (marked
// stale) until its new ones arrive.
#pragma once

#include "session/overviewreport.h"

#include <QAbstractItemModel>

namespace clm {

class OverviewModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewModel)

public:
    enum Column
    {
        NameColumn,
        StatusColumn, // read, or why not: next to the name, so it is never the column that gets cut off
        ClassicColumn,
        RunningColumn,
        StoppedColumn,
        OtherColumn,
        LinkedColumn,
        NotLinkedColumn,
        LockedColumn,
        VpcsColumn,
        TrafficColumn,
        ReadyToMoveColumn, // into the VPC each instance is linked to
        NeedPreparationColumn,
        BlockedColumn,
        ColumnCount
    };
    enum Role
    {
        AccountRole = Qt::UserRole + 1, // the account's name (account and region rows)
        RegionRole,                     // the region ID (region rows)
        StaleRole,                      // true: figures of an earlier scan, a new one is on its way
        UnreadRole,                     // true: not read (the status says why)
        TotalRole,                      // true: the row of every account's totals
    };

    explicit OverviewModel(FleetOverview *overview, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    struct Shown
    {
        std::optional<OverviewFigures> figures; // none: nothing to show
        bool stale = false;
        bool unread = false;
        QString status;
        QString detail; // tooltip
    };
    Shown cellShown(int account, int cell) const;
    Shown accountShown(int account) const;
    Shown totalShown() const;
    bool hasTotalRow() const { return m_overview->scans().size() > 1; }
    void remember(int account, int cell);
    void refreshAll(); // every row's texts changed (the language, or the scan ended)
    static QString key(const QString &account, const QString &region) { return account + u'\n' + region; }

    FleetOverview *m_overview;
    QHash<QString, OverviewFigures> m_lastRead; // account + region -> its figures as last read
};

} // namespace clm
