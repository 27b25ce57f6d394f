#include "operationdetails.h"

#include "errors/errorcatalog.h"
#include "history/operationexport.h"
#include "history/operationtext.h"
#include "models/operationtablemodel.h"

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clm::ui {

OperationDetails::OperationDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_remedy(new QLabel(this))
    , m_factsLabel(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_recommend(new QLabel(this))
    , m_copyRequestId(new QPushButton(this))
    , m_showRequest(new QPushButton(this))
    , m_copyCli(new QPushButton(this))
    , m_allowTraffic(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_explanation, m_remedy, m_facts}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_recommend->setTextFormat(Qt::RichText);
    m_recommend->setOpenExternalLinks(true);
    m_recommend->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_allowTraffic);
    buttons->addWidget(m_copyRequestId);
    buttons->addWidget(m_showRequest);
    buttons->addWidget(m_copyCli);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_remedy);
    layout->addSpacing(6);
    layout->addWidget(m_facts);
    layout->addWidget(m_recommend);
    layout->addLayout(buttons);
    layout->addStretch();
    m_factsLabel->hide();

    connect(m_copyRequestId, &QPushButton::clicked, this, [this] {
        if (m_operation)
            QGuiApplication::clipboard()->setText(m_operation->result.requestId);
    });
    connect(m_copyCli, &QPushButton::clicked, this, [this] {
        if (m_operation)
            QGuiApplication::clipboard()->setText(aliyunCliCommand(*m_operation, m_endpointOverride));
    });
    connect(m_showRequest, &QPushButton::clicked, this, &OperationDetails::showRequest);
    connect(m_allowTraffic, &QPushButton::clicked, this, [this] {
        if (m_operation)
            emit allowTrafficRequested(*m_operation);
    });
    render();
}

void OperationDetails::setOperation(const std::optional<Operation> &operation, const QUrl &endpointOverride)
{
    m_operation = operation;
    m_endpointOverride = endpointOverride;
    render();
}

QString OperationDetails::titleText() const
{
    return m_title->text();
}

QString OperationDetails::explanationText() const
{
    return m_explanation->text();
}

void OperationDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void OperationDetails::render()
{
    m_copyRequestId->setText(tr("Copy RequestId"));
    m_copyRequestId->setToolTip(tr("Copy the RequestId for a support ticket"));
    m_showRequest->setText(tr("Show request…"));
    m_copyCli->setText(tr("Copy as aliyun CLI command"));
    m_allowTraffic->setText(tr("Allow Traffic…"));
    m_allowTraffic->setToolTip(tr("Add the security group rules this instance and the VPC need to talk"));
    // Linked is half the job: the next step is offered right here.
    m_allowTraffic->setVisible(m_operation && m_operation->state == OperationState::Succeeded &&
                               m_operation->kind == OperationKind::Attach);
    if (!m_operation) {
        m_title->setText(tr("Select an operation to see its details."));
        for (QLabel *label : {m_explanation, m_remedy, m_facts, m_recommend})
            label->clear();
        for (QPushButton *button : {m_copyRequestId, m_showRequest, m_copyCli})
            button->setEnabled(false);
        return;
    }
    const Operation &operation = *m_operation;
    const ApiResult &result = operation.result;
    if (operation.state == OperationState::Failed && !operation.settledByReadBack) {
        const ErrorText text = ErrorCatalog::describe(result);
        m_title->setText(text.title);
        m_explanation->setText(text.explanation);
        m_remedy->setText(text.remedy);
    } else {
        m_title->setText(OperationText::state(operation.state));
        m_explanation->setText(OperationTableModel::messageText(operation));
        m_remedy->clear();
    }
    QStringList facts =
        QStringList{tr("Action: %1").arg(apiAction(operation.kind))} + ErrorCatalog::facts(result);
    // A security group call, rule by rule: which took effect.
    facts += OperationText::ruleLines(operation);
    m_facts->setText(facts.join(u'\n'));
    const QUrl recommend(result.recommend);
    if (recommend.isValid() && recommend.scheme() == QLatin1String("https"))
        m_recommend->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(recommend.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                      tr("Troubleshoot this error online").toHtmlEscaped()));
    else
        m_recommend->clear();
    m_copyRequestId->setEnabled(!result.requestId.isEmpty());
    m_showRequest->setEnabled(!result.request.method.isEmpty());
    m_copyCli->setEnabled(true);
}

void OperationDetails::showRequest()
{
    if (!m_operation)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Request as sent"));
    auto *text = new QPlainTextEdit(m_operation->result.request.displayText(), dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setAccessibleName(tr("Signed request"));
    auto *note =
        new QLabel(tr("This is the signed request exactly as it was sent. It contains the AccessKey ID and "
                      "the signature, never the secret."),
                   dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(note);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(720, 360);
    dialog->open();
}

} // namespace clm::ui
