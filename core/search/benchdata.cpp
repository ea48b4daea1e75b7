// Generator of the benchmark database: raw prepared sqlite3 statements in one transaction.
#include "benchdata.h"

#include "storage/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sqlite3.h>

#include <array>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace kd {
namespace {

// Text pieces. Per category: subjects and sentences in Dutch, a few in English; {p} is a product.
struct CategoryText
{
    const char *id;
    int weight; // relative frequency (source article 001: delivery time most common)
    std::vector<const char *> subjects;
    std::vector<const char *> sentences;
    std::vector<const char *> replies;
};

const std::vector<CategoryText> &categories()
{
    static const std::vector<CategoryText> c{
        {"00000000-0000-7000-8000-000000000101", 30,
         {"Levering te laat", "Bestelling nog niet ontvangen", "Levertijd overschreden",
          "Waar blijft mijn pakket", "Delivery is late"},
         {"Mijn bestelling {p} is nog steeds niet geleverd.",
          "De levertijd is ruim overschreden, er was een levering binnen drie werkdagen beloofd.",
          "Volgens track en trace ligt het pakket al een week bij het sorteercentrum.",
          "De bezorger is niet langs geweest terwijl ik de hele dag thuis was.",
          "Ik heb de {p} besteld voor een verjaardag en nu is het te laat.",
          "Het bezorgmoment is al drie keer verschoven zonder bericht.",
          "My order {p} has still not been delivered after two weeks."},
         {"Het spijt ons dat uw bestelling te laat is. De {p} wordt morgen voor 18.00 uur bezorgd "
          "en de verzendkosten storten we terug.",
          "Excuses voor de vertraging bij de levering. We hebben de bezorging met voorrang "
          "ingepland en sturen u een tegoedbon van 10 euro."}},
        {"00000000-0000-7000-8000-000000000102", 8,
         {"Offerte niet ontvangen", "Informatie te laat", "Quote not received"},
         {"Ik heb twee weken geleden een offerte aangevraagd voor de {p} maar niets ontvangen.",
          "De beloofde informatie over de garantie is nooit verstuurd.",
          "Na drie mails heb ik nog steeds geen prijsopgave.",
          "I asked for a quote for the {p} and never got it."},
         {"Excuses dat de offerte te laat is. U ontvangt hem vandaag nog per mail, tegen de "
          "oorspronkelijke prijs."}},
        {"00000000-0000-7000-8000-000000000103", 12,
         {"Niet teruggebeld", "Slecht bereikbaar", "Nobody called me back"},
         {"Er zou mij vorige week worden teruggebeld, maar niemand heeft gebeld.",
          "De klantenservice is slecht bereikbaar, de chat staat altijd uit.",
          "Ik heb drie keer een terugbelverzoek gedaan over de {p}.",
          "Nobody called me back although it was promised twice."},
         {"Het spijt ons dat we u niet hebben teruggebeld. Een collega belt u morgen tussen "
          "10.00 en 12.00 uur."}},
        {"00000000-0000-7000-8000-000000000104", 10,
         {"Factuur klopt niet", "Dubbel afgeschreven", "Wrong invoice"},
         {"Op de factuur staat een bedrag van {a} euro terwijl ik {b} euro heb betaald.",
          "Het bedrag is twee keer van mijn rekening afgeschreven.",
          "Ik krijg een aanmaning voor een factuur die al betaald is.",
          "The invoice for the {p} shows the wrong amount."},
         {"U heeft gelijk, de factuur was onjuist. U ontvangt binnen twee werkdagen een "
          "creditfactuur en het teveel betaalde bedrag wordt teruggestort."}},
        {"00000000-0000-7000-8000-000000000105", 5,
         {"Verkeerd doorverbonden", "Van het kastje naar de muur"},
         {"Ik ben vier keer doorverbonden en moest steeds opnieuw mijn verhaal doen.",
          "Na een half uur wachten werd ik doorverbonden met de verkeerde afdeling."},
         {"Excuses dat u van het kastje naar de muur bent gestuurd. Ik neem uw vraag zelf in "
          "behandeling en bel u vandaag terug."}},
        {"00000000-0000-7000-8000-000000000106", 7,
         {"Lange wachttijd", "Wachttijd telefoon", "Long waiting time"},
         {"Ik heb drie kwartier in de wacht gestaan voordat ik iemand sprak.",
          "De wachttijd aan de telefoon is elke keer meer dan twintig minuten.",
          "I waited on the phone for forty minutes."},
         {"Het spijt ons dat u zo lang moest wachten. Na 14.00 uur is het rustiger; u kunt ook "
          "een terugbelverzoek doen."}},
        {"00000000-0000-7000-8000-000000000107", 4,
         {"Steeds klantnummer opgeven", "Klantnummer opnieuw gevraagd"},
         {"Elke keer als ik bel moet ik opnieuw mijn klantnummer en adres doorgeven.",
          "Bij elke medewerker moet ik mijn hele verhaal opnieuw vertellen."},
         {"Vervelend dat u steeds opnieuw uw gegevens moest geven. We hebben uw dossiers "
          "samengevoegd zodat iedere collega uw geschiedenis ziet."}},
        {"00000000-0000-7000-8000-000000000108", 8,
         {"Afspraak niet nagekomen", "Monteur niet gekomen", "Appointment missed"},
         {"De monteur zou dinsdag komen voor de {p} maar is niet verschenen.",
          "Er was afgesproken dat ik een vervangend exemplaar zou krijgen, dat is niet gebeurd.",
          "The engineer did not show up for the {p}."},
         {"Het spijt ons dat de afspraak niet is nagekomen. De monteur komt donderdag en u "
          "ontvangt 25 euro als vergoeding."}},
        {"00000000-0000-7000-8000-000000000109", 4,
         {"Onvriendelijke medewerker", "Onbeschoft behandeld"},
         {"De medewerker aan de telefoon was onvriendelijk en hing zomaar op.",
          "Ik werd in de winkel onbeschoft behandeld door een verkoper."},
         {"Dank voor uw melding en excuses voor de behandeling. De teamleider bespreekt dit "
          "met de medewerker."}},
        {"00000000-0000-7000-8000-000000000110", 3,
         {"Overige klacht", "Klacht"},
         {"Ik ben niet tevreden over de gang van zaken rond mijn bestelling {p}.",
          "De website gaf een andere prijs dan de kassa."},
         {"Dank voor uw bericht. We hebben het uitgezocht en passen de prijs aan."}},
        {"00000000-0000-7000-8000-000000000112", 4,
         {"Product kapot", "Defect na een week", "Product broken"},
         {"De {p} is na een week al kapot gegaan.", "Het scherm van de {p} blijft zwart.",
          "De {p} maakt een hard geluid en slaat af.", "The {p} stopped working after a week."},
         {"Vervelend dat de {p} defect is. Binnen de garantie vervangen we hem kosteloos; de "
          "koerier haalt het oude exemplaar op."}},
        {"00000000-0000-7000-8000-000000000113", 2,
         {"Kwaliteit valt tegen"},
         {"De kwaliteit van de {p} valt erg tegen voor deze prijs.",
          "De stof van de {p} is na twee wasbeurten versleten."},
         {"Jammer dat de kwaliteit tegenvalt. U kunt de {p} kosteloos retourneren; het bedrag "
          "storten we binnen 14 dagen terug."}},
        {"00000000-0000-7000-8000-000000000114", 2,
         {"Beschadigd geleverd", "Arrived damaged"},
         {"De {p} is beschadigd geleverd, de doos was ingedeukt.",
          "Er zat een kras over de hele voorkant van de {p}."},
         {"Excuses voor de schade. We sturen direct een nieuwe {p} en halen de beschadigde "
          "kosteloos op."}},
        {"00000000-0000-7000-8000-000000000115", 1,
         {"Technisch probleem"},
         {"De app van de {p} maakt geen verbinding met wifi."},
         {"We hebben een update voor de {p} klaargezet die het verbindingsprobleem oplost."}},
    };
    return c;
}

const std::vector<const char *> kFiller{
    "Ik ben hier echt heel ontevreden over.", "Graag een snelle reactie.",
    "Dit is niet de eerste keer dat dit gebeurt.", "Ik heb al twee keer gebeld.",
    "Ik verwacht een oplossing en een vergoeding.", "Hoe gaan jullie dit oplossen?",
    "Mijn buurvrouw had precies hetzelfde probleem.", "Ik overweeg mijn abonnement op te zeggen.",
    "Ik heb een foto als bijlage toegevoegd.", "Het ordernummer staat in de bevestiging.",
    "Ik ben al jaren klant bij jullie.", "Zo ga je toch niet met klanten om.",
    "Bel mij liever na vijf uur.", "Ik hoor graag zo snel mogelijk van jullie.",
    "Please answer quickly.", "This is not acceptable."};

const std::vector<const char *> kProductTypes{
    "wasmachine", "koelkast", "vaatwasser", "stofzuiger", "laptop", "televisie", "fiets",
    "matras", "bank", "koffiezetapparaat", "magnetron", "droger", "telefoon", "printer",
    "boormachine", "grasmaaier", "kinderwagen", "bureaustoel", "koptelefoon", "airfryer"};
const std::vector<const char *> kBrands{"Nordik", "Vestra", "Kolbe", "Hemma", "Zwaluw", "Orion",
                                        "Altena", "Brisk", "Dura", "Polder"};
const std::vector<const char *> kFirst{
    "Sanne", "Daan", "Emma", "Lucas", "Julia", "Sem", "Lotte", "Finn", "Anouk", "Bram", "Fleur",
    "Thijs", "Eva", "Mohamed", "Fatima", "Jan", "Marieke", "Kees", "Ingrid", "Pieter", "Noor",
    "Ruben", "Sophie", "Jesse", "Anna", "Milan", "Lisa", "Luuk", "Sara", "Stijn", "Yara", "Ahmed",
    "Chantal", "Gert", "Henk", "Ilse", "Joris", "Karin", "Linda", "Mark"};
const std::vector<const char *> kLast{
    "de Vries", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Wit", "Dijkstra",
    "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Vermeulen", "El Amrani", "Yilmaz",
    "van Leeuwen", "Kuipers", "Willems", "Schouten", "Hoekstra", "Prins", "Huisman", "Verhoeven",
    "Maas", "Postma", "Groot", "Koster", "Verbeek", "Çelik", "Müller", "Hoogendoorn"};
// Syllables for a long tail of rarer words, as real complaint text has (names, places, typos).
const std::vector<const char *> kSyllables{
    "ver", "be", "ont", "lever", "bezorg", "tijd", "dienst", "klant", "reken", "stuk", "pak",
    "ket", "aan", "vraag", "wacht", "draai", "kast", "plaat", "stroom", "brood", "huis", "straat",
    "water", "dak", "raam", "deur", "sleutel", "kabel", "schakel", "motor", "pomp", "lamp",
    "schroef", "veer", "rand", "hoek", "zijde", "berg", "dal", "wijk", "dorp", "land", "zee",
    "steen", "hout", "glas", "staal", "papier", "kaart", "bon", "kwitantie", "pas", "code"};

std::string replaceAll(std::string s, const std::string &from, const std::string &to)
{
    for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
    return s;
}

// UUIDv7 text from a millisecond time and a sequence number: time-ordered like the real ones.
std::string uuidAt(qint64 ms, quint64 seq, std::mt19937_64 &rng)
{
    char buf[40];
    const quint64 r = rng();
    std::snprintf(buf, sizeof buf, "%08llx-%04llx-7%03llx-%04llx-%012llx",
                  (unsigned long long)((ms >> 16) & 0xffffffffULL),
                  (unsigned long long)(ms & 0xffffULL), (unsigned long long)((seq >> 14) & 0xfff),
                  (unsigned long long)(0x8000 | (seq & 0x3fff)),
                  (unsigned long long)(r & 0xffffffffffffULL));
    return buf;
}

class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql) { m_ok = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_s, nullptr) == SQLITE_OK; }
    ~Stmt() { sqlite3_finalize(m_s); }
    bool ok() const { return m_ok; }
    void text(int i, const std::string &v) { sqlite3_bind_text(m_s, i, v.data(), int(v.size()), SQLITE_TRANSIENT); }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_s, i, v); }
    void null(int i) { sqlite3_bind_null(m_s, i); }
    bool run()
    {
        const int rc = sqlite3_step(m_s);
        sqlite3_reset(m_s);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_s = nullptr;
    bool m_ok = false;
};

