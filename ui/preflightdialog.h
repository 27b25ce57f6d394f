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

    // The core's plan: what is sent when the dialog is accepted, and what is refused and why.
    const LinkPlan &plan() const { return m_plan; }
    QStringList readyInstanceIds() const { return m_plan.ready; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::PreflightDialog> m_ui;
    LinkDirection m_direction;
    Vpc m_vpc;
    LinkPlan m_plan;
};

} // namespace clm::ui
