// CSV tables of the report: RFC 4180 quoting, UTF-8, machine-readable numbers.
#include "reportcsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace kd {
namespace {

QString field(const QString &s)
{
    if (s.contains(QLatin1Char('"')) || s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\""))
               + QLatin1Char('"');
    return s;
}

QString num(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

class Writer
{
public:
    explicit Writer(QString folder) : m_folder(std::move(folder)) {}

    Status write(const QString &name, const QStringList &header, const QList<QStringList> &rows)
    {
        QSaveFile file(QDir(m_folder).filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, QCoreApplication::translate("kd::ReportCsv", "Cannot write %1: %2").arg(file.fileName(),
                                                                          file.errorString()));
        auto line = [&file](const QStringList &cells) {
            QStringList quoted;
            for (const QString &c : cells)
                quoted << field(c);
            file.write(quoted.join(u',').toUtf8() + "\r\n");
        };
        line(header);
        for (const QStringList &r : rows)
            line(r);
        if (!file.commit())
            return makeError(ErrorCode::Io, QCoreApplication::translate("kd::ReportCsv", "Cannot write %1: %2").arg(file.fileName(),
                                                                          file.errorString()));
        written << name;
        return {};
    }
    QStringList written;

private:
    QString m_folder;
};

QList<QStringList> countRows(const QList<CountRow> &rows)
{
    QList<QStringList> out;
    for (const CountRow &r : rows)
        out << QStringList{r.key, r.label, QString::number(r.count)};
    return out;
}

QList<QStringList> durationRows(const DurationFigures &d)
{
    QList<QStringList> out;
    QList<DurationRow> all = d.perChannel;
    all << d.overall;
    for (const DurationRow &r : all)
        out << QStringList{r.key.isEmpty() ? QStringLiteral("all") : r.key, r.label,
                           QString::number(r.measured), num(r.medianMinutes), num(r.p90Minutes),
                           r.targetMinutes && *r.targetMinutes > 0 ? QString::number(*r.targetMinutes)
                                                                   : QString(),
                           QString::number(r.withinTarget), QString::number(r.pending),
                           QString::number(r.overduePending), num(r.shareWithinTarget())};
    return out;
}

} // namespace

