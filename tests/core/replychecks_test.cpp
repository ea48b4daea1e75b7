// The reply checks against the labelled replies in tests/data/replies, plus the pieces they rest
// on: promise dates, language and register detection, phrase lists, evidence spans.
#include "drafting/phrasebook.h"
#include "drafting/promisedetector.h"
#include "drafting/replycheckjson.h"
#include "drafting/replychecker.h"
#include "drafting/textanalysis.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace kd;

#ifndef KD_TEST_DATA
#error "KD_TEST_DATA must point at tests/data"
#endif

namespace {

// Monday 5 October 2026, 09:00: the day every labelled promise is resolved against.
QDateTime testNow()
{
    return QDateTime(QDate(2026, 10, 5), QTime(9, 0));
}

struct LabelledReply
{
    QString id;
    QString file;
    QMap<QString, QString> header;
    QMap<QString, CheckStatus> expected; // every check id
    QString reply;
};

ChannelRules channelRules(const QString &code)
{
    static const QJsonArray channels = [] {
        QFile f(QStringLiteral(":/data/channels.json"));
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object().value(u"channels").toArray();
    }();
    for (const auto &v : channels) {
        const QJsonObject o = v.toObject();
        if (o.value(u"code").toString() == code) {
            ChannelRules r{code, o.value(u"is_public").toBool(), std::nullopt};
            if (!o.value(u"reply_limit").isNull())
                r.replyLimit = o.value(u"reply_limit").toInt();
            return r;
        }
    }
    FAIL("unknown channel in test data: " << code.toStdString());
    return {};
}

QList<LabelledReply> loadLabelledReplies()
{
    QList<LabelledReply> out;
    const QDir dir(QStringLiteral(KD_TEST_DATA "/replies"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        if (name == QLatin1String("known-misses.txt"))
            continue;
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        LabelledReply *current = nullptr;
        bool inBody = false;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("=== "))) {
                out.append(LabelledReply{line.mid(4).trimmed(), name, {}, {}, {}});
                current = &out.last();
                inBody = false;
            } else if (!current) {
                continue;
            } else if (!inBody && line == QLatin1String("---")) {
                inBody = true;
            } else if (!inBody) {
                const int colon = int(line.indexOf(u':'));
                if (colon > 0)
                    current->header.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
            } else {
                current->reply += line + u'\n';
            }
        }
    }
    for (LabelledReply &r : out) {
        r.reply = r.reply.trimmed();
        for (const QString &id : allCheckIds())
            r.expected.insert(id, CheckStatus::Pass);
        for (const QString &item : r.header.value(QStringLiteral("expect")).split(u' ', Qt::SkipEmptyParts)) {
            const QString check = item.section(u'=', 0, 0);
            const auto status = parse<CheckStatus>(item.section(u'=', 1));
            INFO(r.id.toStdString() << ": " << item.toStdString());
            REQUIRE(allCheckIds().contains(check));
            REQUIRE(status.has_value());
            r.expected[check] = *status;
        }
    }
    return out;
}

ReplyContext contextOf(const LabelledReply &r)
{
    ReplyContext c;
    c.customerMessage = r.header.value(QStringLiteral("customer"));
    c.channel = channelRules(r.header.value(QStringLiteral("channel")));
    c.customerName = r.header.value(QStringLiteral("customer-name"));
    c.agentName = r.header.value(QStringLiteral("agent-name"));
    c.customerForm = parse<FormOfAddress>(r.header.value(QStringLiteral("form"))).value_or(FormOfAddress::Unknown);
    return c; // language left to auto-detection: the labels also check that
}

// "id check expected actual" lines: disagreements the checker is known to have.
QSet<QString> knownMisses()
{
    QSet<QString> out;
    QFile f(QStringLiteral(KD_TEST_DATA "/replies/known-misses.txt"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString t = line.section(u'#', 0, 0).simplified();
        if (!t.isEmpty())
            out.insert(t);
    }
    return out;
}

struct Tally
{
    int tp = 0, fp = 0, fn = 0, tn = 0, exact = 0, total = 0;
};

} // namespace

