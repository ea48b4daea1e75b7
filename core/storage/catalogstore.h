// Categories, channels and users: the small, editable reference data every screen needs.
#pragma once

#include "domain/entities.h"
#include "domain/error.h"

#include <QList>

namespace kd {

class Database;

class CatalogStore
{
public:
    explicit CatalogStore(Database &db);

    // Loads the default category tree and channels (resources/data/*.json) when the database has
    // none. Default rows have fixed ids, so every desktop of a team makes the same rows.
    Status ensureDefaults();

    Result<QList<Category>> categories();
    Result<QList<Channel>> channels(bool activeOnly = true);
    Result<Category> category(const QString &id);
    Result<Channel> channel(const QString &id);
    // A channel or category by its code, its English or Dutch name (case-insensitive) or its id.
    Result<Channel> findChannel(const QString &key);
    Result<Category> findCategory(const QString &key);

    Status addCategory(Category &category);
    Status updateCategory(const Category &category);
    Status addChannel(Channel &channel);
    Status updateChannel(const Channel &channel);

private:
    Database &m_db;
};

} // namespace kd
