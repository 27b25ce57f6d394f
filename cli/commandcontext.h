// What a running command works with: the parsed options, the streams (injected, so tests run commands
// in-process), the signed client for the chosen account, the saved accounts, and the ways a command
// reports and ends. A command ends by calling finish() exactly once.
#pragma once

#include "cloud/cloudclient.h"
#include "credentials/accountdirectory.h"
#include "globaloptions.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace clm::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitServiceError = 1,
    ExitUsage = 2,
    ExitNetwork = 3,
    ExitIncomplete = 4, // scan: some regions could not be read
};

class CommandContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandContext)

public:
    CommandContext(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent = nullptr);
    ~CommandContext() override;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QTextStream &in() { return m_in; }
    // A line of standard input that holds a secret; from a terminal, asked for with `prompt` on stderr
    // and not echoed.
    QString readSecret(const QString &prompt);
    bool inputIsTerminal = false;

    GlobalOptions options;
    QCommandLineParser arguments; // the command's own options and positional arguments
    QStringList positional() const { return arguments.positionalArguments(); }
    // Every value of a list option, given once with commas ("a,b"), repeated, or both; trimmed, each once.
    QStringList listArgument(const QString &name) const;
    QString regionId;       // from --region, the environment or the saved account
    QString accountName;    // the saved account's name, or the AccessKey ID
    QString batchDirectory; // where operation logs live

    QNetworkAccessManager *network() { return &m_network; }
    ApiClient *client() { return &m_client; }
    CloudClient *cloud() { return &m_cloud; }
    // The saved accounts (settings file + keychain), opened on first use.
    AccountDirectory *directory();
    void setDirectory(std::unique_ptr<AccountDirectory> directory) { m_directory = std::move(directory); }

    // Prints "classiclink: message" and ends with the usage exit code.
    void usage(const QString &message);
    // The failure of one call, in the user's language, with the raw facts.
    void printFailure(const ApiResult &result, const QString &subject = {});
    static int exitCodeFor(const ApiResult &result);
    // With --dry-run: prints the signed requests a real run starts with and, after them, what would
    // follow from their answers, then finishes. False without --dry-run.
    bool dryRun(const QList<ApiRequest> &requests, const QStringList &following = {});
    void finish(int code);
    bool isFinished() const { return m_finished; }

signals:
    void finished(int exitCode);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    CloudClient m_cloud{&m_client};
    std::unique_ptr<AccountDirectory> m_directory;
    bool m_finished = false;
};

} // namespace clm::cli
