// See storedrow.h.
#include "storedrow.h"

#include <QStringList>

#include <iterator>

namespace kd {
namespace {

// The tables whose new rows an import logs as kStoredRowFields, with the columns an insert logs (RowWriter::insert's keys: the row's columns without
// id, local_id and the local-only ones), as json_object arguments over the row alias x.
struct StoredRowTable
{
    const char *table;
    const char *json;
};
const StoredRowTable kTables[] = {
    {"customer",
     "json_object('created_at', x.created_at, 'created_by', x.created_by, "
     "'customer_number', x.customer_number, 'email', x.email, 'external_id', x.external_id, "
     "'form_of_address', x.form_of_address, 'language', x.language, 'name', x.name, "
     "'notes', x.notes, 'phone', x.phone, 'phone_norm', x.phone_norm, "
     "'preferred_channel_id', x.preferred_channel_id, 'updated_at', x.updated_at, "
     "'updated_by', x.updated_by)"},
    {"customer_handle",
     "json_object('created_at', x.created_at, 'created_by', x.created_by, "
     "'customer_id', x.customer_id, 'handle', x.handle, 'handle_norm', x.handle_norm, "
     "'platform', x.platform, 'updated_at', x.updated_at, 'updated_by', x.updated_by)"},
    {"complaint",
     "json_object('assignee', x.assignee, 'category_id', x.category_id, "
     "'channel_id', x.channel_id, 'created_at', x.created_at, 'created_by', x.created_by, "
     "'customer_id', x.customer_id, 'description', x.description, "
     "'external_id', x.external_id, 'justified', x.justified, 'product_ref', x.product_ref, "
     "'public_url', x.public_url, 'received_at', x.received_at, 'reference', x.reference, "
     "'severity', x.severity, 'status', x.status, 'subject', x.subject, 'tags', x.tags, "
     "'updated_at', x.updated_at, 'updated_by', x.updated_by)"},
};

} // namespace

QString changeFieldsSql(const QString &alias)
{
    QStringList whens;
    for (const StoredRowTable &t : kTables)
        whens << QStringLiteral("WHEN %1.table_name = '%2' THEN (SELECT %3 FROM %2 x WHERE x.id = %1.row_id)")
                     .arg(alias, QLatin1String(t.table), QLatin1String(t.json));
    return QStringLiteral("CASE WHEN %1.fields <> '%2' THEN %1.fields %3 END")
        .arg(alias, QLatin1String(kStoredRowFields), whens.join(u' '));
}

} // namespace kd
