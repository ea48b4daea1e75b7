// Resolving the customer link template.
#include "customerlink.h"

#include "privacyservice.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kd {

QUrl resolveCustomerLink(const QString &urlTemplate, const Customer &customer)
{
    if (urlTemplate.trimmed().isEmpty() || customer.meta.deleted)
        return {};
    const QHash<QString, QString> values{{u"external_id"_qs, customer.externalId},
                                         {u"customer_number"_qs, customer.customerNumber},
                                         {u"id"_qs, customer.meta.id},
                                         {u"email"_qs, customer.email}};
    // An erased customer keeps only a hash of the external id: it links nowhere.
    if (customer.externalId.startsWith(QLatin1String("erased:")))
        return {};
    QString out = urlTemplate.trimmed();
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    auto it = placeholder.globalMatch(out);
    QList<std::pair<QString, QString>> replacements;
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (!values.contains(name) || values.value(name).isEmpty())
            return {};
        replacements.append({m.captured(0),
                             QString::fromLatin1(QUrl::toPercentEncoding(values.value(name)))});
    }
    for (const auto &[from, to] : replacements)
        out.replace(from, to);
    const QUrl url(out, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return {};
    return url;
}

QString customerLinkTemplate(Database &db)
{
    return PrivacyService(db).setting(customerLinkSettingKey());
}

QUrl customerLink(Database &db, const Customer &customer)
{
    return resolveCustomerLink(customerLinkTemplate(db), customer);
}

Status setCustomerLinkTemplate(Database &db, const QString &urlTemplate)
{
    const QString t = urlTemplate.trimmed();
    if (!t.isEmpty()) {
        Customer probe;
        probe.meta.id = QStringLiteral("0");
        probe.externalId = probe.customerNumber = probe.email = QStringLiteral("x");
        const QUrl url = resolveCustomerLink(t, probe);
        if (!url.isValid() || !(url.scheme() == u"https" || url.scheme() == u"http"))
            return invalid(QStringLiteral("url_template"),
                           QCoreApplication::translate(
                               "kd::CustomerLink",
                               "\"%1\" is not a web address with placeholders such as "
                               "https://crm.example/customers/{external_id}. Known placeholders: "
                               "{external_id}, {customer_number}, {id}, {email}.")
                               .arg(t));
    }
    return PrivacyService(db).setSetting(customerLinkSettingKey(), t);
}

} // namespace kd
