// Sync conflicts to look at: per conflict the record, the field, the value it has now, the value
// kept aside, who and when; one click restores the kept value (or keeps the current one).
#pragma once

#include "sync/conflictstore.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace kd {

class Database;

class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int conflictCount() const;

public slots:
    void reload();
    // The buttons of a row call these; public for tests and keyboard users.
    void restore(const QString &id);
    void dismiss(const QString &id);

signals:
    // A kept value was written back (the complaint shown may need a refresh).
    void resolved(const QString &table, const QString &rowId);

private:
    Database &m_db;
    QList<SyncConflict> m_conflicts;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kd
