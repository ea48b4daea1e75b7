// Shows a complaint as readable text: the customer's words first, then every message and note.
#include "complaintpanel.h"

#include "service/complaintservice.h"
#include "storage/database.h"
#include "domain/codewords.h"

#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kd {

ComplaintPanel::ComplaintPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("complaintTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("complaintDetails"));
    m_details->setOpenExternalLinks(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("complaintTabs"));
    m_tabs->addTab(m_details, tr("Complaint"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_tabs, 1);
    clear();
}

void ComplaintPanel::addTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void ComplaintPanel::clear()
{
    m_reference.clear();
    m_title->setText(tr("No complaint selected"));
    m_facts->setText(tr("Choose a complaint in the queue, or register a new one with Ctrl+N."));
    m_details->clear();
    m_tabs->setEnabled(false);
    emit complaintShown(QString());
}

void ComplaintPanel::showComplaint(const QString &reference)
{
    if (reference.isEmpty()) {
        clear();
        return;
    }
    auto d = ComplaintService(m_db).details(reference);
    if (!d) {
        m_title->setText(reference);
        m_facts->setText(d.error().toString());
        m_details->clear();
        return;
    }
    m_reference = reference;
    m_tabs->setEnabled(true);
    const QString lang = QLocale().name().left(2);
    const Complaint &c = d->complaint;
    m_title->setText(QStringLiteral("%1 · %2")
                         .arg(c.reference, c.subject.isEmpty() ? d->customer.name : c.subject));
    QStringList facts{uitext::status(c.status),
                      tr("received %1 via %2")
                          .arg(QLocale().toString(c.receivedAt.toLocalTime(), QLocale::ShortFormat),
                               d->channel.displayName(lang)),
                      uitext::severity(c.severity), uitext::justified(c.justified)};
    if (d->category)
        facts << d->category->displayName(lang);
    facts << (c.assignee.isEmpty() ? tr("unassigned") : tr("assigned to %1").arg(c.assignee));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    QString html;
    const Customer &cu = d->customer;
    QStringList contact;
    for (const QString &s : {cu.customerNumber, cu.email, cu.phone})
        if (!s.isEmpty())
            contact << s.toHtmlEscaped();
    for (const SocialHandle &h : cu.handles)
        contact << h.handle.toHtmlEscaped();
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(cu.name.toHtmlEscaped(), contact.join(QStringLiteral(" · ")));
    if (!c.productRef.isEmpty())
        html += QStringLiteral("<p>%1: %2</p>").arg(tr("Product or order"), c.productRef.toHtmlEscaped());
    if (!c.publicUrl.isEmpty())
        html += QStringLiteral("<p>%1: <a href=\"%2\">%2</a></p>")
                    .arg(tr("Posted publicly"), c.publicUrl.toHtmlEscaped());
    html += QStringLiteral("<blockquote style=\"background:#f4f6f8; padding:8px\">%1</blockquote>")
                .arg(c.description.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    for (const Interaction &i : d->interactions) {
        html += QStringLiteral("<hr><p style=\"color:#555\">%1 · %2 · %3 · %4</p><p>%5</p>")
                    .arg(QLocale().toString(i.occurredAt.toLocalTime(), QLocale::ShortFormat),
                         uitext::kind(i.kind), uitext::direction(i.direction),
                         i.author.toHtmlEscaped(),
                         i.body.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    m_details->setHtml(html);
    emit complaintShown(reference);
}

} // namespace kd
