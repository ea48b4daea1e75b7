// Wires search into the main window with one call: the search box (Ctrl+K / Ctrl+F), the
// customer-history and similar-complaints tabs beside a complaint, and the knowledge base.
#pragma once

#include <QString>

namespace kd {

class MainWindow;

void installSearch(MainWindow &window);

// Hands text to the reply editor: the first object named "replyEditor" with an
// insertText(QString) slot gets it; without one, the text goes to the clipboard.
// Returns true when an editor took it.
bool insertIntoReply(MainWindow &window, const QString &text);

} // namespace kd