TEST_CASE("the labelled reply set has at least 80 replies in Dutch and English, good and bad",
          "[drafting]")
{
    const QList<LabelledReply> replies = loadLabelledReplies();
    int dutch = 0, english = 0, good = 0, bad = 0;
    QSet<QString> ids;
    for (const LabelledReply &r : replies) {
        INFO(r.id.toStdString());
        REQUIRE_FALSE(r.reply.isEmpty());
        REQUIRE_FALSE(ids.contains(r.id));
        ids.insert(r.id);
        (r.header.value(QStringLiteral("lang")) == QLatin1String("nl") ? dutch : english)++;
        (r.id.contains(QLatin1String("-good-")) ? good : bad)++;
    }
    CHECK(replies.size() >= 80);
    CHECK(dutch >= 30);
    CHECK(english >= 30);
    CHECK(good >= 25);
    CHECK(bad >= 25);
}

TEST_CASE("every labelled reply gets its expected verdict on every check", "[drafting]")
{
    ManualClock clock(testNow());
    const ReplyChecker checker(clock);
    const QSet<QString> known = knownMisses();
    QSet<QString> misses;
    QMap<QString, Tally> tallies;
    for (const LabelledReply &r : loadLabelledReplies()) {
        const ReplyCheckReport report = checker.check(r.reply, contextOf(r));
        INFO(r.id.toStdString());
        CHECK(report.language == r.header.value(QStringLiteral("lang")));
        REQUIRE(report.checks.size() == allCheckIds().size());
        for (const CheckResult &c : report.checks) {
            const CheckStatus expected = r.expected.value(c.id);
            Tally &t = tallies[c.id];
            ++t.total;
            const bool flagged = c.status != CheckStatus::Pass;
            const bool shouldFlag = expected != CheckStatus::Pass;
            if (flagged && shouldFlag) ++t.tp;
            else if (flagged) ++t.fp;
            else if (shouldFlag) ++t.fn;
            else ++t.tn;
            if (c.status == expected) {
                ++t.exact;
                continue;
            }
            const QString miss = QStringLiteral("%1 %2 %3 %4")
                                     .arg(r.id, c.id, toString(expected), toString(c.status));
            misses.insert(miss);
            if (!known.contains(miss)) {
                UNSCOPED_INFO(miss.toStdString() << "  hint: " << c.hint.toStdString());
            }
        }
    }
    // The table for docs/reply-checks.md: KD_REPLY_METRICS=path writes it.
    const QByteArray path = qgetenv("KD_REPLY_METRICS");
    if (!path.isEmpty()) {
        QFile f(QString::fromLocal8Bit(path));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Text));
        QTextStream out(&f);
        out << "| check | flagged (labels) | precision | recall | exact status agreement |\n"
               "|---|---:|---:|---:|---:|\n";
        Tally all;
        for (const QString &id : allCheckIds()) {
            const Tally &t = tallies[id];
            auto pct = [](int a, int b) {
                return b == 0 ? QStringLiteral("n/a") : QString::number(100.0 * a / b, 'f', 1) + u'%';
            };
            out << "| " << id << " | " << (t.tp + t.fn) << " | " << pct(t.tp, t.tp + t.fp) << " | "
                << pct(t.tp, t.tp + t.fn) << " | " << pct(t.exact, t.total) << " |\n";
            all.tp += t.tp; all.fp += t.fp; all.fn += t.fn; all.exact += t.exact; all.total += t.total;
        }
        out << "| **all checks** | " << (all.tp + all.fn) << " | "
            << QString::number(100.0 * all.tp / std::max(1, all.tp + all.fp), 'f', 1) << "% | "
            << QString::number(100.0 * all.tp / std::max(1, all.tp + all.fn), 'f', 1) << "% | "
            << QString::number(100.0 * all.exact / std::max(1, all.total), 'f', 1) << "% |\n";
    }
    QStringList unexpected, fixed;
    for (const QString &m : misses)
        if (!known.contains(m))
            unexpected << m;
    for (const QString &k : known)
        if (!misses.contains(k))
            fixed << k;
    INFO("unexpected disagreements:\n" << unexpected.join(u'\n').toStdString());
    CHECK(unexpected.isEmpty());
    INFO("known misses that no longer miss (remove them from known-misses.txt):\n"
         << fixed.join(u'\n').toStdString());
    CHECK(fixed.isEmpty());
}

