// check-reply: the reply checklist (apology, triad, ZEKEP, tone, channel rules, don'ts) for a
// draft in a file, as text for a person or as JSON for scripts (docs/reply-checks.md).
#include "cli.h"

#include "domain/codewords.h"
#include "drafting/replycheckjson.h"
#include "drafting/replychecker.h"
#include "drafting/templatestore.h"
#include "storage/catalogstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kd::cli {
namespace {

Result<QString> readText(const QString &path)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("cannot read standard input"));
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
    }
    return QString::fromUtf8(f.readAll());
}

// The channel's rules from this workstation's database when it exists (a supervisor may have
// changed a limit), else from the default channel list; checking a draft creates no database.
Result<ChannelRules> channelRules(Context &ctx, const QString &key)
{
    ChannelRules rules;
    if (key.isEmpty())
        return rules;
    if (QFile::exists(ctx.dbPath())) {
        Database *db = ctx.database();
        if (!db)
            return makeError(ErrorCode::Storage, tr("cannot open the database"));
        auto channel = CatalogStore(*db).findChannel(key);
        if (!channel)
            return channel.error();
        return ChannelRules{channel->code, channel->isPublic, channel->replyLimit};
    }
    QFile f(QStringLiteral(":/data/channels.json"));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("the default channel list is missing"));
    const QJsonArray channels = QJsonDocument::fromJson(f.readAll()).object().value(u"channels").toArray();
    for (const auto &v : channels) {
        const QJsonObject o = v.toObject();
        if (o.value(u"code").toString().compare(key, Qt::CaseInsensitive) == 0
            || o.value(u"name_en").toString().compare(key, Qt::CaseInsensitive) == 0
            || o.value(u"name_nl").toString().compare(key, Qt::CaseInsensitive) == 0) {
            rules.code = o.value(u"code").toString();
            rules.isPublic = o.value(u"is_public").toBool();
            if (!o.value(u"reply_limit").isNull())
                rules.replyLimit = o.value(u"reply_limit").toInt();
            return rules;
        }
    }
    return makeError(ErrorCode::NotFound, tr("no channel \"%1\"").arg(key));
}

