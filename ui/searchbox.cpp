// Search as you type over core's SearchService; the list shows kind, title and snippet.
#include "searchbox.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace kd {
namespace {

QString kindLabel(HitKind kind)
{
    switch (kind) {
    case HitKind::Complaint: return SearchBox::tr("Complaint");
    case HitKind::Customer: return SearchBox::tr("Customer");
    case HitKind::Interaction: return SearchBox::tr("Message");
    }
    return {};
}

} // namespace

SearchBox::SearchBox(Database &db, QWidget *parent) : QFrame(parent, Qt::Popup), m_db(db)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("searchBox"));
    auto *layout = new QVBoxLayout(this);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Search words, reference, customer number, e-mail, phone or "
                                  "@handle"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Search"));
    m_results = new QListWidget(this);
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setAccessibleName(tr("Search results"));
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_edit);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(640, 420);

    // A short pause after the last key: fast typists do not pay for every key press.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(80);
    connect(m_timer, &QTimer::timeout, this, &SearchBox::runSearch);
    connect(m_edit, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_timer->stop();
        runSearch();
        choose(m_results->currentRow() >= 0 ? m_results->currentRow() : 0);
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { choose(m_results->row(item)); });
    m_edit->installEventFilter(this);
}

void SearchBox::popup(QWidget *anchor)
{
    if (anchor) {
        const QRect r = anchor->rect();
        const QPoint topCentre = anchor->mapToGlobal(QPoint(r.center().x() - width() / 2,
                                                            r.top() + 40));
        move(topCentre);
    }
    show();
    raise();
    activateWindow();
    m_edit->setFocus();
    m_edit->selectAll();
}

void SearchBox::runSearch()
{
    QElapsedTimer t;
    t.start();
    SearchOptions o;
    o.limit = 10;
    auto r = SearchService(m_db).search(m_edit->text(), o);
    m_results->clear();
    m_hits.clear();
    if (!r) {
        m_status->setText(r.error().message);
        return;
    }
    m_hits = *r;
    for (const SearchHit &h : m_hits) {
        QString when = h.when.isValid()
                           ? QLocale().toString(h.when.toLocalTime().date(), QLocale::ShortFormat)
                           : QString();
        QString text = kindLabel(h.kind) + QStringLiteral("  ") + h.title;
        if (!when.isEmpty())
            text += QStringLiteral("  \u00b7  ") + when;
        if (!h.snippet.isEmpty() && h.snippet != h.title)
            text += QLatin1Char('\n') + h.snippet.left(220);
        auto *item = new QListWidgetItem(text, m_results);
        item->setToolTip(h.snippet);
    }
    if (!m_hits.isEmpty())
        m_results->setCurrentRow(0);
    m_status->setText(m_edit->text().trimmed().isEmpty()
                          ? QString()
                          : tr("%n result(s) in %1 ms", nullptr, int(m_hits.size()))
                                .arg(t.elapsed()));
}

void SearchBox::choose(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const SearchHit h = m_hits.at(row);
    hide();
    if (h.kind == HitKind::Customer)
        emit customerChosen(h.customerId);
    else if (!h.reference.isEmpty())
        emit complaintChosen(h.reference);
    else if (!h.customerId.isEmpty())
        emit customerChosen(h.customerId);
}

bool SearchBox::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys move through the results while the cursor stays in the text.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = std::clamp(m_results->currentRow() + step, 0,
                                       std::max(0, m_results->count() - 1));
            m_results->setCurrentRow(row);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace kd
