// Every `classiclink` command, in the order --help lists them. The help text and the man page's
// command list are made from here, so they cannot drift from what runs.
#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace clm::cli {

class CommandRegistry
{
public:
    static const CommandRegistry &instance();

    const Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

    // The command list of --help, translated.
    QString helpText() const;
    // The COMMANDS section of the man page (roff), in English.
    QString manSection() const;

private:
    CommandRegistry();
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace clm::cli