int runCheckReply(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption reply(u"reply"_qs, tr("The draft reply (a UTF-8 file, - for standard input)."),
                                   u"FILE"_qs);
    const QCommandLineOption message(u"customer-message"_qs,
                                     tr("The customer's message, for tone and situation."), u"FILE"_qs);
    const QCommandLineOption channel(u"channel"_qs, tr("Channel code or name (its public flag and limit "
                                                       "apply)."),
                                     u"NAME"_qs);
    const QCommandLineOption customer(u"customer-name"_qs, tr("The customer's name."), u"NAME"_qs);
    const QCommandLineOption agent(u"agent-name"_qs, tr("Your name."), u"NAME"_qs);
    const QCommandLineOption lang(u"lang"_qs, tr("nl, en or auto (default)."), u"LANG"_qs, u"auto"_qs);
    const QCommandLineOption form(u"form-of-address"_qs,
                                  tr("The customer's known form of address: informal or formal."),
                                  u"FORM"_qs);
    const QCommandLineOption phrases(u"phrases"_qs,
                                     tr("A folder with edited phrase lists (phrases_nl.json, "
                                        "phrases_en.json, common.json)."),
                                     u"DIR"_qs);
    const QCommandLineOption json(u"json"_qs, tr("Print the checklist as JSON."));
    p.addOptions({reply, message, channel, customer, agent, lang, form, phrases, json});
    if (auto stop = ctx.parse(p, tr("Checks a draft reply against the apology, triad and ZEKEP "
                                    "checklists, the channel's rules and the don'ts.")))
        return *stop;
    if (!p.isSet(reply))
        return ctx.fail(invalid(u"--reply"_qs, tr("give the draft with --reply FILE")));
    auto draft = readText(p.value(reply));
    if (!draft)
        return ctx.fail(draft.error());
    ReplyContext context;
    if (p.isSet(message)) {
        auto m = readText(p.value(message));
        if (!m)
            return ctx.fail(m.error());
        context.customerMessage = *m;
    }
    auto rules = channelRules(ctx, p.value(channel));
    if (!rules)
        return ctx.fail(rules.error());
    context.channel = *rules;
    context.customerName = p.value(customer);
    context.agentName = p.value(agent);
    const QString language = p.value(lang).toLower();
    if (language != QLatin1String("auto") && language != QLatin1String("nl")
        && language != QLatin1String("en"))
        return ctx.fail(invalid(u"--lang"_qs, tr("use nl, en or auto")));
    context.language = language == QLatin1String("auto") ? QString() : language;
    if (p.isSet(form)) {
        auto f = parse<FormOfAddress>(p.value(form));
        if (!f)
            return ctx.fail(invalid(u"--form-of-address"_qs,
                                    tr("use one of: %1").arg(codes<FormOfAddress>().join(u", "))));
        context.customerForm = *f;
    }
    std::shared_ptr<const PhraseBook> book;
    if (p.isSet(phrases)) {
        auto loaded = PhraseBook::load(p.value(phrases));
        if (!loaded)
            return ctx.fail(loaded.error());
        book = *loaded;
    }
    const ReplyChecker checker(SystemClock::instance(), book);
    const ReplyCheckReport report = checker.check(*draft, context);
    if (p.isSet(json)) {
        ctx.printJson(QJsonDocument(toJson(report)));
        return kOk;
    }
    QTextStream &out = ctx.out();
    out << tr("Language: %1").arg(report.language) << '\n';
    // The marks in the session's language, padded alike; the titles' column as wide as the
    // longest title ("ZEKEP: effectief (volgende stap en wanneer)" ran into its hint).
    const QStringList marks{u'[' + tr("ok") + u']', u'[' + tr("warn") + u']',
                            u'[' + tr("FAIL") + u']'};
    QStringList titles;
    for (const CheckResult &c : report.checks)
        titles << checkTitle(c.id);
    const qsizetype markWidth = widest(marks), titleWidth = widest(titles);
    for (qsizetype i = 0; i < report.checks.size(); ++i) {
        const CheckResult &c = report.checks.at(i);
        const QString &mark = marks[c.status == CheckStatus::Pass   ? 0
                                    : c.status == CheckStatus::Warn ? 1
                                                                    : 2];
        out << mark.leftJustified(markWidth) << ' ' << titles[i].leftJustified(titleWidth) << "  "
            << c.hint << '\n';
    }
    for (const DetectedPromise &pr : report.promises) {
        out << tr("Promise: %1").arg(pr.sentence.text) << "  ";
        out << (pr.due ? tr("due %1").arg(QLocale().toString(*pr.due, QLocale::ShortFormat))
                       : tr("no date")) << '\n';
    }
    return kOk;
}

QJsonObject templateJson(const ReplyTemplate &t)
{
    return {{u"id"_qs, t.meta.id},           {u"code"_qs, t.code},
            {u"name"_qs, t.name},            {u"category"_qs, t.categoryCode},
            {u"channel"_qs, t.channelCode},  {u"language"_qs, t.language},
            {u"form_of_address"_qs, toString(t.form)}, {u"active"_qs, t.active},
            {u"body"_qs, t.body}};
}

