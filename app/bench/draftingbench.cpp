// Drafting benchmark: the whole reply checklist on a 2,000-word draft, as the editor runs it on
// every pause in typing (issue #4: under 5 ms).
#include "bench.h"

#include "drafting/replychecker.h"

namespace kd::bench {
namespace {

// A realistic paragraph repeated to length: it hits most phrase lists, so the regexes do work.
QString draft(const QString &paragraph, int words)
{
    QString out;
    int count = 0;
    const int perParagraph = int(paragraph.split(u' ', Qt::SkipEmptyParts).size());
    while (count < words) {
        out += paragraph + QStringLiteral("\n\n");
        count += perParagraph;
    }
    return out;
}

int runChecks(const Options &o, Table &table)
{
    const QString nl = QStringLiteral(
        "Hoi Sanne, je had zaterdag speciaal vrij genomen voor de levering van je wasmachine, en er "
        "kwam niemand. Dat is ontzettend vervelend en ik begrijp goed dat je er klaar mee bent. Dat is "
        "onze fout: doordat een vrachtwagen uitviel, is je levering van de planning gevallen. Het spijt "
        "me echt. We hebben de planning aangepast zodat dit niet nog eens gebeurt. Je wasmachine wordt "
        "morgen tussen 8:00 en 12:00 uur geleverd en als goedmaker storten we de bezorgkosten terug. "
        "Stuur je ons een DM met je ordernummer? Dan bel ik je vrijdag om 10:00 uur. Groet, Mark");
    const QString en = QStringLiteral(
        "Hi Rachel, you took Saturday off for the delivery of your sofa, and nobody turned up or "
        "called. That's a wasted day off and I completely understand why you're upset. This is our "
        "fault: one of our vans broke down and we should have called you. I'm really sorry. We've "
        "changed our planning so this won't happen again. Your sofa will be delivered tomorrow between "
        "8am and 12pm, and we've refunded the delivery charge. Please send us a DM and I'll call you "
        "on Friday at 10am. Best wishes, Michael");
    ManualClock clock(QDateTime(QDate(2026, 10, 5), QTime(9, 0)));
    const ReplyChecker checker(clock);
    ReplyContext context;
    context.customerMessage = QStringLiteral("Ik had zaterdag vrij genomen en er kwam niemand.");
    context.customerName = QStringLiteral("Sanne de Vries");
    context.agentName = QStringLiteral("Mark Kok");
    context.channel = {QStringLiteral("email"), false, std::nullopt};
    const int n = std::max(50, o.repeat * 10);
    for (const auto &[label, text] : {std::pair{QStringLiteral("nl"), draft(nl, 2000)},
                                      std::pair{QStringLiteral("en"), draft(en, 2000)}}) {
        checker.check(text, context); // warm up: phrase lists load and compile once
        table.row(QStringLiteral("check-reply, 2,000-word draft (%1)").arg(label),
                  sample(n, [&] { checker.check(text, context); }), QStringLiteral("< 5 ms"),
                  QStringLiteral("%1 characters, all %2 checks").arg(text.size()).arg(allCheckIds().size()));
        table.row(QStringLiteral("check-reply, 2,000-word draft (%1), CPU time").arg(label),
                  sampleCpu(n, [&] { checker.check(text, context); }), QStringLiteral("< 5 ms"),
                  QStringLiteral("the same, in this thread's CPU time"));
    }
    const QString tweet = nl.left(270);
    table.row(QStringLiteral("check-reply, one tweet (nl)"), sample(n, [&] { checker.check(tweet, context); }),
              QStringLiteral("< 1 ms"), QStringLiteral("what the editor pays per pause in typing"));
    // Once per process: the lists compile when first used. A folder without phrase files loads
    // the embedded ones, like PhraseBook::builtIn().
    table.row(QStringLiteral("load the phrase lists, then check one tweet (nl)"),
              sample(std::max(5, o.repeat / 2), [&] {
                  auto book = PhraseBook::load(o.workDir + QStringLiteral("/no-phrase-files"));
                  ReplyChecker(clock, book ? *book : nullptr).check(tweet, context);
              }),
              QString(), QStringLiteral("the first check after start"));
    return 0;
}

const bool registered = registerBenchmark(
    {QStringLiteral("drafting"), QStringLiteral("reply checks on a 2,000-word draft"), runChecks});

} // namespace
} // namespace kd::bench
