// klachtdesk-cli search and history give what the core (and so the GUI) gives.
#include "testsupport.h"

#include "search/historyservice.h"
#include "search/searchservice.h"
#include "service/complaintservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

TEST_CASE("the CLI's search and history give the same results as the core", "[search][cli]")
{
    TempDatabase t(QDateTime::currentDateTimeUtc());
    for (int i = 0; i < 3; ++i) {
        NewComplaint n;
        n.customer.name = QStringLiteral("Fatima Yilmaz");
        n.customer.phone = QStringLiteral("06-22223333");
        n.customer.handles = {{QStringLiteral("twitter"), QStringLiteral("@fatimay")}};
        n.channel = QStringLiteral("twitter");
        n.description = QStringLiteral("Bezorging nummer %1 mislukt, pakket retour afzender.").arg(i);
        n.receivedAt = QDateTime::currentDateTimeUtc().addDays(-i);
        KD_REQUIRE_OK(ComplaintService(t.db()).registerComplaint(n));
    }
    QStringList coreSearch;
    auto hits = SearchService(t.db()).search(QStringLiteral("retour afz"));
    KD_REQUIRE_OK(hits);
    for (const SearchHit &h : *hits)
        coreSearch << h.id;
    auto customer = HistoryService(t.db()).resolveCustomer(QStringLiteral("@FatimaY"));
    KD_REQUIRE_OK(customer);
    auto history = HistoryService(t.db()).forCustomer(customer->meta.id);
    KD_REQUIRE_OK(history);
    QStringList coreHistory;
    for (const HistoryEntry &e : history->entries)
        coreHistory << e.id;
    t.close(); // the CLI opens the file itself

    const CliRun s = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("search"),
                             QStringLiteral("retour afz"), QStringLiteral("--json")});
    INFO(s.err.toStdString());
    REQUIRE(s.exitCode == 0);
    QStringList cliSearch;
    for (const auto &v : QJsonDocument::fromJson(s.out.toUtf8()).object()[u"hits"].toArray())
        cliSearch << v.toObject()[u"id"].toString();
    CHECK(cliSearch.size() == 3);
    CHECK(cliSearch == coreSearch);

    for (const QString &key : {QStringLiteral("06 2222 3333"), QStringLiteral("@fatimay")}) {
        const CliRun h = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("history"), key,
                                 QStringLiteral("--json")});
        INFO(h.err.toStdString());
        REQUIRE(h.exitCode == 0);
        const QJsonObject o = QJsonDocument::fromJson(h.out.toUtf8()).object();
        QStringList cliHistory;
        for (const auto &v : o[u"entries"].toArray())
            cliHistory << v.toObject()[u"id"].toString();
        CHECK(cliHistory == coreHistory);
        CHECK(o[u"complaints_last_12_months"].toInt() == 3);
    }
    // Hostile text on the command line is just text; an unknown customer is exit code 3.
    CHECK(runCli({QStringLiteral("--db"), t.path(), QStringLiteral("search"),
                  QStringLiteral("\"NEAR(* AND")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("--db"), t.path(), QStringLiteral("history"),
                  QStringLiteral("nobody@example.nl")}).exitCode == 3);
}
