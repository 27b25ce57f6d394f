#include "allowtrafficdialog.h"

#include "cloud/domaintext.h"
#include "errors/errorcatalog.h"
#include "palettecolours.h"
#include "session/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clm::ui {

namespace {

constexpr int kGroupIdRole = Qt::UserRole;

} // namespace

AllowTrafficDialog::AllowTrafficDialog(Workspace *workspace, const QList<ClassicInstance> &instances,
                                       const Vpc &vpc, const QList<Refusal> &refused, QWidget *parent)
    : QDialog(parent)
    , m_instances(instances)
    , m_refused(refused)
    , m_vpc(vpc)
    , m_classicGroups(TrafficRules::classicGroups(instances))
    , m_intro(new QLabel(this))
    , m_classicList(new QLabel(this))
    , m_vpcGroups(new QListWidget(this))
    , m_direction(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_ports(new QLineEdit(QStringLiteral("22/22"), this))
    , m_priority(new QSpinBox(this))
    , m_description(new QLineEdit(QLatin1String(TrafficRules::kDescription), this))
    , m_descriptionHint(new QLabel(this))
    , m_preview(new QTreeWidget(this))
    , m_problems(new QLabel(this))
    , m_refusedLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_intro->setWordWrap(true);
    m_classicList->setWordWrap(true);
    m_classicList->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_vpcGroups->setMaximumHeight(m_vpcGroups->fontMetrics().height() * 6);
    for (int i = 0; i < 3; ++i)
        m_direction->addItem(QString());
    for (const QString &protocol : TrafficRules::protocols())
        m_protocol->addItem(protocol == QLatin1String("all") ? QString() : protocol.toUpper(), protocol);
    m_priority->setRange(1, 100);
    m_description->setMaxLength(512);
    m_descriptionHint->setWordWrap(true);
    showAsHint(m_descriptionHint);
    m_preview->setColumnCount(6);
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 8);
    m_problems->setWordWrap(true);
    showAsError(m_problems);
    m_refusedLabel->setWordWrap(true);
    m_refusedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_refusedLabel->setVisible(!refused.isEmpty());

    auto *form = new QFormLayout;
    const auto addRow = [this, form](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_fieldLabels.append(label);
        form->addRow(label, field);
    };
    addRow(m_classicList);
    addRow(m_vpcGroups);
    addRow(m_direction);
    addRow(m_protocol);
    addRow(m_ports);
    addRow(m_priority);
    addRow(m_description);
    form->addRow(QString(), m_descriptionHint);
    auto *previewLabel = new QLabel(this);
    previewLabel->setBuddy(m_preview);
    m_fieldLabels.append(previewLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_refusedLabel);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_vpcGroups, &QListWidget::itemChanged, this, &AllowTrafficDialog::updatePlan);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &AllowTrafficDialog::updatePlan);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &AllowTrafficDialog::updatePlan);
    connect(m_ports, &QLineEdit::textChanged, this, &AllowTrafficDialog::updatePlan);
    connect(m_priority, &QSpinBox::valueChanged, this, &AllowTrafficDialog::updatePlan);
    connect(m_description, &QLineEdit::textChanged, this, &AllowTrafficDialog::updatePlan);
    retranslate();
    resize(sizeHint().expandedTo(QSize(m_preview->fontMetrics().averageCharWidth() * 110, 0)));

    workspace->readSecurityGroups(
        QSet<QString>(m_classicGroups.cbegin(), m_classicGroups.cend()), {vpc.id}, this,
        [this](const Traffic::Groups &groups, const ApiResult &result) { onGroupsRead(groups, result); });
}

void AllowTrafficDialog::onGroupsRead(const Traffic::Groups &groups, const ApiResult &result)
{
    m_groupsRead = true;
    m_groups = groups;
    if (!result.ok())
        m_readFailure = ErrorCatalog::describe(result).title;
    const QSignalBlocker blocker(m_vpcGroups);
    for (const SecurityGroup &group : TrafficRules::vpcGroups(groups, m_vpc.id)) {
        auto *item = new QListWidgetItem(
            group.name.isEmpty() ? group.id : DomainText::withDetail(group.name, group.id), m_vpcGroups);
        item->setData(kGroupIdRole, group.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_vpcGroups->count() == 1 ? Qt::Checked : Qt::Unchecked);
    }
    updatePlan();
    emit groupsRead();
}

RuleSpec AllowTrafficDialog::spec() const
{
    RuleSpec spec;
    spec.direction = TrafficDirection(m_direction->currentIndex());
    spec.protocol = m_protocol->currentData().toString();
    spec.ports = m_ports->text();
    spec.priority = m_priority->value();
    spec.description = m_description->text().trimmed();
    return spec;
}

