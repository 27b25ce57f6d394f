// The main window's actions as the user meets them: icons, standard shortcuts and menu roles, tooltips that
// name the shortcut, and the names a screen reader hears for the toolbar's short labels.
#pragma once

namespace Ui {
class MainWindow;
}

namespace clm::ui {

void setUpMainActions(Ui::MainWindow &ui);
// Again whenever the language changes, after retranslateUi().
void retranslateMainActions(Ui::MainWindow &ui);

} // namespace clm::ui
