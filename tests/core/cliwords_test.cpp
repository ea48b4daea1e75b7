// klachtdesk-cli's text for people says the stored codes in words, in English and in Dutch, with
// columns sized from those words; --json keeps the codes for scripts.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "workflow/workflowservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

// A formal customer's complaint in progress, with a reply sent and a promise made.
QString seed(Database &db)
{
    NewComplaint n;
    n.customer.name = u"Lotte Visser"_qs;
    n.customer.email = u"lotte@example.nl"_qs;
    n.customer.formOfAddress = FormOfAddress::Formal;
    n.channel = u"email"_qs;
    n.subject = u"Offerte nooit gestuurd"_qs;
    n.description = u"De offerte voor de dakkapel is nooit gestuurd."_qs;
    auto r = ComplaintService(db).registerComplaint(n);
    KD_REQUIRE_OK(r);
    const QString ref = r->complaint.reference;
    Interaction reply;
    reply.direction = Direction::Outbound;
    reply.kind = InteractionKind::Reply;
    reply.author = u"emma"_qs;
    reply.body = u"We sturen de offerte vandaag nog."_qs;
    KD_REQUIRE_OK(ComplaintService(db).addInteraction(ref, reply));
    KD_REQUIRE_OK(ComplaintService(db).setField(ref, u"status"_qs, u"in_progress"_qs));
    KD_REQUIRE_OK(WorkflowService(db).addPromise(ref, u"Offerte sturen"_qs,
                                                 db.clock().now().addDays(1)));
    return ref;
}

CliRun cli(TempDatabase &t, const QStringList &args, bool dutch = false)
{
    const QStringList all = QStringList{u"--db"_qs, t.path()} + args;
    CliRun r = dutch ? runCliDutch(all) : runCli(all);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

QRegularExpression line(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption);
}

} // namespace

TEST_CASE("list and show say status, severity, justified and messages in words", "[cli][words]")
{
    TempDatabase t;
    const QString ref = seed(t.db());
    t.close();
    const CliRun list = cli(t, {u"list"_qs});
    INFO(list.out.toStdString());
    CHECK(list.out.contains(line(u"  In progress +Normal +Lotte Visser"_qs)));
    CHECK_FALSE(list.out.contains(u"in_progress"_qs));
    const CliRun dutch = cli(t, {u"list"_qs}, true);
    INFO(dutch.out.toStdString());
    CHECK(dutch.out.contains(line(u"  In behandeling +Normaal +Lotte Visser"_qs)));

    const CliRun show = cli(t, {u"show"_qs, ref});
    INFO(show.out.toStdString());
    CHECK(show.out.contains(line(u"^Status +In progress$"_qs)));
    CHECK(show.out.contains(line(u"^Severity +Normal$"_qs)));
    CHECK(show.out.contains(line(u"^Justified +Not yet known$"_qs)));
    CHECK(show.out.contains(u"Reply (To customer)"_qs));
    CHECK_FALSE(show.out.contains(u"outbound"_qs));

    const CliRun json = cli(t, {u"show"_qs, ref, u"--json"_qs});
    CHECK(json.out.contains(u"\"in_progress\""_qs));
}

TEST_CASE("set and assess confirm a change by the field's label and its values in words",
          "[cli][words]")
{
    TempDatabase t;
    const QString ref = seed(t.db());
    t.close();
    CliRun r = cli(t, {u"set"_qs, ref, u"severity"_qs, u"critical"_qs});
    CHECK(r.out.contains(u"Severity changed from \"Normal\" to \"Critical\""_qs));
    r = cli(t, {u"set"_qs, ref, u"tags"_qs, u"a,b"_qs});
    CHECK(r.out.contains(u"Tags changed from \"\" to \"a, b\""_qs));
    r = cli(t, {u"set"_qs, ref, u"channel"_qs, u"phone"_qs});
    CHECK(r.out.contains(u"Channel changed from \"E-mail\" to \"Phone\""_qs));
    r = cli(t, {u"set"_qs, ref, u"received"_qs, u"2026-10-01T09:30:00Z"_qs});
    INFO(r.out.toStdString());
    CHECK(r.out.contains(u"Received changed from"_qs));
    CHECK_FALSE(r.out.contains(QRegularExpression(u"\\d{13}"_qs))); // epoch milliseconds
    r = cli(t, {u"assess"_qs, ref, u"--known"_qs, u"yes"_qs, u"--claim-risk"_qs, u"yes"_qs,
                u"--cause"_qs, u"Vergeten"_qs});
    INFO(r.out.toStdString());
    CHECK(r.out.contains(u"Known (recurring) complaint changed from \"no\" to \"yes\""_qs));
    CHECK(r.out.contains(u"Could lead to a claim changed from \"no\" to \"yes\""_qs));
    CHECK(r.out.contains(u"Cause changed from \"\" to \"Vergeten\""_qs));
    CHECK_FALSE(r.out.contains(u"_"_qs));

    r = cli(t, {u"set"_qs, ref, u"severity"_qs, u"high"_qs, u"--json"_qs});
    const QJsonObject change
        = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"changes"].toArray().first().toObject();
    CHECK(change[u"field"].toString() == u"severity"_qs);
    CHECK(change[u"old"].toString() == u"critical"_qs);
}

