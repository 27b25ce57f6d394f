#include "vpcpane.h"

#include "models/vpctablemodel.h"
#include "paneparts.h"

#include <QStackedWidget>

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace clm::ui {

VpcPane::VpcPane(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new VpcFilterProxy(this))
    , m_title(makeTitle(this))
    , m_classicLinkOnly(new QCheckBox(this))
    , m_stack(new QStackedWidget(this))
    , m_view(makeTable(m_stack))
    , m_empty(nullptr)
    , m_showAll(nullptr)
    , m_buttons(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_classicLinkOnly->setObjectName(QStringLiteral("classicLinkOnly"));
    m_classicLinkOnly->setChecked(true);
    m_title->setBuddy(m_view);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_classicLinkOnly);
    layout->addLayout(header);
    m_view->setObjectName(QStringLiteral("vpcView"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setModel(m_proxy);
    // The traffic counts after the link count give up space first (the tooltip has them too).
    ColumnFitter::of(m_view)->setElasticColumns({VpcTableModel::NameColumn, VpcTableModel::LinksColumn});
    m_view->sortByColumn(VpcTableModel::IdColumn, Qt::AscendingOrder);
    auto *emptyPage = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_empty = makeEmptyLabel(emptyPage);
    m_showAll = new QPushButton(emptyPage);
    connect(m_showAll, &QPushButton::clicked, m_classicLinkOnly,
            [this] { m_classicLinkOnly->setChecked(false); });
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_showAll, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(m_view);
    m_stack->addWidget(emptyPage);
    keepCurrentRow(m_view);
    layout->addWidget(m_stack, 1);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_buttons);
    connect(m_classicLinkOnly, &QCheckBox::toggled, m_proxy, &VpcFilterProxy::setClassicLinkOnly);
    connect(m_classicLinkOnly, &QCheckBox::toggled, this, &VpcPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &VpcPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &VpcPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &VpcPane::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VpcPane::selectionChanged);
    retranslate();
}

void VpcPane::setModel(VpcTableModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    connect(model, &QAbstractItemModel::dataChanged, this, &VpcPane::selectionChanged);
    updateEmptyState();
}

void VpcPane::setActions(const QList<QAction *> &actions)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    layout->addStretch();
}

std::optional<Vpc> VpcPane::selectedVpc() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_model)
        return std::nullopt;
    return m_model->vpc(rows.first().data(VpcTableModel::VpcIdRole).toString());
}

void VpcPane::setLoadState(bool loading, bool failed)
{
    m_loading = loading;
    m_failed = failed;
    updateEmptyState();
}

bool VpcPane::classicLinkOnly() const
{
    return m_classicLinkOnly->isChecked();
}

void VpcPane::setClassicLinkOnly(bool only)
{
    m_classicLinkOnly->setChecked(only);
}

QString VpcPane::emptyText() const
{
    return m_empty->text();
}

void VpcPane::updateEmptyState()
{
    QString text;
    bool offerAll = false;
    if (m_failed)
        text = tr("The VPCs could not be loaded.");
    else if (m_loading)
        text = tr("Loading VPCs…");
    else if (!m_model || m_model->rowCount() == 0)
        text = tr("There are no VPCs in this region. Create one in the VPC console first.");
    else if (m_proxy->rowCount() == 0) {
        text = tr("No VPC in this region has ClassicLink enabled. Show all VPCs, select one and choose "
                  "Enable ClassicLink.");
        offerAll = true;
    }
    m_empty->setText(text);
    m_showAll->setVisible(offerAll);
    m_stack->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

void VpcPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VpcPane::retranslate()
{
    m_title->setText(tr("V&PCs"));
    m_classicLinkOnly->setText(tr("&Only ClassicLink-enabled"));
    m_view->setAccessibleName(tr("VPCs"));
    m_showAll->setText(tr("Show all VPCs"));
    if (m_model)
        m_model->retranslate();
    updateEmptyState();
}

} // namespace clm::ui
