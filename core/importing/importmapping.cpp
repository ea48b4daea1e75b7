// Field list, header-name synonyms and remembered mappings.
#include "importmapping.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd", text);
}

// Lower case letters and digits only: "E-mailadres " and "emailadres" compare equal.
QString normHeader(const QString &h)
{
    QString out;
    for (const QChar c : h.toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

// Header names per field, normalised; the first field whose list has the name wins.
const QList<std::pair<QString, QStringList>> &synonyms(ImportKind kind)
{
    static const QList<std::pair<QString, QStringList>> complaints{
        {QStringLiteral("external_id"),
         {u"id"_qs, u"externalid"_qs, u"complaintid"_qs, u"klachtid"_qs, u"klachtnummer"_qs,
          u"ticket"_qs, u"ticketid"_qs, u"ticketnummer"_qs, u"caseid"_qs, u"zaaknummer"_qs,
          u"tweetid"_qs, u"kenmerk"_qs, u"reference"_qs}},
        {QStringLiteral("received_at"),
         {u"receivedat"_qs, u"received"_qs, u"datereceived"_qs, u"date"_qs, u"datum"_qs,
          u"datumontvangst"_qs, u"ontvangen"_qs, u"ontvangstdatum"_qs, u"createdat"_qs,
          u"created"_qs, u"aangemaakt"_qs, u"datumtijd"_qs, u"timestamp"_qs, u"tijdstip"_qs,
          u"reviewdate"_qs, u"submittedat"_qs, u"datecreated"_qs, u"aanmaakdatum"_qs,
          u"meldingsdatum"_qs}},
        {QStringLiteral("subject"),
         {u"subject"_qs, u"onderwerp"_qs, u"title"_qs, u"titel"_qs, u"issue"_qs}},
        {QStringLiteral("description"),
         {u"description"_qs, u"omschrijving"_qs, u"beschrijving"_qs, u"complaint"_qs,
          u"klacht"_qs, u"text"_qs, u"tekst"_qs, u"body"_qs, u"message"_qs, u"bericht"_qs,
          u"consumercomplaintnarrative"_qs, u"narrative"_qs, u"review"_qs, u"toelichting"_qs,
          u"klachttekst"_qs, u"reviewtext"_qs, u"reviewbody"_qs, u"comment"_qs, u"comments"_qs,
          u"opmerking"_qs, u"feedback"_qs, u"melding"_qs, u"inhoud"_qs, u"content"_qs}},
        {QStringLiteral("channel"),
         {u"channel"_qs, u"kanaal"_qs, u"submittedvia"_qs, u"bron"_qs, u"source"_qs,
          u"medium"_qs}},
        {QStringLiteral("category"), {u"category"_qs, u"categorie"_qs, u"soort"_qs, u"rubriek"_qs}},
        {QStringLiteral("severity"),
         {u"severity"_qs, u"ernst"_qs, u"priority"_qs, u"prioriteit"_qs, u"urgentie"_qs}},
        {QStringLiteral("justified"), {u"justified"_qs, u"terecht"_qs, u"gegrond"_qs}},
        {QStringLiteral("status"), {u"status"_qs, u"state"_qs, u"stand"_qs}},
        {QStringLiteral("assignee"),
         {u"assignee"_qs, u"behandelaar"_qs, u"medewerker"_qs, u"agent"_qs}},
        {QStringLiteral("product_ref"),
         {u"product"_qs, u"productref"_qs, u"order"_qs, u"ordernummer"_qs, u"bestelnummer"_qs,
          u"ordernumber"_qs}},
        {QStringLiteral("public_url"), {u"url"_qs, u"publicurl"_qs, u"link"_qs}},
        {QStringLiteral("tags"), {u"tags"_qs, u"labels"_qs, u"trefwoorden"_qs}},
        {QStringLiteral("customer_external_id"),
         {u"customerid"_qs, u"klantid"_qs, u"authorid"_qs, u"customerexternalid"_qs,
          u"relatieid"_qs, u"crmid"_qs}},
        {QStringLiteral("customer_name"),
         {u"customername"_qs, u"klantnaam"_qs, u"naam"_qs, u"name"_qs, u"klant"_qs,
          u"customer"_qs, u"author"_qs}},
        {QStringLiteral("customer_number"),
         {u"customernumber"_qs, u"klantnummer"_qs, u"debiteurnummer"_qs, u"relatienummer"_qs}},
        {QStringLiteral("customer_email"),
         {u"email"_qs, u"emailadres"_qs, u"mail"_qs, u"customeremail"_qs, u"mailadres"_qs}},
        {QStringLiteral("customer_phone"),
         {u"phone"_qs, u"telefoon"_qs, u"telefoonnummer"_qs, u"tel"_qs, u"mobiel"_qs,
          u"phonenumber"_qs, u"customerphone"_qs}},
        {QStringLiteral("customer_handle"),
         {u"handle"_qs, u"twitter"_qs, u"account"_qs, u"gebruikersnaam"_qs, u"username"_qs,
          u"screenname"_qs, u"customerhandle"_qs}},
    };
    static const QList<std::pair<QString, QStringList>> customers{
        {QStringLiteral("external_id"),
         {u"id"_qs, u"externalid"_qs, u"customerid"_qs, u"klantid"_qs, u"relatieid"_qs,
          u"crmid"_qs}},
        {QStringLiteral("name"),
         {u"name"_qs, u"naam"_qs, u"customername"_qs, u"klantnaam"_qs, u"volledigenaam"_qs,
          u"fullname"_qs}},
        {QStringLiteral("customer_number"),
         {u"customernumber"_qs, u"klantnummer"_qs, u"debiteurnummer"_qs, u"relatienummer"_qs}},
        {QStringLiteral("email"), {u"email"_qs, u"emailadres"_qs, u"mail"_qs, u"mailadres"_qs}},
        {QStringLiteral("phone"),
         {u"phone"_qs, u"telefoon"_qs, u"telefoonnummer"_qs, u"tel"_qs, u"mobiel"_qs,
          u"phonenumber"_qs}},
        {QStringLiteral("handle"),
         {u"handle"_qs, u"twitter"_qs, u"account"_qs, u"gebruikersnaam"_qs, u"username"_qs}},
        {QStringLiteral("language"), {u"language"_qs, u"taal"_qs}},
        {QStringLiteral("form_of_address"),
         {u"formofaddress"_qs, u"aanspreekvorm"_qs, u"aanhef"_qs}},
        {QStringLiteral("notes"), {u"notes"_qs, u"notities"_qs, u"opmerkingen"_qs, u"memo"_qs}},
    };
    return kind == ImportKind::Complaints ? complaints : customers;
}

} // namespace

QString toString(ImportKind kind)
{
    return kind == ImportKind::Complaints ? QStringLiteral("complaints") : QStringLiteral("customers");
}

std::optional<ImportKind> parseImportKind(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("complaints") || t == QLatin1String("complaint"))
        return ImportKind::Complaints;
    if (t == QLatin1String("customers") || t == QLatin1String("customer"))
        return ImportKind::Customers;
    return std::nullopt;
}

