// import, export and privacy: the CLI face of core/importing and core/privacy.
#include "cli.h"

#include "importing/exporter.h"
#include "importing/importer.h"
#include "importing/valueparsers.h"
#include "privacy/customerlink.h"
#include "privacy/privacyservice.h"
#include "reporting/reportzone.h"
#include "service/jsonview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

#ifdef KD_CLI_GUI
#include "dsarpdf.h"
#endif

namespace kd::cli {
namespace {

// One character; "tab" or "\t" (as a shell passes a typed \t) for a tab. Import and export
// alike: export took the first character of "\t", a backslash.
std::optional<QChar> delimiterOption(Context &ctx, QString d)
{
    if (d == u"tab" || d == u"\\t")
        d = u"\t"_qs;
    if (d.size() == 1)
        return d.at(0);
    ctx.fail(invalid(u"--delimiter"_qs, tr("one character, or tab")));
    return std::nullopt;
}

QJsonObject reportJson(const ImportReport &r)
{
    QJsonArray problems;
    for (const RowProblem &p : r.problems)
        problems.append(QJsonObject{{u"line"_qs, p.line}, {u"column"_qs, p.column},
                                    {u"reason"_qs, p.reason}});
    QJsonArray byColumn;
    for (const ImportReport::ColumnRejects &c : r.rejectedByColumn)
        byColumn.append(QJsonObject{{u"column"_qs, c.column},
                                    {u"rows"_qs, c.rows},
                                    {u"first_line"_qs, c.first.line},
                                    {u"first_reason"_qs, c.first.reason}});
    QJsonObject mapping;
    for (auto it = r.mapping.cbegin(); it != r.mapping.cend(); ++it)
        mapping.insert(r.layout.header.value(it.key()), it.value());
    return {{u"dry_run"_qs, r.dryRun},
            {u"cancelled"_qs, r.cancelled},
            {u"encoding"_qs, toString(r.layout.encoding)},
            {u"delimiter"_qs, QString(r.layout.delimiter)},
            {u"header_line"_qs, r.layout.headerLine},
            {u"date_order"_qs, toString(r.dateOrder)},
            {u"mapping"_qs, mapping},
            {u"rows"_qs, r.rows},
            {u"inserted"_qs, r.inserted},
            {u"updated"_qs, r.updated},
            {u"unchanged"_qs, r.unchanged},
            {u"rejected"_qs, r.rejected},
            {u"customers_created"_qs, r.customersCreated},
            {u"blank_lines"_qs, r.blankLines},
            {u"elapsed_ms"_qs, r.elapsedMs},
            {u"notes"_qs, QJsonArray::fromStringList(r.notes)},
            {u"problems"_qs, problems},
            {u"refused_by_column"_qs, byColumn}};
}

// A refused row as the terminal shows it.
QString problemLine(const RowProblem &p)
{
    return tr("line %1%2: %3")
        .arg(p.line)
        .arg(p.column.isEmpty() ? QString() : u", "_qs + p.column)
        .arg(p.reason);
}

// The first refused rows; when there are more, how many per column with the first of each, so
// that a file with thousands of refusals shows its two or three causes, not a thousand lines.
void printProblems(QTextStream &out, const ImportReport &r)
{
    constexpr int kShown = 20;
    for (int i = 0; i < std::min<qsizetype>(kShown, r.problems.size()); ++i)
        out << problemLine(r.problems.at(i)) << '\n';
    if (r.rejected <= kShown)
        return;
    out << tr("... and %1 more refused rows%2.")
               .arg(r.rejected - kShown)
               .arg(r.rejectsPath.isEmpty() ? tr(" (--rejects FILE writes them all)") : QString())
        << '\n';
    for (const QString &line : refusalsPerColumn(r))
        out << line << '\n';
}

// A progress bar on stderr when it is a terminal; a line now and then otherwise.
class ProgressBar
{
public:
    explicit ProgressBar(QTextStream &err) : m_err(err), m_tty(isatty(fileno(stderr)))
    {
        m_timer.start();
    }
    bool update(const ImportProgress &p)
    {
        if (m_timer.elapsed() - m_last < 200 && p.step == m_step)
            return true;
        m_step = p.step;
        m_last = m_timer.elapsed();
        const double rate = p.rows / std::max(0.001, m_timer.elapsed() / 1000.0);
        if (p.totalBytes > 0) {
            const double f = std::min(1.0, double(p.bytesRead) / double(p.totalBytes));
            const int width = 30;
            const int full = int(f * width);
            m_err << (m_tty ? "\r" : "") << '[' << QString(full, u'#') << QString(width - full, u'.')
                  << "] " << int(f * 100) << "%  ";
        }
        if (p.step.isEmpty()) {
            m_err << QCoreApplication::translate("kd::cli", "%1 rows, %2 rejected, %3 rows/s").arg(p.rows).arg(p.rejected).arg(qint64(rate));
        } else {
            // The rows are read; the run finishes (change log, indexes, search index).
            m_err << QCoreApplication::translate("kd::cli", "%1 rows, %2 rejected; %3…").arg(p.rows).arg(p.rejected).arg(p.step);
        }
        m_err << (m_tty ? "          " : "\n");
        m_err.flush();
        m_drawn = true;
        return true;
    }
    void done()
    {
        if (m_drawn && m_tty)
            m_err << '\n';
        m_err.flush();
    }

private:
    QTextStream &m_err;
    bool m_tty;
    bool m_drawn = false;
    QElapsedTimer m_timer;
    qint64 m_last = -1000;
    QString m_step;
};

int runImport(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption type(u"type"_qs, tr("complaints or customers."), u"TYPE"_qs,
                                  u"complaints"_qs);
    const QCommandLineOption mappingFile(u"mapping"_qs, tr("JSON file {\"column\": \"field\"}."),
                                         u"FILE"_qs);
    const QCommandLineOption map(u"map"_qs, tr("COLUMN=FIELD, repeatable (column by name or "
                                               "number; FIELD empty or ignore drops it)."),
                                 u"COLUMN=FIELD"_qs);
    const QCommandLineOption dryRun(u"dry-run"_qs, tr("Check everything and report; store "
                                                      "nothing."));
    const QCommandLineOption rejects(u"rejects"_qs, tr("Write refused rows (line, column, reason, "
                                                       "original) to this CSV file."),
                                     u"FILE"_qs);
    const QCommandLineOption delimiter(u"delimiter"_qs, tr("Column delimiter: , ; tab or | "
                                                           "(default: detected)."),
                                       u"CHAR"_qs);
    const QCommandLineOption encoding(u"encoding"_qs, tr("utf-8, windows-1252, utf-16le, "
                                                         "utf-16be (default: detected)."),
                                      u"NAME"_qs);
    const QCommandLineOption header(u"header-line"_qs, tr("Line of the header row (default: "
                                                          "found; 0 for none)."),
                                    u"N"_qs);
    const QCommandLineOption dates(u"date-order"_qs, tr("dmy, mdy or ymd for all-numeric dates "
                                                        "(default: decided per file)."),
                                   u"ORDER"_qs);
    const QCommandLineOption channel(u"channel"_qs, tr("Channel for rows without one."),
                                     u"CHANNEL"_qs);
    const QCommandLineOption json(u"json"_qs, tr("Print the report as JSON."));
    const QCommandLineOption quiet(u"quiet"_qs, tr("No progress bar."));
    p.addOptions({type, mappingFile, map, dryRun, rejects, delimiter, encoding, header, dates,
                  channel, json, quiet});
    p.addPositionalArgument(u"file"_qs, tr("The CSV file."));
    if (auto stop = ctx.parse(p, tr("Imports complaints or customers from a CSV file in one "
                                    "transaction. Rows already imported (same id) are left "
                                    "alone; refused rows are listed with line, column and "
                                    "reason.")))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(invalid(u"FILE"_qs, tr("give exactly one CSV file")));
    ImportOptions o;
    auto kind = parseImportKind(p.value(type));
    if (!kind)
        return ctx.fail(invalid(u"--type"_qs, tr("use complaints or customers")));
    o.kind = *kind;
    if (p.isSet(delimiter)) {
        const auto d = delimiterOption(ctx, p.value(delimiter));
        if (!d)
            return ctx.lastErrorCode();
        o.csv.delimiter = *d;
    }
    if (p.isSet(encoding)) {
        auto e = parseTextEncoding(p.value(encoding));
        if (!e)
            return ctx.fail(invalid(u"--encoding"_qs,
                                    tr("use utf-8, windows-1252, utf-16le or utf-16be")));
        o.csv.encoding = *e;
    }
    if (p.isSet(header)) {
        // 0 means "no header line"; a word is a typing error, not 0.
        const auto n = ctx.wholeNumber(u"--header-line"_qs, p.value(header), 0, 1000000);
        if (!n)
            return ctx.lastErrorCode();
        o.csv.headerLine = *n == 0 ? -1 : *n;
    }
    if (p.isSet(dates)) {
        auto d = parseDateOrder(p.value(dates));
        if (!d)
            return ctx.fail(invalid(u"--date-order"_qs, tr("use dmy, mdy or ymd")));
        o.dateOrder = *d;
    }
    o.defaultChannel = p.value(channel);
    o.dryRun = p.isSet(dryRun);
    o.rejectsPath = p.value(rejects);
    o.mapPairs = p.values(map);
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    const QString path = p.positionalArguments().first();
    if (p.isSet(mappingFile)) {
        QFile f(p.value(mappingFile));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(makeError(ErrorCode::Io, tr("Cannot read %1: %2")
                                                         .arg(f.fileName(), f.errorString())));
        const QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
        auto preview = Importer(*db).preview(path, o, 1);
        if (!preview)
            return ctx.fail(preview.error());
        auto mapping = mappingFromJson(o.kind, preview->layout.header, m);
        if (!mapping)
            return ctx.fail(mapping.error());
        o.mapping = *mapping;
    }
    ProgressBar bar(ctx.err());
    if (!p.isSet(quiet))
        o.progress = [&bar](const ImportProgress &pr) { return bar.update(pr); };
    auto report = Importer(*db).run(path, o);
    bar.done();
    if (!report)
        return ctx.fail(report.error());
    const ImportReport &r = *report;
    if (p.isSet(json)) {
        ctx.printJson(QJsonDocument(reportJson(r)));
    } else {
        QTextStream &out = ctx.out();
        out << tr("File: %1 (%2, delimiter %3, header on line %4, dates %5)")
                   .arg(QFileInfo(path).fileName(), toString(r.layout.encoding),
                        r.layout.delimiter == u'\t' ? u"tab"_qs : QString(r.layout.delimiter))
                   .arg(r.layout.headerLine)
                   .arg(toString(r.dateOrder))
            << '\n';
        QList<int> mapped = r.mapping.keys();
        std::sort(mapped.begin(), mapped.end()); // in the file's order
        for (int col : mapped)
            out << "  " << r.layout.header.value(col) << " -> " << r.mapping.value(col) << '\n';
        for (const QString &n : r.notes)
            out << tr("note: %1").arg(n) << '\n';
        printProblems(out, r);
        out << (r.dryRun ? tr("Dry run, nothing stored: ") : QString())
            << tr("Rows: %1 (%2 new, %3 updated, %4 already there, %5 refused). New "
                  "customers: %6. Took %7 ms.")
                   .arg(r.rows)
                   .arg(r.inserted)
                   .arg(r.updated)
                   .arg(r.unchanged)
                   .arg(r.rejected)
                   .arg(r.customersCreated)
                   .arg(r.elapsedMs)
            << '\n';
        if (!r.rejectsPath.isEmpty() && r.rejected > 0)
            out << tr("Refused rows are in %1.").arg(r.rejectsPath) << '\n';
    }
    return r.rejected > 0 ? 4 : kOk;
}

int runExport(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption type(u"type"_qs, tr("complaints or customers."), u"TYPE"_qs,
                                  u"complaints"_qs);
    const QCommandLineOption format(u"format"_qs, tr("csv or json."), u"FORMAT"_qs, u"csv"_qs);
    const QCommandLineOption from(u"from"_qs, tr("Received on or after (ISO date)."), u"DATE"_qs);
    const QCommandLineOption until(u"until"_qs, tr("Received before (ISO date)."), u"DATE"_qs);
    const QCommandLineOption status(u"status"_qs, tr("Only these statuses (comma-separated)."),
                                    u"STATUS"_qs);
    const QCommandLineOption channel(u"channel"_qs, tr("Only this channel."), u"CHANNEL"_qs);
    const QCommandLineOption category(u"category"_qs, tr("Only this category."), u"CATEGORY"_qs);
    const QCommandLineOption delimiter(u"delimiter"_qs, tr("CSV delimiter (default ,)."),
                                       u"CHAR"_qs, u","_qs);
    const QCommandLineOption outFile(QStringList{u"o"_qs, u"out"_qs},
                                     tr("The file to write; without it, or with -, the export goes "
                                        "to standard output."),
                                     u"FILE"_qs);
    p.addOptions({type, format, from, until, status, channel, category, delimiter, outFile});
    if (auto stop = ctx.parse(p, tr("Exports complaints or customers as CSV or JSON. Cells that "
                                    "a spreadsheet would run as a formula are escaped.")))
        return *stop;
    ExportOptions o;
    auto kind = parseImportKind(p.value(type));
    if (!kind)
        return ctx.fail(invalid(u"--type"_qs, tr("use complaints or customers")));
    o.kind = *kind;
    auto f = parseExportFormat(p.value(format));
    if (!f)
        return ctx.fail(invalid(u"--format"_qs, tr("use csv or json")));
    o.format = *f;
    // A day, or a time without an offset, is the office's (reportTimeZone, the zone the import
    // reads such dates in): the zone is known once the database is open, so this checks first.
    auto date = [&](const QCommandLineOption &opt, const QTimeZone &zone, QDateTime &to) -> bool {
        if (!p.isSet(opt))
            return true;
        // QDate reads the date part of "2026-10-01T12:00" and drops the time: a day is 10 long.
        const QString text = p.value(opt).trimmed();
        const QDate d = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        to = d.isValid() ? d.startOfDay(zone) : QDateTime::fromString(text, Qt::ISODate);
        if (to.isValid() && to.timeSpec() == Qt::LocalTime)
            to.setTimeZone(zone);
        return to.isValid();
    };
    if (!date(from, QTimeZone::utc(), o.from) || !date(until, QTimeZone::utc(), o.until))
        return ctx.fail(invalid(u"--from/--until"_qs, tr("use an ISO date such as 2026-10-01")));
    // The words the import reads ("gesloten", "in behandeling", ...) as well as the codes.
    for (const QString &s : p.value(status).split(u',', Qt::SkipEmptyParts)) {
        auto v = parseStatusWord(s.trimmed());
        if (!v)
            return ctx.fail(invalid(u"--status"_qs, tr("use one of: %1")
                                                        .arg(codes<ComplaintStatus>().join(u", "))));
        o.statuses << *v;
    }
    o.channel = p.value(channel);
    o.category = p.value(category);
    const auto d = delimiterOption(ctx, p.value(delimiter));
    if (!d)
        return ctx.lastErrorCode();
    o.delimiter = *d;
    const QString path = p.value(outFile);
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    const QTimeZone zone = reportTimeZone(*db);
    date(from, zone, o.from);
    date(until, zone, o.until);
    if (path.isEmpty() || path == u"-") {
        // For a pipe (`... --format json | jq`): the data alone on standard output, the count on
        // standard error.
        o.target = u"stdout"_qs;
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(makeError(ErrorCode::Io, tr("Cannot write to standard output.")));
        auto rows = exportData(*db, &out, o);
        if (!rows)
            return ctx.fail(rows.error());
        out.flush();
        ctx.err() << QCoreApplication::translate("kd::cli", "%n row(s) written.", nullptr, int(*rows))
                  << '\n';
        return kOk;
    }
    o.target = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ctx.fail(makeError(ErrorCode::Io, tr("Cannot write %1: %2")
                                                     .arg(file.fileName(), file.errorString())));
    auto rows = exportData(*db, &file, o);
    if (!rows)
        return ctx.fail(rows.error());
    if (!file.commit())
        return ctx.fail(makeError(ErrorCode::Io, tr("Cannot write %1: %2")
                                                     .arg(file.fileName(), file.errorString())));
    ctx.out() << QCoreApplication::translate("kd::cli", "%n row(s) written to %1.", nullptr, int(*rows))
                     .arg(file.fileName())
              << '\n';
    return kOk;
}

bool writeFile(Context &ctx, const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        ctx.fail(makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, f.errorString())));
        return false;
    }
    return true;
}

