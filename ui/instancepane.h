// The classic instances of the region: a filter by ID, name or IP and by state, the sortable table with
// status icons, and what to show instead when there is nothing (loading, a failed load, no instances,
// nothing matching the filter).
#pragma once

#include "cloud/domain.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QLineEdit;
class QTableView;

namespace clm {
class InstanceFilterProxy;
class InstanceTableModel;
} // namespace clm

namespace clm::ui {

class Announcer;

class InstancePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancePane)

public:
    explicit InstancePane(QWidget *parent = nullptr);

    void setModel(InstanceTableModel *model);
    QTableView *view() const { return m_view; }
    QList<ClassicInstance> selectedInstances() const;
    // Loading, or the sentences of a failed load (empty when it did not fail).
    void setLoadState(bool loading, const QString &failure);
    QString emptyText() const;
    void focusFilter();

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState();

    InstanceTableModel *m_model = nullptr;
    InstanceFilterProxy *m_proxy;
    QLabel *m_title;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    Announcer *m_announcer;
    bool m_loading = false;
    QString m_failure;
};

} // namespace clm::ui
