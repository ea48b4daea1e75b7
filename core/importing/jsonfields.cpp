// A change-log "fields" object written by hand (see jsonfields.h).
#include "jsonfields.h"

namespace kd {
namespace {

void appendJsonString(QString &out, const QString &s)
{
    out += u'"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u < 0x20) {
            switch (u) {
            case u'\n': out += QLatin1String("\\n"); break;
            case u'\r': out += QLatin1String("\\r"); break;
            case u'\t': out += QLatin1String("\\t"); break;
            default: out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            }
        } else {
            out += c;
        }
    }
    out += u'"';
}

} // namespace

void JsonFields::addKey(const char *key)
{
    m_text += m_text.isEmpty() ? QStringLiteral("{") : QStringLiteral(",");
    appendJsonString(m_text, QString::fromLatin1(key));
    m_text += u':';
}

void JsonFields::add(const char *key, const QString &value)
{
    addKey(key);
    appendJsonString(m_text, value);
}

void JsonFields::add(const char *key, qint64 value)
{
    addKey(key);
    m_text += QString::number(value);
}

void JsonFields::addStamp(const char *atKey, const char *byKey, qint64 at, const QString &by)
{
    add(atKey, at);
    add(byKey, by);
}

void JsonFields::addNull(const char *key)
{
    addKey(key);
    m_text += QLatin1String("null");
}

} // namespace kd