// The tables the generator fills, whose secondary indexes and FTS insert triggers it defers
// (one literal, pasted into both queries below).
#define KD_DEFERRED_WHERE                                                                          \
    " FROM sqlite_master WHERE tbl_name IN ('complaint', 'interaction', 'customer', "              \
    "'customer_handle') AND sql IS NOT NULL AND ((type = 'index') OR (type = 'trigger' AND "       \
    "name LIKE '%_fts_insert'))"

std::vector<std::string> selectStrings(sqlite3 *h, const char *sql)
{
    std::vector<std::string> out;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &s, nullptr) != SQLITE_OK)
        return out;
    while (sqlite3_step(s) == SQLITE_ROW)
        out.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return out;
}

// CREATE statements to run again after the bulk insert.
std::vector<std::string> deferredSchema(sqlite3 *h)
{
    return selectStrings(h, "SELECT sql" KD_DEFERRED_WHERE);
}

// DROP statements for the same objects.
std::vector<std::string> deferredNames(sqlite3 *h)
{
    return selectStrings(h, "SELECT 'DROP ' || upper(type) || ' \"' || name || '\"'" KD_DEFERRED_WHERE);
}
#undef KD_DEFERRED_WHERE

const char *kChannels[] = {"00000000-0000-7000-8000-000000000200", "00000000-0000-7000-8000-000000000201",
                           "00000000-0000-7000-8000-000000000201", "00000000-0000-7000-8000-000000000201",
                           "00000000-0000-7000-8000-000000000203", "00000000-0000-7000-8000-000000000205",
                           "00000000-0000-7000-8000-000000000206", "00000000-0000-7000-8000-000000000200"};

} // namespace

