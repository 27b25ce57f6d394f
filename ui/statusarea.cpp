#include "statusarea.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace clm::ui {

StatusArea::StatusArea(QAction *cancel, QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *cancelButton = new QToolButton(this);
    cancelButton->setDefaultAction(cancel);
    cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    cancelButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_progress);
    layout->addWidget(cancelButton);
    layout->addWidget(m_counts);
}

void StatusArea::showMessage(const QString &text, const QString &toolTip)
{
    m_message->setText(text);
    m_message->setToolTip(toolTip);
}

QString StatusArea::message() const
{
    return m_message->text();
}

void StatusArea::showProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->show();
}

void StatusArea::hideProgress()
{
    m_progress->hide();
}

void StatusArea::setCounts(const QString &text)
{
    m_counts->setText(text);
}

} // namespace clm::ui
