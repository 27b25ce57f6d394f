// Whether ClassicLink can be enabled on a VPC, judged before EnableVpcClassicLink is sent, from what the
// ClassicLink documentation says it needs: the VPC's primary CIDR block in a range classic instances can
// reach (172.16.0.0/12, 192.168.0.0/16, or 10.0.0.0/8 through a vSwitch inside 10.111.0.0/16), and no
// custom route entry into the classic network's 10.0.0.0/8. The facts are read from the cloud
// (DescribeVpcAttribute, DescribeVSwitches, DescribeRouteTableList, DescribeRouteEntryList); the window and
// `classiclink enable-classiclink` both use this check.
#pragma once

#include "cloudclient.h"

#include <QCoreApplication>

namespace clm {

struct EnableVerdict
{
    QStringList problems; // each one stops the enable: what is wrong and what to do about it
    QStringList notes;    // what the user must still do afterwards (192.168.0.0/16: a route on each instance)

    bool allowed() const { return problems.isEmpty(); }
};

class EnableCheck
{
    Q_DECLARE_TR_FUNCTIONS(clm::EnableCheck)

public:
    struct Facts
    {
        QString vpcId;
        QString cidrBlock;
        QStringList vswitchCidrs;
        QStringList customRouteDestinations;
    };

    static EnableVerdict judge(const Facts &facts);
    // The block a vSwitch of a VPC with `vpcBlock` must lie in to reach classic instances: 10.111.0.0/16 in a
    // 10.0.0.0/8 VPC, else the VPC's own; empty when no vSwitch of it can (a 10.0.0.0/8 VPC without
    // 10.111.0.0/16). A VPC block that cannot be read holds nothing against a vSwitch.
    static QString vswitchRange(const QString &vpcBlock);
    static bool reachesClassic(const QString &vpcBlock, const QString &vswitchBlock);
    // The requests run() starts with, and in words what follows (for --dry-run).
    static QList<ApiRequest> firstRequests(const QString &regionId, const QString &vpcId);
    static QStringList followingRequests(const QString &vpcId);
    // Reads the facts and judges them; `result` is the failing read when one failed (then the verdict is
    // empty and means nothing). Cancelling the task returned stops the reads still running.
    using Done = std::function<void(const EnableVerdict &verdict, const ApiResult &result)>;
    static CloudTask *run(CloudClient *cloud, const QString &regionId, const QString &vpcId, QObject *context,
                          Done done);

    static constexpr const char *kDocumentation =
        "https://www.alibabacloud.com/help/en/vpc/user-guide/classiclink-overview";
};

} // namespace clm
