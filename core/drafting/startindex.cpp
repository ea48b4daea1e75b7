// The first-characters analysis of phrase patterns and the per-position look-up over them.
#include "startindex.h"

#include <algorithm>
#include <bitset>
#include <optional>
#include <set>
#include <string>

namespace kd::drafting {
namespace {

constexpr int kKeyLength = 8;
constexpr int kOther = 128; // any character outside ASCII
using Symbols = std::bitset<129>;

// The symbol a UTF-16 code unit is compared as. PCRE2 (caseless, Unicode) matches an ASCII
// letter against exactly two characters outside ASCII: U+212A against k and U+017F against s.
int fold(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? c + 32 : c;
    if (c == 0x212A)
        return 'k';
    if (c == 0x017F)
        return 's';
    return kOther;
}

struct Item;
using Sequence = std::vector<Item>;

struct Item
{
    enum class Kind { Characters, Group, ZeroWidth };
    Kind kind = Kind::Characters;
    bool anything = false;           // Characters: any character at all
    Symbols symbols;                 // Characters: the symbols one character can be
    std::vector<unsigned char> list; // the same, listed (filled once parsed)
    std::vector<Sequence> branches;  // Group: the alternatives
    int min = 1;
    int max = 1; // -1: unbounded
};

// A recursive-descent reader of the PCRE2 syntax the phrase lists use. Anything else (inline
// options, back references, \Q, \K, verbs, ...) makes the pattern "not understood".
class Parser
{
public:
    explicit Parser(QStringView p) : m_p(p) {}

    std::optional<std::vector<Sequence>> parse()
    {
        std::vector<Sequence> alternatives = alternation();
        if (!m_ok || m_i != m_p.size())
            return std::nullopt;
        return alternatives;
    }

private:
    bool atEnd() const { return m_i >= m_p.size(); }
    char16_t peek(qsizetype ahead = 0) const
    {
        return m_i + ahead < m_p.size() ? m_p[m_i + ahead].unicode() : u'\0';
    }
    void fail()
    {
        m_ok = false;
        m_i = m_p.size();
    }

    std::vector<Sequence> alternation()
    {
        std::vector<Sequence> out;
        out.push_back(sequence());
        while (m_ok && !atEnd() && peek() == u'|') {
            ++m_i;
            out.push_back(sequence());
        }
        return out;
    }

    Sequence sequence()
    {
        Sequence out;
        while (m_ok && !atEnd() && peek() != u'|' && peek() != u')') {
            Item item = atom();
            if (!m_ok)
                break;
            quantifier(item);
            if (item.kind == Item::Kind::Characters && !item.anything) {
                for (size_t s = 0; s < item.symbols.size(); ++s)
                    if (item.symbols.test(s))
                        item.list.push_back(static_cast<unsigned char>(s));
            }
            out.push_back(std::move(item));
        }
        return out;
    }

    static Item character(int symbol)
    {
        Item i;
        i.symbols.set(size_t(symbol));
        return i;
    }
    static Item anyCharacter()
    {
        Item i;
        i.anything = true;
        return i;
    }
    static Item zeroWidth()
    {
        Item i;
        i.kind = Item::Kind::ZeroWidth;
        return i;
    }

    Item group()
    {
        ++m_i; // (
        bool zero = false;
        if (peek() == u'?') {
            const char16_t a = peek(1);
            const char16_t b = peek(2);
            if (a == u':' || a == u'|' || a == u'>') {
                m_i += 2;
            } else if (a == u'=' || a == u'!') {
                m_i += 2;
                zero = true;
            } else if (a == u'<' && (b == u'=' || b == u'!')) {
                m_i += 3;
                zero = true;
            } else {
                fail();
                return {};
            }
        } else if (peek() == u'*') {
            fail();
            return {};
        }
        Item g;
        g.kind = zero ? Item::Kind::ZeroWidth : Item::Kind::Group;
        g.branches = alternation();
        if (!m_ok || peek() != u')') {
            fail();
            return {};
        }
        ++m_i;
        if (zero)
            g.branches.clear();
        return g;
    }

    // \p{L}, \pL and the like: skip the property name.
    void skipProperty()
    {
        if (peek() == u'{') {
            while (!atEnd() && peek() != u'}')
                ++m_i;
            if (atEnd()) {
                fail();
                return;
            }
        }
        ++m_i;
    }

