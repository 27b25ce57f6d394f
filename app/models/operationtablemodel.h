// The operations of this session, newest last: what was asked, and the outcome in the current language.
#pragma once

#include "history/operation.h"

#include <QAbstractTableModel>

namespace clm {

class OperationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationTableModel)

public:
    enum Column
    {
        TimeColumn,
        ActionColumn,
        InstanceColumn,
        VpcColumn,
        OutcomeColumn,
        MessageColumn,
        RequestIdColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1,
        OperationIdRole,
        SucceededRole
    };

    explicit OperationTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const Operation &operation);
    void update(const Operation &operation); // matched by id
    void clear();
    const Operation &operation(int row) const { return m_operations.at(row); }
    const QList<Operation> &operations() const { return m_operations; }
    // After a language change: every header and cell is rendered anew.
    void retranslate();

    static QString messageText(const Operation &operation);

private:
    QList<Operation> m_operations;
};

} // namespace clm
