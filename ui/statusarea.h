// The status bar's content and the one owner of the status text: the latest message, the progress of a
// load or a batch (with Cancel), and the counts of what the region holds.
#pragma once

#include "cloud/domain.h"

#include <QWidget>

class QAction;

namespace clm::ui {
class BatchController;
}
class QLabel;
class QProgressBar;

namespace clm::ui {

class StatusArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusArea)

public:
    explicit StatusArea(QAction *cancel, QWidget *parent = nullptr);

    void showMessage(const QString &text, const QString &toolTip = {});
    QString message() const;
    void showProgress(int done, int total);
    void hideProgress();
    void setCounts(const QString &text);
    QString counts() const;
    // What the region holds: instances and how many are linked, VPCs and how many have ClassicLink.
    void showCounts(const QList<ClassicInstance> &instances, const QList<Vpc> &vpcs);
    // The progress and the outcome of every batch, with Cancel enabled while one runs.
    void follow(BatchController *batches);

private:
    QLabel *m_message;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QAction *m_cancel;
};

} // namespace clm::ui