TEST_CASE("sla and promise list say status and state in words, with room for Dutch labels",
          "[cli][words]")
{
    TempDatabase t;
    const QString ref = seed(t.db());
    t.close();
    const CliRun sla = cli(t, {u"sla"_qs, ref});
    INFO(sla.out.toStdString());
    CHECK(sla.out.contains(line(u"^Status +In progress$"_qs)));
    const CliRun dutch = cli(t, {u"sla"_qs, ref}, true);
    INFO(dutch.out.toStdString());
    CHECK(dutch.out.contains(line(u"^Status +In behandeling$"_qs)));
    // The label is longer than the column once sized for the English ones.
    CHECK(dutch.out.contains(line(u"^Eerste reactie uiterlijk  +\\d"_qs)));

    const CliRun json = cli(t, {u"promise"_qs, u"list"_qs, ref, u"--json"_qs});
    const QString id = QJsonDocument::fromJson(json.out.toUtf8()).array().first()[u"id"].toString();
    cli(t, {u"promise"_qs, u"kept"_qs, id});
    // In English the states' words are their codes; in Dutch they differ.
    const CliRun promises = cli(t, {u"promise"_qs, u"list"_qs, ref}, true);
    INFO(promises.out.toStdString());
    CHECK(promises.out.contains(u"  nagekomen  "_qs));
    CHECK_FALSE(promises.out.contains(u"kept"_qs));
}

TEST_CASE("history, search and similar say kinds, directions and statuses in words",
          "[cli][words]")
{
    TempDatabase t;
    const QString ref = seed(t.db());
    t.clock().advanceSecs(3600);
    NewComplaint again;
    again.customer.email = u"lotte@example.nl"_qs;
    again.channel = u"email"_qs;
    again.subject = u"Offerte nooit gestuurd"_qs;
    again.description = u"De offerte voor de dakkapel is nog steeds nooit gestuurd."_qs;
    auto second = ComplaintService(t.db()).registerComplaint(again);
    KD_REQUIRE_OK(second);
    t.close();
    // This locale writes "5 Oct 2026 09:00:00", longer than the 18 characters once allowed.
    const QRegularExpression runIn(u"\\d\\d:\\d\\d:\\d\\d\\S"_qs);

    const CliRun history = cli(t, {u"history"_qs, u"lotte@example.nl"_qs});
    INFO(history.out.toStdString());
    CHECK(history.out.contains(u"form of address: Formal (u)"_qs));
    CHECK(history.out.contains(u"Reply (To customer)"_qs));
    CHECK(history.out.contains(u"[In progress]"_qs));
    CHECK_FALSE(history.out.contains(u"outbound"_qs));
    CHECK_FALSE(history.out.contains(runIn));

    const CliRun search = cli(t, {u"search"_qs, u"dakkapel"_qs});
    INFO(search.out.toStdString());
    CHECK(search.out.contains(line(u"^Complaint  "_qs)));
    CHECK_FALSE(search.out.contains(line(u"^complaint"_qs)));
    CHECK_FALSE(search.out.contains(runIn));

    const CliRun similar = cli(t, {u"similar"_qs, second->complaint.reference});
    INFO(similar.out.toStdString());
    CHECK(similar.out.contains(ref));
    CHECK(similar.out.contains(u"  In progress"_qs));
    CHECK_FALSE(similar.out.contains(u"in_progress"_qs));
}

TEST_CASE("templates, working hours and improvement actions are listed in words", "[cli][words]")
{
    TempDatabase t;
    t.close();
    const CliRun templates = cli(t, {u"templates"_qs, u"list"_qs});
    INFO(templates.out.toStdString());
    CHECK(templates.out.contains(u"Formal (u)"_qs));
    CHECK(templates.out.contains(u"Informal (je)"_qs));
    CHECK(templates.out.contains(u"X (Twitter)"_qs));
    CHECK_FALSE(templates.out.contains(u" formal "_qs));
    CHECK_FALSE(templates.out.contains(u" twitter "_qs));

    const CliRun hours = cli(t, {u"workflow"_qs, u"hours"_qs});
    INFO(hours.out.toStdString());
    CHECK(hours.out.contains(line(u"^Mon  +\\d\\d:\\d\\d-"_qs)));
    CHECK(hours.out.contains(line(u"^Sun  +closed$"_qs)));
    const CliRun dutchHours = cli(t, {u"workflow"_qs, u"hours"_qs}, true);
    INFO(dutchHours.out.toStdString());
    CHECK(dutchHours.out.contains(line(u"^ma  +\\d\\d:\\d\\d-"_qs)));

    cli(t, {u"action"_qs, u"add"_qs, u"--cause"_qs, u"Offertes blijven liggen"_qs, u"--state"_qs,
            u"in_progress"_qs});
    const CliRun actions = cli(t, {u"action"_qs, u"list"_qs});
    INFO(actions.out.toStdString());
    CHECK(actions.out.contains(u"  in progress  "_qs));
    CHECK_FALSE(actions.out.contains(u"in_progress"_qs));
}
