// The `classiclink` commands, one class each (one file each), registered in CommandRegistry.
#pragma once

#include "cloud/domain.h"
#include "command.h"

#include <QCoreApplication>

namespace clm::cli {

class RegionsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::RegionsCommand)

public:
    QString name() const override { return QStringLiteral("regions"); }
    QString summary() const override;
    Needs needs() const override { return Needs::Credentials; }
    void run(CommandContext &context) const override;
};

class InstancesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::InstancesCommand)

public:
    QString name() const override { return QStringLiteral("instances"); }
    QString synopsis() const override { return QStringLiteral("[--status S]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext &context) const override;

private:
    static void print(CommandContext &context, const QList<ClassicInstance> &instances,
                      const QHash<QString, TrafficState> &traffic, const QString &status);
};

class VpcsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::VpcsCommand)

public:
    QString name() const override { return QStringLiteral("vpcs"); }
    QString synopsis() const override { return QStringLiteral("[--classiclink-only]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext &context) const override;
};

// Per classic instance, whether it is ready to move into a VPC, what it still needs, or why it cannot.
class ReadinessCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::ReadinessCommand)

public:
    QString name() const override { return QStringLiteral("readiness"); }
    QString synopsis() const override
    {
        return QStringLiteral("--vpc ID [--handoff markdown|csv] [INSTANCE...]");
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext &context) const override;
};

// Prepares the move into a VPC: vSwitches, security group copies with their rules, traffic between them.
class PrepareMoveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::PrepareMoveCommand)

public:
    QString name() const override { return QStringLiteral("prepare-move"); }
    QString synopsis() const override
    {
        return QStringLiteral("--vpc ID [--vswitches] [--groups] [--traffic] [--vswitch-cidr ZONE=CIDR] "
                              "[INSTANCE...]");
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext &context) const override;
};

class LinksCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::LinksCommand)

public:
    QString name() const override { return QStringLiteral("links"); }
    QString synopsis() const override { return QStringLiteral("[--vpc ID] [--instance ID]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext &context) const override;
};

// The security groups of the region or of one VPC, with the inbound intranet rules ClassicLink traffic
// depends on.
class SecurityGroupsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::SecurityGroupsCommand)

public:
    QString name() const override { return QStringLiteral("security-groups"); }
    QString synopsis() const override { return QStringLiteral("[--vpc ID | --instance ID]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext &context) const override;
};

// attach and detach: the preflight first, then a logged batch of what is ready.
class LinkCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::LinkCommand)

public:
    enum Direction
    {
        Attach,
        Detach
    };
    explicit LinkCommand(Direction direction)
        : m_direction(direction)
    {}
    QString name() const override;
    QString synopsis() const override { return QStringLiteral("--vpc ID INSTANCE..."); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext &context) const override;

private:
    Direction m_direction;
};

// enable-classiclink and disable-classiclink: a logged batch of one, read back when its answer is lost.
class ClassicLinkSwitchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::ClassicLinkSwitchCommand)

public:
    explicit ClassicLinkSwitchCommand(bool enable)
        : m_enable(enable)
    {}
    QString name() const override;
    QString synopsis() const override { return QStringLiteral("VPC"); }
    QString summary() const override;
    void run(CommandContext &context) const override;

private:
    bool m_enable;
};

// allow-traffic and revoke-traffic: the ClassicLink security group rules between linked instances and
// their VPC, added (those not there yet) or removed (those this application added), as a logged batch.
class TrafficCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::TrafficCommand)

public:
    explicit TrafficCommand(bool allow)
        : m_allow(allow)
    {}
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext &context) const override;

private:
    bool m_allow;
};

// scan: how many classic instances every region of one or more accounts has left, linked or not.
class ScanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::ScanCommand)

public:
    QString name() const override { return QStringLiteral("scan"); }
    QString synopsis() const override
    {
        return QStringLiteral("[--profiles A,B | --all-profiles] [--regions R1,R2]");
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    Needs needs() const override { return Needs::Credentials; }
    bool takesResourceIds() const override { return false; }
    bool bringsAccounts(const QCommandLineParser &arguments) const override;
    void run(CommandContext &context) const override;
};

class BatchesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::BatchesCommand)

public:
    QString name() const override { return QStringLiteral("batches"); }
    QString summary() const override;
    Needs needs() const override { return Needs::Nothing; }
    void run(CommandContext &context) const override;
};

class ResumeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::ResumeCommand)

public:
    QString name() const override { return QStringLiteral("resume"); }
    QString synopsis() const override { return QStringLiteral("BATCH [--settle-only]"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    Needs needs() const override { return Needs::Credentials; }
    void run(CommandContext &context) const override;
};

class CallCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::CallCommand)

public:
    QString name() const override { return QStringLiteral("call"); }
    QString synopsis() const override
    {
        return QStringLiteral("ACTION [Key=Value ...] [--product ecs|vpc] [--api-version V]");
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    Needs needs() const override { return Needs::Credentials; }
    bool takesResourceIds() const override { return false; }
    void run(CommandContext &context) const override;
};

class ProfilesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(clm::cli::ProfilesCommand)

public:
    QString name() const override { return QStringLiteral("profiles"); }
    QString synopsis() const override
    {
        return QStringLiteral("list | show NAME | remove NAME | add NAME --access-key-id ID [--region R] "
                              "[--endpoint URL] [--colour #RRGGBB] [--sts]");
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    Needs needs() const override { return Needs::Nothing; }
    bool takesResourceIds() const override { return false; }
    void run(CommandContext &context) const override;
};

} // namespace clm::cli
