// The readable PDF of an access request (AVG/GDPR art. 15): the JSON of
// PrivacyService::accessRequest laid out as a document a customer can read. QtGui only, so the
// CLI can write it without widgets.
#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QString>

namespace kd::print {

// The document as HTML (also what the PDF is made from).
QString dsarHtml(const QJsonObject &dsar);
// Writes an A4 PDF; needs a QGuiApplication (fonts).
Status writeDsarPdf(const QJsonObject &dsar, const QString &path);

} // namespace kd::print
