#include "errorcatalog.h"

#include <QNetworkReply>
#include <QRegularExpression>

namespace clm {

namespace {

bool has(const QString &message, const char *fragment)
{
    return message.contains(QLatin1String(fragment), Qt::CaseInsensitive);
}

} // namespace

QList<QPair<QString, QString>> ErrorCatalog::knownCodes()
{
    auto c = [](const char *code, const char *message = "") {
        return QPair<QString, QString>(QLatin1String(code), QLatin1String(message));
    };
    return {
        // The rows of the AttachClassicLinkVpc error table, verbatim.
        c("InvalidRegionId.Malformed", "The specified parameter ?RegionId? is not valid."),
        c("OperationDenied", "The instance does not allow link to vpc."),
        c("Abs.InvalidInstanceId.MalFormed", "The instance has been linked to other vpc"),
        c("OperationDenied", "The specified vpc is disabled attach classic link."),
        c("InvalidStatus.InstanceStatus", "The specified instance status is not support this operation "
                                          ",expect status is running or shutted."),
        c("QuotaExceeded", "The link quota exceeded in this vpc."),
        c("InvalidStatus.InstanceLocked", "The specified instance is locked,please wait more."),
        c("InvalidInstanceId.LimitedRegion",
          "The specified instance does not support this operation due to the limitation of its region."),
        c("Forbidden.SubUser", "User not authorized to operate on the specified resource."),
        // The rest of the ClassicLink family.
        c("InvalidInstanceId.MalFormed", "The specified instance is not a classic network (type) instance."),
        c("InvalidVpcId.Malformed"),
        c("InvalidInstanceId.NotBelong"),
        c("InvalidInstanceId.NotFound"),
        c("InvalidParameter.InvalidInstanceIdAndVpcId"),
        c("OperationDenied", "The instances are not allowed to detach from the linked vpc."),
        c("InvalidVpcId.NotFound"),
        c("IncorrectVpcStatus"),
        c("IncorrectClassicLinkStatus"),
        c("DependencyViolation.Instance"),
        c("InvalidAction", "The VPC has been connected to the classic network ECS."),
        c("InvalidRegionId.NotFound"),
        // EnableVpcClassicLink's constraints.
        c("RouteConflict.AlreadyExist"),
        c("Forbidden.EnableClassicLink"),
        // AuthorizeSecurityGroup and RevokeSecurityGroup (ClassicLink security group rules).
        c("InvalidSecurityGroup.InvalidNetworkType",
          "The specified security group network type is not support this operation, please check the "
          "security group network types. For VPC security groups, ClassicLink must be enabled."),
        c("InvalidNetworkType.Mismatch"),
        c("AuthorizationLimitExceed"),
        c("InvalidSecurityGroupId.NotFound"),
        c("InvalidSourceGroupId.NotFound"),
        c("InvalidIpProtocol.Malformed"),
        c("InvalidPortRange.Malformed"),
        c("InvalidPriority.Malformed"),
        c("InvalidSourceGroupId.Mismatch", "NicType is required or NicType expects intranet."),
        // The move's preparation: CreateVSwitch, CreateSecurityGroup, AuthorizeSecurityGroupEgress.
        c("InvalidCidrBlock.Overlapped", "Specified CIDR block overlapped with other subnets."),
        c("ResourceNotAvailable", "Resource you requested is not available in this region or zone."),
        c("QuotaExceeded.VSwitch", "Virtual switch quota exceeded."),
        c("InvalidVSwitchName.Malformed", "Specified virtual switch name is not valid."),
        c("InvalidParameter", "Specified CIDR block is not valid in VPC."),
        c("InvalidDestGroupId.NotFound"),
        c("InvalidDestGroupId.Mismatch", "NicType is required or NicType expects intranet."),
        // AuthorizeSecurityGroupEgress's error table (the copies' outbound rules); AuthorizeSecurityGroup's,
        // for the inbound rules, has the same codes with Source for Dest.
        c("OperationDenied",
          "The specified IpProtocol does not exist or IpProtocol and PortRange do not match."),
        c("InvalidDestCidrIp.Malformed", "The specified parameter DestCidrIp is not valid."),
        c("InvalidSourceCidrIp.Malformed", "The specified parameter SourceCidrIp is not valid."),
        c("InvalidPolicy.Malformed", "The specified parameter Policy is not valid."),
        c("InvalidNicType.ValueNotSupported", "The specified NicType does not exist."),
        c("InvalidNicType.Mismatch", "The specified NicType conflicts with the authorization record."),
        c("InvalidDestGroupId.Mismatch",
          "Specified security group and destination group are not in the same VPC."),
        c("InvalidDestGroup.NotFound", "Specified destination security group does not exist."),
        c("InvalidPriority.ValueNotSupported", "The specified parameter %s is invalid."),
        c("InvalidSecurityGroupDiscription.Malformed",
          "The specified security group rule description parameter %s is not valid."),
        c("MissingParameter.Dest", "One of the parameters DestCidrIp, Ipv6DestCidrIp, DestGroupId or "
                                   "DestPrefixListId in %s must be specified."),
        c("InvalidParam.PortRange", "The specified parameter %s is not valid. It should be two integers less "
                                    "than 65535 in ?/? format."),
        c("InvalidIpProtocol.ValueNotSupported",
          "The parameter %s must be specified with case insensitive TCP, UDP, ICMP, GRE or All."),
        c("InvalidSecurityGroupId.Malformed", "The specified parameter SecurityGroupId is not valid."),
        c("InvalidParamter.Conflict", "The specified SourceCidrIp should be different from the DestCidrIp."),
        c("InvalidSourcePortRange.Malformed", "The specified parameter SourcePortRange is not valid."),
        c("InvalidParam.SourceIp"),
        c("InvalidParam.DestIp"),
        c("InvalidParam.Ipv6DestCidrIp"),
        c("InvalidParam.Ipv6SourceCidrIp"),
        c("InvalidParam.Ipv4ProtocolConflictWithIpv6Address"),
        c("InvalidParam.Ipv6ProtocolConflictWithIpv4Address"),
        c("InvalidParameter.Ipv6CidrIp"),
        c("InvalidGroupAuthParameter.OperationDenied",
          "The security group can not authorize to enterprise level security group."),
        c("InvalidParameter.Conflict", "IPv6 and IPv4 addresses cannot exist at the same time."),
        c("InvalidParam.PrefixListAddressFamilyMismatch"),
        c("NotSupported.ClassicNetworkPrefixList"),
        c("AuthorizedGroupRule.LimitExceed",
          "You have reached the limit on the number of group authorization rules that you can add to a "
          "security group.When authorization object of rule is security group, the limit is 20."),
        c("InvalidParam.DestCidrIp"),
        c("InvalidParam.SourceCidrIp"),
        c("InvalidParam.Permissions",
          "The specified parameter Permissions cannot coexist with other parameters."),
        c("InvalidParam.DuplicatePermissions",
          "There are duplicate permissions in the specified parameter Permissions."),
        c("InvalidGroupParameter.OperationDenied", "The attributes Policy, SourceGroupId, DestGroupId of "
                                                   "enterprise level security groups are not allowed to be "
                                                   "set or modified."),
        c("InvalidParam.ProtocolNotSupportPortRangeList"),
        c("InvalidPortRangeListId.NotFound"),
        c("InvalidOperation.SecurityGroupNotAuthorized",
          "The specified security group is not authorized to operate."),
        c("MissingParameter", "The input parameter DestGroupId or DestCidrIp cannot be both blank."),
        c("InvalidParamter.Conflict",
          "The specified SecurityGroupId should be different from the SourceGroupId."),
        c("InvalidNetworkType.Conflict", "The specified SecurityGroup network type should be same with "
                                         "SourceGroup network type (vpc or classic)."),
        c("InvalidSecurityGroup.IsSame",
          "The authorized SecurityGroupId should be different from the DestGroupId."),
        c("LimitExceed.PrefixListAssociationResource"),
        c("InvalidPrefixListId.NotFound"),
        // DescribeSecurityGroupAttribute's error table (the codes not listed above).
        c("InvalidParamter", "Invalid Parameter."),
        c("MissingParameter.RegionId", "The parameter RegionId is missing."),
        c("InvalidParameter.AttributeNotSupported"),
        c("ServiceUnavailable", "The service is unavailable, please try again later."),
        // DescribeVSwitches's error table.
        c("InvalidVSwitchId.NotFound", "VSwitch not exist."),
        c("Forbidden.VpcNotFound", "Specified VPC can not found."),
        // CreateSecurityGroup's error table.
        c("InvalidSecurityGroupName.Malformed", "The specified parameter SecurityGroupName is not valid."),
        c("InvalidDescription.Malformed", "The specified parameter \"Description\" is not valid."),
        c("InvalidSecurityGroupDiscription.Malformed", "Specified security group description is not valid."),
        c("InvalidParams.GroupType", "The specified security group type is not valid."),
        c("InvalidParams.VpcIdGroupType", "Only VPC instance supports enterprise level security group."),
        c("QuotaExceed.SecurityGroup", "The maximum number of security groups is reached."),
        c("InvalidVpcId.NotFound", "The VpcId must not empty when only support vpc vm."),
        c("IdempotentProcessing", "The previous idempotent request(s) is still processing."),
        c("InvalidOperation.ResourceManagedByCloudProduct"),
        c("InvalidResourceGroup.NotFound", "The ResourceGroup provided does not exist in our records."),
        c("InvalidTagKey.Malformed", "Specified tag key is not valid."),
        c("InvalidTagValue.Malformed", "Specified tag value is not valid."),
        c("Duplicate.TagKey", "The Tag.N.Key contain duplicate key."),
        c("QuotaExceed.Tags"),
        // DescribeDisks's error table.
        c("InvalidRegion.NotFound", "The specified parameter RegionId is not valid."),
        c("MissingParamter.RegionId", "The regionId should not be null."),
        c("IncompleteParamter", "Some fields can not be null in this request."),
        c("InvalidParamter", "Some parameters are invalid in this request."),
        c("InvalidZoneId.NotFound", "The zoneId provided does not exist in our records."),
        c("InvalidDiskType.ValueNotSupported", "The specified disk type is not supported."),
        c("InvalidCategory.ValueNotSupported", "The specified disk category is not supported."),
        c("InvalidStatus.ValueNotSupported", "The specified disk status is not supported."),
        c("InvalidTag.Mismatch", "The specified Tag.n.Key and Tag.n.Value are not match."),
        c("InvalidTagCount", "The specified tags are beyond the permitted range."),
        c("InvalidParameter.DiskIds", "The specified parameter diskIds is not valid."),
        c("InvalidSnapshot.NotFound", "The specified parameter SnapshotId is not valid."),
        c("InvalidDiskIds.Malformed", "The amount of specified disk Ids exceeds the limit."),
        c("InvalidDiskIds.ValueNotSupported", "The specified parameter \"DiskIds\" is not supported."),
        c("InvalidParameter.MultiAttachAndEnableSharedNotMatch",
          "The parameter MultiAttach and EnableShared are not match."),
        c("InvalidParameter.MultiAttach", "The specified param MultiAttach is not valid."),
        c("InvalidFilterKey.NotFound", "The filter key is not found."),
        c("InvalidFilterValue", "The filter value is not valid."),
        c("InvalidDiskChargeType.NotFound", "The DiskChargeType does not exist in our records."),
        c("InvalidLockReason.NotFound", "The specified LockReason is not found."),
        c("UserNotInTheWhiteList", "The user is not in volume white list."),
        // Gateway errors.
        c("SignatureDoesNotMatch"),
        c("IncompleteSignature"),
        c("InvalidAccessKeyId.NotFound"),
        c("InvalidAccessKeyId.Inactive"),
        c("Forbidden.AccessKeyDisabled"),
        c("InvalidTimeStamp.Expired"),
        c("InvalidTimeStamp.Format"),
        c("IllegalTimestamp"),
        c("SignatureNonceUsed"),
        c("InvalidSignatureMethod"),
        c("InvalidSecurityToken.Expired"),
        c("MissingParameter"),
        c("InvalidParameter"),
        c("InvalidAction.NotFound"),
        c("InvalidApi.NotFound"),
        c("UnsupportedHTTPMethod"),
        c("Throttling"),
        c("Throttling.User"),
        c("Throttling.Api"),
        c("Forbidden.RAM"),
        c("Forbidden.Unauthorized"),
        c("Forbidden.RiskControl"),
        c("OperationConflict"),
        c("InternalError"),
        c("ServiceUnavailable"),
        c("ServiceUnavailable.RegionMaintaining"),
    };
}

ErrorText ErrorCatalog::describeCode(const QString &code, const QString &message)
{
    ErrorText text = describeByCode(code, message);
    // A call with several rules (Permissions.N): the cloud names the rule it refused.
    static const QRegularExpression ruleParameter(QStringLiteral("\\bPermissions\\.(\\d+)\\.([A-Za-z]+)"));
    if (const QRegularExpressionMatch rule = ruleParameter.match(message); rule.hasMatch())
        text.explanation +=
            u' ' +
            tr("The cloud refused rule number %1 of the request (its %2). It checks every rule of a request "
               "before it applies any, so none of the rules in that request was changed.")
                .arg(rule.captured(1), rule.captured(2));
    return text;
}

ErrorText ErrorCatalog::describeByCode(const QString &code, const QString &message)
{
    auto is = [&code](const char *name) {
        return code == QLatin1String(name);
    };

    // The seed's error table.
    if (is("InvalidRegionId.Malformed"))
        return {tr("The region is not valid"),
                tr("The region ID sent with the request is not a valid Alibaba Cloud region ID."),
                tr("Choose a region from the list, or check the spelling, for example cn-hangzhou.")};
    // A security group rule's values (the copies' rules, the traffic rules), before OperationDenied's
    // meaning for links.
    if ((is("OperationDenied") && has(message, "IpProtocol")) || is("InvalidDestCidrIp.Malformed") ||
        is("InvalidSourceCidrIp.Malformed") || is("InvalidPolicy.Malformed") ||
        is("InvalidNicType.ValueNotSupported") || is("InvalidPriority.ValueNotSupported") ||
        is("InvalidIpProtocol.ValueNotSupported") || is("InvalidSourcePortRange.Malformed") ||
        is("InvalidParam.PortRange") || is("InvalidParam.SourceIp") || is("InvalidParam.DestIp") ||
        is("InvalidParam.Ipv6DestCidrIp") || is("InvalidParam.Ipv6SourceCidrIp") ||
        is("InvalidParam.Ipv4ProtocolConflictWithIpv6Address") ||
        is("InvalidParam.Ipv6ProtocolConflictWithIpv4Address") ||
        is("InvalidParam.PrefixListAddressFamilyMismatch") || is("InvalidParam.DestCidrIp") ||
        is("InvalidParam.SourceCidrIp") || is("InvalidParam.Permissions") ||
        is("InvalidParam.DuplicatePermissions") || is("InvalidParam.ProtocolNotSupportPortRangeList") ||
        is("InvalidParameter.Ipv6CidrIp") || (is("InvalidParameter.Conflict") && has(message, "IPv6")) ||
        (is("InvalidParamter.Conflict") && has(message, "CidrIp")))
        return {tr("The security group rule was not accepted"),
                tr("The cloud refused a value of the rule: its protocol and ports, an address block, the "
                   "policy, the priority, the network type, or how the rules of one call were listed (the "
                   "same rule twice, IPv4 and IPv6 mixed)."),
                tr("Check the rule. A copy's rules are those read from its classic group: check that rule in "
                   "the ECS console, and report the RequestId.")};
    if (is("InvalidNicType.Mismatch"))
        return {
            tr("The rule conflicts with an existing one"),
            tr("A rule for the same peer already exists for another network type (internal or "
               "public)."),
            tr("Refresh to see the group's rules; remove the other rule first if it is no longer needed.")};
    if (is("InvalidParamter.Conflict") || is("InvalidSecurityGroup.IsSame"))
        return {tr("A security group cannot name itself"),
                tr("The rule names its own security group as the other side."),
                tr("Name another security group, or an address block.")};
    if (is("InvalidGroupAuthParameter.OperationDenied") || is("InvalidGroupParameter.OperationDenied"))
        return {tr("An advanced security group cannot name other groups"),
                tr("Rules of an advanced (enterprise) security group accept only address blocks: they cannot "
                   "name another security group, nor set a policy."),
                tr("Allow the other side's address blocks in this group instead, or use a basic group.")};
    if (is("AuthorizedGroupRule.LimitExceed"))
        return {tr("The group names too many other groups"),
                tr("A basic security group may hold at most 20 rules that name another security group."),
                tr("Remove rules that name groups no longer needed, or allow address blocks instead.")};
    if (is("NotSupported.ClassicNetworkPrefixList") || is("InvalidPrefixListId.NotFound") ||
        is("LimitExceed.PrefixListAssociationResource") || is("InvalidPortRangeListId.NotFound"))
        return {tr("The prefix list or port list was not accepted"),
                tr("The rule names a prefix list or a port list that does not exist, is full, or cannot be "
                   "used by a classic security group."),
                tr("The application sends no prefix lists or port lists; report the RequestId.")};
    if (is("InvalidOperation.SecurityGroupNotAuthorized"))
        return {tr("This security group may not be changed"),
                tr("The account is not allowed to change the rules of this security group."),
                tr("Ask the account's administrator for permission, or choose another group.")};
    if (is("InvalidSecurityGroupId.Malformed"))
        return {tr("The security group ID is not valid"),
                tr("The security group ID in the request is not in the form sg-…."),
                tr("Refresh and choose the group again.")};
    if (is("OperationDenied") && has(message, "vpc is disabled"))
        return {tr("ClassicLink is off for this VPC"),
                tr("The target VPC does not have ClassicLink enabled, so no classic instance can be linked "
                   "to it."),
                tr("Enable ClassicLink on the VPC first, then link the instance again.")};
    if (is("OperationDenied") && has(message, "detach"))
        return {
            tr("This instance cannot be unlinked"),
            tr("The cloud does not allow this instance to be detached from its linked VPC."),
            tr("Check that the instance is linked to this VPC and is Running or Stopped, then try again.")};
    if (is("OperationDenied"))
        return {tr("This instance cannot be linked"),
                tr("The cloud does not allow this instance to be linked to a VPC."),
                tr("Check the instance's network type and any restrictions on your account, or open a ticket "
                   "with Alibaba Cloud and quote the RequestId.")};
    if (is("Abs.InvalidInstanceId.MalFormed"))
        return {tr("Already linked to another VPC"),
                tr("This classic instance is already linked to a VPC. An instance can be linked to only one "
                   "VPC at a time."),
                tr("Unlink it from its current VPC first if you want to link it here.")};
    if (is("InvalidStatus.InstanceStatus"))
        return {tr("The instance is not Running or Stopped"),
                tr("Instances can be linked or unlinked only while they are Running or Stopped (the cloud's "
                   "message calls Stopped \"shutted\")."),
                tr("Wait until the instance has finished starting or stopping, refresh, and try again.")};
    if (is("QuotaExceeded"))
        return {tr("The VPC has no link quota left"),
                tr("This VPC already has as many linked classic instances as its quota allows (normally "
                   "1,000)."),
                tr("Unlink instances that no longer need the VPC, or choose another ClassicLink VPC.")};
    if (is("InvalidStatus.InstanceLocked"))
        return {tr("The instance is locked"),
                tr("The instance has an operation lock (for example an overdue payment or a security lock) "
                   "or another operation is in progress."),
                tr("Wait for the lock to be lifted or the other operation to finish, then try again.")};
    if (is("InvalidInstanceId.LimitedRegion"))
        return {tr("Not supported in this region"), tr("The instance's region does not support ClassicLink."),
                tr("Migrate the instance to a VPC instead; ClassicLink cannot be used in this region.")};
    if (is("Forbidden.SubUser") || is("Forbidden.RAM") || is("Forbidden.Unauthorized") || is("Forbbiden"))
        return {
            tr("Permission denied"),
            tr("The RAM user of this AccessKey is not allowed to perform this operation on this resource."),
            tr("Ask your administrator to grant the permissions listed under Required permissions, or "
               "use another account.")};

    // The rest of the ClassicLink family.
    if (is("InvalidInstanceId.MalFormed"))
        return {
            tr("Not a classic network instance"),
            tr("The instance is a VPC instance or its ID is not valid; only classic network instances can "
               "be linked."),
            tr("Check the instance ID. VPC instances need no ClassicLink.")};
    if (is("InvalidVpcId.Malformed"))
        return {tr("The VPC ID is not valid"), tr("The VPC ID sent with the request is not a valid VPC ID."),
                tr("Choose the VPC from the list, or check the ID, which starts with vpc-.")};
    if (is("InvalidInstanceId.NotBelong"))
        return {tr("The instance belongs to another account"),
                tr("The instance is not owned by the account of this AccessKey."),
                tr("Use the account that owns the instance.")};
    if (is("InvalidInstanceId.NotFound"))
        return {tr("The instance does not exist"),
                tr("No instance with this ID exists in the selected region."),
                tr("Refresh the list; the instance may have been released or may be in another region.")};
    if (is("InvalidParameter.InvalidInstanceIdAndVpcId"))
        return {tr("An instance or a VPC is needed"), tr("The request named neither an instance nor a VPC."),
                tr("Select an instance or a VPC and try again.")};
    if (is("InvalidVpcId.NotFound") && has(message, "must not"))
        return {tr("A VPC is needed"),
                tr("In this region a security group can be created only inside a VPC, and the request named "
                   "none."),
                tr("Choose the target VPC and run the preparation again.")};
    if (is("InvalidVpcId.NotFound"))
        return {tr("The VPC does not exist"), tr("No VPC with this ID exists in the selected region."),
                tr("Refresh the list; the VPC may have been deleted or may be in another region.")};
    if (is("IncorrectVpcStatus"))
        return {tr("The VPC is busy"),
                tr("The VPC is not in the Available state, for example while it is "
                   "being created or changed."),
                tr("Wait a minute and try again.")};
    if (is("IncorrectClassicLinkStatus"))
        return {tr("ClassicLink is already on"), tr("ClassicLink was already enabled on this VPC."),
                tr("Nothing to do: the VPC is ready for links.")};
    if (is("DependencyViolation.Instance") || (is("InvalidAction") && has(message, "classic network")))
        return {tr("Instances are still linked"),
                tr("ClassicLink cannot be turned off while classic instances are linked to the VPC."),
                tr("Unlink every instance from the VPC first, then disable ClassicLink.")};
    if (is("RouteConflict.AlreadyExist"))
        return {tr("A custom route conflicts with ClassicLink"),
                tr("The VPC has a custom route entry whose destination lies in 10.0.0.0/8, the classic "
                   "network's range; ClassicLink cannot be enabled while it exists."),
                tr("Delete that route entry from the VPC's route table, or choose another VPC.")};
    if (is("Forbidden.EnableClassicLink"))
        return {tr("This VPC cannot use ClassicLink"),
                tr("Classic instances cannot reach this VPC: its CIDR block is outside 172.16.0.0/12, "
                   "192.168.0.0/16 and 10.0.0.0/8, or it is a 10.0.0.0/8 VPC without a vSwitch inside "
                   "10.111.0.0/16."),
                tr("Use a VPC in one of these ranges, or create a vSwitch in 10.111.0.0/16 first.")};
    if (is("InvalidSecurityGroup.InvalidNetworkType"))
        return {tr("ClassicLink is off for the VPC's security group"),
                tr("A rule between a classic and a VPC security group needs ClassicLink enabled on the VPC "
                   "the group belongs to."),
                tr("Enable ClassicLink on that VPC first, then add the rule again.")};
    if (is("InvalidNetworkType.Mismatch") || is("InvalidNetworkType.Conflict"))
        return {tr("The security groups do not fit together"),
                tr("The network types of the two security groups do not allow this rule."),
                tr("Pair a classic instance's security group with a security group of its linked VPC.")};
    if (is("AuthorizationLimitExceed"))
        return {tr("The security group is full"),
                tr("The security group already has as many rules as it may hold (200)."),
                tr("Remove rules that are no longer needed, or use another security group.")};
    if (is("InvalidSecurityGroupId.NotFound"))
        return {tr("The security group does not exist"),
                tr("No security group with this ID exists in the selected region."),
                tr("Refresh; the group may have been deleted or may be in another region.")};
    if (is("InvalidSourceGroupId.NotFound"))
        return {tr("The other security group does not exist"),
                tr("The security group named as the source of the rule does not exist."),
                tr("Refresh and choose the group again.")};
    if (is("InvalidIpProtocol.Malformed"))
        return {tr("The protocol is not valid"),
                tr("The rule's protocol must be tcp, udp, icmp, gre or all."),
                tr("Choose one of these protocols.")};
    if (is("InvalidPortRange.Malformed"))
        return {tr("The port range is not valid"),
                tr("A TCP or UDP rule needs a port range such as 22/22 or 8000/8080 between 1 and 65535; "
                   "other protocols take -1/-1."),
                tr("Enter the ports again in one of these forms.")};
    if (is("InvalidPriority.Malformed"))
        return {tr("The priority is not valid"), tr("A rule's priority must be a number from 1 to 100."),
                tr("Enter a priority from 1 to 100.")};
    if (is("InvalidSourceGroupId.Mismatch"))
        return {tr("The rule needs the internal network"),
                tr("A rule between two security groups must apply to the internal network (NicType "
                   "intranet)."),
                tr("Send the rule with NicType intranet.")};
    if (is("InvalidCidrBlock.Overlapped"))
        return {
            tr("The vSwitch's block overlaps another"),
            tr("The CIDR block of the new vSwitch overlaps a vSwitch of the VPC, or the destination of one "
               "of its custom routes."),
            tr("Choose a free block inside the VPC's block; the Move to VPC view proposes one.")};
    if (is("ResourceNotAvailable"))
        return {tr("Not available in this zone"),
                tr("The zone does not offer what was asked for; a vSwitch cannot be created there."),
                tr("Check the zone in the ECS console, or open a ticket with Alibaba Cloud and quote the "
                   "RequestId.")};
    if (is("QuotaExceeded.VSwitch"))
        return {
            tr("The VPC has as many vSwitches as it may hold"),
            tr("A VPC holds at most 150 vSwitches by default."),
            tr("Use a vSwitch the VPC already has in that zone, or raise the quota in the Quota Center.")};
    if (is("InvalidVSwitchName.Malformed"))
        return {tr("The vSwitch's name is not valid"),
                tr("A vSwitch's name is 1 to 128 characters and cannot start with http:// or https://."),
                tr("Give the vSwitch another name.")};
    if (is("InvalidParameter") && has(message, "CIDR block"))
        return {tr("The vSwitch's block is not valid"),
                tr("A vSwitch's CIDR block must be a /16 to a /29 inside the VPC's block, written from its "
                   "first address."),
                tr("Choose a block inside the VPC's block; the Move to VPC view checks it as you type.")};
    if (is("InvalidVSwitchId.NotFound"))
        return {tr("The vSwitch does not exist"), tr("No vSwitch with this ID exists in the region."),
                tr("Refresh; the vSwitch may have been deleted.")};
    if (is("Forbidden.VpcNotFound"))
        return {tr("The VPC does not exist"), tr("No VPC with this ID exists in the region."),
                tr("Refresh and choose the VPC again; it may have been deleted.")};
    if (is("InvalidDestGroupId.Mismatch") && has(message, "same VPC"))
        return {tr("The destination group is in another VPC"),
                tr("An outbound rule of a VPC security group can name only a group of the same VPC."),
                tr("Refresh; run the preparation again to name the copy in the target VPC.")};
    if (is("InvalidDestGroupId.NotFound") || is("InvalidDestGroup.NotFound"))
        return {tr("The destination security group does not exist"),
                tr("The security group named as the destination of the outbound rule does not exist."),
                tr("Refresh; the group may have been deleted. Run the preparation again to copy it.")};
    if (is("InvalidDestGroupId.Mismatch"))
        return {tr("The outbound rule needs the internal network"),
                tr("An outbound rule to another security group must apply to the internal network (NicType "
                   "intranet)."),
                tr("Send the rule with NicType intranet.")};
    if (is("InvalidSecurityGroupName.Malformed"))
        return {
            tr("The security group's name is not valid"),
            tr("A security group's name is 2 to 128 characters long, starts with a letter or a Chinese "
               "character, holds only letters, digits, \".\", \":\", \"_\" and \"-\", and cannot start with "
               "http:// or https://."),
            tr("A copy is named after its classic group: rename the classic group in the ECS console, "
               "then run the preparation again.")};
    if (is("InvalidSecurityGroupDiscription.Malformed") && has(message, "rule description"))
        return {tr("The rule's description is not valid"),
                tr("A rule's description is at most 512 characters long."),
                tr("Shorten the description; a copied rule keeps its classic rule's description.")};
    if (is("InvalidDescription.Malformed") || is("InvalidSecurityGroupDiscription.Malformed"))
        return {tr("The description is not valid"),
                tr("A description is 2 to 256 characters long and cannot start with http:// or https://."),
                tr("The application writes the copy's description itself; report the RequestId.")};
    if (is("InvalidParams.GroupType"))
        return {tr("The security group type is not valid"),
                tr("A security group is either basic (normal) or advanced (enterprise)."),
                tr("The application creates basic groups, which can refer to other groups; report the "
                   "RequestId.")};
    if (is("InvalidParams.VpcIdGroupType"))
        return {tr("An advanced security group needs a VPC"),
                tr("Only a VPC can hold advanced (enterprise) security groups."),
                tr("Create the group in the target VPC.")};
    if (is("QuotaExceed.SecurityGroup"))
        return {tr("The region has as many security groups as it may hold"),
                tr("The account has reached its quota of security groups in this region, so the copy "
                   "cannot be created."),
                tr("Delete security groups that are no longer used, or raise the quota in the Quota Center, "
                   "then run the preparation again.")};
    if (is("IdempotentProcessing"))
        return {tr("The same request is still being processed"),
                tr("An earlier request with the same ClientToken is still in progress."),
                tr("Wait a minute and run it again; the cloud does not carry out the same request twice.")};
    if (is("InvalidOperation.ResourceManagedByCloudProduct"))
        return {tr("The security group is managed by another service"),
                tr("This security group belongs to another Alibaba Cloud service, for example a container "
                   "cluster, and cannot be changed directly."),
                tr("Change it in the service that manages it.")};
    if (is("InvalidResourceGroup.NotFound"))
        return {tr("The resource group does not exist"),
                tr("The resource group named in the request does not exist."),
                tr("The application names no resource group; report the RequestId.")};
    if (is("InvalidTagKey.Malformed") || is("InvalidTagValue.Malformed") || is("Duplicate.TagKey") ||
        is("QuotaExceed.Tags") || is("InvalidTag.Mismatch") || is("InvalidTagCount"))
        return {tr("The tags were not accepted"),
                tr("The cloud refused the tags of the request: a malformed or repeated key, a malformed "
                   "value, or too many tags."),
                tr("The application sends no tags with these calls; report the RequestId.")};
    if (is("InvalidZoneId.NotFound"))
        return {tr("The zone does not exist"), tr("The cloud does not know the zone named in the request."),
                tr("Refresh; the region's zones may have changed.")};
    if (is("InvalidDiskType.ValueNotSupported") || is("InvalidCategory.ValueNotSupported") ||
        is("InvalidStatus.ValueNotSupported") || is("InvalidParameter.DiskIds") ||
        is("InvalidSnapshot.NotFound") || is("InvalidDiskIds.Malformed") ||
        is("InvalidDiskIds.ValueNotSupported") ||
        code.startsWith(QLatin1String("InvalidParameter.MultiAttach")) || is("InvalidFilterKey.NotFound") ||
        is("InvalidFilterValue") || is("InvalidDiskChargeType.NotFound") || is("InvalidLockReason.NotFound"))
        return {tr("The disk list could not be read"),
                tr("The cloud refused a filter of the disk list (disk type, category, status, IDs, "
                   "snapshot, sharing, charge type or lock). The application asks only for every disk "
                   "of the region, page by page, to estimate how long disk data takes to move."),
                tr("Refresh. If it happens again, contact support with the RequestId.")};
    if (is("UserNotInTheWhiteList"))
        return {tr("Shared disks are not enabled for this account"),
                tr("The account is not allowed to manage shared block storage."),
                tr("The application does not ask for shared disks; contact support with the RequestId.")};
    if (is("InvalidRegionId.NotFound") || is("InvalidRegion.NotFound"))
        return {tr("The region does not exist"), tr("The cloud does not know the region of this request."),
                tr("Choose a region from the list.")};

    // Gateway errors.
    if (is("SignatureDoesNotMatch"))
        return {
            tr("The signature was rejected"),
            tr("The cloud computed a different signature for this request. Most often the AccessKey secret "
               "is wrong; rarely a proxy changed the request."),
            tr("Check the AccessKey secret of this account. If it is right, send the RequestId to support.")};
    if (is("IncompleteSignature") || is("InvalidSignatureMethod"))
        return {tr("The request was not signed correctly"),
                tr("The signature of the request is incomplete or uses a method the cloud does not accept."),
                tr("Try the other signature version in the account settings and report the RequestId.")};
    if (is("InvalidAccessKeyId.NotFound"))
        return {tr("Unknown AccessKey ID"), tr("The cloud does not know this AccessKey ID."),
                tr("Check the AccessKey ID of this account; it may have been deleted.")};
    if (is("InvalidAccessKeyId.Inactive") || is("Forbidden.AccessKeyDisabled"))
        return {tr("The AccessKey is disabled"), tr("This AccessKey exists but has been disabled."),
                tr("Enable it in the RAM console or use another AccessKey.")};
    if (is("InvalidTimeStamp.Expired"))
        return {tr("Your computer's clock is off"),
                tr("The request time differs from the cloud's time by more than 15 minutes."),
                tr("Set the computer's clock to the correct time (turn on automatic time), then try again.")};
    if (is("InvalidTimeStamp.Format") || is("IllegalTimestamp"))
        return {tr("The request time is not valid"),
                tr("The request carried no time or a badly formatted one."),
                tr("Report the RequestId; this is a problem in the application.")};
    if (is("SignatureNonceUsed"))
        return {tr("The request was a duplicate"),
                tr("The cloud has already seen a request with this one-time number."),
                tr("Try again; a new request gets a new number.")};
    if (is("InvalidSecurityToken.Expired"))
        return {tr("The security token has expired"),
                tr("The STS security token of this account is no longer valid."),
                tr("Get a new STS token and update the account.")};
    if (code.startsWith(QLatin1String("Missing")) || is("IncompleteParamter"))
        return {tr("A required value is missing"), tr("The request lacked a value the cloud requires."),
                tr("Fill in every required field and try again.")};
    if (is("InvalidParameter") || code.startsWith(QLatin1String("InvalidParameter.")) ||
        is("InvalidParamter"))
        return {tr("A value is not valid"), tr("The cloud did not accept one of the values of this request."),
                tr("Check the values you entered and try again.")};
    if (is("InvalidAction.NotFound") || is("InvalidApi.NotFound") || is("UnsupportedHTTPMethod"))
        return {tr("The operation is not available"),
                tr("The endpoint does not offer this operation, or not with this request method."),
                tr("Check the endpoint in the account settings; the operation may have been retired there.")};
    if (code.contains(QLatin1String("Throttling")))
        return {tr("Too many requests"), tr("The cloud is limiting how fast this account may send requests."),
                tr("Wait a moment and try again, or lower the request rate in the network settings.")};
    if (is("Forbidden.RiskControl"))
        return {tr("Blocked by risk control"),
                tr("Alibaba Cloud's risk control system blocked this operation."),
                tr("Contact Alibaba Cloud support and quote the RequestId.")};
    if (is("OperationConflict"))
        return {tr("Another operation is in progress"),
                tr("The request conflicts with an earlier request that is still being processed."),
                tr("Wait a moment and try again.")};
    if (code.startsWith(QLatin1String("InternalError")))
        return {tr("The cloud had an internal error"),
                tr("The request failed because of an error inside Alibaba Cloud."),
                tr("Try again later. If it keeps happening, contact support with the RequestId.")};
    if (code.startsWith(QLatin1String("ServiceUnavailable")))
        return {tr("The service is unavailable"),
                tr("The service is temporarily unavailable, for example during maintenance of the region."),
                tr("Try again in a few minutes.")};

    ErrorText unknown{tr("The cloud refused the request"),
                      message.isEmpty() ? tr("The cloud answered with error code %1.").arg(code)
                                        : tr("The cloud answered with error code %1: %2").arg(code, message),
                      tr("Look up the code with the Recommend link, or contact support with the RequestId."),
                      false};
    return unknown;
}

QString ErrorCatalog::networkErrorText(int networkError)
{
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection.");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return tr("The server closed the connection before it answered.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server's name could not be found. Check the endpoint and your internet connection.");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The server did not answer in time.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection could not be established: the server's certificate is not trusted.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("The network is not available.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return tr(
            "The proxy server could not be reached or closed the connection. Check the proxy settings.");
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy server requires a user name and password.");
    case QNetworkReply::ProtocolUnknownError:
        return tr("The endpoint address is not allowed: plain HTTP is used only for this computer's own "
                  "addresses. Use an https:// endpoint.");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("The server redirected the request too often or to an insecure address.");
    default:
        return tr("The connection to the server failed.");
    }
}

