// The pieces every pane of the main window is made of, so the panes look and behave alike: a sortable
// table of rows, the placeholder text shown instead of an empty table, and a pane title.
#pragma once

#include <QObject>

class QLabel;
class QTableView;
class QWidget;

namespace clm::ui {

// Columns sized to their content and fitted into the table's width (free-text columns such as names give
// up space first, then every column in proportion to how much wider than its header it is),
// after each load and when the table is resized, until the user sizes a column by hand: from then on the
// user's widths are kept, and remembered with the window's layout.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    explicit ColumnFitter(QTableView *view);
    static ColumnFitter *of(const QTableView *view);

    void fit(); // measures the content again
    // Columns of free text (names, messages) that give up space before IDs and states do.
    void setElasticColumns(const QList<int> &columns) { m_elastic = columns; }
    bool sizedByUser() const { return m_sizedByUser; }
    // What the headers alone need.
    int headerWidth() const;
    // The content of every column except the free-text ones, which count with their header's width.
    int essentialWidth() const;
    void setSizedByUser(bool sized) { m_sizedByUser = sized; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void distribute();

    QTableView *m_view;
    QObject *m_viewport;
    QList<int> m_content;
    QList<int> m_elastic;
    bool m_dragging = false;
    bool m_sizedByUser = false;
};

// A sortable table of whole rows, with a ColumnFitter.
QTableView *makeTable(QWidget *parent);
// Makes the table report its current row whenever it gets the focus (Qt reports it only when the current
// index changes while the view has the focus): a screen reader entering the table hears that row.
void reportCurrentRowOnFocus(QTableView *view);
// Gives the table a current row (the first) as soon as it has rows and none is current, without selecting
// it, and reports it on focus: a screen reader entering the table hears that row, and the first Down moves
// to the second. Call it once the view has its model, for a model that outlives the view (not a
// QTableWidget's own: use reportCurrentRowOnFocus there).
void keepCurrentRow(QTableView *view);
QLabel *makeEmptyLabel(QWidget *parent);
QLabel *makeTitle(QWidget *parent);

} // namespace clm::ui
