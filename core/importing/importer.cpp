// The import run: reads records, checks and converts each row, writes the good ones with
// statements prepared once, logs every insert for sync, and commits once (or rolls back).
#include "importer.h"

#include "bulkstatement.h"
#include "domain/phone.h"
#include "domain/uuid.h"
#include "domain/validation.h"
#include "storage/catalogstore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"
#include "sync/hlc.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <deque>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::ImportRun", text);
}

constexpr int kMaxProblemsKept = 1000;
constexpr int kSampleRows = 200;
constexpr int kProgressEvery = 2000;

void appendJsonString(QString &out, const QString &s)
{
    out += u'"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u < 0x20) {
            switch (u) {
            case u'\n': out += QLatin1String("\\n"); break;
            case u'\r': out += QLatin1String("\\r"); break;
            case u'\t': out += QLatin1String("\\t"); break;
            default: out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            }
        } else {
            out += c;
        }
    }
    out += u'"';
}

// A change-log "fields" object, written by hand: QJsonDocument per row would cost more than the
// insert itself. Keys must come sorted, as RowWriter's QVariantMap gives them.
class JsonFields
{
public:
    void add(const char *key, const QString &value)
    {
        sep();
        appendJsonString(m_text, QString::fromLatin1(key));
        m_text += u':';
        appendJsonString(m_text, value);
    }
    void add(const char *key, qint64 value)
    {
        sep();
        appendJsonString(m_text, QString::fromLatin1(key));
        m_text += u':';
        m_text += QString::number(value);
    }
    void addNull(const char *key)
    {
        sep();
        appendJsonString(m_text, QString::fromLatin1(key));
        m_text += QLatin1String(":null");
    }
    QString text() const { return m_text + u'}'; }

private:
    void sep() { m_text += m_text.isEmpty() ? QStringLiteral("{") : QStringLiteral(","); }
    QString m_text;
};

QString csvCell(const QString &text)
{
    const QString t = escapeFormula(text);
    if (t.contains(u'"') || t.contains(u',') || t.contains(u'\n') || t.contains(u'\r'))
        return u'"' + QString(t).replace(u"\""_qs, u"\"\""_qs) + u'"';
    return t;
}

} // namespace

// One import: everything that lives from the first record to the commit.
class ImportRun
{
public:
    ImportRun(Database &db, const ImportOptions &options, ImportReport &report)
        : m_db(db), m_options(options), m_report(report), m_parser(options.dateOrder)
    {}

    Status execute(CsvReader &reader);

private:
    struct Row
    {
        const CsvRecord *record;
        QString value(int col) const
        {
            if (col < 0 || col >= record->fields.size())
                return {};
            return unescapeFormula(record->fields.at(col));
        }
    };

    Status prepare();
    void reject(const CsvRecord &r, int col, const QString &reason);
    QString columnName(int col) const
    {
        return col >= 0 && col < m_report.layout.header.size() ? m_report.layout.header.at(col)
                                                               : QString();
    }
    int col(const char *field) const { return m_fieldCol.value(QString::fromLatin1(field), -1); }
    QString cell(const Row &row, const char *field) const
    {
        const QString v = row.value(col(field));
        return isEmptyWord(v) ? QString() : v;
    }
    Status handleRecord(const CsvRecord &record);
    Status importComplaint(const CsvRecord &record);
    Status importCustomer(const CsvRecord &record);
    // Finds or makes the customer of a complaint row; empty id with reason set when refused.
    Result<QString> customerFor(const Row &row, QString &reason, int &badCol);
    Result<QString> lookupCustomer(const QString &kind, const QString &value, bool &erased);
    Status insertCustomer(const Customer &c);
    Status logInsert(const QString &table, const QString &id, const QString &fields);
    QString nextHlc();
    Result<QString> nextReference(int year);
    Result<QString> channelId(const QString &word, bool &known);
    Result<QString> categoryId(const QString &word, bool &known);
    Status finish();
    void flushHlc() { (void)m_db.setStateValue(QStringLiteral("hlc"), m_hlc.toString()); }
    void loadHlc()
    {
        m_hlc = HlcStamp::parse(m_db.stateValue(QStringLiteral("hlc"))).value_or(HlcStamp{});
    }

    Database &m_db;
    const ImportOptions &m_options;
    ImportReport &m_report;
    DateParser m_parser;
    QHash<QString, int> m_fieldCol;
    QHash<QString, qint64> m_seen; // external id -> line where it was first seen in this file
    QHash<QString, QString> m_customerByKey;
    QHash<QString, QString> m_channels, m_categories;
    QHash<int, qint64> m_references;
    QString m_unknownCustomerId;
    QString m_defaultChannelId;
    HlcStamp m_hlc;
    qint64 m_now = 0;
    std::unique_ptr<QFile> m_rejects;
    std::unique_ptr<BulkStatement> m_findComplaint, m_insertComplaint, m_insertLog,
        m_insertCustomer, m_insertHandle;
    std::unique_ptr<BulkStatement> m_findCustomer[5];
};