TEST_CASE("promises resolve their dates against the clock", "[drafting]")
{
    ManualClock clock(testNow()); // a Monday
    const PromiseDetector detector(PhraseBook::builtIn(), clock);
    auto due = [&](const QString &text, const QString &lang) -> std::optional<QDateTime> {
        const QList<DetectedPromise> p = detector.detect(text, lang);
        REQUIRE(p.size() == 1);
        return p.first().due;
    };
    const QDate monday(2026, 10, 5);
    CHECK(due(QStringLiteral("We bellen u morgen."), u"nl"_qs)->date() == monday.addDays(1));
    CHECK(due(QStringLiteral("Ik stuur je vrijdag een nieuwe."), u"nl"_qs)->date() == monday.addDays(4));
    CHECK(due(QStringLiteral("We storten het binnen 2 werkdagen terug."), u"nl"_qs)->date()
          == monday.addDays(2));
    // Five working days from a Monday is the next Monday.
    CHECK(due(QStringLiteral("We storten het binnen vijf werkdagen terug."), u"nl"_qs)->date()
          == monday.addDays(7));
    CHECK(due(QStringLiteral("I'll send it tomorrow."), u"en"_qs)->date() == monday.addDays(1));
    CHECK(due(QStringLiteral("We will refund you by Friday."), u"en"_qs)->date() == monday.addDays(4));
    CHECK(due(QStringLiteral("We'll call you on 14 November."), u"en"_qs)->date() == QDate(2026, 11, 14));
    const auto hour = due(QStringLiteral("De monteur komt donderdag om 14:30 uur langs, dat regel ik."), u"nl"_qs);
    REQUIRE(hour);
    CHECK(hour->date() == monday.addDays(3));
    CHECK(hour->time() == QTime(14, 30));
    // Working days skip the weekend: Thursday + 2 working days is Monday.
    clock.set(QDateTime(QDate(2026, 10, 8), QTime(9, 0)));
    CHECK(due(QStringLiteral("We regelen het binnen 2 werkdagen."), u"nl"_qs)->date() == QDate(2026, 10, 12));
}

TEST_CASE("a vague or missing when leaves a promise without a date", "[drafting]")
{
    ManualClock clock(testNow());
    const PromiseDetector detector(PhraseBook::builtIn(), clock);
    const QList<DetectedPromise> vague = detector.detect(QStringLiteral("We komen er zo snel mogelijk op terug."), u"nl"_qs);
    REQUIRE(vague.size() == 1);
    CHECK_FALSE(vague.first().due.has_value());
    CHECK(vague.first().vague);
    CHECK(vague.first().when.text == QLatin1String("zo snel mogelijk"));
    const QList<DetectedPromise> none = detector.detect(QStringLiteral("We'll look into it."), u"en"_qs);
    REQUIRE(none.size() == 1);
    CHECK_FALSE(none.first().due.has_value());
    CHECK_FALSE(none.first().vague);
    CHECK(detector.detect(QStringLiteral("Zullen we je morgen bellen?"), u"nl"_qs).isEmpty());
}

TEST_CASE("the language is detected from the draft and the customer's message", "[drafting]")
{
    const PhraseBook &book = PhraseBook::builtIn();
    CHECK(drafting::detectLanguage(book, QStringLiteral("Het spijt ons dat je pakket niet is bezorgd."), {}) == QLatin1String("nl"));
    CHECK(drafting::detectLanguage(book, QStringLiteral("We are sorry that your parcel was not delivered."), {}) == QLatin1String("en"));
    CHECK(drafting::detectLanguage(book, QStringLiteral("👍"), u"en"_qs) == QLatin1String("en"));
    // A long draft is judged on its beginning and end (and no longer than a short one takes).
    QString longDraft;
    while (longDraft.size() < 20000)
        longDraft += QStringLiteral("We are sorry that your parcel was not delivered on time. ");
    CHECK(drafting::detectLanguage(book, longDraft, u"nl"_qs) == QLatin1String("en"));
    CHECK(drafting::detectLanguage(book, longDraft + QStringLiteral("\nHet spijt ons dat je pakket "
                                                                    "niet is bezorgd. Het is weg."),
                                   u"nl"_qs)
          == QLatin1String("en"));
}