// templates list | show CODE | set CODE [--body FILE] [--name TEXT] [--active yes|no]
int runTemplates(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_qs, tr("Print JSON."));
    const QCommandLineOption body(u"body"_qs, tr("set: the new text, from a UTF-8 file (- for standard input)."),
                                  u"FILE"_qs);
    const QCommandLineOption name(u"name"_qs, tr("set: the new name."), u"TEXT"_qs);
    const QCommandLineOption active(u"active"_qs, tr("set: yes or no."), u"YES|NO"_qs);
    p.addOptions({json, body, name, active});
    p.addPositionalArgument(u"action"_qs, tr("list, show CODE or set CODE"));
    if (auto stop = ctx.parse(p, tr("Lists, shows and edits the reply templates (supervisors).")))
        return *stop;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, u"list"_qs);
    if (action != QLatin1String("list") && action != QLatin1String("show")
        && action != QLatin1String("set"))
        return ctx.fail(invalid(u"action"_qs, tr("\"%1\" is not an action of templates: use list, "
                                                 "show CODE or set CODE.")
                                                  .arg(action)));
    Database *db = ctx.database();
    if (!db)
        return ctx.lastErrorCode();
    TemplateStore store(*db);
    if (auto s = store.ensureDefaults(); !s)
        return ctx.fail(s.error());
    if (action == QLatin1String("list")) {
        auto all = store.templates(false);
        if (!all)
            return ctx.fail(all.error());
        if (p.isSet(json)) {
            QJsonArray a;
            for (const ReplyTemplate &t : *all)
                a.append(templateJson(t));
            ctx.printJson(QJsonDocument(a));
            return kOk;
        }
        // Names in the reader's language where the catalogue has the code; "*" is any.
        CatalogStore catalog(*db);
        const QString lang = QLocale().name().left(2);
        QStringList categories, channels, forms;
        for (const ReplyTemplate &t : *all) {
            QString category = u"*"_qs, channel = u"*"_qs;
            if (!t.categoryCode.isEmpty()) {
                auto c = catalog.findCategory(t.categoryCode);
                category = c ? c->displayName(lang) : t.categoryCode;
            }
            if (!t.channelCode.isEmpty()) {
                auto c = catalog.findChannel(t.channelCode);
                channel = c ? c->displayName(lang) : t.channelCode;
            }
            categories << category;
            channels << channel;
            forms << uitext::formOfAddress(t.form);
        }
        const qsizetype categoryWidth = widest(categories) + 2,
                        channelWidth = widest(channels) + 2, formWidth = widest(forms) + 2;
        for (qsizetype i = 0; i < all->size(); ++i) {
            const ReplyTemplate &t = all->at(i);
            ctx.out() << t.code.leftJustified(22) << ' ' << t.language << ' '
                      << categories[i].leftJustified(categoryWidth)
                      << channels[i].leftJustified(channelWidth) << forms[i].leftJustified(formWidth)
                      << t.name << (t.active ? QString() : tr(" (inactive)")) << '\n';
        }
        return kOk;
    }
    if (pos.size() < 2)
        return ctx.fail(invalid(u"code"_qs, tr("give the template's code: templates %1 CODE").arg(action)));
    auto t = store.find(pos[1]);
    if (!t)
        return ctx.fail(t.error());
    if (action == QLatin1String("show")) {
        if (p.isSet(json))
            ctx.printJson(QJsonDocument(templateJson(*t)));
        else
            ctx.out() << t->name << "\n\n" << t->body << '\n';
        return kOk;
    }
    if (action != QLatin1String("set"))
        return ctx.fail(invalid(u"action"_qs, tr("use list, show or set")));
    ReplyTemplate edited = *t;
    if (p.isSet(body)) {
        auto text = readText(p.value(body));
        if (!text)
            return ctx.fail(text.error());
        edited.body = text->trimmed();
    }
    if (p.isSet(name))
        edited.name = p.value(name);
    if (p.isSet(active)) {
        const QString v = p.value(active).toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return ctx.fail(invalid(u"--active"_qs, tr("use yes or no")));
        edited.active = v == QLatin1String("yes");
    }
    auto changes = store.update(edited);
    if (!changes)
        return ctx.fail(changes.error());
    if (p.isSet(json)) {
        QJsonArray fields;
        for (const FieldChange &c : *changes)
            fields.append(c.field);
        ctx.printJson(QJsonDocument(QJsonObject{{u"code"_qs, edited.code}, {u"changed"_qs, fields}}));
    } else {
        ctx.out() << QCoreApplication::translate("kd::cli", "%n field(s) changed", nullptr,
                                              int(changes->size()))
                  << '\n';
    }
    return kOk;
}

const bool registered = registerCommand(
    {u"check-reply"_qs, QT_TRANSLATE_NOOP("kd::cli", "check a draft reply against the checklists"),
     runCheckReply});
const bool registeredTemplates = registerCommand(
    {u"templates"_qs, QT_TRANSLATE_NOOP("kd::cli", "list, show or edit reply templates"), runTemplates});

} // namespace
} // namespace kd::cli