int runPrivacy(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption jsonOut(u"json"_qs, tr("export: write the JSON here."), u"FILE"_qs);
    const QCommandLineOption pdfOut(u"pdf"_qs, tr("export: also write a readable PDF here."),
                                    u"FILE"_qs);
    const QCommandLineOption confirm(u"confirm"_qs, tr("erase: really erase (cannot be undone)."));
    const QCommandLineOption years(u"years"_qs, tr("retention: set the rule to N years (0: off)."),
                                   u"N"_qs);
    const QCommandLineOption apply(u"apply"_qs, tr("retention: apply the rule now."));
    const QCommandLineOption dry(u"dry-run"_qs, tr("retention: count, change nothing."));
    const QCommandLineOption link(u"template"_qs, tr("link: set the URL template, e.g. "
                                                     "https://crm.example/customers/{external_id}."),
                                  u"URL"_qs);
    p.addOptions({jsonOut, pdfOut, confirm, years, apply, dry, link});
    p.addPositionalArgument(u"action"_qs, tr("export CUSTOMER | erase CUSTOMER | retention | "
                                             "log [CUSTOMER] | link [CUSTOMER]"));
    if (auto stop = ctx.parse(p, tr("Privacy (AVG/GDPR): export everything about a customer, "
                                    "erase a customer, the retention rule, the privacy log and "
                                    "the link to the customer-service system. CUSTOMER is an "
                                    "id, external id, customer number, e-mail, phone or handle.")))
        return *stop;
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.fail(invalid(u"action"_qs, tr("give export, erase, retention, log or link")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    PrivacyService privacy(*db);
    const QString action = args.first();
    auto customerArg = [&]() -> Result<Customer> {
        if (args.size() < 2)
            return invalid(u"CUSTOMER"_qs, tr("name the customer"));
        return privacy.findCustomer(args.at(1));
    };
    if (action == u"export") {
        auto c = customerArg();
        if (!c)
            return ctx.fail(c.error());
        auto data = privacy.accessRequest(c->meta.id);
        if (!data)
            return ctx.fail(data.error());
        const QByteArray bytes = QJsonDocument(*data).toJson(QJsonDocument::Indented);
        if (p.isSet(jsonOut)) {
            if (!writeFile(ctx, p.value(jsonOut), bytes))
                return ctx.lastErrorCode();
            ctx.out() << tr("Everything stored about %1 is in %2.")
                             .arg(c->name, p.value(jsonOut))
                      << '\n';
        } else if (!p.isSet(pdfOut)) {
            ctx.out() << QString::fromUtf8(bytes);
        }
        if (p.isSet(pdfOut)) {
#ifdef KD_CLI_GUI
            if (auto s = print::writeDsarPdf(*data, p.value(pdfOut)); !s)
                return ctx.fail(s.error());
            ctx.out() << tr("The readable version is in %1.").arg(p.value(pdfOut)) << '\n';
#else
            return ctx.fail(invalid(u"--pdf"_qs, tr("this build of klachtdesk-cli cannot write "
                                                    "PDF files (built without the GUI)")));
#endif
        }
        return kOk;
    }
    if (action == u"erase") {
        auto c = customerArg();
        if (!c)
            return ctx.fail(c.error());
        auto erased = privacy.erasedAt(c->meta.id);
        if (!erased)
            return ctx.fail(erased.error());
        if (*erased) {
            const QString when
                = QLocale().toString((*erased)->toLocalTime(), QLocale::ShortFormat);
            ctx.out() << tr("This customer was erased on %1; nothing left to erase.").arg(when)
                      << '\n';
            return kOk;
        }
        if (!p.isSet(confirm))
            return ctx.fail(invalid(u"--confirm"_qs,
                                    tr("erasing %1 cannot be undone; add --confirm").arg(c->name)));
        auto r = privacy.erase(c->meta.id);
        if (!r)
            return ctx.fail(r.error());
        const AnonymiseCounts &n = r->counts;
        ctx.out() << tr("Erased: %1 customer(s), %2 complaint(s), %3 contact(s), %4 handle(s), "
                        "%5 other row(s); %6 change-log entries scrubbed.")
                         .arg(n.customers)
                         .arg(n.complaints)
                         .arg(n.interactions)
                         .arg(n.handles)
                         .arg(n.otherRows)
                         .arg(n.changeLogRows)
                  << '\n';
        if (!r->scrubError.isEmpty())
            ctx.err() << tr("warning: compacting the database failed: %1").arg(r->scrubError) << '\n';
        if (!r->residue.isEmpty())
            return ctx.fail(makeError(ErrorCode::Storage,
                                      tr("the database file still contains %1 erased text(s); "
                                         "report this").arg(r->residue.size())));
        return kOk;
    }
    if (action == u"retention") {
        // With --dry-run, --years is a rule to try: counted, not stored.
        std::optional<RetentionRule> trial;
        if (p.isSet(years)) {
            bool ok = false;
            const int n = p.value(years).toInt(&ok);
            if (!ok)
                return ctx.fail(invalid(u"--years"_qs, tr("a whole number of years")));
            if (p.isSet(dry))
                trial = RetentionRule{n};
            else if (auto s = privacy.setRetentionRule({n}); !s)
                return ctx.fail(s.error());
        }
        auto rule = trial ? Result<RetentionRule>(*trial) : privacy.retentionRule();
        if (!rule)
            return ctx.fail(rule.error());
        ctx.out() << (rule->closedComplaintYears > 0
                          ? (trial ? tr("Rule to try (not stored): anonymise complaints closed more "
                                        "than %1 year(s) ago.")
                                   : tr("Rule: anonymise complaints closed more than %1 year(s) ago."))
                                .arg(rule->closedComplaintYears)
                          : tr("No retention rule is set."))
                  << '\n';
        if (p.isSet(apply) || p.isSet(dry)) {
            auto r = privacy.applyRetention(p.isSet(dry), trial);
            if (!r)
                return ctx.fail(r.error());
            ctx.out() << (r->dryRun ? tr("Would anonymise") : tr("Anonymised"))
                      << ' ' << tr("%1 complaint(s) and %2 customer(s).")
                                    .arg(r->complaints)
                                    .arg(r->customers)
                      << '\n';
        }
        return kOk;
    }
    if (action == u"log") {
        QString customerId;
        if (args.size() >= 2) {
            auto c = customerArg();
            if (!c)
                return ctx.fail(c.error());
            customerId = c->meta.id;
        }
        auto list = privacy.actions(customerId);
        if (!list)
            return ctx.fail(list.error());
        for (const PrivacyAction &a : *list) {
            // The detail's figures, not its JSON: a list (the erased rows' ids) by its length.
            // The whole detail stays in privacy_action, and syncs with it.
            QStringList detail;
            for (auto it = a.detail.constBegin(); it != a.detail.constEnd(); ++it) {
                const QJsonValue v = it.value();
                const QString value = v.isArray()    ? QString::number(v.toArray().size())
                                      : v.isObject() ? QString::number(v.toObject().size())
                                      : v.isString() ? v.toString()
                                                     : v.toVariant().toString();
                if (!value.isEmpty())
                    detail << it.key() + u": "_qs + value;
            }
            ctx.out() << QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat) << "  "
                      << a.action.leftJustified(16) << a.actor << "  " << detail.join(u", "_qs)
                      << '\n';
        }
        return kOk;
    }
    if (action == u"link") {
        if (p.isSet(link))
            if (auto s = setCustomerLinkTemplate(*db, p.value(link)); !s)
                return ctx.fail(s.error());
        if (args.size() >= 2) {
            auto c = customerArg();
            if (!c)
                return ctx.fail(c.error());
            const QUrl url = customerLink(*db, *c);
            if (url.isEmpty())
                return ctx.fail(makeError(ErrorCode::NotFound,
                                          tr("no link: set a template with --template, and give "
                                             "the customer the id it uses")));
            ctx.out() << url.toString() << '\n';
        } else {
            ctx.out() << customerLinkTemplate(*db) << '\n';
        }
        return kOk;
    }
    return ctx.fail(invalid(u"action"_qs, tr("unknown action \"%1\"; use export, erase, "
                                             "retention, log or link").arg(action)));
}

const bool registered = registerCommand({u"import"_qs,
                                         QT_TRANSLATE_NOOP("kd::cli", "import complaints or customers from CSV"),
                                         runImport})
                        && registerCommand({u"export"_qs,
                                            QT_TRANSLATE_NOOP("kd::cli", "export complaints or customers as CSV or JSON"),
                                            runExport})
                        && registerCommand({u"privacy"_qs,
                                            QT_TRANSLATE_NOOP("kd::cli", "access requests, erasure, retention (AVG/GDPR)"),
                                            runPrivacy,
#ifdef KD_CLI_GUI
                                            true
#else
                                            false
#endif
                                           });

} // namespace
} // namespace kd::cli
