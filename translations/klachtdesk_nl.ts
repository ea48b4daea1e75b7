<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>QObject</name>
    <message>
        <source>The text is on the clipboard: paste it into the reply.</source>
        <translation>De tekst staat op het klembord: plak hem in het antwoord.</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Klantgeschiedenis</translation>
    </message>
    <message>
        <source>Similar complaints</source>
        <translation>Vergelijkbare klachten</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Zoeken...</translation>
    </message>
    <message>
        <source>Search complaints, customers and messages (Ctrl+K)</source>
        <translation>Klachten, klanten en berichten doorzoeken (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Knowledge base...</source>
        <translation>&amp;Kennisbank...</translation>
    </message>
    <message>
        <source>Assessment and targets</source>
        <translation>Beoordeling en termijnen</translation>
    </message>
    <message>
        <source>Response-time &amp;settings...</source>
        <translation>Instellingen &amp;reactietermijnen...</translation>
    </message>
</context>
<context>
    <name>kd</name>
    <message>
        <source>A complaint needs a customer: choose one or create a new one.</source>
        <translation>Een klacht hoort bij een klant: kies een klant of maak een nieuwe aan.</translation>
    </message>
    <message>
        <source>A complaint needs the channel it came in on (phone, e-mail, ...).</source>
        <translation>Geef het kanaal op waarlangs de klacht binnenkwam (telefoon, e-mail, ...).</translation>
    </message>
    <message>
        <source>A complaint needs the time it came in.</source>
        <translation>Geef op wanneer de klacht binnenkwam.</translation>
    </message>
    <message>
        <source>A complaint needs the customer&apos;s own words: what is the complaint?</source>
        <translation>Een klacht heeft de eigen woorden van de klant nodig: wat is de klacht?</translation>
    </message>
    <message>
        <source>The description is longer than 200,000 characters.</source>
        <translation>De omschrijving is langer dan 200.000 tekens.</translation>
    </message>
    <message>
        <source>The subject is longer than 300 characters.</source>
        <translation>Het onderwerp is langer dan 300 tekens.</translation>
    </message>
    <message>
        <source>A customer needs at least a name, an e-mail address, a phone number or a social handle.</source>
        <translation>Een klant heeft minstens een naam, e-mailadres, telefoonnummer of socialemedia-account nodig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>A message or note belongs to a customer or a complaint.</source>
        <translation>Een bericht of notitie hoort bij een klant of een klacht.</translation>
    </message>
    <message>
        <source>A message or note cannot be empty.</source>
        <translation>Een bericht of notitie mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>A message needs the time it happened.</source>
        <translation>Geef op wanneer het bericht verstuurd of ontvangen is.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not COLUMN=FIELD, e.g. &quot;Datum=received_at&quot;.</source>
        <translation>&quot;%1&quot; heeft niet de vorm COLUMN=FIELD, bijvoorbeeld &quot;Datum=received_at&quot;.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>Het bestand heeft geen kolom &quot;%1&quot;. De kolommen zijn: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2. Use one of: %3.</source>
        <translation>&quot;%1&quot; is geen veld van %2. Gebruik een van: %3.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Open a complaint of the customer first.</source>
        <translation>Open eerst een klacht van deze klant.</translation>
    </message>
    <message>
        <source>&amp;Import from CSV...</source>
        <translation>&amp;Importeren uit CSV...</translation>
    </message>
    <message>
        <source>&amp;Export complaints...</source>
        <translation>Klachten &amp;exporteren...</translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>Klachten exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 complaints written to %2.</source>
        <translation>%1 klachten weggeschreven naar %2.</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>Open in the &amp;customer-service system</source>
        <translation>Openen in het &amp;klantenservicesysteem</translation>
    </message>
    <message>
        <source>Customer-service system</source>
        <translation>Klantenservicesysteem</translation>
    </message>
    <message>
        <source>No link: the administrator sets the link template (klachtdesk-cli privacy link --template URL), and the customer needs its id in that system.</source>
        <translation>Geen koppeling: de beheerder stelt het koppelingssjabloon in (klachtdesk-cli privacy link --template URL) en de klant heeft een id in dat systeem nodig.</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this customer...</source>
        <translation>Alle gegevens van deze klant e&amp;xporteren...</translation>
    </message>
    <message>
        <source>&amp;Erase this customer...</source>
        <translation>Deze klant &amp;wissen...</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <source>personal-data-%1.json</source>
        <translation>persoonsgegevens-%1.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Everything stored about %1 is in
%2
and, readable, in
%3</source>
        <translation>Alles wat over %1 is vastgelegd, staat in
%2
en, leesbaar, in
%3</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Klant wissen</translation>
    </message>
    <message>
        <source>Erasing removes %1&apos;s name, contact details, social accounts and the text of every complaint and message of theirs, on every desktop. The number of complaints, their categories, channels and dates stay for the reports. This cannot be undone.

Type the customer&apos;s name to confirm:</source>
        <translation>Wissen verwijdert de naam, contactgegevens en socialemedia-accounts van %1 en de tekst van al zijn of haar klachten en berichten, op elke werkplek. Het aantal klachten en hun categorieën, kanalen en datums blijven bewaard voor de rapportages. Dit kan niet ongedaan worden gemaakt.

Typ de naam van de klant ter bevestiging:</translation>
    </message>
    <message>
        <source>The name does not match; nothing was erased.</source>
        <translation>De naam komt niet overeen; er is niets gewist.</translation>
    </message>
    <message>
        <source>Erased: %1 complaint(s), %2 message(s).</source>
        <translation>Gewist: %1 klacht(en), %2 bericht(en).</translation>
    </message>
    <message>
        <source>Warning: the database file still contains some of the erased text.</source>
        <translation>Waarschuwing: het databasebestand bevat nog een deel van de gewiste tekst.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>teamleider</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>Only someone with the role %1 may %2; %3 has the role %4.</source>
        <translation>Alleen iemand met de rol %1 mag %2; %3 heeft de rol %4.</translation>
    </message>
    <message>
        <source>Only a supervisor may hand a complaint to someone else. Assign it to yourself (%1) or leave it unassigned.</source>
        <translation>Alleen een supervisor mag een klacht aan iemand anders geven. Wijs hem aan uzelf toe (%1) of laat hem zonder behandelaar.</translation>
    </message>
    <message>
        <source>%1 is assigned to %2: only %2 or a supervisor may change it.</source>
        <translation>%1 is toegewezen aan %2: alleen %2 of een supervisor mag hem wijzigen.</translation>
    </message>
    <message>
        <source>Only a supervisor may move a complaint to another team; you work in team %1.</source>
        <translation>Alleen een supervisor mag een klacht naar een ander team verplaatsen; u werkt in team %1.</translation>
    </message>
</context>
<context>
    <name>kd::AboutDialog</name>
    <message>
        <source>About Klachtdesk</source>
        <translation>Over Klachtdesk</translation>
    </message>
    <message>
        <source>Register, assess and answer customer complaints, on your own workstation or together through a central server.</source>
        <translation>Klachten van klanten registreren, beoordelen en beantwoorden, op uw eigen werkplek of samen via een centrale server.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Uses Qt %1</source>
        <translation>Gebruikt Qt %1</translation>
    </message>
    <message>
        <source>Uses Qt %1 (built with Qt %2)</source>
        <translation>Gebruikt Qt %1 (gebouwd met Qt %2)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licentie: %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
</context>
<context>
    <name>kd::AssessmentPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Could lead to a claim</source>
        <translation>Kan tot een claim leiden</translation>
    </message>
    <message>
        <source>Known (recurring) complaint</source>
        <translation>Bekende (terugkerende) klacht</translation>
    </message>
    <message>
        <source>Only when no reply to the customer was possible</source>
        <translation>Alleen als een antwoord aan de klant niet mogelijk was</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Terecht</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>No reply because</source>
        <translation>Geen antwoord omdat</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Tevredenheid (1-5)</translation>
    </message>
    <message>
        <source>Closed off publicly</source>
        <translation>Openbaar afgesloten</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Beoordeling opslaan</translation>
    </message>
    <message>
        <source>Escalate...</source>
        <translation>Escaleren...</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logboek van wijzigingen</translation>
    </message>
    <message>
        <source>Could not read the complaint.</source>
        <translation>Kan de klacht niet lezen.</translation>
    </message>
    <message>
        <source>Paused since %1: %2. The clocks stand still.</source>
        <translation>Gepauzeerd sinds %1: %2. De klokken staan stil.</translation>
    </message>
    <message>
        <source>%1 due %2: overdue by %3 working time.</source>
        <translation>%1 uiterlijk %2: %3 werktijd te laat.</translation>
    </message>
    <message>
        <source>%1 due %2: %3 working time left.</source>
        <translation>%1 uiterlijk %2: nog %3 werktijd over.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>The first-response target was missed.</source>
        <translation>De termijn voor de eerste reactie is niet gehaald.</translation>
    </message>
    <message>
        <source>The resolution target was missed.</source>
        <translation>De afhandeltermijn is niet gehaald.</translation>
    </message>
    <message>
        <source>Escalated %1 to %2: %3</source>
        <translation>Geëscaleerd op %1 naar %2: %3</translation>
    </message>
    <message>
        <source>all supervisors</source>
        <translation>alle teamleiders</translation>
    </message>
    <message>
        <source>No answer for a long time: consider closing with a closing reply.</source>
        <translation>Lange tijd geen antwoord: overweeg de klacht te sluiten met een afsluitend bericht.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kd::CatalogStore</name>
    <message>
        <source>Unknown channel &quot;%1&quot;. Known channels: %2.</source>
        <translation>Onbekend kanaal &quot;%1&quot;. Bekende kanalen: %2.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Known categories: %2.</source>
        <translation>Onbekende categorie &quot;%1&quot;. Bekende categorieën: %2.</translation>
    </message>
</context>
<context>
    <name>kd::ComplaintPanel</name>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>No complaint selected</source>
        <translation>Geen klacht geselecteerd</translation>
    </message>
    <message>
        <source>Choose a complaint in the queue, or register a new one with Ctrl+N.</source>
        <translation>Kies een klacht in de wachtrij of registreer een nieuwe met Ctrl+N.</translation>
    </message>
    <message>
        <source>received %1 via %2</source>
        <translation>ontvangen %1 via %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>niet toegewezen</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>toegewezen aan %1</translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation>Product of bestelling</translation>
    </message>
    <message>
        <source>Posted publicly</source>
        <translation>Openbaar geplaatst</translation>
    </message>
</context>
<context>
    <name>kd::ComplaintQueueModel</name>
    <message>
        <source>unassigned</source>
        <translation>niet toegewezen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) to the customer overdue</source>
        <translation>
            <numerusform>%n toezegging aan de klant verlopen</numerusform>
            <numerusform>%n toezeggingen aan de klant verlopen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ComplaintService</name>
    <message>
        <source>The chosen customer no longer exists: choose again.</source>
        <translation>De gekozen klant bestaat niet meer: kies opnieuw.</translation>
    </message>
    <message>
        <source>A complaint needs the channel it came in on (phone, e-mail, ...).</source>
        <translation>Geef het kanaal op waarlangs de klacht binnenkwam (telefoon, e-mail, ...).</translation>
    </message>
    <message>
        <source>A complaint needs a customer: choose one or create a new one.</source>
        <translation>Een klacht hoort bij een klant: kies een klant of maak een nieuwe aan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; use ISO 8601 like 2026-10-01T09:30:00+02:00.</source>
        <translation>&quot;%1&quot; is geen datum en tijd; gebruik ISO 8601, zoals 2026-10-01T09:30:00+02:00.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; fields that can be set: %2.</source>
        <translation>Onbekend veld &quot;%1&quot;; velden die u kunt instellen: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2; use one of: %3.</source>
        <translation>&quot;%1&quot; is geen geldige %2; gebruik een van: %3.</translation>
    </message>
    <message>
        <source>%1 is in the future: a complaint is registered once it has been received.</source>
        <translation>%1 ligt in de toekomst: een klacht wordt geregistreerd nadat hij is binnengekomen.</translation>
    </message>
</context>
<context>
    <name>kd::ComplaintStore</name>
    <message>
        <source>No complaint with reference %1.</source>
        <translation>Geen klacht met kenmerk %1.</translation>
    </message>
</context>
<context>
    <name>kd::ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Syncconflicten</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Huidige waarde</translation>
    </message>
    <message>
        <source>Value kept aside</source>
        <translation>Bewaarde waarde</translation>
    </message>
    <message>
        <source>Second edit by</source>
        <translation>Tweede wijziging door</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Restore kept value</source>
        <translation>Bewaarde waarde terugzetten</translation>
    </message>
    <message>
        <source>Write the kept value back; it goes to every desktop</source>
        <translation>Zet de bewaarde waarde terug; dat gaat naar elke werkplek</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Huidige houden</translation>
    </message>
    <message>
        <source>No conflicts to look at.</source>
        <translation>Geen conflicten om te bekijken.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) met a colleague&apos;s edit of the same field. The value now is on every desktop; the other was kept aside. Restore it if it was the right one.</source>
        <translation>
            <numerusform>%n wijziging kwam samen met de wijziging van een collega in hetzelfde veld. De huidige waarde staat op elke werkplek; de andere is bewaard. Zet die terug als die de juiste was.</numerusform>
            <numerusform>%n wijzigingen kwamen samen met de wijziging van een collega in hetzelfde veld. De huidige waarde staat op elke werkplek; de andere is bewaard. Zet die terug als die de juiste was.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ConnectDialog</name>
    <message>
        <source>Connect to the team&apos;s server</source>
        <translation>Verbinden met de server van het team</translation>
    </message>
    <message>
        <source>Your work stays on this computer and goes to the team&apos;s server whenever it can be reached. Log in with your own account.</source>
        <translation>Je werk blijft op deze computer en gaat naar de server van het team zodra die bereikbaar is. Log in met je eigen account.</translation>
    </message>
    <message>
        <source>verify-full: encrypted, server certificate and name checked</source>
        <translation>verify-full: versleuteld, certificaat en naam van de server gecontroleerd</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, server certificate checked</source>
        <translation>verify-ca: versleuteld, certificaat van de server gecontroleerd</translation>
    </message>
    <message>
        <source>require: encrypted, server not checked</source>
        <translation>require: versleuteld, server niet gecontroleerd</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer: versleuteld als de server dat aanbiedt</translation>
    </message>
    <message>
        <source>disable: not encrypted (test servers only)</source>
        <translation>disable: niet versleuteld (alleen testservers)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;ersleuteling:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelhanger van deze computer</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>No keychain service is running: the password is asked at each start and kept in memory only.</source>
        <translation>Er draait geen sleutelhanger: het wachtwoord wordt bij elke start gevraagd en alleen in het geheugen bewaard.</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Vul je gebruikersnaam op de server in.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbinden met %1...</translation>
    </message>
</context>
<context>
    <name>kd::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Het bestand is niet geopend om te lezen.</translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation>gekozen door de gebruiker</translation>
    </message>
    <message>
        <source>byte-order mark</source>
        <translation>byte-order mark (BOM)</translation>
    </message>
    <message>
        <source>not valid UTF-8 (near line %1), read as Windows-1252</source>
        <translation>geen geldige UTF-8 (rond regel %1), gelezen als Windows-1252</translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation>geldige UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-8, read as Windows-1252</source>
        <translation>geen geldige UTF-8, gelezen als Windows-1252</translation>
    </message>
    <message>
        <source>guessed from the bytes</source>
        <translation>afgeleid uit de inhoud</translation>
    </message>
    <message>
        <source>Line %1 is not the start of a row in the first %2 rows of the file; choose another header line.</source>
        <translation>Regel %1 is niet het begin van een rij in de eerste %2 rijen van het bestand; kies een andere kopregel.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>Het bestand is leeg: er is geen kopregel.</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; a quote is probably never closed</source>
        <translation>de rij is langer dan %1 tekens; waarschijnlijk wordt een aanhalingsteken nooit gesloten</translation>
    </message>
    <message>
        <source>a quote opened in column %1 is never closed</source>
        <translation>een aanhalingsteken in kolom %1 wordt nooit gesloten</translation>
    </message>
    <message>
        <source>text after the closing quote in column %1 was kept</source>
        <translation>tekst na het sluitende aanhalingsteken in kolom %1 is behouden</translation>
    </message>
    <message>
        <source>a bare carriage return in column %1 was kept as text</source>
        <translation>een losse regelterugloop (CR) in kolom %1 is als tekst behouden</translation>
    </message>
    <message>
        <source>a quote inside the unquoted column %1 was kept as text</source>
        <translation>een aanhalingsteken in de niet-gequote kolom %1 is als tekst behouden</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook or a ZIP archive (.xlsx, .ods, .zip), not a CSV file. Open it in the spreadsheet program, save it as CSV (UTF-8), and import that file.</source>
        <translation>Dit is een rekenbladwerkmap of een ZIP-archief (.xlsx, .ods, .zip), geen CSV-bestand. Open het in het rekenbladprogramma, sla het op als CSV (UTF-8) en importeer dat bestand.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not a CSV file. Open it in the spreadsheet program, save it as CSV (UTF-8), and import that file.</source>
        <translation>Dit is een oude Excel-werkmap (.xls), geen CSV-bestand. Open het in het rekenbladprogramma, sla het op als CSV (UTF-8) en importeer dat bestand.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file.</source>
        <translation>Dit is een PDF-document, geen CSV-bestand.</translation>
    </message>
</context>
<context>
    <name>kd::CustomerLink</name>
    <message>
        <source>&quot;%1&quot; is not a web address with placeholders such as https://crm.example/customers/{external_id}. Known placeholders: {external_id}, {customer_number}, {id}, {email}.</source>
        <translation>&quot;%1&quot; is geen webadres met plaatshouders zoals https://crm.example/customers/{external_id}. Bekende plaatshouders: {external_id}, {customer_number}, {id}, {email}.</translation>
    </message>
</context>
<context>
    <name>kd::CustomerMerge</name>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>Een klant kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <source>One of the two customers was deleted or merged already.</source>
        <translation>Een van de twee klanten is al verwijderd of samengevoegd.</translation>
    </message>
    <message>
        <source>merge two customers</source>
        <translation>twee klanten samenvoegen</translation>
    </message>
</context>
<context>
    <name>kd::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Kan de map %1 voor de database niet aanmaken.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Klachtdesk program (process %2 on %3). Close that program first, or use another database with --db.</source>
        <translation>De database %1 is al geopend in een ander Klachtdesk-programma (proces %2 op %3). Sluit dat programma eerst, of gebruik een andere database met --db.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Klachtdesk (schema version %2; this program knows up to %3). Install the newer Klachtdesk; the database was not changed.</source>
        <translation>De database %1 is gemaakt door een nieuwere Klachtdesk (schemaversie %2; dit programma kent versies tot en met %3). Installeer de nieuwere Klachtdesk; de database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Migration statement failed</source>
        <translation>Migratieopdracht mislukt</translation>
    </message>
    <message>
        <source>The script ends inside a statement.</source>
        <translation>Het script eindigt midden in een opdracht.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Kan de migratie %1 niet lezen.</translation>
    </message>
    <message>
        <source>Cannot record the schema version</source>
        <translation>Kan de schemaversie niet vastleggen</translation>
    </message>
    <message>
        <source>%1 is not a Klachtdesk database, or it is damaged (SQLite: &quot;file is not a database&quot;). Nothing in it was changed.</source>
        <translation>%1 is geen Klachtdesk-database, of het bestand is beschadigd (SQLite: &quot;file is not a database&quot;). Er is niets in gewijzigd.</translation>
    </message>
</context>
<context>
    <name>kd::DemoData</name>
    <message>
        <source>%1 syncs with the team&apos;s server, so the demo data set is not loaded into it: the made-up complaints would go to the team. Try the demo on another database (start with --db FILE).</source>
        <translation>%1 synchroniseert met de server van het team, dus de demogegevens worden er niet in geladen: de verzonnen klachten zouden naar het team gaan. Probeer de demo in een andere database (start met --db BESTAND).</translation>
    </message>
    <message>
        <source>%1 holds the demo data set, so it is not synced: its made-up complaints must not reach the team&apos;s server. Use another database for the server (start with --db FILE, or move this file aside), and keep this one for trying things out.</source>
        <translation>%1 bevat de demogegevens en wordt daarom niet gesynchroniseerd: de verzonnen klachten mogen niet op de server van het team komen. Gebruik een andere database voor de server (start met --db BESTAND, of zet dit bestand opzij) en houd deze om dingen uit te proberen.</translation>
    </message>
