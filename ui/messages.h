// Message boxes, the file chooser and About, with a test seam: tests queue the answers so no test ever
// waits for a click. Notices (warn, about) open without blocking the caller; questions wait for the answer.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace clm::ui {

class Messages
{
public:
    // Asks a yes/no question; `acceptText` labels the button that goes ahead.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &acceptText);
    // Offers a choice of buttons and returns the index of the one pressed; the last one is the way out
    // (Escape, closing the box).
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    // Asks for a secret with a password field; `ok` is false when the user cancels.
    static QString askSecret(QWidget *parent, const QString &title, const QString &text, bool *ok);
    // Asks where to save; empty when the user cancels. `selectedFilter` is the one of `filters` chosen.
    static QString askSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                               const QStringList &filters, QString *selectedFilter);
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Tests: answers for the next confirm() calls, in order; warn() calls are recorded instead of shown.
    static void queueAnswers(const QList<bool> &answers);
    static void queueChoices(const QList<int> &choices);
    static void queueSecrets(const QStringList &secrets);
    static void queueSaveFiles(const QStringList &paths);
    static QStringList takeWarnings();
    static QStringList takeNotices(); // About boxes that were "shown"
};

} // namespace clm::ui
