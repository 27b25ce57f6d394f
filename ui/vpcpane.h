// The VPCs of the region: ClassicLink on or off and the links each holds, the "only ClassicLink-enabled"
// filter, the Enable and Disable ClassicLink buttons, and what to show when there is nothing to pick.
#pragma once

#include "cloud/domain.h"

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QStackedWidget;
class QPushButton;
class QTableView;

namespace clm {
class VpcFilterProxy;
class VpcTableModel;
} // namespace clm

namespace clm::ui {

class VpcPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VpcPane)

public:
    explicit VpcPane(QWidget *parent = nullptr);

    void setModel(VpcTableModel *model);
    // The actions under the table (enable, disable).
    void setActions(const QList<QAction *> &actions);
    QTableView *view() const { return m_view; }
    std::optional<Vpc> selectedVpc() const;
    void setLoadState(bool loading, bool failed);
    bool classicLinkOnly() const;
    void setClassicLinkOnly(bool only);
    QString emptyText() const;

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState();

    VpcTableModel *m_model = nullptr;
    VpcFilterProxy *m_proxy;
    QLabel *m_title;
    QCheckBox *m_classicLinkOnly;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_showAll;
    QWidget *m_buttons;
    bool m_loading = false;
    bool m_failed = false;
};

} // namespace clm::ui