Status ImportRun::prepare()
{
    sqlite3 *h = m_db.handle();
    m_findComplaint = std::make_unique<BulkStatement>(
        h, "SELECT id FROM complaint WHERE external_id = ?1 AND external_id <> '' "
           "UNION ALL SELECT id FROM complaint WHERE reference = ?1 LIMIT 1");
    m_insertComplaint = std::make_unique<BulkStatement>(
        h, "INSERT INTO complaint(id, reference, customer_id, channel_id, received_at, subject, "
           "description, category_id, severity, justified, status, assignee, product_ref, "
           "public_url, tags, external_id, created_at, updated_at, created_by, updated_by) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
           "?17, ?18, ?18)");
    m_insertLog = std::make_unique<BulkStatement>(
        h, "INSERT INTO change_log(change_id, table_name, row_id, op, fields, hlc, author, "
           "created_at) VALUES (?, ?, ?, 'insert', ?, ?, ?, ?)");
    m_insertCustomer = std::make_unique<BulkStatement>(
        h, "INSERT INTO customer(id, name, customer_number, email, phone, phone_norm, language, "
           "form_of_address, external_id, notes, created_at, updated_at, created_by, updated_by) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?12)");
    m_insertHandle = std::make_unique<BulkStatement>(
        h, "INSERT INTO customer_handle(id, customer_id, platform, handle, handle_norm, "
           "created_at, updated_at, created_by, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, "
           "?7, ?7)");
    // Customers by external id (an erased one keeps only a hash of it), number, e-mail, phone
    // and handle: the order registration uses too.
    const char *finds[5] = {
        "SELECT id, erased_at FROM customer WHERE (external_id = ?1 OR external_id = ?2) "
        "AND deleted_at IS NULL ORDER BY local_id LIMIT 1",
        "SELECT id, erased_at FROM customer WHERE customer_number = ?1 AND deleted_at IS NULL "
        "ORDER BY local_id LIMIT 1",
        "SELECT id, erased_at FROM customer WHERE email = ?1 COLLATE NOCASE AND deleted_at IS NULL "
        "ORDER BY local_id LIMIT 1",
        "SELECT id, erased_at FROM customer WHERE phone_norm = ?1 AND deleted_at IS NULL "
        "ORDER BY local_id LIMIT 1",
        "SELECT c.id, c.erased_at FROM customer_handle h JOIN customer c ON c.id = h.customer_id "
        "WHERE h.handle_norm = ?1 AND h.deleted_at IS NULL AND c.deleted_at IS NULL LIMIT 1"};
    for (int i = 0; i < 5; ++i)
        m_findCustomer[i] = std::make_unique<BulkStatement>(h, finds[i]);
    for (BulkStatement *s : {m_findComplaint.get(), m_insertComplaint.get(), m_insertLog.get(),
                             m_insertCustomer.get(), m_insertHandle.get(), m_findCustomer[0].get(),
                             m_findCustomer[1].get(), m_findCustomer[2].get(),
                             m_findCustomer[3].get(), m_findCustomer[4].get()})
        if (!s->ok())
            return s->toError(QStringLiteral("prepare import"));
    return {};
}

QString ImportRun::nextHlc()
{
    m_hlc = hlcTick(m_hlc, m_now, m_db.siteId());
    return m_hlc.toString();
}

Status ImportRun::logInsert(const QString &table, const QString &id, const QString &fields)
{
    BulkStatement &s = *m_insertLog;
    s.bind(1, uuid::v7(m_db.clock()));
    s.bind(2, table);
    s.bind(3, id);
    s.bind(4, fields);
    s.bind(5, nextHlc());
    s.bind(6, m_db.user());
    s.bind(7, m_now);
    return s.exec();
}

Result<QString> ImportRun::nextReference(int year)
{
    auto it = m_references.find(year);
    if (it == m_references.end()) {
        auto q = runQuery(m_db, QStringLiteral("SELECT last_number FROM reference_counter "
                                               "WHERE year = ?"),
                          {year});
        if (!q)
            return q.error();
        it = m_references.insert(year, q->next() ? q->value(0).toLongLong() : 0);
    }
    ++it.value();
    return QStringLiteral("KL-%1-%2").arg(year).arg(it.value(), 6, 10, QLatin1Char('0'));
}

Result<QString> ImportRun::channelId(const QString &word, bool &known)
{
    known = true;
    const QString key = word.trimmed().toLower();
    if (auto it = m_channels.constFind(key); it != m_channels.constEnd()) {
        known = !it.value().isEmpty();
        return it.value();
    }
    CatalogStore catalog(m_db);
    auto c = catalog.findChannel(word.trimmed());
    if (!c && !channelCodeForWord(word).isEmpty())
        c = catalog.findChannel(channelCodeForWord(word));
    const QString id = c ? c->meta.id : QString();
    m_channels.insert(key, id);
    known = !id.isEmpty();
    return id;
}

