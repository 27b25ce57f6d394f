#include "commandregistry.h"

#include "cloud/domaintext.h"
#include "commands/commands.h"
#include "output.h"

namespace clm::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<RegionsCommand>());
    m_commands.push_back(std::make_unique<InstancesCommand>());
    m_commands.push_back(std::make_unique<VpcsCommand>());
    m_commands.push_back(std::make_unique<LinksCommand>());
    m_commands.push_back(std::make_unique<SecurityGroupsCommand>());
    m_commands.push_back(std::make_unique<LinkCommand>(LinkCommand::Attach));
    m_commands.push_back(std::make_unique<LinkCommand>(LinkCommand::Detach));
    m_commands.push_back(std::make_unique<ClassicLinkSwitchCommand>(true));
    m_commands.push_back(std::make_unique<ClassicLinkSwitchCommand>(false));
    m_commands.push_back(std::make_unique<ReadinessCommand>());
    m_commands.push_back(std::make_unique<PrepareMoveCommand>());
    m_commands.push_back(std::make_unique<ScanCommand>());
    m_commands.push_back(std::make_unique<TrafficCommand>(true));
    m_commands.push_back(std::make_unique<TrafficCommand>(false));
    m_commands.push_back(std::make_unique<BatchesCommand>());
    m_commands.push_back(std::make_unique<ResumeCommand>());
    m_commands.push_back(std::make_unique<CallCommand>());
    m_commands.push_back(std::make_unique<ProfilesCommand>());
}

const CommandRegistry &CommandRegistry::instance()
{
    static const CommandRegistry registry;
    return registry;
}

const Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

namespace {

// Words joined into lines of at most `width` columns, each starting with `indent`.
QString wrapped(const QString &text, int indent, int width = 78)
{
    QString out;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + displayWidth(line) + 1 + displayWidth(word) > width) {
            out += QString(indent, u' ') + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += QString(indent, u' ') + line + u'\n';
    return out;
}

} // namespace

QString CommandRegistry::helpText() const
{
    QString text;
    for (const auto &command : m_commands) {
        text +=
            QStringLiteral("  ") + QString(command->name() + u' ' + command->synopsis()).trimmed() + u'\n';
        text += wrapped(command->summary(), 6);
        for (const QCommandLineOption &option : command->options()) {
            const QString name = QLatin1String("--") + option.names().first() +
                                 (option.valueName().isEmpty() ? QString() : u' ' + option.valueName());
            text += wrapped(DomainText::titled(name, option.description()), 8);
        }
    }
    return text;
}

QString CommandRegistry::manSection() const
{
    auto roff = [](QString text) {
        text.replace(u'\\', QLatin1String("\\e"));
        text.replace(u'-', QLatin1String("\\-"));
        return text;
    };
    QString text = QStringLiteral(".SH COMMANDS\n");
    for (const auto &command : m_commands) {
        const QString call = QString(command->name() + u' ' + command->synopsis()).trimmed();
        text += QStringLiteral(".TP\n.B \"%1\"\n%2\n").arg(roff(call), roff(command->summary()));
        for (const QCommandLineOption &option : command->options())
            text += QStringLiteral(".br\n\\fB%1\\fR %2\n")
                        .arg(roff(QLatin1String("--") + option.names().first() +
                                  (option.valueName().isEmpty() ? QString() : u' ' + option.valueName())),
                             roff(option.description()));
    }
    return text;
}

} // namespace clm::cli
