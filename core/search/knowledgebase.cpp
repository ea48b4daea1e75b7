// Knowledge-base rows through RowWriter, found through the kb_fts index.
#include "knowledgebase.h"

#include "service/userrole.h"
#include "storage/defaultrows.h"

#include "ftsquery.h"
#include "storage/database.h"
#include "storage/rowmeta.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"
#include "domain/uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd {
namespace {

const QString kColumns = QStringLiteral("a.id, a.category_id, a.language, a.question, a.answer, "
                                        "a.tags, ")
                         + metaColumns(QStringLiteral("a"));

KbArticle readArticle(const QSqlQuery &q)
{
    KbArticle a;
    a.meta.id = q.value(0).toString();
    a.categoryId = q.value(1).toString();
    a.language = q.value(2).toString();
    a.question = q.value(3).toString();
    a.answer = q.value(4).toString();
    for (const auto &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        a.tags << v.toString();
    readMeta(q, 6, a.meta);
    return a;
}

// The articles a query over kColumns (alias a) finds, in one language when one is given; order
// (ORDER BY ...) and its values come after that filter.
Result<QList<KbArticle>> articles(Database &db, QString sql, QVariantList values,
                                  const QString &language, const QString &order,
                                  const QVariantList &orderValues)
{
    if (!language.isEmpty()) {
        sql += QStringLiteral(" AND a.language = ?");
        values << language;
    }
    auto q = runQuery(db, sql + order, values + orderValues);
    if (!q)
        return q.error();
    QList<KbArticle> out;
    while (q->next())
        out.append(readArticle(*q));
    return out;
}

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

Status validate(const KbArticle &a)
{
    if (a.question.trimmed().isEmpty())
        return invalid(QStringLiteral("question"), QCoreApplication::translate("kd::KnowledgeBase", "An article needs a question or title."));
    if (a.answer.trimmed().isEmpty())
        return invalid(QStringLiteral("answer"), QCoreApplication::translate("kd::KnowledgeBase", "An article needs an answer."));
    return {};
}

QVariantMap columnsOf(const KbArticle &a)
{
    return {{QStringLiteral("category_id"), nullIfEmpty(a.categoryId)},
            {QStringLiteral("language"), a.language.isEmpty() ? QStringLiteral("nl") : a.language},
            {QStringLiteral("question"), a.question.trimmed()},
            {QStringLiteral("answer"), a.answer.trimmed()},
            {QStringLiteral("tags"), tagsJson(a.tags)}};
}

} // namespace

KnowledgeBase::KnowledgeBase(Database &db) : m_db(db) {}

Status KnowledgeBase::ensureDefaults()
{
    QJsonArray all;
    const QDir dir(QStringLiteral(":/data/knowledge"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto rows = readDefaultArray(dir.filePath(name), QStringLiteral("articles"));
        if (!rows)
            return rows.error();
        for (const QJsonValue &v : std::as_const(*rows))
            all.append(v);
    }
    return seedIfEmpty(m_db, QStringLiteral("kb_article"),
                       {QStringLiteral("id"), QStringLiteral("category_id"), QStringLiteral("language"),
                        QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("tags")},
                       all, [](const QJsonObject &o) -> QVariantList {
                           QStringList tags;
                           for (const auto &t : o.value(u"tags").toArray())
                               tags << t.toString();
                           return {o.value(u"id").toString(),
                                   o.value(u"category").isString() ? QVariant(o.value(u"category").toString())
                                                                   : QVariant(),
                                   o.value(u"language").toString(), o.value(u"question").toString(),
                                   o.value(u"answer").toString(), tagsJson(tags)};
                       });
}

Result<QList<KbArticle>> KnowledgeBase::list(const QString &categoryId, const QString &language)
{
    QString sql = QStringLiteral("SELECT %1 FROM kb_article a WHERE a.deleted_at IS NULL").arg(kColumns);
    QVariantList values;
    if (!categoryId.isEmpty()) {
        sql += QStringLiteral(" AND (a.category_id IS NULL OR a.category_id = ? OR a.category_id = "
                              "(SELECT parent_id FROM category WHERE id = ?))");
        values << categoryId << categoryId;
    }
    return articles(m_db, sql, values, language,
                    QStringLiteral(" ORDER BY (a.category_id = ?) DESC, a.question"), {categoryId});
}

Result<QList<KbArticle>> KnowledgeBase::search(const QString &text, const QString &language, int limit)
{
    const QString match = fts::matchAll(fts::tokens(text));
    if (match.isEmpty())
        return list({}, language);
    const QString sql = QStringLiteral("SELECT %1 FROM kb_fts f JOIN kb_article a ON a.local_id = "
                                       "f.rowid WHERE kb_fts MATCH ? AND a.deleted_at IS NULL")
                            .arg(kColumns);
    // The knowledge base is small: ranking every match is cheap here.
    return articles(m_db, sql, {match}, language, QStringLiteral(" ORDER BY f.rank LIMIT ?"),
                    {limit});
}

Result<KbArticle> KnowledgeBase::get(const QString &id)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM kb_article a WHERE a.id = ?").arg(kColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("kd::KnowledgeBase", "No knowledge-base article with id %1.").arg(id), id);
    return readArticle(*q);
}

Status KnowledgeBase::add(KbArticle &article)
{
    if (auto s = validate(article); !s)
        return s;
    if (article.meta.id.isEmpty())
        article.meta.id = uuid::v7(m_db.clock());
    return RowWriter(m_db).insert(QStringLiteral("kb_article"), article.meta.id, columnsOf(article));
}

Status KnowledgeBase::update(const KbArticle &article)
{
    if (auto s = validate(article); !s)
        return s;
    auto r = RowWriter(m_db).update(QStringLiteral("kb_article"), article.meta.id, columnsOf(article));
    if (!r)
        return r.error();
    return {};
}

Status KnowledgeBase::remove(const QString &id)
{
    return RowWriter(m_db).tombstone(QStringLiteral("kb_article"), id);
}

bool KnowledgeBase::canEdit()
{
    return int(currentRole(m_db)) >= int(UserRole::Supervisor);
}

} // namespace kd
