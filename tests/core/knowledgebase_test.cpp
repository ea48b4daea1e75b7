// The knowledge base: default answers per category in Dutch and English, search, editing.
#include "testsupport.h"

#include "search/knowledgebase.h"
#include "storage/catalogstore.h"
#include "storage/sqlquery.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

TEST_CASE("every default category has standard answers in Dutch and English", "[search][kb]")
{
    TempDatabase t;
    auto categories = CatalogStore(t.db()).categories();
    KD_REQUIRE_OK(categories);
    KnowledgeBase kb(t.db());
    int leaves = 0;
    for (const Category &c : *categories) {
        if (c.parentId.isEmpty())
            continue;
        ++leaves;
        for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
            auto list = kb.list(c.meta.id, lang);
            KD_REQUIRE_OK(list);
            INFO(c.code.toStdString() << " " << lang.toStdString());
            CHECK(list->size() >= 2);
        }
    }
    CHECK(leaves >= 10);
    // Seeding is not a change to sync: every desktop seeds the same rows.
    auto logged = runQuery(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                  "table_name = 'kb_article'"));
    KD_REQUIRE_OK(logged);
    logged->next();
    CHECK(logged->value(0).toInt() == 0);
    // Opening again does not seed twice.
    const int rows = rowCount(t.db(), QStringLiteral("kb_article"));
    t.reopen();
    CHECK(rowCount(t.db(), QStringLiteral("kb_article")) == rows);
}

TEST_CASE("the knowledge base is searched by words, prefixes and without accents", "[search][kb]")
{
    TempDatabase t;
    KnowledgeBase kb(t.db());
    auto r = kb.search(QStringLiteral("creditfact"), QStringLiteral("nl"));
    KD_REQUIRE_OK(r);
    REQUIRE_FALSE(r->isEmpty());
    CHECK(r->first().answer.contains(QLatin1String("creditfactuur")));
    auto en = kb.search(QStringLiteral("warranty"), QStringLiteral("en"));
    KD_REQUIRE_OK(en);
    REQUIRE_FALSE(en->isEmpty());
    for (const KbArticle &a : *en)
        CHECK(a.language == QLatin1String("en"));
    CHECK(kb.search(QStringLiteral("\"NEAR( *")).ok());
}

TEST_CASE("articles are added, changed and removed as synced rows", "[search][kb]")
{
    TempDatabase t;
    KnowledgeBase kb(t.db());
    CHECK(kb.canEdit()); // no user accounts: the one user edits
    KbArticle a;
    a.language = QStringLiteral("nl");
    a.question = QStringLiteral("Hoe vraag ik een ôude factuur op?");
    a.answer = QStringLiteral("Via Mijn Account > Facturen.");
    a.tags = {QStringLiteral("factuur")};
    KbArticle empty;
    CHECK_FALSE(kb.add(empty).ok());
    KD_REQUIRE_OK(kb.add(a));
    auto found = kb.search(QStringLiteral("oude factuur"));
    KD_REQUIRE_OK(found);
    REQUIRE_FALSE(found->isEmpty());
    CHECK(found->first().meta.id == a.meta.id);
    a.answer = QStringLiteral("In de app onder Facturen.");
    KD_REQUIRE_OK(kb.update(a));
    auto back = kb.get(a.meta.id);
    KD_REQUIRE_OK(back);
    CHECK(back->answer == a.answer);
    CHECK(back->tags == a.tags);
    KD_REQUIRE_OK(kb.remove(a.meta.id));
    auto gone = kb.search(QStringLiteral("oude factuur"));
    KD_REQUIRE_OK(gone);
    for (const KbArticle &x : *gone)
        CHECK(x.meta.id != a.meta.id);
    auto logged = runQuery(t.db(), QStringLiteral("SELECT op FROM change_log WHERE table_name = "
                                                  "'kb_article' ORDER BY seq"));
    KD_REQUIRE_OK(logged);
    QStringList ops;
    while (logged->next())
        ops << logged->value(0).toString();
    CHECK(ops == QStringList{QStringLiteral("insert"), QStringLiteral("update"),
                             QStringLiteral("delete")});
}

TEST_CASE("only supervisors and administrators edit the knowledge base once users exist",
          "[search][kb]")
{
    TempDatabase t;
    auto insertUser = [&](const QString &login, const QString &role) {
        KD_REQUIRE_OK(runStatement(t.db(),
                                   QStringLiteral("INSERT INTO app_user(id, login, display_name, "
                                                  "role, created_at, updated_at, created_by, "
                                                  "updated_by) VALUES (?, ?, ?, ?, 0, 0, 't', 't')"),
                                   {login + QStringLiteral("-id"), login, login, role}));
    };
    insertUser(QStringLiteral("tester"), QStringLiteral("agent"));
    insertUser(QStringLiteral("teamleider"), QStringLiteral("supervisor"));
    CHECK_FALSE(KnowledgeBase(t.db()).canEdit());
    t.db().setUser(QStringLiteral("teamleider"));
    CHECK(KnowledgeBase(t.db()).canEdit());
}