Result<QString> ImportRun::categoryId(const QString &word, bool &known)
{
    const QString key = word.trimmed().toLower();
    if (auto it = m_categories.constFind(key); it != m_categories.constEnd()) {
        known = !it.value().isEmpty();
        return it.value();
    }
    auto c = CatalogStore(m_db).findCategory(word.trimmed());
    const QString id = c ? c->meta.id : QString();
    m_categories.insert(key, id);
    known = !id.isEmpty();
    return id;
}

void ImportRun::reject(const CsvRecord &r, int col, const QString &reason)
{
    ++m_report.rejected;
    RowProblem p{r.line, columnName(col), reason, r.raw};
    if (m_rejects) {
        const QString line = QString::number(r.line) + u',' + csvCell(p.column) + u','
                             + csvCell(p.reason) + u',' + csvCell(r.raw) + u"\r\n"_qs;
        m_rejects->write(line.toUtf8());
    }
    if (m_report.problems.size() < kMaxProblemsKept)
        m_report.problems.append(std::move(p));
}

Result<QString> ImportRun::lookupCustomer(const QString &kind, const QString &value, bool &erased)
{
    erased = false;
    const QString key = kind + u':' + value;
    if (auto it = m_customerByKey.constFind(key); it != m_customerByKey.constEnd()) {
        erased = it.value().startsWith(u'!');
        return erased ? it.value().mid(1) : it.value();
    }
    static const QStringList kinds{u"x"_qs, u"n"_qs, u"e"_qs, u"p"_qs, u"h"_qs};
    BulkStatement &s = *m_findCustomer[kinds.indexOf(kind)];
    s.bind(1, value);
    if (kind == u"x")
        s.bind(2, QStringLiteral("erased:")
                      + QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(),
                                                                     QCryptographicHash::Sha256)
                                                .toHex()));
    QString id;
    if (s.step()) {
        id = s.columnText(0);
        erased = s.columnInt(1) != 0;
    }
    const QString err = s.error();
    s.reset();
    if (!err.isEmpty())
        return s.toError(QStringLiteral("find customer"));
    if (!id.isEmpty())
        m_customerByKey.insert(key, erased ? u'!' + id : id);
    return id;
}

Status ImportRun::insertCustomer(const Customer &c)
{
    BulkStatement &s = *m_insertCustomer;
    const QString phoneNorm = normalizePhone(c.phone);
    s.bind(1, c.meta.id);
    s.bind(2, c.name);
    s.bind(3, c.customerNumber);
    s.bind(4, c.email);
    s.bind(5, c.phone);
    s.bind(6, phoneNorm);
    s.bind(7, c.language);
    s.bind(8, toString(c.formOfAddress));
    s.bind(9, c.externalId);
    s.bind(10, c.notes);
    s.bind(11, m_now);
    s.bind(12, m_db.user());
    if (auto st = s.exec(); !st)
        return st;
    JsonFields f;
    f.add("created_at", m_now);
    f.add("created_by", m_db.user());
    f.add("customer_number", c.customerNumber);
    f.add("email", c.email);
    f.add("external_id", c.externalId);
    f.add("form_of_address", toString(c.formOfAddress));
    f.add("language", c.language);
    f.add("name", c.name);
    f.add("notes", c.notes);
    f.add("phone", c.phone);
    f.add("phone_norm", phoneNorm);
    f.addNull("preferred_channel_id");
    f.add("updated_at", m_now);
    f.add("updated_by", m_db.user());
    if (auto st = logInsert(QStringLiteral("customer"), c.meta.id, f.text()); !st)
        return st;
    for (const SocialHandle &h : c.handles) {
        const QString id = uuid::v7(m_db.clock());
        BulkStatement &hs = *m_insertHandle;
        hs.bind(1, id);
        hs.bind(2, c.meta.id);
        hs.bind(3, h.platform);
        hs.bind(4, h.handle);
        hs.bind(5, normalizeHandle(h.handle));
        hs.bind(6, m_now);
        hs.bind(7, m_db.user());
        if (auto st = hs.exec(); !st)
            return st;
        JsonFields hf;
        hf.add("created_at", m_now);
        hf.add("created_by", m_db.user());
        hf.add("customer_id", c.meta.id);
        hf.add("handle", h.handle);
        hf.add("handle_norm", normalizeHandle(h.handle));
        hf.add("platform", h.platform);
        hf.add("updated_at", m_now);
        hf.add("updated_by", m_db.user());
        if (auto st = logInsert(QStringLiteral("customer_handle"), id, hf.text()); !st)
            return st;
    }
    return {};
}

// "twitter:@jan" names its platform; a bare "@jan" takes the given default.
static SocialHandle handleFrom(const QString &text, const QString &defaultPlatform)
{
    const int colon = text.indexOf(u':');
    if (colon > 0 && !text.left(colon).contains(u'@'))
        return {text.left(colon).trimmed().toLower(), text.mid(colon + 1).trimmed()};
    return {defaultPlatform, text.trimmed()};
}

