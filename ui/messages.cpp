#include "messages.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace clm::ui {

namespace {

struct Script
{
    bool active = false;
    QList<bool> answers;
    QList<int> choices;
    QStringList secrets;
    QStringList saveFiles;
    QStringList warnings;
};

Script &script()
{
    static Script instance;
    return instance;
}

// A notice the caller does not wait for: it opens (window-modal where it has a parent) and returns.
void show(QMessageBox *box)
{
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}

} // namespace

void Messages::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                       std::function<void(bool)> done)
{
    if (script().active)
        return done(!script().answers.isEmpty() && script().answers.takeFirst());
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QDialog::finished, box,
                     [box, accept, done = std::move(done)] { done(box->clickedButton() == accept); });
    show(box);
}

void Messages::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons,
                      std::function<void(int)> done)
{
    if (script().active)
        return done(script().choices.isEmpty() ? int(buttons.size()) - 1 : script().choices.takeFirst());
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> added;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const bool last = i == buttons.size() - 1;
        added.append(box->addButton(buttons.at(i), last ? QMessageBox::RejectRole : QMessageBox::AcceptRole));
    }
    box->setDefaultButton(qobject_cast<QPushButton *>(added.first()));
    box->setEscapeButton(added.last());
    QObject::connect(box, &QDialog::finished, box, [box, added, done = std::move(done)] {
        const qsizetype chosen = added.indexOf(box->clickedButton());
        done(chosen < 0 ? int(added.size()) - 1 : int(chosen));
    });
    show(box);
}

void Messages::warn(QWidget *parent, const QString &title, const QString &text)
{
    if (script().active) {
        script().warnings.append(title + u'\n' + text);
        return;
    }
    show(new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent));
}

void Messages::askSecret(QWidget *parent, const QString &title, const QString &text,
                         std::function<void(const QString &)> done)
{
    if (script().active)
        return done(script().secrets.isEmpty() ? QString() : script().secrets.takeFirst());
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(text);
    dialog->setTextEchoMode(QLineEdit::Password);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        done(result == QDialog::Accepted ? dialog->textValue() : QString());
    });
    dialog->open();
}

void Messages::askSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                           const QStringList &filters,
                           std::function<void(const QString &, const QString &)> done)
{
    if (script().active) {
        const QString path = script().saveFiles.isEmpty() ? QString() : script().saveFiles.takeFirst();
        return done(path, filters.value(0));
    }
    auto *dialog = new QFileDialog(parent, title, suggestedName, filters.join(QStringLiteral(";;")));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        const QStringList files = dialog->selectedFiles();
        done(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString(),
             dialog->selectedNameFilter());
    });
    dialog->open();
}

void Messages::about(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, title, text, QMessageBox::Ok, parent);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    show(box);
}

void Messages::queueSaveFiles(const QStringList &paths)
{
    script().active = true;
    script().saveFiles += paths;
}

void Messages::queueSecrets(const QStringList &secrets)
{
    script().active = true;
    script().secrets += secrets;
}

void Messages::queueAnswers(const QList<bool> &answers)
{
    script().active = true;
    script().answers += answers;
}

void Messages::queueChoices(const QList<int> &choices)
{
    script().active = true;
    script().choices += choices;
}

QStringList Messages::takeWarnings()
{
    return std::exchange(script().warnings, {});
}

} // namespace clm::ui
