// What the window shows before there is an account: what the application does, and the two ways to begin
// (add an account, or explore the built-in sandbox).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace clm::ui {

class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void addAccountRequested();
    void sandboxRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_add;
    QPushButton *m_sandbox;
};

} // namespace clm::ui
