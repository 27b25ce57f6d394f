// classiclink: the command-line companion of ClassicLink Manager. Wires the tool to the process's streams.
#include "commandlinetool.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("classiclink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLM_VERSION));
    clm::installTranslations(clm::languageFromArguments(app.arguments()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    clm::cli::CommandLineTool tool(out, err, in);
#ifdef Q_OS_WIN
    tool.setInputIsTerminal(_isatty(_fileno(stdin)));
#else
    tool.setInputIsTerminal(isatty(STDIN_FILENO));
#endif
    int exitCode = 0;
    bool done = false;
    QObject::connect(&tool, &clm::cli::CommandLineTool::finished, &app, [&](int code) {
        exitCode = code;
        done = true;
        QCoreApplication::exit(code);
    });
    tool.run(app.arguments());
    return done ? exitCode : app.exec();
}
