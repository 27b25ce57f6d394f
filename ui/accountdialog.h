// Adds or edits an account: AccessKey ID and secret, optional STS token, default region, endpoint,
// signature version and a colour label. The secret goes to the system keychain when "Remember" is on,
// otherwise it is kept in memory for this session. Every field is checked before it is accepted.
#pragma once

#include "credentials/account.h"
#include "credentials/profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountDialog;
}

namespace clm::ui {

class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // `existing` set: edit that saved account (an empty secret field keeps the stored secret).
    explicit AccountDialog(QList<Profile> others, std::optional<Profile> existing = std::nullopt,
                           QWidget *parent = nullptr);
    ~AccountDialog() override;

    Profile profile() const;
    QString secret() const;
    QString securityToken() const;
    bool rememberInKeychain() const;
    Account sessionAccount() const; // for "this session only"
    // Empty when the fields are acceptable, else what to fix.
    QString validationError() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AccountDialog> m_ui;
    QList<Profile> m_others;
    std::optional<Profile> m_existing;
};

} // namespace clm::ui
