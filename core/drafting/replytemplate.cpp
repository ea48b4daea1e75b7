// Placeholder filling for reply templates.
#include "replytemplate.h"

#include <QLocale>
#include <QRegularExpression>

namespace kd {

FilledTemplate fillTemplate(const QString &body, const TemplateValues &v)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    static const QStringList particles = {QStringLiteral("de"), QStringLiteral("van"), QStringLiteral("der"),
                                          QStringLiteral("den"), QStringLiteral("het")};
    const QStringList agentParts = v.agentName.split(u' ', Qt::SkipEmptyParts);
    QString initials;
    for (const QString &p : agentParts)
        initials += particles.contains(p.toLower()) ? p.at(0).toLower() : p.at(0).toUpper();
    const QLocale locale(v.language == QLatin1String("en") ? QLocale::English : QLocale::Dutch);
    // "vrijdag 9 oktober" / "Friday 9 October": a date the customer can hold us to.
    const QString promised = v.promisedDate.isValid()
                                 ? (v.language == QLatin1String("en") ? QStringLiteral("on ") : QStringLiteral("op "))
                                       + locale.toString(v.promisedDate.toLocalTime().date(), QStringLiteral("dddd d MMMM"))
                                 : QString();
    const QString firstName = v.customerName.section(u' ', 0, 0);
    FilledTemplate out;
    QString text;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        text += body.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString key = m.captured(1);
        QString value;
        if (key == QLatin1String("customer_name"))
            value = v.customerName;
        else if (key == QLatin1String("customer_first_name"))
            value = firstName;
        else if (key == QLatin1String("agent_name"))
            value = v.agentName;
        else if (key == QLatin1String("agent_initials"))
            value = initials;
        else if (key == QLatin1String("reference"))
            value = v.reference;
        else if (key == QLatin1String("promised_date"))
            value = promised;
        else if (key == QLatin1String("kb_fact"))
            value = v.kbFact;
        if (value.isEmpty()) {
            text += m.captured();
            if (!out.unfilled.contains(m.captured()))
                out.unfilled << m.captured();
        } else {
            text += value;
        }
    }
    text += body.mid(last);
    out.text = text;
    return out;
}

} // namespace kd
