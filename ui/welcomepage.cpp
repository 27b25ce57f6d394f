#include "welcomepage.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clm::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_sandbox(new QPushButton(QIcon(QStringLiteral(":/icons/sandbox.svg")), QString(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *logo = new QLabel(this);
    logo->setPixmap(appIcon().pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setMinimumWidth(420);
    m_text->setMaximumWidth(620);
    // Centred by stretches, not by alignment, so the wrapped text gets the height it needs.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text, 3);
    textRow->addStretch();
    layout->addLayout(textRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_add->setDefault(true);
    buttons->addWidget(m_add);
    buttons->addWidget(m_sandbox);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addAccountRequested);
    connect(m_sandbox, &QPushButton::clicked, this, &WelcomePage::sandboxRequested);
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to ClassicLink Manager"));
    m_text->setText(
        tr("Link your classic-network ECS instances to VPCs without the console or the command line. "
           "Add an account with its AccessKey to begin, or explore the built-in sandbox, which "
           "behaves like Alibaba Cloud and changes nothing real."));
    m_add->setText(tr("Add account…"));
    m_sandbox->setText(tr("Explore the sandbox"));
}

} // namespace clm::ui
