// Typing a reply shows the checks' verdicts live, tracks a promise and records the reply.
#include "testsupport.h"

#include "replyeditor.h"
#include "service/complaintservice.h"
#include "workflow/promisestore.h"

#include <catch2/catch.hpp>

#include <QColor>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTimer>

using namespace kd;
using namespace kd::test;

namespace {

NewComplaint lateParcel()
{
    NewComplaint n =
        emailComplaint(QStringLiteral("Sanne de Vries"),
                       QStringLiteral("Mijn pakket is een week te laat bezorgd. Ik heb er "
                                      "een vrije dag voor opgenomen. Ik wil mijn geld "
                                      "terug."));
    n.customer.language = QStringLiteral("nl");
    n.customer.formOfAddress = FormOfAddress::Formal;
    n.subject = QStringLiteral("Pakket te laat");
    return n;
}

QListWidgetItem *itemFor(QListWidget *list, const QString &id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(ReplyEditor::CheckIdRole).toString() == id)
            return list->item(i);
    return nullptr;
}

// The status as the list shows it: the colour in the middle of the item's icon.
QColor iconColour(QListWidgetItem *item)
{
    const QImage image = item->icon().pixmap(14, 14).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

bool isRed(const QColor &c) { return c.red() > 150 && c.green() < 100 && c.blue() < 100; }
bool isGreen(const QColor &c) { return c.green() > 100 && c.red() < 100 && c.blue() < 100; }

QStringList statuses(QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->data(ReplyEditor::StatusRole).toString();
    return out;
}

void replaceDraft(QPlainTextEdit *draft, const QString &text)
{
    draft->setFocus();
    draft->selectAll();
    QTest::keyClick(draft, Qt::Key_Delete);
    QTest::keyClicks(draft, text);
}

// While it lives, answers the "still fails checks" question by the button's object name, and
// says afterwards whether it was asked and what it listed.
struct RedCheckAnswer
{
    explicit RedCheckAnswer(const QString &button)
    {
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, &poll, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("confirmRedChecks"))
                return;
            asked = true;
            listed = box->informativeText();
            if (auto *b = box->findChild<QPushButton *>(button))
                b->click();
        });
        poll.start();
    }
    QTimer poll;
    bool asked = false;
    QString listed;
};

// An editor shown on a freshly registered complaint, with a spy on recorded replies.
struct EditorOnComplaint
{
    EditorOnComplaint()
        : reference(registerOne(t.db(), lateParcel()).complaint.reference), editor(t.db()),
          recorded(&editor, &ReplyEditor::replyRecorded)
    {
        editor.show();
        editor.setComplaint(reference);
    }
    TempDatabase t;
    QString reference;
    ReplyEditor editor;
    QSignalSpy recorded;
};

} // namespace

TEST_CASE("the checklist follows typing, a promise is tracked and the reply is recorded", "[ui]")
{
    EditorOnComplaint f;
    TempDatabase &t = f.t;
    const QString &reference = f.reference;
    ReplyEditor &editor = f.editor;
    QSignalSpy &recorded = f.recorded;

    auto *draft = editor.findChild<QPlainTextEdit *>(QStringLiteral("replyDraft"));
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("replyChecklist"));
    REQUIRE(draft);
    REQUIRE(list);

    // The template picker suggests a template; choosing it fills in the customer's name.
    QComboBox *picker = editor.templatePicker();
    REQUIRE(picker->count() > 1);
    picker->setCurrentIndex(1);
    emit picker->activated(1);
    CHECK(draft->toPlainText().contains(QLatin1String("Sanne de Vries")));

    // A defensive draft: the blaming check turns red, with the evidence highlighted.
    replaceDraft(draft, QStringLiteral("Volgens onze gegevens is het pakket op tijd bezorgd. "
                                       "Dit ligt niet aan ons."));
    QTest::qWait(400);
    REQUIRE(list->count() == editor.report().checks.size());
    QListWidgetItem *defensive = itemFor(list, QStringLiteral("dont.defensive"));
    REQUIRE(defensive);
    CHECK(defensive->data(ReplyEditor::StatusRole).toString() == QLatin1String("fail"));
    CHECK(isRed(iconColour(defensive)));
    CHECK_FALSE(defensive->toolTip().isEmpty());
    const QStringList before = statuses(list);

    list->setCurrentItem(defensive);
    const auto highlighted = draft->extraSelections();
    REQUIRE_FALSE(highlighted.isEmpty());
    CHECK(draft->toPlainText().mid(highlighted.first().cursor.selectionStart(),
                                   highlighted.first().cursor.selectionEnd()
                                       - highlighted.first().cursor.selectionStart())
          == editor.report().find(QStringLiteral("dont.defensive"))->evidence.first().text);

    // An apology with a dated promise: the same item turns green and the list changes.
    replaceDraft(draft, QStringLiteral("Beste mevrouw De Vries, wat vervelend dat uw pakket een week "
                                       "te laat is bezorgd, terwijl u er een vrije dag voor had "
                                       "opgenomen. Dat is onze fout. Het spijt ons. "
                                       "We storten het binnen 2 werkdagen terug."));
    QTest::qWait(400);
    defensive = itemFor(list, QStringLiteral("dont.defensive"));
    REQUIRE(defensive);
    CHECK(defensive->data(ReplyEditor::StatusRole).toString() == QLatin1String("pass"));
    CHECK(isGreen(iconColour(defensive)));
    CHECK(statuses(list) != before);

    // The promise the checker found can be tracked with its due date.
    REQUIRE(editor.report().promises.size() >= 1);
    const DetectedPromise promise = editor.report().promises.first();
    REQUIRE(promise.due.has_value());
    auto *track = editor.findChild<QPushButton *>(QStringLiteral("trackPromise"));
    REQUIRE(track);
    REQUIRE(track->isEnabled());
    track->click();
    auto complaint = ComplaintService(t.db()).details(reference);
    KD_REQUIRE_OK(complaint);
    auto promises = PromiseStore(t.db()).forComplaint(complaint->complaint.meta.id);
    KD_REQUIRE_OK(promises);
    REQUIRE(promises->size() == 1);
    CHECK(promises->first().dueAt == promise.due->toUTC());
    CHECK(promises->first().text == promise.sentence.text);

    // Recording stores an outbound reply and clears the draft; with no red check, nothing is asked.
    const QString sent = draft->toPlainText();
    {
        const RedCheckAnswer question(QStringLiteral("keepEditing"));
        QTest::mouseClick(editor.recordButton(), Qt::LeftButton);
        CHECK_FALSE(question.asked);
    }
    CHECK(draft->toPlainText().isEmpty());
    REQUIRE(recorded.count() == 1);
    CHECK(recorded.first().first().toString() == reference);
    auto after = ComplaintService(t.db()).details(reference);
    KD_REQUIRE_OK(after);
    int replies = 0;
    for (const Interaction &i : after->interactions)
        if (i.direction == Direction::Outbound && i.kind == InteractionKind::Reply) {
            ++replies;
            CHECK(i.body == sent);
        }
    CHECK(replies == 1);
}

