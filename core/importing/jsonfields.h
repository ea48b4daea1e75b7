// A change-log "fields" object written by hand, for bulk writers (import): building a
// QJsonDocument per row would cost more than the insert itself.
#pragma once

#include <QString>

namespace kd {

class JsonFields
{
public:
    // Keys must come sorted, as RowWriter's QVariantMap gives them.
    void add(const char *key, const QString &value);
    void add(const char *key, qint64 value);
    void addNull(const char *key);
    // When and by whom: addStamp("created_at", "created_by", ...).
    void addStamp(const char *atKey, const char *byKey, qint64 at, const QString &by);
    QString text() const { return m_text + u'}'; }

private:
    void addKey(const char *key);
    QString m_text;
};

} // namespace kd
