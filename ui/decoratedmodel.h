// Adds icons to one column of a core model (the core has no GUI types): status dots for instances,
// outcome marks for operations.
#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

#include <functional>

namespace clm::ui {

class DecoratedModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using IconFor = std::function<QIcon(const QModelIndex &sourceIndex)>;
    DecoratedModel(QAbstractItemModel *source, int column, IconFor iconFor, QObject *parent = nullptr)
        : QIdentityProxyModel(parent)
        , m_column(column)
        , m_iconFor(std::move(iconFor))
    {
        setSourceModel(source);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == m_column)
            return m_iconFor(mapToSource(index));
        return QIdentityProxyModel::data(index, role);
    }

private:
    int m_column;
    IconFor m_iconFor;
};

} // namespace clm::ui