Result<QString> ImportRun::customerFor(const Row &row, QString &reason, int &badCol)
{
    Customer c;
    c.externalId = cell(row, "customer_external_id").trimmed();
    c.name = cell(row, "customer_name").trimmed();
    c.customerNumber = cell(row, "customer_number").trimmed();
    c.email = cell(row, "customer_email").trimmed();
    c.phone = cell(row, "customer_phone").trimmed();
    const QString handle = cell(row, "customer_handle").trimmed();
    if (!handle.isEmpty())
        c.handles.append(handleFrom(handle, QStringLiteral("twitter")));

    const QList<std::pair<QString, QString>> keys{
        {u"x"_qs, c.externalId},
        {u"n"_qs, c.customerNumber},
        {u"e"_qs, c.email.toLower()},
        {u"p"_qs, normalizePhone(c.phone).startsWith(u'+') ? normalizePhone(c.phone) : QString()},
        {u"h"_qs, c.handles.isEmpty() ? QString() : normalizeHandle(c.handles.first().handle)}};
    bool any = !c.name.isEmpty();
    for (const auto &[kind, value] : keys) {
        if (value.isEmpty())
            continue;
        any = true;
        bool erased = false;
        auto id = lookupCustomer(kind, value, erased);
        if (!id)
            return id.error();
        if (id->isEmpty())
            continue;
        if (erased) {
            reason = tr("this customer was erased at their request (AVG/GDPR) and is not "
                        "imported again");
            badCol = col("customer_external_id");
            return QString();
        }
        return *id;
    }
    if (!any) {
        // No customer columns at all: the complaints share one placeholder customer.
        if (m_unknownCustomerId.isEmpty()) {
            bool erased = false;
            auto id = lookupCustomer(u"x"_qs, u"kd:unknown-customer"_qs, erased);
            if (!id)
                return id.error();
            if (id->isEmpty()) {
                Customer u;
                u.meta.id = uuid::v7(m_db.clock());
                u.name = tr("Unknown customer (imported)");
                u.externalId = QStringLiteral("kd:unknown-customer");
                if (auto s = insertCustomer(u); !s)
                    return s.error();
                m_customerByKey.insert(u"x:kd:unknown-customer"_qs, u.meta.id);
                ++m_report.customersCreated;
                m_unknownCustomerId = u.meta.id;
            } else {
                m_unknownCustomerId = *id;
            }
        }
        return m_unknownCustomerId;
    }
    if (c.name.isEmpty() && c.email.isEmpty() && c.phone.isEmpty() && c.handles.isEmpty())
        c.name = tr("Customer %1").arg(c.externalId.isEmpty() ? c.customerNumber : c.externalId);
    if (auto v = validate(c); !v) {
        reason = v.error().message;
        const QString f = v.error().field;
        badCol = f == u"email" ? col("customer_email") : f == u"phone" ? col("customer_phone")
                                                                       : col("customer_name");
        return QString();
    }
    c.meta.id = uuid::v7(m_db.clock());
    if (auto s = insertCustomer(c); !s)
        return s.error();
    ++m_report.customersCreated;
    for (const auto &[kind, value] : keys)
        if (!value.isEmpty())
            m_customerByKey.insert(kind + u':' + value, c.meta.id);
    return c.meta.id;
}

