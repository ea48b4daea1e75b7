// The import dialog's widgets; the work is core's Importer, run with a progress callback.
#include "importdialog.h"

#include "storage/catalogstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kd {
namespace {

bool canCreate(const QString &path)
{
    QFile f(path);
    const bool existed = f.exists();
    if (!f.open(QIODevice::Append))
        return false;
    f.close();
    if (!existed)
        f.remove();
    return true;
}

// Beside the file read, where the user looks first; where that folder takes no file (a read-only
// share, a mail attachment's folder), in the user's documents, else the temporary folder, so
// that the import itself never fails for want of a place for its refused rows.
QString rejectsPathFor(const QString &source)
{
    const QFileInfo info(source);
    const QString name = info.completeBaseName() + ImportDialog::tr("-rejects") + u".csv"_qs;
    const QString beside = info.dir().filePath(name);
    if (canCreate(beside))
        return beside;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents)
        && canCreate(QDir(documents).filePath(name)))
        return QDir(documents).filePath(name);
    return QDir::temp().filePath(name);
}

} // namespace

ImportDialog::ImportDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Import from a CSV file"));
    resize(900, 640);
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(u"file"_qs);
    auto *browseButton = new QPushButton(tr("Choose…"));
    fileRow->addWidget(m_file);
    fileRow->addWidget(browseButton);
    // A row of a layout gets no buddy from addRow: without one the label shows its "&".
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_kind = new QComboBox;
    m_kind->addItem(tr("Complaints"), u"complaints"_qs);
    m_kind->addItem(tr("Customers"), u"customers"_qs);
    form->addRow(tr("&Import:"), m_kind);
    auto *detectRow = new QHBoxLayout;
    m_encoding = new QComboBox;
    m_encoding->addItem(tr("Detect"), u"auto"_qs);
    for (const char *e : {"utf-8", "windows-1252", "utf-16le", "utf-16be"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_delimiter = new QComboBox;
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma"), u","_qs);
    m_delimiter->addItem(tr("Semicolon"), u";"_qs);
    m_delimiter->addItem(tr("Tab"), u"\t"_qs);
    m_delimiter->addItem(tr("Bar |"), u"|"_qs);
    m_dateOrder = new QComboBox;
    m_dateOrder->addItem(tr("Detect"), u"auto"_qs);
    m_dateOrder->addItem(tr("Day first (31-12-2026)"), u"dmy"_qs);
    m_dateOrder->addItem(tr("Month first (12/31/2026)"), u"mdy"_qs);
    m_dateOrder->addItem(tr("Year first (2026-12-31)"), u"ymd"_qs);
    detectRow->addWidget(new QLabel(tr("Encoding:")));
    detectRow->addWidget(m_encoding);
    detectRow->addWidget(new QLabel(tr("Delimiter:")));
    detectRow->addWidget(m_delimiter);
    detectRow->addWidget(new QLabel(tr("Dates:")));
    detectRow->addWidget(m_dateOrder);
    form->addRow(tr("Reading:"), detectRow);
    // No channel until the user picks one: a preset one (it was "email") gave a file without a
    // channel column that channel's response targets without a word.
    m_channel = new QComboBox;
    m_channel->setObjectName(u"channel"_qs);
    m_channel->addItem(tr("None: refuse rows without a channel"), QString());
    const QString lang = QLocale().name().left(2);
    if (auto channels = CatalogStore(m_db).channels())
        for (const Channel &c : *channels)
            m_channel->addItem(c.displayName(lang), c.code);
    m_channel->setToolTip(tr("The channel for rows that have none in the file."));
    form->addRow(tr("Default &channel:"), m_channel);
    m_detected = new QLabel;
    m_detected->setObjectName(u"detected"_qs);
    m_detected->setWordWrap(true);
    form->addRow(tr("Detected:"), m_detected);

    m_mapping = new QTableWidget(0, 3);
    m_mapping->setObjectName(u"mapping"_qs);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Field"), tr("First rows")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();

    m_result = new QPlainTextEdit;
    m_result->setReadOnly(true);
    m_result->setObjectName(u"result"_qs);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);

    auto *buttons = new QDialogButtonBox;
    m_dryRun = buttons->addButton(tr("&Dry run"), QDialogButtonBox::ActionRole);
    m_dryRun->setObjectName(u"dryRun"_qs);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);
    m_cancel->setEnabled(false);
    auto *close = buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mapping, 3);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 2);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::reloadPreview);
    for (QComboBox *box : {m_kind, m_encoding, m_delimiter, m_dateOrder})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::reloadPreview);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelRequested = true; });
    connect(close, &QPushButton::clicked, this, [this] {
        if (!m_running)
            reject();
    });
}

ImportDialog::~ImportDialog()
{
    // ~QDialog hides the dialog after this object's members are gone; the file field then loses
    // the focus and finishes its editing, which must no longer read the preview into them.
    disconnect(m_file, nullptr, this, nullptr);
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
    reloadPreview();
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from a CSV file"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.kind = parseImportKind(m_kind->currentData().toString()).value_or(ImportKind::Complaints);
    o.csv.encoding = parseTextEncoding(m_encoding->currentData().toString()).value_or(TextEncoding::Auto);
    const QString d = m_delimiter->currentData().toString();
    if (!d.isEmpty())
        o.csv.delimiter = d.at(0);
    o.dateOrder = parseDateOrder(m_dateOrder->currentData().toString()).value_or(DateOrder::Auto);
    o.defaultChannel = m_channel->currentData().toString();
    return o;
}

