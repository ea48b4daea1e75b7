// The About box shows the one project version, the licence and the Qt in use.
#include "aboutdialog.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QLabel>

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
