#include "operationspane.h"

#include "decoratedmodel.h"
#include "history/operationexport.h"
#include "icons.h"
#include "messages.h"
#include "models/operationtablemodel.h"
#include "operationdetails.h"
#include "paneparts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace clm::ui {

OperationsPane::OperationsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(makeTitle(this))
    , m_buttons(new QWidget(this))
    , m_view(nullptr)
    , m_empty(nullptr)
    , m_details(nullptr)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_buttons);
    layout->addLayout(header);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    // Until the first operation, a sentence instead of an empty table (whose column headers a screen
    // reader cannot reach: Qt gives them through the first row).
    m_stack = new QStackedWidget(splitter);
    m_view = makeTable(m_stack);
    m_empty = makeEmptyLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("operationsEmpty"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_view->setObjectName(QStringLiteral("operationView"));
    m_title->setBuddy(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(false);
    m_details = new OperationDetails(splitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 400});
    layout->addWidget(splitter, 1);
    retranslate();
}

void OperationsPane::setModel(OperationTableModel *model)
{
    m_model = model;
    m_view->setModel(new DecoratedModel(
        model, OperationTableModel::OutcomeColumn,
        [](const QModelIndex &index) {
            return operationStateIcon(OperationState(index.data(OperationTableModel::StateRole).toInt()));
        },
        this));
    // Fixed starting widths (the user may resize): measuring contents would cost a pass over every row on
    // each update of a large batch.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&metrics](const char *sample, int padding) {
        return metrics.horizontalAdvance(QLatin1String(sample)) + padding;
    };
    header->resizeSection(OperationTableModel::TimeColumn, width("00:00:00 PM", 16));
    header->resizeSection(OperationTableModel::ActionColumn, width("Disable ClassicLink", 8));
    header->resizeSection(OperationTableModel::InstanceColumn, width("i-running000", 12));
    header->resizeSection(OperationTableModel::VpcColumn, width("vpc-classiclink00", 12));
    header->resizeSection(OperationTableModel::OutcomeColumn, width("Succeeded", 40));
    header->resizeSection(OperationTableModel::RequestIdColumn, width("00000000-0000", 12));
    header->setSectionResizeMode(OperationTableModel::MessageColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperationsPane::showCurrent);
    connect(model, &QAbstractItemModel::dataChanged, this, &OperationsPane::showCurrent);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        m_view->scrollTo(m_view->model()->index(last, 0));
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &OperationsPane::updateEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, &OperationsPane::updateEmptyState);
    updateEmptyState();
}

void OperationsPane::updateEmptyState()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

void OperationsPane::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->layout()->addWidget(button);
    }
}

void OperationsPane::exportOperations()
{
    const QString csv = tr("CSV files (*.csv)");
    const QString json = tr("JSON files (*.json)");
    Messages::askSaveFile(this, tr("Export operations"), QStringLiteral("classiclink-operations.csv"),
                          {csv, json}, [this, json](const QString &chosen, const QString &selectedFilter) {
                              if (!chosen.isEmpty())
                                  saveTo(chosen, selectedFilter == json);
                          });
}

void OperationsPane::saveTo(QString path, bool jsonChosen)
{
    if (!m_model)
        return;
    const bool hasSuffix = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
                           path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!hasSuffix)
        path += jsonChosen ? QStringLiteral(".json") : QStringLiteral(".csv");
    const ExportFormat format =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? ExportFormat::Json : ExportFormat::Csv;
    if (const QString error = saveOperations(m_model->operations(), format, path); !error.isEmpty())
        return Messages::warn(this, tr("Export failed"),
                              tr("The operations could not be saved to %1: %2").arg(path, error));
    emit message(tr("Saved %Ln operation(s) to %1.", nullptr, m_model->rowCount()).arg(path));
}

void OperationsPane::selectLast()
{
    const int last = m_model ? m_model->rowCount() - 1 : -1;
    if (last >= 0)
        m_view->setCurrentIndex(m_view->model()->index(last, 0));
}

void OperationsPane::clearDetails()
{
    m_details->setOperation(std::nullopt);
}

void OperationsPane::showCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_model)
        return m_details->setOperation(std::nullopt);
    m_details->setOperation(m_model->operation(index.row()), m_endpoint);
}

void OperationsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OperationsPane::retranslate()
{
    m_title->setText(tr("Operatio&ns"));
    m_view->setAccessibleName(tr("Operations"));
    m_empty->setText(tr("No operations yet. Every change you send (link, unlink, enable, allow or remove "
                        "traffic) appears here with its outcome."));
    if (m_model)
        m_model->retranslate();
}

} // namespace clm::ui