TEST_CASE("the character counter measures the draft against the channel's limit", "[ui]")
{
    TempDatabase t;
    NewComplaint n;
    n.customer.name = QStringLiteral("@sannedv");
    n.channel = QStringLiteral("twitter");
    n.description = QStringLiteral("Alweer te laat bezorgd!");
    auto r = ComplaintService(t.db()).registerComplaint(n);
    KD_REQUIRE_OK(r);
    REQUIRE(r->complaint.channelId.size() > 0);
    auto details = ComplaintService(t.db()).details(r->complaint.reference);
    KD_REQUIRE_OK(details);
    REQUIRE(details->channel.replyLimit.has_value());

    ReplyEditor editor(t.db());
    editor.setComplaint(r->complaint.reference);
    QTest::keyClicks(editor.draft(), QStringLiteral("Sorry!"));
    CHECK(editor.counter()->text().contains(
        QStringLiteral("6 / %1").arg(*details->channel.replyLimit)));
}

TEST_CASE("in a narrow tab the checklist goes under the draft, both the tab's full width", "[ui]")
{
    TempDatabase t;
    ReplyEditor editor(t.db());
    editor.resize(1000, 700);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    CHECK(editor.splitter()->orientation() == Qt::Horizontal);
    const int sideBySide = editor.draft()->width();

    // About what the main window's default leaves the complaint at 1400 px.
    editor.resize(380, 700);
    QApplication::processEvents();
    CHECK(editor.splitter()->orientation() == Qt::Vertical);
    CHECK(editor.draft()->width() > 300);
    CHECK(editor.checklist()->width() > 300);
    CHECK(editor.draft()->height() > editor.checklist()->height());

    editor.resize(1000, 700);
    QApplication::processEvents();
    CHECK(editor.splitter()->orientation() == Qt::Horizontal);
    CHECK(editor.draft()->width() > sideBySide / 2);
}

TEST_CASE("recording a reply that still fails checks asks first and names them", "[ui]")
{
    EditorOnComplaint f;
    TempDatabase &t = f.t;
    const QString &reference = f.reference;
    ReplyEditor &editor = f.editor;
    QSignalSpy &recorded = f.recorded;
    auto outboundReplies = [&] {
        auto d = ComplaintService(t.db()).details(reference);
        KD_REQUIRE_OK(d);
        int n = 0;
        for (const Interaction &i : d->interactions)
            n += i.direction == Direction::Outbound && i.kind == InteractionKind::Reply;
        return n;
    };

    // Typed and sent at once, before the live check had its pause: the question still comes.
    replaceDraft(editor.draft(), QStringLiteral("Dat is uw eigen schuld."));
    {
        const RedCheckAnswer question(QStringLiteral("keepEditing"));
        QTest::mouseClick(editor.recordButton(), Qt::LeftButton);
        CHECK(question.asked);
        CHECK(question.listed.contains(checkTitle(QStringLiteral("dont.defensive"))));
    }
    CHECK(recorded.isEmpty());
    CHECK(outboundReplies() == 0);
    CHECK(editor.draft()->toPlainText() == QLatin1String("Dat is uw eigen schuld."));

    // The agent may know better: "Record anyway" stores it.
    {
        const RedCheckAnswer question(QStringLiteral("recordAnyway"));
        QTest::mouseClick(editor.recordButton(), Qt::LeftButton);
        CHECK(question.asked);
    }
    CHECK(recorded.count() == 1);
    CHECK(outboundReplies() == 1);
    CHECK(editor.draft()->toPlainText().isEmpty());
}
