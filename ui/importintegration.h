// Puts import, export and the privacy actions into the main window's Tools menu (one call from
// MainWindow's constructor), acting on the complaint shown in the panel for customer actions.
#pragma once

namespace kd {

class MainWindow;

void installImportAndPrivacy(MainWindow &window);

} // namespace kd
