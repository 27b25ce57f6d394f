// The window's layout, one owner: geometry, toolbars and splitters as the user left them, and the tables'
// columns. After each load the columns fit their content, and the split between the instance and the VPC
// table follows what each needs, unless the user set them by hand: what the user set is kept and
// remembered between runs.
#pragma once

#include <QObject>

class QMainWindow;
class QSplitter;
class QTableView;

namespace clm::ui {

struct UiState;

class WindowLayout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowLayout)

public:
    // `tables` holds the instance, the VPC and the operation table, in this order.
    WindowLayout(QMainWindow *window, QSplitter *vertical, QSplitter *tables, QList<QTableView *> views);

    void restore(const UiState &state);
    void save(UiState &state) const;
    // After a load: the instance and VPC tables' columns, and the split between them.
    void fitTables();

private:
    QList<QByteArray *> columnStates(UiState &state) const;

    QMainWindow *m_window;
    QSplitter *m_vertical;
    QSplitter *m_tables;
    QList<QTableView *> m_views;
    bool m_tablesSplitByUser = false;
};

} // namespace clm::ui
