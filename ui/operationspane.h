// The operations of this session, newest last, each with its live state, and the details pane that
// explains the selected one (the outcome in plain words, the raw facts, the request as it was sent).
#pragma once

#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace clm {
class OperationTableModel;
} // namespace clm

namespace clm::ui {

class OperationDetails;

class OperationsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsPane)

public:
    explicit OperationsPane(QWidget *parent = nullptr);

    void setModel(OperationTableModel *model);
    // The buttons beside the title (export, clear).
    void setActions(const QList<QAction *> &actions);
    // The endpoint the details show requests for (empty: the cloud's own).
    void setEndpointOverride(const QUrl &endpoint) { m_endpoint = endpoint; }
    QTableView *view() const { return m_view; }
    OperationDetails *details() const { return m_details; }
    void selectLast();
    void clearDetails();
    // Asks where to save, then writes every operation as CSV or JSON (by the file's suffix).
    void exportOperations();

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Writes the operations to `path` (a missing .csv or .json suffix is added from the chosen filter).
    void saveTo(QString path, bool jsonChosen);
    void showCurrent();
    void updateEmptyState();
    void retranslate();

    OperationTableModel *m_model = nullptr;
    QLabel *m_title;
    QWidget *m_buttons;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view;
    QLabel *m_empty;
    OperationDetails *m_details;
    QUrl m_endpoint;
};

} // namespace clm::ui
