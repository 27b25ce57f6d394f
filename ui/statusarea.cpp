#include "statusarea.h"

#include "announcer.h"

#include "batchcontroller.h"
#include "cloud/domaintext.h"
#include "errors/errorcatalog.h"
#include "session/workspace.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolButton>

namespace clm::ui {

StatusArea::StatusArea(QAction *cancel, QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_announcer(new Announcer(this))
    , m_cancel(cancel)
{
    m_message->setObjectName(QStringLiteral("statusMessage"));
    setAccessibleName(tr("Status"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *cancelButton = new QToolButton(this);
    cancelButton->setDefaultAction(cancel);
    cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    cancelButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(cancelButton);
    layout->addWidget(m_counts);
}

void StatusArea::showMessage(Text text, Text toolTip)
{
    if (m_offer)
        m_offer->hide();
    m_text = std::move(text);
    m_toolTip = std::move(toolTip);
    renderMessage();
}

void StatusArea::offer(QAction *action, Text text)
{
    // After the message on screen (a batch's outcome), in the language of the moment.
    if (const Text before = m_text)
        showMessage([before, text]() -> QString { return DomainText::sentences({before(), text()}); });
    else
        showMessage(std::move(text));
    if (!m_offer) {
        // Made on first use: a button without an action would be a control without a name.
        m_offer = new QToolButton(this);
        m_offer->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_offer->setAutoRaise(true);
        qobject_cast<QHBoxLayout *>(layout())->insertWidget(1, m_offer);
    }
    m_offer->setDefaultAction(action);
    m_offer->show();
}

QAction *StatusArea::offered() const
{
    return m_offer && m_offer->isVisibleTo(this) ? m_offer->defaultAction() : nullptr;
}

void StatusArea::showMessage(const QString &text)
{
    if (m_offer)
        m_offer->hide();
    m_text = nullptr;
    m_toolTip = nullptr;
    m_message->setText(text);
    m_message->setToolTip({});
    announce();
}

void StatusArea::renderMessage()
{
    m_message->setText(m_text ? m_text() : QString());
    m_message->setToolTip(m_toolTip ? m_toolTip() : QString());
    announce();
}

void StatusArea::announce()
{
    // What the status bar says is said to a screen reader too, once per message; while a load or a batch
    // shows its progress, its counting messages are not (hundreds a minute), only what it ends with.
    const QString text = m_message->text();
    if (m_progress->isVisibleTo(this) || text == m_announced)
        return;
    m_announced = text;
    m_announcer->announce(text);
}

void StatusArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Status"));
        renderMessage();
    }
    QWidget::changeEvent(event);
}

QString StatusArea::message() const
{
    return m_message->text();
}

void StatusArea::showPageMessage(QStackedWidget *pages, QWidget *page, const QString &text)
{
    showMessage(text);
    m_pageMessage = text;
    if (std::exchange(m_followsPages, true))
        return;
    connect(pages, &QStackedWidget::currentChanged, this, [this, pages, page] {
        if (pages->currentWidget() != page && !m_pageMessage.isEmpty() && message() == m_pageMessage)
            showMessage(QString());
    });
}

void StatusArea::showProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->show();
}

void StatusArea::hideProgress()
{
    m_progress->hide(); // the message shown next is the one announced, not the last count
}

void StatusArea::setCounts(const QString &text)
{
    m_counts->setText(text);
}

QString StatusArea::counts() const
{
    return m_counts->text();
}

void StatusArea::showCounts(const QList<ClassicInstance> &instances, const QList<Vpc> &vpcs)
{
    const auto linked =
        std::count_if(instances.cbegin(), instances.cend(),
                      [](const ClassicInstance &instance) { return !instance.linkedVpcId.isEmpty(); });
    const auto enabled =
        std::count_if(vpcs.cbegin(), vpcs.cend(), [](const Vpc &vpc) { return vpc.classicLinkEnabled; });
    // %Ln and QLocale: every number grouped the way the language writes it.
    setCounts(tr("%1 · %2", "the instances' figures, then the VPCs'")
                  .arg(tr("%Ln classic instance(s), %1 linked", nullptr, int(instances.size()))
                           .arg(QLocale().toString(linked)),
                       tr("%Ln VPC(s), %1 with ClassicLink", nullptr, int(vpcs.size()))
                           .arg(QLocale().toString(enabled))));
}

void StatusArea::follow(BatchController *batches)
{
    connect(batches, &BatchController::started, this, [this](int total) {
        showProgress(0, total);
        m_cancel->setEnabled(true);
    });
    connect(batches, &BatchController::progress, this, [this](int done, int total) {
        showProgress(done, total);
        showMessage([done, total] { return tr("Sending… %L1 of %L2 done").arg(done).arg(total); });
    });
    connect(batches, &BatchController::finished, this, [this](int succeeded, int total) {
        hideProgress();
        m_cancel->setEnabled(false);
        showMessage([succeeded, total] { return tr("%L1 of %L2 succeeded.").arg(succeeded).arg(total); });
    });
}

void StatusArea::follow(Workspace *workspace)
{
    // Until the first page tells how many instances there are, the bar is busy rather than determinate.
    connect(workspace, &Workspace::loadingProgress, this, [this, workspace](int done, int total) {
        m_cancel->setEnabled(true);
        const QString region = workspace->regionId();
        if (done == 0) {
            showProgress(0, 0);
            showMessage([region] { return tr("Loading %1…").arg(region); });
        } else if (m_instancesIn) {
            showProgress(done, total);
            showMessage([region, done, total] {
                return tr("Loading %1: links and VPCs… (%L2 of %L3 requests)")
                    .arg(region)
                    .arg(done)
                    .arg(total);
            });
        }
    });
    connect(workspace, &Workspace::instancesArrived, this, [this, workspace](int loaded, int total) {
        m_instancesIn = loaded >= total;
        showProgress(loaded, total);
        showMessage([region = workspace->regionId(), loaded, total] {
            return tr("Loading %1: %L2 of %L3 classic instances…").arg(region).arg(loaded).arg(total);
        });
    });
    connect(workspace, &Workspace::inventoryLoaded, this, [this, workspace] {
        m_instancesIn = false;
        hideProgress();
        m_cancel->setEnabled(false);
        showMessage([region = workspace->regionId(), at = workspace->inventory()->loadedAt().time()] {
            return tr("Loaded %1 at %2.").arg(region, QLocale().toString(at, QLocale::ShortFormat));
        });
    });
    const auto failed = [this](const ApiResult &result) {
        m_instancesIn = false;
        hideProgress();
        m_cancel->setEnabled(false);
        if (result.errorKind == ErrorKind::Cancelled)
            return showMessage([] { return tr("Loading cancelled."); });
        showMessage(
            [result] { return tr("Loading failed: %1").arg(ErrorCatalog::describe(result).title); },
            [id = result.requestId] { return id.isEmpty() ? QString() : tr("RequestId: %1").arg(id); });
    };
    connect(workspace, &Workspace::inventoryFailed, this, failed);
    connect(workspace, &Workspace::regionsFailed, this, failed);
    connect(workspace, &Workspace::linksRefreshFailed, this, [this](const ApiResult &result) {
        showMessage([result] {
            return tr("The links could not be read back: %1. Refresh to see where they stand.")
                .arg(ErrorCatalog::describe(result).title);
        });
    });
}

} // namespace clm::ui
