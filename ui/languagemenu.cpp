#include "languagemenu.h"

#include "i18n/translations.h"
#include "uistate.h"

#include <QActionGroup>
#include <QMenu>

namespace clm::ui {

void fillLanguageMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const QString inEffect = currentLanguage();
    for (const QString &language : availableLanguages()) {
        auto *action = new QAction(languageName(language), group);
        action->setCheckable(true);
        action->setChecked(language == inEffect);
        action->setData(language);
        QObject::connect(action, &QAction::triggered, menu, [language] {
            UiState::setLanguage(language);
            installTranslations(language); // QEvent::LanguageChange reaches every widget
        });
    }
    menu->addActions(group->actions());
}

} // namespace clm::ui
