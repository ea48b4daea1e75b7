// A header with the customer's facts, a list of entries, and the selected entry's full text.
#include "historypanel.h"

#include "storage/complaintstore.h"

#include <algorithm>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kd {
namespace {

QString entryWhat(const HistoryEntry &e)
{
    switch (e.kind) {
    case HistoryEntry::Kind::Complaint:
        return HistoryPanel::tr("Complaint %1 (%2)").arg(e.reference, e.status);
    case HistoryEntry::Kind::Promise:
        return e.overdue ? HistoryPanel::tr("Promise, overdue") : HistoryPanel::tr("Promise (%1)").arg(e.status);
    case HistoryEntry::Kind::Interaction:
        break;
    }
    QString kind;
    if (e.kindCode == QLatin1String("reply"))
        kind = HistoryPanel::tr("Reply");
    else if (e.kindCode == QLatin1String("call_note"))
        kind = HistoryPanel::tr("Call note");
    else if (e.kindCode == QLatin1String("note"))
        kind = HistoryPanel::tr("Note");
    else
        kind = e.direction == QLatin1String("inbound") ? HistoryPanel::tr("Message from customer")
                                                       : HistoryPanel::tr("Message to customer");
    return e.reference.isEmpty() ? kind : kind + QStringLiteral(" \u00b7 ") + e.reference;
}

// The user-role value of the "Show older entries" row.
constexpr int kMoreRow = -2;

} // namespace

HistoryPanel::HistoryPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_promises = new QLabel(this);
    m_promises->setWordWrap(true);
    m_promises->setTextFormat(Qt::PlainText);
    m_promises->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; "
                                             "padding: 4px; }"));
    m_promises->hide();
    m_entries = new QTreeWidget(this);
    m_entries->setColumnCount(4);
    m_entries->setHeaderLabels({tr("When"), tr("Channel"), tr("What"), tr("Text")});
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    // The date and channel whole (they were cut to "01-12-2026 0…" in a narrow panel); what is
    // left goes to the text.
    m_entries->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_entries->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_entries->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_entries->setAccessibleName(tr("Customer history"));
    m_body = new QTextBrowser(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_entries);
    split->addWidget(m_body);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(m_header);
    layout->addWidget(m_promises);
    layout->addWidget(split, 1);

    connect(m_entries, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
        m_body->setPlainText(i >= 0 && i < m_history.entries.size() ? m_history.entries.at(i).body
                                                                     : QString());
    });
    connect(m_entries, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i == kMoreRow) {
            showMore();
            return;
        }
        if (i >= 0 && i < m_history.entries.size() && !m_history.entries.at(i).reference.isEmpty())
            emit complaintChosen(m_history.entries.at(i).reference);
    });
}

void HistoryPanel::clear()
{
    m_history = {};
    m_header->clear();
    m_promises->hide();
    m_entries->clear();
    m_body->clear();
}

void HistoryPanel::showComplaint(const QString &reference)
{
    m_currentReference = reference;
    if (reference.isEmpty()) {
        clear();
        return;
    }
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c) {
        clear();
        m_header->setText(c.error().message);
        return;
    }
    showCustomer(c->customerId);
}

void HistoryPanel::showMore()
{
    if (!m_history.customer.meta.id.isEmpty())
        load(m_history.customer.meta.id, kMoreEntries);
}

void HistoryPanel::showCustomer(const QString &customerId)
{
    load(customerId, kFirstPaintEntries);
}