</context>
<context>
    <name>kd::EscalateDialog</name>
    <message>
        <source>Escalate %1</source>
        <translation>%1 escaleren</translation>
    </message>
    <message>
        <source>the team&apos;s supervisor</source>
        <translation>de teamleider van het team</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Supervisor (login)</source>
        <translation>Teamleider (login)</translation>
    </message>
</context>
<context>
    <name>kd::EscalationRules</name>
    <message>
        <source>&quot;%1&quot; is not an escalation rule; rules: %2.</source>
        <translation>&quot;%1&quot; is geen escalatieregel; regels: %2.</translation>
    </message>
    <message>
        <source>critical severity</source>
        <translation>ernst kritiek</translation>
    </message>
    <message>
        <source>claim risk</source>
        <translation>claimrisico</translation>
    </message>
    <message>
        <source>public complaint</source>
        <translation>openbare klacht</translation>
    </message>
    <message>
        <source>repeat complainant (%1 complaints in 90 days)</source>
        <translation>terugkerende klager (%1 klachten in 90 dagen)</translation>
    </message>
</context>
<context>
    <name>kd::HistoryPanel</name>
    <message>
        <source>Complaint %1 (%2)</source>
        <translation>Klacht %1 (%2)</translation>
    </message>
    <message>
        <source>Promise, overdue</source>
        <translation>Toezegging, te laat</translation>
    </message>
    <message>
        <source>Promise (%1)</source>
        <translation>Toezegging (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Gespreksnotitie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Message from customer</source>
        <translation>Bericht van klant</translation>
    </message>
    <message>
        <source>Message to customer</source>
        <translation>Bericht aan klant</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Klantgeschiedenis</translation>
    </message>
    <message>
        <source>formal (u)</source>
        <translation>formeel (u)</translation>
    </message>
    <message>
        <source>informal (je)</source>
        <translation>informeel (je)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2
Preferred channel: %3 · Form of address: %4
%n complaint(s) in the last 12 months</source>
        <translation>
            <numerusform>%1  %2
Voorkeurskanaal: %3 · Aanspreekvorm: %4
%n klacht in de afgelopen 12 maanden</numerusform>
            <numerusform>%1  %2
Voorkeurskanaal: %3 · Aanspreekvorm: %4
%n klachten in de afgelopen 12 maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source> (total %1, open %2)</source>
        <translation> (totaal %1, open %2)</translation>
    </message>
    <message>
        <source>Overdue promise: %1 (due %2, %3)</source>
        <translation>Verlopen toezegging: %1 (uiterlijk %2, %3)</translation>
    </message>
    <message>
        <source>Open promise: %1 (due %2, %3)</source>
        <translation>Openstaande toezegging: %1 (uiterlijk %2, %3)</translation>
    </message>
    <message>
        <source>Older entries not shown</source>
        <translation>Oudere items worden niet getoond</translation>
    </message>
    <message>
        <source>Show older entries (Enter)</source>
        <translation>Oudere items tonen (Enter)</translation>
    </message>
</context>
<context>
    <name>kd::HistoryService</name>
    <message>
        <source>No customer with number, e-mail, phone or handle &quot;%1&quot;. Search for the name with `search` first.</source>
        <translation>Geen klant met nummer, e-mailadres, telefoonnummer of gebruikersnaam &quot;%1&quot;. Zoek eerst op naam met `search`.</translation>
    </message>
</context>
<context>
    <name>kd::ImportDialog</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Importeren:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Puntkomma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Verticale streep |</translation>
    </message>
    <message>
        <source>Day first (31-12-2026)</source>
        <translation>Dag eerst (31-12-2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Maand eerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>Jaar eerst (2026-12-31)</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codering:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datums:</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Inlezen:</translation>
    </message>
    <message>
        <source>Default &amp;channel:</source>
        <translation>Standaard&amp;kanaal:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Herkend:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Eerste rijen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Proefimport</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 (%2), delimiter &quot;%3&quot;, header on line %4%5; dates %6%7</source>
        <translation>%1 (%2), scheidingsteken &quot;%3&quot;, kopregel op regel %4%5; datums %6%7</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>, %1 line(s) before it skipped</source>
        <translation>, %1 regel(s) ervoor overgeslagen</translation>
    </message>
    <message>
        <source>; remembered mapping</source>
        <translation>; onthouden koppeling</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <source>-rejects</source>
        <translation>-geweigerd</translation>
    </message>
    <message>
        <source>%1 rows read, %2 refused…</source>
        <translation>%1 rijen gelezen, %2 geweigerd…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Geannuleerd: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Dry run, nothing stored.</source>
        <translation>Proefimport, niets opgeslagen.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Geïmporteerd.</translation>
    </message>
    <message>
        <source>Refused rows are in %1.</source>
        <translation>De geweigerde rijen staan in %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>Line %1%2: %3</source>
        <translation>Regel %1%2: %3</translation>
    </message>
    <message>
        <source>%1 rows read, %2 refused; %3…</source>
        <translation>%1 rijen gelezen, %2 geweigerd; %3…</translation>
    </message>
    <message>
        <source>None: refuse rows without a channel</source>
        <translation>Geen: rijen zonder kanaal weigeren</translation>
    </message>
    <message>
        <source>The channel for rows that have none in the file.</source>
        <translation>Het kanaal voor rijen die er in het bestand geen hebben.</translation>
    </message>
    <message>
        <source>Rows: %1 (%2 new, %3 updated, %4 already there, %5 refused). New customers: %6.</source>
        <translation>Rijen: %1 (%2 nieuw, %3 bijgewerkt, %4 al aanwezig, %5 geweigerd). Nieuwe klanten: %6.</translation>
    </message>
</context>
<context>
    <name>kd::ImportMapping</name>
    <message>
        <source>Complaint id (external)</source>
        <translation>Klacht-id (extern)</translation>
    </message>
    <message>
        <source>Received (date and time)</source>
        <translation>Ontvangen (datum en tijd)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Description (customer&apos;s words)</source>
        <translation>Omschrijving (woorden van de klant)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Terecht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee (login)</source>
        <translation>Behandelaar (login)</translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation>Product of bestelling</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Openbare URL</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Labels (kommagescheiden)</translation>
    </message>
    <message>
        <source>Customer id in the customer-service system</source>
        <translation>Klant-id in het klantenservicesysteem</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Naam klant</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mailadres klant</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Telefoonnummer klant</translation>
    </message>
    <message>
        <source>Customer social handle</source>
        <translation>Socialemedia-account klant</translation>
    </message>
    <message>
        <source>Id in the customer-service system</source>
        <translation>Id in het klantenservicesysteem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Social handle</source>
        <translation>Socialemedia-account</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Form of address (je/u)</source>
        <translation>Aanspreekvorm (je/u)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>kd::ImportRun</name>
    <message>
        <source>this customer was erased at their request (AVG/GDPR) and is not imported again</source>
        <translation>deze klant is op eigen verzoek gewist (AVG) en wordt niet opnieuw geïmporteerd</translation>
    </message>
    <message>
        <source>Unknown customer (imported)</source>
        <translation>Onbekende klant (geïmporteerd)</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Klant %1</translation>
    </message>
    <message>
        <source>no description: the customer&apos;s words are empty</source>
        <translation>geen omschrijving: de woorden van de klant ontbreken</translation>
    </message>
    <message>
        <source>the description is longer than 200,000 characters</source>
        <translation>de omschrijving is langer dan 200.000 tekens</translation>
    </message>
    <message>
        <source>the subject is longer than 300 characters</source>
        <translation>het onderwerp is langer dan 300 tekens</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected e.g. 31-12-2026, 2026-12-31 or 2026-12-31T14:05:00Z)</source>
        <translation>&quot;%1&quot; is geen datum (verwacht bijvoorbeeld 31-12-2026, 2026-12-31 of 2026-12-31T14:05:00Z)</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (use a channel code such as email, phone, letter, webform, twitter, or give a default channel)</source>
        <translation>onbekend kanaal &quot;%1&quot; (gebruik een kanaalcode zoals email, phone, letter, webform, twitter, of geef een standaardkanaal op)</translation>
    </message>
    <message>
        <source>no channel, and no default channel was given</source>
        <translation>geen kanaal, en er is geen standaardkanaal opgegeven</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>onbekende categorie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; (use low, normal, high, critical or laag, normaal, hoog, kritiek)</source>
        <translation>onbekende ernst &quot;%1&quot; (gebruik laag, normaal, hoog, kritiek of low, normal, high, critical)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (use yes, partly, no, unknown or terecht, deels, onterecht, onbekend)</source>
        <translation>onbekende waarde &quot;%1&quot; (gebruik terecht, deels, onterecht, onbekend of yes, partly, no, unknown)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use new, in_progress, waiting, resolved, closed or nieuw, in behandeling, opgelost, gesloten)</source>
        <translation>onbekende status &quot;%1&quot; (gebruik nieuw, in behandeling, opgelost, gesloten of new, in_progress, waiting, resolved, closed)</translation>
    </message>
    <message>
        <source>the same row appears again (first on line %1)</source>
        <translation>dezelfde rij komt nogmaals voor (eerst op regel %1)</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; appears again (first on line %2)</source>
        <translation>de id &quot;%1&quot; komt nogmaals voor (eerst op regel %2)</translation>
    </message>
    <message>
        <source>unknown form of address &quot;%1&quot; (use je, u, informal or formal)</source>
        <translation>onbekende aanspreekvorm &quot;%1&quot; (gebruik je, u, informal of formal)</translation>
    </message>
    <message>
        <source>the customer &quot;%1&quot; appears again (first on line %2)</source>
        <translation>de klant &quot;%1&quot; komt nogmaals voor (eerst op regel %2)</translation>
    </message>
    <message>
        <source>the row has %1 columns, the header has %2 (a line break or delimiter inside an unquoted value?)</source>
        <translation>de rij heeft %1 kolommen, de kopregel %2 (een regeleinde of scheidingsteken in een waarde zonder aanhalingstekens?)</translation>
    </message>
    <message>
        <source>the row has %1 columns, the header has %2 (a delimiter inside an unquoted value?)</source>
        <translation>de rij heeft %1 kolommen, de kopregel %2 (een scheidingsteken in een waarde zonder aanhalingstekens?)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>No column is mapped to the description (the customer&apos;s words). Map one, e.g. --map &quot;%1=description&quot;.</source>
        <translation>Er is geen kolom gekoppeld aan de omschrijving (de woorden van de klant). Koppel er een, bijvoorbeeld --map &quot;%1=description&quot;.</translation>
    </message>
    <message>
        <source>No date column is mapped: every complaint gets the time of the import as its received time.</source>
        <translation>Er is geen datumkolom gekoppeld: elke klacht krijgt het tijdstip van de import als ontvangsttijd.</translation>
    </message>
    <message>
        <source>Map at least the name, e-mail, phone or handle of the customers.</source>
        <translation>Koppel minstens de naam, het e-mailadres, het telefoonnummer of de gebruikersnaam van de klanten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel.</source>
        <translation>&quot;%1&quot; is geen kanaal.</translation>
    </message>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>Kan het bestand met geweigerde rijen %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>Reading the file failed after line %1: %2; nothing was imported.</source>
        <translation>Het lezen van het bestand is mislukt na regel %1: %2; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>building the indexes</source>
        <translation>indexen opbouwen</translation>
    </message>
    <message>
        <source>writing the last rows</source>
        <translation>laatste rijen wegschrijven</translation>
    </message>
    <message>
        <source>recording the new rows for sync</source>
        <translation>nieuwe rijen vastleggen voor synchronisatie</translation>
    </message>
    <message>
        <source>filling the search index</source>
        <translation>zoekindex vullen</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>opslaan</translation>
    </message>
    <message>
        <source>the unknown channel &quot;%1&quot; was read as the default channel %2 (rows: %3)</source>
        <translation>het onbekende kanaal &quot;%1&quot; is gelezen als het standaardkanaal %2 (rijen: %3)</translation>
    </message>
</context>
<context>
    <name>kd::Importer</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) before the header were skipped (not part of the table).</source>
        <translation>
            <numerusform>%n regel vóór de kopregel is overgeslagen (geen deel van de tabel).</numerusform>
            <numerusform>%n regels vóór de kopregel zijn overgeslagen (geen deel van de tabel).</numerusform>
        </translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; was not taken as %2: %3 of its first %4 values (such as &quot;%5&quot;) are not a %2. Map it by hand if it does hold them.</source>
        <translation>Kolom &quot;%1&quot; is niet als %2 genomen: %3 van de eerste %4 waarden (zoals &quot;%5&quot;) zijn geen %2. Koppel hem zelf als hij die toch bevat.</translation>
    </message>
    <message>
        <source>Refused rows per column, with the first of each:</source>
        <translation>Geweigerde rijen per kolom, met de eerste van elke kolom:</translation>
    </message>
    <message>
        <source>%1 × line %2%3: %4</source>
        <translation>%1 × regel %2%3: %4</translation>
    </message>
</context>
<context>
    <name>kd::ImprovementActionStore</name>
    <message>
        <source>say which cause the action fixes</source>
        <translation>geef aan welke oorzaak de actie wegneemt</translation>
    </message>
    <message>
        <source>there is no such category</source>
        <translation>die categorie bestaat niet</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>Klacht %1 bestaat niet.</translation>
    </message>
    <message>
        <source>There is no improvement action %1.</source>
        <translation>Verbeteractie %1 bestaat niet.</translation>
    </message>
</context>
<context>
    <name>kd::KeychainCredentials</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>De sleutelhanger reageerde niet.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Het wachtwoord kon niet in de sleutelhanger worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain.</source>
        <translation>Het wachtwoord kon niet uit de sleutelhanger worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>kd::KnowledgeBase</name>
    <message>
        <source>No knowledge-base article with id %1.</source>
        <translation>Geen kennisbankartikel met id %1.</translation>
    </message>
    <message>
        <source>An article needs a question or title.</source>
        <translation>Een artikel heeft een vraag of titel nodig.</translation>
    </message>
    <message>
        <source>An article needs an answer.</source>
        <translation>Een artikel heeft een antwoord nodig.</translation>
    </message>
</context>
<context>
    <name>kd::KnowledgeBaseDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <source>Search questions and answers</source>
        <translation>Vragen en antwoorden doorzoeken</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>(all categories)</source>
        <translation>(alle categorieën)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagescheiden</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>In antwoord invoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nieuw artikel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Only supervisors can change the knowledge base.</source>
        <translation>Alleen teamleiders kunnen de kennisbank wijzigen.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for everyone?</source>
        <translation>&quot;%1&quot; voor iedereen verwijderen?</translation>
    </message>
</context>
<context>
    <name>kd::Lifecycle</name>
    <message>
        <source>A complaint cannot go back to &quot;new&quot;; use &quot;in_progress&quot; to work on it again.</source>
        <translation>Een klacht kan niet terug naar &quot;new&quot; (nieuw); gebruik &quot;in_progress&quot; om er weer aan te werken.</translation>
    </message>
    <message>
        <source>Cannot close a complaint that is &quot;%1&quot;: resolve it first (it needs a solution and a reply to the customer).</source>
        <translation>Een klacht met status &quot;%1&quot; kan niet worden gesloten: handel haar eerst af (daarvoor zijn een oplossing en een antwoord aan de klant nodig).</translation>
    </message>
    <message>
        <source>A closed complaint can only be reopened (status &quot;in_progress&quot;), not set to &quot;%1&quot;.</source>
        <translation>Een gesloten klacht kan alleen worden heropend (status &quot;in_progress&quot;), niet op &quot;%1&quot; worden gezet.</translation>
    </message>
    <message>
        <source>A complaint cannot go from &quot;%1&quot; to &quot;%2&quot;; from &quot;%1&quot; it can go to: %3.</source>
        <translation>Een klacht kan niet van &quot;%1&quot; naar &quot;%2&quot;; vanuit &quot;%1&quot; kan zij naar: %3.</translation>
    </message>
    <message>
        <source>Cannot resolve without a recorded solution: record what was done first (set REF solution &quot;...&quot; or the assessment panel).</source>
        <translation>Afhandelen kan niet zonder vastgelegde oplossing: leg eerst vast wat er is gedaan (set REF solution &quot;...&quot; of het beoordelingspaneel).</translation>
    </message>
    <message>
        <source>Cannot resolve before the customer had at least one reply: send or record a reply, or state why none was possible (set REF no_reply_reason &quot;...&quot;).</source>
        <translation>Afhandelen kan pas als de klant minstens één antwoord heeft gehad: stuur of registreer een antwoord, of geef aan waarom dat niet mogelijk was (set REF no_reply_reason &quot;...&quot;).</translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>Klachtdesk</source>
        <translation>Klachtdesk</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Openstaande klachten</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>Alle klachten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation>Kan de wachtrij niet lezen: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New complaint...</source>
        <translation>&amp;Nieuwe klacht...</translation>
    </message>
    <message>
        <source>Register a complaint (Ctrl+N)</source>
        <translation>Een klacht registreren (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>&amp;Demogegevens laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Klachtdesk</source>
        <translation>&amp;Over Klachtdesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>No complaints yet</source>
        <translation>Nog geen klachten</translation>
    </message>
    <message>
        <source>Register the first complaint, or load a demo data set of a few hundred Dutch complaints to look around.</source>
        <translation>Registreer de eerste klacht, of laad een demoset van een paar honderd Nederlandse klachten om rond te kijken.</translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>Een klacht registreren</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demogegevens laden</translation>
    </message>
    <message>
        <source>Complaint %1 registered.</source>
        <translation>Klacht %1 is geregistreerd.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>De demogegevens konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Loaded %1 demo complaints from %2 customers.</source>
        <translation>%1 demoklachten van %2 klanten geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) shown</source>
        <translation>
            <numerusform>%n klacht getoond</numerusform>
            <numerusform>%n klachten getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Klachtdesk.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende keer dat u Klachtdesk start.</translation>
    </message>
    <message>
        <source>Monthly &amp;report...</source>
        <translation>Maand&amp;rapportage...</translation>
    </message>
    <message>
        <source>Klachtdesk monthly report</source>
        <translation>Klachtdesk-maandrapportage</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
