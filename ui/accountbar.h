// The account and region pickers of the toolbar, with the account's colour label. It shows what it is
// given and reports the user's choices; the AccountController and the MainWindow decide what follows.
#pragma once

#include "cloud/domain.h"
#include "credentials/account.h"

#include <QLabel>
#include <QUrl>
#include <QWidget>

class QComboBox;

namespace clm::ui {

class AccountBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountBar)

public:
    explicit AccountBar(QWidget *parent = nullptr);

    // Lists the accounts without reporting a choice; `current` is selected (-1: none).
    void setAccounts(const QList<Account> &accounts, int current);
    // The colour label of the account in use (none for an empty colour) and, when it has one, the host its
    // requests go to instead of Alibaba Cloud's own endpoints (with a warning outside aliyuncs.com).
    void showAccount(const QString &accountName, const QString &colour, const QUrl &endpointOverride);

    void setRegions(const QList<Region> &regions, const QString &current);
    void clearRegions();

signals:
    void accountChosen(int index);
    void regionChosen(const QString &regionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_accountLabel;
    QLabel *m_colour;
    QComboBox *m_accounts;
    QLabel *m_endpoint;
    QUrl m_endpointShown;
    QLabel *m_regionLabel;
    QComboBox *m_regions;
    QString m_colourOf;
};

// The purple "Sandbox" label that says nothing here touches a real cloud account.
class SandboxBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxBadge)

public:
    explicit SandboxBadge(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void retranslate();
};

} // namespace clm::ui
