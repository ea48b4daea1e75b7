// search, history, similar, mark-known, merge-customers and kb: the search commands of the CLI.
#include "cli.h"

#include "domain/codewords.h"
#include "search/customermerge.h"
#include "search/historyservice.h"
#include "search/knowledgebase.h"
#include "search/knowncomplaints.h"
#include "search/searchservice.h"
#include "search/similarcomplaints.h"
#include "service/jsonview.h"
#include "storage/catalogstore.h"
#include "storage/complaintstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace kd::cli {
namespace {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString oneLine(const QString &text, int width)
{
    QString s = text.simplified();
    if (s.size() > width)
        s = s.left(width - 1) + QChar(0x2026);
    return s;
}

QString hitKind(HitKind kind)
{
    switch (kind) {
    case HitKind::Complaint: return tr("Complaint");
    case HitKind::Customer: return tr("Customer");
    case HitKind::Interaction: return tr("Message");
    }
    return {};
}

QJsonObject hitJson(const SearchHit &h)
{
    return {{u"kind"_qs, toString(h.kind)},     {u"id"_qs, h.id},
            {u"title"_qs, h.title},             {u"snippet"_qs, h.snippet},
            {u"matched_on"_qs, h.matchedOn},    {u"when"_qs, isoTime(h.when)},
            {u"complaint_id"_qs, h.complaintId}, {u"reference"_qs, h.reference},
            {u"customer_id"_qs, h.customerId},  {u"customer_name"_qs, h.customerName}};
}

int runSearch(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print the hits as JSON."));
    const QCommandLineOption limit(u"limit"_qs, tr("Hits of each kind (default 20)."), u"N"_qs,
                                   u"20"_qs);
    const QCommandLineOption ranked(u"ranked"_qs, tr("Best match first (bm25 within the newest "
                                                     "2,000 matches) instead of newest first."));
    const QCommandLineOption kind(u"kind"_qs, tr("Only complaint, customer or interaction hits "
                                                 "(repeatable)."),
                                  u"KIND"_qs);
    p.addOptions({json, limit, ranked, kind});
    p.addPositionalArgument(u"query"_qs, tr("Words, a reference, customer number, e-mail, phone "
                                            "or handle. Any text is allowed."));
    if (auto stop = ctx.parse(p, tr("Finds complaints, customers and messages, as the search box "
                                    "of the workstation does.")))
        return *stop;
    const QString text = p.positionalArguments().join(QLatin1Char(' '));
    SearchOptions o;
    const auto n = ctx.wholeNumber(u"--limit"_qs, p.value(limit), 1, 1000);
    if (!n)
        return ctx.lastErrorCode();
    o.limit = *n;
    o.ranked = p.isSet(ranked);
    if (p.isSet(kind)) {
        const QStringList kinds = p.values(kind);
        for (const QString &k : kinds)
            if (k != u"complaint" && k != u"customer" && k != u"interaction")
                return ctx.fail(invalid(u"--kind"_qs, tr("use complaint, customer or interaction, "
                                                         "not \"%1\"").arg(k)));
        o.complaints = kinds.contains(u"complaint"_qs);
        o.customers = kinds.contains(u"customer"_qs);
        o.interactions = kinds.contains(u"interaction"_qs);
    }
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    auto hits = SearchService(*db).search(text, o);
    if (!hits)
        return ctx.fail(hits.error());
    if (p.isSet(json)) {
        QJsonArray a;
        for (const SearchHit &h : *hits)
            a.append(hitJson(h));
        ctx.printJson(QJsonDocument(QJsonObject{{u"query"_qs, text}, {u"hits"_qs, a}}));
        return kOk;
    }
    QStringList kinds, times;
    for (const SearchHit &h : *hits) {
        kinds << hitKind(h.kind);
        times << shortTime(h.when);
    }
    const qsizetype kindWidth = widest(kinds) + 2, timeWidth = widest(times) + 2;
    for (qsizetype i = 0; i < hits->size(); ++i) {
        const SearchHit &h = hits->at(i);
        ctx.out() << kinds[i].leftJustified(kindWidth) << times[i].leftJustified(timeWidth)
                  << oneLine(h.title, 50) << '\n';
        if (!h.snippet.isEmpty() && h.snippet != h.title)
            ctx.out() << QString(kindWidth + timeWidth, QLatin1Char(' ')) << oneLine(h.snippet, 100)
                      << '\n';
    }
    if (hits->isEmpty())
        ctx.err() << tr("Nothing found for \"%1\".").arg(text) << '\n';
    return kOk;
}

QJsonObject entryJson(const HistoryEntry &e)
{
    return {{u"kind"_qs, toString(e.kind)},   {u"id"_qs, e.id},
            {u"when"_qs, isoTime(e.when)},    {u"complaint_id"_qs, e.complaintId},
            {u"reference"_qs, e.reference},   {u"channel"_qs, e.channelCode},
            {u"title"_qs, e.title},           {u"body"_qs, e.body},
            {u"status"_qs, e.status},         {u"direction"_qs, e.direction},
            {u"interaction_kind"_qs, e.kindCode}, {u"open"_qs, e.open},
            {u"overdue"_qs, e.overdue}};
}

int runHistory(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print the history as JSON."));
    const QCommandLineOption limit(u"limit"_qs, tr("Entries to show (default 300)."), u"N"_qs,
                                   u"300"_qs);
    p.addOptions({json, limit});
    p.addPositionalArgument(u"customer"_qs, tr("Customer number, e-mail, phone (any formatting), "
                                               "social handle or id."));
    if (auto stop = ctx.parse(p, tr("Shows a customer's whole history, newest first: complaints, "
                                    "messages, call notes, replies and promises on every channel.")))
        return *stop;
    if (p.positionalArguments().isEmpty())
        return ctx.fail(invalid(u"customer"_qs, tr("name the customer: number, e-mail, phone or "
                                                   "handle")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    HistoryService service(*db);
    auto customer = service.resolveCustomer(p.positionalArguments().join(QLatin1Char(' ')));
    if (!customer)
        return ctx.fail(customer.error());
    const auto n = ctx.wholeNumber(u"--limit"_qs, p.value(limit), 1, 100000);
    if (!n)
        return ctx.lastErrorCode();
    auto h = service.forCustomer(customer->meta.id, *n, language());
    if (!h)
        return ctx.fail(h.error());
    if (p.isSet(json)) {
        QJsonArray entries, promises;
        for (const HistoryEntry &e : h->entries)
            entries.append(entryJson(e));
        for (const HistoryEntry &e : h->openPromises)
            promises.append(entryJson(e));
        ctx.printJson(QJsonDocument(QJsonObject{
            {u"customer"_qs, toJson(h->customer)},
            {u"preferred_channel"_qs, h->preferredChannelName},
            {u"form_of_address"_qs, toString(h->customer.formOfAddress)},
            {u"complaints_last_12_months"_qs, h->complaintsLast12Months},
            {u"complaints_total"_qs, h->complaintsTotal},
            {u"open_complaints"_qs, h->openComplaints},
            {u"open_promises"_qs, promises},
            {u"entries"_qs, entries},
            {u"truncated"_qs, h->truncated}}));
        return kOk;
    }
    const Customer &c = h->customer;
    ctx.out() << c.name << "  " << QStringList{c.customerNumber, c.email, c.phone}
                                       .filter(QRegularExpression(u"."_qs)).join(u"  ")
              << '\n';
    ctx.out() << tr("Preferred channel: %1; form of address: %2; complaints in the last 12 "
                    "months: %3 (total %4, open %5)")
                     .arg(h->preferredChannelName.isEmpty() ? tr("not recorded")
                                                            : h->preferredChannelName,
                          uitext::formOfAddress(c.formOfAddress))
                     .arg(h->complaintsLast12Months)
                     .arg(h->complaintsTotal)
                     .arg(h->openComplaints)
              << '\n';
    for (const HistoryEntry &e : h->openPromises)
        ctx.out() << (e.overdue ? tr("! OVERDUE promise") : tr("! open promise")) << "  "
                  << shortTime(e.when) << "  " << e.reference << "  " << oneLine(e.body, 80) << '\n';
    ctx.out() << '\n';
    QStringList times, channels;
    for (const HistoryEntry &e : h->entries) {
        times << shortTime(e.when);
        channels << e.channelName;
    }
    const qsizetype timeWidth = widest(times) + 2, channelWidth = widest(channels) + 2;
    for (qsizetype i = 0; i < h->entries.size(); ++i) {
        const HistoryEntry &e = h->entries.at(i);
        QString what;
        switch (e.kind) {
        case HistoryEntry::Kind::Complaint:
            what = tr("complaint %1 [%2]")
                       .arg(e.reference, uitext::fieldValue(u"status"_qs, e.status));
            break;
        case HistoryEntry::Kind::Interaction:
            what = uitext::codeWords<InteractionKind>(e.kindCode, uitext::kind) + QStringLiteral(" (")
                   + uitext::codeWords<Direction>(e.direction, uitext::direction) + QLatin1Char(')')
                   + (e.reference.isEmpty() ? QString() : QStringLiteral("  ") + e.reference);
            break;
        case HistoryEntry::Kind::Promise:
            what = tr("promise [%1] due").arg(uitext::fieldValue(u"promise"_qs, e.status));
            break;
        }
        ctx.out() << (e.open ? QStringLiteral("* ") : QStringLiteral("  "))
                  << times[i].leftJustified(timeWidth) << channels[i].leftJustified(channelWidth)
                  << what << '\n'
                  << QString(4, QLatin1Char(' '))
                  << oneLine(e.kind == HistoryEntry::Kind::Complaint && !e.title.isEmpty()
                                 ? e.title + QStringLiteral(": ") + e.body
                                 : e.body,
                             110)
                  << '\n';
    }
    return kOk;
}

Result<Complaint> complaintByReference(Database &db, const QString &reference)
{
    return ComplaintStore(db).byReference(reference);
}

QJsonObject similarJson(const SimilarComplaint &s)
{
    return {{u"id"_qs, s.id},
            {u"reference"_qs, s.reference},
            {u"subject"_qs, s.subject},
            {u"status"_qs, s.status},
            {u"received_at"_qs, isoTime(s.receivedAt)},
            {u"score"_qs, s.score},
            {u"text_score"_qs, s.textScore},
            {u"same_category"_qs, s.sameCategory},
            {u"same_product"_qs, s.sameProduct},
            {u"shared_terms"_qs, QJsonArray::fromStringList(s.sharedTerms)},
            {u"known"_qs, s.known},
            {u"solution"_qs, s.solution},
            {u"reply"_qs, s.reply},
            {u"replied_at"_qs, isoTime(s.repliedAt)}};
}

int runSimilar(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print the similar complaints as JSON."));
    const QCommandLineOption limit(u"limit"_qs, tr("How many (default 5)."), u"N"_qs, u"5"_qs);
    p.addOptions({json, limit});
    p.addPositionalArgument(u"reference"_qs, tr("The complaint, e.g. KL-2026-000123."));
    if (auto stop = ctx.parse(p, tr("Shows earlier complaints most like this one, with how each "
                                    "was solved and the reply that was sent.")))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(invalid(u"reference"_qs, tr("name one complaint by its reference")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    auto c = complaintByReference(*db, p.positionalArguments().first());
    if (!c)
        return ctx.fail(c.error());
    SimilarOptions o;
    const auto n = ctx.wholeNumber(u"--limit"_qs, p.value(limit), 1, 100);
    if (!n)
        return ctx.lastErrorCode();
    o.limit = *n;
    auto list = SimilarComplaints(*db).forComplaint(c->meta.id, o);
    if (!list)
        return ctx.fail(list.error());
    if (p.isSet(json)) {
        QJsonArray a;
        for (const SimilarComplaint &s : *list)
            a.append(similarJson(s));
        ctx.printJson(QJsonDocument(QJsonObject{{u"reference"_qs, c->reference}, {u"similar"_qs, a}}));
        return kOk;
    }
    for (const SimilarComplaint &s : *list) {
        ctx.out() << s.reference << QStringLiteral("  %1  ").arg(s.score, 0, 'f', 2)
                  << shortTime(s.receivedAt) << "  " << uitext::fieldValue(u"status"_qs, s.status)
                  << (s.known ? tr("  known") : QString()) << '\n'
                  << "    " << oneLine(s.subject + QStringLiteral(": ") + s.description, 110) << '\n';
        if (!s.solution.isEmpty())
            ctx.out() << "    " << tr("Solution: ") << oneLine(s.solution, 100) << '\n';
        if (!s.reply.isEmpty())
            ctx.out() << "    " << tr("Reply: ") << oneLine(s.reply, 100) << '\n';
    }
    if (list->isEmpty())
        ctx.err() << tr("No similar complaints.") << '\n';
    return kOk;
}

int runMarkKnown(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print the verdict as JSON."));
    const QCommandLineOption min(u"min-similar"_qs, tr("Similar recent complaints needed "
                                                       "(default: the stored rule, else 3)."),
                                 u"N"_qs);
    const QCommandLineOption days(u"days"_qs, tr("How far back counts as recent, in days "
                                                 "(default: the stored rule, else 30)."),
                                  u"DAYS"_qs);
    const QCommandLineOption score(u"min-score"_qs, tr("Similarity needed, 0 to 1 (default: the "
                                                       "stored rule, else 0.5)."),
                                   u"SCORE"_qs);
    const QCommandLineOption save(u"save-rule"_qs, tr("Store the given rule for this database."));
    p.addOptions({json, min, days, score, save});
    p.addPositionalArgument(u"reference"_qs, tr("The complaint, e.g. KL-2026-000123."));
    if (auto stop = ctx.parse(p, tr("Marks the complaint as a known complaint (a structural "
                                    "problem) when it matches several recent ones.")))
        return *stop;
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    KnownRule rule = KnownRule::load(*db);
    // Each value checked as it is read: "0,5" from a Dutch keyboard was read as 0 and marked
    // unrelated complaints as known.
    if (p.isSet(min)) {
        const auto n = ctx.wholeNumber(u"--min-similar"_qs, p.value(min), 1, 1000);
        if (!n)
            return ctx.lastErrorCode();
        rule.minSimilar = *n;
    }
    if (p.isSet(days)) {
        const auto n = ctx.wholeNumber(u"--days"_qs, p.value(days), 1, 3650);
        if (!n)
            return ctx.lastErrorCode();
        rule.withinDays = *n;
    }
    if (p.isSet(score)) {
        const auto v = ctx.fraction(u"--min-score"_qs, p.value(score), 0.0, 1.0);
        if (!v)
            return ctx.lastErrorCode();
        rule.minScore = *v;
    }
    if (rule.minSimilar < 1 || rule.withinDays < 1 || rule.minScore < 0 || rule.minScore > 1)
        return ctx.fail(invalid(u"rule"_qs, tr("--min-similar and --days must be at least 1, "
                                               "--min-score between 0 and 1")));
    if (p.isSet(save))
        if (auto s = rule.save(*db); !s)
            return ctx.fail(s.error());
    if (p.positionalArguments().isEmpty())
        return p.isSet(save) ? kOk
                             : ctx.fail(invalid(u"reference"_qs, tr("name the complaint")));
    auto c = complaintByReference(*db, p.positionalArguments().first());
    if (!c)
        return ctx.fail(c.error());
    auto v = KnownComplaints(*db).evaluate(c->meta.id, rule);
    if (!v)
        return ctx.fail(v.error());
    if (p.isSet(json)) {
        QJsonArray matches;
        for (const SimilarComplaint &s : v->matches)
            matches.append(similarJson(s));
        ctx.printJson(QJsonDocument(QJsonObject{{u"reference"_qs, c->reference},
                                                {u"known"_qs, v->known},
                                                {u"group_id"_qs, v->groupId},
                                                {u"marked"_qs, QJsonArray::fromStringList(v->markedIds)},
                                                {u"matches"_qs, matches}}));
        return kOk;
    }
    ctx.out() << (v->known ? tr("%1 is a known complaint (%2 similar in %3 days).")
                           : tr("%1 is not a known complaint (%2 similar in %3 days)."))
                     .arg(c->reference)
                     .arg(v->matches.size())
                     .arg(rule.withinDays)
              << '\n';
    return kOk;
}

int runMerge(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print what was moved as JSON."));
    const QCommandLineOption confirm(u"confirm"_qs, tr("Really merge (it cannot be undone); "
                                                       "without it the two customers are shown."));
    p.addOptions({json, confirm});
    p.addPositionalArgument(u"keep"_qs, tr("The customer to keep (number, e-mail, phone, handle "
                                           "or id)."));
    p.addPositionalArgument(u"duplicate"_qs, tr("The duplicate to merge into it."));
    if (auto stop = ctx.parse(p, tr("Merges a duplicate customer into another, keeping all "
                                    "complaints, messages, handles and promises.")))
        return *stop;
    if (p.positionalArguments().size() != 2)
        return ctx.fail(invalid(u"customers"_qs, tr("name two customers: the one to keep and the "
                                                    "duplicate")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    HistoryService history(*db);
    auto keep = history.resolveCustomer(p.positionalArguments().at(0));
    if (!keep)
        return ctx.fail(keep.error());
    auto dup = history.resolveCustomer(p.positionalArguments().at(1));
    if (!dup)
        return ctx.fail(dup.error());
    // Two look-ups by free text can name two different people: the merge is shown first and
    // only done with --confirm, as an erasure is.
    if (!p.isSet(confirm)) {
        const auto describe = [&history](const Customer &c) {
            QStringList parts{c.name};
            for (const QString &v : {c.customerNumber, c.email, c.phone})
                if (!v.isEmpty())
                    parts << v;
            if (auto h = history.forCustomer(c.meta.id, 1, language()))
                parts << QCoreApplication::translate("kd::cli", "%n complaint(s)", nullptr,
                                                     h->complaintsTotal);
            return parts.join(u" · "_qs);
        };
        ctx.out() << tr("Keep:      %1").arg(describe(*keep)) << '\n'
                  << tr("Merge in:  %1").arg(describe(*dup)) << '\n';
        return ctx.fail(invalid(u"--confirm"_qs, tr("a merge cannot be undone: check the two "
                                                    "customers above and add --confirm")));
    }
    auto r = CustomerMerge(*db).merge(keep->meta.id, dup->meta.id);
    if (!r)
        return ctx.fail(r.error());
    if (p.isSet(json)) {
        ctx.printJson(QJsonDocument(QJsonObject{
            {u"merge_id"_qs, r->mergeId}, {u"kept"_qs, keep->meta.id}, {u"merged"_qs, dup->meta.id},
            {u"moved_complaints"_qs, r->movedComplaints},
            {u"moved_interactions"_qs, r->movedInteractions},
            {u"moved_handles"_qs, r->movedHandles}, {u"moved_promises"_qs, r->movedPromises},
            {u"filled_fields"_qs, QJsonArray::fromStringList(r->filledFields)}}));
        return kOk;
    }
    ctx.out() << tr("Merged %1 into %2: %3 complaints, %4 interactions, %5 handles moved.")
                     .arg(dup->name, keep->name)
                     .arg(r->movedComplaints)
                     .arg(r->movedInteractions)
                     .arg(r->movedHandles)
              << '\n';
    return kOk;
}

QJsonObject articleJson(const KbArticle &a)
{
    return {{u"id"_qs, a.meta.id},         {u"category_id"_qs, a.categoryId},
            {u"language"_qs, a.language},  {u"question"_qs, a.question},
            {u"answer"_qs, a.answer},      {u"tags"_qs, QJsonArray::fromStringList(a.tags)}};
}

int runKb(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print articles as JSON."));
    const QCommandLineOption category(u"category"_qs, tr("Category code or name."), u"CATEGORY"_qs);
    const QCommandLineOption lang(u"language"_qs, tr("nl or en."), u"LANG"_qs);
    const QCommandLineOption question(u"question"_qs, tr("Question or title (add)."), u"TEXT"_qs);
    const QCommandLineOption answer(u"answer"_qs, tr("The answer (add)."), u"TEXT"_qs);
    const QCommandLineOption tags(u"tags"_qs, tr("Comma-separated tags (add)."), u"TAGS"_qs);
    p.addOptions({json, category, lang, question, answer, tags});
    p.addPositionalArgument(u"action"_qs, tr("list, search WORDS, show ID or add."));
    if (auto stop = ctx.parse(p, tr("The knowledge base of standard answers and facts.")))
        return *stop;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0, u"list"_qs);
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    KnowledgeBase kb(*db);
    QString categoryId;
    if (p.isSet(category)) {
        auto c = CatalogStore(*db).findCategory(p.value(category));
        if (!c)
            return ctx.fail(c.error());
        categoryId = c->meta.id;
    }
    auto print = [&](const QList<KbArticle> &list) {
        if (p.isSet(json)) {
            QJsonArray a;
            for (const KbArticle &x : list)
                a.append(articleJson(x));
            ctx.printJson(QJsonDocument(QJsonObject{{u"articles"_qs, a}}));
            return;
        }
        for (const KbArticle &x : list)
            ctx.out() << x.meta.id << "  " << x.language << "  " << x.question << '\n';
    };
    if (action == u"list") {
        auto list = kb.list(categoryId, p.value(lang));
        if (!list)
            return ctx.fail(list.error());
        print(*list);
    } else if (action == u"search") {
        auto list = kb.search(args.mid(1).join(QLatin1Char(' ')), p.value(lang));
        if (!list)
            return ctx.fail(list.error());
        print(*list);
    } else if (action == u"show") {
        auto a = kb.get(args.value(1));
        if (!a)
            return ctx.fail(a.error());
        if (p.isSet(json))
            ctx.printJson(QJsonDocument(articleJson(*a)));
        else
            ctx.out() << a->question << "\n\n" << a->answer << '\n';
    } else if (action == u"add") {
        if (!kb.canEdit())
            return ctx.fail(makeError(ErrorCode::Permission,
                                      tr("Only supervisors and administrators edit the knowledge "
                                         "base.")));
        KbArticle a;
        a.categoryId = categoryId;
        a.language = p.isSet(lang) ? p.value(lang) : u"nl"_qs;
        a.question = p.value(question);
        a.answer = p.value(answer);
        for (const QString &t : p.value(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
            a.tags << t.trimmed();
        if (auto s = kb.add(a); !s)
            return ctx.fail(s.error());
        if (p.isSet(json))
            ctx.printJson(QJsonDocument(articleJson(a)));
        else
            ctx.out() << a.meta.id << '\n';
    } else {
        return ctx.fail(invalid(u"action"_qs, tr("use list, search, show or add, not \"%1\"")
                                                  .arg(action)));
    }
    return kOk;
}

const bool registered = [] {
    registerCommand({u"search"_qs, QT_TRANSLATE_NOOP("kd::cli", "find complaints, customers and "
                                                                "messages"),
                     runSearch});
    registerCommand({u"history"_qs, QT_TRANSLATE_NOOP("kd::cli", "a customer's whole history, "
                                                                 "newest first"),
                     runHistory});
    registerCommand({u"similar"_qs, QT_TRANSLATE_NOOP("kd::cli", "earlier complaints like this "
                                                                 "one and how they were solved"),
                     runSimilar});
    registerCommand({u"mark-known"_qs, QT_TRANSLATE_NOOP("kd::cli", "mark a complaint as known "
                                                                    "when it matches recent ones"),
                     runMarkKnown});
    registerCommand({u"merge-customers"_qs, QT_TRANSLATE_NOOP("kd::cli", "merge a duplicate "
                                                                         "customer into another"),
                     runMerge});
    registerCommand({u"kb"_qs, QT_TRANSLATE_NOOP("kd::cli", "the knowledge base: list, search, "
                                                            "show, add"),
                     runKb});
    return true;
}();

} // namespace
} // namespace kd::cli
