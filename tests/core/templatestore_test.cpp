// Reply templates: defaults seeded from resources, choice by category/channel/language/form,
// placeholder filling, supervisors' edits logged for sync, and defaults that pass the checks.
#include "testsupport.h"

#include "drafting/replychecker.h"
#include "drafting/templatestore.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

TEST_CASE("default reply templates are seeded once with fixed ids", "[drafting]")
{
    TempDatabase t;
    TemplateStore store(t.db());
    KD_REQUIRE_OK(store.ensureDefaults());
    KD_REQUIRE_OK(store.ensureDefaults());
    auto all = store.templates();
    KD_REQUIRE_OK(all);
    CHECK(all->size() >= 9);
    auto general = store.find(u"nl_general_formal"_qs);
    KD_REQUIRE_OK(general);
    CHECK(general->meta.id == QLatin1String("00000000-0000-7000-8000-000000000404"));
}

TEST_CASE("the most specific template wins: category, then channel, then form", "[drafting]")
{
    TempDatabase t;
    TemplateStore store(t.db());
    KD_REQUIRE_OK(store.ensureDefaults());
    CHECK(store.choose(u"delivery_time"_qs, u"email"_qs, u"nl"_qs, FormOfAddress::Informal)->code
          == QLatin1String("nl_delivery_informal"));
    CHECK(store.choose(u"other_organisational"_qs, u"twitter"_qs, u"nl"_qs, FormOfAddress::Formal)->code
          == QLatin1String("nl_public_formal"));
    CHECK(store.choose(u"other_organisational"_qs, u"email"_qs, u"nl"_qs, FormOfAddress::Formal)->code
          == QLatin1String("nl_general_formal"));
    CHECK(store.choose(u"delivery_time"_qs, u"email"_qs, u"en"_qs, FormOfAddress::Unknown)->code
          == QLatin1String("en_delivery"));
    CHECK_FALSE(store.choose({}, {}, u"fr"_qs, FormOfAddress::Unknown).ok());
}

TEST_CASE("placeholders are filled and the missing ones are reported", "[drafting]")
{
    TemplateValues v;
    v.customerName = u"Sanne de Vries"_qs;
    v.agentName = u"Joost van Dam"_qs;
    v.reference = u"KL-2026-000123"_qs;
    v.promisedDate = QDateTime(QDate(2026, 10, 9), QTime(17, 0));
    const FilledTemplate f = fillTemplate(
        u"Hoi {customer_first_name}, ik regel het {promised_date}. ^{agent_initials} {reference} {kb_fact}"_qs, v);
    CHECK(f.text == QLatin1String("Hoi Sanne, ik regel het op vrijdag 9 oktober. ^JvD KL-2026-000123 {kb_fact}"));
    CHECK(f.unfilled == QStringList{u"{kb_fact}"_qs});
}

TEST_CASE("a supervisor's edit of a template is stored and logged for sync", "[drafting]")
{
    TempDatabase t;
    TemplateStore store(t.db());
    KD_REQUIRE_OK(store.ensureDefaults());
    auto tpl = store.find(u"en_general"_qs);
    KD_REQUIRE_OK(tpl);
    ReplyTemplate edited = *tpl;
    edited.body = u"Hi {customer_first_name}, sorry!"_qs;
    auto changes = store.update(edited);
    KD_REQUIRE_OK(changes);
    REQUIRE(changes->size() == 1);
    CHECK(changes->first().field == QLatin1String("body"));
    CHECK(store.find(u"en_general"_qs)->body == edited.body);
    auto logged = runQuery(t.db(), u"SELECT count(*) FROM change_log WHERE table_name = 'reply_template'"_qs);
    KD_REQUIRE_OK(logged);
    logged->next();
    CHECK(logged->value(0).toInt() == 1);
    edited.body = u"  "_qs;
    CHECK_FALSE(store.update(edited).ok());
}

TEST_CASE("filled default templates pass the don'ts, the channel rules and the tone check", "[drafting]")
{
    TempDatabase t;
    TemplateStore store(t.db());
    KD_REQUIRE_OK(store.ensureDefaults());
    const ReplyChecker checker(t.clock());
    // Keep the Result alive: a range-for over *store.templates() would walk a destroyed list.
    const auto templates = store.templates();
    KD_REQUIRE_OK(templates);
    for (const ReplyTemplate &tpl : *templates) {
        TemplateValues v;
        v.customerName = u"Sanne de Vries"_qs;
        v.agentName = u"Mark Kok"_qs;
        v.reference = u"KL-2026-000123"_qs;
        v.promisedDate = t.clock().now().addDays(2);
        v.language = tpl.language;
        const FilledTemplate f = fillTemplate(tpl.body, v);
        ReplyContext c;
        c.customerName = v.customerName;
        c.agentName = v.agentName;
        c.language = tpl.language;
        c.customerForm = tpl.form;
        const bool isPublic = tpl.channelCode == QLatin1String("twitter");
        c.channel = {tpl.channelCode, isPublic, isPublic ? std::optional<int>(280) : std::nullopt};
        const ReplyCheckReport r = checker.check(f.text, c);
        for (const CheckResult &check : r.checks) {
            INFO(tpl.code.toStdString() << " " << check.id.toStdString() << ": " << check.hint.toStdString());
            // The personal parts ([brackets]) are the agent's to write; the rest must hold.
            if (check.id.startsWith(QLatin1String("dont.")) || check.id.startsWith(QLatin1String("channel."))
                || check.id == QLatin1String("tone.register") || check.id == QLatin1String("zekep.personal")
                || check.id == QLatin1String("zekep.businesslike") || check.id == QLatin1String("triad.apology")
                || check.id == QLatin1String("zekep.empathetic"))
                CHECK(check.status == CheckStatus::Pass);
        }
    }
}