QStringList ErrorCatalog::facts(const ApiResult &result)
{
    QStringList facts;
    if (result.httpStatus > 0)
        facts << tr("HTTP status: %1").arg(result.httpStatus);
    if (!result.code.isEmpty())
        facts << tr("Code: %1").arg(result.code);
    if (!result.message.isEmpty())
        facts << tr("Message: %1").arg(result.message);
    if (!result.requestId.isEmpty())
        facts << tr("RequestId: %1").arg(result.requestId);
    if (result.attempts > 1)
        facts << tr("Attempts: %1").arg(result.attempts);
    if (result.outcomeUnknown)
        facts << tr("Outcome: unknown, check the current state before retrying");
    return facts;
}

ErrorText ErrorCatalog::describe(const ApiResult &result)
{
    switch (result.errorKind) {
    case ErrorKind::None:
        return {tr("Succeeded"), {}, {}};
    case ErrorKind::Cancelled:
        return {tr("Cancelled"),
                result.outcomeUnknown ? tr("The request was cancelled after it was sent; it may have been "
                                           "carried out.")
                                      : tr("The request was cancelled before it was carried out."),
                result.outcomeUnknown ? tr("Refresh to see the current state.") : QString()};
    case ErrorKind::Timeout:
        return {tr("No answer in time"), networkErrorText(QNetworkReply::TimeoutError),
                result.outcomeUnknown ? tr("The change may have been made. Refresh to see the current state "
                                           "before trying again.")
                                      : tr("Check your network connection and try again.")};
    case ErrorKind::Tls:
        return {tr("Secure connection failed"), networkErrorText(result.networkError),
                tr("If your network inspects TLS traffic, add its CA certificate in the network settings.")};
    case ErrorKind::Network:
        return {tr("Network problem"), networkErrorText(result.networkError),
                result.outcomeUnknown
                    ? tr("The change may have been made. Refresh to see the current state "
                         "before trying again.")
                    : tr("Check your network connection and proxy settings, then try again.")};
    case ErrorKind::HttpStatus:
        return {tr("Unexpected answer"),
                tr("The server answered with HTTP status %1 and no error details.").arg(result.httpStatus),
                tr("Try again later. If it keeps happening, check the endpoint and proxy settings.")};
    case ErrorKind::MalformedBody:
        return {tr("Unreadable answer"),
                tr("The server's answer could not be read: it was incomplete, malformed or too large."),
                result.outcomeUnknown ? tr("The change may have been made. Refresh to see the current state "
                                           "before trying again.")
                                      : tr("Try again. If it keeps happening, report the RequestId.")};
    case ErrorKind::Service:
    case ErrorKind::Unknown: // from a newer log: its Code and message say what there is to say
        break;
    }
    return describeCode(result.code, result.message);
}

} // namespace clm
