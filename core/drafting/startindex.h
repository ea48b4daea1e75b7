// Where a phrase regex can begin to match: its possible first characters, read from the pattern,
// so that a scan tries a regex only at the word starts that could begin one of its entries.
#pragma once

#include <QRegularExpression>
#include <QString>

#include <array>
#include <utility>
#include <vector>

namespace kd::drafting {

// Up to 64 regexes ("slots"). For each one, add() derives from the pattern every string of up to
// eight characters that a match can begin with, case-folded the way PCRE2's caseless matching
// folds (ASCII letters, plus U+212A KELVIN SIGN ~ k and U+017F LONG S ~ s; any other non-ASCII
// character stands for all of them). candidates() then looks a text position up once for all
// slots. A slot's bit can be set where its regex does not match (the keys are prefixes), never
// the other way round: a regex whose pattern the analysis does not understand gets no slot.
class StartIndex
{
public:
    static constexpr int kMaxSlots = 64;

    // The slot of r, or -1 when a match of r could begin with any character, its pattern uses
    // syntax the analysis does not follow, or all slots are taken: the caller scans those
    // regexes over the whole text. r must compile (the phrase book checks every pattern); it is
    // not compiled here.
    int add(const QRegularExpression &r);
    // A bit per slot whose regex may match beginning at pos (0 <= pos < text.size()).
    quint64 candidates(const QString &text, qsizetype pos) const;
    // The slot's regex anchored with \G: matched from an offset, it matches there or not at all.
    // (PCRE2's JIT does not take the anchoring match option, so AnchorAtOffsetMatchOption would
    // run the slow interpreter.)
    const QRegularExpression &anchored(int slot) const { return m_anchored[size_t(slot)]; }

private:
    static constexpr int kSymbols = 129; // ASCII folded to lower case, and "not ASCII"
    // A trie of every slot's keys; a node's ends are the slots with a key ending there.
    struct Node
    {
        quint64 ends = 0;
        std::vector<std::pair<unsigned char, int>> children; // by symbol
    };
    std::vector<Node> m_nodes = std::vector<Node>(1); // [0]: the root, whose children are m_first
    std::array<int, kSymbols> m_first = filled(-1);   // by first symbol
    std::vector<int> m_second = std::vector<int>(kSymbols * kSymbols, -1); // by the first two
    static std::array<int, kSymbols> filled(int v)
    {
        std::array<int, kSymbols> a;
        a.fill(v);
        return a;
    }
    std::vector<QRegularExpression> m_anchored;
    int m_slots = 0;
};

} // namespace kd::drafting
