// One `classiclink` command: its name, how it is called, a line of help, its own options, and what it
// does. The registry lists every command once; the help text and the man page are made from it.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace clm::cli {

class CommandContext;

class Command
{
public:
    enum class Needs
    {
        Nothing,     // local only (saved accounts, operation logs)
        Credentials, // signs requests
        Region,      // signs requests in one region
    };

    virtual ~Command() = default;

    virtual QString name() const = 0;
    // What follows the name, e.g. "--vpc ID INSTANCE..." (options in brackets are optional).
    virtual QString synopsis() const { return {}; }
    // One translated sentence for --help and the man page.
    virtual QString summary() const = 0;
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual Needs needs() const { return Needs::Region; }
    // The command's own options name the accounts it signs with (scan --profiles): no global account is
    // required, though the network settings and the global flags still apply.
    virtual bool bringsAccounts(const QCommandLineParser &) const { return false; }
    // Positional arguments that are resource IDs (checked before anything runs).
    virtual bool takesResourceIds() const { return true; }
    // Runs the command; it ends with context.finish(code), at once or when its calls come back.
    virtual void run(CommandContext &context) const = 0;
};

} // namespace clm::cli
