// The status bar's content and the one owner of the status text: the latest message, the progress of a
// load or a batch (with Cancel), and the counts of what the region holds.
#pragma once

#include "cloud/domain.h"

#include <QWidget>

class QStackedWidget;

#include <functional>

class QAction;

namespace clm {
class Workspace;
}
namespace clm::ui {
class BatchController;
}
class QLabel;
class QProgressBar;
class QToolButton;

namespace clm::ui {

class StatusArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusArea)

public:
    explicit StatusArea(QAction *cancel, QWidget *parent = nullptr);

    // A message made in the current language: it is made again when the language changes.
    using Text = std::function<QString()>;
    void showMessage(Text text, Text toolTip = {});
    // A finished sentence: it is cleared when the language changes rather than left in the old one.
    void showMessage(const QString &text);
    QString message() const;
    // A finished sentence about one page of `pages` (always the same page): it leaves when the user
    // leaves that page.
    void showPageMessage(QStackedWidget *pages, QWidget *page, const QString &text);
    // Adds to the message on screen, with a button for what to do next (until the next message).
    void offer(QAction *action, Text text);
    QAction *offered() const;
    void showProgress(int done, int total);
    void hideProgress();
    void setCounts(const QString &text);
    QString counts() const;
    // What the region holds: instances and how many are linked, VPCs and how many have ClassicLink.
    void showCounts(const QList<ClassicInstance> &instances, const QList<Vpc> &vpcs);
    // The progress and the outcome of every batch, with Cancel enabled while one runs.
    void follow(BatchController *batches);
    // The progress of every load, in instances while their pages arrive, then in requests; its outcome.
    void follow(Workspace *workspace);

protected:
    void changeEvent(QEvent *event) override;

private:
    void renderMessage();
    void announce();

    Text m_text;
    QString m_pageMessage;
    bool m_followsPages = false;
    Text m_toolTip;
    QLabel *m_message;
    QProgressBar *m_progress;
    QLabel *m_counts;
    class Announcer *m_announcer;
    QString m_announced; // the last message said to a screen reader
    QToolButton *m_offer = nullptr;
    QAction *m_cancel;
    bool m_instancesIn = false; // every page of the loading instances has arrived
};

} // namespace clm::ui