Status ImportRun::importComplaint(const CsvRecord &record)
{
    const Row row{&record};
    const QString description = cell(row, "description");
    if (description.trimmed().isEmpty()) {
        reject(record, col("description"), tr("no description: the customer's words are empty"));
        return {};
    }
    if (description.size() > 200000) {
        reject(record, col("description"), tr("the description is longer than 200,000 characters"));
        return {};
    }
    const QString subject = cell(row, "subject").trimmed();
    if (subject.size() > 300) {
        reject(record, col("subject"), tr("the subject is longer than 300 characters"));
        return {};
    }
    qint64 received = m_now;
    if (col("received_at") >= 0) {
        const QString text = cell(row, "received_at");
        const auto t = m_parser.parse(text);
        if (text.trimmed().isEmpty() || !t) {
            reject(record, col("received_at"),
                   text.trimmed().isEmpty()
                       ? tr("no date")
                       : tr("\"%1\" is not a date (expected e.g. 31-12-2026, 2026-12-31 or "
                            "2026-12-31T14:05:00Z)")
                             .arg(text));
            return {};
        }
        received = t->toMSecsSinceEpoch();
    }
    QString channel = m_defaultChannelId;
    const QString channelWord = cell(row, "channel");
    if (!channelWord.trimmed().isEmpty()) {
        bool known = false;
        auto id = channelId(channelWord, known);
        if (!id)
            return id.error();
        if (known)
            channel = *id;
        else if (m_defaultChannelId.isEmpty()) {
            reject(record, col("channel"),
                   tr("unknown channel \"%1\" (use a channel code such as email, phone, letter, "
                      "webform, twitter, or give a default channel)")
                       .arg(channelWord));
            return {};
        }
    }
    if (channel.isEmpty()) {
        reject(record, col("channel"), tr("no channel, and no default channel was given"));
        return {};
    }
    QString category;
    const QString categoryWord = cell(row, "category");
    if (!categoryWord.trimmed().isEmpty()) {
        bool known = false;
        auto id = categoryId(categoryWord, known);
        if (!id)
            return id.error();
        if (!known) {
            reject(record, col("category"), tr("unknown category \"%1\"").arg(categoryWord));
            return {};
        }
        category = *id;
    }
    Severity severity = Severity::Normal;
    if (const QString w = cell(row, "severity"); !w.trimmed().isEmpty()) {
        const auto v = parseSeverityWord(w);
        if (!v) {
            reject(record, col("severity"),
                   tr("unknown severity \"%1\" (use low, normal, high, critical or laag, "
                      "normaal, hoog, kritiek)")
                       .arg(w));
            return {};
        }
        severity = *v;
    }
    Justified justified = Justified::Unknown;
    if (const QString w = cell(row, "justified"); !w.trimmed().isEmpty()) {
        const auto v = parseJustifiedWord(w);
        if (!v) {
            reject(record, col("justified"),
                   tr("unknown value \"%1\" (use yes, partly, no, unknown or terecht, deels, "
                      "onterecht, onbekend)")
                       .arg(w));
            return {};
        }
        justified = *v;
    }
    ComplaintStatus status = ComplaintStatus::New;
    if (const QString w = cell(row, "status"); !w.trimmed().isEmpty()) {
        const auto v = parseStatusWord(w);
        if (!v) {
            reject(record, col("status"),
                   tr("unknown status \"%1\" (use new, in_progress, waiting, resolved, closed or "
                      "nieuw, in behandeling, opgelost, gesloten)")
                       .arg(w));
            return {};
        }
        status = *v;
    }
    QString externalId = cell(row, "external_id").trimmed();
    if (externalId.isEmpty()) {
        // Without an id of its own a row is known by its content, so re-importing the file
        // still changes nothing.
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const QString &f : record.fields) {
            hash.addData(f.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        externalId = QStringLiteral("row:") + QString::fromLatin1(hash.result().toHex().left(24));
    }
    if (auto it = m_seen.constFind(externalId); it != m_seen.constEnd()) {
        reject(record, col("external_id"),
               externalId.startsWith(QLatin1String("row:"))
                   ? tr("the same row appears again (first on line %1)").arg(it.value())
                   : tr("the id \"%1\" appears again (first on line %2)")
                         .arg(externalId)
                         .arg(it.value()));
        return {};
    }
    m_seen.insert(externalId, record.line);
    {
        BulkStatement &s = *m_findComplaint;
        s.bind(1, externalId);
        const bool exists = s.step();
        const QString err = s.error();
        s.reset();
        if (!err.isEmpty())
            return s.toError(QStringLiteral("find complaint"));
        if (exists) {
            ++m_report.unchanged;
            return {};
        }
    }
    QString reason;
    int badCol = -1;
    auto customer = customerFor(row, reason, badCol);
    if (!customer)
        return customer.error();
    if (customer->isEmpty()) {
        reject(record, badCol, reason);
        return {};
    }
    QStringList tagList;
    for (const QString &t : cell(row, "tags").split(QRegularExpression(QStringLiteral("[,;]")),
                                                    Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            tagList << t.trimmed();
    const QString tags = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tagList)).toJson(QJsonDocument::Compact));
    auto reference = nextReference(QDateTime::fromMSecsSinceEpoch(received, Qt::UTC).date().year());
    if (!reference)
        return reference.error();
    const QString id = uuid::v7(m_db.clock());
    const QString assignee = cell(row, "assignee").trimmed();
    const QString product = cell(row, "product_ref").trimmed();
    const QString url = cell(row, "public_url").trimmed();
    BulkStatement &s = *m_insertComplaint;
    s.bind(1, id);
    s.bind(2, *reference);
    s.bind(3, *customer);
    s.bind(4, channel);
    s.bind(5, received);
    s.bind(6, subject);
    s.bind(7, description);
    if (category.isEmpty())
        s.bindNull(8);
    else
        s.bind(8, category);
    s.bind(9, toString(severity));
    s.bind(10, toString(justified));
    s.bind(11, toString(status));
    s.bind(12, assignee);
    s.bind(13, product);
    s.bind(14, url);
    s.bind(15, tags);
    s.bind(16, externalId);
    s.bind(17, m_now);
    s.bind(18, m_db.user());
    if (auto st = s.exec(); !st)
        return st;
    JsonFields f;
    f.add("assignee", assignee);
    if (category.isEmpty())
        f.addNull("category_id");
    else
        f.add("category_id", category);
    f.add("channel_id", channel);
    f.add("created_at", m_now);
    f.add("created_by", m_db.user());
    f.add("customer_id", *customer);
    f.add("description", description);
    f.add("external_id", externalId);
    f.add("justified", toString(justified));
    f.add("product_ref", product);
    f.add("public_url", url);
    f.add("received_at", received);
    f.add("reference", *reference);
    f.add("severity", toString(severity));
    f.add("status", toString(status));
    f.add("subject", subject);
    f.add("tags", tags);
    f.add("updated_at", m_now);
    f.add("updated_by", m_db.user());
    if (auto st = logInsert(QStringLiteral("complaint"), id, f.text()); !st)
        return st;
    ++m_report.inserted;
    return {};
}

