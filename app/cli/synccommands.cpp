// server init/upgrade/add-user, connect, sync [--watch] and conflicts: the sync commands of the CLI.
#include "cli.h"

#include "domain/codewords.h"

#include "sync/conflictstore.h"
#include "sync/credentials.h"
#include "sync/serveradmin.h"
#include "sync/serverbinding.h"
#include "service/demodata.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDriver>
#include <QThread>

namespace kd::cli {
namespace {

// The server address: --url, else KLACHTDESK_SERVER_URL, else what `connect` stored in the
// database (sync/serverbinding.h); the password from the URL, else KLACHTDESK_PASSWORD.
Result<ServerAddress> address(const QString &option, Database *db)
{
    QString url = option;
    if (url.isEmpty())
        url = qEnvironmentVariable("KLACHTDESK_SERVER_URL");
    if (url.isEmpty() && db)
        url = storedServerUrl(*db);
    if (url.isEmpty())
        return invalid(QStringLiteral("url"),
                       tr("No server configured. Use `klachtdesk-cli connect --url "
                          "postgresql://user@host/database?sslmode=verify-full` or --url."));
    auto a = ServerAddress::parse(url);
    if (!a)
        return a.error();
    if (a->password.isEmpty())
        a->password = EnvironmentCredentials().password(a->displayUrl(), a->user);
    return a;
}

int serverCommand(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_qs, tr("init, upgrade, add-user, set-team, compact or restored"));
    p.addPositionalArgument(u"login"_qs, tr("for add-user and set-team: the login"), u"[LOGIN]"_qs);
    const QCommandLineOption url(u"url"_qs, tr("Server address (postgresql://...)."), u"URL"_qs);
    const QCommandLineOption role(u"role"_qs, tr("add-user: agent, supervisor or administrator."),
                                  u"ROLE"_qs, u"agent"_qs);
    const QCommandLineOption team(u"team"_qs, tr("add-user, set-team: the team whose complaints "
                                                 "an agent sees (empty: all)."),
                                  u"TEAM"_qs);
    const QCommandLineOption keep(u"keep-days"_qs, tr("compact: days of changes and deletions to "
                                                      "keep."),
                                  u"DAYS"_qs, u"90"_qs);
    p.addOptions({url, role, team, keep});
    if (auto stop = ctx.parse(p, tr("Prepares the shared PostgreSQL server: `init` creates the "
                                    "schema, roles and row-level security; `upgrade` migrates it; "
                                    "`add-user LOGIN --role R [--team T]` adds a team member "
                                    "(password from KLACHTDESK_NEW_PASSWORD); `set-team LOGIN "
                                    "--team T` moves an agent to a team; `compact [--keep-days "
                                    "N]` removes older changes and deletions; `restored` tells "
                                    "every desktop the server came back from a backup.")))
        return *stop;
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.fail(invalid(QStringLiteral("action"),
                                tr("Say init, upgrade, add-user, set-team, compact or restored.")));
    // The administrator's own address, never the one a desktop syncs with.
    auto a = address(p.value(url), nullptr);
    if (!a)
        return ctx.fail(a.error());
    ServerConnection server;
    if (auto s = server.open(*a); !s)
        return ctx.fail(s.error());
    ServerAdmin admin(server);
    const QString action = args.first();
    // Everything but init and upgrade needs the schema: said plainly, before a login is made
    // that the rest of add-user then could not finish.
    if (action != QLatin1String("init") && action != QLatin1String("upgrade")) {
        auto v = admin.schemaVersion();
        if (!v)
            return ctx.fail(v.error());
        if (*v == 0)
            return ctx.fail(makeError(ErrorCode::NotFound,
                                      tr("The server has no Klachtdesk schema yet: run `klachtdesk-cli "
                                         "server init --url ...` first.")));
    }
    if (action == QLatin1String("init")) {
        if (auto s = admin.init(); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("Server prepared: schema version %1.").arg(ServerAdmin::latestSchemaVersion())
                  << Qt::endl;
    } else if (action == QLatin1String("upgrade")) {
        auto v = admin.upgrade();
        if (!v)
            return ctx.fail(v.error());
        ctx.out() << tr("Server schema at version %1.").arg(*v) << Qt::endl;
    } else if (action == QLatin1String("add-user") && args.size() == 2) {
        const QString password = qEnvironmentVariable("KLACHTDESK_NEW_PASSWORD");
        auto exists = admin.loginExists(args.at(1));
        if (!exists)
            return ctx.fail(exists.error());
        if (password.isEmpty() && !*exists)
            return ctx.fail(invalid(QStringLiteral("password"),
                                    tr("Set KLACHTDESK_NEW_PASSWORD to the new user's password.")));
        bool existed = false;
        if (auto s = admin.addUser(args.at(1), password, p.value(role),
                                   p.isSet(team) ? p.value(team) : QString(), &existed);
            !s)
            return ctx.fail(s.error());
        ctx.out() << (existed ? tr("The login %1 existed already on this server: it now has the "
                                   "role %2 here, and its password was not changed.")
                              : tr("User %1 added as %2."))
                         .arg(args.at(1), p.value(role))
                  << Qt::endl;
    } else if (action == QLatin1String("set-team") && args.size() == 2) {
        // Left out, --team would have meant "every complaint": that is said as --team "".
        if (!p.isSet(team))
            return ctx.fail(invalid(u"--team"_qs, tr("give the team, or --team \"\" for every "
                                                    "complaint")));
        QString kind;
        if (auto s = admin.setTeam(args.at(1), p.value(team), &kind); !s)
            return ctx.fail(s.error());
        if (kind != QLatin1String("agent"))
            ctx.out() << tr("%1 is a %2: supervisors and administrators see every complaint, "
                            "whatever their team. The team counts once %1 is an agent.")
                             .arg(args.at(1), kind)
                      << Qt::endl;
        else
            ctx.out() << (p.value(team).trimmed().isEmpty()
                              ? tr("%1 sees every complaint.").arg(args.at(1))
                              : tr("%1 sees the complaints of team %2 and of no team.")
                                    .arg(args.at(1), p.value(team).trimmed()))
                      << Qt::endl;
    } else if (action == QLatin1String("compact")) {
        bool ok = false;
        const int days = p.value(keep).toInt(&ok);
        if (!ok || days < 1)
            return ctx.fail(invalid(QStringLiteral("--keep-days"), tr("Give a whole number of days, 1 or more.")));
        auto n = admin.compactFeed(qint64(days) * 24 * 3600 * 1000);
        if (!n)
            return ctx.fail(n.error());
        ctx.out() << tr("Changes older than %1 days removed: %2. Desktops that have not synced "
                        "since then download a fresh copy.")
                         .arg(days)
                         .arg(*n)
                  << Qt::endl;
    } else if (action == QLatin1String("restored")) {
        if (auto s = admin.newEpoch(); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("Every desktop downloads a fresh copy on its next sync and sends back "
                        "what the backup lacks.")
                  << Qt::endl;
    } else {
        return ctx.fail(invalid(QStringLiteral("action"),
                                tr("Say init, upgrade, add-user LOGIN, set-team LOGIN, compact or "
                                   "restored.")));
    }
    return kOk;
}

int connectCommand(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption url(u"url"_qs, tr("Server address (postgresql://user@host/db)."), u"URL"_qs);
    p.addOption(url);
    if (auto stop = ctx.parse(p, tr("Stores the server address (never the password) and checks "
                                    "that it answers. The password comes from the OS keychain in "
                                    "the program, or KLACHTDESK_PASSWORD here.")))
        return *stop;
    auto a = address(p.value(url), nullptr);
    if (!a)
        return ctx.fail(a.error());
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    if (holdsDemoData(*db))
        return ctx.fail(makeError(ErrorCode::Invalid, demoDataNotSyncedMessage(*db)));
    ServerConnection server;
    if (auto s = server.open(*a); !s)
        return ctx.fail(s.error());
    // A database that synced with one server is not pointed at another (its rows would go there).
    if (auto s = SyncEngine(*db, server).checkSameServer(); !s)
        return ctx.fail(s.error());
    if (auto s = storeServerUrl(*db, a->displayUrl()); !s)
        return ctx.fail(s.error());
    ctx.out() << tr("Connected to %1.").arg(a->displayUrl()) << Qt::endl;
    return kOk;
}

QJsonObject reportJson(const SyncReport &r)
{
    return {{u"pushed"_qs, r.pushed},       {u"conflicts"_qs, r.conflicts},
            {u"rejected"_qs, r.rejected},   {u"duplicates"_qs, r.duplicates},
            {u"pulled"_qs, r.pulled},       {u"clock_offset_ms"_qs, r.clockOffsetMs},
            {u"rebaselined"_qs, r.rebaselined}, {u"erasures"_qs, r.erasures},
            {u"scrub_error"_qs, r.scrubError}};
}

int syncCommand(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption url(u"url"_qs, tr("Server address (default: the connected one)."), u"URL"_qs);
    const QCommandLineOption watch(u"watch"_qs, tr("Keep syncing: on every server notification, "
                                                   "and every --interval seconds."));
    const QCommandLineOption interval(u"interval"_qs, tr("Seconds between polls with --watch."),
                                      u"SECONDS"_qs, u"10"_qs);
    const QCommandLineOption batch(u"batch"_qs, tr("Changes per push batch."), u"N"_qs, u"500"_qs);
    const QCommandLineOption page(u"page"_qs, tr("Server changes per local transaction."), u"N"_qs,
                                  u"2000"_qs);
    const QCommandLineOption json(u"json"_qs, tr("Print what moved as JSON."));
    p.addOptions({url, watch, interval, batch, page, json});
    if (auto stop = ctx.parse(p, tr("Sends the changes waiting here to the server and brings the "
                                    "server's changes here; prints what moved.")))
        return *stop;
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    auto a = address(p.value(url), db);
    if (!a)
        return ctx.fail(a.error());
    SyncOptions options;
    const auto pushBatch = ctx.wholeNumber(u"--batch"_qs, p.value(batch), 1, 100000);
    const auto pullPage = pushBatch ? ctx.wholeNumber(u"--page"_qs, p.value(page), 1, 100000)
                                    : std::nullopt;
    const auto seconds = pullPage ? ctx.wholeNumber(u"--interval"_qs, p.value(interval), 1, 86400)
                                  : std::nullopt;
    if (!seconds)
        return ctx.lastErrorCode();
    options.pushBatch = *pushBatch;
    options.pullPage = *pullPage;
    ServerConnection server;
    int backoffSecs = 1;
    for (;;) {
        Result<SyncReport> r = makeError(ErrorCode::Network, QString());
        if (!server.isOpen()) {
            if (auto s = server.open(*a); !s)
                r = s.error();
            else
                server.sql().driver()->subscribeToNotification(u"klachtdesk_changes"_qs);
        }
        if (server.isOpen()) {
            r = SyncEngine(*db, server, options).syncOnce();
            if (!r)
                server.close(); // reconnect next time: the connection may be half dead
        }
        // Waiting helps only when the server is away; a refused login, another server or an
        // update to install stay so however long --watch retries.
        if (!r && (!p.isSet(watch) || r.error().code != ErrorCode::Network))
            return ctx.fail(r.error());
        if (r) {
            backoffSecs = 1;
            if (p.isSet(json)) {
                // One object a line, flushed: a reader of --watch --json sees each sync as it
                // ends (the stream kept everything until the process was stopped, and lost it).
                ctx.out() << QString::fromUtf8(QJsonDocument(reportJson(*r))
                                                   .toJson(QJsonDocument::Compact))
                          << Qt::endl;
            }
            else if (!p.isSet(watch) || r->pushed + r->pulled + r->conflicts + r->rejected > 0)
                ctx.out() << tr("Sent %1 change(s) (%2 conflict(s), %3 refused, %4 already there); "
                                "received %5.")
                                 .arg(r->pushed)
                                 .arg(r->conflicts)
                                 .arg(r->rejected)
                                 .arg(r->duplicates)
                                 .arg(r->pulled)
                          << Qt::endl;
            if (!p.isSet(json) && r->erasures > 0)
                ctx.out() << tr("%n erasure(s) received: this desktop's copy of the erased data "
                                "was scrubbed.", nullptr, r->erasures)
                          << Qt::endl;
            if (!r->scrubError.isEmpty())
                ctx.err() << tr("Compacting the database after an erasure failed: %1")
                                 .arg(r->scrubError)
                          << Qt::endl;
            if (!p.isSet(watch))
                // Changes the server refused are there to look at (`conflicts`): exit code 4.
                return r->rejected > 0 ? ctx.fail(makeError(
                           ErrorCode::Conflict,
                           tr("%n change(s) refused by the server: see `klachtdesk-cli conflicts`.",
                              nullptr, r->rejected)))
                                       : kOk;
        } else {
            ctx.err() << r.error().toString() << Qt::endl;
            backoffSecs = std::min(backoffSecs * 2, 60);
        }
        // Wait for a notification (processed by the event loop) or the poll interval.
        const qint64 waitMs = r ? *seconds * 1000LL : backoffSecs * 1000LL;
        bool woken = false;
        QObject guard;
        if (server.isOpen())
            QObject::connect(server.sql().driver(), &QSqlDriver::notification, &guard,
                             [&woken] { woken = true; });
        const qint64 until = QDateTime::currentMSecsSinceEpoch() + waitMs;
        while (!woken && QDateTime::currentMSecsSinceEpoch() < until) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
            QThread::msleep(50);
        }
    }
}

int conflictsCommand(Context &ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_qs, tr("list (default), restore ID or dismiss ID"), u"[ACTION]"_qs);
    p.addPositionalArgument(u"id"_qs, tr("the conflict's id"), u"[ID]"_qs);
    const QCommandLineOption all(u"all"_qs, tr("Also list resolved conflicts."));
    const QCommandLineOption json(u"json"_qs, tr("Print as JSON."));
    p.addOptions({all, json});
    if (auto stop = ctx.parse(p, tr("Lists sync conflicts (the value that won and the one kept "
                                    "aside), restores the kept value or dismisses it.")))
        return *stop;
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    ConflictStore store(*db);
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0, u"list"_qs);
    if (action == QLatin1String("restore") || action == QLatin1String("dismiss")) {
        if (args.size() < 2)
            return ctx.fail(invalid(QStringLiteral("id"), tr("Give the conflict's id.")));
        auto s = action == QLatin1String("restore") ? store.restore(args.at(1))
                                                    : store.dismiss(args.at(1));
        if (!s)
            return ctx.fail(s.error());
        ctx.out() << (action == QLatin1String("restore") ? tr("Restored.") : tr("Dismissed."))
                  << Qt::endl;
        return kOk;
    }
    if (action != QLatin1String("list"))
        return ctx.fail(invalid(u"action"_qs, tr("\"%1\" is not an action of conflicts: use list, "
                                                 "restore ID or dismiss ID.")
                                                  .arg(action)));
    auto list = store.list(!p.isSet(all));
    if (!list)
        return ctx.fail(list.error());
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const SyncConflict &c : *list)
            arr.append(QJsonObject{{u"id"_qs, c.id},         {u"table"_qs, c.table},
                                   {u"row"_qs, c.rowId},     {u"field"_qs, c.field},
                                   {u"kind"_qs, c.kind},     {u"winner"_qs, c.winner},
                                   {u"loser"_qs, c.loser},   {u"pushed_by"_qs, c.pushedBy},
                                   {u"message"_qs, c.message}, {u"resolved"_qs, c.resolved}});
        ctx.printJson(QJsonDocument(arr));
        return kOk;
    }
    // As the window's dialog words it: the record, the field by its label, the value now on
    // every desktop and the one kept aside, in words. The id is what restore and dismiss take.
    for (const SyncConflict &c : *list) {
        ctx.out() << c.id << "  " << store.recordLabel(c) << "  "
                  << uitext::conflictSubject(c.kind, c.field)
                  << (c.resolved ? u"  "_qs + tr("(resolved)") : QString()) << '\n'
                  << "    " << tr("now: %1").arg(uitext::jsonFieldValue(c.field, c.winner))
                  << "    " << tr("kept aside: %1").arg(uitext::jsonFieldValue(c.field, c.loser))
                  << (c.pushedBy.isEmpty() ? QString() : u"    "_qs + tr("second edit by %1").arg(c.pushedBy))
                  << '\n';
        if (!c.message.isEmpty())
            ctx.out() << "    " << uitext::refusalReason(c.message) << '\n';
    }
    if (list->isEmpty())
        ctx.out() << tr("No conflicts to look at.") << '\n';
    return kOk;
}

const bool registered = registerCommand({u"server"_qs, QT_TRANSLATE_NOOP("kd::cli",
                                         "prepare or upgrade the shared server; add users"),
                                         serverCommand})
                        && registerCommand({u"connect"_qs, QT_TRANSLATE_NOOP("kd::cli",
                                            "store the server to sync with"),
                                            connectCommand})
                        && registerCommand({u"sync"_qs, QT_TRANSLATE_NOOP("kd::cli",
                                            "sync with the server once, or keep syncing (--watch)"),
                                            syncCommand})
                        && registerCommand({u"conflicts"_qs, QT_TRANSLATE_NOOP("kd::cli",
                                            "list, restore or dismiss sync conflicts"),
                                            conflictsCommand});

} // namespace
} // namespace kd::cli