Result<QStringList> writeReportCsv(const ReportFigures &f, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, QCoreApplication::translate("kd::ReportCsv", "Cannot create the folder %1.").arg(folder));
    Writer w(folder);
    const QStringList counts{QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("complaints")};
    const QStringList durations{QStringLiteral("channel"), QStringLiteral("label"),
                                QStringLiteral("measured"), QStringLiteral("median_minutes"),
                                QStringLiteral("p90_minutes"), QStringLiteral("target_minutes"),
                                QStringLiteral("within_target"), QStringLiteral("pending"),
                                QStringLiteral("overdue_pending"), QStringLiteral("share_within_target")};
    const auto opt = [](const std::optional<qint64> &v) {
        return v ? QString::number(*v) : QString();
    };
    QList<QStringList> summary{
        {QStringLiteral("period_from"), f.period.from.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("period_until"), f.period.until.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("team"), f.period.team},
        {QStringLiteral("complaints"), QString::number(f.total)},
        {QStringLiteral("share_justified"), num(f.justified.shareJustified())},
        {QStringLiteral("first_response_median_minutes"), num(f.firstResponse.overall.medianMinutes)},
        {QStringLiteral("first_response_p90_minutes"), num(f.firstResponse.overall.p90Minutes)},
        {QStringLiteral("first_response_within_target"), num(f.firstResponse.overall.shareWithinTarget())},
        {QStringLiteral("resolution_median_minutes"), num(f.resolution.overall.medianMinutes)},
        {QStringLiteral("resolution_p90_minutes"), num(f.resolution.overall.p90Minutes)},
        {QStringLiteral("resolution_within_target"), num(f.resolution.overall.shareWithinTarget())},
        {QStringLiteral("times_net_of_pauses"), f.firstResponse.netOfPauses ? QStringLiteral("yes")
                                                                            : QStringLiteral("no")},
        {QStringLiteral("escalations"), opt(f.escalations)},
        {QStringLiteral("claim_risks"), opt(f.claimRisks)},
        {QStringLiteral("repeat_complainants"), QString::number(f.repeat.customers)},
        {QStringLiteral("complaints_from_repeat_complainants"), QString::number(f.repeat.complaints)},
        {QStringLiteral("known_complaints"), f.known.available ? QString::number(f.known.known) : QString()},
        {QStringLiteral("unique_complaints"), f.known.available ? QString::number(f.known.unique) : QString()},
        {QStringLiteral("open_at_period_end"), QString::number(f.backlogTotal)},
        {QStringLiteral("satisfaction_average"), num(f.satisfaction.average)}};
    QList<QStringList> trend;
    for (const MonthCount &m : f.trend)
        trend << QStringList{m.month.toString(QStringLiteral("yyyy-MM")), QString::number(m.count)};
    const JustifiedCounts &j = f.justified;
    QList<QStringList> workload;
    for (const AgentLoad &a : f.workload)
        workload << QStringList{a.login, QString::number(a.received), QString::number(a.open)};
    QList<QStringList> actions;
    for (const ActionRow &a : f.actions)
        actions << QStringList{a.id, a.categoryLabel, a.cause, a.owner, a.dueDate, a.state,
                               QString::number(a.linkedComplaints), num(a.beforePer30Days),
                               num(a.afterPer30Days)};
    const QList<Status> results{
        w.write(QStringLiteral("summary.csv"), {QStringLiteral("figure"), QStringLiteral("value")}, summary),
        w.write(QStringLiteral("kinds.csv"), {QStringLiteral("kind"), QStringLiteral("complaints")},
                {{QStringLiteral("organisational"), QString::number(f.kinds.organisational)},
                 {QStringLiteral("product_technical"), QString::number(f.kinds.productTechnical)},
                 {QStringLiteral("uncategorised"), QString::number(f.kinds.uncategorised)}}),
        w.write(QStringLiteral("categories.csv"), counts, countRows(f.byCategory)),
        w.write(QStringLiteral("channels.csv"), counts, countRows(f.byChannel)),
        w.write(QStringLiteral("severity.csv"), counts, countRows(f.bySeverity)),
        w.write(QStringLiteral("trend.csv"), {QStringLiteral("month"), QStringLiteral("complaints")}, trend),
        w.write(QStringLiteral("first_response.csv"), durations, durationRows(f.firstResponse)),
        w.write(QStringLiteral("resolution.csv"), durations, durationRows(f.resolution)),
        w.write(QStringLiteral("justified.csv"), {QStringLiteral("justified"), QStringLiteral("complaints")},
                {{QStringLiteral("yes"), QString::number(j.yes)},
                 {QStringLiteral("partly"), QString::number(j.partly)},
                 {QStringLiteral("no"), QString::number(j.no)},
                 {QStringLiteral("unknown"), QString::number(j.unknown)}}),
        w.write(QStringLiteral("known_top10.csv"), counts, countRows(f.known.topRecurring)),
        w.write(QStringLiteral("backlog.csv"), {QStringLiteral("from_days"), QStringLiteral("label"),
                                                QStringLiteral("open")},
                countRows(f.backlogByAge)),
        w.write(QStringLiteral("satisfaction.csv"), {QStringLiteral("score"), QStringLiteral("label"),
                                                     QStringLiteral("customers")},
                countRows(f.satisfaction.distribution)),
        w.write(QStringLiteral("actions.csv"),
                {QStringLiteral("id"), QStringLiteral("category"), QStringLiteral("cause"),
                 QStringLiteral("owner"), QStringLiteral("due_date"), QStringLiteral("state"),
                 QStringLiteral("linked_complaints"), QStringLiteral("before_per_30_days"),
                 QStringLiteral("after_per_30_days")},
                actions)};
    for (const Status &s : results)
        if (!s)
            return s.error();
    if (!f.workload.isEmpty()) {
        if (auto s = w.write(QStringLiteral("workload.csv"),
                             {QStringLiteral("agent"), QStringLiteral("received"), QStringLiteral("open")},
                             workload);
            !s)
            return s.error();
    }
    return w.written;
}

} // namespace kd
