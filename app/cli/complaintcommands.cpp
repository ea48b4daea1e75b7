// add, set, list and show: the complaint commands of the CLI.
#include "cli.h"

#include "domain/codewords.h"
#include "service/complaintservice.h"
#include "service/jsonview.h"
#include "storage/catalogstore.h"
#include "storage/complaintstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kd::cli {
namespace {

// Reads a NewComplaint from a JSON object; field names match the `add` options.
Result<NewComplaint> fromJson(const QJsonObject &o)
{
    NewComplaint n;
    const QJsonValue customer = o.value(u"customer");
    if (customer.isObject()) {
        const QJsonObject c = customer.toObject();
        n.customer.id = c.value(u"id").toString();
        n.customer.name = c.value(u"name").toString();
        n.customer.customerNumber = c.value(u"customer_number").toString();
        n.customer.email = c.value(u"email").toString();
        n.customer.phone = c.value(u"phone").toString();
        n.customer.language = c.value(u"language").toString();
        for (const auto &h : c.value(u"handles").toArray())
            n.customer.handles.append({h.toObject().value(u"platform").toString(),
                                       h.toObject().value(u"handle").toString()});
        if (c.contains(u"form_of_address")) {
            auto f = parse<FormOfAddress>(c.value(u"form_of_address").toString());
            if (!f)
                return invalid(QStringLiteral("customer.form_of_address"),
                               tr("use one of: %1").arg(codes<FormOfAddress>().join(u", ")));
            n.customer.formOfAddress = *f;
        }
    } else {
        n.customer.name = customer.toString();
    }
    n.channel = o.value(u"channel").toString();
    if (o.contains(u"received_at")) {
        n.receivedAt = QDateTime::fromString(o.value(u"received_at").toString(), Qt::ISODate);
        if (!n.receivedAt.isValid())
            return invalid(QStringLiteral("received_at"),
                           tr("not an ISO 8601 date and time: \"%1\"")
                               .arg(o.value(u"received_at").toString()));
    }
    n.subject = o.value(u"subject").toString();
    n.description = o.value(u"description").toString();
    n.category = o.value(u"category").toString();
    n.assignee = o.value(u"assignee").toString();
    n.productRef = o.value(u"product_ref").toString();
    n.publicUrl = o.value(u"public_url").toString();
    for (const auto &t : o.value(u"tags").toArray())
        n.tags << t.toString();
    if (o.contains(u"severity")) {
        auto v = parse<Severity>(o.value(u"severity").toString());
        if (!v)
            return invalid(QStringLiteral("severity"),
                           tr("use one of: %1").arg(codes<Severity>().join(u", ")));
        n.severity = *v;
    }
    if (o.contains(u"justified")) {
        auto v = parse<Justified>(o.value(u"justified").toString());
        if (!v)
            return invalid(QStringLiteral("justified"),
                           tr("use one of: %1").arg(codes<Justified>().join(u", ")));
        n.justified = *v;
    }
    return n;
}

void printDetails(QTextStream &out, const ComplaintDetails &d)
{
    const QString lang = language();
    const Complaint &c = d.complaint;
    const QList<std::pair<QString, QString>> lines{
        {tr("Reference"), c.reference},
        {tr("Status"), uitext::status(c.status)},
        {tr("Received"), QLocale().toString(c.receivedAt.toLocalTime(), QLocale::ShortFormat)},
        {tr("Customer"), d.customer.name},
        {tr("Contact"), QStringList{d.customer.customerNumber, d.customer.email, d.customer.phone}
                            .filter(QRegularExpression(QStringLiteral("."))).join(u"  ")},
        {tr("Channel"), d.channel.displayName(lang)},
        {tr("Category"), d.category ? d.category->displayName(lang) : QString()},
        {tr("Severity"), uitext::severity(c.severity)},
        {tr("Justified"), uitext::justified(c.justified)},
        {tr("Assignee"), c.assignee},
        {tr("Product"), c.productRef},
        {tr("Public URL"), c.publicUrl},
        {tr("Tags"), c.tags.join(u", ")},
        {tr("Subject"), c.subject}};
    QStringList labels;
    for (const auto &[label, value] : lines)
        labels << label;
    const qsizetype width = widest(labels) + 2;
    for (const auto &[label, value] : lines)
        if (!value.isEmpty())
            out << label.leftJustified(width) << value << '\n';
    out << '\n' << c.description << '\n';
    for (const Interaction &i : d.interactions) {
        out << "\n--- " << QLocale().toString(i.occurredAt.toLocalTime(), QLocale::ShortFormat)
            << "  " << uitext::kind(i.kind) << " (" << uitext::direction(i.direction) << ")  "
            << i.author << '\n'
            << i.body << '\n';
    }
}

int runAdd(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print the new complaint as JSON."));
    const QCommandLineOption stdinJson(u"stdin"_qs, tr("Read the complaint as a JSON object from "
                                                       "standard input."));
    const QCommandLineOption customer(u"customer"_qs, tr("Customer's name."), u"NAME"_qs);
    const QCommandLineOption number(u"customer-number"_qs, tr("Customer number."), u"NUMBER"_qs);
    const QCommandLineOption email(u"email"_qs, tr("Customer's e-mail address."), u"EMAIL"_qs);
    const QCommandLineOption phone(u"phone"_qs, tr("Customer's phone number."), u"PHONE"_qs);
    const QCommandLineOption handle(u"handle"_qs, tr("Social handle as platform:@name (repeatable)."),
                                    u"PLATFORM:HANDLE"_qs);
    const QCommandLineOption channel(u"channel"_qs, tr("Channel code or name (required)."), u"CHANNEL"_qs);
    const QCommandLineOption received(u"received"_qs, tr("When it came in, ISO 8601 (default: now)."),
                                      u"TIME"_qs);
    const QCommandLineOption subject(u"subject"_qs, tr("Short subject."), u"TEXT"_qs);
    const QCommandLineOption text(u"text"_qs, tr("The customer's own words (required)."), u"TEXT"_qs);
    const QCommandLineOption category(u"category"_qs, tr("Category code or name."), u"CATEGORY"_qs);
    const QCommandLineOption severity(u"severity"_qs, tr("low, normal, high or critical."), u"SEVERITY"_qs);
    const QCommandLineOption justified(u"justified"_qs, tr("unknown, yes, partly or no."), u"VALUE"_qs);
    const QCommandLineOption product(u"product"_qs, tr("Product or order reference."), u"REF"_qs);
    const QCommandLineOption url(u"url"_qs, tr("Public URL when posted publicly."), u"URL"_qs);
    const QCommandLineOption tags(u"tags"_qs, tr("Comma-separated tags."), u"TAGS"_qs);
    const QCommandLineOption assignee(u"assignee"_qs, tr("Login of the agent who handles it."), u"LOGIN"_qs);
    p.addOptions({json, stdinJson, customer, number, email, phone, handle, channel, received,
                  subject, text, category, severity, justified, product, url, tags, assignee});
    if (auto stop = ctx.parse(p, tr("Registers a complaint and prints its reference. The customer "
                                    "is matched on customer number, e-mail, phone or handle, "
                                    "and created when there is no match.")))
        return *stop;

    NewComplaint n;
    if (p.isSet(stdinJson)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(makeError(ErrorCode::Io, tr("Cannot read standard input.")));
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return ctx.fail(invalid(QStringLiteral("stdin"),
                                    tr("standard input is not a JSON object (%1 at offset %2)")
                                        .arg(perr.errorString())
                                        .arg(perr.offset)));
        auto parsed = fromJson(doc.object());
        if (!parsed)
            return ctx.fail(parsed.error());
        n = *parsed;
    } else {
        n.customer.name = p.value(customer);
        n.customer.customerNumber = p.value(number);
        n.customer.email = p.value(email);
        n.customer.phone = p.value(phone);
        for (const QString &h : p.values(handle)) {
            const int colon = h.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                return ctx.fail(invalid(QStringLiteral("--handle"),
                                        tr("\"%1\" is not PLATFORM:HANDLE, e.g. twitter:@jan").arg(h)));
            n.customer.handles.append({h.left(colon), h.mid(colon + 1)});
        }
        n.channel = p.value(channel);
        if (p.isSet(received)) {
            n.receivedAt = QDateTime::fromString(p.value(received), Qt::ISODate);
            if (!n.receivedAt.isValid())
                return ctx.fail(invalid(QStringLiteral("--received"),
                                        tr("not an ISO 8601 date and time: \"%1\"")
                                            .arg(p.value(received))));
        }
        n.subject = p.value(subject);
        n.description = p.value(text);
        n.category = p.value(category);
        n.productRef = p.value(product);
        n.publicUrl = p.value(url);
        n.assignee = p.value(assignee);
        for (const QString &t : p.value(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
            n.tags << t.trimmed();
        if (p.isSet(severity)) {
            auto v = parse<Severity>(p.value(severity));
            if (!v)
                return ctx.fail(invalid(u"--severity"_qs, tr("use one of: %1")
                                                              .arg(codes<Severity>().join(u", "))));
            n.severity = *v;
        }
        if (p.isSet(justified)) {
            auto v = parse<Justified>(p.value(justified));
            if (!v)
                return ctx.fail(invalid(u"--justified"_qs, tr("use one of: %1")
                                                               .arg(codes<Justified>().join(u", "))));
            n.justified = *v;
        }
    }
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    auto r = ComplaintService(*db).registerComplaint(n);
    if (!r) {
        // The core names its fields; here the user typed options.
        Error e = r.error();
        static const QHash<QString, QString> options{{u"description"_qs, u"--text"_qs},
                                                     {u"customer"_qs, u"--customer"_qs},
                                                     {u"received"_qs, u"--received"_qs},
                                                     {u"channel"_qs, u"--channel"_qs},
                                                     {u"category"_qs, u"--category"_qs}};
        e.field = options.value(e.field, e.field);
        return ctx.fail(e);
    }
    if (p.isSet(json)) {
        auto d = ComplaintService(*db).details(r->complaint.reference);
        if (!d)
            return ctx.fail(d.error());
        QJsonObject o = toJson(*d);
        o[u"customer_created"] = r->customerCreated;
        ctx.printJson(QJsonDocument(o));
    } else {
        ctx.out() << r->complaint.reference << '\n';
    }
    return kOk;
}

int runSet(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print what changed as JSON."));
    p.addOption(json);
    p.addPositionalArgument(u"reference"_qs, tr("The complaint, e.g. KL-2026-000123."));
    p.addPositionalArgument(u"field"_qs, tr("One of: %1.")
                                             .arg(ComplaintService::settableFields().join(u", ")));
    p.addPositionalArgument(u"value"_qs, tr("The new value."));
    if (auto stop = ctx.parse(p, tr("Changes one field of a complaint.")))
        return *stop;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 3)
        return ctx.fail(invalid(u"arguments"_qs, tr("set takes REFERENCE FIELD VALUE, e.g. "
                                                    "set KL-2026-000123 severity high")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    auto r = ComplaintService(*db).setField(pos[0], pos[1], pos[2]);
    if (!r)
        return ctx.fail(r.error());
    printChanges(ctx, pos[0], *r, p.isSet(json));
    return kOk;
}

int runList(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print JSON."));
    const QCommandLineOption status(u"status"_qs, tr("Comma-separated statuses: %1.")
                                                       .arg(codes<ComplaintStatus>().join(u", ")),
                                    u"STATUS"_qs);
    const QCommandLineOption assignee(u"assignee"_qs, tr("Only this agent's ('-' for unassigned)."),
                                      u"LOGIN"_qs);
    const QCommandLineOption channel(u"channel"_qs, tr("Only this channel."), u"CHANNEL"_qs);
    const QCommandLineOption category(u"category"_qs, tr("Only this category and its sub-categories."),
                                      u"CATEGORY"_qs);
    const QCommandLineOption from(u"from"_qs, tr("Received on or after this date (YYYY-MM-DD)."),
                                  u"DATE"_qs);
    const QCommandLineOption until(u"until"_qs, tr("Received before this date (YYYY-MM-DD)."), u"DATE"_qs);
    const QCommandLineOption limit(u"limit"_qs, tr("At most this many (default 50)."), u"N"_qs, u"50"_qs);
    p.addOptions({json, status, assignee, channel, category, from, until, limit});
    if (auto stop = ctx.parse(p, tr("Lists complaints, newest first.")))
        return *stop;
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    QueueFilter f;
    f.language = language();
    for (const QString &s : p.value(status).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto v = parse<ComplaintStatus>(s);
        if (!v)
            return ctx.fail(invalid(u"--status"_qs, tr("\"%1\" is not a status; use one of: %2")
                                                        .arg(s, codes<ComplaintStatus>().join(u", "))));
        f.statuses << *v;
    }
    f.assignee = p.value(assignee);
    CatalogStore catalog(*db);
    if (p.isSet(channel)) {
        auto c = catalog.findChannel(p.value(channel));
        if (!c)
            return ctx.fail(c.error());
        f.channelId = c->meta.id;
    }
    if (p.isSet(category)) {
        auto c = catalog.findCategory(p.value(category));
        if (!c)
            return ctx.fail(c.error());
        f.categoryId = c->meta.id;
    }
    for (const auto &[opt, target] : {std::pair{&from, &f.receivedFrom}, std::pair{&until, &f.receivedUntil}}) {
        if (!p.isSet(*opt))
            continue;
        const QDate d = QDate::fromString(p.value(*opt), Qt::ISODate);
        if (!d.isValid())
            return ctx.fail(invalid(QStringLiteral("--") + opt->names().first(),
                                    tr("\"%1\" is not a date; use YYYY-MM-DD").arg(p.value(*opt))));
        *target = d.startOfDay();
    }
    // As report does: an empty list for a reversed period reads as "no complaints".
    if (f.receivedFrom.isValid() && f.receivedUntil.isValid() && f.receivedUntil <= f.receivedFrom)
        return ctx.fail(invalid(u"--until"_qs, tr("must be after --from")));
    bool ok = false;
    const int n = p.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return ctx.fail(invalid(u"--limit"_qs, tr("must be a whole number of 1 or more")));
    auto rows = ComplaintStore(*db).queue(f, 0, n);
    if (!rows)
        return ctx.fail(rows.error());
    if (p.isSet(json)) {
        QJsonArray a;
        for (const QueueRow &r : *rows)
            a.append(toJson(r));
        ctx.printJson(QJsonDocument(a));
        return kOk;
    }
    if (rows->isEmpty()) {
        ctx.err() << tr("No complaints match.") << '\n';
        return kOk;
    }
    // A header over columns as wide as their widest cell (a name cut with "…", not mid-word
    // without a mark), so that a person can read the list; scripts read --json.
    const auto cut = [](const QString &text, qsizetype width) {
        return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
    };
    QList<QStringList> table{{tr("Reference"), tr("Received"), tr("Status"), tr("Severity"),
                              tr("Customer"), tr("Channel"), tr("Subject")}};
    for (const QueueRow &r : *rows)
        table << QStringList{r.reference,
                             r.receivedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs),
                             uitext::status(r.status),
                             uitext::severity(r.severity),
                             cut(r.customerName, 24),
                             cut(r.channelName, 14),
                             cut(r.subject.isEmpty() ? r.categoryName : r.subject, 50)};
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &row : table)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList &row : table) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        ctx.out() << line << '\n';
    }
    return kOk;
}

int runShow(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print JSON."));
    p.addOption(json);
    p.addPositionalArgument(u"reference"_qs, tr("The complaint, e.g. KL-2026-000123."));
    if (auto stop = ctx.parse(p, tr("Shows one complaint with its messages and notes.")))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(invalid(u"reference"_qs, tr("show takes one reference, e.g. show KL-2026-000123")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    auto d = ComplaintService(*db).details(p.positionalArguments().first());
    if (!d)
        return ctx.fail(d.error());
    if (p.isSet(json))
        ctx.printJson(QJsonDocument(toJson(*d)));
    else
        printDetails(ctx.out(), *d);
    return kOk;
}

const bool registered
    = registerCommand({u"add"_qs, QT_TRANSLATE_NOOP("kd::cli", "register a complaint"), runAdd})
      && registerCommand({u"set"_qs, QT_TRANSLATE_NOOP("kd::cli", "change one field of a complaint"),
                          runSet})
      && registerCommand({u"list"_qs, QT_TRANSLATE_NOOP("kd::cli", "list complaints with filters"),
                          runList})
      && registerCommand({u"show"_qs, QT_TRANSLATE_NOOP("kd::cli", "show one complaint"), runShow});

} // namespace
} // namespace kd::cli
