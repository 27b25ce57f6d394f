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
    QStringList notices;
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

bool Messages::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    if (script().active)
        return !script().answers.isEmpty() && script().answers.takeFirst();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

int Messages::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons)
{
    if (script().active)
        return script().choices.isEmpty() ? int(buttons.size()) - 1 : script().choices.takeFirst();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> added;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const bool last = i == buttons.size() - 1;
        added.append(box.addButton(buttons.at(i), last ? QMessageBox::RejectRole : QMessageBox::AcceptRole));
    }
    box.setDefaultButton(qobject_cast<QPushButton *>(added.first()));
    box.setEscapeButton(added.last());
    box.exec();
    const qsizetype chosen = added.indexOf(box.clickedButton());
    return chosen < 0 ? int(buttons.size()) - 1 : int(chosen);
}

void Messages::warn(QWidget *parent, const QString &title, const QString &text)
{
    if (script().active) {
        script().warnings.append(title + u'\n' + text);
        return;
    }
    show(new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent));
}

QString Messages::askSecret(QWidget *parent, const QString &title, const QString &text, bool *ok)
{
    if (script().active) {
        *ok = !script().secrets.isEmpty();
        return *ok ? script().secrets.takeFirst() : QString();
    }
    return QInputDialog::getText(parent, title, text, QLineEdit::Password, {}, ok);
}

QString Messages::askSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                              const QStringList &filters, QString *selectedFilter)
{
    if (script().active) {
        const QString path = script().saveFiles.isEmpty() ? QString() : script().saveFiles.takeFirst();
        *selectedFilter = filters.value(0);
        return path;
    }
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filters.join(QStringLiteral(";;")),
                                        selectedFilter);
}

void Messages::about(QWidget *parent, const QString &title, const QString &text)
{
    if (script().active) {
        script().notices.append(title + u'\n' + text);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::NoIcon, title, text, QMessageBox::Ok, parent);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    show(box);
}

void Messages::queueSaveFiles(const QStringList &paths)
{
    script().active = true;
    script().saveFiles += paths;
}

QStringList Messages::takeNotices()
{
    return std::exchange(script().notices, {});
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
