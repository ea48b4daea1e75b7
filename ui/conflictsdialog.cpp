// Lists ConflictStore's open conflicts; Restore and Keep call the same core functions as
// `klachtdesk-cli conflicts restore|dismiss`.
#include "conflictsdialog.h"
#include "domain/codewords.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kd {

namespace {

enum Column { Record, Field, Now, Kept, Who, When, Actions, ColumnCount };

} // namespace

ConflictsDialog::ConflictsDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));
    resize(980, 420);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Value now"),
                                        tr("Value kept aside"), tr("Second edit by"), tr("When"),
                                        QString()});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Now, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Kept, QHeaderView::Stretch);
    for (int c : {Record, Field, Who, When, Actions})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conflictsError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

int ConflictsDialog::conflictCount() const
{
    return int(m_conflicts.size());
}

void ConflictsDialog::reload()
{
    auto list = ConflictStore(m_db).list(true);
    m_conflicts = list ? *list : QList<SyncConflict>{};
    if (!list) {
        m_error->setText(list.error().toString());
        m_error->show();
    }
    ConflictStore store(m_db);
    m_table->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const SyncConflict &c = m_conflicts.at(row);
        const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(c.createdAt).toLocalTime(), QLocale::ShortFormat);
        const QString cells[] = {store.recordLabel(c), uitext::conflictSubject(c.kind, c.field),
                                 uitext::jsonFieldValue(c.field, c.winner),
                                 uitext::jsonFieldValue(c.field, c.loser), c.pushedBy, when};
        for (int col = 0; col < Actions; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(col == Field && !c.message.isEmpty() ? uitext::refusalReason(c.message)
                                                                  : cells[col]);
            m_table->setItem(row, col, item);
        }
        auto *actions = new QWidget(m_table);
        auto *h = new QHBoxLayout(actions);
        h->setContentsMargins(2, 0, 2, 0);
        auto *restoreButton = new QPushButton(tr("Restore kept value"), actions);
        restoreButton->setObjectName(QStringLiteral("restore-") + c.id);
        restoreButton->setToolTip(tr("Write the kept value back; it goes to every desktop"));
        // A refusal has nothing to restore on the server's terms: only acknowledge it.
        restoreButton->setEnabled(c.kind != QLatin1String("rejected")
                                  && c.kind != QLatin1String("renumbered"));
        auto *keepButton = new QPushButton(tr("Keep current"), actions);
        keepButton->setObjectName(QStringLiteral("keep-") + c.id);
        connect(restoreButton, &QPushButton::clicked, this, [this, id = c.id] { restore(id); });
        connect(keepButton, &QPushButton::clicked, this, [this, id = c.id] { dismiss(id); });
        h->addWidget(restoreButton);
        h->addWidget(keepButton);
        m_table->setCellWidget(row, Actions, actions);
    }
    m_table->resizeRowsToContents();
    m_summary->setText(m_conflicts.isEmpty()
                           ? tr("No conflicts to look at.")
                           : tr("%n edit(s) met a colleague's edit of the same field. The value "
                                "now is on every desktop; the other was kept aside. Restore it "
                                "if it was the right one.",
                                nullptr, int(m_conflicts.size())));
}

void ConflictsDialog::restore(const QString &id)
{
    SyncConflict c;
    for (const SyncConflict &x : m_conflicts)
        if (x.id == id)
            c = x;
    if (auto s = ConflictStore(m_db).restore(id); !s) {
        m_error->setText(s.error().toString());
        m_error->show();
        return;
    }
    m_error->hide();
    reload();
    emit resolved(c.table, c.rowId);
}

void ConflictsDialog::dismiss(const QString &id)
{
    if (auto s = ConflictStore(m_db).dismiss(id); !s) {
        m_error->setText(s.error().toString());
        m_error->show();
        return;
    }
    m_error->hide();
    reload();
}

} // namespace kd
