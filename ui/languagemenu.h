// The Language menu: one checkable entry per translation that is built in, each named in its own language,
// the one in effect checked. Choosing one switches the whole interface at once and is remembered.
#pragma once

class QMenu;

namespace clm::ui {

void fillLanguageMenu(QMenu *menu);

} // namespace clm::ui
