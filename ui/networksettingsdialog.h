// Network settings: proxy (system, manual HTTP or SOCKS5 with optional user and password, or none), an
// extra CA bundle for TLS-inspecting networks, timeout, parallel requests, rate limit, signature version.
#pragma once

#include "api/networksettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NetworkSettingsDialog;
}

namespace clm {
class NetworkSettingsService;
class Workspace;
} // namespace clm

namespace clm::ui {

class NetworkSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsDialog)

public:
    explicit NetworkSettingsDialog(const NetworkSettings &settings, QWidget *parent = nullptr);
    ~NetworkSettingsDialog() override;

    // Opens the dialog; what the user saves is stored through `service` and applied to `workspace`, whose
    // region is then loaded again.
    static void edit(QWidget *parent, NetworkSettingsService *service, Workspace *workspace);

    NetworkSettings settings() const;
    QString proxyPassword() const; // empty: unchanged
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();

    std::unique_ptr<Ui::NetworkSettingsDialog> m_ui;
};

} // namespace clm::ui
