// The details of one operation: what happened in plain words and what to do, then the raw facts support
// asks for (HTTP status, Code, Message, RequestId, Recommend), the request as sent, and the equivalent
// aliyun CLI command.
#pragma once

#include "history/operation.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace clm::ui {

class OperationDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationDetails)

public:
    explicit OperationDetails(QWidget *parent = nullptr);

    void setOperation(const std::optional<Operation> &operation, const QUrl &endpointOverride = {});
    QString titleText() const;
    QString explanationText() const;

signals:
    // "Allow Traffic…" on a link that succeeded: the next step for that instance and VPC.
    void allowTrafficRequested(const clm::Operation &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void showRequest();

    std::optional<Operation> m_operation;
    QUrl m_endpointOverride;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_remedy;
    QLabel *m_factsLabel;
    QLabel *m_facts;
    QLabel *m_recommend;
    QPushButton *m_copyRequestId;
    QPushButton *m_showRequest;
    QPushButton *m_copyCli;
    QPushButton *m_allowTraffic;
};

} // namespace clm::ui