void HistoryPanel::load(const QString &customerId, int limit)
{
    const QString id = customerId; // may refer into m_history, which clear() empties
    m_limit = limit;
    clear();
    auto h = HistoryService(m_db).forCustomer(id, m_limit, QLocale().name().left(2));
    if (!h) {
        m_header->setText(h.error().message);
        return;
    }
    m_history = *h;
    const Customer &c = m_history.customer;
    QString address;
    switch (c.formOfAddress) {
    case FormOfAddress::Formal: address = tr("formal (u)"); break;
    case FormOfAddress::Informal: address = tr("informal (je)"); break;
    case FormOfAddress::Unknown: address = tr("not known"); break;
    }
    const QStringList contact = QStringList{c.customerNumber, c.email, c.phone}.filter(
        QRegularExpression(QStringLiteral(".")));
    m_header->setText(
        tr("%1  %2\nPreferred channel: %3 \u00b7 Form of address: %4\n"
           "%n complaint(s) in the last 12 months", nullptr, m_history.complaintsLast12Months)
            .arg(c.name, contact.join(QStringLiteral("  ")),
                 m_history.preferredChannelName.isEmpty() ? tr("not recorded")
                                                          : m_history.preferredChannelName,
                 address)
        + tr(" (total %1, open %2)").arg(m_history.complaintsTotal).arg(m_history.openComplaints));
    if (!m_history.openPromises.isEmpty()) {
        QStringList lines;
        for (const HistoryEntry &p : m_history.openPromises)
            lines << (p.overdue ? tr("Overdue promise: %1 (due %2, %3)")
                                : tr("Open promise: %1 (due %2, %3)"))
                         .arg(p.body, QLocale().toString(p.when.toLocalTime(), QLocale::ShortFormat),
                              p.reference);
        m_promises->setText(lines.join(QLatin1Char('\n')));
        const bool anyOverdue = std::any_of(m_history.openPromises.begin(), m_history.openPromises.end(),
                                            [](const HistoryEntry &p) { return p.overdue; });
        m_promises->setProperty("overdue", anyOverdue);
        m_promises->setStyleSheet(anyOverdue ? QStringLiteral("QLabel { background: #f8d7da; color: "
                                                              "#842029; padding: 4px; font-weight: bold; }")
                                             : QStringLiteral("QLabel { background: #fff3cd; color: "
                                                              "#664d03; padding: 4px; }"));
        m_promises->show();
    }
    const QBrush highlight(QColor(0xff, 0xf3, 0xcd));
    const QBrush overdueHighlight(QColor(0xf8, 0xd7, 0xda));
    for (int i = 0; i < m_history.entries.size(); ++i) {
        const HistoryEntry &e = m_history.entries.at(i);
        auto *item = new QTreeWidgetItem(m_entries);
        item->setText(0, QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, e.channelName);
        item->setText(2, entryWhat(e));
        item->setText(3, (e.kind == HistoryEntry::Kind::Complaint && !e.title.isEmpty()
                              ? e.title + QStringLiteral(": ") + e.body
                              : e.body)
                             .simplified()
                             .left(200));
        item->setData(0, Qt::UserRole, i);
        if (e.kind == HistoryEntry::Kind::Promise && e.open)
            for (int col = 0; col < 4; ++col)
                item->setBackground(col, e.overdue ? overdueHighlight : highlight);
        if (e.kind == HistoryEntry::Kind::Promise && e.overdue) {
            // Overdue promises stand out: red band, bold, a warning icon (not only a colour).
            item->setIcon(2, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            QFont f = item->font(2);
            f.setBold(true);
            item->setFont(2, f);
            item->setForeground(2, QBrush(QColor(0x8a, 0x1c, 0x1c)));
        }
        if (e.kind == HistoryEntry::Kind::Complaint && e.reference == m_currentReference) {
            QFont f = item->font(2);
            f.setBold(true);
            item->setFont(2, f);
        }
    }
    if (m_history.truncated) {
        auto *item = new QTreeWidgetItem(
            m_entries, {QString(), QString(),
                        m_limit < kMoreEntries ? tr("Show older entries (Enter)")
                                               : tr("Older entries not shown")});
        item->setData(0, Qt::UserRole, m_limit < kMoreEntries ? kMoreRow : -1);
    }
}

} // namespace kd
