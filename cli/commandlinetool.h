// The `classiclink` command line: parses the global options, finds the command in the registry, parses
// its own options, sets up the account (environment, flags or a saved profile from the keychain) and the
// network settings, and runs it. Streams are injected, so tests run it in-process.
// Exit codes: 0 all succeeded, 1 a service error, 2 usage, 3 network or TLS.
#pragma once

#include "commandcontext.h"

#include <QObject>

namespace clm::cli {

class Command;

class CommandLineTool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLineTool)

public:
    CommandLineTool(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent = nullptr);

    // Starts; finished() follows, possibly before this returns.
    void run(const QStringList &arguments);
    // Secrets read from standard input are then asked for and not echoed.
    void setInputIsTerminal(bool terminal) { m_context.inputIsTerminal = terminal; }
    // Where operation logs go (tests point it at a temporary folder).
    void setBatchDirectory(const QString &directory) { m_context.batchDirectory = directory; }
    // The saved accounts to use instead of the settings file and the system keychain (tests).
    void setAccountDirectory(std::unique_ptr<AccountDirectory> directory)
    {
        m_context.setDirectory(std::move(directory));
    }

signals:
    void finished(int exitCode);

private:
    bool parseCommandArguments(const Command &command);
    void prepareAccount(const Command &command);
    void configure(const Command &command, Credentials credentials, const ClientSettings &network);

    CommandContext m_context;
};

} // namespace clm::cli
