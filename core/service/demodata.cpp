// Demo complaints written the way customers write them, per default category.
#include "demodata.h"

#include "storage/catalogstore.h"
#include "storage/complaintstore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"
#include "sync/syncengine.h"
#include "domain/uuid.h"
#include "workflow/eventtime.h"
#include "workflow/workflowservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QTimeZone>
#include <QRandomGenerator>

namespace kd {
namespace {

// The local_state key loadDemoData sets (holdsDemoData).
constexpr char kDemoDataKey[] = "demo_data";

const char *const kFirstNames[] = {
    "Jan", "Sanne", "Pieter", "Fatima", "Kees", "Lotte", "Mohamed", "Anouk", "Willem", "Emma",
    "Bram", "Noor", "Daan", "Sophie", "Ahmed", "Julia", "Thijs", "Eva", "Ruud", "Lisa", "Mehmet",
    "Iris", "Gert-Jan", "Fleur", "Henk", "Yara", "Sem", "Maaike", "Joost", "Ilse", "Marco", "Esra",
    "Bas", "Femke", "Rik", "Zeynep", "Hans", "Merel", "Tom", "Ingrid"};
const char *const kLastNames[] = {
    "de Vries", "Jansen", "van den Berg", "Bakker", "El Amrani", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Yılmaz",
    "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok",
    "Jacobs", "Çelik", "van Leeuwen", "Willems", "Schouten"};
const char *const kAgents[] = {"marieke", "youssef", "daan", "petra"};
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
const char *const kPromises[] = {"Wij bellen u terug over de planning.",
                                 "Gecorrigeerde factuur per e-mail sturen.",
                                 "Terugbetaling van de bezorgkosten bevestigen.",
                                 "Nieuwe leverdatum doorgeven."};
const char *const kSolutions[] = {
    "Product met voorrang opnieuw geleverd, bezorgkosten teruggestort.",
    "Factuur gecorrigeerd en het te veel betaalde bedrag teruggestort.",
    "Monteur ingepland; reparatie uitgevoerd onder garantie.",
    "Excuses aangeboden en het gesprek met de medewerker nabesproken.",
    "Retour digitaal afgehandeld; geld teruggestort."};
const char *const kProducts[] = {"wasmachine WM-700", "koelkast KX-22", "bureaustoel Ergo Plus",
                                 "laptop NovaBook 14", "bank Oslo 3-zits", "stofzuiger Cyclone",
                                 "tuinset Riva", "matras Comfort 90x200", "koffiemachine Barista"};

struct Story
{
    const char *category;
    const char *subject;
    const char *text; // %1 product, %2 order number, %3 a number of days or weeks
};

const Story kStories[] = {
    {"delivery_time", "Levering te laat",
     "Ik heb op de website besteld met de belofte dat de %1 binnen 3 werkdagen geleverd zou worden. "
     "Inmiddels zijn we %3 dagen verder en heb ik nog steeds niets. Bestelnummer %2. Ik heb hier "
     "speciaal een dag vrij voor genomen. Wanneer komt het nou?"},
    {"delivery_time", "Nog steeds niet geleverd",
     "Al %3 weken wacht ik op mijn %1 (order %2). Elke keer als ik bel krijg ik een nieuwe datum. "
     "Dit is echt belachelijk, ik wil gewoon weten waar ik aan toe ben."},
    {"delivery_time", "Bezorging niet op afgesproken dag",
     "De bezorger zou vandaag tussen 8 en 12 komen met de %1. Om 15 uur nog niemand gezien en geen "
     "bericht gehad. Order %2."},
    {"information_late", "Offerte niet ontvangen",
     "Twee weken geleden heb ik een offerte aangevraagd voor de %1. Er werd gezegd dat ik die "
     "binnen %3 dagen per mail zou krijgen. Ik heb nog niets ontvangen."},
    {"information_late", "Beloofde informatie niet gestuurd",
     "Uw collega zou mij de handleiding en de garantievoorwaarden van de %1 nasturen. Dat is nu "
     "%3 dagen geleden en ik heb nog steeds niets."},
    {"not_called_back", "Niet teruggebeld",
     "Ik ben drie keer beloofd dat ik teruggebeld zou worden over mijn %1 (order %2). Niemand heeft "
     "gebeld. Ik voel me niet serieus genomen."},
    {"not_called_back", "Slecht bereikbaar",
     "Ik probeer u al %3 dagen te bereiken, maar de chat is steeds offline en op mijn mail komt "
     "geen antwoord. Hoe moet ik u dan bereiken?"},
    {"wrong_invoice", "Factuur klopt niet",
     "Op mijn factuur voor order %2 staat de %1 twee keer gefactureerd. Ik heb er maar één "
     "besteld en ontvangen. Graag een gecorrigeerde factuur."},
    {"wrong_invoice", "Te veel betaald",
     "Er is €%3,95 bezorgkosten in rekening gebracht terwijl er gratis bezorging werd beloofd bij "
     "de %1. Bestelnummer %2."},
    {"wrongly_transferred", "Steeds verkeerd doorverbonden",
     "Ik belde over mijn %1 en ben vier keer doorverbonden, steeds naar de verkeerde afdeling. "
     "Na 40 minuten ben ik weer bij het begin uitgekomen."},
    {"phone_waiting_time", "Lange wachttijd",
     "Vanochtend %3 minuten in de wacht gestaan en daarna werd de verbinding verbroken. Dit is al "
     "de tweede keer deze week."},
    {"repeat_customer_number", "Steeds opnieuw mijn gegevens geven",
     "Elke keer dat ik bel moet ik opnieuw mijn klantnummer, adres en het hele verhaal over de %1 "
     "vertellen. Staat dat dan nergens genoteerd?"},
    {"agreement_not_kept", "Afspraak niet nagekomen",
     "Er was afgesproken dat de monteur vandaag de %1 zou komen repareren. Niemand gekomen, geen "
     "bericht. Ik heb hiervoor vrij genomen. Order %2."},
    {"agreement_not_kept", "Toezegging terugbetaling niet nagekomen",
     "Mij is %3 dagen geleden toegezegd dat het bedrag voor de geretourneerde %1 binnen een week "
     "teruggestort zou worden. Nog niets ontvangen."},
    {"unfriendly_employee", "Onvriendelijke medewerker",
     "De medewerker die ik vandaag aan de lijn had over mijn %1 was kortaf en zei dat het mijn "
     "eigen schuld was. Zo ga je toch niet met klanten om?"},
    {"other_organisational", "Klacht over retourprocedure",
     "Het retourneren van de %1 is veel te ingewikkeld. Ik moet een formulier printen terwijl ik "
     "geen printer heb. Kan dat niet gewoon digitaal?"},
    {"product_defect", "Product kapot",
     "Mijn %1 is na %3 dagen al kapot. Hij gaat niet meer aan. Ik wil graag een nieuwe of mijn "
     "geld terug. Order %2."},
    {"product_quality", "Kwaliteit valt tegen",
     "De %1 ziet er heel anders uit dan op de foto's en voelt goedkoop aan. Voor deze prijs had ik "
     "meer verwacht."},
    {"product_damaged_delivery", "Beschadigd geleverd",
     "De %1 is beschadigd bezorgd: er zit een flinke deuk in de zijkant. De doos was ook kapot. "
     "Bestelnummer %2."},
};

const char *const kReplies[] = {
    "Beste %1,\n\nWat vervelend dat uw bestelling %2 nog niet is geleverd, terwijl we u een "
    "levering binnen drie werkdagen hadden beloofd. Dat hebben we niet waargemaakt en daarvoor "
    "bieden we onze excuses aan. Door een storing bij onze vervoerder liepen de leveringen deze "
    "week vertraging op. Ik heb uw bestelling met voorrang laten inplannen: morgen tussen 8 en 12 "
    "uur wordt hij bezorgd. Als goedmakertje storten we de bezorgkosten terug.\n\nMet vriendelijke "
    "groet,\n%3",
    "Hoi %1, sorry dat je zo lang hebt moeten wachten, dat is niet hoe het hoort. Ik stuur je "
    "direct een DM om het samen op te lossen. ^%3",
    "Beste %1,\n\nDank u voor uw bericht. Ik begrijp goed dat het frustrerend is dat u niet bent "
    "teruggebeld. Dat had niet mogen gebeuren; het spijt me. Ik bel u morgenochtend vóór 10 uur "
    "zelf op om de reparatie in te plannen.\n\nMet vriendelijke groet,\n%3",
};

// Fills %1, %2, %3 where the text has them; QString::arg would warn about the missing ones.
QString fill(const char *text, const QString &a, const QString &b, const QString &c)
{
    QString out = QString::fromUtf8(text);
    out.replace(QLatin1String("%1"), a);
    out.replace(QLatin1String("%2"), b);
    out.replace(QLatin1String("%3"), c);
    return out;
}

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(static_cast<quint32>(N))];
}

