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

struct PreflightVerdict
{
    QString instanceId;
    PreflightIssue issue = PreflightIssue::None;

    bool isReady() const { return issue == PreflightIssue::None; }
};

class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(clm::Preflight)

public:
    enum class Operation
    {
        Attach,
        Detach
    };

    static QList<PreflightVerdict> check(Operation operation, const QList<ClassicInstance> &instances,
                                         const Vpc &vpc, const QString &regionId,
                                         int quota = kClassicLinkQuotaPerVpc);
    // A localized sentence for the verdict; `instance` and `vpc` give the details.
    static QString describe(const PreflightVerdict &verdict, const ClassicInstance &instance, const Vpc &vpc);
};

} // namespace clm