    // An escape after the backslash, as one character's symbols. Sets zero for \b and friends.
    std::optional<Item> escape(bool inClass, bool &zero)
    {
        zero = false;
        if (atEnd()) {
            fail();
            return std::nullopt;
        }
        const char16_t e = peek();
        ++m_i;
        Item item;
        auto add = [&item](std::initializer_list<int> symbols) {
            for (int s : symbols)
                item.symbols.set(size_t(s));
        };
        switch (e) {
        case u'd': // with Unicode properties \d is any decimal digit
            for (int c = '0'; c <= '9'; ++c)
                add({c});
            add({kOther});
            return item;
        case u's':
            add({' ', '\t', '\n', '\v', '\f', '\r', kOther});
            return item;
        case u'h':
            add({' ', '\t', kOther});
            return item;
        case u'v':
            add({'\n', '\v', '\f', '\r', kOther});
            return item;
        case u'w':
        case u'W':
        case u'D':
        case u'S':
        case u'H':
        case u'V':
        case u'N':
        case u'X':
        case u'R':
        case u'C':
            return anyCharacter();
        case u'p':
        case u'P':
            skipProperty();
            return anyCharacter();
        case u'n':
            add({'\n'});
            return item;
        case u't':
            add({'\t'});
            return item;
        case u'r':
            add({'\r'});
            return item;
        case u'f':
            add({'\f'});
            return item;
        case u'e':
            add({0x1b});
            return item;
        case u'a':
            add({0x07});
            return item;
        case u'b':
            if (inClass) {
                add({0x08});
                return item;
            }
            zero = true;
            return item;
        case u'B':
        case u'A':
        case u'z':
        case u'Z':
        case u'G':
            if (inClass)
                break;
            zero = true;
            return item;
        default:
            break;
        }
        // Escaped punctuation stands for itself; letters and digits not handled above (back
        // references, \x, \Q, \K, ...) are not followed.
        if (e < 128 && !QChar::isLetterOrNumber(e)) {
            add({fold(e)});
            return item;
        }
        if (e >= 128) {
            skipLowSurrogate(e);
            add({fold(e)});
            return item;
        }
        fail();
        return std::nullopt;
    }

    // A character beyond the BMP is two code units, one character to PCRE2 (a quantifier after
    // it applies to both): after a high surrogate, take the low one along.
    void skipLowSurrogate(char16_t c)
    {
        if (QChar::isHighSurrogate(c) && QChar::isLowSurrogate(peek()))
            ++m_i;
    }

    Item characterClass()
    {
        ++m_i; // [
        Item item;
        bool negated = false;
        if (peek() == u'^') {
            negated = true;
            ++m_i;
        }
        bool first = true;
        while (m_ok) {
            if (atEnd()) {
                fail();
                break;
            }
            char16_t c = peek();
            if (c == u']' && !first) {
                ++m_i;
                break;
            }
            first = false;
            if (c == u'[' && peek(1) == u':') { // [:alpha:]
                const qsizetype end = m_p.indexOf(u":]", m_i + 2);
                if (end < 0) {
                    fail();
                    break;
                }
                m_i = end + 2;
                item.anything = true;
                continue;
            }
            if (c == u'\\') {
                ++m_i;
                bool zero = false;
                const std::optional<Item> e = escape(true, zero);
                if (!e || zero) {
                    fail();
                    break;
                }
                item.anything = item.anything || e->anything;
                item.symbols |= e->symbols;
                continue;
            }
            ++m_i;
            if (QChar::isSurrogate(c)) {
                skipLowSurrogate(c);
                item.symbols.set(kOther);
                if (peek() == u'-' && peek(1) != u']') { // a range from beyond the BMP
                    fail();
                    break;
                }
                continue;
            }
            if (peek() == u'-' && peek(1) != u']' && peek(1) != u'\0') {
                const char16_t to = peek(1);
                if (to == u'\\' || to == u'[' || QChar::isSurrogate(to)) { // not followed
                    fail();
                    break;
                }
                m_i += 2;
                if (to < c) {
                    fail();
                    break;
                }
                for (char32_t x = c; x <= to && x < 128; ++x)
                    item.symbols.set(size_t(fold(char16_t(x))));
                if (to >= 128) {
                    item.symbols.set(kOther);
                    if (c <= 0x017F && 0x017F <= to)
                        item.symbols.set('s');
                    if (c <= 0x212A && 0x212A <= to)
                        item.symbols.set('k');
                }
                continue;
            }
            item.symbols.set(size_t(fold(c)));
        }
        if (negated)
            item.anything = true;
        return item;
    }