Result<BenchDataInfo> generateBenchData(Database &db, const BenchDataSpec &spec,
                                        const std::function<void(qint64, qint64)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *h = db.handle();
    if (!h)
        return makeError(ErrorCode::Storage, QStringLiteral("No SQLite handle"));
    auto exec = [h](const char *sql) { return sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK; };
    // Bulk load: durability does not matter for generated data; a large cache does.
    exec("PRAGMA synchronous = OFF");
    exec("PRAGMA cache_size = -300000");
    if (!exec("BEGIN"))
        return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(h)));
    // Per-row FTS triggers and index inserts in random key order are what made the first
    // generator slow (about 2,000 rows/s). Drop the FTS insert triggers and the secondary indexes
    // of the three big tables, insert in primary-key order, then recreate the indexes (one sort
    // each) and fill the FTS tables with one 'rebuild'; the schema ends up exactly as migrated.
    const std::vector<std::string> deferred = deferredSchema(h);
    for (const std::string &name : deferredNames(h))
        if (!exec(name.c_str()))
            return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(h)));

    std::mt19937_64 rng(spec.seed);
    auto pick = [&rng](size_t n) { return size_t(rng() % n); };
    const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC).toMSecsSinceEpoch();
    const std::string by = "bench";

    // Customers.
    Stmt customer(h, "INSERT INTO customer(local_id, id, name, customer_number, email, phone, "
                     "phone_norm, preferred_channel_id, language, form_of_address, created_at, "
                     "updated_at, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt handle(h, "INSERT INTO customer_handle(id, customer_id, platform, handle, handle_norm, "
                   "created_at, updated_at, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?)");
    Stmt complaint(h, "INSERT INTO complaint(local_id, id, reference, customer_id, channel_id, "
                      "received_at, subject, description, category_id, severity, justified, status, "
                      "assignee, product_ref, created_at, updated_at, created_by, updated_by) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt interaction(h, "INSERT INTO interaction(id, complaint_id, customer_id, channel_id, "
                        "direction, kind, occurred_at, author, body, created_at, updated_at, "
                        "created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!customer.ok() || !handle.ok() || !complaint.ok() || !interaction.ok())
        return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(h)));

    const qint64 total = qint64(spec.customers) + spec.complaints + spec.interactions;
    qint64 done = 0;
    std::vector<std::string> customerIds(spec.customers);
    for (int i = 0; i < spec.customers; ++i) {
        const qint64 created = start + qint64(double(i) / spec.customers * (end - start) * 0.5);
        customerIds[i] = uuidAt(created, quint64(i), rng);
        const std::string first = kFirst[pick(kFirst.size())];
        const std::string last = kLast[pick(kLast.size())];
        const std::string name = first + " " + last;
        char number[16], phone[20], email[96];
        std::snprintf(number, sizeof number, "K%06d", 100000 + i);
        std::snprintf(phone, sizeof phone, "+3161%07d", i);
        std::string mailName = replaceAll(first + "." + last, " ", "");
        for (char &ch : mailName)
            ch = char(std::tolower(static_cast<unsigned char>(ch)));
        std::snprintf(email, sizeof email, "%s%d@example.nl", mailName.c_str(), i);
        customer.integer(1, i + 1);
        customer.text(2, customerIds[i]);
        customer.text(3, name);
        customer.text(4, number);
        customer.text(5, email);
        // Phones as people type them: the normalised form is what search compares.
        char typed[24];
        std::snprintf(typed, sizeof typed, "06-1%07d", i);
        customer.text(6, typed);
        customer.text(7, phone);
        customer.text(8, kChannels[pick(8)]);
        customer.text(9, pick(10) < 8 ? "nl" : "en");
        customer.text(10, pick(3) == 0 ? "informal" : (pick(2) ? "formal" : "unknown"));
        customer.integer(11, created);
        customer.integer(12, created);
        customer.text(13, by);
        customer.text(14, by);
        if (!customer.run())
            return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(h)));
        if (i % 5 == 0) {
            const std::string hn = replaceAll(first + last, " ", "") + std::to_string(i);
            std::string norm = hn;
            for (char &ch : norm)
                ch = char(std::tolower(static_cast<unsigned char>(ch)));
            handle.text(1, uuidAt(created, quint64(i) + 1, rng));
            handle.text(2, customerIds[i]);
            handle.text(3, i % 10 == 0 ? "twitter" : "instagram");
            handle.text(4, "@" + hn);
            handle.text(5, norm);
            handle.integer(6, created);
            handle.integer(7, created);
            handle.text(8, by);
            handle.text(9, by);
            if (!handle.run())
                return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(h)));
        }
        ++done;
    }

    // Complaints with their interactions, in arrival order.
    const auto &cats = categories();
    std::vector<int> catIndex;
    for (size_t c = 0; c < cats.size(); ++c)
        for (int w = 0; w < cats[c].weight; ++w)
            catIndex.push_back(int(c));
    const char *statuses[] = {"closed", "closed", "closed", "resolved", "in_progress", "new",
                              "acknowledged", "waiting"};
    const char *severities[] = {"low", "normal", "normal", "normal", "high", "critical"};
    const char *agents[] = {"marieke", "kees", "fatima", "daan", "ingrid", ""};
    std::geometric_distribution<int> rare(0.35);
    const double perComplaint = spec.complaints > 0 ? double(spec.interactions) / spec.complaints : 0;
    qint64 interactionsLeft = spec.interactions;
    std::map<int, int> counters;
    for (int i = 0; i < spec.complaints; ++i) {
        const qint64 received = start + qint64(double(i) / spec.complaints * (end - start))
                                + qint64(pick(600000));
        // A counter per year: the jitter above can put a complaint near New Year back in the
        // old year after a later one was already in the new one.
        const int year = QDateTime::fromMSecsSinceEpoch(received, Qt::UTC).date().year();
        char reference[24];
        std::snprintf(reference, sizeof reference, "KL-%d-%06d", year, ++counters[year]);
        // Repeat complainants: a quarter of the complaints come from 2% of the customers.
        const int cust = pick(4) == 0 ? int(pick(std::max(1, spec.customers / 50)))
                                      : int(pick(std::max(1, spec.customers)));
        const CategoryText &cat = cats[size_t(catIndex[pick(catIndex.size())])];
        const std::string product = std::string(kBrands[pick(kBrands.size())]) + " "
                                    + kProductTypes[pick(kProductTypes.size())] + " "
                                    + std::to_string(100 + pick(90));
        const std::string productRef = pick(5) < 2 ? "P" + std::to_string(10000 + pick(2000)) : "";
        auto fill = [&](std::string s) {
            s = replaceAll(s, "{p}", product);
            s = replaceAll(s, "{a}", std::to_string(20 + pick(400)));
            return replaceAll(s, "{b}", std::to_string(10 + pick(200)));
        };
        std::string description = fill(cat.sentences[pick(cat.sentences.size())]);
        const int extra = 1 + int(pick(3));
        for (int s = 0; s < extra; ++s) {
            description += " ";
            if (pick(3) == 0)
                description += fill(cat.sentences[pick(cat.sentences.size())]);
            else
                description += kFiller[pick(kFiller.size())];
        }
        // A few rarer words: places, made-up compounds, order numbers.
        const int words = rare(rng);
        for (int w = 0; w < words; ++w) {
            std::string word = kSyllables[pick(kSyllables.size())];
            word += kSyllables[std::min(pick(kSyllables.size()), pick(kSyllables.size()))];
            description += " " + word;
        }
        description += " Order " + std::to_string(4000000 + i) + ".";
        const std::string complaintId = uuidAt(received, quint64(i), rng);
        const char *status = received > end - 30LL * 86400000 ? statuses[pick(8)]
                                                               : statuses[pick(4)];
        complaint.integer(1, i + 1);
        complaint.text(2, complaintId);
        complaint.text(3, reference);
        complaint.text(4, customerIds[size_t(cust)]);
        const char *channel = kChannels[pick(8)];
        complaint.text(5, channel);
        complaint.integer(6, received);
        complaint.text(7, cat.subjects[pick(cat.subjects.size())]);
        complaint.text(8, description);
        complaint.text(9, cat.id);
        complaint.text(10, severities[pick(6)]);
        complaint.text(11, pick(2) ? "yes" : (pick(2) ? "partly" : "unknown"));
        complaint.text(12, status);
        complaint.text(13, agents[pick(6)]);
        complaint.text(14, productRef);
        complaint.integer(15, received);
        complaint.integer(16, received);
        complaint.text(17, by);
        complaint.text(18, by);
        if (!complaint.run())
            return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(h)));
        ++done;

        // Interactions: the reply first (how it was solved), then follow-ups and call notes.
        int n = int(perComplaint);
        if (int(pick(1000)) < int((perComplaint - n) * 1000))
            ++n;
        const int complaintsLeft = spec.complaints - i;
        if (complaintsLeft == 1)
            n = int(interactionsLeft);
        n = int(std::min<qint64>(n, interactionsLeft));
        for (int k = 0; k < n; ++k) {
            const qint64 at = received + qint64(k + 1) * (3600000LL + qint64(pick(20 * 3600000)));
            const bool reply = k == 0;
            const bool call = !reply && pick(3) == 0;
            std::string body;
            if (reply)
                body = fill(cat.replies[pick(cat.replies.size())]);
            else if (call)
                body = "Klant gebeld over " + product + ". " + kFiller[pick(kFiller.size())];
            else
                body = "Ik wacht nog op antwoord over de " + product + ". " + kFiller[pick(kFiller.size())];
            interaction.text(1, uuidAt(at, quint64(i) * 8 + quint64(k), rng));
            interaction.text(2, complaintId);
            interaction.text(3, customerIds[size_t(cust)]);
            interaction.text(4, channel);
            interaction.text(5, reply || call ? "outbound" : "inbound");
            interaction.text(6, reply ? "reply" : (call ? "call_note" : "message"));
            interaction.integer(7, at);
            interaction.text(8, reply || call ? agents[pick(5)] : "customer");
            interaction.text(9, body);
            interaction.integer(10, at);
            interaction.integer(11, at);
            interaction.text(12, by);
            interaction.text(13, by);
            if (!interaction.run())
                return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(h)));
            --interactionsLeft;
            ++done;
        }
        if (progress && i % 20000 == 0)
            progress(done, total);
    }
    for (const std::string &sql : deferred)
        if (!exec(sql.c_str()))
            return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(h)));
    // A larger in-memory term hash means fewer, larger segments from the rebuild.
    exec("INSERT INTO complaint_fts(complaint_fts, rank) VALUES ('hashsize', 67108864)");
    exec("INSERT INTO interaction_fts(interaction_fts, rank) VALUES ('hashsize', 67108864)");
    for (const char *fts : {"INSERT INTO complaint_fts(complaint_fts) VALUES ('rebuild')",
                            "INSERT INTO interaction_fts(interaction_fts) VALUES ('rebuild')",
                            "INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')"})
        if (!exec(fts))
            return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(h)));
    exec("DELETE FROM complaint_fts_config WHERE k = 'hashsize'");
    exec("DELETE FROM interaction_fts_config WHERE k = 'hashsize'");
    exec("INSERT OR REPLACE INTO reference_counter(year, last_number) "
         "SELECT CAST(substr(reference, 4, 4) AS INTEGER), max(CAST(substr(reference, 9) AS INTEGER)) "
         "FROM complaint GROUP BY 1");
    if (!exec("COMMIT"))
        return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(h)));
    exec("PRAGMA synchronous = FULL");
    // Merge the FTS segments once, as a maintenance run would; then tidy the statistics.
    exec("INSERT INTO complaint_fts(complaint_fts) VALUES ('optimize')");
    exec("INSERT INTO interaction_fts(interaction_fts) VALUES ('optimize')");
    exec("INSERT INTO customer_fts(customer_fts) VALUES ('optimize')");
    exec("PRAGMA wal_checkpoint(TRUNCATE)");
    exec("ANALYZE");
    if (progress)
        progress(total, total);
    BenchDataInfo info;
    info.seconds = timer.elapsed() / 1000.0;
    info.bytes = QFileInfo(db.path()).size();
    return info;
}

} // namespace kd
