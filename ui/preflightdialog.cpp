#include "preflightdialog.h"
#include "ui_preflightdialog.h"

#include "cloud/domaintext.h"
#include "icons.h"
#include "paneparts.h"

#include <QEvent>
#include <QPushButton>

namespace clm::ui {

PreflightDialog::PreflightDialog(LinkDirection direction, const QList<ClassicInstance> &instances,
                                 const Vpc &vpc, const QString &regionId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreflightDialog>())
    , m_direction(direction)
    , m_vpc(vpc)
    , m_plan(Preflight::plan(direction, instances, vpc, regionId))
{
    m_ui->setupUi(this);
    m_ui->verdictTable->setColumnCount(4);
    m_ui->verdictTable->setRowCount(int(m_plan.instances.size()));
    m_ui->verdictTable->setAccessibleName(tr("Checks before sending"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_ui->verdictTable->resizeColumnsToContents();
    // A current row from the start: a screen reader entering the table hears the first instance and why.
    if (m_ui->verdictTable->rowCount() > 0)
        m_ui->verdictTable->setCurrentCell(0, 0, QItemSelectionModel::NoUpdate);
    reportCurrentRowOnFocus(m_ui->verdictTable);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!readyInstanceIds().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
}

PreflightDialog::~PreflightDialog() = default;

void PreflightDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreflightDialog::retranslate()
{
    const bool attach = m_direction == LinkDirection::Attach;
    const int ready = int(readyInstanceIds().size());
    const int total = int(m_plan.verdicts.size());
    const QString vpcLabel = m_vpc.name.isEmpty() ? m_vpc.id : DomainText::withDetail(m_vpc.id, m_vpc.name);
    setWindowTitle(attach ? tr("Link to VPC") : tr("Unlink from VPC"));
    m_ui->headingLabel->setText(attach ? tr("Link %Ln instance(s) to %1?", nullptr, total).arg(vpcLabel)
                                       : tr("Unlink %Ln instance(s) from %1?", nullptr, total).arg(vpcLabel));
    if (ready == total)
        m_ui->summaryLabel->setText(tr("All %Ln instance(s) passed the checks.", nullptr, total));
    else if (ready == 0)
        m_ui->summaryLabel->setText(
            tr("None of the selected instances can be changed; nothing will be sent."));
    else
        m_ui->summaryLabel->setText(
            tr("%L1 of %L2 instances passed the checks. Only those will be sent; the others "
               "would fail for the reasons shown.")
                .arg(ready)
                .arg(total));
    if (ready > 0)
        m_ui->summaryLabel->setText(m_ui->summaryLabel->text() + QLatin1Char('\n') +
                                    Preflight::sends(m_direction, readyInstanceIds()));
    m_ui->verdictTable->setHorizontalHeaderLabels({tr("Instance ID"), tr("Name"), tr("Status"), tr("Check")});
    for (int row = 0; row < total; ++row) {
        const ClassicInstance &instance = m_plan.instances.at(row);
        const PreflightVerdict &verdict = m_plan.verdicts.at(row);
        auto item = [](const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(text);
            return cell;
        };
        m_ui->verdictTable->setItem(row, 0, item(instance.id));
        m_ui->verdictTable->setItem(row, 1, item(instance.name));
        QTableWidgetItem *status = item(DomainText::status(instance.status));
        status->setIcon(instanceStatusIcon(instance.status, instance.isLocked()));
        m_ui->verdictTable->setItem(row, 2, status);
        QTableWidgetItem *check = item(Preflight::describe(verdict, instance, m_vpc));
        check->setIcon(
            operationStateIcon(verdict.isReady() ? OperationState::Succeeded : OperationState::Failed));
        m_ui->verdictTable->setItem(row, 3, check);
    }
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(attach ? tr("Link %Ln instance(s)", nullptr, ready)
                       : tr("Unlink %Ln instance(s)", nullptr, ready));
}

} // namespace clm::ui
