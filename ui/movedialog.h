// The Move to VPC view: for a target VPC, each classic instance's readiness (Ready to move, Needs
// preparation and what, Blocked and why), the calls that would prepare what is missing (the vSwitch blocks
// editable and checked as typed), preparing it as logged batches, and the hand-off to the console (the plan
// as Markdown or CSV, the console of the region). MoveReadiness, MovePreparation and MoveHandOff decide;
// this only shows and asks.
#pragma once

#include "move/movepreparation.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace clm {
class CloudTask;
class Workspace;
} // namespace clm

namespace clm::ui {

class Announcer;

class MoveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveDialog)

public:
    // `instances` (every classic instance of the region when empty) into `vpcId` (when empty: the VPC most
    // of them are linked to).
    MoveDialog(Workspace *workspace, const QList<ClassicInstance> &instances, const QString &vpcId,
               QWidget *parent);
    ~MoveDialog() override;

    // Opens it (not modal), deleted when closed.
    static MoveDialog *open(Workspace *workspace, const QList<ClassicInstance> &instances,
                            const QString &vpcId, QWidget *parent);
    const MovePlan &plan() const { return m_plan; }
    bool isBusy() const { return m_reading || m_preparation; }
    // A preparation under way goes on when the view closes (its batches are in the operations table).

signals:
    // The readiness has been read (or could not be: the status line says why).
    void readinessRead();
    void preparationFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void read();
    void showPlan();
    void updatePreview();
    MovePreparation::Blocks blocks() const;
    PrepareParts parts() const;
    void prepare();
    void copyMarkdown();
    void saveCsv();
    void openConsole();
    void setStatus(const QString &text);
    void retranslate();

    Workspace *m_workspace;
    QList<ClassicInstance> instances() const; // those asked for, as the inventory has them now
    QStringList m_instanceIds;                // none: every classic instance of the region
    mutable QList<ClassicInstance> m_known;   // instances() as last read from a loaded inventory
    QHash<QString, QString> m_typed;          // zone -> the block in its field, for m_typedVpc
    QString m_typedVpc;
    bool m_confirming = false; // the Prepare question is open
    QComboBox *m_vpc;
    QLabel *m_summary;
    QTableWidget *m_table;
    QCheckBox *m_vswitches;
    QCheckBox *m_groups;
    QCheckBox *m_traffic;
    QLabel *m_blocksLabel;
    QFormLayout *m_blocksForm;
    QHash<QString, QLineEdit *> m_blockEdits; // by zone
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
    QLabel *m_status;
    QPushButton *m_prepare;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_console;
    QPushButton *m_close;
    Announcer *m_announcer;
    MoveFacts m_facts;
    MovePlan m_plan;
    bool m_read = false;
    QString m_outcome; // how the last preparation ended, said again once the VPC is read after it
    QPointer<CloudTask> m_reading;
    QPointer<MovePreparation> m_preparation;
};

} // namespace clm::ui
