#include "movedialog.h"

#include "announcer.h"
#include "cloud/cloudtask.h"
#include "cloud/domaintext.h"
#include "errors/errorcatalog.h"
#include "messages.h"
#include "move/movehandoff.h"
#include "paneparts.h"
#include "session/workspace.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clm::ui {

MoveDialog::MoveDialog(Workspace *workspace, const QList<ClassicInstance> &instances, const QString &vpcId,
                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_vpc(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_vswitches(new QCheckBox(this))
    , m_groups(new QCheckBox(this))
    , m_traffic(new QCheckBox(this))
    , m_blocksLabel(new QLabel(this))
    , m_blocksForm(new QFormLayout)
    , m_previewLabel(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_prepare(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_console(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_announcer(new Announcer(this))
{
    for (const ClassicInstance &instance : instances)
        m_instanceIds.append(instance.id);
    const QString target =
        vpcId.isEmpty() ? MoveReadiness::defaultTarget(this->instances(), workspace->inventory()->vpcs())
                        : vpcId;
    for (const Vpc &vpc : workspace->inventory()->vpcs())
        m_vpc->addItem(vpc.name.isEmpty() ? vpc.id : DomainText::withDetail(vpc.id, vpc.name), vpc.id);
    m_vpc->setCurrentIndex(std::max(0, m_vpc->findData(target)));

    m_table->setColumnCount(8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    reportCurrentRowOnFocus(m_table);
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewLabel->setBuddy(m_preview);
    for (QCheckBox *part : {m_vswitches, m_groups, m_traffic}) {
        part->setChecked(true);
        connect(part, &QCheckBox::toggled, this, &MoveDialog::updatePreview);
    }

    auto *layout = new QVBoxLayout(this);
    auto *targetRow = new QFormLayout;
    auto *vpcLabel = new QLabel(tr("&Target VPC:"), this);
    vpcLabel->setObjectName(QStringLiteral("vpcLabel"));
    vpcLabel->setBuddy(m_vpc);
    targetRow->addRow(vpcLabel, m_vpc);
    layout->addLayout(targetRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    auto *partsRow = new QHBoxLayout;
    partsRow->addWidget(m_vswitches);
    partsRow->addWidget(m_groups);
    partsRow->addWidget(m_traffic);
    partsRow->addStretch();
    layout->addLayout(partsRow);
    layout->addWidget(m_blocksLabel);
    layout->addLayout(m_blocksForm);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_prepare, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_console, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    connect(m_vpc, &QComboBox::currentIndexChanged, this, &MoveDialog::read);
    // The view is about one region of one account (a preparation under way goes on, in the operations).
    connect(workspace, &Workspace::regionChanged, this, &QWidget::close);
    connect(workspace, &Workspace::preparationChanged, this, &MoveDialog::updatePreview);
    // What the main window changes (a link, a reload) changes the readiness: it is read again.
    const auto readAgain = [this] {
        if (isVisible() && !m_preparation && !m_confirming)
            read();
    };
    connect(workspace, &Workspace::batchSettled, this, readAgain);
    connect(workspace, &Workspace::inventoryLoaded, this, [this, readAgain] {
        if (!m_workspace->isReadingBack()) // else batchSettled follows
            readAgain();
    });
    connect(m_prepare, &QPushButton::clicked, this, &MoveDialog::prepare);
    connect(m_copy, &QPushButton::clicked, this, &MoveDialog::copyMarkdown);
    connect(m_save, &QPushButton::clicked, this, &MoveDialog::saveCsv);
    connect(m_console, &QPushButton::clicked, this, &MoveDialog::openConsole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(1000, 680);
    read();
}

MoveDialog::~MoveDialog()
{
    if (m_reading)
        m_reading->cancel();
}

MoveDialog *MoveDialog::open(Workspace *workspace, const QList<ClassicInstance> &instances,
                             const QString &vpcId, QWidget *parent)
{
    auto *dialog = new MoveDialog(workspace, instances, vpcId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QList<ClassicInstance> MoveDialog::instances() const
{
    // While the inventory reloads, or after a load failed, the instances it last held stand.
    if (m_workspace->hasInventory())
        m_known = m_workspace->inventory()->instancesNamed(m_instanceIds);
    return m_known;
}

void MoveDialog::read()
{
    if (m_reading)
        m_reading->cancel();
    m_read = false;
    m_table->setRowCount(0);
    showPlan();
    const QString vpcId = m_vpc->currentData().toString();
    if (std::exchange(m_typedVpc, vpcId) != vpcId)
        m_typed.clear(); // blocks typed for another VPC
    if (vpcId.isEmpty())
        return setStatus(tr("The region has no VPC to move into."));
    setStatus(tr("Reading %1 and the instances' security groups…").arg(vpcId));
    m_reading =
        m_workspace->readMove(vpcId, instances(), [this](const MoveFacts &facts, const ApiResult &result) {
            if (result.errorKind == ErrorKind::Cancelled)
                return; // a newer read, or the view closing
            if (!result.ok()) {
                setStatus(
                    QStringList{std::exchange(m_outcome, {}),
                                tr("Could not read the VPC: %1").arg(ErrorCatalog::describe(result).title)}
                        .join(u'\n')
                        .trimmed());
                emit readinessRead();
                return;
            }
            m_facts = facts;
            m_plan = MoveReadiness::plan(facts);
            m_read = true;
            setStatus(std::exchange(m_outcome, {})); // how the last preparation ended, if there was one
            showPlan();
            emit readinessRead();
        });
}

void MoveDialog::showPlan()
{
    m_table->setRowCount(m_read ? int(m_plan.instances.size()) : 0);
    for (int row = 0; m_read && row < m_plan.instances.size(); ++row) {
        const InstanceReadiness &instance = m_plan.instances.at(row);
        const QStringList why = MoveReadiness::reasons(instance);
        // The long texts last: what it needs (or why it cannot move), then the rules no copy can carry.
        const QStringList cells{instance.instanceId,
                                instance.zoneId,
                                MoveReadiness::text(instance.readiness),
                                instance.vswitchId.isEmpty() ? tr("None yet") : instance.vswitchId,
                                QLocale().toString(instance.diskGiB),
                                instance.publicIp,
                                DomainText::clauses(why),
                                DomainText::clauses(instance.cannotCarry)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 2 ? DomainText::sentences(MoveReadiness::changes(instance))
                                         : cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int column : {6, 7}) // whole in the tooltip
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 420));
    if (m_table->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentCell(0, 0, QItemSelectionModel::NoUpdate);
    const MoveCounts counts = MoveCounts::of(m_plan.instances);
    m_summary->setText(m_read ? tr("%1 ready to move, %2 need preparation, %3 blocked.")
                                    .arg(counts.ready)
                                    .arg(counts.needsPreparation)
                                    .arg(counts.blocked)
                              : QString());

    // An editable block for each zone that lacks room, proposed to start with.
    for (auto it = m_blockEdits.cbegin(); it != m_blockEdits.cend(); ++it)
        m_typed.insert(it.key(), it.value()->text()); // kept across reads of the same VPC
    while (m_blocksForm->rowCount() > 0)
        m_blocksForm->removeRow(0);
    m_blockEdits.clear();
    const MovePreparation::Blocks proposed = MovePreparation::proposedBlocks(m_facts, m_plan);
    for (const ZoneNeed &zone : std::as_const(m_plan.zones)) {
        if (!m_read || zone.enough())
            continue;
        auto *edit = new QLineEdit(m_typed.value(zone.zoneId, proposed.value(zone.zoneId)), this);
        edit->setAccessibleName(tr("Block of the new vSwitch in %1").arg(zone.zoneId));
        connect(edit, &QLineEdit::textChanged, this, &MoveDialog::updatePreview);
        m_blockEdits.insert(zone.zoneId, edit);
        auto *label = new QLabel(
            tr("New vSwitch in %1 (%n instance(s)):", nullptr, zone.instances).arg(zone.zoneId), this);
        label->setBuddy(edit);
        m_blocksForm->addRow(label, edit);
    }
    m_blocksLabel->setVisible(!m_blockEdits.isEmpty());
    updatePreview();
}

MovePreparation::Blocks MoveDialog::blocks() const
{
    MovePreparation::Blocks given;
    for (auto it = m_blockEdits.cbegin(); it != m_blockEdits.cend(); ++it)
        given.insert(it.key(), it.value()->text().trimmed());
    return given;
}

PrepareParts MoveDialog::parts() const
{
    PrepareParts parts;
    parts.setFlag(PreparePart::VSwitches, m_vswitches->isChecked());
    parts.setFlag(PreparePart::Groups, m_groups->isChecked());
    parts.setFlag(PreparePart::Traffic, m_traffic->isChecked());
    return parts;
}

void MoveDialog::updatePreview()
{
    const bool idle = m_read && !m_workspace->isWriting();
    if (!m_read) {
        m_preview->clear();
    } else {
        const PreparePlan plan = MovePreparation::plan(m_facts, m_plan, parts(), blocks());
        m_preview->setPlainText(MovePreparation::describe(plan).join(u'\n'));
        m_prepare->setEnabled(idle && !plan.steps.isEmpty());
    }
    if (!idle)
        m_prepare->setEnabled(m_preparation != nullptr); // it stops the preparation
    m_prepare->setText(m_preparation ? tr("S&top preparing") : tr("&Prepare…"));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_copy, m_save, m_console})
        widget->setEnabled(m_read);
    m_vpc->setEnabled(!m_preparation);
}

void MoveDialog::prepare()
{
    if (m_preparation)
        return m_preparation->cancel(); // what was sent is still read back and shown
    const PreparePlan plan = MovePreparation::plan(m_facts, m_plan, parts(), blocks());
    int calls = 0;
    for (const PrepareStep &step : plan.steps)
        calls += int(step.operations.size());
    const QString vpcId = m_vpc->currentData().toString();
    m_confirming = true; // no read replaces what the question is about
    Messages::confirm(
        this, tr("Prepare the move"),
        tr("Send %Ln call(s) to prepare %1? Each stage is a logged batch in the operations table; a stage "
           "starts when the one before it has ended, and running it again later sends only what is missing.",
           nullptr, calls)
            .arg(vpcId),
        tr("Prepare"), [this, vpcId](bool accepted) {
            m_confirming = false;
            if (!accepted || m_preparation)
                return;
            m_preparation = m_workspace->prepareMove(vpcId, instances(), parts(), blocks());
            if (!m_preparation)
                return setStatus(tr("Another batch or preparation is running; it must end first."));
            connect(m_preparation, &MovePreparation::stageStarted, this,
                    [this](PrepareStage stage, ClassicLinkBatch *batch) {
                        setStatus(tr("Preparing: %1 (%Ln call(s))…", nullptr, int(batch->operations().size()))
                                      .arg(MovePreparation::text(stage)));
                    });
            connect(m_preparation, &MovePreparation::finished, this,
                    [this](const QString &stopped, const ApiResult &result) {
                        m_preparation = nullptr; // the workspace deletes it
                        m_outcome = !result.ok()        ? ErrorCatalog::describe(result).title
                                    : stopped.isEmpty() ? tr("Prepared: the VPC has everything asked for.")
                                                        : stopped;
                        setStatus(m_outcome);
                        emit preparationFinished();
                        // The readiness now: once the links it made have been read back, if they are
                        // still being read.
                        if (isVisible() && !m_workspace->isReadingBack())
                            read();
                    });
            m_preparation->start();
            updatePreview();
        });
}

void MoveDialog::copyMarkdown()
{
    QGuiApplication::clipboard()->setText(MoveHandOff::markdown(m_plan, m_workspace->regionId()));
    setStatus(tr("The plan is on the clipboard as Markdown, ready for a change ticket."));
}

void MoveDialog::saveCsv()
{
    Messages::askSaveFile(
        this, tr("Save the Plan"), QStringLiteral("move-%1.csv").arg(m_plan.vpcId), {tr("CSV files (*.csv)")},
        [this](const QString &path, const QString &) {
            if (path.isEmpty())
                return;
            QSaveFile file(path);
            const QByteArray data = MoveHandOff::csv(m_plan, m_workspace->regionId());
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
                return Messages::warn(this, tr("Save the Plan"),
                                      tr("Could not save %1: %2").arg(path, file.errorString()));
            setStatus(tr("Saved the plan to %1.").arg(path));
        });
}

void MoveDialog::openConsole()
{
    // The console takes the values by hand: they go to the clipboard first.
    copyMarkdown();
    QDesktopServices::openUrl(MoveHandOff::consoleUrl(m_workspace->regionId()));
    setStatus(tr("Opened the ECS console of %1: create the migration plan there. The plan, with the vSwitch "
                 "and security groups to choose for each instance, is on the clipboard.")
                  .arg(m_workspace->regionId()));
}

void MoveDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_announcer->announce(text);
}

void MoveDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MoveDialog::retranslate()
{
    setWindowTitle(tr("Move to VPC"));
    m_table->setHorizontalHeaderLabels({tr("Instance"), tr("Zone"), tr("Readiness"), tr("vSwitch"),
                                        tr("Disks (GiB)"), tr("Public address"), tr("Needs or blocked by"),
                                        tr("Rules no copy can carry")});
    m_table->setAccessibleName(tr("Readiness of the instances"));
    m_vswitches->setText(tr("Create &vSwitches"));
    m_groups->setText(tr("Copy security &groups and their rules"));
    m_traffic->setText(tr("Keep classic and moved instances &talking"));
    m_blocksLabel->setText(
        tr("Blocks of the new vSwitches (inside the VPC's block, overlapping no vSwitch):"));
    m_previewLabel->setText(tr("&Calls to send:"));
    m_preview->setAccessibleName(tr("Calls to send"));
    m_copy->setText(tr("Copy plan as &Markdown"));
    m_save->setText(tr("&Save plan as CSV…"));
    m_console->setText(tr("Open ECS &console"));
    m_close->setText(tr("Close"));
    if (m_read)
        showPlan();
    updatePreview();
}

} // namespace clm::ui
