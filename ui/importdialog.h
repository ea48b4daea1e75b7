// The import dialog: choose a file, see what was detected (encoding, delimiter, header, date
// order) and adjust it, map columns to fields next to a preview of the first rows, dry-run, then
// import with a progress bar and a cancel button. Remembers the mapping (core does).
#pragma once

#include "importing/importer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace kd {

class Database;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path); // also reads the preview
    QTableWidget *mappingTable() const { return m_mapping; }

signals:
    void imported(const kd::ImportReport &report);

private:
    void browse();
    void reloadPreview();
    ImportOptions options() const;
    void run(bool dryRun);
    void showReport(const ImportReport &report);

    Database &m_db;
    QLineEdit *m_file = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_mapping = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QStringList m_header;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace kd