Status ImportRun::importCustomer(const CsvRecord &record)
{
    const Row row{&record};
    Customer c;
    c.externalId = cell(row, "external_id").trimmed();
    c.name = cell(row, "name").trimmed();
    c.customerNumber = cell(row, "customer_number").trimmed();
    c.email = cell(row, "email").trimmed();
    c.phone = cell(row, "phone").trimmed();
    c.language = cell(row, "language").trimmed().toLower();
    c.notes = cell(row, "notes");
    const QString handle = cell(row, "handle").trimmed();
    if (!handle.isEmpty())
        c.handles.append(handleFrom(handle, QStringLiteral("twitter")));
    if (const QString w = cell(row, "form_of_address"); !w.trimmed().isEmpty()) {
        const auto v = parseFormOfAddressWord(w);
        if (!v) {
            reject(record, col("form_of_address"),
                   tr("unknown form of address \"%1\" (use je, u, informal or formal)").arg(w));
            return {};
        }
        c.formOfAddress = *v;
    }
    const QString key = !c.externalId.isEmpty()       ? u"x:"_qs + c.externalId
                        : !c.customerNumber.isEmpty() ? u"n:"_qs + c.customerNumber
                        : !c.email.isEmpty()          ? u"e:"_qs + c.email.toLower()
                                                      : QString();
    if (!key.isEmpty()) {
        if (auto it = m_seen.constFind(key); it != m_seen.constEnd()) {
            const int badCol = key.startsWith(u"x:") ? col("external_id")
                               : key.startsWith(u"n:") ? col("customer_number")
                                                       : col("email");
            reject(record, badCol,
                   tr("the customer \"%1\" appears again (first on line %2)")
                       .arg(key.mid(2))
                       .arg(it.value()));
            return {};
        }
        m_seen.insert(key, record.line);
    }
    if (auto v = validate(c); !v) {
        const QString f = v.error().field;
        reject(record, f == u"email" ? col("email") : f == u"phone" ? col("phone") : col("name"),
               v.error().message);
        return {};
    }
    QString existing;
    for (const auto &[kind, value] : QList<std::pair<QString, QString>>{
             {u"x"_qs, c.externalId}, {u"n"_qs, c.customerNumber}, {u"e"_qs, c.email.toLower()}}) {
        if (value.isEmpty())
            continue;
        bool erased = false;
        auto id = lookupCustomer(kind, value, erased);
        if (!id)
            return id.error();
        if (id->isEmpty())
            continue;
        if (erased) {
            reject(record, col("external_id"),
                   tr("this customer was erased at their request (AVG/GDPR) and is not imported "
                      "again"));
            return {};
        }
        existing = *id;
        break;
    }
    if (existing.isEmpty()) {
        c.meta.id = uuid::v7(m_db.clock());
        if (auto s = insertCustomer(c); !s)
            return s;
        ++m_report.inserted;
        if (!c.externalId.isEmpty())
            m_customerByKey.insert(u"x:"_qs + c.externalId, c.meta.id);
        if (!c.customerNumber.isEmpty())
            m_customerByKey.insert(u"n:"_qs + c.customerNumber, c.meta.id);
        if (!c.email.isEmpty())
            m_customerByKey.insert(u"e:"_qs + c.email.toLower(), c.meta.id);
        return {};
    }

    // A known customer: the file's non-empty values win; the rest stays as it is. Updates are
    // rare next to inserts, so they go through RowWriter like any edit.
    QVariantMap columns;
    auto put = [&](const char *field, const char *column, const QString &value) {
        if (this->col(field) >= 0 && !value.isEmpty())
            columns.insert(QString::fromLatin1(column), value);
    };
    put("name", "name", c.name);
    put("customer_number", "customer_number", c.customerNumber);
    put("email", "email", c.email);
    put("phone", "phone", c.phone);
    if (col("phone") >= 0 && !c.phone.isEmpty())
        columns.insert(QStringLiteral("phone_norm"), normalizePhone(c.phone));
    put("language", "language", c.language);
    put("notes", "notes", c.notes);
    if (col("form_of_address") >= 0 && c.formOfAddress != FormOfAddress::Unknown)
        columns.insert(QStringLiteral("form_of_address"), toString(c.formOfAddress));
    flushHlc();
    RowWriter writer(m_db);
    bool changed = false;
    if (!columns.isEmpty()) {
        auto changes = writer.update(QStringLiteral("customer"), existing, columns);
        if (!changes)
            return changes.error();
        changed = !changes->isEmpty();
    }
    for (const SocialHandle &h : c.handles) {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT 1 FROM customer_handle WHERE customer_id = ? AND "
                                         "handle_norm = ? AND deleted_at IS NULL"),
                          {existing, normalizeHandle(h.handle)});
        if (!q)
            return q.error();
        if (q->next())
            continue;
        if (auto s = writer.insert(QStringLiteral("customer_handle"), uuid::v7(m_db.clock()),
                                   {{u"customer_id"_qs, existing},
                                    {u"platform"_qs, h.platform},
                                    {u"handle"_qs, h.handle},
                                    {u"handle_norm"_qs, normalizeHandle(h.handle)}});
            !s)
            return s;
        changed = true;
    }
    loadHlc();
    ++(changed ? m_report.updated : m_report.unchanged);
    return {};
}

