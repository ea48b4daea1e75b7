// Dialogs around the privacy use cases.
#include "privacyactions.h"

#include "dsarpdf.h"
#include "privacy/customerlink.h"
#include "privacy/privacyservice.h"
#include "storage/customerstore.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd", text);
}

} // namespace

bool exportCustomerData(Database &db, const QString &customerId, QWidget *parent)
{
    PrivacyService privacy(db);
    auto customer = CustomerStore(db).get(customerId);
    if (!customer) {
        QMessageBox::warning(parent, tr("Export personal data"), customer.error().toString());
        return false;
    }
    const QString base = QFileDialog::getSaveFileName(
        parent, tr("Export personal data"), tr("personal-data-%1.json").arg(customer->name),
        tr("JSON (*.json)"));
    if (base.isEmpty())
        return false;
    auto data = privacy.accessRequest(customerId);
    if (!data) {
        QMessageBox::warning(parent, tr("Export personal data"), data.error().toString());
        return false;
    }
    QSaveFile json(base);
    const QByteArray bytes = QJsonDocument(*data).toJson(QJsonDocument::Indented);
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size() || !json.commit()) {
        QMessageBox::warning(parent, tr("Export personal data"),
                             tr("Cannot write %1: %2").arg(base, json.errorString()));
        return false;
    }
    QString pdf = base;
    if (pdf.endsWith(u".json"_qs, Qt::CaseInsensitive))
        pdf.chop(5);
    pdf += u".pdf"_qs;
    if (auto s = print::writeDsarPdf(*data, pdf); !s) {
        QMessageBox::warning(parent, tr("Export personal data"), s.error().toString());
        return false;
    }
    QMessageBox::information(parent, tr("Export personal data"),
                             tr("Everything stored about %1 is in\n%2\nand, readable, in\n%3")
                                 .arg(customer->name, base, pdf));
    return true;
}

bool eraseCustomer(Database &db, const QString &customerId, QWidget *parent)
{
    // Said before the name is typed, not after.
    if (auto s = PrivacyService(db).mayErase(); !s) {
        QMessageBox::information(parent, tr("Erase customer"), s.error().toString());
        return false;
    }
    auto customer = CustomerStore(db).get(customerId);
    if (!customer) {
        QMessageBox::warning(parent, tr("Erase customer"), customer.error().toString());
        return false;
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(
        parent, tr("Erase customer"),
        tr("Erasing removes %1's name, contact details, social accounts and the text of every "
           "complaint and message of theirs, on every desktop. The number of complaints, their "
           "categories, channels and dates stay for the reports. This cannot be undone.\n\n"
           "Type the customer's name to confirm:")
            .arg(customer->name),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    if (typed.trimmed() != customer->name.trimmed()) {
        QMessageBox::information(parent, tr("Erase customer"),
                                 tr("The name does not match; nothing was erased."));
        return false;
    }
    auto report = PrivacyService(db).erase(customerId);
    if (!report) {
        QMessageBox::warning(parent, tr("Erase customer"), report.error().toString());
        return false;
    }
    QString text = tr("Erased: %1 complaint(s), %2 message(s).")
                       .arg(report->counts.complaints)
                       .arg(report->counts.interactions);
    if (!report->residue.isEmpty())
        text += u"\n"_qs + tr("Warning: the database file still contains some of the erased text.");
    QMessageBox::information(parent, tr("Erase customer"), text);
    return true;
}

QUrl customerServiceLink(Database &db, const QString &customerId)
{
    auto customer = CustomerStore(db).get(customerId);
    return customer ? customerLink(db, *customer) : QUrl();
}

} // namespace kd