QStringList AllowTrafficDialog::chosenVpcGroups() const
{
    QStringList chosen;
    for (int row = 0; row < m_vpcGroups->count(); ++row) {
        if (m_vpcGroups->item(row)->checkState() == Qt::Checked)
            chosen.append(m_vpcGroups->item(row)->data(kGroupIdRole).toString());
    }
    return chosen;
}

void AllowTrafficDialog::updatePlan()
{
    const RuleSpec wanted = spec();
    m_ports->setEnabled(wanted.protocol == QLatin1String("tcp") || wanted.protocol == QLatin1String("udp"));
    const QStringList vpcGroups = chosenVpcGroups();
    QStringList problems;
    if (!m_readFailure.isEmpty())
        problems.append(tr("The security groups could not be read: %1").arg(m_readFailure));
    else if (m_groupsRead && m_vpcGroups->count() == 0)
        problems.append(tr("%1 has no security group. Create one in the VPC first.").arg(m_vpc.id));
    else if (m_groupsRead)
        problems = TrafficRules::problems(wanted, int(vpcGroups.size()));
    m_plan = problems.isEmpty() && m_groupsRead
                 ? TrafficRules::plan(TrafficRules::rules(m_classicGroups, vpcGroups, wanted), m_groups)
                 : RulePlan{};

    m_preview->clear();
    const auto addRows = [this](const QList<GroupRule> &rules, const QString &status) {
        for (const GroupRule &rule : rules) {
            const bool anyPort = rule.rule.portRange == QLatin1String("-1/-1");
            new QTreeWidgetItem(
                m_preview, {status, rule.groupId, rule.rule.sourceGroupId, rule.rule.ipProtocol.toUpper(),
                            anyPort ? tr("All") : rule.rule.portRange, QString::number(rule.rule.priority)});
        }
    };
    addRows(m_plan.toAdd, tr("Will be added"));
    addRows(m_plan.existing, tr("Already there"));
    if (!m_groupsRead)
        new QTreeWidgetItem(m_preview, {tr("Reading the security groups…")});
    m_preview->header()->resizeSections(QHeaderView::ResizeToContents);

    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    QPushButton *add = m_buttons->button(QDialogButtonBox::Ok);
    add->setText(m_plan.toAdd.isEmpty() && !m_plan.existing.isEmpty()
                     ? tr("Nothing to Add")
                     : tr("&Add %n Rule(s)", nullptr, int(m_plan.toAdd.size())));
    add->setEnabled(!m_plan.toAdd.isEmpty());
}

void AllowTrafficDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AllowTrafficDialog::retranslate()
{
    setWindowTitle(tr("Allow Traffic"));
    const QString vpc = m_vpc.name.isEmpty() ? m_vpc.id : DomainText::withDetail(m_vpc.id, m_vpc.name);
    m_intro->setText(tr("Let %Ln linked instance(s) and %1 talk: rules are added to the instances' classic "
                        "security groups and to the VPC security groups you choose. Nothing is sent before "
                        "you confirm.",
                        nullptr, int(m_instances.size()))
                         .arg(vpc));
    m_classicList->setText(DomainText::list(m_classicGroups));
    QStringList refusals;
    for (const Refusal &refusal : std::as_const(m_refused))
        refusals.append(tr("Not sent for %1: %2").arg(refusal.instanceId, refusal.reason));
    m_refusedLabel->setText(refusals.join(u'\n'));
    const QStringList labels{tr("Classic security groups:"),
                             tr("&VPC security groups:"),
                             tr("&Direction:"),
                             tr("&Protocol:"),
                             tr("P&ort range:"),
                             tr("P&riority:"),
                             tr("D&escription:"),
                             tr("Ru&les:")};
    for (qsizetype i = 0; i < m_fieldLabels.size(); ++i)
        m_fieldLabels.at(i)->setText(labels.at(i));
    m_vpcGroups->setAccessibleName(tr("VPC security groups"));
    m_preview->setAccessibleName(tr("Rules"));
    m_direction->setItemText(int(TrafficDirection::Both), tr("Both ways (recommended)"));
    m_direction->setItemText(int(TrafficDirection::ToVpc), tr("Classic instances → VPC"));
    m_direction->setItemText(int(TrafficDirection::FromVpc), tr("VPC → classic instances"));
    m_protocol->setItemText(int(TrafficRules::protocols().indexOf(QStringLiteral("all"))), tr("All"));
    m_ports->setToolTip(tr("One port (22) or a range (8000/8080); TCP and UDP only."));
    m_priority->setToolTip(tr("1 is applied first."));
    m_descriptionHint->setText(tr("The description starts with “%1”, so that these rules can be removed from "
                                  "here later.")
                                   .arg(QLatin1String(TrafficRules::kDescription)));
    m_preview->setHeaderLabels({tr("Status"), tr("Security group"), tr("Source group"), tr("Protocol"),
                                tr("Ports"), tr("Priority")});
    updatePlan();
}

} // namespace clm::ui