</context>
<context>
    <name>kd::NotificationBanner</name>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Hide these notifications</source>
        <translation>Deze meldingen verbergen</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more: %1)</source>
        <translation>
            <numerusform>(en nog %n: %1)</numerusform>
            <numerusform>(en nog %n: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PrivacyService</name>
    <message>
        <source>No customer matches &quot;%1&quot; (tried id, external id, customer number, e-mail, phone and handle).</source>
        <translation>Geen klant gevonden voor &quot;%1&quot; (gezocht op id, extern id, klantnummer, e-mailadres, telefoonnummer en gebruikersnaam).</translation>
    </message>
    <message>
        <source>The retention period must be 0 (no rule) to 100 years.</source>
        <translation>De bewaartermijn moet tussen 0 (geen regel) en 100 jaar liggen.</translation>
    </message>
    <message>
        <source>erase a customer</source>
        <translation>een klant wissen</translation>
    </message>
    <message>
        <source>set the retention rule</source>
        <translation>de bewaarregel instellen</translation>
    </message>
    <message>
        <source>apply the retention rule</source>
        <translation>de bewaarregel toepassen</translation>
    </message>
</context>
<context>
    <name>kd::PromiseStore</name>
    <message>
        <source>A promise needs its text: what was promised.</source>
        <translation>Een toezegging heeft een tekst nodig: wat is er toegezegd?</translation>
    </message>
    <message>
        <source>A promise needs a due date and time.</source>
        <translation>Een toezegging heeft een uiterste datum en tijd nodig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a promise state; use one of: %2.</source>
        <translation>&quot;%1&quot; is geen status van een toezegging; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>No promise with id %1.</source>
        <translation>Geen toezegging met id %1.</translation>
    </message>
</context>
<context>
    <name>kd::RegistrationDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>Een klacht registreren</translation>
    </message>
    <message>
        <source>Name, customer number, e-mail, phone or @handle: type to find the customer</source>
        <translation>Naam, klantnummer, e-mail, telefoon of @gebruikersnaam: typ om de klant te vinden</translation>
    </message>
    <message>
        <source>New customer&apos;s name</source>
        <translation>Naam van de nieuwe klant</translation>
    </message>
    <message>
        <source>E-mail, phone, handle</source>
        <translation>E-mail, telefoon, gebruikersnaam</translation>
    </message>
    <message>
        <source>A few words, e.g. &quot;Washing machine delivered late&quot;</source>
        <translation>Een paar woorden, bijvoorbeeld &quot;Wasmachine te laat geleverd&quot;</translation>
    </message>
    <message>
        <source>The customer&apos;s own words</source>
        <translation>De eigen woorden van de klant</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(nog niet gekozen)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>K&amp;anaal</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;words</source>
        <translation>&amp;Woorden van de klant</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Terecht</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source>Register the complaint (Ctrl+Enter)</source>
        <translation>De klacht registreren (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Existing customer: %1</source>
        <translation>Bestaande klant: %1</translation>
    </message>
    <message>
        <source>Type to find the customer, or fill in a new one below.</source>
        <translation>Typ om de klant te vinden, of vul hieronder een nieuwe klant in.</translation>
    </message>
    <message>
        <source>No customer chosen: a new customer will be created unless one matches the e-mail, phone, number or handle.</source>
        <translation>Geen klant gekozen: er wordt een nieuwe klant aangemaakt, tenzij er een klant is met hetzelfde e-mailadres, telefoonnummer, klantnummer of dezelfde gebruikersnaam.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@gebruikersnaam</translation>
    </message>
    <message>
        <source>The customer&apos;s handle on the channel the complaint came in on</source>
        <translation>De gebruikersnaam van de klant op het kanaal waarop de klacht binnenkwam</translation>
    </message>
</context>
<context>
    <name>kd::ReplyChecker</name>
    <message>
        <source>Apology 1: describe the situation</source>
        <translation>Excuses 1: beschrijf de situatie</translation>
    </message>
    <message>
        <source>Apology 2: acknowledge the harm</source>
        <translation>Excuses 2: erken de schade of het ongemak</translation>
    </message>
    <message>
        <source>Apology 3: take responsibility</source>
        <translation>Excuses 3: neem verantwoordelijkheid</translation>
    </message>
    <message>
        <source>Apology 4: say sorry, prevent a repeat</source>
        <translation>Excuses 4: zeg sorry, voorkom herhaling</translation>
    </message>
    <message>
        <source>Apology 5: forgiveness or make-good</source>
        <translation>Excuses 5: vergeving of goedmakertje</translation>
    </message>
    <message>
        <source>Triad: show understanding</source>
        <translation>Triade: toon begrip</translation>
    </message>
    <message>
        <source>Triad: apologise</source>
        <translation>Triade: bied excuses aan</translation>
    </message>
    <message>
        <source>Triad: solve</source>
        <translation>Triade: los op</translation>
    </message>
    <message>
        <source>ZEKEP: businesslike</source>
        <translation>ZEKEP: zakelijk</translation>
    </message>
    <message>
        <source>ZEKEP: empathetic</source>
        <translation>ZEKEP: empathisch</translation>
    </message>
    <message>
        <source>ZEKEP: short</source>
        <translation>ZEKEP: kort</translation>
    </message>
    <message>
        <source>ZEKEP: effective (next step and when)</source>
        <translation>ZEKEP: effectief (volgende stap en wanneer)</translation>
    </message>
    <message>
        <source>ZEKEP: personal</source>
        <translation>ZEKEP: persoonlijk</translation>
    </message>
    <message>
        <source>Explain why it happened</source>
        <translation>Leg uit waarom het gebeurde</translation>
    </message>
    <message>
        <source>Tone mirrors the customer</source>
        <translation>Toon sluit aan bij de klant</translation>
    </message>
    <message>
        <source>Public: move to a private message</source>
        <translation>Openbaar: verder in een privébericht</translation>
    </message>
    <message>
        <source>Public: no personal data</source>
        <translation>Openbaar: geen persoonsgegevens</translation>
    </message>
    <message>
        <source>Do not ask the customer to call</source>
        <translation>Vraag de klant niet om te bellen</translation>
    </message>
    <message>
        <source>Answer on the same channel</source>
        <translation>Antwoord via hetzelfde kanaal</translation>
    </message>
    <message>
        <source>No defending or blaming</source>
        <translation>Niet verdedigen of de schuld afschuiven</translation>
    </message>
    <message>
        <source>No sales pitch</source>
        <translation>Geen verkooppraatje</translation>
    </message>
    <message>
        <source>Do not make them explain again</source>
        <translation>Laat de klant het niet opnieuw uitleggen</translation>
    </message>
    <message>
        <source>No promise without a date</source>
        <translation>Geen toezegging zonder datum</translation>
    </message>
    <message>
        <source>No condescending wording</source>
        <translation>Geen aanmatigende formuleringen</translation>
    </message>
    <message>
        <source>Describe what happened in a sentence, so you both mean the same thing (&quot;I read that your parcel did not arrive on Saturday&quot;).</source>
        <translation>Beschrijf in één zin wat er gebeurde, zodat u allebei hetzelfde bedoelt (&quot;Ik lees dat uw pakket zaterdag niet is aangekomen&quot;).</translation>
    </message>
    <message>
        <source>The situation is named: %1.</source>
        <translation>De situatie wordt benoemd: %1.</translation>
    </message>
    <message>
        <source>Acknowledge what it cost the customer (time, a day off, money, annoyance).</source>
        <translation>Erken wat het de klant heeft gekost (tijd, een vrije dag, geld, ergernis).</translation>
    </message>
    <message>
        <source>The harm is acknowledged: %1.</source>
        <translation>De schade wordt erkend: %1.</translation>
    </message>
    <message>
        <source>The draft defends or shifts the blame (%1): take responsibility instead.</source>
        <translation>Het concept verdedigt of schuift de schuld af (%1): neem in plaats daarvan verantwoordelijkheid.</translation>
    </message>
    <message>
        <source>Say what your side did wrong (&quot;we should have called you&quot;), without excuses.</source>
        <translation>Zeg wat er aan uw kant misging (&quot;we hadden u moeten bellen&quot;), zonder uitvluchten.</translation>
    </message>
    <message>
        <source>Responsibility is taken: %1.</source>
        <translation>Er wordt verantwoordelijkheid genomen: %1.</translation>
    </message>
    <message>
        <source>There is no apology: say you are sorry.</source>
        <translation>Er worden geen excuses gemaakt: zeg dat het u spijt.</translation>
    </message>
    <message>
        <source>Say what you will do so that it does not happen again.</source>
        <translation>Zeg wat u doet om te voorkomen dat het nog eens gebeurt.</translation>
    </message>
    <message>
        <source>Apology %1 and prevention %2.</source>
        <translation>Excuses: %1; herhaling voorkomen: %2.</translation>
    </message>
    <message>
        <source>Forgiveness or a make-good: %1.</source>
        <translation>Vergeving of een goedmakertje: %1.</translation>
    </message>
    <message>
        <source>Not expected in a short public reply; offer it in private.</source>
        <translation>Niet nodig in een kort openbaar antwoord; bied het privé aan.</translation>
    </message>
    <message>
        <source>Ask for forgiveness or offer a make-good where it fits.</source>
        <translation>Vraag om vergeving of bied een goedmakertje aan waar dat past.</translation>
    </message>
    <message>
        <source>Show understanding for the customer (&quot;I understand that you are annoyed&quot;).</source>
        <translation>Toon begrip voor de klant (&quot;Ik begrijp dat u zich ergert&quot;).</translation>
    </message>
    <message>
        <source>Understanding: %1.</source>
        <translation>Begrip: %1.</translation>
    </message>
    <message>
        <source>Apologise.</source>
        <translation>Bied excuses aan.</translation>
    </message>
    <message>
        <source>Apology: %1.</source>
        <translation>Excuses: %1.</translation>
    </message>
    <message>
        <source>Say what you do or did to solve it (&quot;I have sent a new one&quot;).</source>
        <translation>Zeg wat u doet of heeft gedaan om het op te lossen (&quot;Ik heb een nieuwe verstuurd&quot;).</translation>
    </message>
    <message>
        <source>Solution: %1.</source>
        <translation>Oplossing: %1.</translation>
    </message>
    <message>
        <source>No bureaucratic or empty phrases found.</source>
        <translation>Geen ambtelijke of inhoudsloze frasen gevonden.</translation>
    </message>
    <message>
        <source>Write plainly instead of %1.</source>
        <translation>Schrijf eenvoudiger in plaats van %1.</translation>
    </message>
    <message>
        <source>Show that you feel for the customer (&quot;what a nuisance&quot;, &quot;I understand&quot;).</source>
        <translation>Laat merken dat u meeleeft met de klant (&quot;wat vervelend&quot;, &quot;ik begrijp het&quot;).</translation>
    </message>
    <message>
        <source>Empathy: %1.</source>
        <translation>Empathie: %1.</translation>
    </message>
    <message>
        <source>%1 characters; this channel allows %2.</source>
        <translation>%1 tekens; dit kanaal staat er %2 toe.</translation>
    </message>
    <message>
        <source>Split sentences of more than 35 words.</source>
        <translation>Splits zinnen van meer dan 35 woorden.</translation>
    </message>
    <message>
        <source>Sentences average %1 words; aim for at most 22.</source>
        <translation>Zinnen tellen gemiddeld %1 woorden; streef naar hooguit 22.</translation>
    </message>
    <message>
        <source>%1 words; a reply rarely needs more than 350.</source>
        <translation>%1 woorden; een antwoord heeft zelden meer dan 350 nodig.</translation>
    </message>
    <message>
        <source>%1 of %2 characters, %3 words a sentence on average.</source>
        <translation>%1 van %2 tekens, gemiddeld %3 woorden per zin.</translation>
    </message>
    <message>
        <source>%1 words, %2 a sentence on average.</source>
        <translation>%1 woorden, gemiddeld %2 per zin.</translation>
    </message>
    <message>
        <source>Say what happens next, who does it and when.</source>
        <translation>Zeg wat er nu gebeurt, wie het doet en wanneer.</translation>
    </message>
    <message>
        <source>The next step %1 has no when: add a day or time.</source>
        <translation>Bij de volgende stap %1 staat niet wanneer: voeg een dag of tijd toe.</translation>
    </message>
    <message>
        <source>Next step %1, when %2.</source>
        <translation>Volgende stap %1, moment %2.</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>de naam van de klant</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>uw naam</translation>
    </message>
    <message>
        <source>The customer&apos;s name is known: open with it instead of %1.</source>
        <translation>De naam van de klant is bekend: begin daarmee in plaats van met %1.</translation>
    </message>
    <message>
        <source>Add %1.</source>
        <translation>Voeg %1 toe.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>No names are known; use them when you have them.</source>
        <translation>Er zijn geen namen bekend; gebruik ze wanneer u ze heeft.</translation>
    </message>
    <message>
        <source>Names used: %1.</source>
        <translation>Gebruikte namen: %1.</translation>
    </message>
    <message>
        <source>Explains why: %1.</source>
        <translation>Legt uit waarom: %1.</translation>
    </message>
    <message>
        <source>Not expected in a short public reply; explain in private.</source>
        <translation>Niet nodig in een kort openbaar antwoord; leg het privé uit.</translation>
    </message>
    <message>
        <source>Explain briefly why it happened (a choice, a procedure, a third party).</source>
        <translation>Leg kort uit waarom het gebeurde (een keuze, een procedure, een derde partij).</translation>
    </message>
    <message>
        <source>The draft mixes je/jij and u: choose one.</source>
        <translation>Het concept gebruikt zowel je/jij als u: kies er één.</translation>
    </message>
    <message>
        <source>The customer writes formally (u): address them with u, not je.</source>
        <translation>De klant schrijft formeel (u): spreek de klant aan met u, niet met je.</translation>
    </message>
    <message>
        <source>The customer writes informally (je/jij): address them with je, not u.</source>
        <translation>De klant schrijft informeel (je/jij): spreek de klant aan met je, niet met u.</translation>
    </message>
    <message>
        <source>The customer writes informally; u sounds distant next to it.</source>
        <translation>De klant schrijft informeel; de aanspreekvorm u klinkt daarnaast afstandelijk.</translation>
    </message>
    <message>
        <source>The customer writes formally; je may sound too familiar.</source>
        <translation>De klant schrijft formeel; de aanspreekvorm je kan te familiair klinken.</translation>
    </message>
    <message>
        <source>The customer writes informally; %1 sounds stiff next to it.</source>
        <translation>De klant schrijft informeel; %1 klinkt daarnaast stijf.</translation>
    </message>
    <message>
        <source>The customer writes formally; leave out %1.</source>
        <translation>De klant schrijft formeel; laat %1 weg.</translation>
    </message>
    <message>
        <source>No customer message to mirror; the draft is consistent.</source>
        <translation>Geen bericht van de klant om op aan te sluiten; het concept is consequent.</translation>
    </message>
    <message>
        <source>The draft&apos;s register matches the customer&apos;s (%1).</source>
        <translation>Het taalregister van het concept past bij dat van de klant (%1).</translation>
    </message>
    <message>
        <source>formal</source>
        <translation>formeel</translation>
    </message>
    <message>
        <source>informal</source>
        <translation>informeel</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <source>Not a public channel.</source>
        <translation>Geen openbaar kanaal.</translation>
    </message>
    <message>
        <source>On a public channel, ask for the details by private message.</source>
        <translation>Vraag op een openbaar kanaal om de details via een privébericht.</translation>
    </message>
    <message>
        <source>Moves to private: %1.</source>
        <translation>Gaat verder in een privébericht: %1.</translation>
    </message>
    <message>
        <source>No personal data in the public text.</source>
        <translation>Geen persoonsgegevens in de openbare tekst.</translation>
    </message>
    <message>
        <source>Personal data in a public reply (%1): move it to the private message.</source>
        <translation>Persoonsgegevens in een openbaar antwoord (%1): zet ze in het privébericht.</translation>
    </message>
    <message>
        <source>The customer is not asked to call.</source>
        <translation>De klant wordt niet gevraagd om te bellen.</translation>
    </message>
    <message>
        <source>Do not ask the customer to call; offer to call them.</source>
        <translation>Vraag de klant niet om te bellen; bied aan om de klant te bellen.</translation>
    </message>
    <message>
        <source>The conversation stays on this channel.</source>
        <translation>Het gesprek blijft op dit kanaal.</translation>
    </message>
    <message>
        <source>Answer on the channel the customer used instead of %1.</source>
        <translation>Antwoord via het kanaal dat de klant gebruikte, in plaats van %1.</translation>
    </message>
    <message>
        <source>Defensive or blaming: %1.</source>
        <translation>Verdedigend of schuld afschuivend: %1.</translation>
    </message>
    <message>
        <source>No defensive or blaming wording.</source>
        <translation>Geen verdedigende of schuld afschuivende formuleringen.</translation>
    </message>
    <message>
        <source>The customer asked for an offer, so %1 is fine.</source>
        <translation>De klant vroeg om een aanbod, dus %1 is in orde.</translation>
    </message>
    <message>
        <source>A sales pitch the customer did not ask for: %1.</source>
        <translation>Een verkooppraatje waar de klant niet om vroeg: %1.</translation>
    </message>
    <message>
        <source>No sales pitch.</source>
        <translation>Geen verkooppraatje.</translation>
    </message>
    <message>
        <source>Asks the customer to explain again (%1): read the history instead.</source>
        <translation>Vraagt de klant het opnieuw uit te leggen (%1): lees in plaats daarvan de geschiedenis.</translation>
    </message>
    <message>
        <source>The customer is not asked to explain again.</source>
        <translation>De klant wordt niet gevraagd het opnieuw uit te leggen.</translation>
    </message>
    <message>
        <source>No promises.</source>
        <translation>Geen toezeggingen.</translation>
    </message>
    <message>
        <source>Every promise has a date.</source>
        <translation>Elke toezegging heeft een datum.</translation>
    </message>
    <message>
        <source>A promise without a date: %1. Say when.</source>
        <translation>Een toezegging zonder datum: %1. Zeg wanneer.</translation>
    </message>
    <message>
        <source>Condescending: %1.</source>
        <translation>Aanmatigend: %1.</translation>
    </message>
    <message>
        <source>No condescending wording.</source>
        <translation>Geen aanmatigende formuleringen.</translation>
    </message>
</context>
<context>
    <name>kd::ReplyEditor</name>
    <message>
        <source>Start the reply from a template; the suggested one fits this complaint&apos;s category, channel and form of address.</source>
        <translation>Begin het antwoord met een sjabloon; het voorgestelde sjabloon past bij de categorie, het kanaal en de aanspreekvorm van deze klacht.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <source>Write the reply to the customer here.</source>
        <translation>Schrijf hier het antwoord aan de klant.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Promises in this reply</source>
        <translation>Toezeggingen in dit antwoord</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Antwoord vastleggen</translation>
    </message>
    <message>
        <source>Store this text as the reply sent to the customer.</source>
        <translation>Deze tekst opslaan als het antwoord dat naar de klant is verstuurd.</translation>
    </message>
    <message>
        <source>No complaint selected.</source>
        <translation>Geen klacht geselecteerd.</translation>
    </message>
    <message>
        <source>Could not read the complaint: %1</source>
        <translation>Kan de klacht niet lezen: %1</translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation>%1 (openbaar)</translation>
    </message>
    <message>
        <source>%1 wrote via %2:
%3</source>
        <translation>%1 schreef via %2:
%3</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(kies een sjabloon)</translation>
    </message>
    <message>
        <source>Could not load the templates: %1</source>
        <translation>Kan de sjablonen niet laden: %1</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (voorgesteld)</translation>
    </message>
    <message>
        <source>Could not read the template: %1</source>
        <translation>Kan het sjabloon niet lezen: %1</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Nog invullen: %1</translation>
    </message>
    <message>
        <source>No promises found.</source>
        <translation>Geen toezeggingen gevonden.</translation>
    </message>
    <message>
        <source>no date (&quot;%1&quot; is vague)</source>
        <translation>geen datum (&quot;%1&quot; is vaag)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>%1 (due: %2)</source>
        <translation>%1 (uiterlijk: %2)</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Wordt bijgehouden</translation>
    </message>
    <message>
        <source>Track promise</source>
        <translation>Toezegging bijhouden</translation>
    </message>
    <message>
        <source>Give the promise a date in the text to track it.</source>
        <translation>Geef de toezegging in de tekst een datum om haar te kunnen bijhouden.</translation>
    </message>
    <message>
        <source>Could not track the promise: %1</source>
        <translation>Kan de toezegging niet bijhouden: %1</translation>
    </message>
    <message>
        <source>Promise tracked, due %1.</source>
        <translation>Toezegging wordt bijgehouden, uiterlijk %1.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tekens</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n teken</numerusform>
            <numerusform>%n tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Het antwoord is leeg.</translation>
    </message>
    <message>
        <source>Could not record the reply: %1</source>
        <translation>Kan het antwoord niet vastleggen: %1</translation>
    </message>
    <message>
        <source>Reply recorded.</source>
        <translation>Antwoord vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>This reply still fails %n check(s):</source>
        <translation>
            <numerusform>Dit antwoord zakt nog voor %n controle:</numerusform>
            <numerusform>Dit antwoord zakt nog voor %n controles:</numerusform>
        </translation>
    </message>
    <message>
        <source>Record it as sent to the customer anyway?</source>
        <translation>Toch vastleggen als verstuurd aan de klant?</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>Toch vastleggen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder schrijven</translation>
    </message>
    <message>
        <source>Not recorded: the reply still has red checks.</source>
        <translation>Niet vastgelegd: het antwoord heeft nog rode controles.</translation>
    </message>
</context>
<context>
    <name>kd::ReportCalculator</name>
    <message>
        <source>Not categorised yet</source>
        <translation>Nog niet ingedeeld</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 tot %2 dagen</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1 dagen of langer</translation>
    </message>
    <message>
        <source>The report needs an SQLite database.</source>
        <translation>Het rapport heeft een SQLite-database nodig.</translation>
    </message>
    <message>
        <source>under 1 day</source>
        <translation>minder dan 1 dag</translation>
    </message>
    <message>
        <source>under %1 days</source>
        <translation>minder dan %1 dagen</translation>
    </message>
</context>
<context>
    <name>kd::ReportCsv</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>kd::ReportPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, e.g. 2026-10</source>
        <translation>&quot;%1&quot; is geen maand; schrijf deze als JJJJ-MM, bijvoorbeeld 2026-10</translation>
    </message>
    <message>
        <source>the period must start on or before its last day</source>
        <translation>de periode moet beginnen op of vóór de laatste dag</translation>
    </message>
</context>
<context>
    <name>kd::ReportWindow</name>
    <message>
        <source>Complaints report</source>
        <translation>Klachtenrapportage</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Workload per agent</source>
        <translation>Werklast per behandelaar</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Maand:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Linked complaints</source>
        <translation>Gekoppelde klachten</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegorie:</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>&amp;Oorzaak:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Actie toevoegen</translation>
    </message>
    <message>
        <source>Mark as d&amp;one</source>
        <translation>Markeren als &amp;gereed</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Verbeteracties</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 complaints · justified %3 · median first response %4 (within target %5) · median resolution %6 · open at the end %7. Times are net of time waiting for the customer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 klachten · terecht %3 · mediaan eerste reactie %4 (binnen termijn %5) · mediaan afhandeling %6 · open aan het eind %7. Tijden zijn exclusief de tijd dat op de klant werd gewacht.</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>Product-technical</source>
        <translation>Producttechnisch</translation>
    </message>
    <message>
        <source>Not categorised yet</source>
        <translation>Nog niet ingedeeld</translation>
    </message>
    <message>
        <source>Organisational versus product-technical</source>
        <translation>Organisatorisch versus producttechnisch</translation>
    </message>
    <message>
        <source>Trend over the last 12 months</source>
        <translation>Trend over de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>Klachten per categorie</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Per kanaal</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Per ernst</translation>
    </message>
    <message>
        <source>Median first response per channel (minutes)</source>
        <translation>Mediaan eerste reactie per kanaal (minuten)</translation>
    </message>
    <message>
        <source>Open backlog by age</source>
        <translation>Openstaande klachten naar ouderdom</translation>
    </message>
    <message>
        <source>Customer satisfaction (1–5)</source>
        <translation>Klanttevredenheid (1–5)</translation>
    </message>
    <message>
        <source>Top recurring problems</source>
        <translation>Meest terugkerende problemen</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>De rapportage opslaan als PDF</translation>
    </message>
    <message>
        <source>complaints-report-%1.pdf</source>
        <translation>klachtenrapportage-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Verbeteractie</translation>
    </message>
    <message>
        <source>Teams in use: %1</source>
        <translation>Teams in gebruik: %1</translation>
    </message>
</context>
<context>
    <name>kd::ResponseTimeDialog</name>
    <message>
        <source>Response-time settings</source>
        <translation>Instellingen reactietermijnen</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Termijnen</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Werktijden</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>&amp;Feestdagen</translation>
    </message>
    <message>
        <source>&amp;Pausing</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Elke ernst</translation>
    </message>
    <message>
        <source>the channel&apos;s</source>
        <translation>die van het kanaal</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Regel opslaan</translation>
    </message>
    <message>
        <source>Remove selected rule</source>
        <translation>Gekozen regel verwijderen</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Ernst</translation>
    </message>
    <message>
        <source>&amp;First response</source>
        <translation>Eerste &amp;reactie</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Afhandeling</translation>
    </message>
    <message>
        <source>Targets are in working minutes (480 = one working day). The most specific rule wins: channel and severity, channel, severity, neither. Without a rule: first response from the channel (60 on public social channels, 480 elsewhere); resolution critical %1, high %2, normal %3, low %4. A changed rule applies to complaints registered from now on, and to a complaint whose severity or channel changes.</source>
        <translation>Termijnen zijn in werkminuten (480 = één werkdag). De meest specifieke regel geldt: kanaal en ernst, kanaal, ernst, geen van beide. Zonder regel: eerste reactie volgens het kanaal (60 op openbare sociale kanalen, elders 480); afhandeling kritiek %1, hoog %2, normaal %3, laag %4. Een gewijzigde regel geldt voor klachten die vanaf nu binnenkomen, en voor een klacht waarvan de ernst of het kanaal verandert.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>For example 09:00-17:00, or 08:30-12:00,13:00-17:00; empty: no working time that day.</source>
        <translation>Bijvoorbeeld 09:00-17:00, of 08:30-12:00,13:00-17:00; leeg: die dag geen werktijd.</translation>
    </message>
    <message>
        <source>Save working hours</source>
        <translation>Werktijden opslaan</translation>
    </message>
    <message>
        <source>Write 09:00-17:00, or 08:30-12:00,13:00-17:00 for a day with a break; leave a day empty when nobody works. Times are in the team&apos;s time zone. Saving recomputes the due times of open complaints, so the queue counts with these hours.</source>
        <translation>Schrijf 09:00-17:00, of 08:30-12:00,13:00-17:00 voor een dag met pauze; laat een dag leeg als er niemand werkt. Tijden zijn in de tijdzone van het team. Opslaan berekent de termijnen van openstaande klachten opnieuw, zodat de wachtrij met deze tijden rekent.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Worked here (a Dutch holiday that is not a day off)</source>
        <translation>Hier gewerkt (een Nederlandse feestdag die geen vrije dag is)</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Dag toevoegen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Gekozen verwijderen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>The Dutch public holidays are computed every year; add the days that differ here. Changes recompute the due times of open complaints.</source>
        <translation>De Nederlandse feestdagen worden elk jaar berekend; voeg hier de dagen toe die afwijken. Wijzigingen berekenen de termijnen van openstaande klachten opnieuw.</translation>
    </message>
    <message>
        <source>The clocks stand still while a complaint has one of these statuses:</source>
        <translation>De klokken staan stil zolang een klacht een van deze statussen heeft:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Suggest closing after &amp;waiting</source>
        <translation>Sluiten voorstellen na &amp;wachten van</translation>
    </message>
    <message>
        <source>Save pausing</source>
        <translation>Pauzeren opslaan</translation>
    </message>
    <message>
        <source>A complaint pauses or resumes at its next status change; a pause that already runs is not ended by this setting.</source>
        <translation>Een klacht pauzeert of loopt weer bij de volgende statuswijziging; een pauze die al loopt, eindigt niet door deze instelling.</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Elk kanaal</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Dutch holiday</source>
        <translation>Nederlandse feestdag</translation>
    </message>
    <message>
        <source>Added day off</source>
        <translation>Toegevoegde vrije dag</translation>
    </message>
    <message>
        <source>Worked here</source>
        <translation>Hier gewerkt</translation>
    </message>
    <message>
        <source>Rule saved; it applies to complaints registered from now on.</source>
        <translation>Regel opgeslagen; hij geldt voor klachten die vanaf nu binnenkomen.</translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation>Kies eerst een regel.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Regel verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>Working hours saved; due times of %n open complaint(s) recomputed.</source>
        <translation>
            <numerusform>Werktijden opgeslagen; termijnen van %n openstaande klacht opnieuw berekend.</numerusform>
            <numerusform>Werktijden opgeslagen; termijnen van %n openstaande klachten opnieuw berekend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day saved; due times of %n open complaint(s) recomputed.</source>
        <translation>
            <numerusform>Dag opgeslagen; termijnen van %n openstaande klacht opnieuw berekend.</numerusform>
            <numerusform>Dag opgeslagen; termijnen van %n openstaande klachten opnieuw berekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a day first.</source>
        <translation>Kies eerst een dag.</translation>
    </message>
    <message numerus="yes">
        <source>Day removed; due times of %n open complaint(s) recomputed.</source>
        <translation>
            <numerusform>Dag verwijderd; termijnen van %n openstaande klacht opnieuw berekend.</numerusform>
            <numerusform>Dag verwijderd; termijnen van %n openstaande klachten opnieuw berekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausing saved.</source>
        <translation>Pauzeren opgeslagen.</translation>
    </message>
</context>
<context>
    <name>kd::ResponseTimeSettings</name>
    <message>
        <source>change the response-time settings</source>
        <translation>de instellingen van de reactietermijnen wijzigen</translation>
    </message>
    <message>
        <source>There is no SLA rule %1.</source>
        <translation>Termijnregel %1 bestaat niet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot pause the clocks; choose from: %2.</source>
        <translation>&quot;%1&quot; kan de klokken niet stilzetten; kies uit: %2.</translation>
    </message>
    <message>
        <source>The pause limit is a number of days from 1 to 365, not %1.</source>
        <translation>De pauzegrens is een aantal dagen van 1 tot 365, niet %1.</translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation>Een weekdag is 1 (maandag) tot 7 (zondag).</translation>
    </message>
    <message>
        <source>Working hours must start before they end, within the day (%1-%2).</source>
        <translation>Werktijden moeten beginnen voordat ze eindigen, binnen de dag (%1-%2).</translation>
    </message>
    <message>
        <source>Working hours of one day overlap.</source>
        <translation>Werktijden van één dag overlappen.</translation>
    </message>
    <message>
        <source>At least one day needs working hours, or no target could ever fall due.</source>
        <translation>Minstens één dag heeft werktijden nodig, anders verloopt geen enkele termijn ooit.</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation>Geef de dag als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is not an added or worked holiday; computed holidays are kept by adding the day as a working day.</source>
        <translation>%1 is geen toegevoegde of gewerkte feestdag; berekende feestdagen schakel je uit door de dag als werkdag toe te voegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span like 09:00-17:00.</source>
        <translation>&quot;%1&quot; is geen tijdvak zoals 09:00-17:00.</translation>
    </message>
</context>
<context>
    <name>kd::SearchBox</name>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Search words, reference, customer number, e-mail, phone or @handle</source>
        <translation>Zoek op woorden, kenmerk, klantnummer, e-mail, telefoon of @gebruikersnaam</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms</source>
        <translation>
            <numerusform>%n resultaat in %1 ms</numerusform>
            <numerusform>%n resultaten in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::SimilarPanel</name>
    <message>
        <source>Similar complaints</source>
        <translation>Vergelijkbare klachten</translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation>Dit antwoord gebruiken</translation>
    </message>
    <message>
        <source>Check for known complaint</source>
        <translation>Controleren op bekende klacht</translation>
    </message>
    <message>
        <source>Marks this complaint as known when it matches several recent ones: a sign of a structural problem.</source>
        <translation>Markeert deze klacht als bekend als ze lijkt op meerdere recente klachten: een teken van een structureel probleem.</translation>
    </message>
    <message>
        <source>How it was solved:</source>
        <translation>Hoe het is opgelost:</translation>
    </message>
    <message>
        <source>Reply sent:</source>
        <translation>Verstuurd antwoord:</translation>
    </message>
    <message>
        <source>(no reply recorded)</source>
        <translation>(geen antwoord vastgelegd)</translation>
    </message>
    <message>
        <source>Known complaint: this matches a recurring problem.</source>
        <translation>Bekende klacht: dit past bij een terugkerend probleem.</translation>
    </message>
    <message>
        <source>same category</source>
        <translation>zelfde categorie</translation>
    </message>
    <message>
        <source>same product</source>
        <translation>zelfde product</translation>
    </message>
    <message>
        <source>No similar earlier complaints.</source>
        <translation>Geen vergelijkbare eerdere klachten.</translation>
    </message>
    <message numerus="yes">
        <source>Known complaint: %n similar complaint(s) recently.</source>
        <translation>
            <numerusform>Bekende klacht: recent %n vergelijkbare klacht.</numerusform>
            <numerusform>Bekende klacht: recent %n vergelijkbare klachten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not a known complaint (%n similar recently).</source>
        <translation>
            <numerusform>Geen bekende klacht (recent %n vergelijkbare).</numerusform>
            <numerusform>Geen bekende klacht (recent %n vergelijkbare).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::SlaRules</name>
    <message>
        <source>Targets are working minutes and must be more than 0.</source>
        <translation>Termijnen zijn in werkminuten en moeten groter zijn dan 0.</translation>
    </message>
    <message>
        <source>The first-response target (%1 min) is later than the resolution target (%2 min).</source>
        <translation>De termijn voor de eerste reactie (%1 min) ligt later dan de afhandeltermijn (%2 min).</translation>
    </message>
</context>
<context>
    <name>kd::SyncIntegration</name>
    <message>
        <source>No keychain service is running on this computer: the password is kept in memory until Klachtdesk closes and asked again at the next start.</source>
        <translation>Op deze computer draait geen sleutelhanger: het wachtwoord blijft in het geheugen tot Klachtdesk sluit en wordt bij de volgende start opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>&amp;Connect to server...</source>
        <translation>&amp;Verbinden met server...</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts...</source>
        <translation>Sync&amp;conflicten...</translation>
    </message>
    <message>
        <source>The password for %1 is needed: click to connect.</source>
        <translation>Het wachtwoord voor %1 is nodig: klik om te verbinden.</translation>
    </message>
</context>
<context>
    <name>kd::SyncStatusWidget</name>
    <message>
        <source>Edits that met a colleague&apos;s edit of the same field: look at them and restore a kept value in one click</source>
        <translation>Wijzigingen die samenkwamen met de wijziging van een collega in hetzelfde veld: bekijk ze en zet een bewaarde waarde met één klik terug</translation>
    </message>
    <message>
        <source>Receiving %p%</source>
        <translation>Ontvangen %p%</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Click to connect to the team&apos;s server.</source>
        <translation>Klik om te verbinden met de server van het team.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchroniseren...</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbinden...</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Changes go up and come down by themselves. Click to sync now.</source>
        <translation>Wijzigingen gaan vanzelf heen en weer. Klik om nu te synchroniseren.</translation>
    </message>
    <message numerus="yes">
        <source>Offline, retrying in %n s</source>
        <translation>
            <numerusform>Offline, nieuwe poging over %n s</numerusform>
            <numerusform>Offline, nieuwe poging over %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline, retrying</source>
        <translation>Offline, nieuwe poging</translation>
    </message>
    <message>
        <source>%1
Your work is kept here and goes up when the server answers. Click to try now.</source>
        <translation>%1
Je werk blijft hier bewaard en gaat naar de server zodra die antwoordt. Klik om het nu te proberen.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Laatste sync %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>Nothing waiting to go up</source>
        <translation>Niets wacht op verzenden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go up</source>
        <translation>
            <numerusform>%n wijziging wacht op verzenden</numerusform>
            <numerusform>%n wijzigingen wachten op verzenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of about %2 changes received</source>
        <translation>%1 van ongeveer %2 wijzigingen ontvangen</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>Update nodig</translation>
    </message>
    <message>
        <source>%1
Your work is kept here and goes up once Klachtdesk is updated.</source>
        <translation>%1
Je werk blijft hier bewaard en gaat naar de server zodra Klachtdesk is bijgewerkt.</translation>
    </message>
    <message>
        <source>Demo data, never synced</source>
        <translation>Demogegevens, nooit gesynchroniseerd</translation>
    </message>
</context>
<context>
    <name>kd::TemplateStore</name>
    <message>
        <source>No reply template &quot;%1&quot;.</source>
        <translation>Geen antwoordsjabloon &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>kd::WorkflowNotifier</name>
    <message>
        <source>Klachtdesk</source>
        <translation>Klachtdesk</translation>
    </message>
</context>
<context>
    <name>kd::WorkflowQueueControls</name>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn klachten</translation>
    </message>
    <message>
        <source>My team&apos;s</source>
        <translation>Mijn team</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Wachten op klant</translation>
    </message>
    <message>
        <source>Least time left first</source>
        <translation>Minste resterende tijd eerst</translation>
    </message>
</context>
<context>
    <name>kd::WorkflowService</name>
    <message>
        <source>%1; paused %2</source>
        <translation>%1; gepauzeerd %2</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>escalatie</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Geëscaleerd: %1</translation>
    </message>
    <message>
        <source>%1 was escalated to you: %2. %3</source>
        <translation>%1 is naar u geëscaleerd: %2. %3</translation>
    </message>
    <message>
        <source>registered as %1</source>
        <translation>geregistreerd als %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>wachten op de klant</translation>
    </message>
    <message>
        <source>first reply sent</source>
        <translation>eerste antwoord verstuurd</translation>
    </message>
    <message>
        <source>the customer answered</source>
        <translation>de klant heeft geantwoord</translation>
    </message>
    <message>
        <source>Satisfaction is a whole number from 1 to 5, not &quot;%1&quot;.</source>
        <translation>Tevredenheid is een geheel getal van 1 tot en met 5, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction after the complaint is resolved.</source>
        <translation>Leg de tevredenheid van de klant vast nadat de klacht is afgehandeld.</translation>
    </message>
    <message>
        <source>This database has no known-complaint flag yet (schema 0002).</source>
        <translation>Deze database kent nog geen markering voor bekende klachten (schema 0002).</translation>
    </message>
    <message>
        <source>Unknown workflow field &quot;%1&quot;.</source>
        <translation>Onbekend workflowveld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say why the complaint is escalated: the supervisor reads it first.</source>
        <translation>Geef aan waarom de klacht wordt geëscaleerd: de teamleider leest dat als eerste.</translation>
    </message>
    <message>
        <source>due %1, owner %2</source>
        <translation>uiterlijk %1, eigenaar %2</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>eerste reactie</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>afhandeling</translation>
    </message>
    <message>
        <source>%1: %2 target missed</source>
        <translation>%1: termijn voor %2 niet gehaald</translation>
    </message>
    <message>
        <source>Target missed: %1</source>
        <translation>Termijn niet gehaald: %1</translation>
    </message>
    <message>
        <source>The %1 target of %2 has passed.</source>
        <translation>De termijn voor %1 van %2 is verstreken.</translation>
    </message>
    <message>
        <source>%1 target missed</source>
        <translation>termijn voor %1 niet gehaald</translation>
    </message>
    <message>
        <source>%1: escalated to %2</source>
        <translation>%1: geëscaleerd naar %2</translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation>Termijn verloopt bijna: %1</translation>
    </message>
    <message>
        <source>%1 is due in %2 minutes.</source>
        <translation>De termijn van %1 verloopt over %2 minuten.</translation>
    </message>
    <message>
        <source>%1: due in %2 minutes, %3 warned</source>
        <translation>%1: termijn verloopt over %2 minuten, %3 gewaarschuwd</translation>
    </message>
    <message>
        <source>Promise overdue: %1</source>
        <translation>Toezegging verlopen: %1</translation>
    </message>
    <message>
        <source>Promised by %1: %2</source>
        <translation>Toegezegd voor %1: %2</translation>
    </message>
    <message>
        <source>%1: promise overdue: %2</source>
        <translation>%1: toezegging verlopen: %2</translation>
    </message>
    <message>
        <source>no answer for %1 days</source>
        <translation>al %1 dagen geen antwoord</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Geen antwoord: %1</translation>
    </message>
    <message>
        <source>The customer has not answered for %1 days; consider closing with: %2</source>
        <translation>De klant heeft al %1 dagen niet geantwoord; overweeg af te sluiten met: %2</translation>
    </message>
    <message>
        <source>%1: waiting over %2 days, flagged for closing</source>
        <translation>%1: wacht al meer dan %2 dagen, gemarkeerd om te sluiten</translation>
    </message>
    <message>
        <source>working hours or holidays changed</source>
        <translation>werktijden of feestdagen gewijzigd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; is geen ja of nee.</translation>
    </message>
    <message>
        <source>%1 working minutes</source>
        <translation>%1 werkminuten</translation>
    </message>
</context>
<context>
    <name>kd::WorkflowSettings</name>
    <message>
        <source>Unknown setting &quot;%1&quot;; settings: %2.</source>
        <translation>Onbekende instelling &quot;%1&quot;; instellingen: %2.</translation>
    </message>
</context>
<context>
    <name>kd::cli</name>
    <message>
        <source>cannot read standard input</source>
        <translation>kan standaardinvoer niet lezen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>kan de database niet openen</translation>
    </message>
    <message>
        <source>the default channel list is missing</source>
        <translation>de standaardlijst met kanalen ontbreekt</translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot;</source>
        <translation>geen kanaal &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The draft reply (a UTF-8 file, - for standard input).</source>
        <translation>Het conceptantwoord (een UTF-8-bestand, - voor standaardinvoer).</translation>
    </message>
    <message>
        <source>The customer&apos;s message, for tone and situation.</source>
        <translation>Het bericht van de klant, voor toon en situatie.</translation>
    </message>
    <message>
        <source>Channel code or name (its public flag and limit apply).</source>
        <translation>Kanaalcode of -naam (de openbaarheid en tekenlimiet van het kanaal gelden).</translation>
    </message>
    <message>
        <source>The customer&apos;s name.</source>
        <translation>De naam van de klant.</translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation>Uw naam.</translation>
    </message>
    <message>
        <source>nl, en or auto (default).</source>
        <translation>nl, en of auto (standaard).</translation>
    </message>
    <message>
        <source>The customer&apos;s known form of address: informal or formal.</source>
        <translation>De bekende aanspreekvorm van de klant: informal of formal.</translation>
    </message>
    <message>
        <source>A folder with edited phrase lists (phrases_nl.json, phrases_en.json, common.json).</source>
        <translation>Een map met aangepaste frasenlijsten (phrases_nl.json, phrases_en.json, common.json).</translation>
    </message>
    <message>
        <source>Print the checklist as JSON.</source>
        <translation>De checklist als JSON weergeven.</translation>
    </message>
    <message>
        <source>Checks a draft reply against the apology, triad and ZEKEP checklists, the channel&apos;s rules and the don&apos;ts.</source>
        <translation>Toetst een conceptantwoord aan de checklists voor excuses, triade en ZEKEP, aan de regels van het kanaal en aan de valkuilen.</translation>
    </message>
    <message>
        <source>give the draft with --reply FILE</source>
        <translation>geef het concept op met --reply FILE</translation>
    </message>
    <message>
        <source>use nl, en or auto</source>
        <translation>gebruik nl, en of auto</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>gebruik een van: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Toezegging: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer als JSON.</translation>
    </message>
    <message>
        <source>set: the new text, from a UTF-8 file (- for standard input).</source>
        <translation>set: de nieuwe tekst, uit een UTF-8-bestand (- voor standaardinvoer).</translation>
    </message>
    <message>
        <source>set: the new name.</source>
        <translation>set: de nieuwe naam.</translation>
    </message>
    <message>
        <source>set: yes or no.</source>
        <translation>set: yes of no.</translation>
    </message>
    <message>
        <source>list, show CODE or set CODE</source>
        <translation>list, show CODE of set CODE</translation>
    </message>
    <message>
        <source>Lists, shows and edits the reply templates (supervisors).</source>
        <translation>Toont en bewerkt de antwoordsjablonen (teamleiders).</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (niet actief)</translation>
    </message>
    <message>
        <source>give the template&apos;s code: templates %1 CODE</source>
        <translation>geef de code van het sjabloon: templates %1 CODE</translation>
    </message>
    <message>
        <source>use list, show or set</source>
        <translation>gebruik list, show of set</translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation>gebruik yes of no</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n veld gewijzigd</numerusform>
            <numerusform>%n velden gewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <source>check a draft reply against the checklists</source>
        <translation>een conceptantwoord aan de checklists toetsen</translation>
    </message>
    <message>
        <source>list, show or edit reply templates</source>
        <translation>antwoordsjablonen tonen of bewerken</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>Gebruik --help voor de opties.</translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time: &quot;%1&quot;</source>
        <translation>geen ISO 8601-datum en -tijd: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Terecht</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Openbare URL</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Print the new complaint as JSON.</source>
        <translation>De nieuwe klacht als JSON weergeven.</translation>
    </message>
    <message>
        <source>Read the complaint as a JSON object from standard input.</source>
        <translation>De klacht als JSON-object van standaardinvoer lezen.</translation>
    </message>
    <message>
        <source>Customer&apos;s name.</source>
        <translation>Naam van de klant.</translation>
    </message>
    <message>
        <source>Customer number.</source>
        <translation>Klantnummer.</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail address.</source>
        <translation>E-mailadres van de klant.</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number.</source>
        <translation>Telefoonnummer van de klant.</translation>
    </message>
    <message>
        <source>Social handle as platform:@name (repeatable).</source>
        <translation>Socialemedia-account als platform:@naam (herhaalbaar).</translation>
    </message>
    <message>
        <source>Channel code or name (required).</source>
        <translation>Kanaalcode of -naam (verplicht).</translation>
    </message>
    <message>
        <source>When it came in, ISO 8601 (default: now).</source>
        <translation>Wanneer de klacht binnenkwam, ISO 8601 (standaard: nu).</translation>
    </message>
    <message>
        <source>Short subject.</source>
        <translation>Kort onderwerp.</translation>
    </message>
    <message>
        <source>The customer&apos;s own words (required).</source>
        <translation>De eigen woorden van de klant (verplicht).</translation>
    </message>
    <message>
        <source>Category code or name.</source>
        <translation>Categoriecode of -naam.</translation>
    </message>
    <message>
        <source>low, normal, high or critical.</source>
        <translation>low, normal, high of critical.</translation>
    </message>
    <message>
        <source>unknown, yes, partly or no.</source>
        <translation>unknown, yes, partly of no.</translation>
    </message>
    <message>
        <source>Product or order reference.</source>
        <translation>Product- of bestelnummer.</translation>
    </message>
    <message>
        <source>Public URL when posted publicly.</source>
        <translation>Openbare URL als de klacht openbaar is geplaatst.</translation>
    </message>
    <message>
        <source>Comma-separated tags.</source>
        <translation>Kommagescheiden labels.</translation>
    </message>
    <message>
        <source>Login of the agent who handles it.</source>
        <translation>Login van de behandelaar.</translation>
    </message>
    <message>
        <source>Registers a complaint and prints its reference. The customer is matched on customer number, e-mail, phone or handle, and created when there is no match.</source>
        <translation>Registreert een klacht en toont het kenmerk. De klant wordt gezocht op klantnummer, e-mailadres, telefoonnummer of gebruikersnaam en aangemaakt als er geen overeenkomst is.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Kan standaardinvoer niet lezen.</translation>
    </message>
    <message>
        <source>standard input is not a JSON object (%1 at offset %2)</source>
        <translation>standaardinvoer is geen JSON-object (%1 op positie %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PLATFORM:HANDLE, e.g. twitter:@jan</source>
        <translation>&quot;%1&quot; heeft niet de vorm PLATFORM:HANDLE, bijvoorbeeld twitter:@jan</translation>
    </message>
    <message>
        <source>Print what changed as JSON.</source>
        <translation>De wijzigingen als JSON weergeven.</translation>
    </message>
    <message>
        <source>The complaint, e.g. KL-2026-000123.</source>
        <translation>De klacht, bijvoorbeeld KL-2026-000123.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Een van: %1.</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>De nieuwe waarde.</translation>
    </message>
    <message>
        <source>Changes one field of a complaint.</source>
        <translation>Wijzigt één veld van een klacht.</translation>
    </message>
    <message>
        <source>set takes REFERENCE FIELD VALUE, e.g. set KL-2026-000123 severity high</source>
        <translation>set verwacht REFERENCE FIELD VALUE, bijvoorbeeld set KL-2026-000123 severity high</translation>
    </message>
    <message>
        <source>%1: nothing changed</source>
        <translation>%1: niets gewijzigd</translation>
    </message>
    <message>
        <source>%1: %2 changed from &quot;%3&quot; to &quot;%4&quot;</source>
        <translation>%1: %2 gewijzigd van &quot;%3&quot; in &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Comma-separated statuses: %1.</source>
        <translation>Kommagescheiden statussen: %1.</translation>
    </message>
    <message>
        <source>Only this agent&apos;s (&apos;-&apos; for unassigned).</source>
        <translation>Alleen die van deze behandelaar (&apos;-&apos; voor niet toegewezen).</translation>
    </message>
    <message>
        <source>Only this channel.</source>
        <translation>Alleen dit kanaal.</translation>
    </message>
    <message>
        <source>Only this category and its sub-categories.</source>
        <translation>Alleen deze categorie en haar subcategorieën.</translation>
    </message>
    <message>
        <source>Received on or after this date (YYYY-MM-DD).</source>
        <translation>Ontvangen op of na deze datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Received before this date (YYYY-MM-DD).</source>
        <translation>Ontvangen vóór deze datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Hooguit zoveel (standaard 50).</translation>
    </message>
    <message>
        <source>Lists complaints, newest first.</source>
        <translation>Toont klachten, nieuwste eerst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of: %2</source>
        <translation>&quot;%1&quot; is geen status; gebruik een van: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is geen datum; gebruik JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>moet een geheel getal van 1 of meer zijn</translation>
    </message>
    <message>
        <source>No complaints match.</source>
        <translation>Geen klachten gevonden.</translation>
    </message>
    <message>
        <source>Shows one complaint with its messages and notes.</source>
        <translation>Toont één klacht met de bijbehorende berichten en notities.</translation>
    </message>
    <message>
        <source>show takes one reference, e.g. show KL-2026-000123</source>
        <translation>show verwacht één kenmerk, bijvoorbeeld show KL-2026-000123</translation>
    </message>
    <message>
        <source>register a complaint</source>
        <translation>een klacht registreren</translation>
    </message>
    <message>
        <source>change one field of a complaint</source>
        <translation>één veld van een klacht wijzigen</translation>
    </message>
    <message>
        <source>list complaints with filters</source>
        <translation>klachten tonen met filters</translation>
    </message>
    <message>
        <source>show one complaint</source>
        <translation>één klacht tonen</translation>
    </message>
    <message>
        <source>How many complaints (default 300).</source>
        <translation>Aantal klachten (standaard 300).</translation>
    </message>
    <message>
        <source>Random seed, for a repeatable set.</source>
        <translation>Startwaarde voor de toevalsgenerator, voor een herhaalbare set.</translation>
    </message>
    <message>
        <source>Loads a realistic Dutch demo data set: customers with several complaints each, replies and call notes.</source>
        <translation>Laadt een realistische Nederlandse demoset: klanten met elk meerdere klachten, antwoorden en gespreksnotities.</translation>
    </message>
    <message>
        <source>must be a number from 1 to 1000000</source>
        <translation>moet een getal van 1 tot en met 1000000 zijn</translation>
    </message>
    <message>
        <source>Loaded %1 complaints from %2 customers with %3 messages and notes into %4.</source>
        <translation>%1 klachten van %2 klanten met %3 berichten en notities geladen in %4.</translation>
    </message>
    <message>
        <source>load the demo data set</source>
        <translation>de demoset laden</translation>
    </message>
    <message>
        <source>complaints or customers.</source>
        <translation>complaints of customers.</translation>
    </message>
    <message>
        <source>JSON file {&quot;column&quot;: &quot;field&quot;}.</source>
        <translation>JSON-bestand {&quot;kolom&quot;: &quot;veld&quot;}.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD, repeatable (column by name or number; FIELD empty or ignore drops it).</source>
        <translation>COLUMN=FIELD, herhaalbaar (kolom op naam of nummer; FIELD leeg of ignore laat de kolom weg).</translation>
    </message>
    <message>
        <source>Check everything and report; store nothing.</source>
        <translation>Alles controleren en rapporteren; niets opslaan.</translation>
    </message>
    <message>
        <source>Write refused rows (line, column, reason, original) to this CSV file.</source>
        <translation>Geweigerde rijen (regel, kolom, reden, origineel) naar dit CSV-bestand schrijven.</translation>
    </message>
    <message>
        <source>Column delimiter: , ; tab or | (default: detected).</source>
        <translation>Scheidingsteken tussen kolommen: , ; tab of | (standaard: automatisch herkend).</translation>
    </message>
    <message>
        <source>utf-8, windows-1252, utf-16le, utf-16be (default: detected).</source>
        <translation>utf-8, windows-1252, utf-16le, utf-16be (standaard: automatisch herkend).</translation>
    </message>
    <message>
        <source>Line of the header row (default: found; 0 for none).</source>
        <translation>Regelnummer van de kopregel (standaard: automatisch gevonden; 0 voor geen).</translation>
    </message>
    <message>
        <source>dmy, mdy or ymd for all-numeric dates (default: decided per file).</source>
        <translation>dmy, mdy of ymd voor datums met alleen cijfers (standaard: per bestand bepaald).</translation>
    </message>
    <message>
        <source>Channel for rows without one.</source>
        <translation>Kanaal voor rijen zonder kanaal.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Het verslag als JSON weergeven.</translation>
    </message>
    <message>
        <source>No progress bar.</source>
        <translation>Geen voortgangsbalk.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Het CSV-bestand.</translation>
    </message>
    <message>
        <source>Imports complaints or customers from a CSV file in one transaction. Rows already imported (same id) are left alone; refused rows are listed with line, column and reason.</source>
        <translation>Importeert klachten of klanten uit een CSV-bestand in één transactie. Rijen die al geïmporteerd zijn (zelfde id) blijven ongemoeid; geweigerde rijen worden vermeld met regel, kolom en reden.</translation>
    </message>
    <message>
        <source>give exactly one CSV file</source>
        <translation>geef precies één CSV-bestand op</translation>
    </message>
    <message>
        <source>use complaints or customers</source>
        <translation>gebruik complaints of customers</translation>
    </message>
    <message>
        <source>one character, or tab</source>
        <translation>één teken, of tab</translation>
    </message>
    <message>
        <source>use utf-8, windows-1252, utf-16le or utf-16be</source>
        <translation>gebruik utf-8, windows-1252, utf-16le of utf-16be</translation>
    </message>
    <message>
        <source>use dmy, mdy or ymd</source>
        <translation>gebruik dmy, mdy of ymd</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>File: %1 (%2, delimiter %3, header on line %4, dates %5)</source>
        <translation>Bestand: %1 (%2, scheidingsteken %3, kopregel op regel %4, datums %5)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>let op: %1</translation>
    </message>
    <message>
        <source>line %1%2: %3</source>
        <translation>regel %1%2: %3</translation>
    </message>
    <message>
        <source>Dry run, nothing stored: </source>
        <translation>Proefimport, niets opgeslagen: </translation>
    </message>
    <message>
        <source>Refused rows are in %1.</source>
        <translation>De geweigerde rijen staan in %1.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv of json.</translation>
    </message>
    <message>
        <source>Received on or after (ISO date).</source>
        <translation>Ontvangen op of na (ISO-datum).</translation>
    </message>
    <message>
        <source>Received before (ISO date).</source>
        <translation>Ontvangen vóór (ISO-datum).</translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated).</source>
        <translation>Alleen deze statussen (kommagescheiden).</translation>
    </message>
    <message>
        <source>Only this category.</source>
        <translation>Alleen deze categorie.</translation>
    </message>
    <message>
        <source>CSV delimiter (default ,).</source>
        <translation>CSV-scheidingsteken (standaard ,).</translation>
    </message>
    <message>
        <source>Exports complaints or customers as CSV or JSON. Cells that a spreadsheet would run as a formula are escaped.</source>
        <translation>Exporteert klachten of klanten als CSV of JSON. Cellen die een spreadsheet als formule zou uitvoeren, worden onschadelijk gemaakt.</translation>
    </message>
    <message>
        <source>use csv or json</source>
        <translation>gebruik csv of json</translation>
    </message>
    <message>
        <source>use an ISO date such as 2026-10-01</source>
        <translation>gebruik een ISO-datum zoals 2026-10-01</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>export: write the JSON here.</source>
        <translation>export: schrijf de JSON hierheen.</translation>
    </message>
    <message>
        <source>export: also write a readable PDF here.</source>
        <translation>export: schrijf hier ook een leesbare PDF heen.</translation>
    </message>
    <message>
        <source>erase: really erase (cannot be undone).</source>
        <translation>erase: echt wissen (kan niet ongedaan worden gemaakt).</translation>
    </message>
    <message>
        <source>retention: set the rule to N years (0: off).</source>
        <translation>retention: stel de regel in op N jaar (0: uit).</translation>
    </message>
    <message>
        <source>retention: apply the rule now.</source>
        <translation>retention: pas de regel nu toe.</translation>
    </message>
    <message>
        <source>retention: count, change nothing.</source>
        <translation>retention: alleen tellen, niets wijzigen.</translation>
    </message>
    <message>
        <source>link: set the URL template, e.g. https://crm.example/customers/{external_id}.</source>
        <translation>link: stel het URL-sjabloon in, bijvoorbeeld https://crm.example/customers/{external_id}.</translation>
    </message>
    <message>
        <source>export CUSTOMER | erase CUSTOMER | retention | log [CUSTOMER] | link [CUSTOMER]</source>
        <translation>export CUSTOMER | erase CUSTOMER | retention | log [CUSTOMER] | link [CUSTOMER]</translation>
    </message>
    <message>
        <source>Privacy (AVG/GDPR): export everything about a customer, erase a customer, the retention rule, the privacy log and the link to the customer-service system. CUSTOMER is an id, external id, customer number, e-mail, phone or handle.</source>
        <translation>Privacy (AVG): alle gegevens van een klant exporteren, een klant wissen, de bewaarregel, het privacylogboek en de koppeling met het klantenservicesysteem. CUSTOMER is een id, extern id, klantnummer, e-mailadres, telefoonnummer of gebruikersnaam.</translation>
    </message>
    <message>
        <source>give export, erase, retention, log or link</source>
        <translation>geef export, erase, retention, log of link op</translation>
    </message>
    <message>
        <source>name the customer</source>
        <translation>noem de klant</translation>
    </message>
    <message>
        <source>Everything stored about %1 is in %2.</source>
        <translation>Alles wat over %1 is vastgelegd, staat in %2.</translation>
    </message>
    <message>
        <source>The readable version is in %1.</source>
        <translation>De leesbare versie staat in %1.</translation>
    </message>
    <message>
        <source>this build of klachtdesk-cli cannot write PDF files (built without the GUI)</source>
        <translation>deze versie van klachtdesk-cli kan geen PDF-bestanden schrijven (gebouwd zonder grafische interface)</translation>
    </message>
    <message>
        <source>erasing %1 cannot be undone; add --confirm</source>
        <translation>het wissen van %1 kan niet ongedaan worden gemaakt; voeg --confirm toe</translation>
    </message>
    <message>
        <source>Erased: %1 customer(s), %2 complaint(s), %3 contact(s), %4 handle(s), %5 other row(s); %6 change-log entries scrubbed.</source>
        <translation>Gewist: %1 klant(en), %2 klacht(en), %3 contact(en), %4 socialemedia-account(s), %5 andere rij(en); %6 regels in het wijzigingslogboek opgeschoond.</translation>
    </message>
    <message>
        <source>warning: compacting the database failed: %1</source>
        <translation>waarschuwing: het comprimeren van de database is mislukt: %1</translation>
    </message>
    <message>
        <source>the database file still contains %1 erased text(s); report this</source>
        <translation>het databasebestand bevat nog %1 gewiste tekst(en); meld dit</translation>
    </message>
    <message>
        <source>a whole number of years</source>
        <translation>een geheel aantal jaren</translation>
    </message>
    <message>
        <source>Rule: anonymise complaints closed more than %1 year(s) ago.</source>
        <translation>Regel: klachten anonimiseren die meer dan %1 jaar geleden zijn gesloten.</translation>
    </message>
    <message>
        <source>No retention rule is set.</source>
        <translation>Er is geen bewaarregel ingesteld.</translation>
    </message>
    <message>
        <source>Would anonymise</source>
        <translation>Te anonimiseren:</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Geanonimiseerd:</translation>
    </message>
    <message>
        <source>%1 complaint(s) and %2 customer(s).</source>
        <translation>%1 klacht(en) en %2 klant(en).</translation>
    </message>
    <message>
        <source>no link: set a template with --template, and give the customer the id it uses</source>
        <translation>geen koppeling: stel een sjabloon in met --template en geef de klant het id dat daarin wordt gebruikt</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use export, erase, retention, log or link</source>
        <translation>onbekende actie &quot;%1&quot;; gebruik export, erase, retention, log of link</translation>
    </message>
    <message>
        <source>Usage: klachtdesk-cli [--db FILE] COMMAND [options]

Registers, finds and reports on customer complaints on this workstation&apos;s
database. Every command takes --help; most take --json for scripts.

Commands:
</source>
        <translation>Gebruik: klachtdesk-cli [--db FILE] COMMAND [opties]

Registreert, zoekt en rapporteert klachten van klanten in de database van
deze werkplek. Elke opdracht kent --help; de meeste kennen --json voor scripts.

Opdrachten:
</translation>
    </message>
    <message>
        <source>
Global options:
  --db FILE     the database to use (default: %1)
  --version     print the version and exit
  --help        print this help

Exit codes: 0 done, 2 invalid input or usage, 3 not found, 4 conflict or refused
transition, 5 database in use, 6 database too new, 7 server unreachable,
8 not permitted, 9 storage or file error.
</source>
        <translation>
Algemene opties:
  --db FILE     de database die wordt gebruikt (standaard: %1)
  --version     toon de versie en stop
  --help        toon deze hulptekst

Afsluitcodes: 0 gelukt, 2 ongeldige invoer of aanroep, 3 niet gevonden, 4 conflict
of geweigerde statusovergang, 5 database in gebruik, 6 database te nieuw,
7 server onbereikbaar, 8 geen toestemming, 9 opslag- of bestandsfout.
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run klachtdesk-cli --help for the list of commands.
</source>
        <translation>Onbekende opdracht &quot;%1&quot;. Voer klachtdesk-cli --help uit voor de lijst met opdrachten.
</translation>
    </message>
    <message>
        <source>The workload per agent is for supervisors; %1 is an agent.</source>
        <translation>De werklast per behandelaar is alleen voor teamleiders; %1 is behandelaar.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: last month).</source>
        <translation>De maand, JJJJ-MM (standaard: vorige maand).</translation>
    </message>
    <message>
        <source>First day of a free period, YYYY-MM-DD.</source>
        <translation>Eerste dag van een vrij gekozen periode, JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Last day of a free period, YYYY-MM-DD.</source>
        <translation>Laatste dag van een vrij gekozen periode, JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Only this team&apos;s complaints.</source>
        <translation>Alleen de klachten van dit team.</translation>
    </message>
    <message>
        <source>Write the printable report to this PDF file.</source>
        <translation>De afdrukbare rapportage naar dit PDF-bestand schrijven.</translation>
    </message>
    <message>
        <source>Write the report&apos;s tables as CSV files into this folder.</source>
        <translation>De tabellen van de rapportage als CSV-bestanden in deze map schrijven.</translation>
    </message>
    <message>
        <source>Include the workload per agent (supervisors only).</source>
        <translation>De werklast per behandelaar opnemen (alleen teamleiders).</translation>
    </message>
    <message>
        <source>Organisation name on the title page (default: setting report/organisation).</source>
        <translation>Naam van de organisatie op de titelpagina (standaard: instelling report/organisation).</translation>
    </message>
    <message>
        <source>Logo image for the title page (default: setting report/logo).</source>
        <translation>Logo voor de titelpagina (standaard: instelling report/logo).</translation>
    </message>
    <message>
        <source>Print the headline figures as JSON.</source>
        <translation>De kerncijfers als JSON weergeven.</translation>
    </message>
    <message>
        <source>Makes the complaints report for a month or a period: a PDF to print, CSV tables, or a summary on the terminal.</source>
        <translation>Maakt de klachtenrapportage voor een maand of periode: een PDF om af te drukken, CSV-tabellen of een samenvatting in de terminal.</translation>
    </message>
    <message>
        <source>give either --month or --from and --until</source>
        <translation>geef --month óf --from en --until op</translation>
    </message>
    <message>
        <source>give both --from and --until as YYYY-MM-DD</source>
        <translation>geef zowel --from als --until op als JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Wrote %1 tables to %2</source>
        <translation>%1 tabellen geschreven naar %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages)</source>
        <translation>%1 geschreven (%2 pagina&apos;s)</translation>
    </message>
    <message>
        <source>Complaints report %1</source>
        <translation>Klachtenrapportage %1</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Ontvangen klachten</translation>
    </message>
    <message>
        <source>Organisational / product-technical</source>
        <translation>Organisatorisch / producttechnisch</translation>
    </message>
    <message>
        <source>Share justified</source>
        <translation>Aandeel terecht</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Mediaan eerste reactie</translation>
    </message>
    <message>
        <source>First responses within target</source>
        <translation>Eerste reacties binnen termijn</translation>
    </message>
    <message>
        <source>Median resolution time</source>
        <translation>Mediaan afhandeltijd</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Open aan het eind van de periode</translation>
    </message>
    <message>
        <source>Repeat complainants</source>
        <translation>Terugkerende klagers</translation>
    </message>
    <message>
        <source>Times are net of time waiting for the customer.</source>
        <translation>Tijden zijn exclusief de tijd dat op de klant werd gewacht.</translation>
    </message>
    <message>
        <source>The cause the action fixes.</source>
        <translation>De oorzaak die de actie wegneemt.</translation>
    </message>
    <message>
        <source>What is being done.</source>
        <translation>Wat er wordt gedaan.</translation>
    </message>
    <message>
        <source>Who sees it through.</source>
        <translation>Wie ervoor zorgt dat het gebeurt.</translation>
    </message>
    <message>
        <source>Due date, YYYY-MM-DD.</source>
        <translation>Uiterste datum, JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>planned, in_progress, done or dropped.</source>
        <translation>planned, in_progress, done of dropped.</translation>
    </message>
    <message>
        <source>References of complaints that showed the cause, comma-separated.</source>
        <translation>Kenmerken van klachten die de oorzaak aan het licht brachten, kommagescheiden.</translation>
    </message>
    <message>
        <source>add, list, or set ID</source>
        <translation>add, list of set ID</translation>
    </message>
    <message>
        <source>Records improvement actions: fixes for the causes behind complaints, shown in the monthly report.</source>
        <translation>Legt verbeteracties vast: maatregelen tegen de oorzaken achter klachten, opgenomen in de maandrapportage.</translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot; (use YYYY-MM-DD)</source>
        <translation>geen datum: &quot;%1&quot; (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>use: action add | action list | action set ID</source>
        <translation>gebruik: action add | action list | action set ID</translation>
    </message>
    <message>
        <source>make the complaints report (PDF, CSV, summary)</source>
        <translation>de klachtenrapportage maken (PDF, CSV, samenvatting)</translation>
    </message>
    <message>
        <source>record improvement actions against causes</source>
        <translation>verbeteracties tegen oorzaken vastleggen</translation>
    </message>
    <message>
        <source>Print the hits as JSON.</source>
        <translation>De treffers als JSON weergeven.</translation>
    </message>
    <message>
        <source>Hits of each kind (default 20).</source>
        <translation>Aantal treffers per soort (standaard 20).</translation>
    </message>
    <message>
        <source>Best match first (bm25 within the newest 2,000 matches) instead of newest first.</source>
        <translation>Beste overeenkomst eerst (bm25 binnen de nieuwste 2.000 treffers) in plaats van nieuwste eerst.</translation>
    </message>
    <message>
        <source>Only complaint, customer or interaction hits (repeatable).</source>
        <translation>Alleen treffers van het soort complaint, customer of interaction (herhaalbaar).</translation>
    </message>
    <message>
        <source>Words, a reference, customer number, e-mail, phone or handle. Any text is allowed.</source>
        <translation>Woorden, een kenmerk, klantnummer, e-mailadres, telefoonnummer of gebruikersnaam. Elke tekst is toegestaan.</translation>
    </message>
    <message>
        <source>Finds complaints, customers and messages, as the search box of the workstation does.</source>
        <translation>Zoekt klachten, klanten en berichten, zoals het zoekvak van de werkplek.</translation>
    </message>
    <message>
        <source>use complaint, customer or interaction, not &quot;%1&quot;</source>
        <translation>gebruik complaint, customer of interaction, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Niets gevonden voor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Print the history as JSON.</source>
        <translation>De geschiedenis als JSON weergeven.</translation>
    </message>
    <message>
        <source>Entries to show (default 300).</source>
        <translation>Aantal items om te tonen (standaard 300).</translation>
    </message>
    <message>
        <source>Customer number, e-mail, phone (any formatting), social handle or id.</source>
        <translation>Klantnummer, e-mailadres, telefoonnummer (elke notatie), gebruikersnaam of id.</translation>
    </message>
    <message>
        <source>Shows a customer&apos;s whole history, newest first: complaints, messages, call notes, replies and promises on every channel.</source>
        <translation>Toont de volledige geschiedenis van een klant, nieuwste eerst: klachten, berichten, gespreksnotities, antwoorden en toezeggingen op elk kanaal.</translation>
    </message>
    <message>
        <source>name the customer: number, e-mail, phone or handle</source>
        <translation>noem de klant: nummer, e-mailadres, telefoonnummer of gebruikersnaam</translation>
    </message>
    <message>
        <source>Preferred channel: %1; form of address: %2; complaints in the last 12 months: %3 (total %4, open %5)</source>
        <translation>Voorkeurskanaal: %1; aanspreekvorm: %2; klachten in de afgelopen 12 maanden: %3 (totaal %4, open %5)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>! OVERDUE promise</source>
        <translation>! VERLOPEN toezegging</translation>
    </message>
    <message>
        <source>! open promise</source>
        <translation>! openstaande toezegging</translation>
    </message>
    <message>
        <source>complaint %1 [%2]</source>
        <translation>klacht %1 [%2]</translation>
    </message>
    <message>
        <source>promise [%1] due</source>
        <translation>toezegging [%1] uiterlijk</translation>
    </message>
    <message>
        <source>Print the similar complaints as JSON.</source>
        <translation>De vergelijkbare klachten als JSON weergeven.</translation>
    </message>
    <message>
        <source>How many (default 5).</source>
        <translation>Hoeveel (standaard 5).</translation>
    </message>
    <message>
        <source>Shows earlier complaints most like this one, with how each was solved and the reply that was sent.</source>
        <translation>Toont eerdere klachten die het meest op deze lijken, met hoe elk is opgelost en het antwoord dat is verstuurd.</translation>
    </message>
    <message>
        <source>name one complaint by its reference</source>
        <translation>noem één klacht bij haar kenmerk</translation>
    </message>
    <message>
        <source>  known</source>
        <translation>  bekend</translation>
    </message>
    <message>
        <source>Solution: </source>
        <translation>Oplossing: </translation>
    </message>
    <message>
        <source>Reply: </source>
        <translation>Antwoord: </translation>
    </message>
    <message>
        <source>No similar complaints.</source>
        <translation>Geen vergelijkbare klachten.</translation>
    </message>
    <message>
        <source>Print the verdict as JSON.</source>
        <translation>Het oordeel als JSON weergeven.</translation>
    </message>
    <message>
        <source>Similar recent complaints needed (default: the stored rule, else 3).</source>
        <translation>Benodigd aantal vergelijkbare recente klachten (standaard: de opgeslagen regel, anders 3).</translation>
    </message>
    <message>
        <source>How far back counts as recent, in days (default: the stored rule, else 30).</source>
        <translation>Hoe ver terug nog als recent telt, in dagen (standaard: de opgeslagen regel, anders 30).</translation>
    </message>
    <message>
        <source>Similarity needed, 0 to 1 (default: the stored rule, else 0.5).</source>
        <translation>Benodigde gelijkenis, 0 tot 1 (standaard: de opgeslagen regel, anders 0.5).</translation>
    </message>
    <message>
        <source>Store the given rule for this database.</source>
        <translation>De opgegeven regel voor deze database opslaan.</translation>
    </message>
    <message>
        <source>Marks the complaint as a known complaint (a structural problem) when it matches several recent ones.</source>
        <translation>Markeert de klacht als bekende klacht (een structureel probleem) als ze lijkt op meerdere recente klachten.</translation>
    </message>
    <message>
        <source>--min-similar and --days must be at least 1, --min-score between 0 and 1</source>
        <translation>--min-similar en --days moeten minstens 1 zijn, --min-score tussen 0 en 1</translation>
    </message>
    <message>
        <source>name the complaint</source>
        <translation>noem de klacht</translation>
    </message>
    <message>
        <source>%1 is a known complaint (%2 similar in %3 days).</source>
        <translation>%1 is een bekende klacht (%2 vergelijkbare in %3 dagen).</translation>
    </message>
    <message>
        <source>%1 is not a known complaint (%2 similar in %3 days).</source>
        <translation>%1 is geen bekende klacht (%2 vergelijkbare in %3 dagen).</translation>
    </message>
    <message>
        <source>Print what was moved as JSON.</source>
        <translation>Weergeven wat is verplaatst, als JSON.</translation>
    </message>
    <message>
        <source>The customer to keep (number, e-mail, phone, handle or id).</source>
        <translation>De klant die blijft (nummer, e-mailadres, telefoonnummer, gebruikersnaam of id).</translation>
    </message>
    <message>
        <source>The duplicate to merge into it.</source>
        <translation>Het duplicaat dat erin wordt samengevoegd.</translation>
    </message>
    <message>
        <source>Merges a duplicate customer into another, keeping all complaints, messages, handles and promises.</source>
        <translation>Voegt een dubbele klant samen met een andere en behoudt alle klachten, berichten, gebruikersnamen en toezeggingen.</translation>
    </message>
    <message>
        <source>name two customers: the one to keep and the duplicate</source>
        <translation>noem twee klanten: de klant die blijft en het duplicaat</translation>
    </message>
    <message>
        <source>Merged %1 into %2: %3 complaints, %4 interactions, %5 handles moved.</source>
        <translation>%1 samengevoegd met %2: %3 klachten, %4 contactmomenten, %5 gebruikersnamen verplaatst.</translation>
    </message>
    <message>
        <source>Print articles as JSON.</source>
        <translation>Artikelen als JSON weergeven.</translation>
    </message>
    <message>
        <source>nl or en.</source>
        <translation>nl of en.</translation>
    </message>
    <message>
        <source>Question or title (add).</source>
        <translation>Vraag of titel (add).</translation>
    </message>
    <message>
        <source>The answer (add).</source>
        <translation>Het antwoord (add).</translation>
    </message>
    <message>
        <source>Comma-separated tags (add).</source>
        <translation>Kommagescheiden labels (add).</translation>
    </message>
    <message>
        <source>list, search WORDS, show ID or add.</source>
        <translation>list, search WORDS, show ID of add.</translation>
    </message>
    <message>
        <source>The knowledge base of standard answers and facts.</source>
        <translation>De kennisbank met standaardantwoorden en feiten.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators edit the knowledge base.</source>
        <translation>Alleen teamleiders en beheerders kunnen de kennisbank bewerken.</translation>
    </message>
    <message>
        <source>use list, search, show or add, not &quot;%1&quot;</source>
        <translation>gebruik list, search, show of add, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>find complaints, customers and messages</source>
        <translation>klachten, klanten en berichten zoeken</translation>
    </message>
    <message>
        <source>a customer&apos;s whole history, newest first</source>
        <translation>de volledige geschiedenis van een klant, nieuwste eerst</translation>
    </message>
    <message>
        <source>earlier complaints like this one and how they were solved</source>
        <translation>vergelijkbare eerdere klachten en hoe ze zijn opgelost</translation>
    </message>
    <message>
        <source>mark a complaint as known when it matches recent ones</source>
        <translation>een klacht als bekend markeren als ze lijkt op recente klachten</translation>
    </message>
    <message>
        <source>merge a duplicate customer into another</source>
        <translation>een dubbele klant samenvoegen met een andere</translation>
    </message>
    <message>
        <source>the knowledge base: list, search, show, add</source>
        <translation>de kennisbank: list, search, show, add</translation>
    </message>
    <message>
        <source>No server configured. Use `klachtdesk-cli connect --url postgresql://user@host/database?sslmode=verify-full` or --url.</source>
        <translation>Geen server ingesteld. Gebruik `klachtdesk-cli connect --url postgresql://user@host/database?sslmode=verify-full` of --url.</translation>
    </message>
    <message>
        <source>Server address (postgresql://...).</source>
        <translation>Serveradres (postgresql://...).</translation>
    </message>
    <message>
        <source>add-user: agent, supervisor or administrator.</source>
        <translation>add-user: agent, supervisor of administrator.</translation>
    </message>
    <message>
        <source>Server prepared: schema version %1.</source>
        <translation>Server ingericht: schemaversie %1.</translation>
    </message>
    <message>
        <source>Server schema at version %1.</source>
        <translation>Serverschema op versie %1.</translation>
    </message>
    <message>
        <source>Set KLACHTDESK_NEW_PASSWORD to the new user&apos;s password.</source>
        <translation>Zet KLACHTDESK_NEW_PASSWORD op het wachtwoord van de nieuwe gebruiker.</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>Gebruiker %1 toegevoegd als %2.</translation>
    </message>
    <message>
        <source>Server address (postgresql://user@host/db).</source>
        <translation>Serveradres (postgresql://user@host/db).</translation>
    </message>
    <message>
        <source>Stores the server address (never the password) and checks that it answers. The password comes from the OS keychain in the program, or KLACHTDESK_PASSWORD here.</source>
        <translation>Slaat het serveradres op (nooit het wachtwoord) en controleert of de server antwoordt. Het wachtwoord komt in het programma uit de sleutelhanger van het besturingssysteem, hier uit KLACHTDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbonden met %1.</translation>
    </message>
    <message>
        <source>Server address (default: the connected one).</source>
        <translation>Serveradres (standaard: de server waarmee verbonden is).</translation>
    </message>
    <message>
        <source>Keep syncing: on every server notification, and every --interval seconds.</source>
        <translation>Blijven synchroniseren: bij elke melding van de server en elke --interval seconden.</translation>
    </message>
    <message>
        <source>Seconds between polls with --watch.</source>
        <translation>Seconden tussen twee controles met --watch.</translation>
    </message>
    <message>
        <source>Changes per push batch.</source>
        <translation>Wijzigingen per verzendronde.</translation>
    </message>
    <message>
        <source>Server changes per local transaction.</source>
        <translation>Serverwijzigingen per lokale transactie.</translation>
    </message>
    <message>
        <source>Print what moved as JSON.</source>
        <translation>Weergeven wat is uitgewisseld, als JSON.</translation>
    </message>
    <message>
        <source>Sends the changes waiting here to the server and brings the server&apos;s changes here; prints what moved.</source>
        <translation>Verstuurt de wachtende wijzigingen naar de server en haalt de wijzigingen van de server op; toont wat er is uitgewisseld.</translation>
    </message>
    <message>
        <source>Sent %1 change(s) (%2 conflict(s), %3 refused, %4 already there); received %5.</source>
        <translation>%1 wijziging(en) verstuurd (%2 conflict(en), %3 geweigerd, %4 al aanwezig); %5 ontvangen.</translation>
    </message>
    <message>
        <source>list (default), restore ID or dismiss ID</source>
        <translation>list (standaard), restore ID of dismiss ID</translation>
    </message>
    <message>
        <source>the conflict&apos;s id</source>
        <translation>het id van het conflict</translation>
    </message>
    <message>
        <source>Also list resolved conflicts.</source>
        <translation>Ook opgeloste conflicten tonen.</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>Als JSON weergeven.</translation>
    </message>
    <message>
        <source>Lists sync conflicts (the value that won and the one kept aside), restores the kept value or dismisses it.</source>
        <translation>Toont synchronisatieconflicten (de waarde die het won en de waarde die apart is gezet), zet de apart gezette waarde terug of verwerpt haar.</translation>
    </message>
    <message>
        <source>Give the conflict&apos;s id.</source>
        <translation>Geef het id van het conflict op.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Teruggezet.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Verworpen.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes of no.</translation>
    </message>
    <message>
        <source>Cause category (code or name).</source>
        <translation>Oorzaakcategorie (code of naam).</translation>
    </message>
    <message>
        <source>The cause in words.</source>
        <translation>De oorzaak in woorden.</translation>
    </message>
    <message>
        <source>yes: a known (recurring) complaint; no: unique.</source>
        <translation>yes: een bekende (terugkerende) klacht; no: uniek.</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>Wat er is gedaan.</translation>
    </message>
    <message>
        <source>Why no reply was possible.</source>
        <translation>Waarom geen antwoord mogelijk was.</translation>
    </message>
    <message>
        <source>Customer&apos;s satisfaction, 1-5.</source>
        <translation>Tevredenheid van de klant, 1-5.</translation>
    </message>
    <message>
        <source>yes or no: closed off publicly.</source>
        <translation>yes of no: openbaar afgesloten.</translation>
    </message>
    <message>
        <source>The team that handles it.</source>
        <translation>Het team dat de klacht behandelt.</translation>
    </message>
    <message>
        <source>Records the assessment of a complaint: severity, justified, claim risk, cause, known or unique, solution, satisfaction.</source>
        <translation>Legt de beoordeling van een klacht vast: ernst, terecht, claimrisico, oorzaak, bekend of uniek, oplossing, tevredenheid.</translation>
    </message>
    <message>
        <source>assess takes one reference</source>
        <translation>assess verwacht één kenmerk</translation>
    </message>
    <message>
        <source>a whole number from 1 to 5</source>
        <translation>een geheel getal van 1 tot en met 5</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Waarom (verplicht).</translation>
    </message>
    <message>
        <source>Login of the supervisor (default: the team&apos;s).</source>
        <translation>Login van de teamleider (standaard: die van het team).</translation>
    </message>
    <message>
        <source>The complaint.</source>
        <translation>De klacht.</translation>
    </message>
    <message>
        <source>Escalates a complaint to a supervisor, who is notified.</source>
        <translation>Escaleert een klacht naar een teamleider, die een melding krijgt.</translation>
    </message>
    <message>
        <source>escalate takes one reference</source>
        <translation>escalate verwacht één kenmerk</translation>
    </message>
    <message>
        <source>%1: escalated to %2</source>
        <translation>%1: geëscaleerd naar %2</translation>
    </message>
    <message>
        <source>all supervisors</source>
        <translation>alle teamleiders</translation>
    </message>
    <message>
        <source>What was promised (add).</source>
        <translation>Wat er is toegezegd (add).</translation>
    </message>
    <message>
        <source>By when, ISO 8601 date or date and time (add).</source>
        <translation>Uiterlijk wanneer, ISO 8601-datum of datum en tijd (add).</translation>
    </message>
    <message>
        <source>Who keeps it (default: the assignee).</source>
        <translation>Wie de toezegging nakomt (standaard: de behandelaar).</translation>
    </message>
    <message>
        <source>Only overdue promises (list).</source>
        <translation>Alleen verlopen toezeggingen (list).</translation>
    </message>
    <message>
        <source>add REF, list [REF], kept ID, broken ID, cancelled ID.</source>
        <translation>add REF, list [REF], kept ID, broken ID, cancelled ID.</translation>
    </message>
    <message>
        <source>Tracks promises made to customers.</source>
        <translation>Houdt toezeggingen aan klanten bij.</translation>
    </message>
    <message>
        <source>use promise add REF --text ... --due ..., promise list [REF], promise kept ID</source>
        <translation>gebruik promise add REF --text ... --due ..., promise list [REF], promise kept ID</translation>
    </message>
    <message>
        <source>promise add takes one reference</source>
        <translation>promise add verwacht één kenmerk</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date or date and time</source>
        <translation>&quot;%1&quot; is geen ISO 8601-datum of -datum en -tijd</translation>
    </message>
    <message>
        <source>promise %1 takes the promise&apos;s id</source>
        <translation>promise %1 verwacht het id van de toezegging</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use add, list, kept, broken or cancelled</source>
        <translation>onbekende actie &quot;%1&quot;; gebruik add, list, kept, broken of cancelled</translation>
    </message>
    <message>
        <source>OVERDUE </source>
        <translation>VERLOPEN </translation>
    </message>
    <message>
        <source>Shows the audit trail of a complaint: every change, who and when.</source>
        <translation>Toont het logboek van wijzigingen van een klacht: elke wijziging, door wie en wanneer.</translation>
    </message>
    <message>
        <source>audit takes one reference</source>
        <translation>audit verwacht één kenmerk</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Eerste reactie uiterlijk</translation>
    </message>
    <message>
        <source>%1 (%2 working min)</source>
        <translation>%1 (%2 werkmin)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Afhandeling uiterlijk</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>paused since %1 (%2)</source>
        <translation>gepauzeerd sinds %1 (%2)</translation>
    </message>
    <message>
        <source>%1 working time</source>
        <translation>%1 werktijd</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Niet gehaald</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>eerste reactie</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>afhandeling</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 naar %2: %3</translation>
    </message>
    <message>
        <source>Rule for this channel (set).</source>
        <translation>Regel voor dit kanaal (set).</translation>
    </message>
    <message>
        <source>Rule for this severity (set).</source>
        <translation>Regel voor deze ernst (set).</translation>
    </message>
    <message>
        <source>First response, working minutes (set).</source>
        <translation>Eerste reactie, werkminuten (set).</translation>
    </message>
    <message>
        <source>Resolution, working minutes (set).</source>
        <translation>Afhandeling, werkminuten (set).</translation>
    </message>
    <message>
        <source>REF (a complaint&apos;s targets), rules, or set.</source>
        <translation>REF (de termijnen van een klacht), rules of set.</translation>
    </message>
    <message>
        <source>Shows a complaint&apos;s response-time targets, or lists and sets the SLA rules.</source>
        <translation>Toont de reactietermijnen van een klacht, of toont en wijzigt de SLA-regels.</translation>
    </message>
    <message>
        <source>use sla REF, sla rules or sla set --resolution MIN</source>
        <translation>gebruik sla REF, sla rules of sla set --resolution MIN</translation>
    </message>
    <message>
        <source>working minutes, a whole number</source>
        <translation>werkminuten, een geheel getal</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>elk kanaal</translation>
    </message>
    <message>
        <source>any severity</source>
        <translation>elke ernst</translation>
    </message>
    <message>
        <source>channel&apos;s</source>
        <translation>volgens kanaal</translation>
    </message>
    <message>
        <source>first %1, resolution %2 working min</source>
        <translation>eerste reactie %1, afhandeling %2 werkmin</translation>
    </message>
    <message>
        <source>Defaults without a rule: first response from the channel (60 min social, 480 elsewhere); resolution critical %1, high %2, normal %3, low %4 working min.</source>
        <translation>Standaard zonder regel: eerste reactie volgens het kanaal (60 min sociale media, 480 elders); afhandeling kritiek %1, hoog %2, normaal %3, laag %4 werkmin.</translation>
    </message>
    <message>
        <source>Runs the workflow check now: warnings before targets, missed targets and their escalation, overdue promises, long waits.</source>
        <translation>Voert de workflowcontrole nu uit: waarschuwingen vóór termijnen, niet gehaalde termijnen en hun escalatie, verlopen toezeggingen, lang wachten.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Niets te melden.</translation>
    </message>
    <message>
        <source>Whose (default: the current login).</source>
        <translation>Van wie (standaard: de huidige login).</translation>
    </message>
    <message>
        <source>Mark the listed notifications as seen.</source>
        <translation>De getoonde meldingen als gezien markeren.</translation>
    </message>
    <message>
        <source>Lists unseen notifications: escalations, targets, promises.</source>
        <translation>Toont ongeziene meldingen: escalaties, termijnen, toezeggingen.</translation>
    </message>
    <message>
        <source>record the assessment of a complaint</source>
        <translation>de beoordeling van een klacht vastleggen</translation>
    </message>
    <message>
        <source>escalate a complaint to a supervisor</source>
        <translation>een klacht naar een teamleider escaleren</translation>
    </message>
    <message>
        <source>track promises made to customers</source>
        <translation>toezeggingen aan klanten bijhouden</translation>
    </message>
    <message>
        <source>show a complaint&apos;s audit trail</source>
        <translation>het logboek van wijzigingen van een klacht tonen</translation>
    </message>
    <message>
        <source>response-time targets and SLA rules</source>
        <translation>reactietermijnen en SLA-regels</translation>
    </message>
    <message>
        <source>run the targets and escalation check</source>
        <translation>de controle op termijnen en escalaties uitvoeren</translation>
    </message>
    <message>
        <source>list unseen notifications</source>
        <translation>ongeziene meldingen tonen</translation>
    </message>
    <message>
        <source>import complaints or customers from CSV</source>
        <translation>klachten of klanten importeren uit CSV</translation>
    </message>
    <message>
        <source>export complaints or customers as CSV or JSON</source>
        <translation>klachten of klanten exporteren als CSV of JSON</translation>
    </message>
    <message>
        <source>access requests, erasure, retention (AVG/GDPR)</source>
        <translation>inzageverzoeken, wissen, bewaartermijn (AVG)</translation>
    </message>
    <message>
        <source>Print how long each stage took (ms) on standard error, for klachtdesk-bench.</source>
        <translation>Druk af hoe lang elke stap duurde (ms), op standaardfout, voor klachtdesk-bench.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s) received: this desktop&apos;s copy of the erased data was scrubbed.</source>
        <translation>
            <numerusform>%n wissing ontvangen: de kopie van de gewiste gegevens op deze werkplek is opgeschoond.</numerusform>
            <numerusform>%n wissingen ontvangen: de kopie van de gewiste gegevens op deze werkplek is opgeschoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compacting the database after an erasure failed: %1</source>
        <translation>Comprimeren van de database na een wissing is mislukt: %1</translation>
    </message>
    <message>
        <source>prepare or upgrade the shared server; add users</source>
        <translation>de gedeelde server inrichten of bijwerken; gebruikers toevoegen</translation>
    </message>
    <message>
        <source>store the server to sync with</source>
        <translation>de server vastleggen om mee te synchroniseren</translation>
    </message>
    <message>
        <source>sync with the server once, or keep syncing (--watch)</source>
        <translation>eenmalig met de server synchroniseren, of blijven synchroniseren (--watch)</translation>
    </message>
    <message>
        <source>list, restore or dismiss sync conflicts</source>
        <translation>syncconflicten tonen, terugzetten of afhandelen</translation>
    </message>
    <message numerus="yes">
        <source>Saved; due times recomputed for %n open complaint(s).</source>
        <translation>
            <numerusform>Opgeslagen; termijnen van %n openstaande klacht opnieuw berekend.</numerusform>
            <numerusform>Opgeslagen; termijnen van %n openstaande klachten opnieuw berekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>use workflow hours set DAY 09:00-17:00</source>
        <translation>gebruik workflow hours set DAG 09:00-17:00</translation>
    </message>
    <message>
        <source>a day is mon..sun or 1..7, not &quot;%1&quot;</source>
        <translation>een dag is mon..sun of 1..7, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>use workflow hours [--json] or workflow hours set DAY SPANS</source>
        <translation>gebruik workflow hours [--json] of workflow hours set DAG TIJDVAKKEN</translation>
    </message>
    <message>
        <source>use workflow holidays %1 YYYY-MM-DD</source>
        <translation>gebruik workflow holidays %1 JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-12-24</source>
        <translation>&quot;%1&quot; is geen datum zoals 2026-12-24</translation>
    </message>
    <message>
        <source>use workflow holidays list|add|remove</source>
        <translation>gebruik workflow holidays list|add|remove</translation>
    </message>
    <message>
        <source>a year like 2027</source>
        <translation>een jaar zoals 2027</translation>
    </message>
    <message>
        <source>Dutch holiday</source>
        <translation>Nederlandse feestdag</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>worked here (not a day off)</source>
        <translation>hier gewerkt (geen vrije dag)</translation>
    </message>
    <message>
        <source>use workflow rules remove ID (see workflow rules list)</source>
        <translation>gebruik workflow rules remove ID (zie workflow rules list)</translation>
    </message>
    <message>
        <source>Saved; the rule applies to complaints registered from now on (and to those whose severity or channel changes).</source>
        <translation>Opgeslagen; de regel geldt voor klachten die vanaf nu binnenkomen (en voor klachten waarvan de ernst of het kanaal verandert).</translation>
    </message>
    <message>
        <source>use workflow rules list|set|remove</source>
        <translation>gebruik workflow rules list|set|remove</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status</source>
        <translation>&quot;%1&quot; is geen status</translation>
    </message>
    <message>
        <source>Saved; a complaint pauses or resumes at its next status change.</source>
        <translation>Opgeslagen; een klacht pauzeert of loopt weer bij de volgende statuswijziging.</translation>
    </message>
    <message>
        <source>use workflow pausing [STATUS,STATUS]</source>
        <translation>gebruik workflow pausing [STATUS,STATUS]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>a number of days, not &quot;%1&quot;</source>
        <translation>een aantal dagen, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rules set: for this channel.</source>
        <translation>rules set: voor dit kanaal.</translation>
    </message>
    <message>
        <source>rules set: for this severity.</source>
        <translation>rules set: voor deze ernst.</translation>
    </message>
    <message>
        <source>rules set: first response, working minutes.</source>
        <translation>rules set: eerste reactie, in werkminuten.</translation>
    </message>
    <message>
        <source>rules set: resolution, working minutes.</source>
        <translation>rules set: afhandeling, in werkminuten.</translation>
    </message>
    <message>
        <source>holidays add: the day&apos;s name.</source>
        <translation>holidays add: de naam van de dag.</translation>
    </message>
    <message>
        <source>holidays add: the day is worked here (a computed holiday that is not a day off).</source>
        <translation>holidays add: op die dag wordt hier gewerkt (een berekende feestdag die geen vrije dag is).</translation>
    </message>
    <message>
        <source>holidays list: which year (default: this year).</source>
        <translation>holidays list: welk jaar (standaard: dit jaar).</translation>
    </message>
    <message>
        <source>hours | holidays | rules | pausing | pause-limit</source>
        <translation>hours | holidays | rules | pausing | pause-limit</translation>
    </message>
    <message>
        <source>what to do, see below</source>
        <translation>wat te doen, zie hieronder</translation>
    </message>
    <message>
        <source>Shows and edits the response-time set-up:
  workflow hours [--json]                 working hours per weekday
  workflow hours set DAY 09:00-17:00      DAY mon..sun; &apos;closed&apos; for none; several spans with commas
  workflow holidays list [--year Y] [--json]
  workflow holidays add DATE [--name N] [--working]
  workflow holidays remove DATE           drop an added or worked day
  workflow rules list [--json]
  workflow rules set --resolution MIN [--first MIN] [--channel C] [--severity S]
  workflow rules remove ID
  workflow pausing [STATUS,...] [--json]  statuses that stop the clocks
  workflow pause-limit [DAYS] [--json]    days of waiting before closing is suggested
Changing hours or holidays recomputes the due times of open complaints; rules apply to new complaints.</source>
        <translation>Toont en wijzigt de instellingen van de reactietermijnen:
  workflow hours [--json]                 werktijden per weekdag
  workflow hours set DAG 09:00-17:00      DAG mon..sun; &apos;closed&apos; voor geen; meerdere tijdvakken met komma&apos;s
  workflow holidays list [--year J] [--json]
  workflow holidays add DATUM [--name N] [--working]
  workflow holidays remove DATUM          een toegevoegde of gewerkte dag weghalen
  workflow rules list [--json]
  workflow rules set --resolution MIN [--first MIN] [--channel K] [--severity E]
  workflow rules remove ID
  workflow pausing [STATUS,...] [--json]  statussen die de klokken stilzetten
  workflow pause-limit [DAGEN] [--json]   dagen wachten voordat sluiten wordt voorgesteld
Werktijden of feestdagen wijzigen berekent de termijnen van openstaande klachten opnieuw; regels gelden voor nieuwe klachten.</translation>
    </message>
    <message>
        <source>use workflow hours|holidays|rules|pausing|pause-limit</source>
        <translation>gebruik workflow hours|holidays|rules|pausing|pause-limit</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;; use hours, holidays, rules, pausing or pause-limit</source>
        <translation>onbekend onderdeel &quot;%1&quot;; gebruik hours, holidays, rules, pausing of pause-limit</translation>
    </message>
    <message>
        <source>edit working hours, holidays, SLA rules and pausing</source>
        <translation>werktijden, feestdagen, termijnregels en pauzeren bewerken</translation>
    </message>
    <message>
        <source>init, upgrade, add-user, set-team, compact or restored</source>
        <translation>init, upgrade, add-user, set-team, compact of restored</translation>
    </message>
    <message>
        <source>for add-user and set-team: the login</source>
        <translation>bij add-user en set-team: de login</translation>
    </message>
    <message>
        <source>add-user, set-team: the team whose complaints an agent sees (empty: all).</source>
        <translation>add-user, set-team: het team waarvan een medewerker de klachten ziet (leeg: alle).</translation>
    </message>
    <message>
        <source>compact: days of changes and deletions to keep.</source>
        <translation>compact: hoeveel dagen wijzigingen en verwijderingen bewaard blijven.</translation>
    </message>
    <message>
        <source>Prepares the shared PostgreSQL server: `init` creates the schema, roles and row-level security; `upgrade` migrates it; `add-user LOGIN --role R [--team T]` adds a team member (password from KLACHTDESK_NEW_PASSWORD); `set-team LOGIN --team T` moves an agent to a team; `compact [--keep-days N]` removes older changes and deletions; `restored` tells every desktop the server came back from a backup.</source>
        <translation>Richt de gedeelde PostgreSQL-server in: `init` maakt het schema, de rollen en de beveiliging op rijniveau aan; `upgrade` migreert het schema; `add-user LOGIN --role R [--team T]` voegt een teamlid toe (wachtwoord uit KLACHTDESK_NEW_PASSWORD); `set-team LOGIN --team T` zet een medewerker in een team; `compact [--keep-days N]` verwijdert oudere wijzigingen en verwijderingen; `restored` laat elke werkplek weten dat de server uit een back-up is teruggezet.</translation>
    </message>
    <message>
        <source>Say init, upgrade, add-user, set-team, compact or restored.</source>
        <translation>Geef init, upgrade, add-user, set-team, compact of restored op.</translation>
    </message>
    <message>
        <source>%1 sees every complaint.</source>
        <translation>%1 ziet alle klachten.</translation>
    </message>
    <message>
        <source>%1 sees the complaints of team %2 and of no team.</source>
        <translation>%1 ziet de klachten van team %2 en die zonder team.</translation>
    </message>
    <message>
        <source>Give a whole number of days, 1 or more.</source>
        <translation>Geef een heel aantal dagen op, 1 of meer.</translation>
    </message>
    <message>
        <source>Every desktop downloads a fresh copy on its next sync and sends back what the backup lacks.</source>
        <translation>Elke werkplek haalt bij de volgende synchronisatie een verse kopie op en stuurt terug wat in de back-up ontbreekt.</translation>
    </message>
    <message>
        <source>Say init, upgrade, add-user LOGIN, set-team LOGIN, compact or restored.</source>
        <translation>Geef init, upgrade, add-user LOGIN, set-team LOGIN, compact of restored op.</translation>
    </message>
    <message>
        <source>Changes older than %1 days removed: %2. Desktops that have not synced since then download a fresh copy.</source>
        <translation>Wijzigingen ouder dan %1 dagen verwijderd: %2. Werkplekken die sindsdien niet hebben gesynchroniseerd, halen een verse kopie op.</translation>
    </message>
    <message>
        <source>... and %1 more refused rows%2.</source>
        <translation>... en nog %1 geweigerde rijen%2.</translation>
    </message>
    <message>
        <source> (--rejects FILE writes them all)</source>
        <translation> (--rejects BESTAND schrijft ze allemaal weg)</translation>
    </message>
    <message>
        <source>The file to write; without it, or with -, the export goes to standard output.</source>
        <translation>Het bestand om te schrijven; zonder, of met -, gaat de export naar de standaarduitvoer.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Kan niet naar de standaarduitvoer schrijven.</translation>
    </message>
    <message>
        <source>Rule to try (not stored): anonymise complaints closed more than %1 year(s) ago.</source>
        <translation>Regel om te proberen (niet opgeslagen): klachten anonimiseren die meer dan %1 jaar geleden zijn gesloten.</translation>
    </message>
    <message>
        <source>The login %1 existed already on this server: it now has the role %2 here, and its password was not changed.</source>
        <translation>De login %1 bestond al op deze server: hij heeft hier nu de rol %2, en zijn wachtwoord is niet gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>%n rij weggeschreven.</numerusform>
            <numerusform>%n rijen weggeschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n rij weggeschreven naar %1.</numerusform>
            <numerusform>%n rijen weggeschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows, %2 rejected, %3 rows/s</source>
        <translation>%1 rijen, %2 geweigerd, %3 rijen/s</translation>
    </message>
    <message>
        <source>%1 rows, %2 rejected; %3…</source>
        <translation>%1 rijen, %2 geweigerd; %3…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of templates: use list, show CODE or set CODE.</source>
        <translation>&quot;%1&quot; is geen actie van templates: gebruik list, show CODE of set CODE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; is geen geheel getal van %2 tot en met %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from %2 to %3</source>
        <translation>&quot;%1&quot; is geen getal van %2 tot en met %3</translation>
    </message>
    <message>
        <source>error: --db needs the database file after it.
</source>
        <translation>fout: na --db hoort het databasebestand.
</translation>
    </message>
    <message>
        <source>The folder of the database %1 does not exist.</source>
        <translation>De map van de database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Note: no complaint has the team &quot;%1&quot;, so the report counts none. Teams in use: %2.</source>
        <translation>Let op: geen enkele klacht heeft het team &quot;%1&quot;, dus de rapportage telt er geen. Teams in gebruik: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Cannot read the logo %1.</source>
        <translation>Kan het logo %1 niet lezen.</translation>
    </message>
    <message>
        <source>Complaints report %1, team %2</source>
        <translation>Klachtenrapportage %1, team %2</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Really merge (it cannot be undone); without it the two customers are shown.</source>
        <translation>Echt samenvoegen (kan niet ongedaan worden gemaakt); zonder deze optie worden de twee klanten alleen getoond.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n klacht</numerusform>
            <numerusform>%n klachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep:      %1</source>
        <translation>Houden:        %1</translation>
    </message>
    <message>
        <source>Merge in:  %1</source>
        <translation>Samenvoegen:   %1</translation>
    </message>
    <message>
        <source>a merge cannot be undone: check the two customers above and add --confirm</source>
        <translation>samenvoegen kan niet ongedaan worden gemaakt: controleer de twee klanten hierboven en voeg --confirm toe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of conflicts: use list, restore ID or dismiss ID.</source>
        <translation>&quot;%1&quot; is geen actie van conflicts: gebruik list, restore ID of dismiss ID.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>Improvement action %1 saved: %2.</source>
        <translation>Verbeteractie %1 opgeslagen: %2.</translation>
    </message>
    <message>
        <source>Promise %1 is now %2.</source>
        <translation>Toezegging %1 is nu %2.</translation>
    </message>
    <message>
        <source>No rules: the built-in defaults apply. First response: the channel&apos;s target. Resolution in working minutes: critical %1, high %2, normal %3, low %4.</source>
        <translation>Geen regels: de ingebouwde standaard geldt. Eerste reactie: de termijn van het kanaal. Afhandeling in werkminuten: kritiek %1, hoog %2, normaal %3, laag %4.</translation>
    </message>
    <message>
        <source>must be after --from</source>
        <translation>moet na --from liggen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>let op</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FOUT</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server: see `klachtdesk-cli conflicts`.</source>
        <translation>
            <numerusform>%n wijziging geweigerd door de server: zie `klachtdesk-cli conflicts`.</numerusform>
            <numerusform>%n wijzigingen geweigerd door de server: zie `klachtdesk-cli conflicts`.</numerusform>
        </translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>(afgehandeld)</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>nu: %1</translation>
    </message>
    <message>
        <source>kept aside: %1</source>
        <translation>bewaard: %1</translation>
    </message>
    <message>
        <source>second edit by %1</source>
        <translation>tweede wijziging door %1</translation>
    </message>
    <message>
        <source>No conflicts to look at.</source>
        <translation>Geen conflicten om te bekijken.</translation>
    </message>
    <message>
        <source>The server has no Klachtdesk schema yet: run `klachtdesk-cli server init --url ...` first.</source>
        <translation>De server heeft nog geen Klachtdesk-schema: voer eerst `klachtdesk-cli server init --url ...` uit.</translation>
    </message>
    <message>
        <source>give the team, or --team &quot;&quot; for every complaint</source>
        <translation>geef het team, of --team &quot;&quot; voor alle klachten</translation>
    </message>
    <message>
        <source>%1 is a %2: supervisors and administrators see every complaint, whatever their team. The team counts once %1 is an agent.</source>
        <translation>%1 is %2: leidinggevenden en beheerders zien alle klachten, wat hun team ook is. Het team telt zodra %1 medewerker is.</translation>
    </message>
    <message>
        <source>This customer was erased on %1; nothing left to erase.</source>
        <translation>Deze klant is gewist op %1; er is niets meer te wissen.</translation>
    </message>
    <message>
        <source>Rows: %1 (%2 new, %3 updated, %4 already there, %5 refused). New customers: %6. Took %7 ms.</source>
        <translation>Rijen: %1 (%2 nieuw, %3 bijgewerkt, %4 al aanwezig, %5 geweigerd). Nieuwe klanten: %6. Duurde %7 ms.</translation>
    </message>
</context>
<context>
    <name>kd::gui</name>
    <message>
        <source>Klachtdesk: register, assess and answer customer complaints.</source>
        <translation>Klachtdesk: klachten van klanten registreren, beoordelen en beantwoorden.</translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation>Het databasebestand dat wordt gebruikt.</translation>
    </message>
    <message>
        <source>Klachtdesk</source>
        <translation>Klachtdesk</translation>
    </message>
</context>
<context>
    <name>kd::print</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Personal data we hold about you</source>
        <translation>Persoonsgegevens die wij van u bewaren</translation>
    </message>
    <message>
        <source>Made on %1 by %2 at your request (AVG/GDPR article 15).</source>
        <translation>Opgesteld op %1 door %2 op uw verzoek (AVG artikel 15).</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Social accounts</source>
        <translation>Socialemedia-accounts</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Aanspreekvorm</translation>
    </message>
    <message>
        <source>Id in our customer-service system</source>
        <translation>Id in ons klantenservicesysteem</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Geregistreerd op</translation>
    </message>
    <message>
        <source>Your complaints (%1)</source>
        <translation>Uw klachten (%1)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Uw woorden</translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation>Product of bestelling</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Openbare URL</translation>
    </message>
    <message>
        <source>Contact about this complaint</source>
        <translation>Contact over deze klacht</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Overig contact</translation>
    </message>
    <message>
        <source>What we did with your data</source>
        <translation>Wat wij met uw gegevens hebben gedaan</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>Kan de PDF %1 niet schrijven.</translation>
    </message>
</context>
<context>
    <name>kd::print::ReportRenderer</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>De map voor %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Complaints report %1</source>
        <translation>Klachtenrapportage %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>Kan het PDF-bestand %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Complaints report</source>
        <translation>Klachtenrapportage</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>opgesteld op %1</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Ontvangen klachten</translation>
    </message>
    <message>
        <source>Share justified</source>
        <translation>Aandeel terecht</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Mediaan eerste reactie</translation>
    </message>
    <message>
        <source>First responses within target</source>
        <translation>Eerste reacties binnen termijn</translation>
    </message>
    <message>
        <source>Median resolution time</source>
        <translation>Mediaan afhandeltijd</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Open aan het eind van de periode</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalaties</translation>
    </message>
    <message>
        <source>Repeat complainants</source>
        <translation>Terugkerende klagers</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>Klachten per categorie</translation>
    </message>
    <message>
        <source>%1 complaints were received in this period.</source>
        <translation>In deze periode zijn %1 klachten ontvangen.</translation>
    </message>
    <message>
        <source>Organisational versus product-technical</source>
        <translation>Organisatorisch versus producttechnisch</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>Product-technical</source>
        <translation>Producttechnisch</translation>
    </message>
    <message>
        <source>Not categorised yet</source>
        <translation>Nog niet ingedeeld</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per categorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Channels and severity</source>
        <translation>Kanalen en ernst</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Per kanaal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Per ernst</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Trend over the last 12 months</source>
        <translation>Trend over de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Reactie- en afhandeltijden</translation>
    </message>
    <message>
        <source>Net of time waiting for the customer. The median is the middle time, the 90th percentile the time 9 in 10 complaints stayed within. A complaint still waiting past its target counts as a miss.</source>
        <translation>Exclusief de tijd dat op de klant werd gewacht. De mediaan is de middelste tijd, het 90e percentiel de tijd waarbinnen 9 van de 10 klachten bleven. Een klacht die na haar termijn nog wacht, telt als niet gehaald.</translation>
    </message>
    <message>
        <source>This database does not record these times.</source>
        <translation>Deze database legt deze tijden niet vast.</translation>
    </message>
    <message>
        <source>per rule</source>
        <translation>per regel</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation>90e pct.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Binnen termijn</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>First response (complaints received in the period)</source>
        <translation>Eerste reactie (klachten ontvangen in de periode)</translation>
    </message>
    <message>
        <source>Resolution (complaints resolved in the period)</source>
        <translation>Afhandeling (klachten afgehandeld in de periode)</translation>
    </message>
    <message>
        <source>Assessment, escalations and repeat complainants</source>
        <translation>Beoordeling, escalaties en terugkerende klagers</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Terecht</translation>
    </message>
    <message>
        <source>Partly justified</source>
        <translation>Deels terecht</translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation>Onterecht</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Share justified (fully or partly, of those assessed)</source>
        <translation>Aandeel terecht (geheel of deels, van de beoordeelde klachten)</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <source>Claim risks</source>
        <translation>Claimrisico&apos;s</translation>
    </message>
    <message>
        <source>Repeat complainants (two or more complaints)</source>
        <translation>Terugkerende klagers (twee of meer klachten)</translation>
    </message>
    <message>
        <source>Complaints from repeat complainants</source>
        <translation>Klachten van terugkerende klagers</translation>
    </message>
    <message>
        <source>Known versus unique complaints</source>
        <translation>Bekende versus unieke klachten</translation>
    </message>
    <message>
        <source>This database does not record known complaints.</source>
        <translation>Deze database legt bekende klachten niet vast.</translation>
    </message>
    <message>
        <source>A known complaint is one the organisation has seen before: a sign of a structural problem to fix at its cause.</source>
        <translation>Een bekende klacht is een klacht die de organisatie al eerder heeft gezien: een teken van een structureel probleem dat bij de oorzaak moet worden aangepakt.</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Uniek</translation>
    </message>
    <message>
        <source>Top 10 recurring problems</source>
        <translation>Top 10 terugkerende problemen</translation>
    </message>
    <message>
        <source>Known complaints</source>
        <translation>Bekende klachten</translation>
    </message>
    <message>
        <source>Open backlog by age</source>
        <translation>Openstaande klachten naar ouderdom</translation>
    </message>
    <message>
        <source>%1 complaints were open at the end of the period.</source>
        <translation>Aan het eind van de periode stonden %1 klachten open.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ouderdom</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Openstaande klachten</translation>
    </message>
    <message>
        <source>Workload per agent</source>
        <translation>Werklast per behandelaar</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(niet toegewezen)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Received in period</source>
        <translation>Ontvangen in periode</translation>
    </message>
    <message>
        <source>Open at period end</source>
        <translation>Open aan eind van periode</translation>
    </message>
    <message>
        <source>Customer satisfaction after resolution</source>
        <translation>Klanttevredenheid na afhandeling</translation>
    </message>
    <message>
        <source>This database does not record satisfaction.</source>
        <translation>Deze database legt tevredenheid niet vast.</translation>
    </message>
    <message>
        <source>%1 customers gave a score (1 = very dissatisfied, 5 = very satisfied); average %2.</source>
        <translation>%1 klanten gaven een score (1 = zeer ontevreden, 5 = zeer tevreden); gemiddeld %2.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Verbeteracties</translation>
    </message>
    <message>
        <source>Fixes for the causes behind complaints. For a finished action, the category&apos;s complaints per 30 days before and after the fix (equal windows of up to 90 days) show whether it worked.</source>
        <translation>Maatregelen tegen de oorzaken achter klachten. Bij een afgeronde actie laat het aantal klachten in de categorie per 30 dagen vóór en na de maatregel (gelijke perioden van maximaal 90 dagen) zien of die heeft gewerkt.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Niets in deze periode</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Response and resolution times are net of time waiting for the customer: while a complaint waits for the customer&apos;s answer its clocks stand still. Targets are counted in working hours. The figures count the complaints received in the period; resolution times count those resolved in it.</source>
        <translation>Reactie- en afhandeltijden zijn exclusief de tijd dat op de klant werd gewacht: zolang een klacht op antwoord van de klant wacht, staan de klokken stil. Termijnen worden in werkuren geteld. De cijfers tellen de klachten die in de periode zijn ontvangen; afhandeltijden tellen de klachten die in de periode zijn afgehandeld.</translation>
    </message>
</context>
<context>
    <name>kd::sync</name>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>De verbinding met de server is verbroken.</translation>
    </message>
    <message>
        <source>No conflict %1.</source>
        <translation>Conflict %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot begin</source>
        <translation>Kan niet beginnen</translation>
    </message>
    <message>
        <source>Not a server address: &quot;%1&quot;. Use postgresql://user@host:5432/database?sslmode=verify-full.</source>
        <translation>Geen serveradres: &quot;%1&quot;. Gebruik postgresql://user@host:5432/database?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The server has no Klachtdesk schema. An administrator runs `klachtdesk-cli server init --url ...` first.</source>
        <translation>De server heeft geen Klachtdesk-schema. Een beheerder moet eerst `klachtdesk-cli server init --url ...` uitvoeren.</translation>
    </message>
    <message>
        <source>The conflict names no valid table.</source>
        <translation>Het conflict noemt geen geldige tabel.</translation>
    </message>
    <message>
        <source>The conflict names no valid field.</source>
        <translation>Het conflict noemt geen geldig veld.</translation>
    </message>
    <message>
        <source>The %1 row %2 is not here.</source>
        <translation>De rij %2 van %1 is hier niet aanwezig.</translation>
    </message>
    <message>
        <source>Cannot read the server file %1.</source>
        <translation>Kan het serverbestand %1 niet lezen.</translation>
    </message>
    <message>
        <source>Cannot commit</source>
        <translation>Kan de wijzigingen niet vastleggen</translation>
    </message>
    <message>
        <source>The server already has the Klachtdesk schema (version %1). Use `klachtdesk-cli server upgrade`.</source>
        <translation>De server heeft al het Klachtdesk-schema (versie %1). Gebruik `klachtdesk-cli server upgrade`.</translation>
    </message>
    <message>
        <source>The server has no Klachtdesk schema yet. Use `klachtdesk-cli server init`.</source>
        <translation>De server heeft nog geen Klachtdesk-schema. Gebruik `klachtdesk-cli server init`.</translation>
    </message>
    <message>
        <source>The server&apos;s schema (version %1) is newer than this program knows.</source>
        <translation>Het schema van de server (versie %1) is nieuwer dan dit programma kent.</translation>
    </message>
    <message>
        <source>Use agent, supervisor or administrator.</source>
        <translation>Gebruik agent, supervisor of administrator.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>De server antwoordde niet.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of %2.</source>
        <translation>Onbekende sslmode &quot;%1&quot;; gebruik een van %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing (package libqt6sql6-psql).</source>
        <translation>Het PostgreSQL-stuurprogramma voor Qt ontbreekt (pakket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1</source>
        <translation>Kan geen verbinding maken met de server %1</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Niet verbonden met de server.</translation>
    </message>
    <message>
        <source>The server refused a statement</source>
        <translation>De server heeft een opdracht geweigerd</translation>
    </message>
    <message>
        <source>The server schema script failed</source>
        <translation>Het schemascript van de server is mislukt</translation>
    </message>
    <message>
        <source>The server needs a newer Klachtdesk (sync protocol %1, this program speaks %2). Install the update; your unsent changes are kept and go up after that.</source>
        <translation>De server vraagt om een nieuwere Klachtdesk (synchronisatieprotocol %1, dit programma gebruikt %2). Installeer de update; uw nog niet verzonden wijzigingen blijven bewaard en worden daarna verstuurd.</translation>
    </message>
    <message>
        <source>The server gave no reference numbers.</source>
        <translation>De server gaf geen kenmerken terug.</translation>
    </message>
    <message>
        <source>The server did not answer the push.</source>
        <translation>De server antwoordde niet op het verzenden van de wijzigingen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a push was incomplete.</source>
        <translation>Het antwoord van de server op het verzenden van de wijzigingen was onvolledig.</translation>
    </message>
    <message>
        <source>The server has no %1 row %2.</source>
        <translation>De server heeft geen rij %2 van %1.</translation>
    </message>
    <message>
        <source>The server has no login %1. Add it with `server add-user`.</source>
        <translation>De server kent de login %1 niet. Voeg die toe met `server add-user`.</translation>
    </message>
    <message>
        <source>%1 syncs with another Klachtdesk server than this one: its complaints and unsent work belong there, and this server&apos;s would be mixed in. Connect it to its own server again, or start the program with a new database file for this server (--db FILE). A backup of its own server restored by the administrator is still its own server.</source>
        <translation>%1 synchroniseert met een andere Klachtdesk-server dan deze: de klachten en het nog niet verstuurde werk horen daar, en die van deze server zouden erdoorheen raken. Verbind de database weer met de eigen server, of start het programma met een nieuw databasebestand voor deze server (--db BESTAND). Een door de beheerder teruggezette back-up van de eigen server is nog steeds de eigen server.</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>Dit conflict is al afgehandeld.</translation>
    </message>
    <message>
        <source>The server does not allow this change, so there is nothing to restore: dismiss it.</source>
        <translation>De server staat deze wijziging niet toe, dus er valt niets terug te zetten: sluit het af.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the login %2 with this password. Check the user name and the password (on the command line: KLACHTDESK_PASSWORD). The server said: %3</source>
        <translation>De server %1 accepteerde de aanmelding van %2 met dit wachtwoord niet. Controleer de gebruikersnaam en het wachtwoord (op de opdrachtregel: KLACHTDESK_PASSWORD). De server zei: %3</translation>
    </message>
    <message>
        <source>The server has no database %1: check the address. The server said: %2</source>
        <translation>De server heeft geen database %1: controleer het adres. De server zei: %2</translation>
    </message>
    <message>
        <source>The login %1 is no Klachtdesk user. Add it with `server add-user`.</source>
        <translation>De aanmelding %1 is geen Klachtdesk-gebruiker. Voeg hem toe met `server add-user`.</translation>
    </message>
</context>
<context>
    <name>kd::timeleft</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>paused (overdue)</source>
        <translation>gepauzeerd (te laat)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Uiterlijk %1</translation>
    </message>
    <message>
        <source>Clocks stand still while waiting for the customer.</source>
        <translation>De klokken staan stil zolang op de klant wordt gewacht.</translation>
    </message>
    <message>
        <source>A response-time target was missed.</source>
        <translation>Een reactietermijn is niet gehaald.</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>Geëscaleerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s).</source>
        <translation>
            <numerusform>%n verlopen toezegging.</numerusform>
            <numerusform>%n verlopen toezeggingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::uitext</name>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Nog onbekend</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Terecht</translation>
    </message>
    <message>
        <source>Partly justified</source>
        <translation>Deels terecht</translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation>Onterecht</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Wachten op klant</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>From customer</source>
        <translation>Van klant</translation>
    </message>
    <message>
        <source>To customer</source>
        <translation>Aan klant</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Gespreksnotitie</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Informal (je)</source>
        <translation>Informeel (je)</translation>
    </message>
    <message>
        <source>Formal (u)</source>
        <translation>Formeel (u)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation>Product of bestelling</translation>
    </message>
    <message>
        <source>Posted publicly at</source>
        <translation>Openbaar geplaatst op</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Known (recurring) complaint</source>
        <translation>Bekende (terugkerende) klacht</translation>
    </message>
    <message>
        <source>Could lead to a claim</source>
        <translation>Kan tot een claim leiden</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>No reply because</source>
        <translation>Geen antwoord omdat</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Tevredenheid (1-5)</translation>
    </message>
    <message>
        <source>Closed off publicly</source>
        <translation>Openbaar afgesloten</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>Geëscaleerd naar</translation>
    </message>
    <message>
        <source>Reason for escalation</source>
        <translation>Reden van escalatie</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Eerste reactie uiterlijk</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Afhandeling uiterlijk</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Volgende termijn</translation>
    </message>
    <message>
        <source>First-response target missed</source>
        <translation>Termijn eerste reactie niet gehaald</translation>
    </message>
    <message>
        <source>Resolution target missed</source>
        <translation>Afhandeltermijn niet gehaald</translation>
    </message>
    <message>
        <source>Reason for the pause</source>
        <translation>Reden van de pauze</translation>
    </message>
    <message>
        <source>Id in the customer-service system</source>
        <translation>Id in het klantenservicesysteem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Voorkeurskanaal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Aanspreekvorm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>nagekomen</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>niet nagekomen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <source>Message added</source>
        <translation>Bericht toegevoegd</translation>
    </message>
    <message>
        <source>Promise made</source>
        <translation>Toezegging gedaan</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Toezegging nagekomen</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>Toezegging niet nagekomen</translation>
    </message>
    <message>
        <source>Promise cancelled</source>
        <translation>Toezegging ingetrokken</translation>
    </message>
    <message>
        <source>Target missed</source>
        <translation>Termijn niet gehaald</translation>
    </message>
    <message>
        <source>Closing suggested</source>
        <translation>Afsluiten voorgesteld</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Due time recomputed</source>
        <translation>Termijn herberekend</translation>
    </message>
    <message>
        <source>Everything we hold about you exported at your request</source>
        <translation>Alles wat wij van u bewaren geëxporteerd op uw verzoek</translation>
    </message>
    <message>
        <source>Included in an export of complaints or customers</source>
        <translation>Opgenomen in een export van klachten of klanten</translation>
    </message>
    <message>
        <source>Your name, contact details and words erased</source>
        <translation>Uw naam, contactgegevens en woorden gewist</translation>
    </message>
    <message>
        <source>Anonymised under the retention rule</source>
        <translation>Geanonimiseerd volgens de bewaarregel</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Geïmporteerd uit een bestand</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in uitvoering</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>deleted elsewhere</source>
        <translation>elders verwijderd</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>geweigerd door de server</translation>
    </message>
    <message>
        <source>reference renumbered</source>
        <translation>kenmerk hernummerd</translation>
    </message>
    <message>
        <source>Your role may not make this change on the server, for example moving a complaint to a team you do not see, handing it to someone else or changing a colleague&apos;s complaint. A supervisor can.</source>
        <translation>Uw rol mag deze wijziging op de server niet maken, bijvoorbeeld een klacht naar een team verplaatsen dat u niet ziet, hem aan iemand anders overdragen of de klacht van een collega wijzigen. Een leidinggevende kan het wel.</translation>
    </message>
    <message>
        <source>The server did not take this change: the complaint is assigned to a colleague or belongs to a team you do not see, or it is gone from the server.</source>
        <translation>De server heeft deze wijziging niet overgenomen: de klacht is toegewezen aan een collega of hoort bij een team dat u niet ziet, of staat niet meer op de server.</translation>
    </message>
    <message>
        <source>Your role may not delete this; a supervisor can.</source>
        <translation>Uw rol mag dit niet verwijderen; een leidinggevende wel.</translation>
    </message>
</context>
</TS>