QString channelFor(QRandomGenerator &rng)
{
    // Rough mix of a Dutch webshop's complaint channels.
    static const std::pair<const char *, int> weights[]
        = {{"email", 30}, {"phone", 24}, {"webform", 14}, {"twitter", 9}, {"facebook", 7},
           {"review_site", 5}, {"instagram", 3}, {"whatsapp", 4}, {"letter", 3}, {"in_person", 1}};
    int total = 0;
    for (const auto &w : weights)
        total += w.second;
    int r = rng.bounded(total);
    for (const auto &w : weights) {
        if (r < w.second)
            return QString::fromLatin1(w.first);
        r -= w.second;
    }
    return QStringLiteral("email");
}

// Escalation assigns to a supervisor: the demo team has one (petra), unless one exists already.
Status ensureSupervisor(Database &db)
{
    auto q = runQuery(db, QStringLiteral("SELECT 1 FROM app_user WHERE role = 'supervisor' AND "
                                         "deleted_at IS NULL LIMIT 1"));
    if (!q)
        return q.error();
    if (q->next())
        return {};
    q->finish();
    auto taken = runQuery(db, QStringLiteral("SELECT 1 FROM app_user WHERE login = 'petra'"));
    if (!taken)
        return taken.error();
    if (taken->next())
        return {}; // a user petra who is not a supervisor: leave the team as it is
    taken->finish();
    return RowWriter(db).insert(QStringLiteral("app_user"), uuid::v7(db.clock()),
                                {{QStringLiteral("login"), QStringLiteral("petra")},
                                 {QStringLiteral("display_name"), QStringLiteral("Petra de Jong")},
                                 {QStringLiteral("role"), QStringLiteral("supervisor")}});
}

} // namespace

