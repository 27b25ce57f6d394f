// The `classiclink` command line: parses the global options and one command, runs it on CloudClient, and
// prints the result. Exit codes: 0 all succeeded, 1 a service error, 2 usage, 3 network or TLS.
#pragma once

#include "api/networksettings.h"
#include "cloud/cloudclient.h"
#include "cloud/linkbatch.h"
#include "credentials/accountdirectory.h"
#include "output.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTextStream>

namespace clm::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitServiceError = 1,
    ExitUsage = 2,
    ExitNetwork = 3
};

class CommandLineTool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLineTool)

public:
    CommandLineTool(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CommandLineTool() override;

    // Starts the command; finished() follows (possibly before this returns, for usage errors).
    void run(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    struct Options;
    bool parse(const QStringList &arguments, QString &error);
    int runSelfTest();
    void start(); // after the proxy is set up: resolves --profile, then executes
    void execute();
    void runRegions();
    void runInstances();
    void runVpcs();
    void runLinks();
    void runWrites(bool attach);
    void runBatches();
    void runResume();
    void watchBatch(LinkBatch *batch); // prints each failure as it settles, then the table
    void runSwitch(bool enable);
    void runCall();
    void runProfiles();
    AccountDirectory *directory();
    static QString keychainProblem(SecretStore::Status status);
    bool dryRun(const QList<ApiRequest> &requests);

    void printFailure(const ApiResult &result, const QString &subject = {});
    void finishWith(int code);
    static int exitCodeFor(const ApiResult &result);

    QTextStream &m_out;
    QTextStream &m_err;
    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    CloudClient m_cloud{&m_client};
    std::unique_ptr<Options> m_options;
    std::unique_ptr<AccountDirectory> m_directory;
    NetworkSettings m_proxyMode;
    QUrl m_profileEndpoint;
    bool m_finished = false;
};

} // namespace clm::cli
