#include "retirementbanner.h"

#include "palettecolours.h"
#include "uistate.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace clm::ui {

namespace {

const char kMigrationUrl[] = "https://www.alibabacloud.com/help/en/ecs/user-guide/"
                             "migrate-ecs-instances-from-the-classic-network-to-a-vpc";

} // namespace

RetirementBanner::RetirementBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setPalette(noticePalette(QApplication::palette(this)));
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextFormat(Qt::RichText);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        UiState::setRetirementBannerDismissed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setVisible(!UiState::retirementBannerDismissed());
    retranslate();
}

void RetirementBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::ApplicationPaletteChange) // the system switched light or dark
        setPalette(noticePalette(QApplication::palette(this)));
    QFrame::changeEvent(event);
}

void RetirementBanner::retranslate()
{
    m_text->setText(
        tr("<b>The classic network has been retired.</b> Alibaba Cloud ended the classic network on "
           "28 February 2025. ClassicLink still works where the API answers; plan the move to VPC. "
           "<a href=\"%1\">How to migrate to a VPC</a>")
            .arg(QLatin1String(kMigrationUrl)));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the notice"));
    // The focus starts here: a screen reader reads the notice along with the button.
    m_close->setAccessibleDescription(QTextDocumentFragment::fromHtml(m_text->text()).toPlainText());
}

} // namespace clm::ui
