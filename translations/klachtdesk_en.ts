<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>The text is on the clipboard: paste it into the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search complaints, customers and messages (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response-time &amp;settings...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd</name>
    <message>
        <source>A complaint needs a customer: choose one or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint needs the channel it came in on (phone, e-mail, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint needs the time it came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint needs the customer&apos;s own words: what is the complaint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than 200,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is longer than 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs at least a name, an e-mail address, a phone number or a social handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message or note belongs to a customer or a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message or note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message needs the time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not COLUMN=FIELD, e.g. &quot;Datum=received_at&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a complaint of the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export complaints...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the &amp;customer-service system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-service system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link: the administrator sets the link template (klachtdesk-cli privacy link --template URL), and the customer needs its id in that system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport everything about this customer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase this customer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal-data-%1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about %1 is in
%2
and, readable, in
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing removes %1&apos;s name, contact details, social accounts and the text of every complaint and message of theirs, on every desktop. The number of complaints, their categories, channels and dates stay for the reports. This cannot be undone.

Type the customer&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not match; nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased: %1 complaint(s), %2 message(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the database file still contains some of the erased text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only someone with the role %1 may %2; %3 has the role %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may hand a complaint to someone else. Assign it to yourself (%1) or leave it unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned to %2: only %2 or a supervisor may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may move a complaint to another team; you work in team %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::AboutDialog</name>
    <message>
        <source>About Klachtdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register, assess and answer customer complaints, on your own workstation or together through a central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::AssessmentPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could lead to a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known (recurring) complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when no reply to the customer was possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed off publicly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused since %1: %2. The clocks stand still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due %2: overdue by %3 working time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due %2: %3 working time left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first-response target was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution target was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer for a long time: consider closing with a closing reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CatalogStore</name>
    <message>
        <source>Unknown channel &quot;%1&quot;. Known channels: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Known categories: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ComplaintPanel</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a complaint in the queue, or register a new one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted publicly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ComplaintQueueModel</name>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) to the customer overdue</source>
        <translation>
            <numerusform>%n promise to the customer overdue</numerusform>
            <numerusform>%n promises to the customer overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ComplaintService</name>
    <message>
        <source>The chosen customer no longer exists: choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint needs the channel it came in on (phone, e-mail, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint needs a customer: choose one or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; use ISO 8601 like 2026-10-01T09:30:00+02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; fields that can be set: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future: a complaint is registered once it has been received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ComplaintStore</name>
    <message>
        <source>No complaint with reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second edit by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the kept value back; it goes to every desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) met a colleague&apos;s edit of the same field. The value now is on every desktop; the other was kept aside. Restore it if it was the right one.</source>
        <translation>
            <numerusform>%n edit met a colleague&apos;s edit of the same field. The value now is on every desktop; the other was kept aside. Restore it if it was the right one.</numerusform>
            <numerusform>%n edits met a colleague&apos;s edit of the same field. The value now is on every desktop; the other was kept aside. Restore it if it was the right one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ConnectDialog</name>
    <message>
        <source>Connect to the team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work stays on this computer and goes to the team&apos;s server whenever it can be reached. Log in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: encrypted, server certificate and name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: encrypted, server certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: encrypted, server not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: not encrypted (test servers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running: the password is asked at each start and kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 (near line %1), read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8, read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed from the bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not the start of a row in the first %2 rows of the file; choose another header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; a quote is probably never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote opened in column %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote in column %1 was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare carriage return in column %1 was kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside the unquoted column %1 was kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook or a ZIP archive (.xlsx, .ods, .zip), not a CSV file. Open it in the spreadsheet program, save it as CSV (UTF-8), and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not a CSV file. Open it in the spreadsheet program, save it as CSV (UTF-8), and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CustomerLink</name>
    <message>
        <source>&quot;%1&quot; is not a web address with placeholders such as https://crm.example/customers/{external_id}. Known placeholders: {external_id}, {customer_number}, {id}, {email}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CustomerMerge</name>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two customers was deleted or merged already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge two customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is already open in another Klachtdesk program (process %2 on %3). Close that program first, or use another database with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Klachtdesk (schema version %2; this program knows up to %3). Install the newer Klachtdesk; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration statement failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script ends inside a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Klachtdesk database, or it is damaged (SQLite: &quot;file is not a database&quot;). Nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::DemoData</name>
    <message>
        <source>%1 syncs with the team&apos;s server, so the demo data set is not loaded into it: the made-up complaints would go to the team. Try the demo on another database (start with --db FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the demo data set, so it is not synced: its made-up complaints must not reach the team&apos;s server. Use another database for the server (start with --db FILE, or move this file aside), and keep this one for trying things out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::EscalateDialog</name>
    <message>
        <source>Escalate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor (login)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::EscalationRules</name>
    <message>
        <source>&quot;%1&quot; is not an escalation rule; rules: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat complainant (%1 complaints in 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::HistoryPanel</name>
    <message>
        <source>Complaint %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formal (u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informal (je)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %2
Preferred channel: %3 · Form of address: %4
%n complaint(s) in the last 12 months</source>
        <translation>
            <numerusform>%1  %2
Preferred channel: %3 · Form of address: %4
%n complaint in the last 12 months</numerusform>
            <numerusform>%1  %2
Preferred channel: %3 · Form of address: %4
%n complaints in the last 12 months</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (total %1, open %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue promise: %1 (due %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open promise: %1 (due %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older entries not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older entries (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::HistoryService</name>
    <message>
        <source>No customer with number, e-mail, phone or handle &quot;%1&quot;. Search for the name with `search` first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ImportDialog</name>
    <message>
        <source>Import from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31-12-2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), delimiter &quot;%3&quot;, header on line %4%5; dates %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 line(s) before it skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; remembered mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read, %2 refused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused rows are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read, %2 refused; %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: refuse rows without a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel for rows that have none in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1 (%2 new, %3 updated, %4 already there, %5 refused). New customers: %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ImportMapping</name>
    <message>
        <source>Complaint id (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (customer&apos;s words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee (login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id in the customer-service system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer social handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id in the customer-service system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address (je/u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ImportRun</name>
    <message>
        <source>this customer was erased at their request (AVG/GDPR) and is not imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown customer (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no description: the customer&apos;s words are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description is longer than 200,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject is longer than 300 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected e.g. 31-12-2026, 2026-12-31 or 2026-12-31T14:05:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (use a channel code such as email, phone, letter, webform, twitter, or give a default channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel, and no default channel was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; (use low, normal, high, critical or laag, normaal, hoog, kritiek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (use yes, partly, no, unknown or terecht, deels, onterecht, onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use new, in_progress, waiting, resolved, closed or nieuw, in behandeling, opgelost, gesloten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same row appears again (first on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown form of address &quot;%1&quot; (use je, u, informal or formal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer &quot;%1&quot; appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 columns, the header has %2 (a line break or delimiter inside an unquoted value?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 columns, the header has %2 (a delimiter inside an unquoted value?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the description (the customer&apos;s words). Map one, e.g. --map &quot;%1=description&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date column is mapped: every complaint gets the time of the import as its received time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map at least the name, e-mail, phone or handle of the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed after line %1: %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the last rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the new rows for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filling the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unknown channel &quot;%1&quot; was read as the default channel %2 (rows: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::Importer</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) before the header were skipped (not part of the table).</source>
        <translation>
            <numerusform>%n line before the header was skipped (not part of the table).</numerusform>
            <numerusform>%n lines before the header were skipped (not part of the table).</numerusform>
        </translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; was not taken as %2: %3 of its first %4 values (such as &quot;%5&quot;) are not a %2. Map it by hand if it does hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused rows per column, with the first of each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × line %2%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ImprovementActionStore</name>
    <message>
        <source>say which cause the action fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no improvement action %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::KeychainCredentials</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::KnowledgeBase</name>
    <message>
        <source>No knowledge-base article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs a question or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs an answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::KnowledgeBaseDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all categories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors can change the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for everyone?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::Lifecycle</name>
    <message>
        <source>A complaint cannot go back to &quot;new&quot;; use &quot;in_progress&quot; to work on it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close a complaint that is &quot;%1&quot;: resolve it first (it needs a solution and a reply to the customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed complaint can only be reopened (status &quot;in_progress&quot;), not set to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint cannot go from &quot;%1&quot; to &quot;%2&quot;; from &quot;%1&quot; it can go to: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve without a recorded solution: record what was done first (set REF solution &quot;...&quot; or the assessment panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve before the customer had at least one reply: send or record a reply, or state why none was possible (set REF no_reply_reason &quot;...&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>Klachtdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New complaint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a complaint (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Klachtdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the first complaint, or load a demo data set of a few hundred Dutch complaints to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 demo complaints from %2 customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) shown</source>
        <translation>
            <numerusform>%n complaint shown</numerusform>
            <numerusform>%n complaints shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Klachtdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klachtdesk monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::NotificationBanner</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide these notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more: %1)</source>
        <translation>
            <numerusform>(and %n more: %1)</numerusform>
            <numerusform>(and %n more: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PrivacyService</name>
    <message>
        <source>No customer matches &quot;%1&quot; (tried id, external id, customer number, e-mail, phone and handle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period must be 0 (no rule) to 100 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the retention rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::PromiseStore</name>
    <message>
        <source>A promise needs its text: what was promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise needs a due date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a promise state; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promise with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::RegistrationDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, customer number, e-mail, phone or @handle: type to find the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail, phone, handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. &quot;Washing machine delivered late&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the complaint (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find the customer, or fill in a new one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer chosen: a new customer will be created unless one matches the e-mail, phone, number or handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s handle on the channel the complaint came in on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ReplyChecker</name>
    <message>
        <source>Apology 1: describe the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology 2: acknowledge the harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology 3: take responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology 4: say sorry, prevent a repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology 5: forgiveness or make-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triad: show understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triad: apologise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triad: solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZEKEP: businesslike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZEKEP: empathetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZEKEP: short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZEKEP: effective (next step and when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZEKEP: personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone mirrors the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: move to a private message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: no personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask the customer to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer on the same channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No defending or blaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not make them explain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promise without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No condescending wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened in a sentence, so you both mean the same thing (&quot;I read that your parcel did not arrive on Saturday&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation is named: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge what it cost the customer (time, a day off, money, annoyance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The harm is acknowledged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft defends or shifts the blame (%1): take responsibility instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what your side did wrong (&quot;we should have called you&quot;), without excuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility is taken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no apology: say you are sorry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you will do so that it does not happen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology %1 and prevention %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgiveness or a make-good: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected in a short public reply; offer it in private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for forgiveness or offer a make-good where it fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show understanding for the customer (&quot;I understand that you are annoyed&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understanding: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you do or did to solve it (&quot;I have sent a new one&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bureaucratic or empty phrases found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write plainly instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show that you feel for the customer (&quot;what a nuisance&quot;, &quot;I understand&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empathy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; this channel allows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split sentences of more than 35 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences average %1 words; aim for at most 22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words; a reply rarely needs more than 350.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters, %3 words a sentence on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words, %2 a sentence on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happens next, who does it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step %1 has no when: add a day or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step %1, when %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name is known: open with it instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names are known; use them when you have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explains why: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected in a short public reply; explain in private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain briefly why it happened (a choice, a procedure, a third party).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft mixes je/jij and u: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer writes formally (u): address them with u, not je.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer writes informally (je/jij): address them with je, not u.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer writes informally; u sounds distant next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer writes formally; je may sound too familiar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer writes informally; %1 sounds stiff next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer writes formally; leave out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer message to mirror; the draft is consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s register matches the customer&apos;s (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a public channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a public channel, ask for the details by private message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to private: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal data in the public text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data in a public reply (%1): move it to the private message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not asked to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask the customer to call; offer to call them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation stays on this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer on the channel the customer used instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensive or blaming: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No defensive or blaming wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asked for an offer, so %1 is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sales pitch the customer did not ask for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales pitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the customer to explain again (%1): read the history instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not asked to explain again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every promise has a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise without a date: %1. Say when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condescending: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No condescending wording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ReplyEditor</name>
    <message>
        <source>Start the reply from a template; the suggested one fits this complaint&apos;s category, channel and form of address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply to the customer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises in this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this text as the reply sent to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the complaint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote via %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promises found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date (&quot;%1&quot; is vague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the promise a date in the text to track it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not track the promise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise tracked, due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This reply still fails %n check(s):</source>
        <translation>
            <numerusform>This reply still fails %n check:</numerusform>
            <numerusform>This reply still fails %n checks:</numerusform>
        </translation>
    </message>
    <message>
        <source>Record it as sent to the customer anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: the reply still has red checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ReportCalculator</name>
    <message>
        <source>Not categorised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report needs an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ReportCsv</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ReportPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a month; write it as YYYY-MM, e.g. 2026-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period must start on or before its last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ReportWindow</name>
    <message>
        <source>Complaints report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as d&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 complaints · justified %3 · median first response %4 (within target %5) · median resolution %6 · open at the end %7. Times are net of time waiting for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product-technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not categorised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational versus product-technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend over the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response per channel (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backlog by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top recurring problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints-report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ResponseTimeDialog</name>
    <message>
        <source>Response-time settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets are in working minutes (480 = one working day). The most specific rule wins: channel and severity, channel, severity, neither. Without a rule: first response from the channel (60 on public social channels, 480 elsewhere); resolution critical %1, high %2, normal %3, low %4. A changed rule applies to complaints registered from now on, and to a complaint whose severity or channel changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 09:00-17:00, or 08:30-12:00,13:00-17:00; empty: no working time that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 09:00-17:00, or 08:30-12:00,13:00-17:00 for a day with a break; leave a day empty when nobody works. Times are in the team&apos;s time zone. Saving recomputes the due times of open complaints, so the queue counts with these hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked here (a Dutch holiday that is not a day off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dutch public holidays are computed every year; add the days that differ here. Changes recompute the due times of open complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks stand still while a complaint has one of these statuses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest closing after &amp;waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint pauses or resumes at its next status change; a pause that already runs is not ended by this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule saved; it applies to complaints registered from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Working hours saved; due times of %n open complaint(s) recomputed.</source>
        <translation>
            <numerusform>Working hours saved; due times of %n open complaint recomputed.</numerusform>
            <numerusform>Working hours saved; due times of %n open complaints recomputed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day saved; due times of %n open complaint(s) recomputed.</source>
        <translation>
            <numerusform>Day saved; due times of %n open complaint recomputed.</numerusform>
            <numerusform>Day saved; due times of %n open complaints recomputed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Day removed; due times of %n open complaint(s) recomputed.</source>
        <translation>
            <numerusform>Day removed; due times of %n open complaint recomputed.</numerusform>
            <numerusform>Day removed; due times of %n open complaints recomputed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausing saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ResponseTimeSettings</name>
    <message>
        <source>change the response-time settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SLA rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot pause the clocks; choose from: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause limit is a number of days from 1 to 365, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours must start before they end, within the day (%1-%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours of one day overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one day needs working hours, or no target could ever fall due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an added or worked holiday; computed holidays are kept by adding the day as a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span like 09:00-17:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::SearchBox</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words, reference, customer number, e-mail, phone or @handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms</source>
        <translation>
            <numerusform>%n result in %1 ms</numerusform>
            <numerusform>%n results in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::SimilarPanel</name>
    <message>
        <source>Similar complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for known complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks this complaint as known when it matches several recent ones: a sign of a structural problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was solved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reply recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known complaint: this matches a recurring problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar earlier complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Known complaint: %n similar complaint(s) recently.</source>
        <translation>
            <numerusform>Known complaint: %n similar complaint recently.</numerusform>
            <numerusform>Known complaint: %n similar complaints recently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not a known complaint (%n similar recently).</source>
        <translation>
            <numerusform>Not a known complaint (%n similar recently).</numerusform>
            <numerusform>Not a known complaint (%n similar recently).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::SlaRules</name>
    <message>
        <source>Targets are working minutes and must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first-response target (%1 min) is later than the resolution target (%2 min).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::SyncIntegration</name>
    <message>
        <source>No keychain service is running on this computer: the password is kept in memory until Klachtdesk closes and asked again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;conflicts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is needed: click to connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::SyncStatusWidget</name>
    <message>
        <source>Edits that met a colleague&apos;s edit of the same field: look at them and restore a kept value in one click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to connect to the team&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes go up and come down by themselves. Click to sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline, retrying in %n s</source>
        <translation>
            <numerusform>Offline, retrying in %n s</numerusform>
            <numerusform>Offline, retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your work is kept here and goes up when the server answers. Click to try now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting to go up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go up</source>
        <translation>
            <numerusform>%n change waiting to go up</numerusform>
            <numerusform>%n changes waiting to go up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of about %2 changes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your work is kept here and goes up once Klachtdesk is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data, never synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::TemplateStore</name>
    <message>
        <source>No reply template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::WorkflowNotifier</name>
    <message>
        <source>Klachtdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::WorkflowQueueControls</name>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least time left first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::WorkflowService</name>
    <message>
        <source>%1; paused %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was escalated to you: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first reply sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction is a whole number from 1 to 5, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction after the complaint is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no known-complaint flag yet (schema 0002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown workflow field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the complaint is escalated: the supervisor reads it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, owner %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 target missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 target of %2 has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: escalated to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is due in %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due in %2 minutes, %3 warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: promise overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not answered for %1 days; consider closing with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting over %2 days, flagged for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours or holidays changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::WorkflowSettings</name>
    <message>
        <source>Unknown setting &quot;%1&quot;; settings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::cli</name>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default channel list is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft reply (a UTF-8 file, - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s message, for tone and situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel code or name (its public flag and limit apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nl, en or auto (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s known form of address: informal or formal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with edited phrase lists (phrases_nl.json, phrases_en.json, common.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checklist as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a draft reply against the apology, triad and ZEKEP checklists, the channel&apos;s rules and the don&apos;ts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the draft with --reply FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use nl, en or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the new text, from a UTF-8 file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show CODE or set CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, shows and edits the reply templates (supervisors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the template&apos;s code: templates %1 CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use list, show or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
    <message>
        <source>check a draft reply against the checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show or edit reply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new complaint as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the complaint as a JSON object from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social handle as platform:@name (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel code or name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it came in, ISO 8601 (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s own words (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, normal, high or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, yes, partly or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or order reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL when posted publicly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the agent who handles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers a complaint and prints its reference. The customer is matched on customer number, e-mail, phone or handle, and created when there is no match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PLATFORM:HANDLE, e.g. twitter:@jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what changed as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint, e.g. KL-2026-000123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes one field of a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set takes REFERENCE FIELD VALUE, e.g. set KL-2026-000123 severity high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 changed from &quot;%3&quot; to &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated statuses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this agent&apos;s (&apos;-&apos; for unassigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this category and its sub-categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or after this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received before this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists complaints, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one complaint with its messages and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes one reference, e.g. show KL-2026-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change one field of a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list complaints with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many complaints (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed, for a repeatable set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads a realistic Dutch demo data set: customers with several complaints each, replies and call notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 complaints from %2 customers with %3 messages and notes into %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the demo data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints or customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file {&quot;column&quot;: &quot;field&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN=FIELD, repeatable (column by name or number; FIELD empty or ignore drops it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything and report; store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write refused rows (line, column, reason, original) to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column delimiter: , ; tab or | (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utf-8, windows-1252, utf-16le, utf-16be (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of the header row (default: found; 0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmy, mdy or ymd for all-numeric dates (default: decided per file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel for rows without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports complaints or customers from a CSV file in one transaction. Rows already imported (same id) are left alone; refused rows are listed with line, column and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use complaints or customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one character, or tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use utf-8, windows-1252, utf-16le or utf-16be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use dmy, mdy or ymd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 (%2, delimiter %3, header on line %4, dates %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing stored: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused rows are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on or after (ISO date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received before (ISO date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter (default ,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports complaints or customers as CSV or JSON. Cells that a spreadsheet would run as a formula are escaped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use an ISO date such as 2026-10-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write the JSON here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: also write a readable PDF here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase: really erase (cannot be undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention: set the rule to N years (0: off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention: apply the rule now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention: count, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link: set the URL template, e.g. https://crm.example/customers/{external_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export CUSTOMER | erase CUSTOMER | retention | log [CUSTOMER] | link [CUSTOMER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy (AVG/GDPR): export everything about a customer, erase a customer, the retention rule, the privacy log and the link to the customer-service system. CUSTOMER is an id, external id, customer number, e-mail, phone or handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give export, erase, retention, log or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readable version is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build of klachtdesk-cli cannot write PDF files (built without the GUI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasing %1 cannot be undone; add --confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased: %1 customer(s), %2 complaint(s), %3 contact(s), %4 handle(s), %5 other row(s); %6 change-log entries scrubbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: compacting the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file still contains %1 erased text(s); report this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: anonymise complaints closed more than %1 year(s) ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention rule is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaint(s) and %2 customer(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link: set a template with --template, and give the customer the id it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use export, erase, retention, log or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: klachtdesk-cli [--db FILE] COMMAND [options]

Registers, finds and reports on customer complaints on this workstation&apos;s
database. Every command takes --help; most take --json for scripts.

Commands:
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run klachtdesk-cli --help for the list of commands.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload per agent is for supervisors; %1 is an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: last month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of a free period, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of a free period, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this team&apos;s complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the printable report to this PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report&apos;s tables as CSV files into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the workload per agent (supervisors only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name on the title page (default: setting report/organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image for the title page (default: setting report/logo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the headline figures as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the complaints report for a month or a period: a PDF to print, CSV tables, or a summary on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --month or --from and --until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both --from and --until as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 tables to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational / product-technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responses within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are net of time waiting for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause the action fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned, in_progress, done or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References of complaints that showed the cause, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, or set ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records improvement actions: fixes for the causes behind complaints, shown in the monthly report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot; (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: action add | action list | action set ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the complaints report (PDF, CSV, summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record improvement actions against causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hits as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits of each kind (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match first (bm25 within the newest 2,000 matches) instead of newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only complaint, customer or interaction hits (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, a reference, customer number, e-mail, phone or handle. Any text is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds complaints, customers and messages, as the search box of the workstation does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use complaint, customer or interaction, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the history as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to show (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number, e-mail, phone (any formatting), social handle or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a customer&apos;s whole history, newest first: complaints, messages, call notes, replies and promises on every channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the customer: number, e-mail, phone or handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel: %1; form of address: %2; complaints in the last 12 months: %3 (total %4, open %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! OVERDUE promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! open promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise [%1] due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the similar complaints as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows earlier complaints most like this one, with how each was solved and the reply that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one complaint by its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the verdict as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar recent complaints needed (default: the stored rule, else 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back counts as recent, in days (default: the stored rule, else 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity needed, 0 to 1 (default: the stored rule, else 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the given rule for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the complaint as a known complaint (a structural problem) when it matches several recent ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-similar and --days must be at least 1, --min-score between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a known complaint (%2 similar in %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known complaint (%2 similar in %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was moved as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer to keep (number, e-mail, phone, handle or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate to merge into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges a duplicate customer into another, keeping all complaints, messages, handles and promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name two customers: the one to keep and the duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2: %3 complaints, %4 interactions, %5 handles moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print articles as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question or title (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated tags (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, search WORDS, show ID or add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base of standard answers and facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators edit the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use list, search, show or add, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find complaints, customers and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer&apos;s whole history, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier complaints like this one and how they were solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a complaint as known when it matches recent ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge a duplicate customer into another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the knowledge base: list, search, show, add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server configured. Use `klachtdesk-cli connect --url postgresql://user@host/database?sslmode=verify-full` or --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address (postgresql://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-user: agent, supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server prepared: schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server schema at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set KLACHTDESK_NEW_PASSWORD to the new user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address (postgresql://user@host/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the server address (never the password) and checks that it answers. The password comes from the OS keychain in the program, or KLACHTDESK_PASSWORD here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address (default: the connected one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep syncing: on every server notification, and every --interval seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls with --watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes per push batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server changes per local transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what moved as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the changes waiting here to the server and brings the server&apos;s changes here; prints what moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 change(s) (%2 conflict(s), %3 refused, %4 already there); received %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list (default), restore ID or dismiss ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conflict&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list resolved conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists sync conflicts (the value that won and the one kept aside), restores the kept value or dismisses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the conflict&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause category (code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: a known (recurring) complaint; no: unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no reply was possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s satisfaction, 1-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no: closed off publicly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team that handles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the assessment of a complaint: severity, justified, claim risk, cause, known or unique, solution, satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess takes one reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the supervisor (default: the team&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalates a complaint to a supervisor, who is notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate takes one reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: escalated to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was promised (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when, ISO 8601 date or date and time (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who keeps it (default: the assignee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue promises (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add REF, list [REF], kept ID, broken ID, cancelled ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks promises made to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use promise add REF --text ... --due ..., promise list [REF], promise kept ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise add takes one reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date or date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise %1 takes the promise&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use add, list, kept, broken or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the audit trail of a complaint: every change, who and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes one reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 working min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for this channel (set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for this severity (set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response, working minutes (set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution, working minutes (set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF (a complaint&apos;s targets), rules, or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a complaint&apos;s response-time targets, or lists and sets the SLA rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use sla REF, sla rules or sla set --resolution MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working minutes, a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1, resolution %2 working min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults without a rule: first response from the channel (60 min social, 480 elsewhere); resolution critical %1, high %2, normal %3, low %4 working min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the workflow check now: warnings before targets, missed targets and their escalation, overdue promises, long waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose (default: the current login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the listed notifications as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists unseen notifications: escalations, targets, promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the assessment of a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate a complaint to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track promises made to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a complaint&apos;s audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response-time targets and SLA rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the targets and escalation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list unseen notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import complaints or customers from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export complaints or customers as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access requests, erasure, retention (AVG/GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how long each stage took (ms) on standard error, for klachtdesk-bench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s) received: this desktop&apos;s copy of the erased data was scrubbed.</source>
        <translation>
            <numerusform>%n erasure received: this desktop&apos;s copy of the erased data was scrubbed.</numerusform>
            <numerusform>%n erasures received: this desktop&apos;s copy of the erased data was scrubbed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compacting the database after an erasure failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare or upgrade the shared server; add users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the server to sync with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync with the server once, or keep syncing (--watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, restore or dismiss sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved; due times recomputed for %n open complaint(s).</source>
        <translation>
            <numerusform>Saved; due times recomputed for %n open complaint.</numerusform>
            <numerusform>Saved; due times recomputed for %n open complaints.</numerusform>
        </translation>
    </message>
    <message>
        <source>use workflow hours set DAY 09:00-17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day is mon..sun or 1..7, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use workflow hours [--json] or workflow hours set DAY SPANS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use workflow holidays %1 YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-12-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use workflow holidays list|add|remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year like 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked here (not a day off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use workflow rules remove ID (see workflow rules list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the rule applies to complaints registered from now on (and to those whose severity or channel changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use workflow rules list|set|remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; a complaint pauses or resumes at its next status change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use workflow pausing [STATUS,STATUS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of days, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules set: for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules set: for this severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules set: first response, working minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules set: resolution, working minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays add: the day&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays add: the day is worked here (a computed holiday that is not a day off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays list: which year (default: this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours | holidays | rules | pausing | pause-limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to do, see below</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use workflow hours|holidays|rules|pausing|pause-limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;; use hours, holidays, rules, pausing or pause-limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit working hours, holidays, SLA rules and pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, upgrade, add-user, set-team, compact or restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for add-user and set-team: the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-user, set-team: the team whose complaints an agent sees (empty: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compact: days of changes and deletions to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares the shared PostgreSQL server: `init` creates the schema, roles and row-level security; `upgrade` migrates it; `add-user LOGIN --role R [--team T]` adds a team member (password from KLACHTDESK_NEW_PASSWORD); `set-team LOGIN --team T` moves an agent to a team; `compact [--keep-days N]` removes older changes and deletions; `restored` tells every desktop the server came back from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say init, upgrade, add-user, set-team, compact or restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees every complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees the complaints of team %2 and of no team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number of days, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desktop downloads a fresh copy on its next sync and sends back what the backup lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say init, upgrade, add-user LOGIN, set-team LOGIN, compact or restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes older than %1 days removed: %2. Desktops that have not synced since then download a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more refused rows%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (--rejects FILE writes them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; without it, or with -, the export goes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule to try (not stored): anonymise complaints closed more than %1 year(s) ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 existed already on this server: it now has the role %2 here, and its password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>%n row written.</numerusform>
            <numerusform>%n rows written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows, %2 rejected, %3 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 rejected; %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of templates: use list, show CODE or set CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --db needs the database file after it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: no complaint has the team &quot;%1&quot;, so the report counts none. Teams in use: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the logo %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints report %1, team %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really merge (it cannot be undone); without it the two customers are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge in:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge cannot be undone: check the two customers above and add --confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of conflicts: use list, restore ID or dismiss ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement action %1 saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: the built-in defaults apply. First response: the channel&apos;s target. Resolution in working minutes: critical %1, high %2, normal %3, low %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be after --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server: see `klachtdesk-cli conflicts`.</source>
        <translation>
            <numerusform>%n change refused by the server: see `klachtdesk-cli conflicts`.</numerusform>
            <numerusform>%n changes refused by the server: see `klachtdesk-cli conflicts`.</numerusform>
        </translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second edit by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no Klachtdesk schema yet: run `klachtdesk-cli server init --url ...` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the team, or --team &quot;&quot; for every complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2: supervisors and administrators see every complaint, whatever their team. The team counts once %1 is an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was erased on %1; nothing left to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1 (%2 new, %3 updated, %4 already there, %5 refused). New customers: %6. Took %7 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::gui</name>
    <message>
        <source>Klachtdesk: register, assess and answer customer complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klachtdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::print</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data we hold about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 by %2 at your request (AVG/GDPR article 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id in our customer-service system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact about this complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we did with your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::print::ReportRenderer</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responses within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints were received in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational versus product-technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product-technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not categorised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels and severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend over the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net of time waiting for the customer. The median is the middle time, the 90th percentile the time 9 in 10 complaints stayed within. A complaint still waiting past its target counts as a miss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database does not record these times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (complaints received in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (complaints resolved in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment, escalations and repeat complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share justified (fully or partly, of those assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat complainants (two or more complaints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints from repeat complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known versus unique complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database does not record known complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known complaint is one the organisation has seen before: a sign of a structural problem to fix at its cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 10 recurring problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backlog by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints were open at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction after resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database does not record satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers gave a score (1 = very dissatisfied, 5 = very satisfied); average %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes for the causes behind complaints. For a finished action, the category&apos;s complaints per 30 days before and after the fix (equal windows of up to 90 days) show whether it worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response and resolution times are net of time waiting for the customer: while a complaint waits for the customer&apos;s answer its clocks stand still. Targets are counted in working hours. The figures count the complaints received in the period; resolution times count those resolved in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::sync</name>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a server address: &quot;%1&quot;. Use postgresql://user@host:5432/database?sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no Klachtdesk schema. An administrator runs `klachtdesk-cli server init --url ...` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict names no valid table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict names no valid field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 row %2 is not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has the Klachtdesk schema (version %1). Use `klachtdesk-cli server upgrade`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no Klachtdesk schema yet. Use `klachtdesk-cli server init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s schema (version %1) is newer than this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use agent, supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server schema script failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs a newer Klachtdesk (sync protocol %1, this program speaks %2). Install the update; your unsent changes are kept and go up after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no reference numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer the push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to a push was incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no %1 row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no login %1. Add it with `server add-user`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 syncs with another Klachtdesk server than this one: its complaints and unsent work belong there, and this server&apos;s would be mixed in. Connect it to its own server again, or start the program with a new database file for this server (--db FILE). A backup of its own server restored by the administrator is still its own server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this change, so there is nothing to restore: dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not accept the login %2 with this password. Check the user name and the password (on the command line: KLACHTDESK_PASSWORD). The server said: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database %1: check the address. The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is no Klachtdesk user. Add it with `server add-user`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::timeleft</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks stand still while waiting for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response-time target was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue promise(s).</source>
        <translation>
            <numerusform>%n overdue promise.</numerusform>
            <numerusform>%n overdue promises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::uitext</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal (je)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal (u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted publicly at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known (recurring) complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could lead to a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed off publicly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-response target missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution target missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id in the customer-service system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due time recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything we hold about you exported at your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included in an export of complaints or customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, contact details and words erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised under the retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not make this change on the server, for example moving a complaint to a team you do not see, handing it to someone else or changing a colleague&apos;s complaint. A supervisor can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take this change: the complaint is assigned to a colleague or belongs to a team you do not see, or it is gone from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not delete this; a supervisor can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
