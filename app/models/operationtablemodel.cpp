#include "operationtablemodel.h"

#include "history/operationtext.h"

#include "errors/errorcatalog.h"

#include <QLocale>

namespace clm {

OperationTableModel::OperationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int OperationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

int OperationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OperationTableModel::messageText(const Operation &operation)
{
    switch (operation.state) {
    case OperationState::Planned:
    case OperationState::Sent:
        return {};
    case OperationState::Verifying:
        return tr("The answer was lost; reading the current state back.");
    case OperationState::Succeeded:
        if (operation.settledByReadBack)
            return tr("Done (confirmed by reading the state back after the answer was lost).");
        switch (operation.kind) {
        case OperationKind::Attach:
            return tr("%1 is now linked to %2.").arg(operation.instanceId, operation.vpcId);
        case OperationKind::Detach:
            return tr("%1 is no longer linked to %2.").arg(operation.instanceId, operation.vpcId);
        case OperationKind::EnableClassicLink:
            return tr("ClassicLink is now enabled on %1.").arg(operation.vpcId);
        case OperationKind::DisableClassicLink:
            return tr("ClassicLink is now disabled on %1.").arg(operation.vpcId);
        case OperationKind::AuthorizeRules:
            if (operation.rules.size() > 1)
                return tr("%Ln rules added to %1.", nullptr, int(operation.rules.size()))
                    .arg(operation.groupId);
            return tr("%1 now lets %2 in.")
                .arg(operation.groupId, operation.rules.value(0).rule.sourceGroupId);
        case OperationKind::RevokeRules:
            if (operation.rules.size() > 1)
                return tr("%Ln rules removed from %1.", nullptr, int(operation.rules.size()))
                    .arg(operation.groupId);
            return tr("%1 no longer lets %2 in.")
                .arg(operation.groupId, operation.rules.value(0).rule.sourceGroupId);
        case OperationKind::AuthorizeEgressRules:
            return tr("%Ln outbound rule(s) added to %1.", nullptr, int(operation.rules.size()))
                .arg(operation.groupId);
        case OperationKind::CreateVSwitch:
            return tr("vSwitch %1 created in %2.").arg(operation.createdId, operation.zoneId);
        case OperationKind::CreateSecurityGroup:
            return tr("Security group %1 created as the copy of %2.")
                .arg(operation.createdId, operation.copyOf);
        case OperationKind::Unknown:
            break;
        }
        return tr("Done.");
    case OperationState::Failed:
        if (operation.settledByReadBack)
            return tr("Not done: the answer was lost and reading back shows no change. You can try again.");
        return ErrorCatalog::describe(operation.result).title;
    case OperationState::Unknown:
        return tr("The outcome is unknown; refresh to see the current state.");
    case OperationState::Cancelled:
        return tr("Cancelled before it was sent.");
    case OperationState::PartlyApplied:
        return OperationText::partlyDone(operation);
    }
    return {};
}

QVariant OperationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operation &operation = m_operations.at(index.row());
    if (role == StateRole)
        return int(operation.state);
    if (role == OperationIdRole)
        return operation.id;
    if (role == SucceededRole)
        return operation.state == OperationState::Succeeded;
    if (role == Qt::ToolTipRole && index.column() == MessageColumn &&
        operation.state == OperationState::Failed) {
        const ErrorText text = ErrorCatalog::describe(operation.result);
        return QStringList{text.title, text.explanation, text.remedy}.join(u'\n');
    }
    // A call's rules, each with its outcome (one by one when the call was partly applied).
    if (role == Qt::ToolTipRole && index.column() == InstanceColumn && operation.changesRules())
        return OperationText::ruleLines(operation).join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn: {
        // The locale's long time format without the time zone name.
        const QString format = QLocale().timeFormat(QLocale::LongFormat).remove(u't').trimmed();
        return QLocale().toString(operation.time.time(), format);
    }
    case ActionColumn:
        return OperationText::action(operation.kind);
    case InstanceColumn:
        // A rule serves every instance in its classic group: the rules stand in for the instance.
        return OperationText::target(operation);
    case VpcColumn:
        return operation.vpcId;
    case OutcomeColumn:
        return OperationText::state(operation.state);
    case MessageColumn:
        return messageText(operation);
    case RequestIdColumn:
        return operation.result.requestId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OperationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case InstanceColumn:
        return tr("Instance");
    case VpcColumn:
        return tr("VPC");
    case OutcomeColumn:
        return tr("Outcome");
    case MessageColumn:
        return tr("Message");
    case RequestIdColumn:
        return tr("RequestId");
    case ColumnCount:
        break;
    }
    return {};
}

void OperationTableModel::append(const Operation &operation)
{
    const int row = int(m_operations.size());
    beginInsertRows({}, row, row);
    m_operations.append(operation);
    endInsertRows();
}

void OperationTableModel::update(const Operation &operation)
{
    for (qsizetype row = 0; row < m_operations.size(); ++row) {
        if (m_operations.at(row).id == operation.id) {
            m_operations[row] = operation;
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            return;
        }
    }
}

void OperationTableModel::clear()
{
    beginResetModel();
    m_operations.clear();
    endResetModel();
}

void OperationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_operations.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace clm