    Item atom()
    {
        const char16_t c = peek();
        switch (c) {
        case u'(':
            return group();
        case u'[':
            return characterClass();
        case u'.':
            ++m_i;
            return anyCharacter();
        case u'^':
        case u'$':
            ++m_i;
            return zeroWidth();
        case u'\\': {
            ++m_i;
            bool zero = false;
            std::optional<Item> e = escape(false, zero);
            if (!e)
                return {};
            return zero ? zeroWidth() : *e;
        }
        case u'*':
        case u'+':
        case u'?':
        case u'{':
            fail();
            return {};
        default:
            ++m_i;
            skipLowSurrogate(c);
            return character(fold(c));
        }
    }

    int number()
    {
        int n = 0;
        bool any = false;
        while (!atEnd() && peek() >= u'0' && peek() <= u'9') {
            n = std::min(n * 10 + (peek() - u'0'), 100000);
            ++m_i;
            any = true;
        }
        return any ? n : -1;
    }

    void quantifier(Item &item)
    {
        const char16_t c = peek();
        if (c == u'?') {
            item.min = 0;
            item.max = 1;
        } else if (c == u'*') {
            item.min = 0;
            item.max = -1;
        } else if (c == u'+') {
            item.min = 1;
            item.max = -1;
        } else if (c == u'{') {
            ++m_i;
            const int lo = number();
            int hi = lo;
            if (peek() == u',') {
                ++m_i;
                hi = number(); // -1: unbounded
            }
            if (lo < 0 || peek() != u'}' || (hi >= 0 && hi < lo)) {
                fail(); // "{" that is no quantifier is a literal to PCRE2; not followed here
                return;
            }
            item.min = lo;
            item.max = hi;
        } else {
            return;
        }
        ++m_i;
        if (peek() == u'?' || peek() == u'+') // lazy or possessive: the same strings can match
            ++m_i;
    }

    QStringView m_p;
    qsizetype m_i = 0;
    bool m_ok = true;
};

// What is still to be matched after a point: the rest of a sequence, or an item repeated
// between min and max more times, then the next part.
struct Continuation
{
    const Sequence *sequence = nullptr;
    size_t position = 0;
    const Item *repeated = nullptr;
    int min = 0;
    int max = 0;
    const Continuation *next = nullptr;
};

// Every string of up to kKeyLength symbols a match can begin with. A string shorter than the key
// length means "anything may follow"; the empty string means "could begin anywhere".
class KeyWalk
{
public:
    explicit KeyWalk(int length) : m_length(length) {}

    bool run(const std::vector<Sequence> &alternatives)
    {
        for (const Sequence &s : alternatives) {
            const Continuation c{&s, 0, nullptr, 0, 0, nullptr};
            walk(&c, {});
        }
        return !m_overflow;
    }
    const std::set<std::string> &keys() const { return m_keys; }

private:
    static constexpr size_t kMaxKeys = 1024;
    static constexpr int kMaxSteps = 20000;
    static constexpr int kMaxDepth = 200;

    void record(const std::string &key)
    {
        m_keys.insert(key);
        if (m_keys.size() > kMaxKeys || key.empty())
            m_overflow = true;
    }

    void walk(const Continuation *c, const std::string &prefix)
    {
        if (m_overflow)
            return;
        if (++m_steps > kMaxSteps || m_depth > kMaxDepth) {
            record(prefix); // stop following: any continuation is allowed
            return;
        }
        if (int(prefix.size()) == m_length || !c) {
            record(prefix);
            return;
        }
        ++m_depth;
        if (c->repeated) {
            if (c->min == 0)
                walk(c->next, prefix);
            if (c->max != 0) {
                const Continuation again{
                    nullptr, 0, c->repeated, std::max(0, c->min - 1), c->max < 0 ? -1 : c->max - 1,
                    c->next};
                once(*c->repeated, again.max == 0 ? c->next : &again, prefix);
            }
        } else if (c->position == c->sequence->size()) {
            walk(c->next, prefix);
        } else {
            const Item &item = (*c->sequence)[c->position];
            const Continuation rest{c->sequence, c->position + 1, nullptr, 0, 0, c->next};
            if (item.kind == Item::Kind::ZeroWidth) {
                walk(&rest, prefix);
            } else if (item.min == 1 && item.max == 1) {
                once(item, &rest, prefix);
            } else {
                const Continuation repeat{nullptr, 0, &item, item.min, item.max, &rest};
                walk(&repeat, prefix);
            }
        }
        --m_depth;
    }

