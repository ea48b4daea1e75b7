// Wires the workflow pieces into the main window with one call: queue filters, the assessment
// dock, and desktop notifications.
#pragma once

namespace kd {

class MainWindow;

void installWorkflow(MainWindow &window);

} // namespace kd
