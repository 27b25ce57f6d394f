// The rules of AttachClassicLinkVpc and DetachClassicLinkVpc, checked before anything is sent, so the
// user sees which instances would fail and why.
#pragma once

#include "domain.h"

#include <QCoreApplication>

namespace clm {

enum class PreflightIssue
{
    None,
    NotClassic,             // a VPC-type instance
    OtherRegion,            // instance or VPC outside the selected region
    VpcClassicLinkDisabled, // attach: the VPC has ClassicLink off
    AlreadyLinked,          // attach: linked to some VPC already
    NotLinkedHere,          // detach: not linked to this VPC
    InstanceStatus,         // not Running or Stopped
    Locked,                 // an operation lock
    QuotaExceeded,          // attach: the VPC's links would exceed the quota
};

// Which way a link changes: AttachClassicLinkVpc or DetachClassicLinkVpc.
enum class LinkDirection
{
    Attach,
    Detach
};

// Which of the four actions a selection allows, before any preflight of the single instances.
struct AvailableActions
{
    bool link = false;      // some instances and a VPC
    bool unlink = false;    // some selected instance is linked
    bool traffic = false;   // some selected instance is linked: its rules can be allowed or removed
    bool enable = false;    // a VPC with ClassicLink off
    bool disable = false;   // a VPC with ClassicLink on and no links left
    QString disableRefusal; // ClassicLink is on, but cannot be disabled: why (see Preflight::disableRefusal)
};

struct PreflightVerdict
{
    QString instanceId;
    PreflightIssue issue = PreflightIssue::None;

    bool isReady() const { return issue == PreflightIssue::None; }
};

// One instance a run will not send, and why, in the words both front ends show.
struct Refusal
{
    QString instanceId;
    QString reason;
};

// What a link or unlink run sends: the planner both front ends ask (the preflight dialog shows it,
// `classiclink attach/detach` prints it).
struct LinkPlan
{
    QList<ClassicInstance> instances; // the instances asked for that the region has, in order
    QList<PreflightVerdict> verdicts; // one per instance
    QStringList ready;                // those that pass every check: what is sent
    QList<Refusal> refused;           // the others (and IDs the region has no classic instance for)
};

class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(clm::Preflight)

public:
    static QList<PreflightVerdict> check(LinkDirection direction, const QList<ClassicInstance> &instances,
                                         const Vpc &vpc, const QString &regionId,
                                         int quota = kClassicLinkQuotaPerVpc);
    // The plan for `instances` (and `unknownIds`, which the region has no classic instance for).
    static LinkPlan plan(LinkDirection direction, const QList<ClassicInstance> &instances, const Vpc &vpc,
                         const QString &regionId, const QStringList &unknownIds = {});
    // Why an ID is refused that the region has no classic instance for.
    static QString noClassicInstance(const QString &regionId);
    static AvailableActions availableActions(const QList<ClassicInstance> &selected, const Vpc *vpc);
    // The VPC an unlink of `selected` is for: the selected VPC, or else the one VPC they are linked to;
    // empty when they are linked to several and none is selected.
    static QString unlinkTarget(const QList<ClassicInstance> &selected, const Vpc *vpc);
    // Why ClassicLink cannot be switched off for `vpc` now (empty when it can): it is off already, or
    // instances are still linked to it. The window and `classiclink disable-classiclink` both ask this.
    static QString disableRefusal(const Vpc &vpc);
    // What a run sends, in the words both front ends show before it runs: the preflight dialog and the
    // switch confirmation in the window, `--dry-run` on the command line.
    static QString sends(LinkDirection direction, const QStringList &instanceIds);
    // The ClassicLink flag a link plan decides with: attaching needs the VPC's, detaching none.
    static ClassicLinkFlags flags(LinkDirection direction, const QString &vpcId);
    static QString switchSends(bool enable, const QString &vpcId);
    // A localized sentence for the verdict; `instance` and `vpc` give the details.
    static QString describe(const PreflightVerdict &verdict, const ClassicInstance &instance, const Vpc &vpc);
};

} // namespace clm
