// Reference data: default tree and channels from resources, lookups by code or name.
#include "catalogstore.h"

#include "defaultrows.h"

#include "database.h"
#include "domain/uuid.h"
#include "rowmeta.h"
#include "rowwriter.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd {
namespace {

const QString kCategoryColumns
    = QStringLiteral("id, code, parent_id, name_en, name_nl, kind, sort_order, ") + metaColumns();
const QString kChannelColumns = QStringLiteral("id, code, name_en, name_nl, is_public, reply_limit, "
                                               "first_response_minutes, active, ")
                                + metaColumns();

Category readCategory(const QSqlQuery &q)
{
    Category c;
    c.meta.id = q.value(0).toString();
    c.code = q.value(1).toString();
    c.parentId = q.value(2).toString();
    c.nameEn = q.value(3).toString();
    c.nameNl = q.value(4).toString();
    c.kind = parse<CategoryKind>(q.value(5).toString()).value_or(CategoryKind::Organisational);
    c.sortOrder = q.value(6).toInt();
    readMeta(q, 7, c.meta);
    return c;
}

Channel readChannel(const QSqlQuery &q)
{
    Channel c;
    c.meta.id = q.value(0).toString();
    c.code = q.value(1).toString();
    c.nameEn = q.value(2).toString();
    c.nameNl = q.value(3).toString();
    c.isPublic = q.value(4).toBool();
    if (!q.value(5).isNull())
        c.replyLimit = q.value(5).toInt();
    c.firstResponseMinutes = q.value(6).toInt();
    c.active = q.value(7).toBool();
    readMeta(q, 8, c.meta);
    return c;
}

QVariantMap categoryColumns(const Category &c)
{
    return {{QStringLiteral("code"), nullIfEmpty(c.code)},
            {QStringLiteral("parent_id"), nullIfEmpty(c.parentId)},
            {QStringLiteral("name_en"), c.nameEn},
            {QStringLiteral("name_nl"), c.nameNl},
            {QStringLiteral("kind"), toString(c.kind)},
            {QStringLiteral("sort_order"), c.sortOrder}};
}

QVariantMap channelColumns(const Channel &c)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("name_en"), c.nameEn},
            {QStringLiteral("name_nl"), c.nameNl},
            {QStringLiteral("is_public"), c.isPublic ? 1 : 0},
            {QStringLiteral("reply_limit"), c.replyLimit ? QVariant(*c.replyLimit) : QVariant()},
            {QStringLiteral("first_response_minutes"), c.firstResponseMinutes},
            {QStringLiteral("active"), c.active ? 1 : 0}};
}

} // namespace

CatalogStore::CatalogStore(Database &db) : m_db(db) {}

Status CatalogStore::ensureDefaults()
{
    auto categories = readDefaultArray(QStringLiteral(":/data/categories.json"), QStringLiteral("categories"));
    if (!categories)
        return categories.error();
    if (auto s = seedIfEmpty(m_db, QStringLiteral("category"),
                             {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("parent_id"),
                              QStringLiteral("name_en"), QStringLiteral("name_nl"),
                              QStringLiteral("kind"), QStringLiteral("sort_order")},
                             *categories,
                             [](const QJsonObject &o) -> QVariantList {
                                 return {o[u"id"].toString(), o[u"code"].toString(),
                                         o[u"parent"].isNull() ? QVariant() : QVariant(o[u"parent"].toString()),
                                         o[u"name_en"].toString(), o[u"name_nl"].toString(),
                                         o[u"kind"].toString(), o[u"sort_order"].toInt()};
                             });
        !s)
        return s;
    auto channels = readDefaultArray(QStringLiteral(":/data/channels.json"), QStringLiteral("channels"));
    if (!channels)
        return channels.error();
    return seedIfEmpty(m_db, QStringLiteral("channel"),
                       {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name_en"),
                        QStringLiteral("name_nl"), QStringLiteral("is_public"),
                        QStringLiteral("reply_limit"), QStringLiteral("first_response_minutes"),
                        QStringLiteral("sort_order")},
                       *channels, [](const QJsonObject &o) -> QVariantList {
                           return {o[u"id"].toString(), o[u"code"].toString(), o[u"name_en"].toString(),
                                   o[u"name_nl"].toString(), o[u"is_public"].toBool() ? 1 : 0,
                                   o[u"reply_limit"].isNull() ? QVariant() : QVariant(o[u"reply_limit"].toInt()),
                                   o[u"first_response_minutes"].toInt(), o[u"sort_order"].toInt()};
                       });
}

