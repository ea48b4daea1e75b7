// Access-request PDF through QTextDocument: headings, a table per complaint, every message.
#include "dsarpdf.h"

#include "domain/codewords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QFile>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace kd::print {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::print", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(u'\n', u"<br>"_qs);
}

// A time from the export (ISO 8601, UTC) as the reader's locale writes it, in local time.
QString readableTime(const QJsonValue &value)
{
    // "5 december 2026 14:05": the long date and the short time, without the seconds and the
    // zone that QLocale's long date-time writes.
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime();
    return at.isValid() ? QLocale().toString(at.date(), QLocale::LongFormat) + u' '
                              + QLocale().toString(at.time(), QLocale::ShortFormat)
                        : value.toString();
}

// A catalogue entry's name in the reader's language ({"en": ..., "nl": ...}), else its code.
QString catalogueName(const QJsonObject &o, const char *names, const char *code)
{
    const QJsonObject n = o.value(QLatin1String(names)).toObject();
    const QString language = QLocale().name().left(2);
    for (const QString &l : {language, u"en"_qs})
        if (const QString name = n.value(l).toString(); !name.isEmpty())
            return name;
    return o.value(QLatin1String(code)).toString();
}

// A code from the export in words (inbound: "From customer"), else the code itself.
template<typename E>
QString words(const QJsonValue &code, QString (*text)(E))
{
    const auto v = parse<E>(code.toString());
    return v ? text(*v) : code.toString();
}

// The tables span the page, so that the label's 30% is of the page, not of the text.
const QString kTable = QStringLiteral("<table width=\"100%\" cellpadding=\"3\">");

QString rowHtml(const QString &label, const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString()
                         : value.isBool() ? (value.toBool() ? tr("yes") : tr("no"))
                         : value.isDouble() ? QString::number(value.toDouble(), 'g', 15)
                                            : QString();
    if (text.isEmpty())
        return {};
    return u"<tr><td width=\"30%\"><b>"_qs + esc(label) + u"</b></td><td>"_qs + esc(text)
           + u"</td></tr>"_qs;
}

} // namespace

QString dsarHtml(const QJsonObject &dsar)
{
    const QJsonObject c = dsar.value(u"customer").toObject();
    QString h = u"<html><body style=\"font-family: sans-serif; font-size: 10pt\">"_qs;
    h += u"<h1>"_qs + esc(tr("Personal data we hold about you")) + u"</h1>"_qs;
    h += u"<p>"_qs
         + esc(tr("Made on %1 by %2 at your request (AVG/GDPR article 15).")
                   .arg(readableTime(dsar.value(u"generated_at")),
                        dsar.value(u"generated_by").toString()))
         + u"</p>"_qs;
    h += u"<h2>"_qs + esc(tr("Your details")) + u"</h2>"_qs + kTable;
    h += rowHtml(tr("Name"), c.value(u"name"));
    h += rowHtml(tr("Customer number"), c.value(u"customer_number"));
    h += rowHtml(tr("E-mail"), c.value(u"email"));
    h += rowHtml(tr("Phone"), c.value(u"phone"));
    QStringList handles;
    for (const auto &v : c.value(u"handles").toArray())
        handles << v.toObject().value(u"platform").toString() + u": "_qs
                       + v.toObject().value(u"handle").toString();
    h += rowHtml(tr("Social accounts"), handles.join(u", "));
    h += rowHtml(tr("Language"), QLocale(c.value(u"language").toString()).nativeLanguageName());
    h += rowHtml(tr("Form of address"),
                 uitext::fieldValue(u"form_of_address"_qs, c.value(u"form_of_address").toVariant()));
    h += rowHtml(tr("Id in our customer-service system"), c.value(u"external_id"));
    h += rowHtml(tr("Notes"), c.value(u"notes"));
    h += rowHtml(tr("Registered on"), readableTime(c.value(u"created_at")));
    h += u"</table>"_qs;

    const QJsonArray complaints = dsar.value(u"complaints").toArray();
    h += u"<h2>"_qs + esc(tr("Your complaints (%1)").arg(complaints.size())) + u"</h2>"_qs;
    for (const auto &v : complaints) {
        const QJsonObject k = v.toObject();
        h += u"<h3>"_qs + esc(k.value(u"reference").toString()) + u"</h3>"_qs + kTable;
        h += rowHtml(tr("Received"), readableTime(k.value(u"received_at")));
        h += rowHtml(tr("Channel"), catalogueName(k, "channel_name", "channel"));
        h += rowHtml(tr("Category"), catalogueName(k, "category_name", "category"));
        h += rowHtml(tr("Status"), uitext::fieldValue(u"status"_qs, k.value(u"status").toString()));
        h += rowHtml(tr("Subject"), k.value(u"subject"));
        h += rowHtml(tr("Your words"), k.value(u"description"));
        h += rowHtml(tr("Product or order"), k.value(u"product_ref"));
        h += rowHtml(tr("Public URL"), k.value(u"public_url"));
        h += u"</table>"_qs;
        const QJsonArray messages = k.value(u"interactions").toArray();
        if (!messages.isEmpty()) {
            h += u"<p><b>"_qs + esc(tr("Contact about this complaint")) + u"</b></p>"_qs;
            for (const auto &m : messages) {
                const QJsonObject i = m.toObject();
                h += u"<p><i>"_qs
                     + esc(readableTime(i.value(u"occurred_at")) + u" · "_qs
                           + words<Direction>(i.value(u"direction"), uitext::direction) + u" · "_qs
                           + words<InteractionKind>(i.value(u"kind"), uitext::kind))
                     + u"</i><br>"_qs + esc(i.value(u"body").toString()) + u"</p>"_qs;
            }
        }
        const QJsonArray promises = k.value(u"promise").toArray();
        for (const auto &p : promises)
            h += u"<p><b>"_qs + esc(tr("Promise")) + u":</b> "_qs
                 + esc(p.toObject().value(u"text").toString()) + u"</p>"_qs;
    }
    const QJsonArray loose = dsar.value(u"contact_without_complaint").toArray();
    if (!loose.isEmpty()) {
        h += u"<h2>"_qs + esc(tr("Other contact")) + u"</h2>"_qs;
        for (const auto &m : loose)
            h += u"<p><i>"_qs + esc(words<InteractionKind>(m.toObject().value(u"kind"), uitext::kind)) + u"</i><br>"_qs
                 + esc(m.toObject().value(u"body").toString()) + u"</p>"_qs;
    }
    const QJsonArray actions = dsar.value(u"privacy_actions").toArray();
    if (!actions.isEmpty()) {
        h += u"<h2>"_qs + esc(tr("What we did with your data")) + u"</h2>"_qs + kTable;
        for (const auto &a : actions)
            h += rowHtml(readableTime(a.toObject().value(u"at")),
                         uitext::privacyAction(a.toObject().value(u"action").toString()));
        h += u"</table>"_qs;
    }
    h += u"</body></html>"_qs;
    return h;
}

Status writeDsarPdf(const QJsonObject &dsar, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print lays out with 2 cm margins of its own inside the writer's: 20 mm here
    // as well left a text 13 cm wide, whose label column broke long Dutch labels inside a word.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(tr("Personal data"));
    writer.setCreator(QStringLiteral("Klachtdesk"));
    QTextDocument doc;
    doc.setHtml(dsarHtml(dsar));
    doc.print(&writer);
    if (!QFile::exists(path))
        return makeError(ErrorCode::Io, tr("Cannot write the PDF %1.").arg(path));
    return {};
}

} // namespace kd::print