Result<DemoSummary> loadDemoData(Database &db, int complaintCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    DemoSummary summary;
    CatalogStore catalog(db);
    if (auto s = catalog.ensureDefaults(); !s)
        return s.error();
    auto channels = catalog.channels(false);
    auto categories = catalog.categories();
    if (!channels)
        return channels.error();
    if (!categories)
        return categories.error();
    QHash<QString, Channel> channelByCode;
    for (const Channel &c : *channels)
        channelByCode.insert(c.code, c);
    QHash<QString, QString> categoryByCode;
    for (const Category &c : *categories)
        categoryByCode.insert(c.code, c.meta.id);

    // The other way round: a database that has synced keeps the demo out, or its next sync
    // would stop (holdsDemoData).
    if (!db.stateValue(QString::fromLatin1(SyncEngine::kCursorTxKey)).isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "kd::DemoData",
                             "%1 syncs with the team's server, so the demo data set is not loaded "
                             "into it: the made-up complaints would go to the team. Try the demo "
                             "on another database (start with --db FILE).")
                             .arg(QDir::toNativeSeparators(db.path())));
    const QString savedUser = db.user();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();

    CustomerStore customers(db);
    ComplaintStore complaints(db);
    InteractionStore interactions(db);
    if (auto s = ensureSupervisor(db); !s)
        return s.error();

    // About one customer for every 2.5 complaints, so many customers complain more than once.
    const int customerCount = std::max(1, complaintCount * 2 / 5);
    QList<Customer> made;
    for (int i = 0; i < customerCount; ++i) {
        Customer c;
        const QString first = QString::fromUtf8(pick(rng, kFirstNames));
        const QString last = QString::fromUtf8(pick(rng, kLastNames));
        c.name = first + QLatin1Char(' ') + last;
        c.customerNumber = QStringLiteral("K%1").arg(100000 + i * 7 + rng.bounded(7));
        QString mailName = (first + QLatin1Char('.') + last).toLower();
        mailName.replace(QLatin1Char(' '), QLatin1Char('.'));
        mailName.replace(QString::fromUtf8("ı"), QStringLiteral("i"));
        mailName.replace(QString::fromUtf8("ç"), QStringLiteral("c"));
        c.email = mailName + QStringLiteral("%1@example.nl").arg(i);
        c.phone = QStringLiteral("06-%1").arg(10000000 + rng.bounded(89999999));
        c.language = rng.bounded(10) == 0 ? QStringLiteral("en") : QStringLiteral("nl");
        c.formOfAddress = rng.bounded(3) == 0 ? FormOfAddress::Informal : FormOfAddress::Formal;
        if (rng.bounded(4) == 0)
            c.handles.append({QStringLiteral("twitter"),
                              QStringLiteral("@%1%2").arg(first.toLower()).arg(rng.bounded(100))});
        db.setUser(QString::fromLatin1(pick(rng, kAgents)));
        if (auto s = customers.add(c); !s)
            return s.error();
        made.append(c);
    }
    summary.customers = made.size();

    const qint64 now = db.clock().nowMs();
    const qint64 latest = now - kMinuteMs; // the replayed history ends just before now
    const qint64 span = 395LL * 24 * 3600 * 1000; // thirteen months back
    WorkflowService workflow(db);
    for (int i = 0; i < complaintCount; ++i) {
        // Older complaints first, so references rise with time as they would in real use.
        const qint64 at = now - span + (span * i) / complaintCount + rng.bounded(3600 * 1000);
        const Customer &customer = made.at(rng.bounded(static_cast<int>(made.size())));
        const Story &story = pick(rng, kStories);
        const QString product = QString::fromUtf8(pick(rng, kProducts));
        const QString order = QStringLiteral("B%1").arg(2400000 + rng.bounded(99999));
        Complaint c;
        c.customerId = customer.meta.id;
        const QString channelCode = channelFor(rng);
        c.channelId = channelByCode.value(channelCode).meta.id;
        c.receivedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        c.subject = QString::fromUtf8(story.subject);
        c.description = fill(story.text, product, order, QString::number(3 + rng.bounded(12)));
        c.categoryId = categoryByCode.value(QString::fromLatin1(story.category));
        c.productRef = order;
        const int sev = rng.bounded(100);
        c.severity = sev < 15 ? Severity::Low : sev < 75 ? Severity::Normal
                                            : sev < 95 ? Severity::High : Severity::Critical;
        const qint64 age = now - at;
        // Finished when older than two weeks; a quarter of those of the last two months still
        // drag on (some waiting so long that the check suggests closing them).
        const bool old = age > 14 * kDayMs && !(age <= 60 * kDayMs && rng.bounded(4) == 0);
        const int j = rng.bounded(10);
        c.justified = j < 6 ? Justified::Yes : j < 8 ? Justified::Partly : Justified::No;
        if (!old && rng.bounded(2) == 0)
            c.justified = Justified::Unknown;
        const ComplaintStatus finalStatus
            = old ? (rng.bounded(5) == 0 ? ComplaintStatus::Resolved : ComplaintStatus::Closed)
                  : age > 14 * kDayMs ? static_cast<ComplaintStatus>(1 + rng.bounded(3))
                                      : static_cast<ComplaintStatus>(rng.bounded(4));
        const QString agent = QString::fromLatin1(pick(rng, kAgents));
        c.assignee = finalStatus == ComplaintStatus::New && rng.bounded(2) ? QString() : agent;
        if (channelByCode.value(channelCode).isPublic)
            c.publicUrl = QStringLiteral("https://x.com/%1/status/%2")
                              .arg(customer.name.section(QLatin1Char(' '), 0, 0).toLower())
                              .arg(1800000000000000000LL + at);
        db.setUser(agent);

        // The complaint's history, replayed through the workflow at the moments it happened:
        // registration (targets, escalation rules), replies (first response), status moves
        // (pauses, resolution), promises, satisfaction. Nothing happens after "now".
        ReplayTime replay(at);
        qint64 t = at;
        const auto next = [&](qint64 minMs, qint64 spreadMs) {
            t = std::min(t + minMs + qint64(rng.bounded(quint32(spreadMs / 60000))) * 60000,
                         latest);
            replay.set(t);
            return t;
        };
        c.status = ComplaintStatus::New;
        if (auto s = complaints.add(c); !s)
            return s.error();
        if (auto s = workflow.onRegistered(c); !s)
            return s.error();
        ++summary.complaints;
        const auto reload = [&]() -> Status {
            auto fresh = complaints.get(c.meta.id);
            if (!fresh)
                return fresh.error();
            c = *fresh;
            return {};
        };
        const auto interact = [&](Direction direction, InteractionKind kind,
                                  const QString &body) -> Status {
            Interaction i;
            i.complaintId = c.meta.id;
            i.customerId = customer.meta.id;
            i.channelId = kind == InteractionKind::CallNote
                              ? channelByCode.value(QStringLiteral("phone")).meta.id
                              : c.channelId;
            i.direction = direction;
            i.kind = kind;
            i.occurredAt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            i.author = direction == Direction::Outbound ? agent : customer.name;
            i.body = body;
            if (auto s = interactions.add(i); !s)
                return s;
            ++summary.interactions;
            if (auto s = workflow.onInteraction(c, i); !s)
                return s;
            return reload();
        };
        const auto moveTo = [&](ComplaintStatus to) -> Status {
            Complaint after = c;
            after.status = to;
            if (auto s = workflow.beforeUpdate(c, after); !s)
                return s;
            auto changes = complaints.update(after);
            if (!changes)
                return changes.error();
            if (auto s = workflow.afterUpdate(c, after, *changes); !s)
                return s;
            return reload();
        };
        const auto setField = [&](const QString &field, const QString &value) -> Status {
            if (auto r = workflow.setFieldInTransaction(c, field, value); !r)
                return r.error();
            return reload();
        };
        if (auto s = reload(); !s) // registration may have escalated and re-assigned it
            return s.error();
        if (!old && rng.bounded(25) == 0)
            if (auto s = setField(QStringLiteral("claim_risk"), QStringLiteral("yes")); !s)
                return s.error();
        if (finalStatus == ComplaintStatus::New)
            continue; // not answered yet: many of these are overdue by now

        next(30 * kMinuteMs, 20 * kHourMs);
        if (auto s = interact(Direction::Outbound, InteractionKind::Reply,
                              fill(pick(rng, kReplies), customer.name.section(QLatin1Char(' '), 0, 0),
                                   order, agent.left(1).toUpper() + agent.mid(1)));
            !s)
            return s.error();
        if (rng.bounded(3) == 0) {
            next(30 * kMinuteMs, 24 * kHourMs);
            if (auto s = interact(Direction::Outbound, InteractionKind::CallNote,
                                  QStringLiteral("Klant gebeld, situatie besproken. Klant wil graag "
                                                 "binnen een week een oplossing; terugbellen "
                                                 "toegezegd."));
                !s)
                return s.error();
        }
        QString promiseId;
        if (rng.bounded(5) < (old ? 1 : 3)) {
            const QDateTime due = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC)
                                      .addDays(1 + rng.bounded(4));
            auto p = workflow.addPromiseInTransaction(
                c, QString::fromUtf8(pick(rng, kPromises)), due, c.assignee);
            if (!p)
                return p.error();
            promiseId = p->id;
            ++summary.promises;
        }
        if (finalStatus == ComplaintStatus::Acknowledged)
            continue;
        next(kHourMs, 6 * kHourMs);
        if (auto s = moveTo(ComplaintStatus::InProgress); !s)
            return s.error();
        const bool waits = finalStatus == ComplaintStatus::WaitingForCustomer
                           || (old && rng.bounded(4) == 0);
        if (waits) {
            next(kHourMs, 24 * kHourMs);
            if (auto s = moveTo(ComplaintStatus::WaitingForCustomer); !s)
                return s.error();
            if (!old)
                continue; // still waiting for the customer: the clocks stand still
            next(kDayMs, 5 * kDayMs);
            if (auto s = interact(Direction::Inbound, InteractionKind::Message,
                                  QStringLiteral("Dank voor uw bericht. De foto's en het "
                                                 "bestelnummer heb ik bijgevoegd."));
                !s)
                return s.error();
        }
        if (finalStatus == ComplaintStatus::InProgress)
            continue;

        // Resolved (and mostly closed): most within the target, some late.
        next(2 * kHourMs, rng.bounded(4) == 0 ? 12 * kDayMs : 4 * kDayMs);
        if (!promiseId.isEmpty())
            if (auto s = workflow.setPromiseStateInTransaction(
                    promiseId, rng.bounded(8) == 0 ? QStringLiteral("broken") : QStringLiteral("kept"));
                !s)
                return s.error();
        if (auto s = setField(QStringLiteral("solution"), QString::fromUtf8(pick(rng, kSolutions)));
            !s)
            return s.error();
        if (auto s = moveTo(ComplaintStatus::Resolved); !s)
            return s.error();
        if (rng.bounded(5) < 3) {
            static const int kScores[] = {1, 2, 3, 3, 4, 4, 4, 5, 5, 5};
            if (auto s = setField(QStringLiteral("satisfaction"),
                                  QString::number(pick(rng, kScores)));
                !s)
                return s.error();
        }
        if (finalStatus == ComplaintStatus::Closed) {
            next(kDayMs, 6 * kDayMs);
            if (auto s = moveTo(ComplaintStatus::Closed); !s)
                return s.error();
        }
    }
    db.setUser(savedUser);
    if (auto s = db.setStateValue(QString::fromLatin1(kDemoDataKey),
                                  QString::number(db.clock().nowMs()));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

bool holdsDemoData(Database &db)
{
    return !db.stateValue(QString::fromLatin1(kDemoDataKey)).isEmpty();
}

QString demoDataNotSyncedMessage(Database &db)
{
    return QCoreApplication::translate(
               "kd::DemoData",
               "%1 holds the demo data set, so it is not synced: its made-up complaints must not "
               "reach the team's server. Use another database for the server (start with --db "
               "FILE, or move this file aside), and keep this one for trying things out.")
        .arg(QDir::toNativeSeparators(db.path()));
}

} // namespace kd
