// The status bar's content and the one owner of the status text: the latest message, the progress of a
// load or a batch (with Cancel), and the counts of what the region holds.
#pragma once

#include <QWidget>

class QAction;
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

private:
    QLabel *m_message;
    QProgressBar *m_progress;
    QLabel *m_counts;
};

} // namespace clm::ui
