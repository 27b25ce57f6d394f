// What the GUI tests do to the main window's tables and dialogs as a user would: select rows by ID, read
// a cell of a row, link or unlink through the preflight dialog, pick a language from the View menu, wait
// until a batch and the read-back that follows it are over.
// The helpers that can fail return whether they did what they say ([[nodiscard]]), and say why with
// qWarning: the test checks the result, so a failure stops it at once.
#pragma once

#include "cloud/classiclinkbatch.h"
#include "models/operationtablemodel.h"
#include "preflightdialog.h"
#include "session/workspace.h"

#include <QAction>
#include <QPointer>
#include <QTableView>
#include <QTest>

#include <algorithm>

namespace clm::test {

// Selects exactly the rows whose `role` is one of `ids`.
[[nodiscard]] inline bool selectRows(QTableView *view, int role, const QStringList &ids)
{
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (ids.contains(index.data(role).toString()))
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const qsizetype selected = view->selectionModel()->selectedRows().size();
    if (selected != ids.size())
        qWarning("selectRows: %lld of %lld rows found (%s)", qint64(selected), qint64(ids.size()),
                 qPrintable(ids.join(u' ')));
    return selected == ids.size();
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
[[nodiscard]] inline bool triggerAndAccept(QWidget *window, QAction *action)
{
    if (!action->isEnabled()) {
        qWarning("triggerAndAccept: %s is disabled", qPrintable(action->objectName()));
        return false;
    }
    action->trigger();
    ui::PreflightDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = window->findChild<ui::PreflightDialog *>()) && dialog->isVisible(); })) {
        qWarning("triggerAndAccept: %s opened no preflight dialog", qPrintable(action->objectName()));
        return false;
    }
    dialog->accept();
    return true;
}

// Lays out every widget whose layout asked for it (new texts, a new status message) now, instead of in a
// later turn of the event loop: layout requests are posted events, and sending them is all it takes.
inline void settleLayouts()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
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

// Follows the workspace's batches: a batch is over for a test once the workspace says so (batchSettled():
// what the batch changed has been read back and is on screen), not after a fixed time.
class BatchWatch final : public QObject
{
public:
    explicit BatchWatch(Workspace *workspace)
        : m_workspace(workspace)
    {
        // A batch shows its operations as it starts (new rows, or rows of a resumed batch that change);
        // it is settled once the workspace says so.
        const auto follow = [this] {
            if (m_workspace->currentBatch() && m_workspace->currentBatch() != m_batch) {
                m_batch = m_workspace->currentBatch();
                m_settled = false;
            }
        };
        connect(workspace->operations(), &QAbstractItemModel::rowsInserted, this, follow);
        connect(workspace->operations(), &QAbstractItemModel::dataChanged, this, follow);
        connect(workspace, &Workspace::batchSettled, this, [this] { m_settled = true; });
    }

    // Waits until the operations model holds `operations` rows, all final, and the last batch has settled.
    [[nodiscard]] bool waitDone(int operations, int timeoutMs = 15000) const
    {
        const bool done = QTest::qWaitFor(
            [&] {
                const QList<Operation> &all = m_workspace->operations()->operations();
                return all.size() == operations &&
                       std::all_of(all.cbegin(), all.cend(),
                                   [](const Operation &o) { return o.isFinal(); }) &&
                       m_settled;
            },
            timeoutMs);
        if (!done)
            qWarning("waitDone: %lld operations (expected %d), batch running: %s, settled: %s",
                     qint64(m_workspace->operations()->rowCount()), operations,
                     m_workspace->currentBatch() ? "yes" : "no", m_settled ? "yes" : "no");
        return done;
    }

private:
    Workspace *m_workspace;
    QPointer<ClassicLinkBatch> m_batch;
    bool m_settled = true;
};

} // namespace clm::test