Status ImportRun::handleRecord(const CsvRecord &record)
{
    ++m_report.rows;
    if (!record.problem.isEmpty()) {
        reject(record, -1, record.problem);
        return {};
    }
    const qsizetype expected = m_report.layout.header.size();
    if (record.fields.size() < expected) {
        reject(record, -1,
               tr("the row has %1 columns, the header has %2 (a line break or delimiter inside "
                  "an unquoted value?)")
                   .arg(record.fields.size())
                   .arg(expected));
        return {};
    }
    for (qsizetype i = expected; i < record.fields.size(); ++i)
        if (!record.fields.at(i).trimmed().isEmpty()) {
            reject(record, -1,
                   tr("the row has %1 columns, the header has %2 (a delimiter inside an unquoted "
                      "value?)")
                       .arg(record.fields.size())
                       .arg(expected));
            return {};
        }
    if (!record.note.isEmpty() && m_report.notes.size() < 50)
        m_report.notes << tr("line %1: %2").arg(record.line).arg(record.note);
    return m_options.kind == ImportKind::Complaints ? importComplaint(record)
                                                    : importCustomer(record);
}

Status ImportRun::finish()
{
    for (auto it = m_references.cbegin(); it != m_references.cend(); ++it)
        if (auto s = runStatement(m_db,
                                  QStringLiteral("INSERT INTO reference_counter(year, last_number) "
                                                 "VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET "
                                                 "last_number = max(last_number, "
                                                 "excluded.last_number)"),
                                  {it.key(), it.value()});
            !s)
            return s;
    flushHlc();
    const QJsonObject detail{{u"kind"_qs, toString(m_options.kind)},
                             {u"file"_qs, m_options.sourceName},
                             {u"rows"_qs, m_report.rows},
                             {u"inserted"_qs, m_report.inserted},
                             {u"updated"_qs, m_report.updated},
                             {u"rejected"_qs, m_report.rejected}};
    return RowWriter(m_db).insert(
        QStringLiteral("privacy_action"), uuid::v7(m_db.clock()),
        {{u"action"_qs, u"import"_qs},
         {u"customer_id"_qs, QVariant()},
         {u"detail"_qs, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}});
}

