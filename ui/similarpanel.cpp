// A list of similar complaints with score; the selected one's solution and reply below.
#include "similarpanel.h"

#include "domain/codewords.h"

#include "search/knowncomplaints.h"
#include "storage/complaintstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kd {

SimilarPanel::SimilarPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    m_known = new QLabel(this);
    m_known->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Similar complaints"));
    m_detail = new QTextBrowser(this);
    m_reuse = new QPushButton(tr("Use this reply"), this);
    m_reuse->setEnabled(false);
    m_markKnown = new QPushButton(tr("Check for known complaint"), this);
    m_markKnown->setToolTip(tr("Marks this complaint as known when it matches several recent "
                               "ones: a sign of a structural problem."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_markKnown);
    buttons->addStretch();
    buttons->addWidget(m_reuse);
    layout->addWidget(m_known);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_detail, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_similar.size()) {
            m_detail->clear();
            m_reuse->setEnabled(false);
            return;
        }
        const SimilarComplaint &s = m_similar.at(row);
        QString text = s.subject.isEmpty() ? s.description : s.subject + QStringLiteral(": ") + s.description;
        if (!s.solution.isEmpty())
            text += QStringLiteral("\n\n") + tr("How it was solved:") + QLatin1Char('\n') + s.solution;
        text += QStringLiteral("\n\n") + tr("Reply sent:") + QLatin1Char('\n')
                + (s.reply.isEmpty() ? tr("(no reply recorded)") : s.reply);
        m_detail->setPlainText(text);
        m_reuse->setEnabled(!s.reply.isEmpty());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_similar.size())
            emit complaintChosen(m_similar.at(row).reference);
    });
    connect(m_reuse, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_similar.size())
            emit replyReuseRequested(m_similar.at(row).reply);
    });
    connect(m_markKnown, &QPushButton::clicked, this, &SimilarPanel::checkKnown);
}

void SimilarPanel::clear()
{
    m_similar.clear();
    m_list->clear();
    m_detail->clear();
    m_known->clear();
    m_complaintId.clear();
}

void SimilarPanel::showComplaint(const QString &reference)
{
    clear();
    m_reference = reference;
    if (reference.isEmpty())
        return;
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c) {
        m_known->setText(c.error().message);
        return;
    }
    m_complaintId = c->meta.id;
    auto known = KnownComplaints(m_db).isMarked(m_complaintId);
    const bool isKnown = known && *known;
    m_known->setText(isKnown ? tr("Known complaint: this matches a recurring problem.")
                             : QString());
    auto r = SimilarComplaints(m_db).forComplaint(m_complaintId);
    if (!r) {
        m_known->setText(r.error().message);
        return;
    }
    m_similar = *r;
    for (const SimilarComplaint &s : m_similar) {
        QStringList why;
        if (s.sameCategory)
            why << tr("same category");
        if (s.sameProduct)
            why << tr("same product");
        if (!s.sharedTerms.isEmpty())
            why << s.sharedTerms.mid(0, 4).join(QStringLiteral(", "));
        new QListWidgetItem(QStringLiteral("%1  %2%  %3  %4\n%5")
                                .arg(s.reference)
                                .arg(qRound(s.score * 100))
                                .arg(QLocale().toString(s.receivedAt.toLocalTime().date(),
                                                        QLocale::ShortFormat),
                                     uitext::fieldValue(QStringLiteral("status"), s.status),
                                     why.join(QStringLiteral(" \u00b7 "))),
                            m_list);
    }
    if (m_similar.isEmpty())
        new QListWidgetItem(tr("No similar earlier complaints."), m_list);
    else
        m_list->setCurrentRow(0);
}

void SimilarPanel::checkKnown()
{
    if (m_complaintId.isEmpty())
        return;
    auto v = KnownComplaints(m_db).evaluate(m_complaintId);
    if (!v) {
        m_known->setText(v.error().message);
        return;
    }
    m_known->setText(v->known
                         ? tr("Known complaint: %n similar complaint(s) recently.", nullptr,
                              int(v->matches.size()))
                         : tr("Not a known complaint (%n similar recently).", nullptr,
                              int(v->matches.size())));
    if (!v->markedIds.isEmpty())
        emit knownMarked(m_reference);
}

} // namespace kd
