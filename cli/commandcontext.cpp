#include "commandcontext.h"

#include "cloud/domaintext.h"
#include "credentials/profile.h"

#include "errors/errorcatalog.h"
#include "history/operationlog.h"
#include "signing/requestsigner.h"
#include <QSettings>

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace clm::cli {

namespace {

// Standard input stops echoing for as long as this lives (a secret typed at a terminal stays unseen).
class TerminalEchoOff
{
public:
    TerminalEchoOff()
    {
#ifdef Q_OS_WIN
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_input, &m_mode) && SetConsoleMode(m_input, m_mode & ~ENABLE_ECHO_INPUT);
#else
        m_active = tcgetattr(STDIN_FILENO, &m_mode) == 0;
        if (m_active) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~TerminalEchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_input, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    Q_DISABLE_COPY_MOVE(TerminalEchoOff)

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_input = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

} // namespace

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
        m_directory = std::make_unique<AccountDirectory>(
            new KeychainSecretStore(QStringLiteral("ClassicLink Manager"), this), openSettings());
    return m_directory.get();
}

QString CommandContext::readSecret(const QString &prompt)
{
    if (!inputIsTerminal)
        return m_in.readLine().trimmed();
    // Echo goes off before the prompt shows (TCSAFLUSH drops what was typed before it): what is typed once
    // the prompt is there is never lost, nor seen.
    const TerminalEchoOff quiet;
    m_err << prompt << ' ';
    m_err.flush();
    const QString secret = m_in.readLine().trimmed();
    m_err << '\n';
    m_err.flush();
    return secret;
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

QStringList CommandContext::listArgument(const QString &name) const
{
    QStringList list;
    for (const QString &value : arguments.values(name)) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                list.append(item.trimmed());
        }
    }
    list.removeDuplicates();
    return list;
}

void CommandContext::printFailure(const ApiResult &result, const QString &subject)
{
    const ErrorText text = ErrorCatalog::describe(result);
    const QString error = tr("Error: %1").arg(text.title);
    m_err << (subject.isEmpty() ? error : DomainText::titled(subject, error)) << '\n';
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
