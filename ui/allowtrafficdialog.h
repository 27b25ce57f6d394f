// "Allow Traffic": the console's "Add ClassicLink security group rule" for linked instances. It reads the
// security groups of the instances and of their VPC, lets the user choose the VPC groups (up to five), the
// direction, protocol, ports, priority and description, and shows, before anything is sent, each rule that
// will be added and each that is already there.
#pragma once

#include "cloud/trafficrules.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTreeWidget;

namespace clm {
class Workspace;
}

namespace clm::ui {

class AllowTrafficDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllowTrafficDialog)

public:
    // `instances` are linked to `vpc` (see TrafficRules::eligibility); `refused` are the selected ones that
    // are not, each shown with the core's reason, as `classiclink allow-traffic` prints them.
    AllowTrafficDialog(Workspace *workspace, const QList<ClassicInstance> &instances, const Vpc &vpc,
                       const QList<Refusal> &refused = {}, QWidget *parent = nullptr);

    // What Add sends: the rules asked for that are not there yet.
    QList<GroupRule> rulesToAdd() const { return m_plan.toAdd; }
    const RulePlan &plan() const { return m_plan; }
    bool isReady() const { return m_groupsRead; }
    const QList<Refusal> &refused() const { return m_refused; }

signals:
    // The groups were read (or could not be): the choices and the preview are filled.
    void groupsRead();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onGroupsRead(const Traffic::Groups &groups, const ApiResult &result);
    RuleSpec spec() const;
    QStringList chosenVpcGroups() const;
    void updatePlan();

    QList<ClassicInstance> m_instances;
    QList<Refusal> m_refused;
    Vpc m_vpc;
    QStringList m_classicGroups;
    Traffic::Groups m_groups;
    bool m_groupsRead = false;
    QString m_readFailure;
    RulePlan m_plan;

    QLabel *m_intro;
    QLabel *m_classicList;
    QListWidget *m_vpcGroups;
    QComboBox *m_direction;
    QComboBox *m_protocol;
    QLineEdit *m_ports;
    QSpinBox *m_priority;
    QLineEdit *m_description;
    QLabel *m_descriptionHint;
    QTreeWidget *m_preview;
    QLabel *m_problems;
    QLabel *m_refusedLabel;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_fieldLabels;
};

} // namespace clm::ui
