// report: the monthly report as PDF, CSV tables or a text summary; action: improvement actions.
#include "cli.h"

#include "domain/codewords.h"
#include "reporting/improvementactionstore.h"
#include "reporting/reportcsv.h"
#include "reporting/reportfigures.h"
#include "reporting/reportzone.h"
#include "reportrenderer.h"
#include "service/session.h"
#include "storage/catalogstore.h"
#include "storage/complaintstore.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <ctime>

namespace kd::cli {
namespace {

// CPU time this process used since it started, in ms (user and system).
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

// The per-agent workload is for supervisors: refused for a login known to be an agent.
Status mayShowWorkload(Database &db)
{
    auto q = runQuery(db, QStringLiteral("SELECT role FROM app_user WHERE login = ? AND "
                                         "deleted_at IS NULL"), {db.user()});
    if (!q)
        return q.error();
    if (q->next() && q->value(0).toString() == QLatin1String("agent"))
        return makeError(ErrorCode::Permission,
                         tr("The workload per agent is for supervisors; %1 is an agent.")
                             .arg(db.user()));
    return {};
}

QJsonValue optionalJson(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

int runReport(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption month(u"month"_qs, tr("The month, YYYY-MM (default: last month)."),
                                   u"MONTH"_qs);
    const QCommandLineOption from(u"from"_qs, tr("First day of a free period, YYYY-MM-DD."), u"DATE"_qs);
    const QCommandLineOption until(u"until"_qs, tr("Last day of a free period, YYYY-MM-DD."), u"DATE"_qs);
    const QCommandLineOption team(u"team"_qs, tr("Only this team's complaints."), u"TEAM"_qs);
    const QCommandLineOption pdf(u"pdf"_qs, tr("Write the printable report to this PDF file."), u"FILE"_qs);
    const QCommandLineOption csv(u"csv"_qs, tr("Write the report's tables as CSV files into this folder."),
                                 u"DIR"_qs);
    const QCommandLineOption workload(u"workload"_qs, tr("Include the workload per agent "
                                                        "(supervisors only)."));
    const QCommandLineOption organisation(u"organisation"_qs, tr("Organisation name on the title "
                                          "page (default: setting report/organisation)."), u"NAME"_qs);
    const QCommandLineOption logo(u"logo"_qs, tr("Logo image for the title page (default: setting "
                                  "report/logo)."), u"FILE"_qs);
    const QCommandLineOption json(u"json"_qs, tr("Print the headline figures as JSON."));
    const QCommandLineOption timings(u"timings"_qs, tr("Print how long each stage took (ms) on "
                                                      "standard error, for klachtdesk-bench."));
    p.addOptions({month, from, until, team, pdf, csv, workload, organisation, logo, json, timings});
    if (auto stop = ctx.parse(p, tr("Makes the complaints report for a month or a period: a PDF "
                                    "to print, CSV tables, or a summary on the terminal.")))
        return *stop;
    // Wall time and this process's CPU time per stage: on a shared machine the wall time is
    // mostly waiting for a core, the CPU time is what the report costs.
    QElapsedTimer clock;
    clock.start();
    qint64 lap = 0;
    double cpuLap = processCpuMs();
    auto stage = [&](const char *name) {
        if (!p.isSet(timings))
            return;
        const qint64 now = clock.elapsed();
        const double cpu = processCpuMs();
        ctx.err() << "timing " << name << ' ' << (now - lap) << Qt::endl;
        ctx.err() << "timing " << name << "-cpu " << qint64(cpu - cpuLap) << Qt::endl;
        if (qstrcmp(name, "pdf") == 0)
            ctx.err() << "timing process-cpu " << qint64(cpu) << Qt::endl;
        lap = now;
        cpuLap = cpu;
    };
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    stage("open");
    // Months are counted in the organisation's zone, the same call the report window makes.
    const QTimeZone zone = reportTimeZone(*db);

    ReportPeriod period;
    if (p.isSet(from) || p.isSet(until)) {
        if (p.isSet(month))
            return ctx.fail(invalid(u"--month"_qs, tr("give either --month or --from and --until")));
        const QDate first = QDate::fromString(p.value(from), Qt::ISODate);
        const QDate last = QDate::fromString(p.value(until), Qt::ISODate);
        if (!first.isValid() || !last.isValid())
            return ctx.fail(invalid(u"--from"_qs, tr("give both --from and --until as YYYY-MM-DD")));
        auto d = ReportPeriod::days(first, last, zone);
        if (!d)
            return ctx.fail(d.error());
        period = *d;
    } else if (p.isSet(month)) {
        auto m = ReportPeriod::parseMonth(p.value(month), zone);
        if (!m)
            return ctx.fail(m.error());
        period = *m;
    } else {
        const QDate last = reportToday(*db).addMonths(-1);
        period = ReportPeriod::month(last.year(), last.month(), zone);
    }
    period.team = p.value(team);
    if (!period.team.isEmpty()) {
        // A team no complaint has gives a report of zeros that looks real: say so (a new team
        // may truly have none yet, so it is a note, not an error).
        auto teams = ReportCalculator(*db, language()).teams();
        if (!teams)
            return ctx.fail(teams.error());
        if (!teams->contains(period.team))
            ctx.err() << tr("Note: no complaint has the team \"%1\", so the report counts none. "
                            "Teams in use: %2.")
                             .arg(period.team, teams->isEmpty() ? tr("none")
                                                                : teams->join(u", "_qs))
                      << '\n';
    }
    if (p.isSet(logo) && !QFileInfo(p.value(logo)).isReadable())
        return ctx.fail(makeError(ErrorCode::Io, tr("Cannot read the logo %1.").arg(p.value(logo)),
                                  u"--logo"_qs));
    if (p.isSet(workload))
        if (auto s = mayShowWorkload(*db); !s)
            return ctx.fail(s.error());

    auto figures = ReportCalculator(*db, language()).compute(period, p.isSet(workload));
    if (!figures)
        return ctx.fail(figures.error());
    stage("figures");

    if (p.isSet(csv)) {
        auto files = writeReportCsv(*figures, p.value(csv));
        if (!files)
            return ctx.fail(files.error());
        if (!p.isSet(json))
            ctx.out() << tr("Wrote %1 tables to %2").arg(files->size()).arg(p.value(csv)) << '\n';
    }
    if (p.isSet(pdf)) {
        print::ReportOptions options = print::ReportRenderer::optionsFromSettings();
        if (p.isSet(organisation))
            options.organisation = p.value(organisation);
        if (p.isSet(logo))
            options.logoPath = p.value(logo);
        options.showWorkload = p.isSet(workload);
        options.madeAt = db->clock().now().toTimeZone(zone);
        auto pages = print::ReportRenderer(*figures, options).writePdf(p.value(pdf));
        if (!pages)
            return ctx.fail(pages.error());
        stage("pdf");
        if (!p.isSet(json))
            ctx.out() << tr("Wrote %1 (%2 pages)").arg(p.value(pdf)).arg(*pages) << '\n';
    }
    const ReportFigures &f = *figures;
    if (p.isSet(json)) {
        ctx.printJson(QJsonDocument(QJsonObject{
            {u"from"_qs, f.period.from.toUTC().toString(Qt::ISODate)},
            {u"until"_qs, f.period.until.toUTC().toString(Qt::ISODate)},
            {u"team"_qs, f.period.team},
            {u"complaints"_qs, f.total},
            {u"organisational"_qs, f.kinds.organisational},
            {u"product_technical"_qs, f.kinds.productTechnical},
            {u"share_justified"_qs, optionalJson(f.justified.shareJustified())},
            {u"first_response_median_minutes"_qs, optionalJson(f.firstResponse.overall.medianMinutes)},
            {u"first_response_p90_minutes"_qs, optionalJson(f.firstResponse.overall.p90Minutes)},
            {u"first_response_within_target"_qs,
             optionalJson(f.firstResponse.overall.shareWithinTarget())},
            {u"resolution_median_minutes"_qs, optionalJson(f.resolution.overall.medianMinutes)},
            {u"resolution_p90_minutes"_qs, optionalJson(f.resolution.overall.p90Minutes)},
            {u"open_at_period_end"_qs, f.backlogTotal},
            {u"repeat_complainants"_qs, f.repeat.customers},
            {u"improvement_actions"_qs, f.actions.size()}}));
    } else if (!p.isSet(pdf) && !p.isSet(csv)) {
        using print::ReportRenderer;
        QTextStream &out = ctx.out();
        auto line = [&out](const QString &label, const QString &value) {
            out << label.leftJustified(36) << value << '\n';
        };
        out << (f.period.team.isEmpty()
                    ? tr("Complaints report %1").arg(f.period.label(QLocale()))
                    : tr("Complaints report %1, team %2").arg(f.period.label(QLocale()),
                                                              f.period.team))
            << '\n';
        line(tr("Complaints received"), QLocale().toString(f.total));
        line(tr("Organisational / product-technical"),
             QStringLiteral("%1 / %2").arg(f.kinds.organisational).arg(f.kinds.productTechnical));
        line(tr("Share justified"), ReportRenderer::formatShare(f.justified.shareJustified()));
        line(tr("Median first response"),
             ReportRenderer::formatMinutes(f.firstResponse.overall.medianMinutes));
        line(tr("First responses within target"),
             ReportRenderer::formatShare(f.firstResponse.overall.shareWithinTarget()));
        line(tr("Median resolution time"),
             ReportRenderer::formatMinutes(f.resolution.overall.medianMinutes));
        line(tr("Open at the end of the period"), QLocale().toString(f.backlogTotal));
        line(tr("Repeat complainants"), QLocale().toString(f.repeat.customers));
        out << tr("Times are net of time waiting for the customer.") << '\n';
    }
    return kOk;
}

// action add|list|set: the improvement actions a supervisor records against causes.
int runAction(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption category(u"category"_qs, tr("Category code or name."), u"CATEGORY"_qs);
    const QCommandLineOption cause(u"cause"_qs, tr("The cause the action fixes."), u"TEXT"_qs);
    const QCommandLineOption description(u"description"_qs, tr("What is being done."), u"TEXT"_qs);
    const QCommandLineOption owner(u"owner"_qs, tr("Who sees it through."), u"NAME"_qs);
    const QCommandLineOption due(u"due"_qs, tr("Due date, YYYY-MM-DD."), u"DATE"_qs);
    const QCommandLineOption state(u"state"_qs, tr("planned, in_progress, done or dropped."), u"STATE"_qs);
    const QCommandLineOption complaints(u"complaints"_qs, tr("References of complaints that "
                                        "showed the cause, comma-separated."), u"REFS"_qs);
    const QCommandLineOption json(u"json"_qs, tr("Print JSON."));
    p.addOptions({category, cause, description, owner, due, state, complaints, json});
    p.addPositionalArgument(u"what"_qs, tr("add, list, or set ID"));
    if (auto stop = ctx.parse(p, tr("Records improvement actions: fixes for the causes behind "
                                    "complaints, shown in the monthly report.")))
        return *stop;
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    ImprovementActionStore store(*db);
    const QStringList pos = p.positionalArguments();
    const QString what = pos.value(0);

    auto fill = [&](ImprovementAction &a) -> Status {
        if (p.isSet(category)) {
            auto c = CatalogStore(*db).findCategory(p.value(category));
            if (!c)
                return c.error();
            a.categoryId = c->meta.id;
        }
        if (p.isSet(cause))
            a.cause = p.value(cause);
        if (p.isSet(description))
            a.description = p.value(description);
        if (p.isSet(owner))
            a.owner = p.value(owner);
        if (p.isSet(due)) {
            a.dueDate = QDate::fromString(p.value(due), Qt::ISODate);
            if (!a.dueDate.isValid())
                return invalid(u"--due"_qs, tr("not a date: \"%1\" (use YYYY-MM-DD)").arg(p.value(due)));
        }
        if (p.isSet(state)) {
            auto s = parseActionState(p.value(state));
            if (!s)
                return invalid(u"--state"_qs, tr("use one of: %1").arg(actionStateCodes().join(u", ")));
            a.state = *s;
        }
        for (const QString &ref : p.value(complaints).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto c = ComplaintStore(*db).byReference(ref.trimmed());
            if (!c)
                return c.error();
            if (!a.complaintIds.contains(c->meta.id))
                a.complaintIds << c->meta.id;
        }
        return {};
    };
    auto toJson = [](const ImprovementAction &a) {
        return QJsonObject{{u"id"_qs, a.meta.id}, {u"category_id"_qs, a.categoryId},
                           {u"cause"_qs, a.cause}, {u"description"_qs, a.description},
                           {u"owner"_qs, a.owner}, {u"due_date"_qs, a.dueDate.toString(Qt::ISODate)},
                           {u"state"_qs, toString(a.state)},
                           {u"done_at"_qs, a.doneAt.isValid() ? a.doneAt.toString(Qt::ISODateWithMs)
                                                              : QString()},
                           {u"complaints"_qs, QJsonArray::fromStringList(a.complaintIds)}};
    };

    if (what == QLatin1String("add")) {
        ImprovementAction a;
        if (auto s = fill(a); !s)
            return ctx.fail(s.error());
        auto added = store.add(a);
        if (!added)
            return ctx.fail(added.error());
        if (p.isSet(json))
            ctx.printJson(QJsonDocument(toJson(*added)));
        else
            ctx.out() << added->meta.id << '\n';
        return kOk;
    }
    if (what == QLatin1String("set")) {
        auto a = store.byId(pos.value(1));
        if (!a)
            return ctx.fail(a.error());
        if (auto s = fill(*a); !s)
            return ctx.fail(s.error());
        if (auto s = store.update(*a); !s)
            return ctx.fail(s.error());
        if (p.isSet(json))
            ctx.printJson(QJsonDocument(toJson(*store.byId(a->meta.id))));
        else
            ctx.out() << tr("Improvement action %1 saved: %2.")
                             .arg(a->meta.id, uitext::actionState(toString(a->state)))
                      << '\n';
        return kOk;
    }
    if (what == QLatin1String("list")) {
        auto all = store.all();
        if (!all)
            return ctx.fail(all.error());
        if (p.isSet(json)) {
            QJsonArray arr;
            for (const ImprovementAction &a : *all)
                arr << toJson(a);
            ctx.printJson(QJsonDocument(arr));
        } else {
            QStringList states;
            for (const ImprovementAction &a : *all)
                states << uitext::actionState(toString(a.state));
            const qsizetype width = widest(states) + 2;
            for (qsizetype i = 0; i < all->size(); ++i)
                ctx.out() << all->at(i).meta.id << "  " << states[i].leftJustified(width)
                          << all->at(i).dueDate.toString(Qt::ISODate).leftJustified(11)
                          << all->at(i).cause << '\n';
        }
        return kOk;
    }
    return ctx.fail(invalid(u"what"_qs, tr("use: action add | action list | action set ID")));
}

const bool registered = registerCommand({u"report"_qs,
                                         QT_TRANSLATE_NOOP("kd::cli", "make the complaints report "
                                                                      "(PDF, CSV, summary)"),
                                         runReport, true})
                        && registerCommand({u"action"_qs,
                                            QT_TRANSLATE_NOOP("kd::cli", "record improvement "
                                                                         "actions against causes"),
                                            runAction, false});

} // namespace
} // namespace kd::cli
