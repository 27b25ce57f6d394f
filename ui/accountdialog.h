// Adds an account for this session: AccessKey ID and secret (held in memory only), default region,
// and optionally an endpoint and the signature version. Every field is checked before it is accepted.
#pragma once

#include "credentials/account.h"

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
    explicit AccountDialog(QWidget *parent = nullptr);
    ~AccountDialog() override;

    Account account() const;
    // Empty when the fields are acceptable, else what to fix.
    QString validationError() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AccountDialog> m_ui;
};

} // namespace clm::ui
