// Chooses the interface language (setting ui/language, else the system locale) and installs
// Klachtdesk's and Qt's own translations; the GUI and the CLI call it alike.
#pragma once

#include <QLocale>

class QCoreApplication;

namespace kd {

QLocale interfaceLocale();
// Installs the translators and makes the locale the default; returns the language code used.
QString installTranslations(QCoreApplication &app);

} // namespace kd
