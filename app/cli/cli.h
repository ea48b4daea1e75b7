// The command-line face: a registry of commands, each in its own file, over the core's calls.
#pragma once

#include "domain/error.h"
#include "storage/database.h"
#include "storage/rowwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace kd::cli {

// Every command's texts are in one translation context, the one Command::summary is looked up
// in; lupdate files the tr() calls of app/cli under it.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kd::cli", text, disambiguation, n);
}

// The user's language ("nl", "en") for names the core keeps in both, from the locale.
inline QString language()
{
    return QLocale().name().left(2);
}

// Exit codes scripts can rely on (README "Exit codes"); errors use Error::exitCode().
constexpr int kOk = 0;
constexpr int kUsage = 2;

class Context
{
public:
    Context(QStringList args, QString dbPath, QTextStream &out, QTextStream &err);

    const QStringList &args() const { return m_args; } // program name, then the command's own
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QString dbPath() const { return m_dbPath; }

    // Opens the database on first use; nullptr after printing the error.
    Database *database();
    int lastErrorCode() const { return m_lastErrorCode; }

    // Prints the error for a person (stderr) and returns its exit code.
    int fail(const Error &error);
    // Parses the command's options. Returns an exit code when the command should stop here
    // (--help printed: 0; a usage error printed: 2), nothing when it should go on.
    std::optional<int> parse(QCommandLineParser &parser, const QString &description);

    void printJson(const QJsonDocument &doc);

    // An option's value as a whole number from `min` to `max`. Anything else ("abc", "20x",
    // "0" where 1 is the least) is said as an error and gives nothing: the caller returns
    // lastErrorCode(). Until 5 December "abc" was read as 0 and quietly clamped.
    std::optional<int> wholeNumber(const QString &option, const QString &text, int min, int max);
    // A fraction from `min` to `max`, written "0.5" or, as a Dutch keyboard gives it, "0,5".
    std::optional<double> fraction(const QString &option, const QString &text, double min,
                                   double max);

private:
    QStringList m_args;
    QString m_dbPath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
    int m_lastErrorCode = 1;
};

struct Command
{
    QString name;
    const char *summary; // source text, translated when the help is printed (context "kd::cli")
    std::function<int(Context &)> run;
    bool needsGui = false; // true: runs under a QGuiApplication (fonts for painting a PDF)
};

// The longest of the texts: columns are sized from what they will hold, since the words (and
// the locale's dates) differ in length from language to language.
qsizetype widest(const QStringList &texts);

// What `set` or `assess` changed: for a person the field's label and its values in words, as
// the audit trail says them; with json the stored codes, for scripts.
void printChanges(Context &ctx, const QString &reference, const QList<FieldChange> &changes,
                  bool json);

// Called from static initialisers in each command's file.
bool registerCommand(Command command);
const QList<Command> &commands();

} // namespace kd::cli
