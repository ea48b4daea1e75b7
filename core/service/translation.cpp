// Translation loading: ":/i18n/klachtdesk_<lang>.qm" is embedded in the core library.
#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace kd {

QLocale interfaceLocale()
{
    const QString setting = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!setting.isEmpty())
        return QLocale(setting);
    return QLocale::system();
}

QString installTranslations(QCoreApplication &app)
{
    const QLocale locale = interfaceLocale();
    // Dutch is the only full translation besides the English source text.
    const bool dutch = locale.language() == QLocale::Dutch;
    QLocale::setDefault(dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                              : (locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedKingdom) : locale));
    const QString code = dutch ? QStringLiteral("nl") : QStringLiteral("en");
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/klachtdesk_") + code))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return code;
}

} // namespace kd
