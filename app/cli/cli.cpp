// The command registry and the shared context (database, output, errors).
#include "cli.h"

#include "domain/codewords.h"
#include "service/session.h"
#include "storage/catalogstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kd::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}
// A channel or category by its name rather than its id; the rest as fieldValue words them.
QString valueWords(Database *db, const QString &field, const QVariant &value)
{
    const QString id = value.toString();
    if (db && !id.isEmpty()) {
        const QString language = QLocale().name().left(2);
        if (field == QLatin1String("channel_id"))
            if (auto c = CatalogStore(*db).channel(id))
                return c->displayName(language);
        if (field == QLatin1String("category_id"))
            if (auto c = CatalogStore(*db).category(id))
                return c->displayName(language);
    }
    return uitext::fieldValue(field, value);
}

} // namespace

qsizetype widest(const QStringList &texts)
{
    qsizetype width = 0;
    for (const QString &t : texts)
        width = std::max(width, t.size());
    return width;
}

void printChanges(Context &ctx, const QString &reference, const QList<FieldChange> &changes,
                  bool json)
{
    if (json) {
        QJsonArray array;
        for (const FieldChange &c : changes)
            array.append(QJsonObject{{QStringLiteral("field"), c.field},
                                     {QStringLiteral("old"), QJsonValue::fromVariant(c.oldValue)},
                                     {QStringLiteral("new"), QJsonValue::fromVariant(c.newValue)}});
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("reference"), reference},
                                                {QStringLiteral("changes"), array}}));
        return;
    }
    if (changes.isEmpty()) {
        ctx.out() << QCoreApplication::translate("kd::cli", "%1: nothing changed").arg(reference)
                  << '\n';
        return;
    }
    Database *db = ctx.database();
    for (const FieldChange &c : changes)
        ctx.out() << QCoreApplication::translate("kd::cli", "%1: %2 changed from \"%3\" to \"%4\"")
                         .arg(reference, uitext::fieldLabel(c.field),
                              valueWords(db, c.field, c.oldValue),
                              valueWords(db, c.field, c.newValue))
                  << '\n';
}

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
    // --help-all is Qt's and is listed in every help text: it must print the help as well, never
    // run the command (it erased a customer once: `privacy erase X --confirm --help-all`).
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // Qt starts the usage line with the program's path as started; the user types
        // "klachtdesk-cli show", so that is what the line shows.
        QString help = parser.helpText();
        const QString started = QCoreApplication::arguments().value(0);
        const QString command = m_args.value(0).mid(started.size()).trimmed();
        const qsizetype at = help.indexOf(started);
        if (!started.isEmpty() && at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, started.size(),
                         QStringLiteral("klachtdesk-cli %1").arg(command).trimmed());
        m_out << help;
        return kOk;
    }
    return std::nullopt;
}

std::optional<int> Context::wholeNumber(const QString &option, const QString &text, int min,
                                        int max)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (ok && n >= min && n <= max)
        return n;
    fail(invalid(option, QCoreApplication::translate("kd::cli", "\"%1\" is not a whole number "
                                                                 "from %2 to %3")
                             .arg(text)
                             .arg(min)
                             .arg(max)));
    return std::nullopt;
}

std::optional<double> Context::fraction(const QString &option, const QString &text, double min,
                                        double max)
{
    bool ok = false;
    QString t = text.trimmed();
    const double v = t.replace(u',', u'.').toDouble(&ok);
    if (ok && v >= min && v <= max)
        return v;
    fail(invalid(option, QCoreApplication::translate("kd::cli", "\"%1\" is not a number from %2 "
                                                                 "to %3")
                             .arg(text, QLocale().toString(min), QLocale().toString(max))));
    return std::nullopt;
}

void Context::printJson(const QJsonDocument &doc)
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace kd::cli
