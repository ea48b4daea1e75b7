// klachtdesk-cli: global options (--db, --help, --version), then one command.
#include "cli.h"

#include "service/session.h"
#include "service/translation.h"

#include <QCoreApplication>
#ifdef KD_CLI_GUI
#include <QGuiApplication>
#endif
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace kd;

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate(
               "kd::cli",
               "Usage: klachtdesk-cli [--db FILE] COMMAND [options]\n\n"
               "Registers, finds and reports on customer complaints on this workstation's\n"
               "database. Every command takes --help; most take --json for scripts.\n\n"
               "Commands:\n");
    QList<cli::Command> sorted = cli::commands();
    std::sort(sorted.begin(), sorted.end(),
              [](const cli::Command &a, const cli::Command &b) { return a.name < b.name; });
    qsizetype width = 0;
    for (const cli::Command &c : sorted)
        width = std::max(width, c.name.size());
    for (const cli::Command &c : sorted)
        out << "  " << c.name.leftJustified(width + 2) << QCoreApplication::translate("kd::cli", c.summary)
            << '\n';
    out << QCoreApplication::translate(
               "kd::cli",
               "\nGlobal options:\n"
               "  --db FILE     the database to use (default: %1)\n"
               "  --version     print the version and exit\n"
               "  --help        print this help\n\n"
               "Exit codes: 0 done, 2 invalid input or usage, 3 not found, 4 conflict or refused\n"
               "transition, 5 database in use, 6 database too new, 7 server unreachable,\n"
               "8 not permitted, 9 storage or file error.\n")
               .arg(QDir::toNativeSeparators(defaultDatabasePath()));
}

// True when the command named on the command line paints (the report's PDF): it then needs a
// QGuiApplication for fonts, on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
bool commandNeedsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        for (const cli::Command &c : cli::commands())
            if (c.name == arg)
                return c.needsGui;
        return false;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
#ifdef KD_CLI_GUI
    if (commandNeedsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Klachtdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("klachtdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
    installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    const QString program = args.takeFirst();

    // --db may stand anywhere: before or after the command.
    QString dbPath = defaultDatabasePath();
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size()) {
            dbPath = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--db="))) {
            dbPath = args[i].mid(5);
            args.remove(i);
            break;
        }
        if (args[i] == QLatin1String("--db")) {
            err << QCoreApplication::translate("kd::cli", "error: --db needs the database file "
                                                          "after it.\n");
            return cli::kUsage;
        }
    }
    // A database named on the command line is made where asked, but a folder that is not there
    // is a typing error far more often than a wish: making it would hide the mistake behind an
    // empty list (the default place is made, by the session, on first use).
    if (dbPath != defaultDatabasePath() && !QFileInfo(dbPath).absoluteDir().exists()) {
        const Error e = makeError(
            ErrorCode::Io, QCoreApplication::translate("kd::cli", "The folder of the database %1 "
                                                                  "does not exist.")
                               .arg(QDir::toNativeSeparators(dbPath)));
        err << QCoreApplication::translate("kd::cli", "error: %1").arg(e.toString()) << '\n';
        return e.exitCode();
    }

    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printUsage(out);
        return args.isEmpty() ? cli::kUsage : cli::kOk;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << "klachtdesk-cli " << KD_VERSION << '\n';
        return cli::kOk;
    }

    const QString name = args.takeFirst();
    for (const cli::Command &command : cli::commands()) {
        if (command.name == name) {
            cli::Context ctx(QStringList{program + QLatin1Char(' ') + name} + args, dbPath, out, err);
            const int code = command.run(ctx);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("kd::cli",
                                       "Unknown command \"%1\". Run klachtdesk-cli --help for the "
                                       "list of commands.\n")
               .arg(name);
    return cli::kUsage;
}
