// demo: loads the demo data set into the database.
#include "cli.h"

#include "service/demodata.h"

#include <QCoreApplication>

namespace kd::cli {
namespace {

int runDemo(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption count(u"complaints"_qs,
                                   QCoreApplication::translate("kd::cli", "How many complaints (default 300)."),
                                   u"N"_qs, u"300"_qs);
    const QCommandLineOption seed(u"seed"_qs,
                                  QCoreApplication::translate("kd::cli", "Random seed, for a repeatable set."),
                                  u"SEED"_qs, u"20261125"_qs);
    p.addOptions({count, seed});
    if (auto stop = ctx.parse(p, QCoreApplication::translate(
                                     "kd::cli", "Loads a realistic Dutch demo data set: customers "
                                                "with several complaints each, replies and call notes.")))
        return *stop;
    bool ok = false;
    const int n = p.value(count).toInt(&ok);
    if (!ok || n < 1 || n > 1000000)
        return ctx.fail(invalid(u"--complaints"_qs,
                                QCoreApplication::translate("kd::cli", "must be a number from 1 to 1000000")));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    auto r = loadDemoData(*db, n, p.value(seed).toUInt());
    if (!r)
        return ctx.fail(r.error());
    ctx.out() << QCoreApplication::translate("kd::cli", "Loaded %1 complaints from %2 customers with %3 "
                                                        "messages and notes into %4.")
                     .arg(r->complaints)
                     .arg(r->customers)
                     .arg(r->interactions)
                     .arg(db->path())
              << '\n';
    return kOk;
}

const bool registered = registerCommand(
    {u"demo"_qs, QT_TRANSLATE_NOOP("kd::cli", "load the demo data set"), runDemo});

} // namespace
} // namespace kd::cli
