// The knowledge base: standard answers and facts per category (Q&A), searchable, editable by
// supervisors, and insertable into a reply.
#pragma once

#include "domain/entities.h"
#include "domain/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kd {

class Database;

struct KbArticle
{
    RowMeta meta;
    QString categoryId; // empty: applies to every category
    QString language = QStringLiteral("nl");
    QString question;
    QString answer;
    QStringList tags;
};

class KnowledgeBase
{
public:
    explicit KnowledgeBase(Database &db);

    // Seeds the default articles (resources/data/knowledge/*.json) when the table is empty.
    // Fixed ids and no change log: every desktop seeds the same rows, as with categories.
    Status ensureDefaults();

    // Articles of a category (its parent's and the general ones too), in a language; empty
    // categoryId or language: any.
    Result<QList<KbArticle>> list(const QString &categoryId = {}, const QString &language = {});
    // Words in the question, answer or tags (prefixes, accents folded), best first.
    Result<QList<KbArticle>> search(const QString &text, const QString &language = {}, int limit = 20);
    Result<KbArticle> get(const QString &id);

    Status add(KbArticle &article);
    Status update(const KbArticle &article);
    Status remove(const QString &id);

    // Supervisors and administrators edit the knowledge base. A database without user accounts
    // (a single desktop) lets its one user edit.
    bool canEdit();

private:
    Database &m_db;
};

} // namespace kd
