#include "uistate.h"

#include <QSettings>

namespace clm::ui {

namespace {

const QString kGeometry = QStringLiteral("ui/geometry");
const QString kWindowState = QStringLiteral("ui/state");
const QString kVerticalSplitter = QStringLiteral("ui/verticalSplitter");
const QString kTablesSplitter = QStringLiteral("ui/tablesSplitter");
const QString kInstanceColumns = QStringLiteral("ui/instanceColumns");
const QString kVpcColumns = QStringLiteral("ui/vpcColumns");
const QString kOperationColumns = QStringLiteral("ui/operationColumns");
const QString kColumnsSizedByUser = QStringLiteral("ui/columnsSizedByUser");
const QString kClassicLinkOnly = QStringLiteral("ui/classicLinkOnly");
const QString kBannerDismissed = QStringLiteral("ui/retirementBannerDismissed");
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastAccount = QStringLiteral("session/account");
const QString kLastRegion = QStringLiteral("session/region");

} // namespace

UiState UiState::load()
{
    const QSettings settings;
    UiState state;
    state.geometry = settings.value(kGeometry).toByteArray();
    state.windowState = settings.value(kWindowState).toByteArray();
    state.verticalSplitter = settings.value(kVerticalSplitter).toByteArray();
    state.tablesSplitter = settings.value(kTablesSplitter).toByteArray();
    state.instanceColumns = settings.value(kInstanceColumns).toByteArray();
    state.vpcColumns = settings.value(kVpcColumns).toByteArray();
    state.operationColumns = settings.value(kOperationColumns).toByteArray();
    state.columnsSizedByUser = settings.value(kColumnsSizedByUser).toStringList();
    state.classicLinkOnly = settings.value(kClassicLinkOnly, true).toBool();
    return state;
}

void UiState::save() const
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kWindowState, windowState);
    settings.setValue(kVerticalSplitter, verticalSplitter);
    settings.setValue(kTablesSplitter, tablesSplitter);
    settings.setValue(kInstanceColumns, instanceColumns);
    settings.setValue(kVpcColumns, vpcColumns);
    settings.setValue(kOperationColumns, operationColumns);
    settings.setValue(kColumnsSizedByUser, columnsSizedByUser);
    settings.setValue(kClassicLinkOnly, classicLinkOnly);
}

bool UiState::retirementBannerDismissed()
{
    return QSettings().value(kBannerDismissed, false).toBool();
}

void UiState::setRetirementBannerDismissed()
{
    QSettings().setValue(kBannerDismissed, true);
}

QString UiState::language()
{
    return QSettings().value(kLanguage).toString();
}

void UiState::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

QString UiState::lastAccount()
{
    return QSettings().value(kLastAccount).toString();
}

void UiState::setLastAccount(const QString &name)
{
    QSettings().setValue(kLastAccount, name);
}

QString UiState::lastRegion()
{
    return QSettings().value(kLastRegion).toString();
}

void UiState::setLastRegion(const QString &regionId)
{
    QSettings().setValue(kLastRegion, regionId);
}

} // namespace clm::ui
