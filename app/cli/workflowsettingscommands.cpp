// `workflow ...`: the administrator's response-time set-up from the command line (SLA rules,
// working hours, holidays, pausing statuses, pause limit), over kd::ResponseTimeSettings.
#include "cli.h"

#include "workflow/slarules.h"

#include "storage/catalogstore.h"
#include "workflow/responsetimesettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kd::cli {
namespace {

const QStringList kDays{u"mon"_qs, u"tue"_qs, u"wed"_qs, u"thu"_qs, u"fri"_qs, u"sat"_qs, u"sun"_qs};

int weekdayOf(const QString &text)
{
    const QString t = text.trimmed().toLower().left(3);
    if (const int i = int(kDays.indexOf(t)); i >= 0)
        return i + 1;
    static const QStringList dutch{u"maa"_qs, u"din"_qs, u"woe"_qs, u"don"_qs,
                                   u"vri"_qs, u"zat"_qs, u"zon"_qs};
    if (const int i = int(dutch.indexOf(t)); i >= 0)
        return i + 1;
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= 1 && n <= 7 ? n : 0;
}

int recomputed(Context &ctx, const Result<int> &r)
{
    if (!r)
        return ctx.fail(r.error());
    ctx.out() << tr("Saved; due times recomputed for %n open complaint(s).", nullptr, *r) << '\n';
    return kOk;
}

int runHours(Context &ctx, ResponseTimeSettings &settings, const QStringList &pos, bool json)
{
    if (pos.size() == 3 && pos[1] == u"set")
        return ctx.fail(invalid(u"hours"_qs, tr("use workflow hours set DAY 09:00-17:00")));
    if (pos.size() == 4 && pos[1] == u"set") {
        const int day = weekdayOf(pos[2]);
        if (!day)
            return ctx.fail(invalid(u"day"_qs, tr("a day is mon..sun or 1..7, not \"%1\"").arg(pos[2])));
        auto spans = ResponseTimeSettings::parseSpans(pos[3]);
        if (!spans)
            return ctx.fail(spans.error());
        return recomputed(ctx, settings.setWorkingDay(day, *spans));
    }
    if (pos.size() != 1)
        return ctx.fail(invalid(u"hours"_qs, tr("use workflow hours [--json] or workflow hours set DAY SPANS")));
    auto week = settings.workingWeek();
    if (!week)
        return ctx.fail(week.error());
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        days << QLocale().dayName(d, QLocale::ShortFormat);
    const qsizetype dayWidth = widest(days) + 2;
    QJsonObject o;
    for (int d = 1; d <= 7; ++d) {
        const QList<WorkingSpan> spans = week->value(d);
        if (json)
            o[kDays[d - 1]] = ResponseTimeSettings::spansText(spans);
        else
            ctx.out() << days[d - 1].leftJustified(dayWidth)
                      << (spans.isEmpty() ? tr("closed") : ResponseTimeSettings::spansText(spans))
                      << '\n';
    }
    if (json)
        ctx.printJson(QJsonDocument(o));
    return kOk;
}

int runHolidays(Context &ctx, ResponseTimeSettings &settings, const QStringList &pos,
                const QCommandLineParser &p, bool json)
{
    const QString what = pos.value(1, u"list"_qs);
    if (what == u"add" || what == u"remove") {
        if (pos.size() != 3)
            return ctx.fail(invalid(u"day"_qs, tr("use workflow holidays %1 YYYY-MM-DD").arg(what)));
        const QDate day = QDate::fromString(pos[2], Qt::ISODate);
        if (!day.isValid())
            return ctx.fail(invalid(u"day"_qs, tr("\"%1\" is not a date like 2026-12-24").arg(pos[2])));
        if (what == u"remove")
            return recomputed(ctx, settings.removeHoliday(day));
        return recomputed(ctx, settings.addHoliday(day, p.value(u"name"_qs), !p.isSet(u"working"_qs)));
    }
    if (what != u"list" || pos.size() > 2)
        return ctx.fail(invalid(u"holidays"_qs, tr("use workflow holidays list|add|remove")));
    bool ok = true;
    const int year = p.isSet(u"year"_qs) ? p.value(u"year"_qs).toInt(&ok)
                                         : QDate::currentDate().year();
    if (!ok || year < 1900 || year > 2200)
        return ctx.fail(invalid(u"--year"_qs, tr("a year like 2027")));
    auto days = settings.holidays(year);
    if (!days)
        return ctx.fail(days.error());
    auto exceptions = settings.holidayExceptions();
    if (!exceptions)
        return ctx.fail(exceptions.error());
    QJsonArray a;
    for (const CalendarHoliday &h : *days) {
        const QString source = h.source == CalendarHoliday::Source::Computed ? u"computed"_qs
                                                                              : u"added"_qs;
        if (json)
            a.append(QJsonObject{{u"day"_qs, h.day.toString(Qt::ISODate)}, {u"name"_qs, h.name},
                                 {u"day_off"_qs, true}, {u"source"_qs, source}});
        else
            ctx.out() << h.day.toString(Qt::ISODate) << "  " << h.name.leftJustified(24) << "  "
                      << (h.source == CalendarHoliday::Source::Computed ? tr("Dutch holiday")
                                                                         : tr("added"))
                      << '\n';
    }
    for (const HolidayException &e : *exceptions) {
        if (e.dayOff || e.day.year() != year)
            continue;
        if (json)
            a.append(QJsonObject{{u"day"_qs, e.day.toString(Qt::ISODate)}, {u"name"_qs, e.name},
                                 {u"day_off"_qs, false}, {u"source"_qs, u"worked"_qs}});
        else
            ctx.out() << e.day.toString(Qt::ISODate) << "  " << e.name.leftJustified(24) << "  "
                      << tr("worked here (not a day off)") << '\n';
    }
    if (json)
        ctx.printJson(QJsonDocument(a));
    return kOk;
}

int runRules(Context &ctx, Database &db, ResponseTimeSettings &settings, const QStringList &pos,
             const QCommandLineParser &p, bool json)
{
    CatalogStore catalog(db);
    const QString what = pos.value(1, u"list"_qs);
    if (what == u"remove") {
        if (pos.size() != 3)
            return ctx.fail(invalid(u"id"_qs, tr("use workflow rules remove ID (see workflow rules list)")));
        if (auto s = settings.removeRule(pos[2]); !s)
            return ctx.fail(s.error());
        return kOk;
    }
    if (what == u"set") {
        SlaRule r;
        if (p.isSet(u"channel"_qs)) {
            auto c = catalog.findChannel(p.value(u"channel"_qs));
            if (!c)
                return ctx.fail(c.error());
            r.channelId = c->meta.id;
        }
        if (p.isSet(u"severity"_qs)) {
            r.severity = parse<Severity>(p.value(u"severity"_qs));
            if (!r.severity)
                return ctx.fail(invalid(u"--severity"_qs,
                                        tr("use one of: %1").arg(codes<Severity>().join(u", "))));
        }
        bool ok = false;
        r.resolutionMinutes = p.value(u"resolution"_qs).toInt(&ok);
        if (!ok)
            return ctx.fail(invalid(u"--resolution"_qs, tr("working minutes, a whole number")));
        if (p.isSet(u"first"_qs)) {
            r.firstResponseMinutes = p.value(u"first"_qs).toInt(&ok);
            if (!ok)
                return ctx.fail(invalid(u"--first"_qs, tr("working minutes, a whole number")));
        }
        if (auto s = settings.setRule(r); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("Saved; the rule applies to complaints registered from now on (and to "
                        "those whose severity or channel changes).")
                  << '\n';
        return kOk;
    }
    if (what != u"list")
        return ctx.fail(invalid(u"rules"_qs, tr("use workflow rules list|set|remove")));
    auto all = settings.rules();
    if (!all)
        return ctx.fail(all.error());
    QJsonArray a;
    for (const SlaRule &r : *all) {
        QString channel;
        if (!r.channelId.isEmpty())
            if (auto c = catalog.channel(r.channelId))
                channel = c->code;
        const QString severity = r.severity ? toString(*r.severity) : QString();
        if (json) {
            QJsonObject o{{u"id"_qs, r.id}, {u"channel"_qs, channel}, {u"severity"_qs, severity},
                          {u"resolution_minutes"_qs, r.resolutionMinutes}};
            o[u"first_response_minutes"_qs] = r.firstResponseMinutes
                                                  ? QJsonValue(*r.firstResponseMinutes)
                                                  : QJsonValue();
            a.append(o);
        } else {
            ctx.out() << r.id << "  " << (channel.isEmpty() ? tr("any channel") : channel).leftJustified(14)
                      << (severity.isEmpty() ? tr("any severity") : severity).leftJustified(14)
                      << tr("first %1, resolution %2 working min")
                             .arg(r.firstResponseMinutes ? QString::number(*r.firstResponseMinutes)
                                                         : tr("channel's"))
                             .arg(r.resolutionMinutes)
                      << '\n';
        }
    }
    if (json)
        ctx.printJson(QJsonDocument(a));
    else if (all->isEmpty())
        // The defaults themselves, from the core: a user of the command line has no docs/.
        ctx.out() << tr("No rules: the built-in defaults apply. First response: the channel's "
                        "target. Resolution in working minutes: critical %1, high %2, normal %3, "
                        "low %4.")
                         .arg(SlaRules::defaultResolutionMinutes(Severity::Critical))
                         .arg(SlaRules::defaultResolutionMinutes(Severity::High))
                         .arg(SlaRules::defaultResolutionMinutes(Severity::Normal))
                         .arg(SlaRules::defaultResolutionMinutes(Severity::Low))
                  << '\n';
    return kOk;
}

int runPausing(Context &ctx, ResponseTimeSettings &settings, const QStringList &pos, bool json)
{
    if (pos.size() == 2) {
        QList<ComplaintStatus> statuses;
        for (const QString &code : pos[1].split(u',', Qt::SkipEmptyParts)) {
            auto s = parse<ComplaintStatus>(code.trimmed());
            if (!s)
                return ctx.fail(invalid(u"status"_qs, tr("\"%1\" is not a status").arg(code)));
            statuses << *s;
        }
        if (auto s = settings.setPausingStatuses(statuses); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("Saved; a complaint pauses or resumes at its next status change.") << '\n';
        return kOk;
    }
    if (pos.size() != 1)
        return ctx.fail(invalid(u"pausing"_qs, tr("use workflow pausing [STATUS,STATUS]")));
    QStringList codes;
    for (ComplaintStatus s : settings.pausingStatuses())
        codes << toString(s);
    if (json)
        ctx.printJson(QJsonDocument(QJsonObject{{u"pausing_statuses"_qs, QJsonArray::fromStringList(codes)},
                                                {u"pause_limit_days"_qs, settings.pauseLimitDays()}}));
    else
        ctx.out() << (codes.isEmpty() ? tr("(none)") : codes.join(u", ")) << '\n';
    return kOk;
}

int runPauseLimit(Context &ctx, ResponseTimeSettings &settings, const QStringList &pos, bool json)
{
    if (pos.size() == 2) {
        bool ok = false;
        const int days = pos[1].toInt(&ok);
        if (!ok)
            return ctx.fail(invalid(u"days"_qs, tr("a number of days, not \"%1\"").arg(pos[1])));
        if (auto s = settings.setPauseLimitDays(days); !s)
            return ctx.fail(s.error());
        return kOk;
    }
    if (json)
        ctx.printJson(QJsonDocument(QJsonObject{{u"pause_limit_days"_qs, settings.pauseLimitDays()}}));
    else
        ctx.out() << settings.pauseLimitDays() << '\n';
    return kOk;
}

int runWorkflow(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print JSON."));
    p.addOptions({json,
                  {u"channel"_qs, tr("rules set: for this channel."), u"CHANNEL"_qs},
                  {u"severity"_qs, tr("rules set: for this severity."), u"SEVERITY"_qs},
                  {u"first"_qs, tr("rules set: first response, working minutes."), u"MIN"_qs},
                  {u"resolution"_qs, tr("rules set: resolution, working minutes."), u"MIN"_qs},
                  {u"name"_qs, tr("holidays add: the day's name."), u"NAME"_qs},
                  {u"working"_qs, tr("holidays add: the day is worked here (a computed holiday "
                                     "that is not a day off).")},
                  {u"year"_qs, tr("holidays list: which year (default: this year)."), u"YEAR"_qs}});
    p.addPositionalArgument(u"area"_qs, tr("hours | holidays | rules | pausing | pause-limit"));
    p.addPositionalArgument(u"args"_qs, tr("what to do, see below"), u"[...]"_qs);
    if (auto stop = ctx.parse(
            p, tr("Shows and edits the response-time set-up:\n"
                  "  workflow hours [--json]                 working hours per weekday\n"
                  "  workflow hours set DAY 09:00-17:00      DAY mon..sun; 'closed' for none; "
                  "several spans with commas\n"
                  "  workflow holidays list [--year Y] [--json]\n"
                  "  workflow holidays add DATE [--name N] [--working]\n"
                  "  workflow holidays remove DATE           drop an added or worked day\n"
                  "  workflow rules list [--json]\n"
                  "  workflow rules set --resolution MIN [--first MIN] [--channel C] [--severity S]\n"
                  "  workflow rules remove ID\n"
                  "  workflow pausing [STATUS,...] [--json]  statuses that stop the clocks\n"
                  "  workflow pause-limit [DAYS] [--json]    days of waiting before closing is "
                  "suggested\n"
                  "Changing hours or holidays recomputes the due times of open complaints; "
                  "rules apply to new complaints.")))
        return *stop;
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return ctx.fail(invalid(u"area"_qs, tr("use workflow hours|holidays|rules|pausing|pause-limit")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    ResponseTimeSettings settings(*db);
    const QString area = pos[0];
    if (area == u"hours")
        return runHours(ctx, settings, pos, p.isSet(json));
    if (area == u"holidays")
        return runHolidays(ctx, settings, pos, p, p.isSet(json));
    if (area == u"rules")
        return runRules(ctx, *db, settings, pos, p, p.isSet(json));
    if (area == u"pausing")
        return runPausing(ctx, settings, pos, p.isSet(json));
    if (area == u"pause-limit")
        return runPauseLimit(ctx, settings, pos, p.isSet(json));
    return ctx.fail(invalid(u"area"_qs, tr("unknown area \"%1\"; use hours, holidays, rules, "
                                           "pausing or pause-limit")
                                            .arg(area)));
}

const bool registered = registerCommand(
    {u"workflow"_qs,
     QT_TRANSLATE_NOOP("kd::cli", "edit working hours, holidays, SLA rules and pausing"),
     runWorkflow});

} // namespace
} // namespace kd::cli
