// Reply templates in the database: defaults from resources, supervisors' edits, and choosing the
// best template for a complaint (category, channel, language, form of address).
#pragma once

#include "domain/error.h"
#include "replytemplate.h"
#include "storage/rowwriter.h"

#include <QList>

namespace kd {

class Database;

class TemplateStore
{
public:
    explicit TemplateStore(Database &db);

    // Loads resources/data/drafting/templates_*.json when the table is empty (fixed ids, like
    // the default channels: every desktop makes the same rows, nothing goes to the change log).
    Status ensureDefaults();

    Result<QList<ReplyTemplate>> templates(bool activeOnly = true);
    Result<ReplyTemplate> find(const QString &codeOrId);
    // The most specific active template: category beats channel beats form; nothing when no
    // template of the language fits.
    Result<ReplyTemplate> choose(const QString &categoryCode, const QString &channelCode,
                                 const QString &language, FormOfAddress form);

    // Supervisors' edits, through RowWriter so they sync and leave a change log.
    Status add(ReplyTemplate &t);
    Result<QList<FieldChange>> update(const ReplyTemplate &t);

private:
    Database &m_db;
};

} // namespace kd
