// The command registry and the shared context (database, output, errors).
#include "cli.h"

#include "service/session.h"

#include <QCoreApplication>
#include <QDir>

namespace kd::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}
} // namespace

bool registerCommand(Command command)
{
    registry().append(std::move(command));
    return true;
}

const QList<Command> &commands()
{
    return registry();
}

Context::Context(QStringList args, QString dbPath, QTextStream &out, QTextStream &err)
    : m_args(std::move(args)), m_dbPath(std::move(dbPath)), m_out(out), m_err(err)
{}

Database *Context::database()
{
    if (m_db)
        return m_db.get();
    auto db = openWorkstation(m_dbPath);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    m_db = std::move(*db);
    return m_db.get();
}

int Context::fail(const Error &error)
{
    QString text = error.toString();
    if (!error.field.isEmpty() && error.where.isEmpty())
        text = error.field + QStringLiteral(": ") + text;
    m_err << QCoreApplication::translate("kd::cli", "error: %1").arg(text) << '\n';
    m_err.flush();
    m_lastErrorCode = error.exitCode();
    return m_lastErrorCode;
}

std::optional<int> Context::parse(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(m_args)) {
        m_err << QCoreApplication::translate("kd::cli", "error: %1").arg(parser.errorText()) << '\n'
              << QCoreApplication::translate("kd::cli", "Run with --help for the options.") << '\n';
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return kOk;
    }
    return std::nullopt;
}

void Context::printJson(const QJsonDocument &doc)
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace kd::cli