    void once(const Item &item, const Continuation *after, const std::string &prefix)
    {
        if (item.kind == Item::Kind::Group) {
            for (const Sequence &branch : item.branches) {
                const Continuation b{&branch, 0, nullptr, 0, 0, after};
                walk(&b, prefix);
            }
            return;
        }
        if (item.kind == Item::Kind::ZeroWidth) {
            walk(after, prefix);
            return;
        }
        if (item.anything) {
            record(prefix);
            return;
        }
        for (const unsigned char s : item.list) {
            // A character outside ASCII may be two UTF-16 code units: the key stops after it.
            if (s == kOther)
                record(prefix + char(s));
            else
                walk(after, prefix + char(s));
        }
    }

    int m_length;
    std::set<std::string> m_keys;
    bool m_overflow = false;
    int m_steps = 0;
    int m_depth = 0;
};

} // namespace

int StartIndex::add(const QRegularExpression &r)
{
    if (m_slots >= kMaxSlots ||
        r.patternOptions().testFlag(QRegularExpression::ExtendedPatternSyntaxOption))
        return -1;
    const QString pattern = r.pattern();
    if (pattern == QLatin1String("(?!)")) { // the empty list: never a candidate
        m_anchored.push_back(r);
        return m_slots++;
    }
    const std::optional<std::vector<Sequence>> parsed = Parser(pattern).parse();
    if (!parsed)
        return -1;
    // The same pattern in a group, anchored: it compiles when r does (the parser has seen that
    // its parentheses balance). Qt compiles it when it is first matched, so a language nobody
    // writes in costs nothing.
    const QRegularExpression anchored(QStringLiteral("\\G(?:") + pattern + u')',
                                      r.patternOptions());
    std::optional<std::set<std::string>> keys;
    for (int length = kKeyLength; length > 0 && !keys; --length) {
        KeyWalk walk(length);
        if (walk.run(*parsed))
            keys = walk.keys();
    }
    if (!keys)
        return -1;
    const int slot = m_slots++;
    m_anchored.push_back(anchored);
    const quint64 bit = quint64(1) << slot;
    for (const std::string &k : *keys) {
        int node = 0;
        for (size_t depth = 0; depth < k.size(); ++depth) {
            const auto symbol = static_cast<unsigned char>(k[depth]);
            // The first two levels are tables; deeper nodes list their few children.
            int *slotInTable =
                depth == 0 ? &m_first[symbol]
                : depth == 1
                    ? &m_second[size_t(static_cast<unsigned char>(k[0])) * kSymbols + symbol]
                    : nullptr;
            int next = -1;
            if (slotInTable) {
                next = *slotInTable;
            } else {
                for (const auto &[sym, child] : m_nodes[size_t(node)].children)
                    if (sym == symbol)
                        next = child;
            }
            if (next < 0) {
                next = int(m_nodes.size());
                m_nodes.emplace_back();
                if (slotInTable) {
                    *slotInTable = next;
                } else {
                    auto &children = m_nodes[size_t(node)].children;
                    children.insert(
                        std::lower_bound(children.begin(), children.end(), std::pair{symbol, 0}),
                        {symbol, next});
                }
            }
            node = next;
        }
        m_nodes[size_t(node)].ends |= bit;
    }
    return slot;
}

quint64 StartIndex::candidates(const QString &text, qsizetype pos) const
{
    // Walk the trie of keys along the text, collecting the slots of every key passed.
    const qsizetype n = text.size();
    const size_t first = size_t(fold(text[pos].unicode()));
    int node = m_first[first];
    if (node < 0)
        return 0;
    quint64 mask = m_nodes[size_t(node)].ends;
    if (pos + 1 >= n)
        return mask;
    node = m_second[first * kSymbols + size_t(fold(text[pos + 1].unicode()))];
    for (qsizetype i = pos + 2; node > 0; ++i) {
        const Node &here = m_nodes[size_t(node)];
        mask |= here.ends;
        if (here.children.empty() || i >= n)
            break;
        const auto symbol = static_cast<unsigned char>(fold(text[i].unicode()));
        node = -1;
        for (const auto &[sym, child] : here.children) {
            if (sym >= symbol) {
                if (sym == symbol)
                    node = child;
                break;
            }
        }
    }
    return mask;
}

} // namespace kd::drafting
