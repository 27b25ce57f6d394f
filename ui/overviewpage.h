// The fleet overview: every account and region in one tree, what is left on the classic network, how much
// of it is linked, and which regions could not be read and why. Scans, cancels, exports (CSV, JSON, a
// Markdown summary) and opens a region in the main view on double-click. The accounts to scan come from
// whoever asks for a scan (scanRequested); the scanning itself is the core's FleetOverview.
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace clm {
class FleetOverview;
class OverviewModel;
} // namespace clm

namespace clm::ui {

class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // `scanAll` starts a scan of every account the window knows.
    void setOverview(FleetOverview *overview, std::function<void()> scanAll);
    // Shown: the first time, the scan starts by itself.
    void open();
    QTreeView *view() const { return m_view; }
    void exportOverview();

signals:
    // The user wants this account's region in the main view.
    void openRequested(const QString &account, const QString &regionId);
    // ... and its Move to VPC view over it.
    void moveRequested(const QString &account, const QString &regionId);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void fitColumns(); // to the figures of the first scan
    void saveTo(QString path, const QString &selectedFilter);

    FleetOverview *m_overview = nullptr;
    std::function<void()> m_scanAll;
    OverviewModel *m_model = nullptr;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_scan;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_copy;
    QPushButton *m_move; // the current region's Move to VPC view
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QTreeView *m_view;
    bool m_scanned = false;
    bool m_columnsFitted = false;
};

} // namespace clm::ui
