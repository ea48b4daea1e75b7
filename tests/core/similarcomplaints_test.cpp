// Similar complaints on a fixture with a known right answer, and known-complaint marking.
#include "testsupport.h"

#include "search/knowncomplaints.h"
#include "search/similarcomplaints.h"
#include "service/complaintservice.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

Registration registerAt(TempDatabase &t, const QString &category, const QString &product,
                        const QString &subject, const QString &description, int daysAgo,
                        const QString &customer = QStringLiteral("Klant"))
{
    NewComplaint n;
    n.customer.name = customer;
    n.channel = QStringLiteral("email");
    n.category = category;
    n.productRef = product;
    n.subject = subject;
    n.description = description;
    n.receivedAt = t.clock().now().addDays(-daysAgo);
    auto r = ComplaintService(t.db()).registerComplaint(n);
    KD_REQUIRE_OK(r);
    return *r;
}

QString referenceOf(const QMap<QString, Registration> &byKey, const QString &key)
{
    return byKey.value(key).complaint.reference;
}

} // namespace

TEST_CASE("the most similar earlier complaints come first, with the reply that solved them",
          "[search][similar]")
{
    TempDatabase t;
    QFile file(QStringLiteral(KD_TEST_DATA "/search/similar-fixture.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject fixture = QJsonDocument::fromJson(file.readAll()).object();
    QMap<QString, Registration> byKey;
    for (const auto &v : fixture.value(u"others").toArray()) {
        const QJsonObject o = v.toObject();
        const Registration r = registerAt(t, o[u"category"].toString(), o[u"product"].toString(),
                                          o[u"subject"].toString(), o[u"description"].toString(),
                                          o[u"days_ago"].toInt());
        byKey.insert(o[u"key"].toString(), r);
        if (o.contains(u"reply")) {
            Interaction i;
            i.direction = Direction::Outbound;
            i.kind = InteractionKind::Reply;
            i.body = o[u"reply"].toString();
            i.occurredAt = r.complaint.receivedAt.addSecs(3600);
            KD_REQUIRE_OK(ComplaintService(t.db()).addInteraction(r.complaint.reference, i));
        }
    }
    const QJsonObject target = fixture.value(u"target").toObject();
    const Registration me = registerAt(t, target[u"category"].toString(),
                                       target[u"product"].toString(), target[u"subject"].toString(),
                                       target[u"description"].toString(), 0);

    auto similar = SimilarComplaints(t.db()).forComplaint(me.complaint.meta.id);
    KD_REQUIRE_OK(similar);
    QStringList got;
    for (const SimilarComplaint &s : *similar)
        got << s.reference;
    INFO("got: " << got.join(u", ").toStdString());
    const QJsonArray expected = fixture.value(u"expected").toArray();
    REQUIRE(got.size() >= expected.size());
    for (int i = 0; i < expected.size(); ++i)
        CHECK(got.at(i) == referenceOf(byKey, expected.at(i).toString()));
    for (const auto &absent : fixture.value(u"absent").toArray())
        CHECK_FALSE(got.contains(referenceOf(byKey, absent.toString())));
    CHECK_FALSE(got.contains(me.complaint.reference));

    const SimilarComplaint &best = similar->first();
    CHECK(best.sameCategory);
    CHECK(best.sameProduct);
    CHECK(best.reply.contains(QLatin1String("donderdag bezorgd")));
    CHECK(best.sharedTerms.contains(QLatin1String("levertijd")));
    CHECK(best.score > similar->at(1).score);
}

TEST_CASE("similar complaints are found for a text that is still being registered", "[similar]")
{
    TempDatabase t;
    const Registration a = registerAt(t, QStringLiteral("wrong_invoice"), {},
                                      QStringLiteral("Dubbel afgeschreven"),
                                      QStringLiteral("Het bedrag is twee keer afgeschreven."), 3);
    registerAt(t, QStringLiteral("delivery_time"), {}, QStringLiteral("Te laat"),
               QStringLiteral("Pakket is te laat."), 2);
    SimilarQuery q;
    q.description = QStringLiteral("Er is twee keer een bedrag afgeschreven van mijn rekening");
    q.categoryId = a.complaint.categoryId;
    auto r = SimilarComplaints(t.db()).find(q);
    KD_REQUIRE_OK(r);
    REQUIRE(r->size() == 1);
    CHECK(r->first().id == a.complaint.meta.id);
}

TEST_CASE("registering a complaint like several recent ones marks it known, with its group",
          "[similar][known]")
{
    TempDatabase t;
    const QString text = QStringLiteral("Mijn pakket is zoekgeraakt in het sorteercentrum Zwolle "
                                        "van de vervoerder.");
    const Registration old = registerAt(t, QStringLiteral("delivery_time"), {},
                                        QStringLiteral("Pakket kwijt"), text, 60);
    const Registration first = registerAt(t, QStringLiteral("delivery_time"), {},
                                          QStringLiteral("Pakket kwijt"), text, 20);
    const Registration second = registerAt(t, QStringLiteral("delivery_time"), {},
                                           QStringLiteral("Pakket zoek"),
                                           QStringLiteral("Pakket zoekgeraakt bij sorteercentrum "
                                                          "Zwolle."),
                                           10);
    const Registration third = registerAt(t, QStringLiteral("delivery_time"), {},
                                          QStringLiteral("Pakket kwijt"), text, 5);
    const Registration unrelated = registerAt(t, QStringLiteral("unfriendly_employee"), {},
                                              QStringLiteral("Onbeschoft"),
                                              QStringLiteral("De medewerker hing op."), 1);
    // Two recent look-alikes are not enough for the default rule (three).
    CHECK_FALSE(third.known);
    CHECK(rowCount(t.db(), QStringLiteral("complaint WHERE known_complaint = 1")) == 0);

    // The fourth look-alike is marked by its registration, without anyone asking.
    const Registration now = registerAt(t, QStringLiteral("delivery_time"), {},
                                        QStringLiteral("Waar is mijn pakket"), text, 0);
    CHECK(now.known);

    auto flags = runQuery(t.db(), QStringLiteral("SELECT id, known_complaint, known_group_id FROM "
                                                 "complaint"));
    KD_REQUIRE_OK(flags);
    QMap<QString, QPair<int, QString>> byId;
    while (flags->next())
        byId.insert(flags->value(0).toString(),
                    {flags->value(1).toInt(), flags->value(2).toString()});
    for (const Registration *r : {&first, &second, &third, &now}) {
        CHECK(byId.value(r->complaint.meta.id).first == 1);
        CHECK(byId.value(r->complaint.meta.id).second == first.complaint.meta.id);
    }
    CHECK(byId.value(old.complaint.meta.id).first == 0); // 60 days ago is not recent
    CHECK(byId.value(unrelated.complaint.meta.id).first == 0);
    // Every mark went through the change log, so sync carries it.
    auto logged = runQuery(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                  "table_name = 'complaint' AND op = 'update' AND "
                                                  "fields LIKE '%known_complaint%'"));
    KD_REQUIRE_OK(logged);
    logged->next();
    CHECK(logged->value(0).toInt() == 4);

    // Evaluating by hand gives the same verdict and changes nothing more.
    const int logBefore = rowCount(t.db(), QStringLiteral("change_log"));
    KnownRule rule; // 3 similar within 30 days, score 0.5
    auto again = KnownComplaints(t.db()).evaluate(now.complaint.meta.id, rule);
    KD_REQUIRE_OK(again);
    CHECK(again->known);
    CHECK(again->matches.size() == 3);
    CHECK(again->groupId == first.complaint.meta.id);
    CHECK(again->markedIds.isEmpty());
    CHECK(rowCount(t.db(), QStringLiteral("change_log")) == logBefore);
}

TEST_CASE("changing a complaint's text to match several recent ones marks it known",
          "[similar][known]")
{
    TempDatabase t;
    const QString text = QStringLiteral("De koelkast van Vestra lekt water onder de groentelade "
                                        "na de reparatie.");
    for (int days : {9, 6, 3})
        registerAt(t, QStringLiteral("product_defect"), {}, QStringLiteral("Koelkast lekt"), text, days);
    const Registration r = registerAt(t, QStringLiteral("product_defect"), {},
                                      QStringLiteral("Vraag"), QStringLiteral("Bel mij terug."), 0);
    CHECK_FALSE(r.known);
    KD_REQUIRE_OK(ComplaintService(t.db()).setField(r.complaint.reference,
                                                    QStringLiteral("description"), text));
    auto q = runQuery(t.db(), QStringLiteral("SELECT known_complaint FROM complaint WHERE id = ?"),
                      {r.complaint.meta.id});
    KD_REQUIRE_OK(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == 1);
}

TEST_CASE("a complaint with too few recent look-alikes is not marked known", "[similar][known]")
{
    TempDatabase t;
    const QString text = QStringLiteral("De monteur van de cv-ketel is niet gekomen op de "
                                        "afgesproken dinsdag.");
    registerAt(t, QStringLiteral("agreement_not_kept"), {}, QStringLiteral("Monteur"), text, 12);
    registerAt(t, QStringLiteral("agreement_not_kept"), {}, QStringLiteral("Monteur"), text, 6);
    const Registration now = registerAt(t, QStringLiteral("agreement_not_kept"), {},
                                        QStringLiteral("Monteur"), text, 0);
    KnownRule rule;
    auto v = KnownComplaints(t.db()).evaluate(now.complaint.meta.id, rule);
    KD_REQUIRE_OK(v);
    CHECK_FALSE(v->known);
    CHECK(v->matches.size() == 2);
    // The rule is configurable: two look-alikes are enough when the rule says so.
    rule.minSimilar = 2;
    KD_REQUIRE_OK(rule.save(t.db()));
    CHECK(KnownRule::load(t.db()).minSimilar == 2);
    auto v2 = KnownComplaints(t.db()).evaluate(now.complaint.meta.id);
    KD_REQUIRE_OK(v2);
    CHECK(v2->known);
    CHECK(v2->markedIds.size() == 3);
}

TEST_CASE("of two common words the rarer one is picked, also above the exact-count limit",
          "[search][similar]")
{
    // Frequencies above SimilarOptions::exactFrequencyUpTo are estimated from how far back in
    // time a word's newest matches reach. With a limit of 10, "rolluik" (60 complaints) and
    // "zonnescherm" (30) both pass it; counting only up to the limit would make them equal and
    // the text's order would pick "rolluik", whose complaints are not the look-alikes.
    TempDatabase t;
    QStringList sunshade;
    for (int i = 0; i < 90; ++i) {
        const bool screen = i % 3 == 0;
        const Registration r = registerAt(
            t, QStringLiteral("product_defect"), {}, QStringLiteral("Melding %1").arg(i),
            screen ? QStringLiteral("Het zonnescherm gaat niet meer open.")
                   : QStringLiteral("Het rolluik blijft halverwege hangen."),
            100 - i);
        if (screen)
            sunshade << r.complaint.reference;
    }
    const Registration me = registerAt(t, QStringLiteral("product_defect"), {},
                                       QStringLiteral("Rolluik en zonnescherm"),
                                       QStringLiteral("Rolluik kapot, zonnescherm ook."), 0);
    SimilarOptions o;
    o.salientTerms = 1;
    o.exactFrequencyUpTo = 10;
    o.limit = 10;
    o.withSolutions = false;
    auto similar = SimilarComplaints(t.db()).forComplaint(me.complaint.meta.id, o);
    KD_REQUIRE_OK(similar);
    REQUIRE(similar->size() == 10);
    for (const SimilarComplaint &s : *similar) {
        INFO(s.reference.toStdString() << ": " << s.description.toStdString());
        CHECK(sunshade.contains(s.reference));
        CHECK(s.sharedTerms == QStringList{QStringLiteral("zonnescherm")});
    }
}
