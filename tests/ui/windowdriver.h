// What the GUI tests do to the main window's tables and dialogs as a user would: select rows by ID, read
// a cell of a row, link or unlink through the preflight dialog, pick a language from the View menu.
#pragma once

#include "preflightdialog.h"

#include <QAction>
#include <QTableView>
#include <QTest>

namespace clm::test {

// Selects exactly the rows whose `role` is one of `ids`.
inline void selectRows(QTableView *view, int role, const QStringList &ids)
{
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (ids.contains(index.data(role).toString()))
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(view->selectionModel()->selectedRows().size(), ids.size());
}

// The text in `column` of the row whose `role` is `id`; empty when there is no such row.
inline QString cellText(const QTableView *view, int role, const QString &id, int column)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(role).toString() == id)
            return view->model()->index(row, column).data().toString();
    }
    return {};
}

// Triggers link or unlink and accepts the preflight dialog it opens (without blocking the caller).
inline void triggerAndAccept(QWidget *window, QAction *action)
{
    QVERIFY(action->isEnabled());
    action->trigger();
    ui::PreflightDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ui::PreflightDialog *>()) && dialog->isVisible());
    dialog->accept();
}

// The View → Language action of `language` ("en", "zh_CN").
inline QAction *languageAction(QWidget *window, const QString &language)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->data().toString() == language)
            return action;
    }
    return nullptr;
}

} // namespace clm::test
