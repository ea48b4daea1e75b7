// Demo complaints written the way customers write them, per default category.
#include "demodata.h"

#include "storage/catalogstore.h"
#include "storage/complaintstore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"

#include <QHash>
#include <QTimeZone>
#include <QRandomGenerator>

namespace kd {
namespace {

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

    const QString savedUser = db.user();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();

    CustomerStore customers(db);
    ComplaintStore complaints(db);
    InteractionStore interactions(db);

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
    const qint64 span = 395LL * 24 * 3600 * 1000; // thirteen months back
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
        const bool old = age > 14LL * 24 * 3600 * 1000;
        const int j = rng.bounded(10);
        c.justified = j < 6 ? Justified::Yes : j < 8 ? Justified::Partly : Justified::No;
        if (!old && rng.bounded(2) == 0)
            c.justified = Justified::Unknown;
        c.status = old ? (rng.bounded(5) == 0 ? ComplaintStatus::Resolved : ComplaintStatus::Closed)
                       : static_cast<ComplaintStatus>(rng.bounded(4));
        const QString agent = QString::fromLatin1(pick(rng, kAgents));
        c.assignee = c.status == ComplaintStatus::New && rng.bounded(2) ? QString() : agent;
        if (channelByCode.value(channelCode).isPublic)
            c.publicUrl = QStringLiteral("https://x.com/%1/status/%2")
                              .arg(customer.name.section(QLatin1Char(' '), 0, 0).toLower())
                              .arg(1800000000000000000LL + at);
        db.setUser(agent);
        if (auto s = complaints.add(c); !s)
            return s.error();
        ++summary.complaints;

        if (c.status != ComplaintStatus::New) {
            Interaction reply;
            reply.complaintId = c.meta.id;
            reply.customerId = customer.meta.id;
            reply.channelId = c.channelId;
            reply.direction = Direction::Outbound;
            reply.kind = InteractionKind::Reply;
            reply.occurredAt = c.receivedAt.addSecs(1800 + rng.bounded(20 * 3600));
            reply.author = agent;
            reply.body = fill(pick(rng, kReplies), customer.name.section(QLatin1Char(' '), 0, 0),
                              order, agent.left(1).toUpper() + agent.mid(1));
            if (auto s = interactions.add(reply); !s)
                return s.error();
            ++summary.interactions;
        }
        if (rng.bounded(3) == 0) {
            Interaction note;
            note.complaintId = c.meta.id;
            note.customerId = customer.meta.id;
            note.channelId = channelByCode.value(QStringLiteral("phone")).meta.id;
            note.direction = Direction::Outbound;
            note.kind = InteractionKind::CallNote;
            note.occurredAt = c.receivedAt.addSecs(3600 + rng.bounded(48 * 3600));
            note.author = agent;
            note.body = QStringLiteral("Klant gebeld, situatie besproken. Klant wil graag binnen "
                                       "een week een oplossing; terugbellen toegezegd.");
            if (auto s = interactions.add(note); !s)
                return s.error();
            ++summary.interactions;
        }
    }
    db.setUser(savedUser);
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace kd