Status ImportRun::execute(CsvReader &reader)
{
    m_now = m_db.clock().nowMs();
    const QStringList &header = m_report.layout.header;

    // Read ahead a little: the date order of an all-numeric date column is decided on them.
    std::deque<CsvRecord> ahead;
    CsvRecord record;
    while (ahead.size() < kSampleRows && reader.next(record))
        ahead.push_back(std::move(record));
    for (auto it = m_report.mapping.cbegin(); it != m_report.mapping.cend(); ++it)
        m_fieldCol.insert(it.value(), it.key());
    if (m_options.kind == ImportKind::Complaints) {
        if (col("description") < 0)
            return invalid(QStringLiteral("mapping"),
                           tr("No column is mapped to the description (the customer's words). "
                              "Map one, e.g. --map \"%1=description\".")
                               .arg(header.value(0)));
        if (col("received_at") < 0)
            m_report.notes << tr("No date column is mapped: every complaint gets the time of the "
                                 "import as its received time.");
    } else if (col("name") < 0 && col("email") < 0 && col("phone") < 0 && col("handle") < 0) {
        return invalid(QStringLiteral("mapping"),
                       tr("Map at least the name, e-mail, phone or handle of the customers."));
    }
    DateOrder order = m_options.dateOrder;
    if (order == DateOrder::Auto && col("received_at") >= 0) {
        QStringList samples;
        for (const CsvRecord &r : ahead)
            samples << r.fields.value(col("received_at"));
        order = guessDateOrder(samples);
    }
    m_report.dateOrder = order;
    m_parser = DateParser(order, QTimeZone(m_options.timeZone.toUtf8()));

    if (!m_options.defaultChannel.isEmpty()) {
        bool known = false;
        auto id = channelId(m_options.defaultChannel, known);
        if (!id)
            return id.error();
        if (!known)
            return invalid(QStringLiteral("--channel"),
                           tr("\"%1\" is not a channel.").arg(m_options.defaultChannel));
        m_defaultChannelId = *id;
    }
    if (!m_options.rejectsPath.isEmpty()) {
        m_rejects = std::make_unique<QFile>(m_options.rejectsPath);
        if (!m_rejects->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(ErrorCode::Io, tr("Cannot write the rejects file %1: %2")
                                                .arg(m_options.rejectsPath,
                                                     m_rejects->errorString()));
        m_rejects->write("\xEF\xBB\xBFline,column,reason,original\r\n");
        m_report.rejectsPath = m_options.rejectsPath;
    }

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    loadHlc();
    if (auto s = prepare(); !s)
        return s;
    ImportProgress progress;
    progress.totalBytes = reader.totalBytes();
    auto report = [&]() {
        progress.rows = m_report.rows;
        progress.bytesRead = reader.bytesRead();
        progress.inserted = m_report.inserted;
        progress.rejected = m_report.rejected;
        return !m_options.progress || m_options.progress(progress);
    };
    for (;;) {
        if (!ahead.empty()) {
            record = std::move(ahead.front());
            ahead.pop_front();
        } else if (!reader.next(record)) {
            break;
        }
        if (auto s = handleRecord(record); !s) {
            Error e = s.error();
            e.where = tr("line %1").arg(record.line);
            return e;
        }
        if (m_report.rows % kProgressEvery == 0 && !report()) {
            m_report.cancelled = true;
            return {}; // the transaction rolls back: nothing half-imported stays
        }
    }
    if (!reader.ioError().isEmpty())
        return makeError(ErrorCode::Io,
                         tr("Reading the file failed after line %1: %2; nothing was imported.")
                             .arg(record.lastLine)
                             .arg(reader.ioError()));
    m_report.blankLines = reader.blankLines();
    if (!report()) {
        m_report.cancelled = true;
        return {};
    }
    if (auto s = finish(); !s)
        return s;
    // The statements must be gone before COMMIT/ROLLBACK, or SQLite keeps them busy.
    m_findComplaint.reset();
    m_insertComplaint.reset();
    m_insertLog.reset();
    m_insertCustomer.reset();
    m_insertHandle.reset();
    for (auto &s : m_findCustomer)
        s.reset();
    if (m_options.dryRun)
        return {}; // rolled back by the transaction's destructor
    return tx.commit();
}

Importer::Importer(Database &db) : m_db(db) {}

namespace {

// Opens the reader and settles the mapping: given, remembered, guessed, then --map pairs.
Status openAndMap(Database &db, CsvReader &reader, QIODevice *device,
                  const ImportOptions &options, ColumnMapping &mapping, bool &remembered)
{
    if (auto s = reader.open(device); !s)
        return s;
    const QStringList &header = reader.layout().header;
    remembered = false;
    if (options.mapping) {
        mapping = *options.mapping;
    } else {
        auto saved = loadMapping(db, options.kind, header);
        if (!saved)
            return saved.error();
        if (saved->has_value()) {
            mapping = **saved;
            remembered = true;
        } else {
            mapping = guessMapping(options.kind, header);
        }
    }
    auto adjusted = applyMappingPairs(options.kind, header, mapping, options.mapPairs);
    if (!adjusted)
        return adjusted.error();
    mapping = *adjusted;
    return {};
}

} // namespace

Result<ImportPreview> Importer::preview(const QString &path, const ImportOptions &options, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot open %1: %2").arg(path, file.errorString()));
    CsvReader reader(options.csv);
    ImportPreview out;
    if (auto s = openAndMap(m_db, reader, &file, options, out.mapping, out.mappingRemembered); !s)
        return s.error();
    out.layout = reader.layout();
    CsvRecord r;
    while (out.rows.size() < rows && reader.next(r))
        out.rows.append(r.fields);
    int dateCol = -1;
    for (auto it = out.mapping.cbegin(); it != out.mapping.cend(); ++it)
        if (it.value() == u"received_at")
            dateCol = it.key();
    QStringList samples;
    for (const QStringList &row : std::as_const(out.rows))
        samples << row.value(dateCol);
    out.dateOrder = options.dateOrder != DateOrder::Auto ? options.dateOrder
                                                         : guessDateOrder(samples);
    return out;
}

Result<ImportReport> Importer::run(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot open %1: %2").arg(path, file.errorString()));
    ImportOptions o = options;
    if (o.sourceName.isEmpty())
        o.sourceName = QFileInfo(path).fileName();
    return run(&file, o);
}

Result<ImportReport> Importer::run(QIODevice *device, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.dryRun = options.dryRun;
    CsvReader reader(options.csv);
    bool remembered = false;
    if (auto s = openAndMap(m_db, reader, device, options, report.mapping, remembered); !s)
        return s.error();
    report.layout = reader.layout();
    if (!report.layout.skippedLines.isEmpty())
        report.notes << QCoreApplication::translate(
            "kd::Importer", "%n line(s) before the header were skipped (not part of the table).",
            nullptr, int(report.layout.skippedLines.size()));
    ImportRun run(m_db, options, report);
    if (auto s = run.execute(reader); !s)
        return s.error();
    if (!options.dryRun && !report.cancelled && options.rememberMapping)
        (void)saveMapping(m_db, options.kind, report.layout.header, report.mapping,
                          {{u"delimiter"_qs, QString(report.layout.delimiter)},
                           {u"encoding"_qs, toString(report.layout.encoding)},
                           {u"date_order"_qs, toString(report.dateOrder)}});
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace kd
