// Catch2 runner for core tests: a QCoreApplication exists for the whole run.
#define CATCH_CONFIG_RUNNER // this runner holds Catch2's implementation
#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    kd::test::poisonFreedMemory();
    qputenv("LC_ALL", "C.UTF-8"); // the same results whatever the developer's locale
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KlachtdeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("klachtdesk-tests"));
    return Catch::Session().run(argc, argv);
}