TEST_CASE("the register of a Dutch message follows je or u, greetings and emoji", "[drafting]")
{
    const PhraseBook &book = PhraseBook::builtIn();
    CHECK(drafting::detectRegister(book, QStringLiteral("Kunt u mij vertellen waar uw monteur blijft?"), u"nl"_qs).form
          == FormOfAddress::Formal);
    CHECK(drafting::detectRegister(book, QStringLiteral("Hé, waar blijft je monteur nou?"), u"nl"_qs).form
          == FormOfAddress::Informal);
    const Register emoji = drafting::detectRegister(book, QStringLiteral("hey, still waiting 😡"), u"en"_qs);
    CHECK(emoji.emoji);
    CHECK(emoji.form == FormOfAddress::Informal);
    CHECK(drafting::detectRegister(book, QStringLiteral("Dear Sir, yours faithfully"), u"en"_qs).form
          == FormOfAddress::Formal);
}

TEST_CASE("a stored form of address overrides what the customer's message suggests", "[drafting]")
{
    ManualClock clock(testNow());
    const ReplyChecker checker(clock);
    ReplyContext c;
    c.customerMessage = QStringLiteral("mijn pakket is kwijt");
    c.customerForm = FormOfAddress::Formal;
    const ReplyCheckReport r = checker.check(QStringLiteral("Hoi, wat vervelend dat je pakket kwijt is."), c);
    CHECK(r.find(u"tone.register"_qs)->status == CheckStatus::Fail);
}

TEST_CASE("every verdict names its evidence in the draft or says what is missing", "[drafting]")
{
    ManualClock clock(testNow());
    const ReplyChecker checker(clock);
    for (const LabelledReply &r : loadLabelledReplies()) {
        const ReplyCheckReport report = checker.check(r.reply, contextOf(r));
        for (const CheckResult &c : report.checks) {
            INFO(r.id.toStdString() << " " << c.id.toStdString());
            CHECK_FALSE(c.hint.isEmpty());
            for (const EvidenceSpan &e : c.evidence) {
                REQUIRE(e.start >= 0);
                REQUIRE(e.start + e.length <= r.reply.size());
                CHECK(r.reply.mid(e.start, e.length) == e.text);
            }
            // A failing check that found something wrong points at it.
            if (c.status == CheckStatus::Fail
                && (c.id.startsWith(QLatin1String("dont.")) || c.id == QLatin1String("channel.personal_data")
                    || c.id == QLatin1String("channel.no_call_request")))
                CHECK_FALSE(c.evidence.isEmpty());
        }
    }
}

TEST_CASE("checking the same draft twice gives the same report", "[drafting]")
{
    ManualClock clock(testNow());
    const ReplyChecker checker(clock);
    for (const LabelledReply &r : loadLabelledReplies()) {
        const ReplyContext c = contextOf(r);
        CHECK(QJsonDocument(toJson(checker.check(r.reply, c))) == QJsonDocument(toJson(checker.check(r.reply, c))));
    }
}

TEST_CASE("the JSON form has one object per check with id, status, evidence and hint", "[drafting]")
{
    ManualClock clock(testNow());
    const ReplyChecker checker(clock);
    ReplyContext c;
    c.channel = {u"twitter"_qs, true, 280};
    const QJsonObject o = toJson(checker.check(QStringLiteral("Sorry! Bel ons op 020-1234567."), c));
    const QJsonArray checks = o.value(u"checks").toArray();
    REQUIRE(checks.size() == allCheckIds().size());
    for (const auto &v : checks) {
        const QJsonObject check = v.toObject();
        CHECK(allCheckIds().contains(check.value(u"id").toString()));
        CHECK(parse<CheckStatus>(check.value(u"status").toString()).has_value());
        CHECK(check.value(u"evidence").isArray());
        CHECK(check.value(u"hint").isString());
    }
    const QJsonObject call = checks.at(int(allCheckIds().indexOf(u"channel.no_call_request"_qs))).toObject();
    CHECK(call.value(u"status").toString() == QLatin1String("fail"));
    const QJsonObject span = call.value(u"evidence").toArray().first().toObject();
    CHECK(span.value(u"start").toInt() == 7);
    CHECK(span.value(u"text").toString().startsWith(QLatin1String("Bel ons")));
}

