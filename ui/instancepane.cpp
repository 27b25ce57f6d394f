#include "instancepane.h"

#include "announcer.h"
#include "cloud/domaintext.h"
#include "decoratedmodel.h"
#include "icons.h"
#include "models/instancetablemodel.h"
#include "paneparts.h"

#include <QStackedWidget>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace clm::ui {

InstancePane::InstancePane(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new InstanceFilterProxy(this))
    , m_title(makeTitle(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_view(makeTable(m_stack))
    , m_empty(makeEmptyLabel(m_stack))
    , m_announcer(new Announcer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    auto *header = new QHBoxLayout;
    m_filter->setObjectName(QStringLiteral("instanceFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_filter->setClearButtonEnabled(true);
    for (const char *status : {"", "Running", "Stopped", "Pending", "Starting", "Stopping"})
        m_status->addItem(QString(), QLatin1String(status));
    m_title->setBuddy(m_view);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_filter, 2);
    header->addWidget(m_status);
    layout->addLayout(header);
    m_view->setObjectName(QStringLiteral("instanceView"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Sorting and filtering work on the core model directly; icons are added on top, for the view only.
    m_view->setModel(new DecoratedModel(
        m_proxy, InstanceTableModel::StatusColumn,
        [](const QModelIndex &index) {
            return instanceStatusIcon(index.data(InstanceTableModel::StatusRole).toString(),
                                      index.data(InstanceTableModel::LockedRole).toBool());
        },
        this));
    m_view->sortByColumn(InstanceTableModel::IdColumn, Qt::AscendingOrder);
    ColumnFitter::of(m_view)->setElasticColumns(
        {InstanceTableModel::NameColumn, InstanceTableModel::LocksColumn});
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &InstanceFilterProxy::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_status->currentData().toString()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &InstancePane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InstancePane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InstancePane::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InstancePane::selectionChanged);
    // The count of selected instances is said as it changes (Space, Shift+arrows, Ctrl+A).
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int selected = int(m_view->selectionModel()->selectedRows().size());
        m_announcer->announce(selected == 0 ? tr("No instance selected")
                                            : tr("%n instance(s) selected", nullptr, selected));
    });
    keepCurrentRow(m_view);
    retranslate();
}

void InstancePane::setModel(InstanceTableModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    connect(model, &QAbstractItemModel::dataChanged, this, &InstancePane::selectionChanged);
    updateEmptyState();
}

QList<ClassicInstance> InstancePane::selectedInstances() const
{
    QList<ClassicInstance> instances;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const auto instance =
                m_model->instance(index.data(InstanceTableModel::InstanceIdRole).toString()))
            instances.append(*instance);
    }
    return instances;
}

void InstancePane::setLoadState(bool loading, const QString &failure)
{
    m_loading = loading;
    m_failure = failure;
    updateEmptyState();
}

QString InstancePane::emptyText() const
{
    return m_empty->text();
}

void InstancePane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void InstancePane::updateEmptyState()
{
    QString text;
    if (!m_failure.isEmpty())
        text = m_failure;
    else if (m_loading && (!m_model || m_model->rowCount() == 0))
        text = tr("Loading classic instances…"); // rows are shown as soon as the first page is in
    else if (!m_model || m_model->rowCount() == 0)
        text = tr("There are no classic network instances in this region. Choose another region, or, if your "
                  "instances are already in a VPC, there is nothing to link.");
    else if (m_proxy->rowCount() == 0)
        text = tr("No instance matches the filter.");
    m_empty->setText(text);
    m_stack->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

void InstancePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InstancePane::retranslate()
{
    m_title->setText(tr("Classic &instances"));
    m_filter->setPlaceholderText(tr("Filter by ID, name or IP"));
    m_filter->setAccessibleName(tr("Filter instances"));
    for (QToolButton *clear : m_filter->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, DomainText::status(m_status->itemData(i).toString()));
    m_view->setAccessibleName(tr("Classic instances"));
    if (m_model)
        m_model->retranslate();
    updateEmptyState();
}

} // namespace clm::ui