void ImportDialog::reloadPreview()
{
    m_mapping->setRowCount(0);
    m_header.clear();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty() || m_running)
        return;
    auto preview = Importer(m_db).preview(path, options(), 5);
    if (!preview) {
        m_detected->setText(preview.error().toString());
        return;
    }
    const CsvLayout &l = preview->layout;
    m_header = l.header;
    m_detected->setText(tr("%1 (%2), delimiter \"%3\", header on line %4%5; dates %6%7")
                            .arg(toString(l.encoding), l.encodingNote,
                                 l.delimiter == u'\t' ? tr("tab") : QString(l.delimiter))
                            .arg(l.headerLine)
                            .arg(l.skippedLines.isEmpty()
                                     ? QString()
                                     : tr(", %1 line(s) before it skipped").arg(l.skippedLines.size()))
                            .arg(toString(preview->dateOrder))
                            .arg(preview->mappingRemembered ? tr("; remembered mapping") : QString())
                        + (preview->notes.isEmpty() ? QString()
                                                    : u"\n"_qs + preview->notes.join(u'\n')));
    const ImportKind kind = options().kind;
    m_mapping->setRowCount(int(l.header.size()));
    for (int col = 0; col < l.header.size(); ++col) {
        auto *name = new QTableWidgetItem(l.header.at(col));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(col, 0, name);
        auto *field = new QComboBox;
        field->addItem(tr("(ignore)"), QString());
        for (const ImportField &f : importFields(kind))
            field->addItem(QCoreApplication::translate("kd::ImportMapping", f.label), f.key);
        field->setCurrentIndex(std::max(0, field->findData(preview->mapping.value(col))));
        m_mapping->setCellWidget(col, 1, field);
        QStringList samples;
        for (const QStringList &row : std::as_const(preview->rows))
            samples << row.value(col).left(60).simplified();
        auto *examples = new QTableWidgetItem(samples.join(u"  |  "));
        examples->setFlags(examples->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(col, 2, examples);
    }
    m_mapping->resizeColumnsToContents();
}

void ImportDialog::run(bool dryRun)
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty() || m_running)
        return;
    ImportOptions o = options();
    ColumnMapping mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        if (auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1)))
            if (!box->currentData().toString().isEmpty())
                mapping.insert(row, box->currentData().toString());
    o.mapping = mapping;
    o.dryRun = dryRun;
    o.rejectsPath = rejectsPathFor(path);
    m_cancelRequested = false;
    m_running = true;
    m_cancel->setEnabled(true);
    m_import->setEnabled(false);
    m_dryRun->setEnabled(false);
    // The import runs on this thread (the database connection lives here); the callback keeps the
    // window responsive and lets Cancel through.
    o.progress = [this](const ImportProgress &p) {
        if (!p.step.isEmpty()) {
            // Rows read; the last steps have no measure of their own: a busy bar.
            m_progress->setRange(0, 0);
            m_result->setPlainText(tr("%1 rows read, %2 refused; %3…")
                                       .arg(p.rows)
                                       .arg(p.rejected)
                                       .arg(p.step));
        } else {
            if (p.totalBytes > 0)
                m_progress->setValue(int(1000.0 * double(p.bytesRead) / double(p.totalBytes)));
            m_result->setPlainText(tr("%1 rows read, %2 refused…").arg(p.rows).arg(p.rejected));
        }
        QApplication::processEvents();
        return !m_cancelRequested;
    };
    auto report = Importer(m_db).run(path, o);
    m_progress->setRange(0, 1000);
    m_running = false;
    m_cancel->setEnabled(false);
    m_import->setEnabled(true);
    m_dryRun->setEnabled(true);
    if (!report) {
        m_result->setPlainText(report.error().toString());
        return;
    }
    // Nothing refused: no file of a header alone (nor an earlier run's, now out of date).
    if (report->rejected == 0)
        QFile::remove(o.rejectsPath);
    m_progress->setValue(report->cancelled ? 0 : 1000);
    showReport(*report);
    if (!dryRun && !report->cancelled)
        emit imported(*report);
}

void ImportDialog::showReport(const ImportReport &r)
{
    QStringList lines;
    if (r.cancelled)
        lines << tr("Cancelled: nothing was imported.");
    else
        lines << (r.dryRun ? tr("Dry run, nothing stored.") : tr("Imported."))
              << tr("Rows: %1 (%2 new, %3 updated, %4 already there, %5 refused). New "
                    "customers: %6.")
                     .arg(r.rows)
                     .arg(r.inserted)
                     .arg(r.updated)
                     .arg(r.unchanged)
                     .arg(r.rejected)
                     .arg(r.customersCreated);
    if (r.rejected > 0 && !r.rejectsPath.isEmpty())
        lines << tr("Refused rows are in %1.").arg(r.rejectsPath);
    for (const QString &n : r.notes)
        lines << tr("Note: %1").arg(n);
    if (r.rejectedByColumn.size() > 1 || r.rejected > r.problems.size())
        lines << refusalsPerColumn(r);
    for (const RowProblem &p : r.problems)
        lines << tr("Line %1%2: %3")
                     .arg(p.line)
                     .arg(p.column.isEmpty() ? QString() : u", "_qs + p.column)
                     .arg(p.reason);
    m_result->setPlainText(lines.join(u'\n'));
}

} // namespace kd
