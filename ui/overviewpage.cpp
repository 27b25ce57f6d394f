#include "overviewpage.h"

#include "icons.h"
#include "messages.h"
#include "models/overviewmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace clm::ui {

namespace {

// How the core's model looks: accounts and the totals in bold, figures of an earlier scan in italics and
// muted, and a warning mark next to what could not be read.
class OverviewStyle final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        const bool stale = source.data(OverviewModel::StaleRole).toBool();
        if (role == Qt::FontRole) {
            QFont font = QApplication::font();
            font.setBold(!index.parent().isValid());
            font.setItalic(stale && index.column() != OverviewModel::StatusColumn);
            return font;
        }
        if (role == Qt::ForegroundRole && stale && index.column() != OverviewModel::StatusColumn)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (role == Qt::DecorationRole && index.column() == OverviewModel::StatusColumn &&
            source.data(OverviewModel::UnreadRole).toBool())
            return themedIcon("dialog-warning", ":/icons/outcome-failure.svg");
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_scan(new QPushButton(themedIcon("view-refresh", ":/icons/refresh.svg"), QString(), this))
    , m_cancel(new QPushButton(themedIcon("process-stop", ":/icons/outcome-failure.svg"), QString(), this))
    , m_export(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_move(new QPushButton(QIcon(QStringLiteral(":/icons/move.svg")), QString(), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_text->setWordWrap(true);
    layout->addWidget(m_text);
    auto *bar = new QHBoxLayout;
    for (QPushButton *button : {m_scan, m_cancel, m_export, m_copy, m_move}) {
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        bar->addWidget(button);
    }
    bar->addSpacing(12);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_progressText);
    bar->addStretch();
    layout->addLayout(bar);
    m_view->setObjectName(QStringLiteral("overviewTree"));
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);
    m_progress->setTextVisible(false);
    m_scan->setDefault(true);

    connect(m_scan, &QPushButton::clicked, this, [this] { m_scanAll(); });
    connect(m_export, &QPushButton::clicked, this, &OverviewPage::exportOverview);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(
            OverviewReport::markdown(m_overview->scans(), QDateTime::currentDateTimeUtc()));
        emit message(tr("The summary is on the clipboard, ready to paste into a ticket."));
    });
    const auto open = [this](const QModelIndex &index) {
        const QString region = index.data(OverviewModel::RegionRole).toString();
        if (!region.isEmpty())
            emit openRequested(index.data(OverviewModel::AccountRole).toString(), region);
    };
    connect(m_view, &QTreeView::activated, this, open); // a double-click, or Enter
    connect(m_move, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        emit moveRequested(current.data(OverviewModel::AccountRole).toString(),
                           current.data(OverviewModel::RegionRole).toString());
    });
    retranslate();
    updateState();
}

void OverviewPage::open()
{
    if (!m_scanned && m_scanAll)
        m_scanAll();
    m_view->setFocus();
}

void OverviewPage::setOverview(FleetOverview *overview, std::function<void()> scanAll)
{
    m_overview = overview;
    m_scanAll = std::move(scanAll);
    m_model = new OverviewModel(overview, this);
    auto *style = new OverviewStyle(this);
    style->setSourceModel(m_model);
    m_view->setModel(style);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OverviewPage::updateState);
    connect(m_cancel, &QPushButton::clicked, overview, &FleetOverview::cancel);
    connect(overview, &FleetOverview::accountsChanged, this, [this] {
        m_scanned = true;
        m_view->expandAll();
        fitColumns();
        updateState();
    });
    connect(overview, &FleetOverview::cellChanged, this, &OverviewPage::updateState);
    connect(overview, &FleetOverview::finished, this, [this] {
        updateState();
        fitColumns();
        m_columnsFitted = true; // from now on the widths are the user's
        emit message(m_overview->isComplete() ? tr("Every region of every account was read.")
                                              : tr("Some regions were not read; see Status."));
    });
    updateState();
}

void OverviewPage::fitColumns()
{
    if (m_columnsFitted)
        return;
    for (int column = 0; column < OverviewModel::ColumnCount; ++column)
        m_view->resizeColumnToContents(column);
}

void OverviewPage::updateState()
{
    const bool running = m_overview && m_overview->isRunning();
    const bool any = m_overview && !m_overview->scans().isEmpty();
    m_scan->setText(m_scanned ? tr("Scan again") : tr("Scan"));
    m_scan->setEnabled(m_overview && !running);
    m_cancel->setEnabled(running);
    m_export->setEnabled(any && !running);
    m_copy->setEnabled(any && !running);
    m_move->setEnabled(m_view->currentIndex().isValid() &&
                       !m_view->currentIndex().data(OverviewModel::RegionRole).toString().isEmpty());
    m_progress->setVisible(running);
    if (!m_overview || !m_scanned) {
        m_progressText->setText(tr("Not scanned yet."));
        return;
    }
    const int done = m_overview->cellsDone();
    const int total = m_overview->cellsTotal();
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progressText->setText(running ? tr("%1 of %2 regions scanned…").arg(done).arg(total)
                                    : tr("%1 of %2 regions read.").arg(m_overview->cellsRead()).arg(total));
    m_progress->setAccessibleName(m_progressText->text());
}

void OverviewPage::exportOverview()
{
    const QString csv = tr("CSV, one row per classic instance (*.csv)");
    const QString json = tr("JSON, every account and region (*.json)");
    const QString markdown = tr("Markdown summary for a ticket (*.md)");
    Messages::askSaveFile(this, tr("Export overview"), QStringLiteral("classic-overview.csv"),
                          {csv, json, markdown},
                          [this](const QString &chosen, const QString &selectedFilter) {
                              if (!chosen.isEmpty())
                                  saveTo(chosen, selectedFilter);
                          });
}

void OverviewPage::saveTo(QString path, const QString &selectedFilter)
{
    using Format = OverviewReport::Format;
    const QList<std::pair<QString, Format>> suffixes{{QStringLiteral(".csv"), Format::Csv},
                                                     {QStringLiteral(".json"), Format::Json},
                                                     {QStringLiteral(".md"), Format::Markdown}};
    std::optional<Format> format;
    for (const auto &[suffix, kind] : suffixes) {
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            format = kind;
    }
    if (!format) {
        // No known suffix: the one of the chosen file type.
        for (const auto &[suffix, kind] : suffixes) {
            if (selectedFilter.contains(u'*' + suffix))
                format = kind;
        }
        path += format == Format::Json       ? QStringLiteral(".json")
                : format == Format::Markdown ? QStringLiteral(".md")
                                             : QStringLiteral(".csv");
        format = format.value_or(Format::Csv);
    }
    if (const QString error = OverviewReport::save(*format, m_overview->scans(), path); !error.isEmpty())
        return Messages::warn(this, tr("Export failed"),
                              tr("The overview could not be saved to %1: %2").arg(path, error));
    emit message(tr("Saved the overview to %1.").arg(path));
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_model)
            m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void OverviewPage::retranslate()
{
    m_title->setText(tr("Overview of every account"));
    m_text->setText(tr("What is left on the classic network in every region of every account, and how much "
                       "of it is linked to a VPC. A region that could not be read says why and is not "
                       "counted. Double-click a region to open it."));
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("Export…"));
    m_copy->setText(tr("Copy summary"));
    m_move->setText(tr("Move to VPC…"));
    m_move->setToolTip(tr("Open the selected region with its Move to VPC view"));
    m_view->setAccessibleName(tr("Classic instances by account and region"));
    updateState();
}

} // namespace clm::ui
