// Reply templates: SQL for the reply_template table (migration 0004) and template choice.
#include "templatestore.h"

#include "storage/defaultrows.h"

#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/rowmeta.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd {
namespace {

const QString kColumns = QStringLiteral("id, code, name, category_code, channel_code, language, "
                                        "form_of_address, body, active, ")
                         + metaColumns();

ReplyTemplate readTemplate(const QSqlQuery &q)
{
    ReplyTemplate t;
    t.meta.id = q.value(0).toString();
    t.code = q.value(1).toString();
    t.name = q.value(2).toString();
    t.categoryCode = q.value(3).toString();
    t.channelCode = q.value(4).toString();
    t.language = q.value(5).toString();
    t.form = parse<FormOfAddress>(q.value(6).toString()).value_or(FormOfAddress::Unknown);
    t.body = q.value(7).toString();
    t.active = q.value(8).toBool();
    readMeta(q, 9, t.meta);
    return t;
}

QVariantMap columns(const ReplyTemplate &t)
{
    return {{QStringLiteral("code"), nullIfEmpty(t.code)},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("category_code"), t.categoryCode},
            {QStringLiteral("channel_code"), t.channelCode},
            {QStringLiteral("language"), t.language},
            {QStringLiteral("form_of_address"), toString(t.form)},
            {QStringLiteral("body"), t.body},
            {QStringLiteral("active"), t.active ? 1 : 0}};
}

Status validate(const ReplyTemplate &t)
{
    if (t.name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), QStringLiteral("a template needs a name"));
    if (t.body.trimmed().isEmpty())
        return invalid(QStringLiteral("body"), QStringLiteral("a template needs a text"));
    if (t.language.isEmpty())
        return invalid(QStringLiteral("language"), QStringLiteral("a template needs a language (nl, en)"));
    return {};
}

} // namespace

TemplateStore::TemplateStore(Database &db) : m_db(db) {}

Status TemplateStore::ensureDefaults()
{
    QJsonArray all;
    for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        auto rows = readDefaultArray(QStringLiteral(":/data/drafting/templates_%1.json").arg(lang),
                                     QStringLiteral("templates"));
        if (!rows)
            return rows.error();
        for (const QJsonValue &v : std::as_const(*rows))
            all.append(v);
    }
    return seedIfEmpty(m_db, QStringLiteral("reply_template"),
                       {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                        QStringLiteral("category_code"), QStringLiteral("channel_code"),
                        QStringLiteral("language"), QStringLiteral("form_of_address"),
                        QStringLiteral("body")},
                       all, [](const QJsonObject &o) -> QVariantList {
                           return {o[u"id"].toString(), o[u"code"].toString(), o[u"name"].toString(),
                                   o[u"category"].toString(), o[u"channel"].toString(),
                                   o[u"language"].toString(), o[u"form"].toString(u"unknown"_qs),
                                   o[u"body"].toString()};
                       });
}

Result<QList<ReplyTemplate>> TemplateStore::templates(bool activeOnly)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM reply_template WHERE deleted_at IS NULL %2 "
                                           "ORDER BY language, category_code, channel_code, name")
                                .arg(kColumns, activeOnly ? QStringLiteral("AND active = 1") : QString()));
    if (!q)
        return q.error();
    QList<ReplyTemplate> out;
    while (q->next())
        out.append(readTemplate(*q));
    return out;
}

Result<ReplyTemplate> TemplateStore::find(const QString &codeOrId)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM reply_template WHERE (code = ? OR id = ?) "
                                           "AND deleted_at IS NULL").arg(kColumns),
                      {codeOrId, codeOrId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("kd::TemplateStore", "No reply template \"%1\".").arg(codeOrId));
    return readTemplate(*q);
}

Result<ReplyTemplate> TemplateStore::choose(const QString &categoryCode, const QString &channelCode,
                                            const QString &language, FormOfAddress form)
{
    auto all = templates(true);
    if (!all)
        return all.error();
    const ReplyTemplate *best = nullptr;
    int bestScore = -1;
    for (const ReplyTemplate &t : *all) {
        if (t.language != language)
            continue;
        int score = 0;
        if (!t.categoryCode.isEmpty()) {
            if (t.categoryCode != categoryCode)
                continue;
            score += 4;
        }
        if (!t.channelCode.isEmpty()) {
            if (t.channelCode != channelCode)
                continue;
            score += 2;
        }
        if (t.form != FormOfAddress::Unknown) {
            if (form != FormOfAddress::Unknown && t.form != form)
                continue;
            // An unknown customer form gets the informal template in Dutch webcare: the
            // articles advise a human tone; the tone check still flags a formal customer.
            score += (t.form == form || t.form == FormOfAddress::Informal) ? 1 : 0;
        }
        if (score > bestScore) {
            best = &t;
            bestScore = score;
        }
    }
    if (!best)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("No reply template for language %1").arg(language));
    return *best;
}

Status TemplateStore::add(ReplyTemplate &t)
{
    if (auto s = validate(t); !s)
        return s;
    if (t.meta.id.isEmpty())
        t.meta.id = uuid::v7(m_db.clock());
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = RowWriter(m_db).insert(QStringLiteral("reply_template"), t.meta.id, columns(t)); !s)
        return s;
    return tx.commit();
}

Result<QList<FieldChange>> TemplateStore::update(const ReplyTemplate &t)
{
    if (auto s = validate(t); !s)
        return s.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto changes = RowWriter(m_db).update(QStringLiteral("reply_template"), t.meta.id, columns(t));
    if (!changes)
        return changes.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return changes;
}

} // namespace kd
