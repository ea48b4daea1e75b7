// JSON of the reply checks: field names here are a promise to scripts; add, never rename.
#include "replycheckjson.h"

#include <QJsonArray>

namespace kd {
namespace {

QJsonObject span(const EvidenceSpan &e)
{
    return {{u"start"_qs, e.start}, {u"length"_qs, e.length}, {u"text"_qs, e.text}};
}

QString form(FormOfAddress f)
{
    return toString(f);
}

} // namespace

QJsonObject toJson(const CheckResult &check)
{
    QJsonArray evidence;
    for (const EvidenceSpan &e : check.evidence)
        evidence.append(span(e));
    return {{u"id"_qs, check.id},
            {u"title"_qs, checkTitle(check.id)},
            {u"status"_qs, toString(check.status)},
            {u"evidence"_qs, evidence},
            {u"hint"_qs, check.hint}};
}

QJsonObject toJson(const ReplyCheckReport &report)
{
    QJsonArray checks;
    int counts[3] = {0, 0, 0};
    for (const CheckResult &c : report.checks) {
        checks.append(toJson(c));
        ++counts[int(c.status)];
    }
    QJsonArray promises;
    for (const DetectedPromise &p : report.promises) {
        QJsonObject o{{u"sentence"_qs, span(p.sentence)},
                      {u"vague"_qs, p.vague},
                      {u"due"_qs, p.due ? QJsonValue(p.due->toUTC().toString(Qt::ISODate))
                                        : QJsonValue()}};
        o.insert(u"when"_qs, p.when.length > 0 ? QJsonValue(span(p.when)) : QJsonValue());
        promises.append(o);
    }
    return {{u"language"_qs, report.language},
            {u"customer_register"_qs, form(report.customerRegister.form)},
            {u"reply_register"_qs, form(report.replyRegister.form)},
            {u"status"_qs, toString(report.worst())},
            {u"summary"_qs, QJsonObject{{u"pass"_qs, counts[0]}, {u"warn"_qs, counts[1]},
                                        {u"fail"_qs, counts[2]}}},
            {u"checks"_qs, checks},
            {u"promises"_qs, promises}};
}

} // namespace kd
