// Typing a complaint into the registration form stores it and shows it in the queue.
#include "testsupport.h"

#include "complaintpanel.h"
#include "complaintqueuemodel.h"
#include "mainwindow.h"
#include "registrationdialog.h"
#include "service/complaintservice.h"
#include "storage/complaintstore.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace kd;
using namespace kd::test;

namespace {

// Runs f once the modal dialog that registerComplaint() opens is on screen and active (keyboard
// shortcuts only reach an active window). A dialog still open 10 s later is closed, so a broken
// shortcut fails the test instead of hanging it.
void whenDialogOpens(const std::function<void(RegistrationDialog *)> &f)
{
    QTimer::singleShot(50, [f] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<RegistrationDialog *>(w); d && d->isVisible()) {
                d->activateWindow();
                QApplication::setActiveWindow(d);
                REQUIRE(QTest::qWaitForWindowActive(d));
                f(d);
                QTimer::singleShot(10000, d, [d] { d->reject(); });
                return;
            }
        FAIL("the registration dialog did not open");
    });
}

} // namespace

TEST_CASE("an agent registers a complaint with the keyboard and finds it in the queue", "[ui]")
{
    TempDatabase t;
    MainWindow window(t.db());
    window.show();
    REQUIRE(window.queueModel()->rowCount() == 0);
    // The empty queue offers the demo data.
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    CHECK(stack->currentWidget()->objectName() == QLatin1String("emptyState"));

    whenDialogOpens([](RegistrationDialog *d) {
        QTest::keyClicks(d->customerSearch(), QStringLiteral("Kees Bakker"));
        QTest::keyClick(d->customerSearch(), Qt::Key_Tab); // to the new customer's name
        auto *email = d->findChild<QLineEdit *>(QStringLiteral("customerEmail"));
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("kees@example.nl"));
        auto *channel = d->findChild<QComboBox *>(QStringLiteral("channel"));
        channel->setFocus();
        QTest::keyClicks(channel, QStringLiteral("Tel")); // "Telephone"/"Telefoon"
        auto *subject = d->findChild<QLineEdit *>(QStringLiteral("subject"));
        subject->setFocus();
        QTest::keyClicks(subject, QStringLiteral("Niet teruggebeld"));
        auto *text = d->findChild<QPlainTextEdit *>(QStringLiteral("description"));
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Ik zou gisteren teruggebeld worden."));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    });
    const QString reference = window.registerComplaint();
    REQUIRE(reference.startsWith(QLatin1String("KL-2026-")));

    // In the database, with what was typed.
    auto stored = ComplaintService(t.db()).details(reference);
    KD_REQUIRE_OK(stored);
    CHECK(stored->customer.name == QLatin1String("Kees Bakker"));
    CHECK(stored->customer.email == QLatin1String("kees@example.nl"));
    CHECK(stored->channel.code == QLatin1String("phone"));
    CHECK(stored->complaint.subject == QLatin1String("Niet teruggebeld"));
    CHECK(stored->complaint.description == QLatin1String("Ik zou gisteren teruggebeld worden."));
    CHECK(stored->complaint.justified == Justified::Unknown);

    // In the queue, selected and shown in the panel.
    REQUIRE(window.queueModel()->rowCount() == 1);
    CHECK(window.queueModel()->referenceAt(0) == reference);
    CHECK(window.complaintPanel()->currentReference() == reference);
    CHECK(stack->currentWidget()->objectName() != QLatin1String("emptyState"));
}

TEST_CASE("the form refuses a complaint without the customer's words and says why", "[ui]")
{
    TempDatabase t;
    MainWindow window(t.db());
    whenDialogOpens([](RegistrationDialog *d) {
        QTest::keyClicks(d->customerSearch(), QStringLiteral("Kees Bakker"));
        d->findChild<QPushButton *>(QStringLiteral("register"))->click();
        auto *error = d->findChild<QLabel *>(QStringLiteral("error"));
        CHECK(error->isVisibleTo(d));
        CHECK(error->text().contains(QLatin1String("words")));
        d->reject();
    });
    CHECK(window.registerComplaint().isEmpty());
    CHECK(rowCount(t.db(), QStringLiteral("complaint")) == 0);
}

TEST_CASE("typing part of a known customer's name offers that customer", "[ui]")
{
    TempDatabase t;
    NewComplaint n;
    n.customer.name = QStringLiteral("Fatima El Amrani");
    n.customer.customerNumber = QStringLiteral("K555");
    n.channel = QStringLiteral("email");
    n.description = QStringLiteral("Factuur klopt niet.");
    KD_REQUIRE_OK(ComplaintService(t.db()).registerComplaint(n));

    RegistrationDialog d(t.db());
    d.show();
    QTest::keyClicks(d.customerSearch(), QStringLiteral("Amr"));
    QTest::qWait(300); // the suggestions follow typing after a short pause
    QCompleter *completer = d.customerSearch()->completer();
    REQUIRE(completer->completionModel()->rowCount() == 1);
    CHECK(completer->completionModel()->index(0, 0).data().toString().contains(QLatin1String("K555")));
}
