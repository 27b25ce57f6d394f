// Message boxes, the file chooser and About, with a test seam: tests queue the answers so no test ever
// waits for a click. Nothing blocks the caller: every box opens (window-modal over its parent) and returns at
// once, and a question's answer arrives in its callback (never, when the parent is gone meanwhile).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace clm::ui {

class Messages
{
public:
    // Asks a yes/no question; `acceptText` labels the button that goes ahead.
    static void confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                        std::function<void(bool accepted)> done);
    // Offers a choice of buttons and answers the index of the one pressed; the last one is the way out
    // (Escape, closing the box).
    static void choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons,
                       std::function<void(int choice)> done);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    // Asks for a secret with a password field; empty when the user cancels.
    static void askSecret(QWidget *parent, const QString &title, const QString &text,
                          std::function<void(const QString &secret)> done);
    // Asks where to save; empty when the user cancels. `filter` is the one of `filters` chosen.
    static void askSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                            const QStringList &filters,
                            std::function<void(const QString &path, const QString &filter)> done);
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Tests: answers for the next confirm() calls, in order; warn() calls are recorded instead of shown.
    static void queueAnswers(const QList<bool> &answers);
    static void queueChoices(const QList<int> &choices);
    static void queueSecrets(const QStringList &secrets);
    static void queueSaveFiles(const QStringList &paths);
    static QStringList takeWarnings();
};

} // namespace clm::ui
