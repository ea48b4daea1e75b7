// One table per enum keeps the code text and the value together; both directions read it.
#include "enums.h"

#include <array>
#include <utility>

namespace kd {
namespace {

template<typename E, std::size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<Severity, 4> kSeverity{{{Severity::Low, "low"},
                                        {Severity::Normal, "normal"},
                                        {Severity::High, "high"},
                                        {Severity::Critical, "critical"}}};
constexpr Table<Justified, 4> kJustified{{{Justified::Unknown, "unknown"},
                                          {Justified::Yes, "yes"},
                                          {Justified::Partly, "partly"},
                                          {Justified::No, "no"}}};
constexpr Table<ComplaintStatus, 6> kStatus{{{ComplaintStatus::New, "new"},
                                             {ComplaintStatus::Acknowledged, "acknowledged"},
                                             {ComplaintStatus::InProgress, "in_progress"},
                                             {ComplaintStatus::WaitingForCustomer, "waiting"},
                                             {ComplaintStatus::Resolved, "resolved"},
                                             {ComplaintStatus::Closed, "closed"}}};
constexpr Table<Direction, 3> kDirection{{{Direction::Inbound, "inbound"},
                                          {Direction::Outbound, "outbound"},
                                          {Direction::Internal, "internal"}}};
constexpr Table<InteractionKind, 4> kKind{{{InteractionKind::Message, "message"},
                                           {InteractionKind::CallNote, "call_note"},
                                           {InteractionKind::Reply, "reply"},
                                           {InteractionKind::Note, "note"}}};
constexpr Table<FormOfAddress, 3> kAddress{{{FormOfAddress::Unknown, "unknown"},
                                            {FormOfAddress::Informal, "informal"},
                                            {FormOfAddress::Formal, "formal"}}};
constexpr Table<CategoryKind, 2> kCategoryKind{
    {{CategoryKind::Organisational, "organisational"},
     {CategoryKind::ProductTechnical, "product_technical"}}};

template<typename E, std::size_t N>
QString codeOf(const Table<E, N> &table, E value)
{
    for (const auto &[v, code] : table)
        if (v == value)
            return QString::fromLatin1(code);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Table<E, N> &table, const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (const auto &[v, text] : table)
        if (c == QLatin1String(text))
            return v;
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList allCodes(const Table<E, N> &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace

#define KD_ENUM_TEXT(Type, table)                                                                  \
    QString toString(Type v) { return codeOf(table, v); }                                          \
    template<> std::optional<Type> parse<Type>(const QString &code) { return valueOf(table, code); } \
    template<> QStringList codes<Type>() { return allCodes(table); }

KD_ENUM_TEXT(Severity, kSeverity)
KD_ENUM_TEXT(Justified, kJustified)
KD_ENUM_TEXT(ComplaintStatus, kStatus)
KD_ENUM_TEXT(Direction, kDirection)
KD_ENUM_TEXT(InteractionKind, kKind)
KD_ENUM_TEXT(FormOfAddress, kAddress)
KD_ENUM_TEXT(CategoryKind, kCategoryKind)

#undef KD_ENUM_TEXT

} // namespace kd
