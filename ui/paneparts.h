// The pieces every pane of the main window is made of, so the panes look and behave alike: a sortable
// table of rows, the placeholder text shown instead of an empty table, and a pane title.
#pragma once

class QLabel;
class QTableView;
class QWidget;

namespace clm::ui {

QTableView *makeTable(QWidget *parent);
QLabel *makeEmptyLabel(QWidget *parent);
QLabel *makeTitle(QWidget *parent);

} // namespace clm::ui
