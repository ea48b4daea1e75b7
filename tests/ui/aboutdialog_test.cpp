// The About box shows the one project version, the licence and the Qt in use.
#include "aboutdialog.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QTimer>

using namespace kd;

TEST_CASE("the About dialog shows the project version that klachtdesk-cli --version prints", "[ui][about]")
{
    AboutDialog dialog;
    REQUIRE(dialog.versionText() == QStringLiteral("Version " KD_VERSION));

    const test::CliRun run = test::runCli({QStringLiteral("--version")});
    REQUIRE(run.exitCode == 0);
    // The CLI prints "klachtdesk-cli 0.1.0" or similar: the same number must be in it.
    REQUIRE(run.out.contains(QStringLiteral(KD_VERSION)));
}

TEST_CASE("the About dialog names the running Qt version and the licence", "[ui][about]")
{
    AboutDialog dialog;
    REQUIRE(dialog.qtVersionText().startsWith(QStringLiteral("Uses Qt %1").arg(QLatin1String(qVersion()))));
    REQUIRE(dialog.licenceText().startsWith(QStringLiteral("Licence: ")));
    REQUIRE(dialog.licenceText().size() > QStringLiteral("Licence: ").size());
    // The labels the tests read are the ones on screen.
    REQUIRE(dialog.findChild<QLabel *>(QStringLiteral("versionLabel"))->text() == dialog.versionText());
}

TEST_CASE("the main window's Help menu opens the About dialog", "[ui][about]")
{
    test::TempDatabase temp;
    MainWindow window(temp.db());
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    REQUIRE(about != nullptr);
    auto *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    REQUIRE(help != nullptr);
    REQUIRE(help->actions().contains(about));

    // exec() blocks: close the dialog as soon as it is shown, and remember that it was.
    bool shown = false;
    QTimer::singleShot(0, &window, [&shown] {
        if (auto *d = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
            shown = d->versionText().contains(QStringLiteral(KD_VERSION));
            d->reject();
        }
    });
    about->trigger();
    REQUIRE(shown);
}
