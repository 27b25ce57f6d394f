#include "windowlayout.h"

#include "paneparts.h"
#include "uistate.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTableView>

#include <numeric>

namespace clm::ui {

WindowLayout::WindowLayout(QMainWindow *window, QSplitter *vertical, QSplitter *tables,
                           QList<QTableView *> views)
    : QObject(window)
    , m_window(window)
    , m_vertical(vertical)
    , m_tables(tables)
    , m_views(std::move(views))
{
    // Instances get more room than VPCs, the tables more than the operations.
    m_tables->setStretchFactor(0, 3);
    m_tables->setStretchFactor(1, 2);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    // Emitted only when the user drags the handle, not by setSizes().
    connect(m_tables, &QSplitter::splitterMoved, this, [this] { m_tablesSplitByUser = true; });
}

QList<QByteArray *> WindowLayout::columnStates(UiState &state) const
{
    return {&state.instanceColumns, &state.vpcColumns, &state.operationColumns};
}

void WindowLayout::restore(const UiState &state)
{
    if (!m_window->restoreGeometry(state.geometry))
        m_window->resize(1280, 800);
    m_window->restoreState(state.windowState);
    // The first time: the tables get three fifths of the height and the instances three fifths of the width
    // (until the first load tells what each table needs).
    if (!m_vertical->restoreState(state.verticalSplitter))
        m_vertical->setSizes({3 * m_window->height() / 5, 2 * m_window->height() / 5});
    m_tablesSplitByUser = m_tables->restoreState(state.tablesSplitter);
    if (!m_tablesSplitByUser)
        m_tables->setSizes({3 * m_window->width() / 5, 2 * m_window->width() / 5});
    UiState copy = state;
    const QList<QByteArray *> columns = columnStates(copy);
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        QTableView *view = m_views.at(i);
        if (view->horizontalHeader()->restoreState(*columns.at(i)))
            ColumnFitter::of(view)->setSizedByUser(state.columnsSizedByUser.contains(view->objectName()));
    }
}

void WindowLayout::save(UiState &state) const
{
    state.geometry = m_window->saveGeometry();
    state.windowState = m_window->saveState();
    state.verticalSplitter = m_vertical->saveState();
    // A split the user did not choose is worked out again from the content next time.
    state.tablesSplitter = m_tablesSplitByUser ? m_tables->saveState() : QByteArray();
    const QList<QByteArray *> columns = columnStates(state);
    state.columnsSizedByUser.clear();
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        QTableView *view = m_views.at(i);
        *columns.at(i) = view->horizontalHeader()->saveState();
        if (ColumnFitter::of(view)->sizedByUser())
            state.columnsSizedByUser.append(view->objectName());
    }
}

void WindowLayout::fitTables()
{
    const QList<QTableView *> split = m_views.mid(0, 2);
    for (QTableView *view : split)
        ColumnFitter::of(view)->fit();
    if (m_tablesSplitByUser || m_tables->count() != split.size())
        return;
    // Each side gets a share of the width in proportion to what its columns need without their free text
    // (with what the pane around the table takes), but never less than its headers need when the window
    // allows it.
    const QList<int> sizes = m_tables->sizes();
    const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
    QList<int> wanted;
    QList<int> least;
    for (qsizetype i = 0; i < split.size(); ++i) {
        const ColumnFitter *fitter = ColumnFitter::of(split.at(i));
        const int overhead = sizes.at(i) - split.at(i)->viewport()->width();
        wanted.append(fitter->essentialWidth() + overhead);
        least.append(fitter->headerWidth() + overhead);
    }
    const int wantedTotal = std::max(1, wanted.at(0) + wanted.at(1));
    int first = int(qint64(total) * wanted.at(0) / wantedTotal);
    if (least.at(0) + least.at(1) <= total)
        first = std::clamp(first, least.at(0), total - least.at(1));
    else // a narrow window: the VPC table, the smaller one, is shown whole; the instances scroll
        first = std::max(0, total - least.at(1));
    m_tables->setSizes({first, total - first});
}

} // namespace clm::ui
