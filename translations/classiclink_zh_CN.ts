<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>ClassicLink Manager</source>
        <translation>ClassicLink Manager</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>账号管理(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>网络设置(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;xport operations…</source>
        <translation>导出操作记录(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Link to VPC…</source>
        <translation>连接到 VPC(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>断开连接(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Enable ClassicLink…</source>
        <translation>开启 ClassicLink(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable ClassicLink…</source>
        <translation>关闭 ClassicLink(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Resume interrupted batch…</source>
        <translation>继续中断的批次(&amp;R)…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>&amp;Find instances</source>
        <translation>查找实例(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About ClassicLink Manager</source>
        <translation>关于 ClassicLink Manager(&amp;A)</translation>
    </message>
    <message>
        <source>Allow &amp;Traffic…</source>
        <translation>允许流量(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;move Traffic Rules…</source>
        <translation>删除流量规则(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move to VPC…</source>
        <translation>迁移到 VPC(&amp;M)…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Allow Traffic</source>
        <translation>允许流量</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>迁移</translation>
    </message>
</context>
<context>
    <name>OperationLog</name>
    <message>
        <source>Cannot write the operation log %1: %2</source>
        <translation>无法写入操作日志 %1：%2</translation>
    </message>
    <message>
        <source>the folder cannot be created.</source>
        <translation>无法创建该文件夹。</translation>
    </message>
    <message>
        <source>The operation log %1 cannot be read.</source>
        <translation>无法读取操作日志 %1。</translation>
    </message>
    <message>
        <source>This batch is being sent by another program right now (%1, process %2). Wait until it finishes; nothing was sent from here.</source>
        <translation>另一个程序（%1，进程 %2）正在发送此批次。请等它完成；此处没有发送任何请求。</translation>
    </message>
    <message>
        <source>the folder cannot be synced.</source>
        <translation>无法同步该文件夹。</translation>
    </message>
</context>
<context>
    <name>clm::AliyunCliConfigReader</name>
    <message>
        <source>There is no aliyun CLI configuration at %1.</source>
        <translation>%1 处没有 aliyun CLI 配置。</translation>
    </message>
    <message>
        <source>%1 is too large to be an aliyun CLI configuration.</source>
        <translation>%1 太大，不是 aliyun CLI 配置文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration is not valid JSON; nothing was imported.</source>
        <translation>aliyun CLI 配置不是有效的 JSON；未导入任何内容。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration has no list of profiles; nothing was imported.</source>
        <translation>aliyun CLI 配置中没有配置列表；未导入任何内容。</translation>
    </message>
    <message>
        <source>The profile has no complete AccessKey.</source>
        <translation>该配置没有完整的 AccessKey。</translation>
    </message>
    <message>
        <source>The profile has no mode.</source>
        <translation>该配置没有指定模式。</translation>
    </message>
    <message>
        <source>Mode %1 gets its credentials at run time (roles, SSO, external programs); ClassicLink Manager signs only with an AccessKey or an STS token.</source>
        <translation>%1 模式在运行时获取凭证（角色、SSO、外部程序）；ClassicLink Manager 只使用 AccessKey 或 STS Token 签名。</translation>
    </message>
</context>
<context>
    <name>clm::ClassicLinkBatch</name>
    <message>
        <source>The operation log %1 describes an action this version does not know (%2).</source>
        <translation>操作日志 %1 记录的操作（%2）是此版本无法识别的。</translation>
    </message>
</context>
<context>
    <name>clm::ConnectionReport</name>
    <message numerus="yes">
        <source>The connection works, but this computer&apos;s clock is off by %Ln minute(s); fix it before it reaches 15 minutes.</source>
        <translation>
            <numerusform>连接正常，但本机时钟偏差 %Ln 分钟；请在偏差达到 15 分钟之前校正。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection works: the AccessKey was accepted.</source>
        <translation>连接正常：AccessKey 已被接受。</translation>
    </message>
    <message>
        <source>The AccessKey ID is unknown or disabled. Check the ID in the account settings.</source>
        <translation>AccessKey ID 不存在或已被禁用。请检查账号设置中的 ID。</translation>
    </message>
    <message>
        <source>The AccessKey secret does not match the ID (the cloud rejected the signature). Enter the secret again.</source>
        <translation>AccessKey Secret 与 ID 不匹配（云端拒绝了签名）。请重新输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by more than 15 minutes. Correct the time and try again.</source>
        <translation>本机时钟偏差超过 15 分钟。请校正时间后重试。</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is off by %Ln minute(s). Correct the time and try again.</source>
        <translation>
            <numerusform>本机时钟偏差 %Ln 分钟。请校正时间后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint could not be reached: %1</source>
        <translation>无法访问接入地址：%1</translation>
    </message>
    <message>
        <source>The proxy did not let the request through: %1</source>
        <translation>代理未放行请求：%1</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted. On a network that inspects TLS, add its CA bundle in the network settings.</source>
        <translation>安全连接失败：服务器证书不受信任。如果所在网络会检查 TLS，请在网络设置中添加其 CA 证书包。</translation>
    </message>
</context>
<context>
    <name>clm::DomainText</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Overdue payment</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Security lock</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Being released</source>
        <translation>待释放</translation>
    </message>
    <message>
        <source>Dedicated host payment</source>
        <translation>专有宿主机欠费</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a name and, in brackets, its ID or a detail</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a title or subject, then what is said of it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a phrase ended as a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between clauses, each with its own subject</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>clm::EnableCheck</name>
    <message>
        <source>The CIDR block of %1 (&quot;%2&quot;) could not be read, so it cannot be checked.</source>
        <translation>无法读取 %1 的网段（“%2”），因此无法检查。</translation>
    </message>
    <message>
        <source>%1 uses %2, which classic instances cannot reach: ClassicLink works only with VPCs in 172.16.0.0/12, 192.168.0.0/16 or 10.0.0.0/8. Use a VPC in one of these ranges.</source>
        <translation>%1 使用 %2，经典网络实例无法访问该网段：ClassicLink 仅支持网段为 172.16.0.0/12、192.168.0.0/16 或 10.0.0.0/8 的 VPC。请使用这些网段中的 VPC。</translation>
    </message>
    <message>
        <source>%1 uses %2 and has no vSwitch inside 10.111.0.0/16; in a 10.0.0.0/8 VPC only such vSwitches can talk to classic instances. Create a vSwitch in 10.111.0.0/16 first.</source>
        <translation>%1 使用 %2，且没有位于 10.111.0.0/16 内的交换机；在 10.0.0.0/8 的 VPC 中，只有这样的交换机才能与经典网络实例通信。请先在 10.111.0.0/16 中创建一个交换机。</translation>
    </message>
    <message>
        <source>%1 has a custom route entry to %2, inside the classic network&apos;s 10.0.0.0/8; the cloud refuses ClassicLink while it exists (RouteConflict.AlreadyExist). Delete that route entry first.</source>
        <translation>%1 有一条目标为 %2 的自定义路由条目，位于经典网络的 10.0.0.0/8 内；只要它存在，云端就会拒绝开启 ClassicLink（RouteConflict.AlreadyExist）。请先删除该路由条目。</translation>
    </message>
    <message>
        <source>%1 uses 192.168.0.0/16: after linking, each classic instance needs a route to 192.168.0.0/16 through its private network interface, added on the instance itself (the documentation provides a script): %2</source>
        <translation>%1 使用 192.168.0.0/16：连接后，每个经典网络实例都需要在实例自身上添加一条经由其内网网卡、目标为 192.168.0.0/16 的路由（文档提供了脚本）：%2</translation>
    </message>
    <message>
        <source>DescribeVSwitches and DescribeRouteTableList: every further page that TotalCount calls for.</source>
        <translation>DescribeVSwitches 和 DescribeRouteTableList：按 TotalCount 请求其余各页。</translation>
    </message>
    <message>
        <source>DescribeRouteEntryList: one per route table, for its custom route entries.</source>
        <translation>DescribeRouteEntryList：每个路由表一次，用于读取其自定义路由条目。</translation>
    </message>
</context>
<context>
    <name>clm::Endpoints</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not usable: give an https:// URL (plain http:// only for this computer&apos;s own addresses).</source>
        <translation>接入地址“%1”不可用：请提供 https:// 地址（明文 http:// 仅用于本机地址）。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not usable: a user name or password does not belong in it.</source>
        <translation>接入地址“%1”不可用：其中不应包含用户名或密码。</translation>
    </message>
</context>
<context>
    <name>clm::ErrorCatalog</name>
    <message>
        <source>The region is not valid</source>
        <translation>地域无效</translation>
    </message>
    <message>
        <source>The region ID sent with the request is not a valid Alibaba Cloud region ID.</source>
        <translation>请求中的地域 ID 不是有效的阿里云地域 ID。</translation>
    </message>
    <message>
        <source>Choose a region from the list, or check the spelling, for example cn-hangzhou.</source>
        <translation>请从列表中选择地域，或检查拼写，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>ClassicLink is off for this VPC</source>
        <translation>此 VPC 未开启 ClassicLink</translation>
    </message>
    <message>
        <source>The target VPC does not have ClassicLink enabled, so no classic instance can be linked to it.</source>
        <translation>目标 VPC 未开启 ClassicLink 功能，因此无法将经典网络实例连接到它。</translation>
    </message>
    <message>
        <source>Enable ClassicLink on the VPC first, then link the instance again.</source>
        <translation>请先为该 VPC 开启 ClassicLink，然后再次连接实例。</translation>
    </message>
    <message>
        <source>This instance cannot be unlinked</source>
        <translation>无法断开此实例的连接</translation>
    </message>
    <message>
        <source>The cloud does not allow this instance to be detached from its linked VPC.</source>
        <translation>云端不允许将此实例与其已连接的 VPC 断开连接。</translation>
    </message>
    <message>
        <source>Check that the instance is linked to this VPC and is Running or Stopped, then try again.</source>
        <translation>请确认实例已连接到此 VPC，且处于运行中或已停止状态，然后重试。</translation>
    </message>
    <message>
        <source>This instance cannot be linked</source>
        <translation>无法连接此实例</translation>
    </message>
    <message>
        <source>The cloud does not allow this instance to be linked to a VPC.</source>
        <translation>云端不允许将此实例连接到 VPC。</translation>
    </message>
    <message>
        <source>Check the instance&apos;s network type and any restrictions on your account, or open a ticket with Alibaba Cloud and quote the RequestId.</source>
        <translation>请检查实例的网络类型以及账号上的限制，或向阿里云提交工单并提供 RequestId。</translation>
    </message>
    <message>
        <source>Already linked to another VPC</source>
        <translation>已连接到其他 VPC</translation>
    </message>
    <message>
        <source>This classic instance is already linked to a VPC. An instance can be linked to only one VPC at a time.</source>
        <translation>此经典网络实例已连接到某个 VPC。一个实例同一时间只能连接一个 VPC。</translation>
    </message>
    <message>
        <source>Unlink it from its current VPC first if you want to link it here.</source>
        <translation>如需连接到此处，请先将其与当前 VPC 断开连接。</translation>
    </message>
    <message>
        <source>The instance is not Running or Stopped</source>
        <translation>实例不处于运行中或已停止状态</translation>
    </message>
    <message>
        <source>Instances can be linked or unlinked only while they are Running or Stopped (the cloud&apos;s message calls Stopped &quot;shutted&quot;).</source>
        <translation>只有处于运行中（Running）或已停止（Stopped）状态的实例才能连接或断开连接（云端消息中的“shutted”即已停止）。</translation>
    </message>
    <message>
        <source>Wait until the instance has finished starting or stopping, refresh, and try again.</source>
        <translation>请等待实例完成启动或停止，刷新后重试。</translation>
    </message>
    <message>
        <source>The VPC has no link quota left</source>
        <translation>该 VPC 的连接配额已用完</translation>
    </message>
    <message>
        <source>This VPC already has as many linked classic instances as its quota allows (normally 1,000).</source>
        <translation>此 VPC 连接的经典网络实例数已达到配额上限（通常为 1,000 个）。</translation>
    </message>
    <message>
        <source>Unlink instances that no longer need the VPC, or choose another ClassicLink VPC.</source>
        <translation>请将不再需要该 VPC 的实例断开连接，或选择其他已开启 ClassicLink 的 VPC。</translation>
    </message>
    <message>
        <source>The instance is locked</source>
        <translation>实例已被锁定</translation>
    </message>
    <message>
        <source>The instance has an operation lock (for example an overdue payment or a security lock) or another operation is in progress.</source>
        <translation>实例存在操作锁（例如欠费或安全锁定），或有其他操作正在进行。</translation>
    </message>
    <message>
        <source>Wait for the lock to be lifted or the other operation to finish, then try again.</source>
        <translation>请等待锁定解除或其他操作完成后重试。</translation>
    </message>
    <message>
        <source>Not supported in this region</source>
        <translation>此地域不支持</translation>
    </message>
    <message>
        <source>The instance&apos;s region does not support ClassicLink.</source>
        <translation>实例所在地域不支持 ClassicLink。</translation>
    </message>
    <message>
        <source>Migrate the instance to a VPC instead; ClassicLink cannot be used in this region.</source>
        <translation>请改为将实例迁移到 VPC；此地域无法使用 ClassicLink。</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>The RAM user of this AccessKey is not allowed to perform this operation on this resource.</source>
        <translation>此 AccessKey 所属的 RAM 用户无权对该资源执行此操作。</translation>
    </message>
    <message>
        <source>Ask your administrator to grant the permissions listed under Required permissions, or use another account.</source>
        <translation>请管理员授予“所需权限”中列出的权限，或使用其他账号。</translation>
    </message>
    <message>
        <source>Not a classic network instance</source>
        <translation>不是经典网络实例</translation>
    </message>
    <message>
        <source>The instance is a VPC instance or its ID is not valid; only classic network instances can be linked.</source>
        <translation>该实例是 VPC 实例或其 ID 无效；只有经典网络实例才能连接。</translation>
    </message>
    <message>
        <source>Check the instance ID. VPC instances need no ClassicLink.</source>
        <translation>请检查实例 ID。VPC 实例无需 ClassicLink。</translation>
    </message>
    <message>
        <source>The VPC ID is not valid</source>
        <translation>VPC ID 无效</translation>
    </message>
    <message>
        <source>The VPC ID sent with the request is not a valid VPC ID.</source>
        <translation>请求中的 VPC ID 不是有效的 VPC ID。</translation>
    </message>
    <message>
        <source>Choose the VPC from the list, or check the ID, which starts with vpc-.</source>
        <translation>请从列表中选择 VPC，或检查以 vpc- 开头的 ID。</translation>
    </message>
    <message>
        <source>The instance belongs to another account</source>
        <translation>实例属于其他账号</translation>
    </message>
    <message>
        <source>The instance is not owned by the account of this AccessKey.</source>
        <translation>该实例不属于此 AccessKey 的账号。</translation>
    </message>
    <message>
        <source>Use the account that owns the instance.</source>
        <translation>请使用拥有该实例的账号。</translation>
    </message>
    <message>
        <source>The instance does not exist</source>
        <translation>实例不存在</translation>
    </message>
    <message>
        <source>No instance with this ID exists in the selected region.</source>
        <translation>所选地域中不存在此 ID 的实例。</translation>
    </message>
    <message>
        <source>Refresh the list; the instance may have been released or may be in another region.</source>
        <translation>请刷新列表；实例可能已被释放，或位于其他地域。</translation>
    </message>
    <message>
        <source>An instance or a VPC is needed</source>
        <translation>需要指定实例或 VPC</translation>
    </message>
    <message>
        <source>The request named neither an instance nor a VPC.</source>
        <translation>请求中既没有实例也没有 VPC。</translation>
    </message>
    <message>
        <source>Select an instance or a VPC and try again.</source>
        <translation>请选择实例或 VPC 后重试。</translation>
    </message>
    <message>
        <source>The VPC does not exist</source>
        <translation>VPC 不存在</translation>
    </message>
    <message>
        <source>No VPC with this ID exists in the selected region.</source>
        <translation>所选地域中不存在此 ID 的 VPC。</translation>
    </message>
    <message>
        <source>Refresh the list; the VPC may have been deleted or may be in another region.</source>
        <translation>请刷新列表；VPC 可能已被删除，或位于其他地域。</translation>
    </message>
    <message>
        <source>The VPC is busy</source>
        <translation>VPC 正忙</translation>
    </message>
    <message>
        <source>The VPC is not in the Available state, for example while it is being created or changed.</source>
        <translation>VPC 不处于可用状态，例如正在创建或变更中。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>请稍候一分钟再试。</translation>
    </message>
    <message>
        <source>ClassicLink is already on</source>
        <translation>ClassicLink 已开启</translation>
    </message>
    <message>
        <source>ClassicLink was already enabled on this VPC.</source>
        <translation>此 VPC 已开启 ClassicLink。</translation>
    </message>
    <message>
        <source>Nothing to do: the VPC is ready for links.</source>
        <translation>无需操作：该 VPC 已可以连接实例。</translation>
    </message>
    <message>
        <source>Instances are still linked</source>
        <translation>仍有实例处于连接状态</translation>
    </message>
    <message>
        <source>ClassicLink cannot be turned off while classic instances are linked to the VPC.</source>
        <translation>有经典网络实例连接到该 VPC 时，无法关闭 ClassicLink。</translation>
    </message>
    <message>
        <source>Unlink every instance from the VPC first, then disable ClassicLink.</source>
        <translation>请先断开该 VPC 上所有实例的连接，再关闭 ClassicLink。</translation>
    </message>
    <message>
        <source>The region does not exist</source>
        <translation>地域不存在</translation>
    </message>
    <message>
        <source>The cloud does not know the region of this request.</source>
        <translation>云端无法识别此请求的地域。</translation>
    </message>
    <message>
        <source>Choose a region from the list.</source>
        <translation>请从列表中选择地域。</translation>
    </message>
    <message>
        <source>The signature was rejected</source>
        <translation>签名被拒绝</translation>
    </message>
    <message>
        <source>The cloud computed a different signature for this request. Most often the AccessKey secret is wrong; rarely a proxy changed the request.</source>
        <translation>云端为此请求计算出的签名与请求不符。通常是 AccessKey Secret 不正确；少数情况下是代理修改了请求。</translation>
    </message>
    <message>
        <source>Check the AccessKey secret of this account. If it is right, send the RequestId to support.</source>
        <translation>请检查此账号的 AccessKey Secret。如果无误，请将 RequestId 提供给技术支持。</translation>
    </message>
    <message>
        <source>The request was not signed correctly</source>
        <translation>请求签名不正确</translation>
    </message>
    <message>
        <source>The signature of the request is incomplete or uses a method the cloud does not accept.</source>
        <translation>请求的签名不完整，或使用了云端不接受的签名方法。</translation>
    </message>
    <message>
        <source>Try the other signature version in the account settings and report the RequestId.</source>
        <translation>请在账号设置中换用另一种签名版本，并报告 RequestId。</translation>
    </message>
    <message>
        <source>Unknown AccessKey ID</source>
        <translation>AccessKey ID 不存在</translation>
    </message>
    <message>
        <source>The cloud does not know this AccessKey ID.</source>
        <translation>云端找不到此 AccessKey ID。</translation>
    </message>
    <message>
        <source>Check the AccessKey ID of this account; it may have been deleted.</source>
        <translation>请检查此账号的 AccessKey ID；它可能已被删除。</translation>
    </message>
    <message>
        <source>The AccessKey is disabled</source>
        <translation>AccessKey 已被禁用</translation>
    </message>
    <message>
        <source>This AccessKey exists but has been disabled.</source>
        <translation>此 AccessKey 存在，但已被禁用。</translation>
    </message>
    <message>
        <source>Enable it in the RAM console or use another AccessKey.</source>
        <translation>请在 RAM 控制台中启用它，或使用其他 AccessKey。</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is off</source>
        <translation>计算机时钟不准确</translation>
    </message>
    <message>
        <source>The request time differs from the cloud&apos;s time by more than 15 minutes.</source>
        <translation>请求时间与云端时间相差超过 15 分钟。</translation>
    </message>
    <message>
        <source>Set the computer&apos;s clock to the correct time (turn on automatic time), then try again.</source>
        <translation>请将计算机时钟调整为正确时间（开启自动对时），然后重试。</translation>
    </message>
    <message>
        <source>The request time is not valid</source>
        <translation>请求时间无效</translation>
    </message>
    <message>
        <source>The request carried no time or a badly formatted one.</source>
        <translation>请求中没有时间，或时间格式错误。</translation>
    </message>
    <message>
        <source>Report the RequestId; this is a problem in the application.</source>
        <translation>请报告 RequestId；这是应用程序的问题。</translation>
    </message>
    <message>
        <source>The request was a duplicate</source>
        <translation>请求重复</translation>
    </message>
    <message>
        <source>The cloud has already seen a request with this one-time number.</source>
        <translation>云端已收到过使用此一次性随机数的请求。</translation>
    </message>
    <message>
        <source>Try again; a new request gets a new number.</source>
        <translation>请重试；新请求会使用新的随机数。</translation>
    </message>
    <message>
        <source>The security token has expired</source>
        <translation>STS Token 已过期</translation>
    </message>
    <message>
        <source>The STS security token of this account is no longer valid.</source>
        <translation>此账号的 STS Token 已失效。</translation>
    </message>
    <message>
        <source>Get a new STS token and update the account.</source>
        <translation>请获取新的 STS Token 并更新账号。</translation>
    </message>
    <message>
        <source>A required value is missing</source>
        <translation>缺少必填值</translation>
    </message>
    <message>
        <source>The request lacked a value the cloud requires.</source>
        <translation>请求缺少云端要求的值。</translation>
    </message>
    <message>
        <source>Fill in every required field and try again.</source>
        <translation>请填写所有必填项后重试。</translation>
    </message>
    <message>
        <source>A value is not valid</source>
        <translation>某个值无效</translation>
    </message>
    <message>
        <source>The cloud did not accept one of the values of this request.</source>
        <translation>云端不接受此请求中的某个值。</translation>
    </message>
    <message>
        <source>Check the values you entered and try again.</source>
        <translation>请检查输入的值后重试。</translation>
    </message>
    <message>
        <source>The operation is not available</source>
        <translation>操作不可用</translation>
    </message>
    <message>
        <source>The endpoint does not offer this operation, or not with this request method.</source>
        <translation>该接入地址不提供此操作，或不支持此请求方法。</translation>
    </message>
    <message>
        <source>Check the endpoint in the account settings; the operation may have been retired there.</source>
        <translation>请检查账号设置中的接入地址；该操作可能已在那里下线。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求被限流</translation>
    </message>
    <message>
        <source>The cloud is limiting how fast this account may send requests.</source>
        <translation>云端正在限制此账号发送请求的速度。</translation>
    </message>
    <message>
        <source>Wait a moment and try again, or lower the request rate in the network settings.</source>
        <translation>请稍候重试，或在网络设置中降低请求速率。</translation>
    </message>
    <message>
        <source>Blocked by risk control</source>
        <translation>被风控拦截</translation>
    </message>
    <message>
        <source>Alibaba Cloud&apos;s risk control system blocked this operation.</source>
        <translation>阿里云风控系统拦截了此操作。</translation>
    </message>
    <message>
        <source>Contact Alibaba Cloud support and quote the RequestId.</source>
        <translation>请联系阿里云技术支持并提供 RequestId。</translation>
    </message>
    <message>
        <source>Another operation is in progress</source>
        <translation>另一个操作正在进行</translation>
    </message>
    <message>
        <source>The request conflicts with an earlier request that is still being processed.</source>
        <translation>此请求与仍在处理中的先前请求冲突。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>请稍候重试。</translation>
    </message>
    <message>
        <source>The cloud had an internal error</source>
        <translation>云端内部错误</translation>
    </message>
    <message>
        <source>The request failed because of an error inside Alibaba Cloud.</source>
        <translation>由于阿里云内部错误，请求失败。</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact support with the RequestId.</source>
        <translation>请稍后重试。如果问题持续出现，请携带 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>The service is unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable, for example during maintenance of the region.</source>
        <translation>服务暂时不可用，例如地域正在维护。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>请几分钟后重试。</translation>
    </message>
    <message>
        <source>The cloud refused the request</source>
        <translation>云端拒绝了请求</translation>
    </message>
    <message>
        <source>The cloud answered with error code %1.</source>
        <translation>云端返回错误码 %1。</translation>
    </message>
    <message>
        <source>The cloud answered with error code %1: %2</source>
        <translation>云端返回错误码 %1：%2</translation>
    </message>
    <message>
        <source>Look up the code with the Recommend link, or contact support with the RequestId.</source>
        <translation>请通过诊断链接查询该错误码，或携带 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>服务器在应答前关闭了连接。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the endpoint and your internet connection.</source>
        <translation>找不到服务器名称。请检查接入地址和网络连接。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时应答。</translation>
    </message>
    <message>
        <source>A secure connection could not be established: the server&apos;s certificate is not trusted.</source>
        <translation>无法建立安全连接：服务器证书不受信任。</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>网络不可用。</translation>
    </message>
    <message>
        <source>The proxy server could not be reached or closed the connection. Check the proxy settings.</source>
        <translation>无法连接代理服务器，或代理服务器关闭了连接。请检查代理设置。</translation>
    </message>
    <message>
        <source>The proxy server requires a user name and password.</source>
        <translation>代理服务器需要用户名和密码。</translation>
    </message>
    <message>
        <source>The endpoint address is not allowed: plain HTTP is used only for this computer&apos;s own addresses. Use an https:// endpoint.</source>
        <translation>不允许使用此接入地址：明文 HTTP 仅用于本机地址。请使用 https:// 接入地址。</translation>
    </message>
    <message>
        <source>The server redirected the request too often or to an insecure address.</source>
        <translation>服务器重定向次数过多，或重定向到了不安全的地址。</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>连接服务器失败。</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The request was cancelled after it was sent; it may have been carried out.</source>
        <translation>请求在发送后被取消；它可能已经执行。</translation>
    </message>
    <message>
        <source>The request was cancelled before it was carried out.</source>
        <translation>请求在执行前已被取消。</translation>
    </message>
    <message>
        <source>Refresh to see the current state.</source>
        <translation>请刷新以查看当前状态。</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>未能及时应答</translation>
    </message>
    <message>
        <source>The change may have been made. Refresh to see the current state before trying again.</source>
        <translation>变更可能已经生效。重试前请先刷新查看当前状态。</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>If your network inspects TLS traffic, add its CA certificate in the network settings.</source>
        <translation>如果您的网络会检查 TLS 流量，请在网络设置中添加其 CA 证书。</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>网络问题</translation>
    </message>
    <message>
        <source>Check your network connection and proxy settings, then try again.</source>
        <translation>请检查网络连接和代理设置，然后重试。</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>意外的应答</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and no error details.</source>
        <translation>服务器返回 HTTP 状态码 %1，且没有错误详情。</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, check the endpoint and proxy settings.</source>
        <translation>请稍后重试。如果问题持续出现，请检查接入地址和代理设置。</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>无法读取的应答</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it was incomplete, malformed or too large.</source>
        <translation>无法读取服务器的应答：内容不完整、格式错误或过大。</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report the RequestId.</source>
        <translation>请重试。如果问题持续出现，请报告 RequestId。</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>尝试次数：%1</translation>
    </message>
    <message>
        <source>Outcome: unknown, check the current state before retrying</source>
        <translation>结果：未知，重试前请先检查当前状态</translation>
    </message>
    <message>
        <source>A custom route conflicts with ClassicLink</source>
        <translation>自定义路由与 ClassicLink 冲突</translation>
    </message>
    <message>
        <source>The VPC has a custom route entry whose destination lies in 10.0.0.0/8, the classic network&apos;s range; ClassicLink cannot be enabled while it exists.</source>
        <translation>该 VPC 有一条目标位于 10.0.0.0/8（经典网络的网段）内的自定义路由条目；只要它存在，就无法开启 ClassicLink。</translation>
    </message>
    <message>
        <source>Delete that route entry from the VPC&apos;s route table, or choose another VPC.</source>
        <translation>请从该 VPC 的路由表中删除该路由条目，或选择其他 VPC。</translation>
    </message>
    <message>
        <source>This VPC cannot use ClassicLink</source>
        <translation>此 VPC 无法使用 ClassicLink</translation>
    </message>
    <message>
        <source>Classic instances cannot reach this VPC: its CIDR block is outside 172.16.0.0/12, 192.168.0.0/16 and 10.0.0.0/8, or it is a 10.0.0.0/8 VPC without a vSwitch inside 10.111.0.0/16.</source>
        <translation>经典网络实例无法访问此 VPC：它的网段不在 172.16.0.0/12、192.168.0.0/16 和 10.0.0.0/8 之内，或者它是没有位于 10.111.0.0/16 内交换机的 10.0.0.0/8 VPC。</translation>
    </message>
    <message>
        <source>Use a VPC in one of these ranges, or create a vSwitch in 10.111.0.0/16 first.</source>
        <translation>请使用这些网段中的 VPC，或先在 10.111.0.0/16 中创建一个交换机。</translation>
    </message>
    <message>
        <source>ClassicLink is off for the VPC&apos;s security group</source>
        <translation>该 VPC 安全组所属的 VPC 未开启 ClassicLink</translation>
    </message>
    <message>
        <source>A rule between a classic and a VPC security group needs ClassicLink enabled on the VPC the group belongs to.</source>
        <translation>经典网络安全组与 VPC 安全组之间的规则，要求该安全组所属的 VPC 已开启 ClassicLink。</translation>
    </message>
    <message>
        <source>Enable ClassicLink on that VPC first, then add the rule again.</source>
        <translation>请先在该 VPC 上开启 ClassicLink，然后重新添加规则。</translation>
    </message>
    <message>
        <source>The security groups do not fit together</source>
        <translation>两个安全组不匹配</translation>
    </message>
    <message>
        <source>The network types of the two security groups do not allow this rule.</source>
        <translation>两个安全组的网络类型不允许添加此规则。</translation>
    </message>
    <message>
        <source>Pair a classic instance&apos;s security group with a security group of its linked VPC.</source>
        <translation>请将经典网络实例的安全组与其已连接 VPC 的安全组配对。</translation>
    </message>
    <message>
        <source>The security group is full</source>
        <translation>安全组规则已满</translation>
    </message>
    <message>
        <source>The security group already has as many rules as it may hold (200).</source>
        <translation>该安全组的规则数已达上限（200 条）。</translation>
    </message>
    <message>
        <source>Remove rules that are no longer needed, or use another security group.</source>
        <translation>请删除不再需要的规则，或使用其他安全组。</translation>
    </message>
    <message>
        <source>The security group does not exist</source>
        <translation>安全组不存在</translation>
    </message>
    <message>
        <source>No security group with this ID exists in the selected region.</source>
        <translation>所选地域中不存在此 ID 的安全组。</translation>
    </message>
    <message>
        <source>Refresh; the group may have been deleted or may be in another region.</source>
        <translation>请刷新；该安全组可能已被删除或位于其他地域。</translation>
    </message>
    <message>
        <source>The other security group does not exist</source>
        <translation>作为授权对象的安全组不存在</translation>
    </message>
    <message>
        <source>The security group named as the source of the rule does not exist.</source>
        <translation>规则中作为授权对象的安全组不存在。</translation>
    </message>
    <message>
        <source>Refresh and choose the group again.</source>
        <translation>请刷新并重新选择安全组。</translation>
    </message>
    <message>
        <source>The protocol is not valid</source>
        <translation>协议类型无效</translation>
    </message>
    <message>
        <source>The rule&apos;s protocol must be tcp, udp, icmp, gre or all.</source>
        <translation>规则的协议类型必须是 tcp、udp、icmp、gre 或 all。</translation>
    </message>
    <message>
        <source>Choose one of these protocols.</source>
        <translation>请选择其中一种协议类型。</translation>
    </message>
    <message>
        <source>The priority is not valid</source>
        <translation>优先级无效</translation>
    </message>
    <message>
        <source>A rule&apos;s priority must be a number from 1 to 100.</source>
        <translation>规则的优先级必须是 1 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>Enter a priority from 1 to 100.</source>
        <translation>请输入 1 到 100 之间的优先级。</translation>
    </message>
    <message>
        <source>The rule needs the internal network</source>
        <translation>规则需要指定内网</translation>
    </message>
    <message>
        <source>A rule between two security groups must apply to the internal network (NicType intranet).</source>
        <translation>两个安全组之间的规则必须作用于内网（NicType 为 intranet）。</translation>
    </message>
    <message>
        <source>Send the rule with NicType intranet.</source>
        <translation>请以 NicType intranet 发送该规则。</translation>
    </message>
    <message>
        <source>The port range is not valid</source>
        <translation>端口范围无效</translation>
    </message>
    <message>
        <source>A TCP or UDP rule needs a port range such as 22/22 or 8000/8080 between 1 and 65535; other protocols take -1/-1.</source>
        <translation>TCP 或 UDP 规则需要 1 到 65535 之间的端口范围，例如 22/22 或 8000/8080；其他协议类型使用 -1/-1。</translation>
    </message>
    <message>
        <source>Enter the ports again in one of these forms.</source>
        <translation>请按以上格式之一重新输入端口范围。</translation>
    </message>
    <message>
        <source>The cloud refused rule number %1 of the request (its %2). It checks every rule of a request before it applies any, so none of the rules in that request was changed.</source>
        <translation>云端拒绝了该请求中的第 %1 条规则（其 %2）。云端在应用任何规则之前会检查请求中的每一条规则，因此该请求中的规则均未更改。</translation>
    </message>
    <message>
        <source>The vSwitch&apos;s block overlaps another</source>
        <translation>交换机的网段与其他网段重叠</translation>
    </message>
    <message>
        <source>The CIDR block of the new vSwitch overlaps a vSwitch of the VPC, or the destination of one of its custom routes.</source>
        <translation>新交换机的网段与该 VPC 的某个交换机重叠，或与其某条自定义路由的目标网段重叠。</translation>
    </message>
    <message>
        <source>Choose a free block inside the VPC&apos;s block; the Move to VPC view proposes one.</source>
        <translation>请在该 VPC 的网段内选择一个空闲网段；“迁移到 VPC”视图会给出建议。</translation>
    </message>
    <message>
        <source>Not available in this zone</source>
        <translation>该可用区不可用</translation>
    </message>
    <message>
        <source>The zone does not offer what was asked for; a vSwitch cannot be created there.</source>
        <translation>该可用区不提供所请求的资源，无法在此创建交换机。</translation>
    </message>
    <message>
        <source>Check the zone in the ECS console, or open a ticket with Alibaba Cloud and quote the RequestId.</source>
        <translation>请在 ECS 控制台中查看该可用区，或向阿里云提交工单并提供 RequestId。</translation>
    </message>
    <message>
        <source>The VPC has as many vSwitches as it may hold</source>
        <translation>该 VPC 的交换机数量已达上限</translation>
    </message>
    <message>
        <source>A VPC holds at most 150 vSwitches by default.</source>
        <translation>默认情况下，一个 VPC 最多可有 150 个交换机。</translation>
    </message>
    <message>
        <source>Use a vSwitch the VPC already has in that zone, or raise the quota in the Quota Center.</source>
        <translation>请使用该 VPC 在此可用区已有的交换机，或在配额中心提高配额。</translation>
    </message>
    <message>
        <source>The vSwitch&apos;s name is not valid</source>
        <translation>交换机名称无效</translation>
    </message>
    <message>
        <source>A vSwitch&apos;s name is 1 to 128 characters and cannot start with http:// or https://.</source>
        <translation>交换机名称长度为 1 到 128 个字符，不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Give the vSwitch another name.</source>
        <translation>请为交换机换一个名称。</translation>
    </message>
    <message>
        <source>The vSwitch&apos;s block is not valid</source>
        <translation>交换机的网段无效</translation>
    </message>
    <message>
        <source>A vSwitch&apos;s CIDR block must be a /16 to a /29 inside the VPC&apos;s block, written from its first address.</source>
        <translation>交换机的网段须为该 VPC 网段内的 /16 到 /29，并以网段的起始地址书写。</translation>
    </message>
    <message>
        <source>Choose a block inside the VPC&apos;s block; the Move to VPC view checks it as you type.</source>
        <translation>请在该 VPC 的网段内选择网段；“迁移到 VPC”视图会在输入时检查。</translation>
    </message>
    <message>
        <source>The destination security group does not exist</source>
        <translation>目标安全组不存在</translation>
    </message>
    <message>
        <source>The security group named as the destination of the outbound rule does not exist.</source>
        <translation>出方向规则中指定的目标安全组不存在。</translation>
    </message>
    <message>
        <source>Refresh; the group may have been deleted. Run the preparation again to copy it.</source>
        <translation>请刷新；该安全组可能已被删除。再次运行准备即可重新复制。</translation>
    </message>
    <message>
        <source>The outbound rule needs the internal network</source>
        <translation>出方向规则须用于内网</translation>
    </message>
    <message>
        <source>An outbound rule to another security group must apply to the internal network (NicType intranet).</source>
        <translation>指向另一个安全组的出方向规则须用于内网（NicType 为 intranet）。</translation>
    </message>
    <message>
        <source>A VPC is needed</source>
        <translation>需要指定 VPC</translation>
    </message>
    <message>
        <source>In this region a security group can be created only inside a VPC, and the request named none.</source>
        <translation>在此地域只能在 VPC 内创建安全组，而请求中未指定 VPC。</translation>
    </message>
    <message>
        <source>Choose the target VPC and run the preparation again.</source>
        <translation>请选择目标 VPC，然后重新执行准备。</translation>
    </message>
    <message>
        <source>The security group&apos;s name is not valid</source>
        <translation>安全组名称无效</translation>
    </message>
    <message>
        <source>A security group&apos;s name is 2 to 128 characters long, starts with a letter or a Chinese character, holds only letters, digits, &quot;.&quot;, &quot;:&quot;, &quot;_&quot; and &quot;-&quot;, and cannot start with http:// or https://.</source>
        <translation>安全组名称长度为 2～128 个字符，必须以字母或中文开头，只能包含字母、数字、英文句号“.”、冒号“:”、下划线“_”和连字符“-”，且不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>A copy is named after its classic group: rename the classic group in the ECS console, then run the preparation again.</source>
        <translation>副本以其经典网络安全组命名：请在 ECS 控制台中重命名该经典网络安全组，然后重新执行准备。</translation>
    </message>
    <message>
        <source>The description is not valid</source>
        <translation>描述无效</translation>
    </message>
    <message>
        <source>A description is 2 to 256 characters long and cannot start with http:// or https://.</source>
        <translation>描述长度为 2～256 个字符，且不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The application writes the copy&apos;s description itself; report the RequestId.</source>
        <translation>副本的描述由应用程序自行填写；请报告 RequestId。</translation>
    </message>
    <message>
        <source>The security group type is not valid</source>
        <translation>安全组类型无效</translation>
    </message>
    <message>
        <source>A security group is either basic (normal) or advanced (enterprise).</source>
        <translation>安全组只能是普通安全组（normal）或企业级安全组（enterprise）。</translation>
    </message>
    <message>
        <source>The application creates basic groups, which can refer to other groups; report the RequestId.</source>
        <translation>应用程序创建的是可引用其他安全组的普通安全组；请报告 RequestId。</translation>
    </message>
    <message>
        <source>An advanced security group needs a VPC</source>
        <translation>企业级安全组需要 VPC</translation>
    </message>
    <message>
        <source>Only a VPC can hold advanced (enterprise) security groups.</source>
        <translation>只有 VPC 可以包含企业级安全组（enterprise）。</translation>
    </message>
    <message>
        <source>Create the group in the target VPC.</source>
        <translation>请在目标 VPC 中创建该安全组。</translation>
    </message>
    <message>
        <source>The region has as many security groups as it may hold</source>
        <translation>此地域的安全组数量已达上限</translation>
    </message>
    <message>
        <source>The account has reached its quota of security groups in this region, so the copy cannot be created.</source>
        <translation>该账号在此地域的安全组数量已达配额，无法创建副本。</translation>
    </message>
    <message>
        <source>Delete security groups that are no longer used, or raise the quota in the Quota Center, then run the preparation again.</source>
        <translation>请删除不再使用的安全组，或在配额中心提高配额，然后重新执行准备。</translation>
    </message>
    <message>
        <source>The same request is still being processed</source>
        <translation>相同的请求仍在处理中</translation>
    </message>
    <message>
        <source>An earlier request with the same ClientToken is still in progress.</source>
        <translation>先前使用相同 ClientToken 的请求仍在处理中。</translation>
    </message>
    <message>
        <source>Wait a minute and run it again; the cloud does not carry out the same request twice.</source>
        <translation>请稍等一分钟后重新执行；云端不会重复执行同一请求。</translation>
    </message>
    <message>
        <source>The security group is managed by another service</source>
        <translation>该安全组由其他云产品托管</translation>
    </message>
    <message>
        <source>This security group belongs to another Alibaba Cloud service, for example a container cluster, and cannot be changed directly.</source>
        <translation>该安全组属于其他阿里云产品（例如容器集群），不能直接修改。</translation>
    </message>
    <message>
        <source>Change it in the service that manages it.</source>
        <translation>请在托管它的云产品中修改。</translation>
    </message>
    <message>
        <source>The resource group does not exist</source>
        <translation>资源组不存在</translation>
    </message>
    <message>
        <source>The resource group named in the request does not exist.</source>
        <translation>请求中指定的资源组不存在。</translation>
    </message>
    <message>
        <source>The application names no resource group; report the RequestId.</source>
        <translation>应用程序不会指定资源组；请报告 RequestId。</translation>
    </message>
    <message>
        <source>The tags were not accepted</source>
        <translation>标签未被接受</translation>
    </message>
    <message>
        <source>The cloud refused the tags of the request: a malformed or repeated key, a malformed value, or too many tags.</source>
        <translation>云端拒绝了请求中的标签：键格式错误或重复、值格式错误，或标签过多。</translation>
    </message>
    <message>
        <source>The application sends no tags with these calls; report the RequestId.</source>
        <translation>应用程序在这些调用中不发送标签；请报告 RequestId。</translation>
    </message>
    <message>
        <source>The zone does not exist</source>
        <translation>可用区不存在</translation>
    </message>
    <message>
        <source>The cloud does not know the zone named in the request.</source>
        <translation>云端不认识请求中指定的可用区。</translation>
    </message>
    <message>
        <source>Refresh; the region&apos;s zones may have changed.</source>
        <translation>请刷新；该地域的可用区可能已发生变化。</translation>
    </message>
    <message>
        <source>The disk list could not be read</source>
        <translation>无法读取磁盘列表</translation>
    </message>
    <message>
        <source>The cloud refused a filter of the disk list (disk type, category, status, IDs, snapshot, sharing, charge type or lock). The application asks only for every disk of the region, page by page, to estimate how long disk data takes to move.</source>
        <translation>云端拒绝了磁盘列表的某个筛选条件（磁盘属性、种类、状态、ID、快照、共享、计费方式或锁定）。应用程序只会逐页读取该地域的全部磁盘，用于估算磁盘数据迁移所需的时间。</translation>
    </message>
    <message>
        <source>Refresh. If it happens again, contact support with the RequestId.</source>
        <translation>请刷新。如果问题再次出现，请携带 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Shared disks are not enabled for this account</source>
        <translation>此账号未开通共享块存储</translation>
    </message>
    <message>
        <source>The account is not allowed to manage shared block storage.</source>
        <translation>该账号无权管理共享块存储。</translation>
    </message>
    <message>
        <source>The application does not ask for shared disks; contact support with the RequestId.</source>
        <translation>应用程序不会读取共享磁盘；请携带 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>The security group rule was not accepted</source>
        <translation>安全组规则未被接受</translation>
    </message>
    <message>
        <source>The cloud refused a value of the rule: its protocol and ports, an address block, the policy, the priority, the network type, or how the rules of one call were listed (the same rule twice, IPv4 and IPv6 mixed).</source>
        <translation>云端拒绝了规则中的某个值：协议和端口、网段、授权策略、优先级、网络类型，或同一次调用中规则的列法（同一条规则出现两次、IPv4 与 IPv6 混用）。</translation>
    </message>
    <message>
        <source>Check the rule. A copy&apos;s rules are those read from its classic group: check that rule in the ECS console, and report the RequestId.</source>
        <translation>请检查该规则。副本的规则取自其经典网络安全组：请在 ECS 控制台中检查该规则，并报告 RequestId。</translation>
    </message>
    <message>
        <source>The rule conflicts with an existing one</source>
        <translation>该规则与已有规则冲突</translation>
    </message>
    <message>
        <source>A rule for the same peer already exists for another network type (internal or public).</source>
        <translation>同一授权对象已有一条用于另一种网络类型（内网或公网）的规则。</translation>
    </message>
    <message>
        <source>Refresh to see the group&apos;s rules; remove the other rule first if it is no longer needed.</source>
        <translation>请刷新以查看该安全组的规则；如果另一条规则已不再需要，请先删除它。</translation>
    </message>
    <message>
        <source>A security group cannot name itself</source>
        <translation>安全组不能以自身为授权对象</translation>
    </message>
    <message>
        <source>The rule names its own security group as the other side.</source>
        <translation>该规则把它所属的安全组本身作为授权对象。</translation>
    </message>
    <message>
        <source>Name another security group, or an address block.</source>
        <translation>请指定另一个安全组，或一个网段。</translation>
    </message>
    <message>
        <source>An advanced security group cannot name other groups</source>
        <translation>企业级安全组不能以其他安全组为授权对象</translation>
    </message>
    <message>
        <source>Rules of an advanced (enterprise) security group accept only address blocks: they cannot name another security group, nor set a policy.</source>
        <translation>企业级安全组（enterprise）的规则只接受网段：既不能以其他安全组为授权对象，也不能设置授权策略。</translation>
    </message>
    <message>
        <source>Allow the other side&apos;s address blocks in this group instead, or use a basic group.</source>
        <translation>请改为在此安全组中允许对方的网段，或使用普通安全组。</translation>
    </message>
    <message>
        <source>The group names too many other groups</source>
        <translation>该安全组引用的其他安全组过多</translation>
    </message>
    <message>
        <source>A basic security group may hold at most 20 rules that name another security group.</source>
        <translation>普通安全组中以其他安全组为授权对象的规则最多 20 条。</translation>
    </message>
    <message>
        <source>Remove rules that name groups no longer needed, or allow address blocks instead.</source>
        <translation>请删除引用已不再需要的安全组的规则，或改为允许网段。</translation>
    </message>
    <message>
        <source>The prefix list or port list was not accepted</source>
        <translation>前缀列表或端口列表未被接受</translation>
    </message>
    <message>
        <source>The rule names a prefix list or a port list that does not exist, is full, or cannot be used by a classic security group.</source>
        <translation>该规则引用的前缀列表或端口列表不存在、已满，或不能用于经典网络安全组。</translation>
    </message>
    <message>
        <source>The application sends no prefix lists or port lists; report the RequestId.</source>
        <translation>应用程序不会发送前缀列表或端口列表；请报告 RequestId。</translation>
    </message>
    <message>
        <source>This security group may not be changed</source>
        <translation>不允许修改此安全组</translation>
    </message>
    <message>
        <source>The account is not allowed to change the rules of this security group.</source>
        <translation>该账号无权修改此安全组的规则。</translation>
    </message>
    <message>
        <source>Ask the account&apos;s administrator for permission, or choose another group.</source>
        <translation>请向该账号的管理员申请权限，或选择另一个安全组。</translation>
    </message>
    <message>
        <source>The security group ID is not valid</source>
        <translation>安全组 ID 无效</translation>
    </message>
    <message>
        <source>The security group ID in the request is not in the form sg-….</source>
        <translation>请求中的安全组 ID 不是 sg-… 的形式。</translation>
    </message>
    <message>
        <source>The vSwitch does not exist</source>
        <translation>交换机不存在</translation>
    </message>
    <message>
        <source>No vSwitch with this ID exists in the region.</source>
        <translation>该地域中不存在此 ID 的交换机。</translation>
    </message>
    <message>
        <source>Refresh; the vSwitch may have been deleted.</source>
        <translation>请刷新；该交换机可能已被删除。</translation>
    </message>
    <message>
        <source>No VPC with this ID exists in the region.</source>
        <translation>该地域中不存在此 ID 的 VPC。</translation>
    </message>
    <message>
        <source>Refresh and choose the VPC again; it may have been deleted.</source>
        <translation>请刷新并重新选择 VPC；它可能已被删除。</translation>
    </message>
    <message>
        <source>The destination group is in another VPC</source>
        <translation>目标安全组位于另一个 VPC 中</translation>
    </message>
    <message>
        <source>An outbound rule of a VPC security group can name only a group of the same VPC.</source>
        <translation>VPC 安全组的出方向规则只能以同一 VPC 中的安全组为授权对象。</translation>
    </message>
    <message>
        <source>Refresh; run the preparation again to name the copy in the target VPC.</source>
        <translation>请刷新；重新执行准备，以便引用目标 VPC 中的副本。</translation>
    </message>
    <message>
        <source>The rule&apos;s description is not valid</source>
        <translation>规则的描述无效</translation>
    </message>
    <message>
        <source>A rule&apos;s description is at most 512 characters long.</source>
        <translation>规则的描述最多 512 个字符。</translation>
    </message>
    <message>
        <source>Shorten the description; a copied rule keeps its classic rule&apos;s description.</source>
        <translation>请缩短描述；复制的规则保留其经典网络规则的描述。</translation>
    </message>
</context>
<context>
    <name>clm::FleetScan</name>
    <message>
        <source>DescribeInstances with the smallest page in each region, for the number of classic instances; where there are none, the same with DryRun, to tell &quot;none&quot; from &quot;not allowed to see&quot;.</source>
        <translation>每个地域以最小分页调用 DescribeInstances，得到经典网络实例的数量；数量为 0 时再以 DryRun 调用一次，以区分“没有”与“无权查看”。</translation>
    </message>
    <message>
        <source>Then, for each VPC with links, what moving its linked instances into it needs: its vSwitches, the security groups&apos; rules both ways, and DescribeDisks.</source>
        <translation>然后，对每个有连接的 VPC，读取将其已连接实例迁入所需的信息：它的交换机、安全组的双向规则，以及 DescribeDisks。</translation>
    </message>
    <message>
        <source>In the regions that have some: every page of them, DescribeClassicLinkInstances, DescribeVpcs, DescribeVpcAttribute for each VPC no instance is linked to, and the security groups of the linked ones.</source>
        <translation>在有经典网络实例的地域：读取它们的所有分页、DescribeClassicLinkInstances、DescribeVpcs、对没有实例连接的每个 VPC 调用 DescribeVpcAttribute，以及已连接实例的安全组。</translation>
    </message>
</context>
<context>
    <name>clm::InstanceTableModel</name>
    <message>
        <source>Locked: %1</source>
        <translation>已锁定：%1</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>私网 IP</translation>
    </message>
    <message>
        <source>Linked VPC</source>
        <translation>已连接的 VPC</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>clm::Inventory</name>
    <message>
        <source>DescribeClassicLinkInstances: the links of the listed instances, %1 instance IDs a request, every page.</source>
        <translation>DescribeClassicLinkInstances：所列实例的连接，每个请求 %1 个实例 ID，每一页。</translation>
    </message>
    <message>
        <source>DescribeVpcs: every further page that its TotalCount calls for.</source>
        <translation>DescribeVpcs：按其 TotalCount 请求其余每一页。</translation>
    </message>
    <message>
        <source>DescribeInstances: every further page, following NextToken (a large region is read in one chain per zone, after DescribeZones).</source>
        <translation>DescribeInstances：按 NextToken 依次请求其余每一页（实例较多的地域先调用 DescribeZones，再按可用区各读一条页链）。</translation>
    </message>
    <message>
        <source>DescribeVpcAttribute: one per VPC that no instance is linked to, for ClassicLinkEnabled, once the links are read (a VPC with links has it enabled).</source>
        <translation>DescribeVpcAttribute：读完连接后，每个没有实例连接的 VPC 一次，读取 ClassicLinkEnabled（有连接的 VPC 已开启 ClassicLink）。</translation>
    </message>
    <message>
        <source>DescribeVpcAttribute for %1 unless an instance is linked to it, for ClassicLinkEnabled.</source>
        <translation>DescribeVpcAttribute：读取 %1 的 ClassicLinkEnabled，已有实例连接到它时不读。</translation>
    </message>
</context>
<context>
    <name>clm::Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of your language in your language, as the Language menu lists it.</extracomment>
        <translation>简体中文</translation>
    </message>
</context>
<context>
    <name>clm::MoveHandOff</name>
    <message numerus="yes">
        <source>In the ECS console of the region, create a migration plan to the VPC for the instances below, off-peak: each stops and starts again in the VPC (about %n minutes).</source>
        <translation>
            <numerusform>在该地域的 ECS 控制台中，为下列实例创建迁移到该 VPC 的迁移计划，请在业务低峰期进行：每台实例会停止，并在 VPC 中重新启动（约 %n 分钟）。</numerusform>
        </translation>
    </message>
    <message>
        <source>For each instance choose the vSwitch and the security groups listed here: the copies keep the classic groups&apos; rules.</source>
        <translation>为每台实例选择此处列出的交换机和安全组：副本保留了经典网络安全组的规则。</translation>
    </message>
    <message>
        <source>Check each public address in the plan, and the software licences bound to a MAC address.</source>
        <translation>在迁移计划中核对每个公网地址，以及绑定 MAC 地址的软件授权。</translation>
    </message>
    <message>
        <source>After the last instance has moved, the ClassicLink links and the rules between the classic groups and their copies can go.</source>
        <translation>最后一台实例迁移完成后，即可断开 ClassicLink 连接，并删除经典网络安全组与其副本之间的规则。</translation>
    </message>
    <message>
        <source># Move to %1 (%2)</source>
        <translation># 迁移到 %1（%2）</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>迁移就绪</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>停机时间</translation>
    </message>
    <message>
        <source>Disk data if the zone changes</source>
        <translation>跨可用区时的磁盘数据迁移</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>公网地址</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %1 hours (%Ln GiB)</source>
        <translation>
            <numerusform>约 %1 小时（%Ln GiB）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules no copy can carry</source>
        <translation>副本无法带上的规则</translation>
    </message>
    <message>
        <source>What stays manual</source>
        <translation>仍需手动完成的步骤</translation>
    </message>
    <message>
        <source>The move is one-way: an instance cannot return to the classic network.</source>
        <translation>迁移不可逆：实例无法迁回经典网络。</translation>
    </message>
</context>
<context>
    <name>clm::MovePreparation</name>
    <message>
        <source>&quot;%1&quot; is not a CIDR block such as 192.168.1.0/24.</source>
        <translation>“%1”不是网段，网段形如 192.168.1.0/24。</translation>
    </message>
    <message>
        <source>A vSwitch&apos;s block is a /16 to a /29; %1 is a /%2.</source>
        <translation>交换机的网段须为 /16 到 /29；%1 是 /%2。</translation>
    </message>
    <message>
        <source>%1 does not start where its block starts: did you mean %2?</source>
        <translation>%1 不是网段的起始地址：是否应为 %2？</translation>
    </message>
    <message>
        <source>%1 is not inside the VPC&apos;s block %2.</source>
        <translation>%1 不在该 VPC 的网段 %2 之内。</translation>
    </message>
    <message>
        <source>%1 overlaps the block %2 of another vSwitch.</source>
        <translation>%1 与另一个交换机的网段 %2 重叠。</translation>
    </message>
    <message numerus="yes">
        <source>the VPC&apos;s block %1 has no free block for %n instance(s); give one</source>
        <translation>
            <numerusform>该 VPC 的网段 %1 中没有可容纳 %n 台实例的空闲网段，请指定一个</numerusform>
        </translation>
    </message>
    <message>
        <source>No vSwitch for zone %1: %2</source>
        <translation>可用区 %1 不创建交换机：%2</translation>
    </message>
    <message>
        <source>vSwitches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Security group copies</source>
        <translation>安全组副本</translation>
    </message>
    <message>
        <source>Inbound rules of the copies</source>
        <translation>副本的入方向规则</translation>
    </message>
    <message>
        <source>Outbound rules of the copies</source>
        <translation>副本的出方向规则</translation>
    </message>
    <message>
        <source>ClassicLink on the VPC</source>
        <translation>在 VPC 上开启 ClassicLink</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Rules between the classic groups and their copies</source>
        <translation>经典网络安全组与其副本之间的规则</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a stage of the preparation, followed by its calls</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Not linked: %1: %2</source>
        <translation>不连接：%1：%2</translation>
    </message>
    <message>
        <source>Nothing to send: the VPC already has all of it.</source>
        <translation>无需发送：该 VPC 已具备全部所需。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The VPC could not be read.</source>
        <translation>无法读取该 VPC。</translation>
    </message>
    <message>
        <source>Not every call succeeded. Running it again sends what is missing.</source>
        <translation>并非所有调用都成功。再次运行会发送缺少的部分。</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 无法开始：%2</translation>
    </message>
    <message>
        <source>%1: not every call succeeded, so what needs it was not sent. Running it again sends what is missing.</source>
        <translation>%1：并非所有调用都成功，依赖它的调用未发送。再次运行会发送缺少的部分。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %2 free addresses, fewer than the %n instance(s) moving into the zone.</source>
        <translation>
            <numerusform>%1 只有 %2 个空闲地址，少于迁入该可用区的 %n 台实例。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules between %1 and its copy, once the copy exists (copy the security groups too).</source>
        <translation>待副本创建后，再添加 %1 与其副本之间的规则（需同时复制安全组）。</translation>
    </message>
    <message>
        <source>%1, once the copies exist:</source>
        <comment>a stage of the preparation, then its calls</comment>
        <translation>%1（待副本创建后）：</translation>
    </message>
    <message>
        <source>Cancelled. Running it again sends what is missing.</source>
        <translation>已取消。再次运行会发送缺少的部分。</translation>
    </message>
    <message>
        <source>No vSwitch of a VPC in %1 can reach classic instances: in 10.0.0.0/8, only vSwitches inside 10.111.0.0/16 can.</source>
        <translation>网段为 %1 的 VPC 中，没有交换机能与经典网络实例互通：在 10.0.0.0/8 中，只有位于 10.111.0.0/16 内的交换机可以。</translation>
    </message>
    <message>
        <source>%1 is outside %2: in a 10.0.0.0/8 VPC, only vSwitches inside it reach the classic instances that have not moved yet.</source>
        <translation>%1 不在 %2 内：在 10.0.0.0/8 的 VPC 中，只有位于其中的交换机才能与尚未迁移的经典网络实例互通。</translation>
    </message>
    <message>
        <source>ClassicLink cannot be enabled: %1</source>
        <translation>无法开启 ClassicLink：%1</translation>
    </message>
</context>
<context>
    <name>clm::MoveReader</name>
    <message>
        <source>DescribeSecurityGroups (every page), then DescribeSecurityGroupAttribute in both directions for each classic group of the instances (intranet and internet rules) and each group of the VPC.</source>
        <translation>DescribeSecurityGroups（每一页），然后对实例的每个经典网络安全组（内网和公网规则）及该 VPC 的每个安全组调用 DescribeSecurityGroupAttribute，读取出入两个方向。</translation>
    </message>
    <message>
        <source>DescribeDisks (every page): the disk sizes of the region&apos;s instances.</source>
        <translation>DescribeDisks（每一页）：该地域实例的磁盘容量。</translation>
    </message>
    <message>
        <source>DescribeVpcAttribute and DescribeVSwitches (every page): the VPC and its vSwitches&apos; free addresses; when ClassicLink is off, DescribeRouteTableList and DescribeRouteEntryList for the custom routes that would stop it being enabled.</source>
        <translation>DescribeVpcAttribute 和 DescribeVSwitches（每一页）：VPC 及其交换机的可用地址；ClassicLink 关闭时，还有 DescribeRouteTableList 和 DescribeRouteEntryList，读取会阻止开启 ClassicLink 的自定义路由。</translation>
    </message>
</context>
<context>
    <name>clm::MoveReadiness</name>
    <message>
        <source>Locked (%1): a locked instance cannot be stopped.</source>
        <translation>已锁定（%1）：锁定的实例无法停止。</translation>
    </message>
    <message>
        <source>Its status is %1: only a Running or Stopped instance can move.</source>
        <translation>实例状态为%1：只有运行中或已停止的实例可以迁移。</translation>
    </message>
    <message>
        <source>Ready to move</source>
        <translation>可迁移</translation>
    </message>
    <message>
        <source>Needs preparation</source>
        <translation>需准备</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>无法迁移</translation>
    </message>
    <message>
        <source>A vSwitch in zone %1 with enough free addresses</source>
        <translation>可用区 %1 中有足够空闲地址的交换机</translation>
    </message>
    <message>
        <source>A copy of security group %1 in the VPC</source>
        <translation>安全组 %1 在该 VPC 中的副本</translation>
    </message>
    <message>
        <source>Rules of security group %1 missing from its copy</source>
        <translation>安全组 %1 的副本中缺少的安全组规则</translation>
    </message>
    <message>
        <source>Rules between security group %1 and its copy, so moved and unmoved instances keep talking</source>
        <translation>安全组 %1 与其副本之间的安全组规则，使已迁移和未迁移的实例保持互通</translation>
    </message>
    <message>
        <source>A ClassicLink link to %1</source>
        <translation>到 %1 的 ClassicLink 连接</translation>
    </message>
    <message>
        <source>it references a security group of another account</source>
        <translation>它引用了其他账号的安全组</translation>
    </message>
    <message>
        <source>it references a security group that has no copy in the VPC</source>
        <translation>它引用的安全组在该 VPC 中没有副本</translation>
    </message>
    <message>
        <source>the copy is an advanced security group, which cannot reference security groups</source>
        <translation>副本是企业级安全组，不能引用安全组</translation>
    </message>
    <message numerus="yes">
        <source>a basic security group references at most %n security groups</source>
        <translation>
            <numerusform>普通安全组最多引用 %n 个安全组</numerusform>
        </translation>
    </message>
    <message>
        <source>the copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>%1 of account %2</source>
        <translation>账号 %2 的 %1</translation>
    </message>
    <message>
        <source>outbound %1 %2 to %3</source>
        <translation>出方向 %1 %2，目的 %3</translation>
    </message>
    <message>
        <source>inbound %1 %2 from %3</source>
        <translation>入方向 %1 %2，授权对象 %3</translation>
    </message>
    <message numerus="yes">
        <source>The instance is stopped and started again in the VPC: about %n minutes; plan it off-peak.</source>
        <translation>
            <numerusform>实例会停止，并在 VPC 中重新启动：约 %n 分钟；请安排在业务低峰期。</numerusform>
        </translation>
    </message>
    <message>
        <source>The move is one-way: the instance cannot return to the classic network.</source>
        <translation>迁移是单向的：实例无法回到经典网络。</translation>
    </message>
    <message>
        <source>Software licences bound to the MAC address may need authorizing again.</source>
        <translation>绑定 MAC 地址的软件授权可能需要重新授权。</translation>
    </message>
    <message>
        <source>Check what happens to its public address %1 in the migration plan.</source>
        <translation>请在迁移计划中确认其公网地址 %1 的变化。</translation>
    </message>
    <message numerus="yes">
        <source>If it moves to another zone, its %n GiB of disk data keep migrating for about %1 hours after it starts, with slower disk I/O and no snapshots meanwhile.</source>
        <translation>
            <numerusform>如果迁移到其他可用区，实例启动后其 %n GiB 磁盘数据还会继续迁移约 %1 小时，期间磁盘 I/O 变慢且无法创建快照。</numerusform>
        </translation>
    </message>
    <message>
        <source>it references a security group of another VPC</source>
        <translation>它引用了其他 VPC 的安全组</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>it drops public traffic, and a VPC security group would drop internal traffic with it</source>
        <translation>它拒绝公网流量，而 VPC 安全组会同时拒绝内网流量</translation>
    </message>
</context>
<context>
    <name>clm::NetworkSettings</name>
    <message>
        <source>Enter the proxy&apos;s host name or IP address, without http:// and without a port.</source>
        <translation>请输入代理的主机名或 IP 地址，不要包含 http:// 和端口。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port, a number from 1 to 65535.</source>
        <translation>请输入代理端口，范围为 1 到 65535。</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>超时时间必须在 1 到 600 秒之间。</translation>
    </message>
    <message>
        <source>The number of parallel requests must be between 1 and 64.</source>
        <translation>并行请求数必须在 1 到 64 之间。</translation>
    </message>
    <message>
        <source>The rate limit must be between 0 (no limit) and 10,000 requests per second.</source>
        <translation>速率限制必须在 0（不限制）到每秒 10,000 个请求之间。</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>无法读取 CA 证书包 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 contains no PEM certificate.</source>
        <translation>文件 %1 中没有 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>clm::OperationTableModel</name>
    <message>
        <source>The answer was lost; reading the current state back.</source>
        <translation>应答丢失；正在回读当前状态。</translation>
    </message>
    <message>
        <source>Done (confirmed by reading the state back after the answer was lost).</source>
        <translation>已完成（应答丢失后，经回读当前状态确认）。</translation>
    </message>
    <message>
        <source>%1 is now linked to %2.</source>
        <translation>%1 已连接到 %2。</translation>
    </message>
    <message>
        <source>%1 is no longer linked to %2.</source>
        <translation>%1 已与 %2 断开连接。</translation>
    </message>
    <message>
        <source>ClassicLink is now enabled on %1.</source>
        <translation>%1 已开启 ClassicLink。</translation>
    </message>
    <message>
        <source>ClassicLink is now disabled on %1.</source>
        <translation>%1 已关闭 ClassicLink。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Not done: the answer was lost and reading back shows no change. You can try again.</source>
        <translation>未完成：应答丢失，且回读显示没有变化。您可以重试。</translation>
    </message>
    <message>
        <source>The outcome is unknown; refresh to see the current state.</source>
        <translation>结果未知；请刷新以查看当前状态。</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>在发送前已取消。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>%1 now lets %2 in.</source>
        <translation>%1 现在允许 %2 访问。</translation>
    </message>
    <message>
        <source>%1 no longer lets %2 in.</source>
        <translation>%1 不再允许 %2 访问。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rules added to %1.</source>
        <translation>
            <numerusform>已向 %1 添加 %Ln 条规则。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rules removed from %1.</source>
        <translation>
            <numerusform>已从 %1 删除 %Ln 条规则。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outbound rule(s) added to %1.</source>
        <translation>
            <numerusform>已向 %1 添加 %Ln 条出方向规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>vSwitch %1 created in %2.</source>
        <translation>已在 %2 创建交换机 %1。</translation>
    </message>
    <message>
        <source>Security group %1 created as the copy of %2.</source>
        <translation>已创建安全组 %1，作为 %2 的副本。</translation>
    </message>
</context>
<context>
    <name>clm::OperationText</name>
    <message>
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Enable ClassicLink</source>
        <translation>开启 ClassicLink</translation>
    </message>
    <message>
        <source>Disable ClassicLink</source>
        <translation>关闭 ClassicLink</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>回读中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Allow traffic</source>
        <translation>允许流量</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>未知操作</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %Ln rules took effect; the details list which. Running it again sends the rest.</source>
        <translation>
            <numerusform>%Ln 条规则中只有 %1 条生效；详情中列出了是哪些。再次运行会发送其余规则。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rules</source>
        <translation>
            <numerusform>%1：%Ln 条规则</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a rule&apos;s outcome, then the rule</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Create vSwitch</source>
        <translation>创建交换机</translation>
    </message>
    <message>
        <source>Copy security group</source>
        <translation>创建安全组副本</translation>
    </message>
    <message>
        <source>Add outbound rules</source>
        <translation>添加出方向规则</translation>
    </message>
    <message>
        <source>%1 → %2 · %3 · priority %4</source>
        <comment>an outbound rule: group, destination, traffic</comment>
        <translation>%1 → %2 · %3 · 优先级 %4</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <comment>a new vSwitch: CIDR block, zone, VPC</comment>
        <translation>%2 中的 %1（%3）</translation>
    </message>
    <message>
        <source>copy of %1 in %2</source>
        <comment>a security group copy: the classic group, the VPC</comment>
        <translation>%2 中 %1 的副本</translation>
    </message>
</context>
<context>
    <name>clm::OverviewModel</name>
    <message>
        <source>Read: no classic instances</source>
        <translation>已读取：没有经典网络实例</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>Not read: cancelled</source>
        <translation>未读取：已取消</translation>
    </message>
    <message>
        <source>These figures are from the previous scan.</source>
        <translation>这些数字来自上一次扫描。</translation>
    </message>
    <message>
        <source>Not scanned: %1</source>
        <translation>未扫描：%1</translation>
    </message>
    <message>
        <source>Listing the regions…</source>
        <translation>正在列出地域…</translation>
    </message>
    <message>
        <source>%1 of %2 regions read; %3 not read</source>
        <translation>已读取 %2 个地域中的 %1 个；%3 个未读取</translation>
    </message>
    <message>
        <source>%1 of %2 regions read</source>
        <translation>已读取 %2 个地域中的 %1 个</translation>
    </message>
    <message>
        <source>All %1 regions read</source>
        <translation>%1 个地域全部已读取</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not read in full</source>
        <translation>
            <numerusform>%n 个账号未完整读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Every account read</source>
        <translation>所有账号均已读取</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有账号</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <source>Account / region</source>
        <translation>账号 / 地域</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>ClassicLink VPCs</source>
        <translation>ClassicLink VPC</translation>
    </message>
    <message>
        <source>Traffic both ways</source>
        <translation>双向放通</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Classic-network ECS instances</source>
        <translation>经典网络类型的 ECS 实例</translation>
    </message>
    <message>
        <source>Instances neither running nor stopped (starting, stopping, pending)</source>
        <translation>既非运行中也非已停止的实例（启动中、停止中、创建中）</translation>
    </message>
    <message>
        <source>VPCs with ClassicLink enabled, counted where there are classic instances</source>
        <translation>已开启 ClassicLink 的 VPC，只在有经典网络实例的地域统计</translation>
    </message>
    <message>
        <source>Linked instances whose security group rules let traffic through both ways</source>
        <translation>安全组规则已双向放通流量的已连接实例</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>经典网络</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>Read; traffic not known: %1</source>
        <translation>已读取；流量情况未知：%1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Readiness to move into the VPC each instance is linked to (an instance linked to none needs preparation)</source>
        <translation>迁移到各实例所连接的 VPC 的就绪情况（未连接任何 VPC 的实例计为需准备）</translation>
    </message>
    <message>
        <source>Ready to move</source>
        <translation>可迁移</translation>
    </message>
    <message>
        <source>Need preparation</source>
        <translation>需准备</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>无法迁移</translation>
    </message>
</context>
<context>
    <name>clm::OverviewReport</name>
    <message>
        <source>Not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reading the account&apos;s secret…</source>
        <translation>正在读取账号的 AccessKey Secret…</translation>
    </message>
    <message>
        <source>The regions could not be listed: %1</source>
        <translation>无法列出地域：%1</translation>
    </message>
    <message>
        <source>## Classic network overview, %1</source>
        <translation>## 经典网络概览，%1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Classic instances</source>
        <translation>经典网络实例</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Regions with classic instances</source>
        <translation>有经典网络实例的地域</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>Linked to a VPC</source>
        <translation>已连接到 VPC</translation>
    </message>
    <message>
        <source>Traffic allowed both ways</source>
        <translation>双向放通</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Regions or accounts not read (not counted above)</source>
        <translation>未能读取的地域或账号（未计入上述数字）</translation>
    </message>
    <message>
        <source>%1, and not known in some regions</source>
        <translation>%1，部分地域未知</translation>
    </message>
    <message>
        <source>Ready to move / need preparation / blocked</source>
        <translation>可迁移 / 需准备 / 无法迁移</translation>
    </message>
    <message>
        <source>%1 / %2 / %3, and not known in some regions</source>
        <translation>%1 / %2 / %3，部分地域无数据</translation>
    </message>
</context>
<context>
    <name>clm::Preflight</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Not a classic network instance.</source>
        <translation>不是经典网络实例。</translation>
    </message>
    <message>
        <source>The instance and the VPC are not both in the selected region.</source>
        <translation>实例和 VPC 不都在所选地域中。</translation>
    </message>
    <message>
        <source>ClassicLink is off for %1; enable it first.</source>
        <translation>%1 未开启 ClassicLink；请先开启。</translation>
    </message>
    <message>
        <source>Already linked to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Not linked to any VPC.</source>
        <translation>未连接任何 VPC。</translation>
    </message>
    <message>
        <source>Linked to %1, not to %2.</source>
        <translation>已连接到 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The instance is %1; it must be Running or Stopped.</source>
        <translation>实例状态为%1；必须处于运行中或已停止状态。</translation>
    </message>
    <message>
        <source>The instance is locked (%1).</source>
        <translation>实例已被锁定（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 would exceed its quota of %Ln linked instances.</source>
        <translation>
            <numerusform>%1 将超出其 %Ln 个实例的连接配额。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cloud reports that %1 has no link quota left.</source>
        <translation>云端报告 %1 已没有剩余的连接配额。</translation>
    </message>
    <message>
        <source>ClassicLink is already off for %1.</source>
        <translation>%1 的 ClassicLink 已经是关闭状态。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln classic instance(s) are still linked to %1; unlink them first.</source>
        <translation>
            <numerusform>仍有 %Ln 个经典网络实例连接到 %1，请先断开连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no classic instance with this ID in %1.</source>
        <translation>%1 中没有此 ID 的经典网络实例。</translation>
    </message>
    <message>
        <source>Sends AttachClassicLinkVpc once for each instance that passes the checks: %1.</source>
        <translation>对每个通过检查的实例发送一次 AttachClassicLinkVpc：%1。</translation>
    </message>
    <message>
        <source>Sends DetachClassicLinkVpc once for each instance that passes the checks: %1.</source>
        <translation>对每个通过检查的实例发送一次 DetachClassicLinkVpc：%1。</translation>
    </message>
    <message>
        <source>Sends EnableVpcClassicLink for %1 when it meets the documented constraints.</source>
        <translation>当 %1 满足文档所述的限制时，发送 EnableVpcClassicLink。</translation>
    </message>
    <message>
        <source>Sends DisableVpcClassicLink for %1 when no instance is linked to it.</source>
        <translation>当没有实例连接到 %1 时，发送 DisableVpcClassicLink。</translation>
    </message>
</context>
<context>
    <name>clm::ProfileStore</name>
    <message>
        <source>Give the account a name of at most 64 characters.</source>
        <translation>请为账号指定不超过 64 个字符的名称。</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的账号。</translation>
    </message>
    <message>
        <source>Enter the AccessKey ID: letters, digits, dots, dashes and underscores only.</source>
        <translation>请输入 AccessKey ID：只能包含字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <source>Enter a region ID such as cn-hangzhou.</source>
        <translation>请输入地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>The colour label must look like #d32f2f.</source>
        <translation>颜色标签的格式应类似 #d32f2f。</translation>
    </message>
</context>
<context>
    <name>clm::RegionNames</name>
    <message>
        <source>China (Qingdao)</source>
        <translation>华北1（青岛）</translation>
    </message>
    <message>
        <source>China (Beijing)</source>
        <translation>华北2（北京）</translation>
    </message>
    <message>
        <source>China (Zhangjiakou)</source>
        <translation>华北3（张家口）</translation>
    </message>
    <message>
        <source>China (Hohhot)</source>
        <translation>华北5（呼和浩特）</translation>
    </message>
    <message>
        <source>China (Ulanqab)</source>
        <translation>华北6（乌兰察布）</translation>
    </message>
    <message>
        <source>China (Hangzhou)</source>
        <translation>华东1（杭州）</translation>
    </message>
    <message>
        <source>China (Shanghai)</source>
        <translation>华东2（上海）</translation>
    </message>
    <message>
        <source>China (Shenzhen)</source>
        <translation>华南1（深圳）</translation>
    </message>
    <message>
        <source>China (Heyuan)</source>
        <translation>华南2（河源）</translation>
    </message>
    <message>
        <source>China (Guangzhou)</source>
        <translation>华南3（广州）</translation>
    </message>
    <message>
        <source>China (Chengdu)</source>
        <translation>西南1（成都）</translation>
    </message>
    <message>
        <source>China (Hong Kong)</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Japan (Tokyo)</source>
        <translation>日本（东京）</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Australia (Sydney)</source>
        <translation>澳大利亚（悉尼）</translation>
    </message>
    <message>
        <source>Malaysia (Kuala Lumpur)</source>
        <translation>马来西亚（吉隆坡）</translation>
    </message>
    <message>
        <source>Indonesia (Jakarta)</source>
        <translation>印度尼西亚（雅加达）</translation>
    </message>
    <message>
        <source>India (Mumbai)</source>
        <translation>印度（孟买）</translation>
    </message>
    <message>
        <source>US (Virginia)</source>
        <translation>美国（弗吉尼亚）</translation>
    </message>
    <message>
        <source>US (Silicon Valley)</source>
        <translation>美国（硅谷）</translation>
    </message>
    <message>
        <source>UK (London)</source>
        <translation>英国（伦敦）</translation>
    </message>
    <message>
        <source>Germany (Frankfurt)</source>
        <translation>德国（法兰克福）</translation>
    </message>
    <message>
        <source>UAE (Dubai)</source>
        <translation>阿联酋（迪拜）</translation>
    </message>
    <message>
        <source>China (Nanjing - Local Region)</source>
        <translation>华东5（南京-本地地域）</translation>
    </message>
    <message>
        <source>China (Fuzhou - Local Region)</source>
        <translation>华东6（福州-本地地域）</translation>
    </message>
    <message>
        <source>South Korea (Seoul)</source>
        <translation>韩国（首尔）</translation>
    </message>
    <message>
        <source>Philippines (Manila)</source>
        <translation>菲律宾（马尼拉）</translation>
    </message>
    <message>
        <source>Thailand (Bangkok)</source>
        <translation>泰国（曼谷）</translation>
    </message>
    <message>
        <source>Saudi Arabia (Riyadh)</source>
        <translation>沙特（利雅得）</translation>
    </message>
</context>
<context>
    <name>clm::SecretStore</name>
    <message>
        <source>The keychain has no secret for this account.</source>
        <translation>钥匙串中没有此账号的 AccessKey Secret。</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service or KWallet is running).</source>
        <translation>没有可用的系统钥匙串（Secret Service 或 KWallet 未运行）。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>访问钥匙串被拒绝。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>钥匙串报告错误。</translation>
    </message>
</context>
<context>
    <name>clm::Traffic</name>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>To the VPC only</source>
        <translation>单向放通（仅到 VPC）</translation>
    </message>
    <message>
        <source>From the VPC only</source>
        <translation>单向放通（仅来自 VPC）</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>双向放通</translation>
    </message>
</context>
<context>
    <name>clm::TrafficRules</name>
    <message numerus="yes">
        <source>Choose from one to %Ln security groups of the VPC.</source>
        <translation>
            <numerusform>请选择 1 到 %Ln 个 VPC 安全组。</numerusform>
        </translation>
    </message>
    <message>
        <source>The protocol must be TCP, UDP, ICMP, GRE or All.</source>
        <translation>协议类型必须是 TCP、UDP、ICMP、GRE 或全部。</translation>
    </message>
    <message>
        <source>The port range must be one port (22) or a range such as 8000/8080, between 1 and 65535.</source>
        <translation>端口范围必须是一个端口（22）或一个范围（如 8000/8080），介于 1 和 65535 之间。</translation>
    </message>
    <message>
        <source>The priority must be between 1 (applied first) and 100.</source>
        <translation>优先级必须介于 1（最先生效）和 100 之间。</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters.</source>
        <translation>描述最多 %1 个字符。</translation>
    </message>
    <message>
        <source>ClassicLink is not enabled on %1, so its security groups cannot take rules for classic instances.</source>
        <translation>%1 未开启 ClassicLink，其安全组无法添加经典网络实例的规则。</translation>
    </message>
    <message>
        <source>%1 is not linked to a VPC. Link it to %2 first.</source>
        <translation>%1 未连接到 VPC。请先将其连接到 %2。</translation>
    </message>
    <message>
        <source>%1 is linked to %2, not to %3.</source>
        <translation>%1 连接的是 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 is in no security group.</source>
        <translation>%1 不属于任何安全组。</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>全部流量</translation>
    </message>
    <message>
        <source>%1 ← %2 · %3 · priority %4</source>
        <translation>%1 ← %2 · %3 · 优先级 %4</translation>
    </message>
    <message>
        <source>There is no rule that ClassicLink Manager added for these instances.</source>
        <translation>ClassicLink Manager 没有为这些实例添加过规则。</translation>
    </message>
    <message>
        <source>There is no rule that ClassicLink Manager added for these instances alone: their security groups are shared with other linked instances.</source>
        <translation>没有仅属于这些实例的 ClassicLink Manager 规则：它们的安全组与其他已连接实例共用。</translation>
    </message>
    <message>
        <source>DescribeSecurityGroups, then DescribeSecurityGroupAttribute for the instances&apos; groups and those of %1.</source>
        <translation>DescribeSecurityGroups，然后对实例的安全组和 %1 的安全组调用 DescribeSecurityGroupAttribute。</translation>
    </message>
    <message>
        <source>AuthorizeSecurityGroup: one call per security group (up to 100 rules in each, as Permissions.N), with the rules not there yet between the instances&apos; classic groups and the VPC groups.</source>
        <translation>AuthorizeSecurityGroup：每个安全组一次调用（每次最多 100 条规则，以 Permissions.N 形式），包含实例的经典网络安全组与 VPC 安全组之间尚不存在的规则。</translation>
    </message>
    <message>
        <source>RevokeSecurityGroup: one call per security group (up to 100 rules in each, as Permissions.N), with the rules this application added between them that no other linked instance still needs.</source>
        <translation>RevokeSecurityGroup：每个安全组一次调用（每次最多 100 条规则，以 Permissions.N 形式），包含本应用在它们之间添加的、其他已连接实例不再需要的规则。</translation>
    </message>
</context>
<context>
    <name>clm::VpcTableModel</name>
    <message>
        <source>Enabled</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>未开启</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>VPC ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CIDR block</source>
        <translation>网段</translation>
    </message>
    <message>
        <source>ClassicLink</source>
        <translation>ClassicLink</translation>
    </message>
    <message>
        <source>Linked instances</source>
        <translation>已连接实例</translation>
    </message>
    <message>
        <source>Full (%1 linked)</source>
        <translation>已满（%1 个已连接）</translation>
    </message>
    <message>
        <source>Traffic between the linked instances and the VPC: both ways for %L1, one way for %L2, not allowed for %L3.</source>
        <translation>已连接实例与 VPC 之间的流量：%L1 个双向放通，%L2 个单向放通，%L3 个不允许。</translation>
    </message>
    <message>
        <source>%1 · %L2 both ways</source>
        <translation>%1 · %L2 个双向放通</translation>
    </message>
</context>
<context>
    <name>clm::Workspace</name>
    <message>
        <source>Another batch is still running.</source>
        <translation>另一个批量操作仍在运行。</translation>
    </message>
    <message>
        <source>A preparation of the move is running; it must end first.</source>
        <translation>迁移准备正在进行；必须先等它结束。</translation>
    </message>
</context>
<context>
    <name>clm::cli::BatchReport</name>
    <message numerus="yes">
        <source>Note: %Ln earlier batch(es) of this account did not finish; &quot;batches&quot; lists them and &quot;resume&quot; finishes one.</source>
        <translation>
            <numerusform>注意：此账号有 %Ln 个先前的批次未完成；“batches”可列出它们，“resume”可完成其中一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>What could not be recorded was not sent. The batch stays open and is offered again once its log can be written.</source>
        <translation>无法记录的操作没有发送。该批次保持未完成状态，待日志可以写入时会再次提供。</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Source group</source>
        <translation>授权对象</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议类型</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>%1 (read back)</source>
        <comment>an operation&apos;s outcome, settled by reading back</comment>
        <translation>%1（经回读确认）</translation>
    </message>
</context>
<context>
    <name>clm::cli::BatchesCommand</name>
    <message>
        <source>The batches that did not finish (killed, crashed, lost connection).</source>
        <translation>未完成的批次（被终止、崩溃或连接中断）。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>No interrupted batches.</source>
        <translation>没有中断的批次。</translation>
    </message>
</context>
<context>
    <name>clm::cli::CallCommand</name>
    <message>
        <source>Any ECS or VPC action, signed like the others. Writes made this way are not logged and not read back.</source>
        <translation>任意 ECS 或 VPC 操作，签名方式与其他命令相同。以此方式进行的写操作不记入操作日志，也不回读。</translation>
    </message>
    <message>
        <source>ecs or vpc (default ecs).</source>
        <translation>ecs 或 vpc（默认 ecs）。</translation>
    </message>
    <message>
        <source>The API version (default: the product&apos;s).</source>
        <translation>API 版本（默认：该产品的版本）。</translation>
    </message>
    <message>
        <source>call needs an action name.</source>
        <translation>call 需要操作名称。</translation>
    </message>
    <message>
        <source>--product must be ecs or vpc.</source>
        <translation>--product 必须是 ecs 或 vpc。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not Key=Value.</source>
        <translation>“%1”不是 Key=Value 格式。</translation>
    </message>
    <message>
        <source>Note: a write made with &quot;call&quot; is not logged and not read back if its answer is lost; use attach, detach, enable-classiclink or disable-classiclink for that.</source>
        <translation>注意：用“call”进行的写操作不记入操作日志，应答丢失时也不回读；如需这些保障，请使用 attach、detach、enable-classiclink 或 disable-classiclink。</translation>
    </message>
</context>
<context>
    <name>clm::cli::ClassicLinkSwitchCommand</name>
    <message>
        <source>Switch ClassicLink off for a VPC (logged, and read back when the answer is lost).</source>
        <translation>为 VPC 关闭 ClassicLink（记入操作日志，应答丢失时回读）。</translation>
    </message>
    <message>
        <source>Give exactly one VPC ID.</source>
        <translation>请只指定一个 VPC ID。</translation>
    </message>
    <message>
        <source>Switch ClassicLink on for a VPC, once its CIDR block, vSwitches and route entries pass the documented checks (logged, and read back when the answer is lost).</source>
        <translation>在 VPC 的网段、交换机和路由条目通过文档规定的检查后，为其开启 ClassicLink（记入操作日志，应答丢失时回读）。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>clm::cli::CommandContext</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>A real run then sends, depending on the answers:</source>
        <translation>实际运行时，将根据应答继续发送：</translation>
    </message>
</context>
<context>
    <name>clm::cli::CommandLineTool</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run with --help to see the commands.</source>
        <translation>未知命令“%1”。使用 --help 查看可用命令。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;. Global options go before the command.</source>
        <translation>选项 --%1 不适用于“%2”。全局选项应放在命令之前。</translation>
    </message>
    <message>
        <source>No AccessKey secret: set ALIBABA_CLOUD_ACCESS_KEY_SECRET or use --secret-stdin.</source>
        <translation>没有 AccessKey Secret：请设置 ALIBABA_CLOUD_ACCESS_KEY_SECRET 或使用 --secret-stdin。</translation>
    </message>
    <message>
        <source>This command needs a region: use --region or set ALIBABA_CLOUD_REGION_ID.</source>
        <translation>此命令需要地域：请使用 --region 或设置 ALIBABA_CLOUD_REGION_ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region ID; region IDs look like cn-hangzhou.</source>
        <translation>“%1”不是地域 ID；地域 ID 形如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid resource ID.</source>
        <translation>“%1”不是有效的资源 ID。</translation>
    </message>
    <message>
        <source>No AccessKey ID: use --profile, --access-key-id or set ALIBABA_CLOUD_ACCESS_KEY_ID.</source>
        <translation>没有 AccessKey ID：请使用 --profile、--access-key-id 或设置 ALIBABA_CLOUD_ACCESS_KEY_ID。</translation>
    </message>
    <message>
        <source>There is no saved account named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存账号。</translation>
    </message>
    <message>
        <source>Add the account again with &quot;profiles add&quot;, or use ALIBABA_CLOUD_ACCESS_KEY_SECRET or --secret-stdin.</source>
        <translation>请用“profiles add”重新添加此账号，或使用 ALIBABA_CLOUD_ACCESS_KEY_SECRET 或 --secret-stdin。</translation>
    </message>
    <message>
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <source>Note: requests are signed and sent to %1, which is not an Alibaba Cloud endpoint (aliyuncs.com).</source>
        <translation>注意：请求会签名后发送到 %1，它不是阿里云的接入地址（aliyuncs.com）。</translation>
    </message>
</context>
<context>
    <name>clm::cli::GlobalOptions</name>
    <message>
        <source>Link Alibaba Cloud classic-network ECS instances to VPCs from the command line.</source>
        <translation>在命令行中将阿里云经典网络 ECS 实例连接到 VPC。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>The AccessKey secret is read from ALIBABA_CLOUD_ACCESS_KEY_SECRET or, with --secret-stdin, from standard input; never from a flag.</source>
        <translation>AccessKey Secret 从 ALIBABA_CLOUD_ACCESS_KEY_SECRET 读取，或使用 --secret-stdin 从标准输入读取；绝不从命令行参数读取。</translation>
    </message>
    <message>
        <source>Use a saved account; its secret comes from the keychain.</source>
        <translation>使用已保存的账号；其 AccessKey Secret 从系统钥匙串读取。</translation>
    </message>
    <message>
        <source>The AccessKey ID (default: ALIBABA_CLOUD_ACCESS_KEY_ID).</source>
        <translation>AccessKey ID（默认：ALIBABA_CLOUD_ACCESS_KEY_ID）。</translation>
    </message>
    <message>
        <source>Read the AccessKey secret from the first line of standard input.</source>
        <translation>从标准输入的第一行读取 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The region ID (default: ALIBABA_CLOUD_REGION_ID).</source>
        <translation>地域 ID（默认：ALIBABA_CLOUD_REGION_ID）。</translation>
    </message>
    <message>
        <source>Send every request to this endpoint (the sandbox, a private cloud).</source>
        <translation>将所有请求发送到此接入地址（沙箱、专有云）。</translation>
    </message>
    <message>
        <source>v2 or v3 (default v3).</source>
        <translation>v2 或 v3（默认 v3）。</translation>
    </message>
    <message>
        <source>GET or POST (default POST).</source>
        <translation>GET 或 POST（默认 POST）。</translation>
    </message>
    <message>
        <source>The language of messages, for example zh_CN.</source>
        <translation>消息的语言，例如 zh_CN。</translation>
    </message>
    <message>
        <source>Print the signed requests instead of sending them.</source>
        <translation>打印已签名的请求，而不发送。</translation>
    </message>
    <message>
        <source>With --dry-run: sign with this time (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>与 --dry-run 一起使用：使用此时间签名（YYYY-MM-DDTHH:MM:SSZ）。</translation>
    </message>
    <message>
        <source>With --dry-run: sign with this nonce.</source>
        <translation>与 --dry-run 一起使用：使用此随机数签名。</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>每个应答的等待秒数（默认 30）。</translation>
    </message>
    <message>
        <source>Check the installation and exit.</source>
        <translation>检查安装情况后退出。</translation>
    </message>
    <message>
        <source>No command given. Run with --help to see the commands.</source>
        <translation>未指定命令。使用 --help 查看可用命令。</translation>
    </message>
    <message>
        <source>--profile cannot be combined with --access-key-id or --secret-stdin.</source>
        <translation>--profile 不能与 --access-key-id 或 --secret-stdin 同时使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region ID; region IDs look like cn-hangzhou.</source>
        <translation>“%1”不是地域 ID；地域 ID 形如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>--signature-version must be v2 or v3.</source>
        <translation>--signature-version 必须是 v2 或 v3。</translation>
    </message>
    <message>
        <source>--method must be GET or POST.</source>
        <translation>--method 必须是 GET 或 POST。</translation>
    </message>
    <message>
        <source>--timeout expects a number of seconds between 1 and 3600.</source>
        <translation>--timeout 需要 1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>--timestamp and --nonce are only for --dry-run.</source>
        <translation>--timestamp 和 --nonce 只能与 --dry-run 一起使用。</translation>
    </message>
    <message>
        <source>--timestamp expects YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>--timestamp 的格式应为 YYYY-MM-DDTHH:MM:SSZ。</translation>
    </message>
    <message>
        <source>Exit codes: 0 all succeeded, 1 a service error, 2 usage, 3 network or TLS, 4 scan: some regions could not be read (they are listed).</source>
        <translation>退出码：0 全部成功，1 服务错误，2 用法错误，3 网络或 TLS，4 scan：部分地域无法读取（会列出它们）。</translation>
    </message>
    <message>
        <source>table, json or csv (default table).</source>
        <translation>table、json 或 csv（默认 table）。</translation>
    </message>
    <message>
        <source>--output must be table, json or csv.</source>
        <translation>--output 必须是 table、json 或 csv。</translation>
    </message>
</context>
<context>
    <name>clm::cli::InstancesCommand</name>
    <message>
        <source>Only instances in this state (e.g. Running).</source>
        <translation>仅列出处于此状态的实例（例如 Running）。</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>私网 IP</translation>
    </message>
    <message>
        <source>Linked VPC</source>
        <translation>已连接的 VPC</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>The region&apos;s classic-network instances, the VPC each is linked to, and whether traffic between them is allowed by their security groups.</source>
        <translation>该地域的经典网络实例、各自连接的 VPC，以及它们的安全组是否允许两者之间的流量。</translation>
    </message>
    <message>
        <source>DescribeSecurityGroups and DescribeSecurityGroupAttribute: the groups of the linked instances and of their VPCs, for the Traffic column.</source>
        <translation>DescribeSecurityGroups 和 DescribeSecurityGroupAttribute：已连接实例及其 VPC 的安全组，用于“流量”列。</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
</context>
<context>
    <name>clm::cli::InventoryLoad</name>
    <message>
        <source>There is no VPC %1 in %2.</source>
        <translation>%2 中没有 VPC %1。</translation>
    </message>
    <message>
        <source>%1 is not a classic instance of %2.</source>
        <translation>%1 不是 %2 的经典网络实例。</translation>
    </message>
</context>
<context>
    <name>clm::cli::LinkCommand</name>
    <message>
        <source>Link instances to a VPC. The preflight checks every rule first; only the ready instances are sent, one call each, and the batch is logged before anything is sent.</source>
        <translation>将实例连接到 VPC。预检先检查每条规则；只发送已就绪的实例，每个实例一次调用，发送前先将批次记入操作日志。</translation>
    </message>
    <message>
        <source>Unlink instances from a VPC, checked and logged like attach.</source>
        <translation>断开实例与 VPC 的连接，与 attach 一样先检查并记入操作日志。</translation>
    </message>
    <message>
        <source>The VPC.</source>
        <translation>VPC。</translation>
    </message>
    <message>
        <source>attach needs --vpc ID and at least one instance ID.</source>
        <translation>attach 需要 --vpc ID 和至少一个实例 ID。</translation>
    </message>
    <message>
        <source>detach needs --vpc ID and at least one instance ID.</source>
        <translation>detach 需要 --vpc ID 和至少一个实例 ID。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>clm::cli::LinksCommand</name>
    <message>
        <source>The VPC whose links to list.</source>
        <translation>要列出其连接的 VPC。</translation>
    </message>
    <message>
        <source>The instance whose link to show.</source>
        <translation>要显示其连接的实例。</translation>
    </message>
    <message>
        <source>links needs --vpc or --instance.</source>
        <translation>links 需要 --vpc 或 --instance。</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Existing links of a VPC or of an instance, and whether their security groups let traffic through.</source>
        <translation>某个 VPC 或某个实例的现有连接，以及它们的安全组是否允许流量通过。</translation>
    </message>
    <message>
        <source>DescribeSecurityGroups and DescribeSecurityGroupAttribute: the groups of the linked instances and of their VPC, for the Traffic column.</source>
        <translation>DescribeSecurityGroups 和 DescribeSecurityGroupAttribute：已连接实例及其 VPC 的安全组，用于“流量”列。</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
</context>
<context>
    <name>clm::cli::PrepareMoveCommand</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Prepare classic instances&apos; move into a VPC: create the vSwitches their zones lack, copy their security groups into the VPC with every rule that can be translated, and keep both sides talking (ClassicLink on, links, rules between each group and its copy). Each stage is a logged batch; a rerun sends only what is missing. With --dry-run it only reads, and prints every call it would send.</source>
        <translation>为经典网络实例迁移到 VPC 做准备：创建各可用区缺少的交换机，将实例的安全组连同所有可转换的规则复制到该 VPC，并保持两侧互通（开启 ClassicLink、连接实例、在每个安全组与其副本之间添加规则）。每个阶段都是一个记入操作日志的批量操作；再次运行只发送缺少的部分。使用 --dry-run 时只读取，并列出将发送的每个调用。</translation>
    </message>
    <message>
        <source>The VPC to move into.</source>
        <translation>迁移的目标 VPC。</translation>
    </message>
    <message>
        <source>Create the vSwitches the zones lack.</source>
        <translation>创建各可用区缺少的交换机。</translation>
    </message>
    <message>
        <source>Copy the security groups and their rules.</source>
        <translation>复制安全组及其规则。</translation>
    </message>
    <message>
        <source>Enable ClassicLink, link the instances and add the rules between each classic group and its copy.</source>
        <translation>开启 ClassicLink，连接实例，并在每个经典网络安全组与其副本之间添加规则。</translation>
    </message>
    <message>
        <source>The block of the new vSwitch of a zone, instead of the proposed one (repeatable).</source>
        <translation>某可用区新交换机的网段，用于替代建议的网段（可重复）。</translation>
    </message>
    <message>
        <source>prepare-move needs --vpc ID (and the instances, or every classic instance of the region).</source>
        <translation>prepare-move 需要 --vpc ID（以及实例；不指定时为该地域的全部经典网络实例）。</translation>
    </message>
    <message>
        <source>--vswitch-cidr takes ZONE=CIDR, such as cn-hangzhou-g=172.16.8.0/24.</source>
        <translation>--vswitch-cidr 的格式为 可用区=网段，例如 cn-hangzhou-g=172.16.8.0/24。</translation>
    </message>
    <message>
        <source>A real run sends:</source>
        <translation>实际运行将发送：</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln call(s)</source>
        <translation>
            <numerusform>%1：%Ln 个调用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::cli::ProfilesCommand</name>
    <message>
        <source>Manage saved accounts. &quot;add&quot; reads the secret (and with --sts the token on a second line) from standard input and keeps it in the system keychain.</source>
        <translation>管理已保存的账号。“add”从标准输入读取 AccessKey Secret（使用 --sts 时第二行为 STS Token），并保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The AccessKey ID.</source>
        <translation>AccessKey ID。</translation>
    </message>
    <message>
        <source>The default region.</source>
        <translation>默认地域。</translation>
    </message>
    <message>
        <source>An endpoint for every request.</source>
        <translation>所有请求使用的接入地址。</translation>
    </message>
    <message>
        <source>The colour label, e.g. #d32f2f for production.</source>
        <translation>颜色标签，例如生产环境用 #d32f2f。</translation>
    </message>
    <message>
        <source>The account uses an STS token.</source>
        <translation>此账号使用 STS Token。</translation>
    </message>
    <message>
        <source>Usage: profiles list | show NAME | remove NAME | add NAME …</source>
        <translation>用法：profiles list | show 名称 | remove 名称 | add 名称 …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>There is no saved account named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存账号。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>保存在钥匙串中</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>public endpoints</source>
        <translation>公共接入地址</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Removed the account &quot;%1&quot; and its secrets.</source>
        <translation>已删除账号“%1”及其 AccessKey Secret 和 STS Token（如有）。</translation>
    </message>
    <message>
        <source>Give the AccessKey secret on the first line of standard input (and with --sts the token on the second).</source>
        <translation>请在标准输入的第一行提供 AccessKey Secret（使用 --sts 时在第二行提供 STS Token）。</translation>
    </message>
    <message>
        <source>The account was not saved.</source>
        <translation>账号未保存。</translation>
    </message>
    <message>
        <source>Saved the account &quot;%1&quot;; its secret is in the keychain.</source>
        <translation>已保存账号“%1”；其 AccessKey Secret 保存在钥匙串中。</translation>
    </message>
    <message>
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <source>STS token:</source>
        <translation>STS Token：</translation>
    </message>
</context>
<context>
    <name>clm::cli::ReadinessCommand</name>
    <message>
        <source>Whether classic instances are ready to move into a VPC, what each still needs, or why it cannot move.</source>
        <translation>经典网络实例是否可迁移到 VPC、各自还需准备什么，或为何无法迁移。</translation>
    </message>
    <message>
        <source>The VPC to move into.</source>
        <translation>迁移的目标 VPC。</translation>
    </message>
    <message>
        <source>readiness needs --vpc ID (and the instances, or every classic instance of the region).</source>
        <translation>readiness 需要 --vpc ID（以及实例；不指定则为该地域的所有经典网络实例）。</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>迁移就绪</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Needs or blocked by</source>
        <translation>需准备或无法迁移的原因</translation>
    </message>
    <message>
        <source>Disks (GiB)</source>
        <translation>磁盘（GiB）</translation>
    </message>
    <message>
        <source>Rules no copy can carry</source>
        <translation>副本无法带上的规则</translation>
    </message>
    <message>
        <source>What the move changes</source>
        <translation>迁移带来的变化</translation>
    </message>
    <message>
        <source>Print the plan to carry into the console&apos;s migration plan instead: markdown for a change ticket, or csv (the view&apos;s Save plan as CSV).</source>
        <translation>改为输出要带入控制台迁移计划的方案：markdown 用于变更工单，csv 与视图中“将方案保存为 CSV”相同。</translation>
    </message>
    <message>
        <source>--handoff takes markdown or csv.</source>
        <translation>--handoff 的取值为 markdown 或 csv。</translation>
    </message>
</context>
<context>
    <name>clm::cli::RegionsCommand</name>
    <message>
        <source>The regions the account can use.</source>
        <translation>此账号可以使用的地域。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
</context>
<context>
    <name>clm::cli::ResumeCommand</name>
    <message>
        <source>Finish an interrupted batch: what already took effect is read back and not sent again; the rest is sent, or with --settle-only recorded as not sent. Use the account and endpoint that started it.</source>
        <translation>完成中断的批次：已生效的操作经回读确认，不再重复发送；其余的会发送，或使用 --settle-only 时记录为未发送。请使用启动该批次的账号和接入地址。</translation>
    </message>
    <message>
        <source>Read back only; send nothing.</source>
        <translation>仅回读，不发送。</translation>
    </message>
    <message>
        <source>Give the ID of one interrupted batch (at least its first 8 characters); &quot;batches&quot; lists them.</source>
        <translation>请指定一个中断批次的 ID（至少前 8 个字符）；“batches”可列出它们。</translation>
    </message>
    <message>
        <source>No interrupted batch has the ID %1.</source>
        <translation>没有 ID 为 %1 的中断批次。</translation>
    </message>
    <message>
        <source>More than one interrupted batch starts with %1.</source>
        <translation>有多个中断批次的 ID 以 %1 开头。</translation>
    </message>
    <message>
        <source>Batch %1 was started with AccessKey ID %2 (%3); resume it with the same account and endpoint.</source>
        <translation>批次 %1 是用 AccessKey ID %2（%3）启动的；请使用相同的账号和接入地址继续。</translation>
    </message>
    <message>
        <source>the cloud&apos;s endpoints</source>
        <translation>云端默认接入地址</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another program right now; resume it only if that program stops before finishing it.</source>
        <translation>另一个程序正在发送批次 %1；只有当该程序未完成就停止时，才需要继续此批次。</translation>
    </message>
</context>
<context>
    <name>clm::cli::ScanCommand</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>经典网络</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>ClassicLink VPCs</source>
        <translation>ClassicLink VPC</translation>
    </message>
    <message>
        <source>Traffic both ways</source>
        <translation>双向放通</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not scanned: %1</source>
        <translation>未扫描：%1</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <source>Every region of one or more accounts: how many classic instances are left, how many are linked, locked, and allowed traffic. A region that could not be read is listed with the reason and makes the exit code 4.</source>
        <translation>一个或多个账号的所有地域：还剩多少经典网络实例，其中多少已连接、已锁定、已允许流量。无法读取的地域会连同原因列出，并使退出码为 4。</translation>
    </message>
    <message>
        <source>These saved accounts (comma-separated).</source>
        <translation>这些已保存的账号（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Every saved account.</source>
        <translation>所有已保存的账号。</translation>
    </message>
    <message>
        <source>Only these regions (comma-separated); every region DescribeRegions lists without it.</source>
        <translation>只扫描这些地域（以逗号分隔）；不指定时为 DescribeRegions 列出的所有地域。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region ID; region IDs look like cn-hangzhou.</source>
        <translation>“%1”不是地域 ID；地域 ID 形如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>There is no saved account named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存账号。</translation>
    </message>
    <message>
        <source>There is no saved account to scan; add one with &quot;profiles add&quot;.</source>
        <translation>没有可扫描的已保存账号；请用“profiles add”添加。</translation>
    </message>
    <message>
        <source>traffic not known: %1</source>
        <translation>流量情况未知：%1</translation>
    </message>
    <message>
        <source>Ready to move</source>
        <translation>可迁移</translation>
    </message>
    <message>
        <source>Need preparation</source>
        <translation>需准备</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>无法迁移</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>readiness to move not known: %1</source>
        <translation>迁移就绪情况无数据：%1</translation>
    </message>
</context>
<context>
    <name>clm::cli::SecurityGroupsCommand</name>
    <message>
        <source>Only the groups of this VPC.</source>
        <translation>仅列出此 VPC 的安全组。</translation>
    </message>
    <message>
        <source>DescribeSecurityGroups: every further page that its TotalCount calls for.</source>
        <translation>DescribeSecurityGroups：按 TotalCount 请求其余各页。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议类型</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>授权对象</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>授权策略</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Security groups of the region, of one VPC or of one classic instance, with their inbound intranet rules (the ones that let traffic between linked classic instances and their VPC through).</source>
        <translation>地域、某个 VPC 或某个经典网络实例的安全组，及其入方向内网规则（决定已连接的经典网络实例与其 VPC 之间流量的规则）。</translation>
    </message>
    <message>
        <source>Only the groups this classic instance is in.</source>
        <translation>只显示此经典网络实例所属的安全组。</translation>
    </message>
    <message>
        <source>security-groups takes --vpc or --instance, not both.</source>
        <translation>security-groups 只能使用 --vpc 或 --instance 之一。</translation>
    </message>
    <message>
        <source>DescribeSecurityGroupAttribute: one per group, for its inbound intranet rules.</source>
        <translation>DescribeSecurityGroupAttribute：每个安全组一次，读取其入方向内网规则。</translation>
    </message>
    <message>
        <source>DescribeInstances: every further page that its TotalCount calls for.</source>
        <translation>DescribeInstances：按其 TotalCount 请求其余每一页。</translation>
    </message>
</context>
<context>
    <name>clm::cli::TrafficCommand</name>
    <message>
        <source>Let linked classic instances and their VPC talk: adds the ClassicLink security group rules between the instances&apos; groups and the VPC groups (AuthorizeSecurityGroup), those not there yet, as a logged batch.</source>
        <translation>让已连接的经典网络实例与其 VPC 互通：在实例的安全组与 VPC 安全组之间添加尚不存在的 ClassicLink 安全组规则（AuthorizeSecurityGroup），作为记入操作日志的批次发送。</translation>
    </message>
    <message>
        <source>Removes the ClassicLink security group rules this application added between the instances&apos; groups and the VPC&apos;s groups (RevokeSecurityGroup), as a logged batch.</source>
        <translation>删除本应用在实例的安全组与 VPC 安全组之间添加的 ClassicLink 安全组规则（RevokeSecurityGroup），作为记入操作日志的批次发送。</translation>
    </message>
    <message>
        <source>The VPC the instances are linked to.</source>
        <translation>实例所连接的 VPC。</translation>
    </message>
    <message>
        <source>A security group of the VPC (up to five; repeat the option).</source>
        <translation>VPC 的一个安全组（最多五个；可重复此选项）。</translation>
    </message>
    <message>
        <source>Only the rules with this VPC group (repeat the option); all of the VPC&apos;s groups without it.</source>
        <translation>只处理涉及此 VPC 安全组的规则（可重复此选项）；不指定时为该 VPC 的所有安全组。</translation>
    </message>
    <message>
        <source>both (the default), to-vpc (the instances may reach the VPC) or from-vpc (the VPC may reach the instances).</source>
        <translation>both（默认）、to-vpc（实例可访问 VPC）或 from-vpc（VPC 可访问实例）。</translation>
    </message>
    <message>
        <source>tcp (the default), udp, icmp, gre or all.</source>
        <translation>tcp（默认）、udp、icmp、gre 或 all。</translation>
    </message>
    <message>
        <source>The port range for tcp and udp, e.g. 22/22 (the default) or 8000/8080.</source>
        <translation>tcp 和 udp 的端口范围，例如 22/22（默认）或 8000/8080。</translation>
    </message>
    <message>
        <source>1 (applied first, the default) to 100.</source>
        <translation>1（最先生效，默认）到 100。</translation>
    </message>
    <message>
        <source>The rules&apos; description; &quot;%1&quot; goes first, so that revoke-traffic finds them.</source>
        <translation>规则的描述；以“%1”开头，以便 revoke-traffic 找到它们。</translation>
    </message>
    <message>
        <source>allow-traffic needs --vpc ID, --vpc-group SG and at least one instance ID.</source>
        <translation>allow-traffic 需要 --vpc ID、--vpc-group SG 和至少一个实例 ID。</translation>
    </message>
    <message>
        <source>revoke-traffic needs --vpc ID and at least one instance ID.</source>
        <translation>revoke-traffic 需要 --vpc ID 和至少一个实例 ID。</translation>
    </message>
    <message>
        <source>--direction must be both, to-vpc or from-vpc.</source>
        <translation>--direction 必须是 both、to-vpc 或 from-vpc。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>%1 is not a security group of %2 (its groups: %3).</source>
        <translation>%1 不是 %2 的安全组（其安全组：%3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Every rule is already there; nothing was sent.</source>
        <translation>所有规则都已存在；未发送任何请求。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>clm::cli::VpcsCommand</name>
    <message>
        <source>The region&apos;s VPCs, whether ClassicLink is enabled, and how many instances are linked.</source>
        <translation>该地域的 VPC、是否开启 ClassicLink 以及已连接的实例数。</translation>
    </message>
    <message>
        <source>Only VPCs with ClassicLink enabled.</source>
        <translation>仅列出已开启 ClassicLink 的 VPC。</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CIDR block</source>
        <translation>网段</translation>
    </message>
    <message>
        <source>ClassicLink</source>
        <translation>ClassicLink</translation>
    </message>
    <message>
        <source>Linked instances</source>
        <translation>已连接实例</translation>
    </message>
</context>
<context>
    <name>clm::ui::AccountBar</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account colour label</source>
        <translation>账号颜色标签</translation>
    </message>
    <message>
        <source>Colour label of %1</source>
        <translation>%1 的颜色标签</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Requests of this account are signed and sent to %1, which is not an Alibaba Cloud endpoint (aliyuncs.com).</source>
        <translation>此账号的请求会签名后发送到 %1，它不是阿里云的接入地址（aliyuncs.com）。</translation>
    </message>
    <message>
        <source>Requests of this account go to %1.</source>
        <translation>此账号的请求发送到 %1。</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账号(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>clm::ui::AccountController</name>
    <message>
        <source>No account yet.</source>
        <translation>尚未添加账号。</translation>
    </message>
    <message>
        <source>Reading the secret of %1 from the keychain…</source>
        <translation>正在从钥匙串读取 %1 的 AccessKey Secret…</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret of %1 (%2) to use it for this session:</source>
        <translation>请输入 %1（%2）的 AccessKey Secret，以在本次会话中使用：</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started.</source>
        <translation>无法启动内置沙箱。</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>切换账号</translation>
    </message>
    <message>
        <source>A batch of %1 is still running. Switch to another account anyway? The batch stops sending; what it already sent is read back with %1.</source>
        <translation>%1 的一个批次仍在运行。仍要切换到其他账号吗？该批次将停止发送；已发送的操作会用 %1 回读确认。</translation>
    </message>
</context>
<context>
    <name>clm::ui::AccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>For example: Production</source>
        <translation>例如：生产环境</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey &amp;ID：</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey &amp;Secret：</translation>
    </message>
    <message>
        <source>STS &amp;token:</source>
        <translation>STS &amp;Token：</translation>
    </message>
    <message>
        <source>Only for temporary STS credentials</source>
        <translation>仅用于 STS 临时凭证</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>默认地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Leave empty for Alibaba Cloud&apos;s public endpoints</source>
        <translation>留空则使用阿里云公共接入地址</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256, recommended)</source>
        <translation>V3（ACS3-HMAC-SHA256，推荐）</translation>
    </message>
    <message>
        <source>V2 (HMAC-SHA1)</source>
        <translation>V2（HMAC-SHA1）</translation>
    </message>
    <message>
        <source>The secret and the token are kept in memory until you quit. They are never written to disk, to a log or to the settings.</source>
        <translation>AccessKey Secret 和 STS Token 仅保存在内存中，直到退出程序。它们绝不会写入磁盘、日志或设置。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The AccessKey secret cannot contain spaces or line breaks.</source>
        <translation>AccessKey Secret 不能包含空格或换行。</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>&amp;Colour label:</source>
        <translation>颜色标签(&amp;C)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Red (production)</source>
        <translation>红色（生产环境）</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Remember the secret in the system &amp;keychain</source>
        <translation>在系统钥匙串中记住 AccessKey Secret(&amp;K)</translation>
    </message>
    <message>
        <source>The secret and the token are stored only in the system keychain, never in a file, a log or the settings.</source>
        <translation>AccessKey Secret 和 STS Token 只保存在系统钥匙串中，绝不会写入文件、日志或设置。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>clm::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>已保存的账号</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import from aliyun CLI…</source>
        <translation>从 aliyun CLI 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Required &amp;permissions…</source>
        <translation>所需权限(&amp;P)…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is available until you quit.</source>
        <translation>“%1”在退出程序前可用。</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>没有钥匙串</translation>
    </message>
    <message>
        <source>%1 Use &quot;%2&quot; for this session only? The secret stays in memory until you quit.</source>
        <translation>%1 是否仅在本次会话中使用“%2”？AccessKey Secret 将保留在内存中，直到退出程序。</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>仅本次会话使用</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its secret is in the system keychain.</source>
        <translation>已保存“%1”；其 AccessKey Secret 保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and delete its secret from the keychain?</source>
        <translation>删除“%1”并从钥匙串中删除其 AccessKey Secret？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>• %1 (%2): will be imported</source>
        <translation>• %1（%2）：将被导入</translation>
    </message>
    <message>
        <source>• %1: an account with this name exists already</source>
        <translation>• %1：已存在同名账号</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>Nothing to import from %1.</source>
        <translation>%1 中没有可导入的内容。</translation>
    </message>
    <message>
        <source>Import from aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <source>Import these accounts? Their secrets go into the system keychain; the aliyun CLI file is not changed.</source>
        <translation>导入这些账号吗？它们的 AccessKey Secret 和 STS Token（如有）将存入系统钥匙串；aliyun CLI 文件不会被修改。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported with problems: %1</source>
        <translation>导入时出现问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln account(s).</source>
        <translation>
            <numerusform>已导入 %Ln 个账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>正在测试“%1”…</translation>
    </message>
    <message>
        <source>Required permissions</source>
        <translation>所需权限</translation>
    </message>
    <message>
        <source>A RAM user needs exactly these permissions to use ClassicLink Manager. Paste the policy into the RAM console (Policies → Create policy → JSON) and attach it to the user.</source>
        <translation>RAM 用户使用 ClassicLink Manager 恰好需要这些权限。请将策略粘贴到 RAM 控制台（权限策略 → 创建权限策略 → 脚本编辑），并授权给该用户。</translation>
    </message>
    <message>
        <source>RAM policy</source>
        <translation>RAM 权限策略</translation>
    </message>
    <message>
        <source>&amp;Copy policy</source>
        <translation>复制策略(&amp;C)</translation>
    </message>
    <message>
        <source>Edit the account and enter the secret again.</source>
        <translation>请编辑此账号并重新输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>an account: its name, AccessKey ID and default region</comment>
        <translation>%1 — %2（%3）</translation>
    </message>
</context>
<context>
    <name>clm::ui::AllowTrafficDialog</name>
    <message>
        <source>The security groups could not be read: %1</source>
        <translation>无法读取安全组：%1</translation>
    </message>
    <message>
        <source>%1 has no security group. Create one in the VPC first.</source>
        <translation>%1 没有安全组。请先在该 VPC 中创建一个。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>将添加</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Reading the security groups…</source>
        <translation>正在读取安全组…</translation>
    </message>
    <message>
        <source>Nothing to Add</source>
        <translation>无需添加</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Rule(s)</source>
        <translation>
            <numerusform>添加 %n 条规则(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow Traffic</source>
        <translation>允许流量</translation>
    </message>
    <message numerus="yes">
        <source>Let %Ln linked instance(s) and %1 talk: rules are added to the instances&apos; classic security groups and to the VPC security groups you choose. Nothing is sent before you confirm.</source>
        <translation>
            <numerusform>让 %Ln 个已连接实例与 %1 互通：规则将添加到实例的经典网络安全组和您选择的 VPC 安全组。确认之前不会发送任何请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Classic security groups:</source>
        <translation>经典网络安全组：</translation>
    </message>
    <message>
        <source>&amp;VPC security groups:</source>
        <translation>VPC 安全组(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议类型(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;ort range:</source>
        <translation>端口范围(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>优先级(&amp;R)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>VPC security groups</source>
        <translation>VPC 安全组</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Both ways (recommended)</source>
        <translation>双向放通（推荐）</translation>
    </message>
    <message>
        <source>Classic instances → VPC</source>
        <translation>经典网络实例 → VPC</translation>
    </message>
    <message>
        <source>VPC → classic instances</source>
        <translation>VPC → 经典网络实例</translation>
    </message>
    <message>
        <source>One port (22) or a range (8000/8080); TCP and UDP only.</source>
        <translation>一个端口（22）或一个范围（8000/8080）；仅限 TCP 和 UDP。</translation>
    </message>
    <message>
        <source>1 is applied first.</source>
        <translation>1 最先生效。</translation>
    </message>
    <message>
        <source>The description starts with “%1”, so that these rules can be removed from here later.</source>
        <translation>描述以“%1”开头，以便之后可以在这里删除这些规则。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Source group</source>
        <translation>授权对象</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议类型</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Ru&amp;les:</source>
        <translation>规则(&amp;L)：</translation>
    </message>
    <message>
        <source>Not sent for %1: %2</source>
        <translation>未为 %1 发送：%2</translation>
    </message>
</context>
<context>
    <name>clm::ui::BatchController</name>
    <message>
        <source>Link to VPC</source>
        <translation>连接到 VPC</translation>
    </message>
    <message>
        <source>Select one or more classic instances and one VPC first.</source>
        <translation>请先选择一个或多个经典网络实例和一个 VPC。</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>The selected instances are linked to different VPCs. Select the VPC to unlink them from.</source>
        <translation>选中的实例连接到了不同的 VPC。请选择要断开连接的 VPC。</translation>
    </message>
    <message>
        <source>Enable ClassicLink</source>
        <translation>开启 ClassicLink</translation>
    </message>
    <message>
        <source>Enable ClassicLink on %1? Classic instances can then be linked to it. Traffic still needs ClassicLink security group rules.</source>
        <translation>要为 %1 开启 ClassicLink 吗？开启后即可将经典网络实例连接到它。流量互通仍需配置 ClassicLink 安全组规则。</translation>
    </message>
    <message>
        <source>Disable ClassicLink</source>
        <translation>关闭 ClassicLink</translation>
    </message>
    <message>
        <source>Disable ClassicLink on %1? No classic instance can be linked to it afterwards.</source>
        <translation>要为 %1 关闭 ClassicLink 吗？关闭后将无法再把经典网络实例连接到它。</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>未发送任何请求</translation>
    </message>
    <message>
        <source>Interrupted batches</source>
        <translation>中断的批次</translation>
    </message>
    <message>
        <source>This account has no interrupted batch.</source>
        <translation>此账号没有中断的批次。</translation>
    </message>
    <message numerus="yes">
        <source>link %Ln instance(s) to %1</source>
        <translation>
            <numerusform>将 %Ln 个实例连接到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unlink %Ln instance(s) from %1</source>
        <translation>
            <numerusform>断开 %Ln 个实例与 %1 的连接</numerusform>
        </translation>
    </message>
    <message>
        <source>enable ClassicLink on %1</source>
        <translation>为 %1 开启 ClassicLink</translation>
    </message>
    <message>
        <source>disable ClassicLink on %1</source>
        <translation>为 %1 关闭 ClassicLink</translation>
    </message>
    <message>
        <source>Interrupted batch</source>
        <translation>中断的批次</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Settle without sending</source>
        <translation>仅回读，不发送</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>What could not be recorded was not sent. The batch stays open and is offered again once its log can be written.</source>
        <translation>无法记录的操作没有发送。该批次保持未完成状态，待日志可以写入时会再次提供。</translation>
    </message>
    <message>
        <source>A batch started %1 did not finish: %2 in %3. %L4 of %L5 operations have a final result.

Before anything is sent, the current state is read back from the cloud: operations that already took effect are marked as succeeded and are not sent again.</source>
        <translation>于 %1 开始的批次未完成：在 %3 %2。%L5 个操作中已有 %L4 个得到最终结果。

发送任何请求之前，会先从云端回读当前状态：已经生效的操作将标记为成功，不会再次发送。</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2 Nothing was sent.</source>
        <translation>无法检查 %1：%2未发送任何请求。</translation>
    </message>
    <message>
        <source>ClassicLink cannot be enabled</source>
        <translation>无法开启 ClassicLink</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <source>add %Ln security group rule(s) for %1</source>
        <translation>
            <numerusform>为 %1 添加 %Ln 条安全组规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %Ln security group rule(s) for %1</source>
        <translation>
            <numerusform>为 %1 删除 %Ln 条安全组规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add outbound rules to %Ln security group(s) in %1</source>
        <translation>
            <numerusform>向 %1 中的 %Ln 个安全组添加出方向规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %Ln vSwitch(es) in %1</source>
        <translation>
            <numerusform>在 %1 中创建 %Ln 个交换机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copy %Ln security group(s) into %1</source>
        <translation>
            <numerusform>将 %Ln 个安全组复制到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::InstancePane</name>
    <message>
        <source>Loading classic instances…</source>
        <translation>正在加载经典网络实例…</translation>
    </message>
    <message>
        <source>There are no classic network instances in this region. Choose another region, or, if your instances are already in a VPC, there is nothing to link.</source>
        <translation>此地域没有经典网络实例。请选择其他地域；如果您的实例已在 VPC 中，则无需连接。</translation>
    </message>
    <message>
        <source>No instance matches the filter.</source>
        <translation>没有符合筛选条件的实例。</translation>
    </message>
    <message>
        <source>Classic instances</source>
        <translation>经典网络实例</translation>
    </message>
    <message>
        <source>Filter by ID, name or IP</source>
        <translation>按 ID、名称或 IP 筛选</translation>
    </message>
    <message>
        <source>Filter instances</source>
        <translation>筛选实例</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Classic &amp;instances</source>
        <translation>经典网络实例(&amp;I)</translation>
    </message>
    <message>
        <source>No instance selected</source>
        <translation>未选择实例</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个实例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::MainWindow</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>About ClassicLink Manager</source>
        <translation>关于 ClassicLink Manager</translation>
    </message>
    <message>
        <source>ClassicLink Manager %1

Links Alibaba Cloud classic-network ECS instances to VPCs.</source>
        <translation>ClassicLink Manager %1

将阿里云经典网络 ECS 实例连接到专有网络 VPC。</translation>
    </message>
    <message>
        <source>Load the region&apos;s instances and VPCs again (%1)</source>
        <translation>重新加载该地域的实例和 VPC（%1）</translation>
    </message>
    <message>
        <source>Link the selected classic instances to the selected VPC (%1)</source>
        <translation>将选中的经典网络实例连接到选中的 VPC（%1）</translation>
    </message>
    <message>
        <source>Unlink the selected instances from their VPC (%1)</source>
        <translation>断开选中实例与其 VPC 的连接（%1）</translation>
    </message>
    <message>
        <source>Loading regions…</source>
        <translation>正在加载地域…</translation>
    </message>
    <message>
        <source>Loading was cancelled. Choose Refresh to load the region again.</source>
        <translation>加载已取消。选择“刷新”可重新加载此地域。</translation>
    </message>
    <message>
        <source>More toolbar buttons</source>
        <translation>更多工具栏按钮</translation>
    </message>
    <message>
        <source>Add the security group rules that let the selected linked instances and their VPC talk (%1)</source>
        <translation>添加安全组规则，让所选的已连接实例与其 VPC 互通（%1）</translation>
    </message>
    <message>
        <source>Traffic to and from the VPC needs security group rules.</source>
        <translation>与 VPC 之间的流量还需要安全组规则。</translation>
    </message>
    <message>
        <source>Every account and region: what is left on the classic network (%1)</source>
        <translation>所有账号和地域：经典网络上还剩什么（%1）</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <source>Whether the selected classic instances (or all) are ready to move into a VPC, and prepare what they lack (%1)</source>
        <translation>查看所选经典网络实例（或全部实例）是否可迁移到 VPC，并准备所缺的部分（%1）</translation>
    </message>
</context>
<context>
    <name>clm::ui::MoveDialog</name>
    <message>
        <source>&amp;Target VPC:</source>
        <translation>目标 VPC(&amp;T)：</translation>
    </message>
    <message>
        <source>The region has no VPC to move into.</source>
        <translation>该地域没有可迁入的 VPC。</translation>
    </message>
    <message>
        <source>Reading %1 and the instances&apos; security groups…</source>
        <translation>正在读取 %1 和实例的安全组…</translation>
    </message>
    <message>
        <source>Could not read the VPC: %1</source>
        <translation>无法读取该 VPC：%1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>%1 ready to move, %2 need preparation, %3 blocked.</source>
        <translation>%1 台可迁移，%2 台需准备，%3 台无法迁移。</translation>
    </message>
    <message>
        <source>Block of the new vSwitch in %1</source>
        <translation>%1 中新交换机的网段</translation>
    </message>
    <message numerus="yes">
        <source>New vSwitch in %1 (%n instance(s)):</source>
        <translation>
            <numerusform>%1 中的新交换机（%n 台实例）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare the move</source>
        <translation>准备迁移</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln call(s) to prepare %1? Each stage is a logged batch in the operations table; a stage starts when the one before it has ended, and running it again later sends only what is missing.</source>
        <translation>
            <numerusform>发送 %Ln 个调用来准备 %1？每个阶段都是操作表中一个记入操作日志的批量操作；上一阶段结束后才开始下一阶段，之后再次运行只发送缺少的部分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message numerus="yes">
        <source>Preparing: %1 (%Ln call(s))…</source>
        <translation>
            <numerusform>正在准备：%1（%Ln 个调用）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared: the VPC has everything asked for.</source>
        <translation>准备完成：该 VPC 已具备所要求的全部内容。</translation>
    </message>
    <message>
        <source>The plan is on the clipboard as Markdown, ready for a change ticket.</source>
        <translation>方案已以 Markdown 格式复制到剪贴板，可用于变更工单。</translation>
    </message>
    <message>
        <source>Save the Plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved the plan to %1.</source>
        <translation>方案已保存到 %1。</translation>
    </message>
    <message>
        <source>Opened the ECS console of %1: create the migration plan there. The plan, with the vSwitch and security groups to choose for each instance, is on the clipboard.</source>
        <translation>已打开 %1 的 ECS 控制台：请在那里创建迁移计划。方案（含每台实例应选择的交换机和安全组）已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Move to VPC</source>
        <translation>迁移到 VPC</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>迁移就绪</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Needs or blocked by</source>
        <translation>需准备或无法迁移的原因</translation>
    </message>
    <message>
        <source>Rules no copy can carry</source>
        <translation>副本无法带上的规则</translation>
    </message>
    <message>
        <source>Disks (GiB)</source>
        <translation>磁盘（GiB）</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>公网地址</translation>
    </message>
    <message>
        <source>Readiness of the instances</source>
        <translation>实例的迁移就绪情况</translation>
    </message>
    <message>
        <source>Create &amp;vSwitches</source>
        <translation>创建交换机(&amp;V)</translation>
    </message>
    <message>
        <source>Copy security &amp;groups and their rules</source>
        <translation>复制安全组及其规则(&amp;G)</translation>
    </message>
    <message>
        <source>Keep classic and moved instances &amp;talking</source>
        <translation>保持经典网络实例与已迁移实例互通(&amp;T)</translation>
    </message>
    <message>
        <source>Blocks of the new vSwitches (inside the VPC&apos;s block, overlapping no vSwitch):</source>
        <translation>新交换机的网段（须在该 VPC 的网段内，且不与任何交换机重叠）：</translation>
    </message>
    <message>
        <source>&amp;Calls to send:</source>
        <translation>将发送的调用(&amp;C)：</translation>
    </message>
    <message>
        <source>Calls to send</source>
        <translation>将发送的调用</translation>
    </message>
    <message>
        <source>&amp;Prepare…</source>
        <translation>准备(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy plan as &amp;Markdown</source>
        <translation>以 Markdown 复制方案(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save plan as CSV…</source>
        <translation>将方案保存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Open ECS &amp;console</source>
        <translation>打开 ECS 控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>S&amp;top preparing</source>
        <translation>停止准备(&amp;T)</translation>
    </message>
    <message>
        <source>Another batch or preparation is running; it must end first.</source>
        <translation>另一个批量操作或迁移准备正在进行；必须先等它结束。</translation>
    </message>
</context>
<context>
    <name>clm::ui::NetworkSettingsDialog</name>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>System settings (honours HTTPS_PROXY and NO_PROXY)</source>
        <translation>系统设置（遵循 HTTPS_PROXY 和 NO_PROXY）</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;User (optional):</source>
        <translation>用户名（可选）(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Extra trusted CA bundle (for networks that inspect TLS)</source>
        <translation>额外信任的 CA 证书包（用于会检查 TLS 的网络）</translation>
    </message>
    <message>
        <source>PEM file; certificate checks always stay on</source>
        <translation>PEM 文件；证书校验始终保持开启</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA 证书包文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Parallel &amp;requests:</source>
        <translation>并行请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>速率限制(&amp;L)：</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source>Default &amp;signature:</source>
        <translation>默认签名(&amp;S)：</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256, recommended)</source>
        <translation>V3（ACS3-HMAC-SHA256，推荐）</translation>
    </message>
    <message>
        <source>V2 (HMAC-SHA1)</source>
        <translation>V2（HMAC-SHA1）</translation>
    </message>
    <message>
        <source>The proxy password could not be stored in the system keychain; it is used until you quit.</source>
        <translation>无法将代理密码保存到系统钥匙串；它将使用到退出程序为止。</translation>
    </message>
</context>
<context>
    <name>clm::ui::OperationDetails</name>
    <message>
        <source>Copy RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>Copy the RequestId for a support ticket</source>
        <translation>复制 RequestId 用于提交工单</translation>
    </message>
    <message>
        <source>Show request…</source>
        <translation>查看请求…</translation>
    </message>
    <message>
        <source>Copy as aliyun CLI command</source>
        <translation>复制为 aliyun CLI 命令</translation>
    </message>
    <message>
        <source>Select an operation to see its details.</source>
        <translation>选择一条操作记录以查看详情。</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>API 操作：%1</translation>
    </message>
    <message>
        <source>Troubleshoot this error online</source>
        <translation>在线诊断此错误</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>已发送的请求</translation>
    </message>
    <message>
        <source>Signed request</source>
        <translation>签名后的请求</translation>
    </message>
    <message>
        <source>This is the signed request exactly as it was sent. It contains the AccessKey ID and the signature, never the secret.</source>
        <translation>这是与发送时完全一致的签名请求。其中包含 AccessKey ID 和签名，但绝不包含 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Allow Traffic…</source>
        <translation>允许流量…</translation>
    </message>
    <message>
        <source>Add the security group rules this instance and the VPC need to talk</source>
        <translation>添加此实例与 VPC 互通所需的安全组规则</translation>
    </message>
</context>
<context>
    <name>clm::ui::OperationsPane</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export operations</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The operations could not be saved to %1: %2</source>
        <translation>无法将操作记录保存到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln operation(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条操作记录保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Operatio&amp;ns</source>
        <translation>操作记录(&amp;N)</translation>
    </message>
    <message>
        <source>No operations yet. Every change you send (link, unlink, enable, allow or remove traffic) appears here with its outcome.</source>
        <translation>暂无操作记录。您发送的每项更改（连接、断开连接、开启、允许流量或删除流量规则）都会连同结果显示在这里。</translation>
    </message>
</context>
<context>
    <name>clm::ui::OverviewPage</name>
    <message>
        <source>The summary is on the clipboard, ready to paste into a ticket.</source>
        <translation>摘要已复制到剪贴板，可直接粘贴到工单中。</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Not scanned yet.</source>
        <translation>尚未扫描。</translation>
    </message>
    <message>
        <source>%1 of %2 regions read.</source>
        <translation>已读取 %2 个地域中的 %1 个。</translation>
    </message>
    <message>
        <source>CSV, one row per classic instance (*.csv)</source>
        <translation>CSV，每个经典网络实例一行 (*.csv)</translation>
    </message>
    <message>
        <source>JSON, every account and region (*.json)</source>
        <translation>JSON，所有账号和地域 (*.json)</translation>
    </message>
    <message>
        <source>Markdown summary for a ticket (*.md)</source>
        <translation>用于工单的 Markdown 摘要 (*.md)</translation>
    </message>
    <message>
        <source>Export overview</source>
        <translation>导出概览</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The overview could not be saved to %1: %2</source>
        <translation>无法将概览保存到 %1：%2</translation>
    </message>
    <message>
        <source>Saved the overview to %1.</source>
        <translation>已将概览保存到 %1。</translation>
    </message>
    <message>
        <source>Overview of every account</source>
        <translation>所有账号概览</translation>
    </message>
    <message>
        <source>What is left on the classic network in every region of every account, and how much of it is linked to a VPC. A region that could not be read says why and is not counted. Double-click a region to open it.</source>
        <translation>所有账号的所有地域中，经典网络上还剩多少实例，其中多少已连接到 VPC。无法读取的地域会说明原因，且不计入统计。双击某个地域即可打开它。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <source>Classic instances by account and region</source>
        <translation>按账号和地域统计的经典网络实例</translation>
    </message>
    <message>
        <source>Every region of every account was read.</source>
        <translation>所有账号的所有地域均已读取。</translation>
    </message>
    <message>
        <source>Some regions were not read; see Status.</source>
        <translation>部分地域未能读取，请看“状态”一列。</translation>
    </message>
    <message>
        <source>%1 of %2 regions scanned…</source>
        <translation>已扫描 %2 个地域中的 %1 个…</translation>
    </message>
    <message>
        <source>Move to VPC…</source>
        <translation>迁移到 VPC…</translation>
    </message>
    <message>
        <source>Open the selected region with its Move to VPC view</source>
        <translation>打开所选地域及其“迁移到 VPC”视图</translation>
    </message>
</context>
<context>
    <name>clm::ui::PreflightDialog</name>
    <message>
        <source>Checks before sending</source>
        <translation>发送前检查</translation>
    </message>
    <message>
        <source>Link to VPC</source>
        <translation>连接到 VPC</translation>
    </message>
    <message>
        <source>Unlink from VPC</source>
        <translation>断开与 VPC 的连接</translation>
    </message>
    <message numerus="yes">
        <source>Link %Ln instance(s) to %1?</source>
        <translation>
            <numerusform>将 %Ln 个实例连接到 %1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %Ln instance(s) from %1?</source>
        <translation>
            <numerusform>将 %Ln 个实例与 %1 断开连接？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln instance(s) passed the checks.</source>
        <translation>
            <numerusform>全部 %Ln 个实例均通过检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected instances can be changed; nothing will be sent.</source>
        <translation>选中的实例都无法变更；不会发送任何请求。</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message numerus="yes">
        <source>Link %Ln instance(s)</source>
        <translation>
            <numerusform>连接 %Ln 个实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %Ln instance(s)</source>
        <translation>
            <numerusform>断开 %Ln 个实例的连接</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2 instances passed the checks. Only those will be sent; the others would fail for the reasons shown.</source>
        <translation>%L2 个实例中有 %L1 个通过检查。只会发送这些实例；其他实例会因所示原因失败。</translation>
    </message>
</context>
<context>
    <name>clm::ui::RetirementBanner</name>
    <message>
        <source>&lt;b&gt;The classic network has been retired.&lt;/b&gt; Alibaba Cloud ended the classic network on 28 February 2025. ClassicLink still works where the API answers; plan the move to VPC. &lt;a href=&quot;%1&quot;&gt;How to migrate to a VPC&lt;/a&gt;</source>
        <translation>&lt;b&gt;经典网络已停止服务。&lt;/b&gt;阿里云已于 2025 年 2 月 28 日结束经典网络。在 API 仍可响应的地方 ClassicLink 仍然可用；请规划迁移到专有网络 VPC。&lt;a href=&quot;%1&quot;&gt;如何迁移到 VPC&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>不再显示此通知</translation>
    </message>
</context>
<context>
    <name>clm::ui::SandboxBadge</name>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>You are working in the built-in sandbox: nothing here touches a real cloud account.</source>
        <translation>您正在内置沙箱中工作：这里的操作不会影响任何真实的云账号。</translation>
    </message>
</context>
<context>
    <name>clm::ui::StatusArea</name>
    <message numerus="yes">
        <source>%Ln classic instance(s), %1 linked</source>
        <translation>
            <numerusform>%Ln 个经典网络实例，%1 个已连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln VPC(s), %1 with ClassicLink</source>
        <translation>
            <numerusform>%Ln 个 VPC，%1 个已开启 ClassicLink</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending… %L1 of %L2 done</source>
        <translation>正在发送…已完成 %L1/%L2</translation>
    </message>
    <message>
        <source>%L1 of %L2 succeeded.</source>
        <translation>%L2 个中有 %L1 个成功。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Loading %1: links and VPCs… (%L2 of %L3 requests)</source>
        <translation>正在加载 %1：连接和 VPC…（已完成 %L2/%L3 个请求）</translation>
    </message>
    <message>
        <source>Loading %1: %L2 of %L3 classic instances…</source>
        <translation>正在加载 %1：已载入 %L2/%L3 个经典网络实例…</translation>
    </message>
    <message>
        <source>Loaded %1 at %2.</source>
        <translation>已于 %2 加载 %1。</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>加载失败：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>The links could not be read back: %1. Refresh to see where they stand.</source>
        <translation>无法回读连接状态：%1。请刷新以查看当前情况。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the instances&apos; figures, then the VPCs&apos;</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>clm::ui::TrafficController</name>
    <message>
        <source>The selected instances are linked to different VPCs. Select the VPC to allow traffic with.</source>
        <translation>所选实例连接到不同的 VPC。请选择要允许流量的 VPC。</translation>
    </message>
    <message>
        <source>Allow Traffic</source>
        <translation>允许流量</translation>
    </message>
    <message>
        <source>Remove Traffic Rules</source>
        <translation>删除流量规则</translation>
    </message>
    <message>
        <source>The security groups could not be read: %1 Nothing was sent.</source>
        <translation>无法读取安全组：%1未发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…以及另外 %Ln 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ClassicLink Manager added %Ln security group rule(s) for the instances you unlinked from %1. Remove them too?</source>
        <translation>
            <numerusform>ClassicLink Manager 曾为您从 %1 断开连接的实例添加了 %Ln 条安全组规则。要一并删除吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln security group rule(s) that ClassicLink Manager added between these instances and %1? Traffic they allow stops.</source>
        <translation>
            <numerusform>删除 ClassicLink Manager 在这些实例与 %1 之间添加的 %Ln 条安全组规则吗？它们允许的流量将停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Rules</source>
        <translation>删除规则</translation>
    </message>
</context>
<context>
    <name>clm::ui::VpcPane</name>
    <message>
        <source>The VPCs could not be loaded.</source>
        <translation>无法加载 VPC。</translation>
    </message>
    <message>
        <source>Loading VPCs…</source>
        <translation>正在加载 VPC…</translation>
    </message>
    <message>
        <source>There are no VPCs in this region. Create one in the VPC console first.</source>
        <translation>此地域没有 VPC。请先在专有网络控制台中创建。</translation>
    </message>
    <message>
        <source>No VPC in this region has ClassicLink enabled. Show all VPCs, select one and choose Enable ClassicLink.</source>
        <translation>此地域没有开启 ClassicLink 的 VPC。请显示全部 VPC，选中一个后选择“开启 ClassicLink”。</translation>
    </message>
    <message>
        <source>VPCs</source>
        <translation>专有网络 VPC</translation>
    </message>
    <message>
        <source>Show all VPCs</source>
        <translation>显示全部 VPC</translation>
    </message>
    <message>
        <source>V&amp;PCs</source>
        <translation>专有网络 VPC(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Only ClassicLink-enabled</source>
        <translation>仅显示已开启 ClassicLink 的 VPC(&amp;O)</translation>
    </message>
</context>
<context>
    <name>clm::ui::WelcomePage</name>
    <message>
        <source>Welcome to ClassicLink Manager</source>
        <translation>欢迎使用 ClassicLink Manager</translation>
    </message>
    <message>
        <source>Link your classic-network ECS instances to VPCs without the console or the command line. Add an account with its AccessKey to begin, or explore the built-in sandbox, which behaves like Alibaba Cloud and changes nothing real.</source>
        <translation>无需控制台或命令行，即可将经典网络 ECS 实例连接到专有网络 VPC。添加一个带有 AccessKey 的账号即可开始，或者体验内置沙箱——它的行为与阿里云一致，但不会改变任何真实资源。</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <source>Explore the sandbox</source>
        <translation>体验沙箱</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Link Alibaba Cloud classic-network ECS instances to VPCs.</source>
        <translation>将阿里云经典网络 ECS 实例连接到专有网络 VPC。</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox instead of a cloud account.</source>
        <translation>使用内置沙箱启动，而不是云账号。</translation>
    </message>
    <message>
        <source>The language of the interface, for example zh_CN.</source>
        <translation>界面语言，例如 zh_CN。</translation>
    </message>
    <message>
        <source>Check the installation and exit.</source>
        <translation>检查安装情况后退出。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>The built-in sandbox could not be started.</source>
        <translation>无法启动内置沙箱。</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>沙箱：%1</translation>
    </message>
</context>
</TS>
