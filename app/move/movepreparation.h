// Preparing classic instances' move into a VPC: the vSwitches their zones lack, the VPC copies of their
// classic groups with every rule that can be translated, the ClassicLink rules between each classic group
// and its copy (so instances already moved and those not yet moved keep talking), and the links. The
// planner says what one pass sends, stage by stage; MovePreparation runs the stages one after another,
// each as a logged ClassicLinkBatch like every other write, and reads the cloud again between them, so a
// new copy's rules name its real ID and a rerun adds only what is missing. Both front ends ask it.
#pragma once

#include "cloud/preflight.h"
#include "history/operation.h"
#include "movereadiness.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace clm {

class ClassicLinkBatch;
class CloudClient;
class CloudTask;

// What `prepare-move --vswitches/--groups/--traffic` (and the window's check boxes) ask for.
enum class PreparePart
{
    VSwitches = 0x1,
    Groups = 0x2,  // the copies and their translated rules
    Traffic = 0x4, // ClassicLink on the VPC, the links, and the rules between each group and its copy
};
Q_DECLARE_FLAGS(PrepareParts, PreparePart)
Q_DECLARE_OPERATORS_FOR_FLAGS(PrepareParts)

// The stages, in the order they run: each needs what the ones before it make.
enum class PrepareStage
{
    VSwitches,
    GroupCopies,
    CopyInboundRules,
    CopyOutboundRules,
    EnableClassicLink,
    Links,
    TrafficRules,
};

struct PrepareStep
{
    PrepareStage stage;
    QList<Operation> operations; // planned, all of one kind: one batch
    // Its calls name a copy not made yet (MovePreparation::pendingCopy): shown, sent by a later pass.
    bool pending = false;
};

// What one pass of the preparation sends, from what was read.
struct PreparePlan
{
    QList<PrepareStep> steps;
    QStringList later;      // what follows once the steps have made what it needs, in words
    QList<Refusal> refused; // instances the link step does not send, and why
    QStringList problems;   // why a zone gets no vSwitch (no free block, an invalid block given)
};

class MovePreparation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MovePreparation)

public:
    // The block of each zone that lacks room (zone -> CIDR block); the user's, where given, else proposed.
    using Blocks = QHash<QString, QString>;

    // The smallest block (a /16 to a /29) inside `vpcBlock` with room for twice `instances` (at least 8
    // usable addresses), aligned, overlapping none of `taken`; empty when none is free.
    static QString proposeBlock(const QString &vpcBlock, const QStringList &taken, int instances);
    // Why `block` cannot be a new vSwitch's block for `instances`, in a sentence; empty when it can.
    static QString blockProblem(const QString &block, const QString &vpcBlock, const QStringList &taken,
                                int instances = 0);
    // A proposed block for each zone of `plan` that has no vSwitch with room for its instances.
    static Blocks proposedBlocks(const MoveFacts &facts, const MovePlan &plan);

    static PreparePlan plan(const MoveFacts &facts, const MovePlan &movePlan, PrepareParts parts,
                            const Blocks &blocks);
    // One line per call and what follows: what `--dry-run` prints and the window shows before sending.
    static QStringList describe(const PreparePlan &plan);
    static QString text(PrepareStage stage);
    // What the calls planned before a copy exists name it by; never sent.
    static QString pendingCopy(const QString &classicGroupId);
    // The description of the ClassicLink rules between a classic group and its copy.
    static QString trafficDescription();

    // Makes one stage's operations a logged batch, not yet started, or returns nullptr (the front end said
    // why); the preparation starts it.
    using Launch = std::function<ClassicLinkBatch *(const QList<Operation> &operations, QString *error)>;

    MovePreparation(CloudClient *cloud, const QString &regionId, const QString &vpcId,
                    const QList<ClassicInstance> &instances, PrepareParts parts, const Blocks &blocks,
                    Launch launch, QObject *parent = nullptr);

    void start();
    // Stops what has not been sent; what was sent is still settled (read back when its answer is lost).
    void cancel();
    bool isFinished() const { return m_finished; }

    // Every operation sent so far, stage by stage, and the refused instances.
    const QList<Operation> &operations() const { return m_operations; }
    const QList<Refusal> &refused() const { return m_refused; }
    // The instances, with the links the preparation made.
    const QList<ClassicInstance> &instances() const { return m_instances; }

signals:
    // Just before the batch starts: the front end watches it from here.
    void stageStarted(clm::PrepareStage stage, clm::ClassicLinkBatch *batch);
    // `stopped`, in words, when it ended before everything was prepared (a read failed: `result` says
    // why; a call failed; it was cancelled); empty when nothing is left to do.
    void finished(const QString &stopped, const clm::ApiResult &result);

private:
    void pass();
    void end(const QString &stopped, const ApiResult &result = {});

    CloudClient *m_cloud;
    QString m_regionId;
    QString m_vpcId;
    QList<ClassicInstance> m_instances;
    PrepareParts m_parts;
    Blocks m_blocks;
    Launch m_launch;
    QSet<PrepareStage> m_ran;
    QList<Operation> m_operations;
    QList<Refusal> m_refused;
    QPointer<CloudTask> m_reading;
    QPointer<ClassicLinkBatch> m_batch;
    bool m_cancelled = false;
    bool m_failed = false; // a call of some stage did not succeed
    bool m_finished = false;
};

} // namespace clm
