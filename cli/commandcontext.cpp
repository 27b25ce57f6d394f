#include "commandcontext.h"

#include "credentials/profile.h"

#include "errors/errorcatalog.h"
#include "history/operationlog.h"
#include "signing/requestsigner.h"
#include <QSettings>

#include <QCoreApplication>

namespace clm::cli {

CommandContext::CommandContext(QTextStream &out, QTextStream &err, QTextStream &in, QObject *parent)
    : QObject(parent)
    , batchDirectory(OperationLog::defaultDirectory())
    , m_out(out)
    , m_err(err)
    , m_in(in)
{}

CommandContext::~CommandContext() = default;

AccountDirectory *CommandContext::directory()
{
    if (!m_directory)
        m_directory = std::make_unique<AccountDirectory>(new KeychainSecretStore(), openSettings());
    return m_directory.get();
}

void CommandContext::usage(const QString &message)
{
    m_err << QCoreApplication::applicationName() << ": " << message << '\n';
    finish(ExitUsage);
}

int CommandContext::exitCodeFor(const ApiResult &result)
{
    switch (result.errorKind) {
    case ErrorKind::None:
        return ExitOk;
    case ErrorKind::Network:
    case ErrorKind::Tls:
    case ErrorKind::Timeout:
        return ExitNetwork;
    default:
        return ExitServiceError;
    }
}

void CommandContext::printFailure(const ApiResult &result, const QString &subject)
{
    const ErrorText text = ErrorCatalog::describe(result);
    const QString prefix = subject.isEmpty() ? QString() : subject + QStringLiteral(": ");
    m_err << prefix << tr("Error: %1").arg(text.title) << '\n';
    if (!text.explanation.isEmpty())
        m_err << "  " << text.explanation << '\n';
    if (!text.remedy.isEmpty())
        m_err << "  " << text.remedy << '\n';
    const QStringList facts = ErrorCatalog::facts(result);
    for (const QString &fact : facts)
        m_err << "  " << fact << '\n';
    m_err.flush();
}

bool CommandContext::dryRun(const QList<ApiRequest> &requests, const QStringList &following)
{
    if (!options.dryRun)
        return false;
    const SigningOptions signing{m_client.settings().signatureVersion, m_client.settings().method,
                                 options.timestamp, options.nonce};
    for (const ApiRequest &request : requests) {
        const QUrl endpoint = m_client.endpoints().endpointFor(request.product, request.regionId());
        m_out << signRequest(request, endpoint, m_client.credentials(), signing).displayText() << '\n';
    }
    if (!following.isEmpty()) {
        m_out << tr("A real run then sends, depending on the answers:") << '\n';
        for (const QString &line : following)
            m_out << "  - " << line << '\n';
    }
    finish(ExitOk);
    return true;
}

void CommandContext::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    emit finished(code);
}

} // namespace clm::cli
