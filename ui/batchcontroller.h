// The write flows of the desktop: link and unlink (the preflight dialog first, then only the ready
// instances), enable and disable ClassicLink (after a confirmation), resuming a batch that was cut short,
// cancel (of a batch, or of a move's preparation and its current stage), and the progress the window shows.
// The Workspace runs the batch; this decides what to ask.
#pragma once

#include "cloud/preflight.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace clm {
class ClassicLinkBatch;
class Workspace;
} // namespace clm

namespace clm::ui {

class BatchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchController)

public:
    BatchController(Workspace *workspace, QWidget *dialogParent);

    // The preflight dialog opens (without blocking); the ready instances go when the user accepts.
    void link(const QList<ClassicInstance> &instances, const std::optional<Vpc> &vpc);
    // Unlinks from the selected VPC, or else from the one VPC the instances are linked to.
    void unlink(const QList<ClassicInstance> &instances, const std::optional<Vpc> &selectedVpc);
    void switchClassicLink(bool enable, const Vpc &vpc);
    // Adds (`authorize`) or removes security group rules, as a batch like any other.
    void startRules(bool authorize, const QString &vpcId, const QList<GroupRule> &rules);
    // Offers this account's oldest interrupted batch; `always` also says so when there is none.
    void offerInterrupted(bool always);
    void cancel();

    bool isBusy() const;
    int interruptedCount() const { return m_interrupted; }

signals:
    void started(int total);
    void progress(int done, int total);
    void finished(int succeeded, int total);
    // A link or unlink batch ended: the instances it linked to (or unlinked from) the VPC.
    void linksChanged(bool linked, const QString &vpcId, const QStringList &instanceIds);
    // Busy or the number of interrupted batches changed: the actions follow.
    void stateChanged();

private:
    void preflight(LinkDirection direction, const QList<ClassicInstance> &instances, const Vpc &vpc);
    void start(int kind, const QString &vpcId, const QStringList &instanceIds);
    void resume(const QString &path, bool sendRemaining);
    // Asks before enabling or disabling; `notes` are what the user must know (from the enable check).
    void confirmSwitch(bool enable, const Vpc &vpc, const QStringList &notes);
    void watch(ClassicLinkBatch *batch);
    void countInterrupted();

    Workspace *m_workspace;
    QWidget *m_dialogParent;
    bool m_checking = false; // whether ClassicLink can be enabled is being read
    int m_interrupted = 0;
};

} // namespace clm::ui
