// Shows, before anything is sent, which selected instances can be linked (or unlinked) and why the others
// cannot, and lets the user go ahead with the ready ones.
#pragma once

#include "cloud/preflight.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreflightDialog;
}

namespace clm::ui {

class PreflightDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightDialog)

public:
    PreflightDialog(LinkDirection direction, const QList<ClassicInstance> &instances, const Vpc &vpc,
                    const QString &regionId, QWidget *parent = nullptr);
    ~PreflightDialog() override;

    QStringList readyInstanceIds() const;
    const QList<PreflightVerdict> &verdicts() const { return m_verdicts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::PreflightDialog> m_ui;
    LinkDirection m_direction;
    QList<ClassicInstance> m_instances;
    Vpc m_vpc;
    QList<PreflightVerdict> m_verdicts;
};

} // namespace clm::ui
