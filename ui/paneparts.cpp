#include "paneparts.h"

#include "palettecolours.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTimer>

namespace clm::ui {

ColumnFitter::ColumnFitter(QTableView *view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    view->viewport()->installEventFilter(this);
    view->horizontalHeader()->viewport()->installEventFilter(this);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_dragging)
            m_sizedByUser = true;
    });
}

ColumnFitter *ColumnFitter::of(const QTableView *view)
{
    return view->findChild<ColumnFitter *>(QString(), Qt::FindDirectChildrenOnly);
}

void ColumnFitter::fit()
{
    if (m_sizedByUser)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    m_content.clear();
    for (int column = 0; column < header->count(); ++column)
        m_content.append(std::max(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(column),
                                  header->sectionSizeHint(column)));
    distribute();
}

int ColumnFitter::essentialWidth() const
{
    QHeaderView *header = m_view->horizontalHeader();
    int width = 0;
    for (int column = 0; column < m_content.size(); ++column) {
        if (!header->isSectionHidden(column))
            width += m_elastic.contains(column)
                         ? std::min(m_content.at(column), header->sectionSizeHint(column))
                         : m_content.at(column);
    }
    return width;
}

int ColumnFitter::headerWidth() const
{
    QHeaderView *header = m_view->horizontalHeader();
    int width = 0;
    for (int column = 0; column < header->count(); ++column)
        width += header->isSectionHidden(column) ? 0 : header->sectionSizeHint(column);
    return width;
}

void ColumnFitter::distribute()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (m_sizedByUser || m_content.size() != header->count())
        return;
    QList<int> widths = m_content;
    int total = 0;
    for (int column = 0; column < widths.size(); ++column) {
        if (!header->isSectionHidden(column))
            total += widths.at(column);
    }
    const int available = m_view->viewport()->width();
    for (const int column : std::as_const(m_elastic)) {
        if (total <= available || column >= widths.size() || header->isSectionHidden(column))
            continue;
        const int give =
            std::min(total - available, std::max(0, widths.at(column) - header->sectionSizeHint(column)));
        widths[column] -= give;
        total -= give;
    }
    if (total > available) {
        // Then every column gives up space in proportion to how much wider than its header it is.
        QList<int> spare(widths.size(), 0);
        int shrinkable = 0;
        for (int column = 0; column < widths.size(); ++column) {
            if (!header->isSectionHidden(column))
                shrinkable += spare[column] =
                    std::max(0, widths.at(column) - header->sectionSizeHint(column));
        }
        const int excess = std::min(total - available, shrinkable);
        for (int column = 0; column < widths.size() && shrinkable > 0; ++column)
            widths[column] -= int((qint64(excess) * spare.at(column) + shrinkable - 1) / shrinkable);
    }
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, widths.at(column));
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Compared by address only: events still arrive while the table is being destroyed.
    if (watched == m_viewport) {
        if (event->type() == QEvent::Resize)
            distribute();
    } else if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        // The header shows the split cursor over a section's edge: a press there sizes a column by hand.
        m_dragging = static_cast<QWidget *>(watched)->cursor().shape() == Qt::SplitHCursor;
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_dragging = false;
    }
    return QObject::eventFilter(watched, event);
}

namespace {

// Qt tells assistive technology which cell is current only when the current index changes while the view
// has the focus; a row made current earlier would go unheard when the focus enters. So on focus, the current
// index is set again.
class CurrentRowOnFocus final : public QObject
{
public:
    explicit CurrentRowOnFocus(QTableView *view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn) {
            QTimer::singleShot(0, m_view, [view = m_view] {
                const QPersistentModelIndex current = view->currentIndex();
                if (!current.isValid() || !view->hasFocus())
                    return;
                view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
                view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
};

} // namespace

void reportCurrentRowOnFocus(QTableView *view)
{
    new CurrentRowOnFocus(view);
}

void keepCurrentRow(QTableView *view)
{
    reportCurrentRowOnFocus(view);
    QAbstractItemModel *model = view->model();
    const auto ensure = [view, model] {
        if (!view->currentIndex().isValid() && model->rowCount() > 0)
            view->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::NoUpdate);
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, ensure);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, ensure);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, view, ensure);
    ensure();
}

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // Tab leaves the table (the arrows move within it), so the keyboard is never trapped in a table.
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Column widths are measured on a sample of rows, not on all ten thousand.
    view->horizontalHeader()->setResizeContentsPrecision(200);
    new ColumnFitter(view);
    return view;
}

QLabel *makeEmptyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(24);
    showAsHint(label);
    return label;
}

QLabel *makeTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace clm::ui
