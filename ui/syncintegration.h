// Wires background sync into the main window with one call: the status-bar widget, the Sync
// menu (connect, sync now, conflicts), and the start-up connection from the stored address and
// the password in the OS keychain.
#pragma once

namespace kd {

class MainWindow;
class SyncController;

SyncController *installSync(MainWindow &window);

} // namespace kd