Result<QList<Category>> CatalogStore::categories()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM category WHERE deleted_at IS NULL "
                                           "ORDER BY sort_order, name_en")
                                .arg(kCategoryColumns));
    if (!q)
        return q.error();
    QList<Category> out;
    while (q->next())
        out.append(readCategory(*q));
    return out;
}

Result<QList<Channel>> CatalogStore::channels(bool activeOnly)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM channel WHERE deleted_at IS NULL %2 "
                                           "ORDER BY sort_order, name_en")
                                .arg(kChannelColumns,
                                     activeOnly ? QStringLiteral("AND active = 1") : QString()));
    if (!q)
        return q.error();
    QList<Channel> out;
    while (q->next())
        out.append(readChannel(*q));
    return out;
}

Result<Category> CatalogStore::category(const QString &id)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM category WHERE id = ?").arg(kCategoryColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("No category with id %1").arg(id));
    return readCategory(*q);
}

Result<Channel> CatalogStore::channel(const QString &id)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM channel WHERE id = ?").arg(kChannelColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("No channel with id %1").arg(id));
    return readChannel(*q);
}

Result<Channel> CatalogStore::findChannel(const QString &key)
{
    auto all = channels(false);
    if (!all)
        return all.error();
    const QString k = key.trimmed();
    for (const Channel &c : *all)
        if (c.meta.id == k || c.code.compare(k, Qt::CaseInsensitive) == 0
            || c.nameEn.compare(k, Qt::CaseInsensitive) == 0
            || c.nameNl.compare(k, Qt::CaseInsensitive) == 0)
            return c;
    QStringList known;
    for (const Channel &c : *all)
        known << c.code;
    Error e = invalid(QStringLiteral("channel"),
                      QCoreApplication::translate("kd::CatalogStore",
                                                  "Unknown channel \"%1\". Known channels: %2.")
                          .arg(key, known.join(QStringLiteral(", "))));
    e.code = ErrorCode::NotFound;
    return e;
}

Result<Category> CatalogStore::findCategory(const QString &key)
{
    auto all = categories();
    if (!all)
        return all.error();
    const QString k = key.trimmed();
    for (const Category &c : *all)
        if (c.meta.id == k || (!c.code.isEmpty() && c.code.compare(k, Qt::CaseInsensitive) == 0)
            || c.nameEn.compare(k, Qt::CaseInsensitive) == 0
            || c.nameNl.compare(k, Qt::CaseInsensitive) == 0)
            return c;
    QStringList known;
    for (const Category &c : *all)
        if (!c.code.isEmpty())
            known << c.code;
    Error e = invalid(QStringLiteral("category"),
                      QCoreApplication::translate("kd::CatalogStore",
                                                  "Unknown category \"%1\". Known categories: %2.")
                          .arg(key, known.join(QStringLiteral(", "))));
    e.code = ErrorCode::NotFound;
    return e;
}

Status CatalogStore::addCategory(Category &category)
{
    if (category.nameEn.trimmed().isEmpty() && category.nameNl.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), QStringLiteral("A category needs a name."));
    if (category.nameEn.isEmpty())
        category.nameEn = category.nameNl;
    if (category.meta.id.isEmpty())
        category.meta.id = uuid::v7(m_db.clock());
    return RowWriter(m_db).insert(QStringLiteral("category"), category.meta.id,
                                  categoryColumns(category));
}

Status CatalogStore::updateCategory(const Category &category)
{
    auto r = RowWriter(m_db).update(QStringLiteral("category"), category.meta.id,
                                    categoryColumns(category));
    return r ? Status{} : Status{r.error()};
}

Status CatalogStore::addChannel(Channel &channel)
{
    if (channel.code.trimmed().isEmpty())
        return invalid(QStringLiteral("code"), QStringLiteral("A channel needs a code."));
    if (channel.meta.id.isEmpty())
        channel.meta.id = uuid::v7(m_db.clock());
    return RowWriter(m_db).insert(QStringLiteral("channel"), channel.meta.id,
                                  channelColumns(channel));
}

Status CatalogStore::updateChannel(const Channel &channel)
{
    auto r = RowWriter(m_db).update(QStringLiteral("channel"), channel.meta.id,
                                    channelColumns(channel));
    return r ? Status{} : Status{r.error()};
}

} // namespace kd