TEST_CASE("edited phrase lists replace the built-in ones, and a broken pattern is named", "[drafting]")
{
    QTemporaryDir dir;
    QFile src(QStringLiteral(":/data/drafting/phrases_en.json"));
    REQUIRE(src.open(QIODevice::ReadOnly));
    QJsonObject en = QJsonDocument::fromJson(src.readAll()).object();
    QJsonArray sales = en.value(u"sales").toArray();
    sales.append(u"cheap flights"_qs);
    en.insert(u"sales"_qs, sales);
    auto write = [&](const QJsonObject &o) {
        QFile f(dir.filePath(QStringLiteral("phrases_en.json")));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
    };
    write(en);
    auto book = PhraseBook::load(dir.path());
    REQUIRE(book.ok());
    ManualClock clock(testNow());
    ReplyContext c;
    c.language = u"en"_qs;
    const ReplyCheckReport edited = ReplyChecker(clock, *book).check(QStringLiteral("Sorry! Book our cheap flights."), c);
    CHECK(edited.find(u"dont.sales"_qs)->status == CheckStatus::Fail);
    const ReplyCheckReport builtIn = ReplyChecker(clock).check(QStringLiteral("Sorry! Book our cheap flights."), c);
    CHECK(builtIn.find(u"dont.sales"_qs)->status == CheckStatus::Pass);

    sales.append(u"(unclosed"_qs);
    en.insert(u"sales"_qs, sales);
    write(en);
    auto broken = PhraseBook::load(dir.path());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().where.endsWith(QLatin1String("phrases_en.json")));
    CHECK(broken.error().message.contains(QLatin1String("(unclosed")));
}

// Every check of `got` has the verdict it has in `expected` (the same draft written otherwise).
void checkSameVerdicts(const QString &replyId, const ReplyCheckReport &expected,
                       const ReplyCheckReport &got)
{
    REQUIRE(expected.checks.size() == got.checks.size());
    for (int i = 0; i < got.checks.size(); ++i) {
        INFO(replyId.toStdString() << " " << got.checks.at(i).id.toStdString());
        CHECK(QString(toString(got.checks.at(i).status)).toStdString()
              == QString(toString(expected.checks.at(i).status)).toStdString());
    }
}

TEST_CASE("a draft typed with typographic apostrophes gets the same verdicts as with straight ones",
          "[drafting]")
{
    // Word processors and phones turn ' into ’: "we’ll call you" is the same promise.
    ManualClock clock(testNow());
    const ReplyChecker checker(clock);
    int compared = 0;
    for (const LabelledReply &r : loadLabelledReplies()) {
        if (!r.reply.contains(u'\''))
            continue;
        QString curly = r.reply;
        curly.replace(u'\'', u'\u2019');
        const ReplyContext c = contextOf(r);
        checkSameVerdicts(r.id, checker.check(r.reply, c), checker.check(curly, c));
        ++compared;
    }
    CHECK(compared >= 10);
}

TEST_CASE("half an emoji pasted into a draft does not switch the checks off", "[drafting]")
{
    // A copy from a chat window can cut an emoji in two: one UTF-16 surrogate without its
    // partner. The regular expressions refuse such text as a whole, so every phrase went unseen.
    ManualClock clock(testNow());
    const ReplyChecker checker(clock);
    int compared = 0;
    for (const LabelledReply &r : loadLabelledReplies()) {
        if (compared >= 20)
            break;
        const ReplyContext c = contextOf(r);
        const int middle = int(r.reply.size() / 2);
        QString broken = r.reply;
        broken.insert(middle, QChar(0xD83D)); // the first half of 😀, alone
        QString replaced = r.reply;
        replaced.insert(middle, QChar(0xFFFD));
        const ReplyCheckReport expected = checker.check(replaced, c);
        const ReplyCheckReport got = checker.check(broken, c);
        checkSameVerdicts(r.id, expected, got);
        CHECK(got.promises.size() == expected.promises.size());
        ++compared;
    }
    CHECK(compared == 20);
}
