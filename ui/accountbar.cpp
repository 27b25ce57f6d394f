#include "accountbar.h"

#include "api/endpoints.h"
#include "cloud/domaintext.h"
#include "icons.h"
#include "palettecolours.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>

namespace clm::ui {

AccountBar::AccountBar(QWidget *parent)
    : QWidget(parent)
    , m_accountLabel(new QLabel(this))
    , m_colour(new QLabel(this))
    , m_accounts(new QComboBox(this))
    , m_endpoint(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_regions(new QComboBox(this))
{
    m_accounts->setObjectName(QStringLiteral("accountCombo"));
    m_accounts->setMinimumContentsLength(14);
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountLabel->setBuddy(m_accounts);
    m_colour->setFixedSize(10, 22);
    m_colour->hide();
    m_endpoint->setObjectName(QStringLiteral("accountEndpoint"));
    m_endpoint->hide();
    m_regions->setObjectName(QStringLiteral("regionCombo"));
    m_regions->setMinimumContentsLength(24);
    m_regions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_regions->setEnabled(false);
    m_regionLabel->setBuddy(m_regions);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_colour);
    layout->addWidget(m_accounts);
    layout->addWidget(m_endpoint);
    layout->addWidget(separator);
    layout->addWidget(m_regionLabel);
    layout->addWidget(m_regions);
    connect(m_accounts, &QComboBox::currentIndexChanged, this, &AccountBar::accountChosen);
    connect(m_regions, &QComboBox::activated, this, [this](int index) {
        const QString regionId = m_regions->itemData(index).toString();
        if (!regionId.isEmpty())
            emit regionChosen(regionId);
    });
    retranslate();
}

void AccountBar::setAccounts(const QList<Account> &accounts, int current)
{
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    for (const Account &account : accounts)
        m_accounts->addItem(account.isSandbox() ? QIcon(QStringLiteral(":/icons/sandbox.svg"))
                                                : colourIcon(account.colour),
                            account.name);
    m_accounts->setCurrentIndex(current);
}

void AccountBar::showAccount(const QString &accountName, const QString &colour, const QUrl &endpointOverride)
{
    m_colourOf = accountName;
    m_endpointShown = endpointOverride;
    m_endpoint->setVisible(!endpointOverride.isEmpty());
    m_colour->setVisible(!colour.isEmpty());
    m_colour->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("background: %1; border-radius: 3px;").arg(colour));
    retranslate();
}

void AccountBar::setRegions(const QList<Region> &regions, const QString &current)
{
    m_regions->clear();
    for (const Region &region : regions)
        m_regions->addItem(DomainText::withDetail(region.localName, region.id), region.id);
    m_regions->setEnabled(m_regions->count() > 0);
    m_regions->setCurrentIndex(std::max(0, m_regions->findData(current)));
}

void AccountBar::clearRegions()
{
    m_regions->clear();
    m_regions->setEnabled(false);
}

void AccountBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountBar::retranslate()
{
    m_accountLabel->setText(tr("A&ccount:"));
    m_accounts->setAccessibleName(tr("Account"));
    m_colour->setAccessibleName(tr("Account colour label"));
    m_colour->setToolTip(m_colourOf.isEmpty() ? QString() : tr("Colour label of %1").arg(m_colourOf));
    m_regionLabel->setText(tr("&Region:"));
    m_regions->setAccessibleName(tr("Region"));
    const QString host = m_endpointShown.host();
    const bool foreign =
        !host.isEmpty() && !Endpoints::isLoopback(host) && !Endpoints::isAlibabaCloudHost(host);
    const QString hostText =
        m_endpointShown.port() > 0 ? QStringLiteral("%1:%2").arg(host).arg(m_endpointShown.port()) : host;
    m_endpoint->setText(foreign ? QStringLiteral("⚠ ") + hostText : hostText);
    m_endpoint->setToolTip(
        foreign ? tr("Requests of this account are signed and sent to %1, which is not an Alibaba "
                     "Cloud endpoint (aliyuncs.com).")
                      .arg(host)
                : tr("Requests of this account go to %1.").arg(hostText));
    m_endpoint->setAccessibleName(tr("Endpoint"));
}

SandboxBadge::SandboxBadge(QWidget *parent)
    : QLabel(parent)
{
    applyColours();
    retranslate();
}

void SandboxBadge::applyColours()
{
    const auto [background, text] = badgeColours(QApplication::palette(this));
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 3px 10px; "
                                 "font-weight: bold; }")
                      .arg(background.name(), text.name()));
}

void SandboxBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
    QLabel::changeEvent(event);
}

void SandboxBadge::retranslate()
{
    setText(tr("Sandbox"));
    setToolTip(tr("You are working in the built-in sandbox: nothing here touches a real cloud account."));
}

} // namespace clm::ui
