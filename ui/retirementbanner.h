// The notice that the classic network has been retired, with a link to the migration guide. Once the
// user dismisses it, it stays away.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace clm::ui {

class RetirementBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetirementBanner)

public:
    explicit RetirementBanner(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace clm::ui
