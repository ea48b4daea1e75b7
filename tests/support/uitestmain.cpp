// Catch2 runner for widget tests: a QApplication on the offscreen platform unless one is set.
#define CATCH_CONFIG_RUNNER // this runner holds Catch2's implementation
#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QApplication>

int main(int argc, char **argv)
{
    kd::test::poisonFreedMemory();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8"); // the same results whatever the developer's locale
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KlachtdeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("klachtdesk-tests"));
    return Catch::Session().run(argc, argv);
}