const QList<ImportField> &importFields(ImportKind kind)
{
    static const QList<ImportField> complaints{
        {u"external_id"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Complaint id (external)")},
        {u"received_at"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Received (date and time)")},
        {u"subject"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Subject")},
        {u"description"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Description (customer's words)"), true},
        {u"channel"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Channel")},
        {u"category"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Category")},
        {u"severity"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Severity")},
        {u"justified"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Justified")},
        {u"status"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Status")},
        {u"assignee"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Assignee (login)")},
        {u"product_ref"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Product or order")},
        {u"public_url"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Public URL")},
        {u"tags"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Tags (comma-separated)")},
        {u"customer_external_id"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Customer id in the customer-service system")},
        {u"customer_name"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Customer name")},
        {u"customer_number"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Customer number")},
        {u"customer_email"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Customer e-mail")},
        {u"customer_phone"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Customer phone")},
        {u"customer_handle"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Customer social handle")},
    };
    static const QList<ImportField> customers{
        {u"external_id"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Id in the customer-service system")},
        {u"name"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Name")},
        {u"customer_number"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Customer number")},
        {u"email"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "E-mail")},
        {u"phone"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Phone")},
        {u"handle"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Social handle")},
        {u"language"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Language")},
        {u"form_of_address"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Form of address (je/u)")},
        {u"notes"_qs, QT_TRANSLATE_NOOP("kd::ImportMapping", "Notes")},
    };
    return kind == ImportKind::Complaints ? complaints : customers;
}

bool isImportField(ImportKind kind, const QString &key)
{
    for (const ImportField &f : importFields(kind))
        if (f.key == key)
            return true;
    return false;
}

ColumnMapping guessMapping(ImportKind kind, const QStringList &header)
{
    // Field by field, in the order of the lists, the column whose name comes first in the
    // field's list: "Omschrijving" takes the description before a "Opmerking" to its left.
    // Each column goes to one field.
    QStringList names;
    for (const QString &h : header)
        names << normHeader(h);
    ColumnMapping mapping;
    for (const auto &[field, synonymsOfField] : synonyms(kind)) {
        int best = -1;
        qsizetype bestRank = synonymsOfField.size();
        for (int col = 0; col < names.size(); ++col) {
            const qsizetype rank = synonymsOfField.indexOf(names.at(col));
            if (rank >= 0 && rank < bestRank && !mapping.contains(col)) {
                best = col;
                bestRank = rank;
            }
        }
        if (best >= 0)
            mapping.insert(best, field);
    }
    return mapping;
}

Result<ColumnMapping> applyMappingPairs(ImportKind kind, const QStringList &header,
                                        ColumnMapping mapping, const QStringList &pairs)
{
    for (const QString &pair : pairs) {
        const int eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return invalid(QStringLiteral("--map"),
                           tr("\"%1\" is not COLUMN=FIELD, e.g. \"Datum=received_at\".").arg(pair));
        const QString column = pair.left(eq).trimmed();
        const QString field = pair.mid(eq + 1).trimmed();
        int col = -1;
        for (int i = 0; i < header.size(); ++i)
            if (header.at(i).compare(column, Qt::CaseInsensitive) == 0)
                col = i;
        bool number = false;
        const int n = column.toInt(&number);
        if (col < 0 && number && n >= 1 && n <= header.size())
            col = n - 1;
        if (col < 0)
            return invalid(QStringLiteral("--map"),
                           tr("The file has no column \"%1\". Its columns are: %2.")
                               .arg(column, header.join(QStringLiteral(", "))));
        if (field.isEmpty() || field == QLatin1String("ignore")) {
            mapping.remove(col);
            continue;
        }
        if (!isImportField(kind, field)) {
            QStringList keys;
            for (const ImportField &f : importFields(kind))
                keys << f.key;
            return invalid(QStringLiteral("--map"),
                           tr("\"%1\" is not a field of %2. Use one of: %3.")
                               .arg(field, toString(kind), keys.join(QStringLiteral(", "))));
        }
        // A field comes from one column: mapping it again moves it.
        for (auto it = mapping.begin(); it != mapping.end();)
            it = it.value() == field ? mapping.erase(it) : std::next(it);
        mapping.insert(col, field);
    }
    return mapping;
}

QJsonObject mappingToJson(const QStringList &header, const ColumnMapping &mapping)
{
    QJsonObject o;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        if (it.key() < header.size())
            o.insert(header.at(it.key()), it.value());
    return o;
}

Result<ColumnMapping> mappingFromJson(ImportKind kind, const QStringList &header,
                                      const QJsonObject &json)
{
    QStringList pairs;
    for (auto it = json.begin(); it != json.end(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value().toString();
    return applyMappingPairs(kind, header, {}, pairs);
}

QString headerKey(const QStringList &header)
{
    QStringList parts;
    for (const QString &h : header)
        parts << normHeader(h);
    return parts.join(QLatin1Char('|'));
}

Status saveMapping(Database &db, ImportKind kind, const QStringList &header,
                   const ColumnMapping &mapping, const QJsonObject &options)
{
    const QString json = QString::fromUtf8(
        QJsonDocument(mappingToJson(header, mapping)).toJson(QJsonDocument::Compact));
    const QString opts = QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact));
    return runStatement(db,
                        QStringLiteral("INSERT INTO import_mapping(kind, header_key, mapping, "
                                       "options, updated_at) VALUES (?, ?, ?, ?, ?) "
                                       "ON CONFLICT(kind, header_key) DO UPDATE SET "
                                       "mapping = excluded.mapping, options = excluded.options, "
                                       "updated_at = excluded.updated_at"),
                        {toString(kind), headerKey(header), json, opts, db.clock().nowMs()});
}

Result<std::optional<ColumnMapping>> loadMapping(Database &db, ImportKind kind,
                                                 const QStringList &header)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT mapping FROM import_mapping WHERE kind = ? AND "
                                     "header_key = ?"),
                      {toString(kind), headerKey(header)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ColumnMapping>{};
    auto m = mappingFromJson(kind, header,
                             QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    if (!m)
        return m.error();
    return std::optional<ColumnMapping>(*m);
}

} // namespace kd
