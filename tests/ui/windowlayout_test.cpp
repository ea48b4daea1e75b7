// The main window comes back as the user left it: size, the split between queue and complaint,
// the docks, the queue's column widths.
#include "mainwindow.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace kd;

namespace {

// Settings of this process alone: ctest runs the test cases as processes side by side, and a
// layout one of them stores (the dock hidden) must not reach another's window.
struct ForgetLayout
{
    ForgetLayout() : m_name(QCoreApplication::applicationName())
    {
        QCoreApplication::setApplicationName(
            QStringLiteral("klachtdesk-tests-layout-%1").arg(QCoreApplication::applicationPid()));
        QSettings().remove(QStringLiteral("window"));
    }
    ~ForgetLayout()
    {
        {
            QSettings settings;
            settings.clear();
            settings.sync();
            QFile::remove(settings.fileName());
        }
        QCoreApplication::setApplicationName(m_name);
    }
    const QString m_name;
};

} // namespace

TEST_CASE("the main window opens again as it was closed: split, docks and column widths",
          "[ui]")
{
    ForgetLayout forget;
    test::TempDatabase temp;
    QList<int> sizes;
    int referenceWidth = 0;
    {
        MainWindow window(temp.db());
        window.resize(1400, 860);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        REQUIRE(splitter);
        // The agent gives the complaint most of the room and widens the reference column.
        const QList<int> before = splitter->sizes();
        splitter->setSizes({before[0] - 150, before[1] + 150});
        QApplication::processEvents();
        sizes = splitter->sizes();
        REQUIRE(sizes != before);
        window.queueView()->horizontalHeader()->resizeSection(0, 222);
        referenceWidth = window.queueView()->horizontalHeader()->sectionSize(0);
        window.close();
    }
    {
        MainWindow again(temp.db());
        again.show();
        REQUIRE(QTest::qWaitForWindowExposed(&again));
        CHECK(again.size() == QSize(1400, 860));
        auto *splitter = again.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        REQUIRE(splitter);
        CHECK(splitter->sizes() == sizes);
        CHECK(again.queueView()->horizontalHeader()->sectionSize(0) == referenceWidth);
        // Now without the assessment dock.
        auto *dock = again.findChild<QDockWidget *>(QStringLiteral("assessmentDock"));
        REQUIRE(dock);
        dock->hide();
        again.close();
    }
    MainWindow third(temp.db());
    third.show();
    REQUIRE(QTest::qWaitForWindowExposed(&third));
    CHECK(third.findChild<QDockWidget *>(QStringLiteral("assessmentDock"))->isHidden());
}

TEST_CASE("without a stored layout the window opens with the complaint dock shown", "[ui]")
{
    ForgetLayout forget;
    test::TempDatabase temp;
    MainWindow window(temp.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.findChild<QDockWidget *>(QStringLiteral("assessmentDock"))->isHidden());
}
