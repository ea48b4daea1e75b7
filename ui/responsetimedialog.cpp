// The response-time settings dialog: four tabs over ResponseTimeSettings; core checks every value
// and says what is wrong, the dialog shows it.
#include "responsetimedialog.h"

#include "storage/catalogstore.h"
#include "storage/database.h"
#include "domain/codewords.h"
#include "workflow/responsetimesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kd {
namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    return l;
}

QString dayName(int isoWeekday)
{
    return QLocale().dayName(isoWeekday, QLocale::LongFormat);
}

} // namespace

ResponseTimeDialog::ResponseTimeDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("responseTimeDialog"));
    setWindowTitle(tr("Response-time settings"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildRulesTab(), tr("&Targets"));
    m_tabs->addTab(buildHoursTab(), tr("&Working hours"));
    m_tabs->addTab(buildHolidaysTab(), tr("&Holidays"));
    m_tabs->addTab(buildPausingTab(), tr("&Pausing"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 520);
    reload();
    // Everyone may read the set-up; only an administrator may change it (the server refuses the
    // others' changes too): the buttons say so instead of failing on click.
    if (const Status allowed = ResponseTimeSettings(m_db).mayChange(); !allowed) {
        for (QPushButton *b : m_tabs->findChildren<QPushButton *>())
            b->setEnabled(false);
        report(false, allowed.error().message);
    }
}

QWidget *ResponseTimeDialog::buildRulesTab()
{
    auto *page = new QWidget(this);
    m_rules = new QTableWidget(0, 4, page);
    m_rules->setObjectName(QStringLiteral("rules"));
    m_rules->setHorizontalHeaderLabels({tr("Channel"), tr("Severity"), tr("First response"),
                                        tr("Resolution")});
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_ruleChannel = new QComboBox(page);
    m_ruleChannel->setObjectName(QStringLiteral("ruleChannel"));
    m_ruleSeverity = new QComboBox(page);
    m_ruleSeverity->setObjectName(QStringLiteral("ruleSeverity"));
    m_ruleSeverity->addItem(tr("Any severity"), QString());
    for (Severity s : {Severity::Low, Severity::Normal, Severity::High, Severity::Critical})
        m_ruleSeverity->addItem(uitext::severity(s), toString(s));
    m_ruleFirst = new QSpinBox(page);
    m_ruleFirst->setObjectName(QStringLiteral("ruleFirst"));
    m_ruleFirst->setRange(0, 100000);
    m_ruleFirst->setSpecialValueText(tr("the channel's"));
    m_ruleFirst->setSuffix(tr(" min"));
    m_ruleFirst->setMaximumWidth(160);
    m_ruleResolution = new QSpinBox(page);
    m_ruleResolution->setObjectName(QStringLiteral("ruleResolution"));
    m_ruleResolution->setRange(1, 100000);
    m_ruleResolution->setValue(2400);
    m_ruleResolution->setSuffix(tr(" min"));
    m_ruleResolution->setMaximumWidth(160);
    auto *save = new QPushButton(tr("Save rule"), page);
    save->setObjectName(QStringLiteral("saveRule"));
    auto *remove = new QPushButton(tr("Remove selected rule"), page);
    remove->setObjectName(QStringLiteral("removeRule"));
    connect(save, &QPushButton::clicked, this, &ResponseTimeDialog::saveRule);
    connect(remove, &QPushButton::clicked, this, &ResponseTimeDialog::removeSelectedRule);

    auto *form = new QFormLayout;
    form->addRow(tr("&Channel"), m_ruleChannel);
    form->addRow(tr("&Severity"), m_ruleSeverity);
    form->addRow(tr("&First response"), m_ruleFirst);
    form->addRow(tr("&Resolution"), m_ruleResolution);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_rules, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(note(tr("Targets are in working minutes (480 = one working day). The most "
                              "specific rule wins: channel and severity, channel, severity, "
                              "neither. Without a rule: first response from the channel (60 on "
                              "public social channels, 480 elsewhere); resolution critical %1, "
                              "high %2, normal %3, low %4. A changed rule applies to complaints "
                              "registered from now on, and to a complaint whose severity or "
                              "channel changes.")
                               .arg(SlaRules::defaultResolutionMinutes(Severity::Critical))
                               .arg(SlaRules::defaultResolutionMinutes(Severity::High))
                               .arg(SlaRules::defaultResolutionMinutes(Severity::Normal))
                               .arg(SlaRules::defaultResolutionMinutes(Severity::Low)),
                           page));
    connect(m_rules, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        auto *item = m_rules->item(row, 0);
        if (!item)
            return;
        const QVariantList v = item->data(Qt::UserRole + 1).toList();
        m_ruleChannel->setCurrentIndex(std::max(0, m_ruleChannel->findData(v.value(0))));
        m_ruleSeverity->setCurrentIndex(std::max(0, m_ruleSeverity->findData(v.value(1))));
        m_ruleFirst->setValue(v.value(2).toInt());
        m_ruleResolution->setValue(v.value(3).toInt());
    });
    return page;
}

QWidget *ResponseTimeDialog::buildHoursTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    for (int d = 1; d <= 7; ++d) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QStringLiteral("hours%1").arg(d));
        edit->setPlaceholderText(tr("closed"));
        edit->setToolTip(tr("For example 09:00-17:00, or 08:30-12:00,13:00-17:00; empty: no "
                            "working time that day."));
        form->addRow(dayName(d), edit);
        m_hours << edit;
    }
    auto *save = new QPushButton(tr("Save working hours"), page);
    save->setObjectName(QStringLiteral("saveHours"));
    connect(save, &QPushButton::clicked, this, &ResponseTimeDialog::saveWorkingHours);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(save);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(note(tr("Write 09:00-17:00, or 08:30-12:00,13:00-17:00 for a day with a "
                              "break; leave a day empty when nobody works. Times are in the team's "
                              "time zone. Saving recomputes the due times of open complaints, so "
                              "the queue counts with these hours."),
                           page));
    layout->addStretch(1);
    return page;
}

QWidget *ResponseTimeDialog::buildHolidaysTab()
{
    auto *page = new QWidget(this);
    m_year = new QSpinBox(page);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_db.clock().now().toLocalTime().date().year());
    connect(m_year, &QSpinBox::valueChanged, this, &ResponseTimeDialog::loadHolidays);
    m_holidays = new QTreeWidget(page);
    m_holidays->setObjectName(QStringLiteral("holidays"));
    m_holidays->setRootIsDecorated(false);
    m_holidays->setHeaderLabels({tr("Day"), tr("Name"), tr("Kind")});
    m_holidays->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_holidayDay = new QDateEdit(page);
    m_holidayDay->setObjectName(QStringLiteral("holidayDay"));
    m_holidayDay->setCalendarPopup(true);
    m_holidayDay->setMaximumWidth(160);
    m_holidayDay->setDate(m_db.clock().now().toLocalTime().date());
    m_holidayName = new QLineEdit(page);
    m_holidayName->setObjectName(QStringLiteral("holidayName"));
    m_holidayWorked = new QCheckBox(tr("Worked here (a Dutch holiday that is not a day off)"), page);
    m_holidayWorked->setObjectName(QStringLiteral("holidayWorked"));
    auto *add = new QPushButton(tr("Add day"), page);
    add->setObjectName(QStringLiteral("addHoliday"));
    auto *remove = new QPushButton(tr("Remove selected"), page);
    remove->setObjectName(QStringLiteral("removeHoliday"));
    connect(add, &QPushButton::clicked, this, &ResponseTimeDialog::addHoliday);
    connect(remove, &QPushButton::clicked, this, &ResponseTimeDialog::removeSelectedHoliday);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), page));
    top->addWidget(m_year);
    top->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Day"), m_holidayDay);
    form->addRow(tr("&Name"), m_holidayName);
    form->addRow(QString(), m_holidayWorked);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_holidays, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(note(tr("The Dutch public holidays are computed every year; add the days "
                              "that differ here. Changes recompute the due times of open "
                              "complaints."),
                           page));
    return page;
}

QWidget *ResponseTimeDialog::buildPausingTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("The clocks stand still while a complaint has one of these "
                                    "statuses:"),
                                 page));
    for (ComplaintStatus s : ResponseTimeSettings::pausableStatuses()) {
        auto *box = new QCheckBox(uitext::status(s), page);
        box->setObjectName(QStringLiteral("pausing_%1").arg(toString(s)));
        box->setProperty("status", toString(s));
        layout->addWidget(box);
        m_pausing << box;
    }
    m_pauseLimit = new QSpinBox(page);
    m_pauseLimit->setObjectName(QStringLiteral("pauseLimit"));
    m_pauseLimit->setRange(1, 365);
    m_pauseLimit->setSuffix(tr(" days"));
    m_pauseLimit->setMaximumWidth(120);
    auto *form = new QFormLayout;
    form->addRow(tr("Suggest closing after &waiting"), m_pauseLimit);
    layout->addLayout(form);
    auto *save = new QPushButton(tr("Save pausing"), page);
    save->setObjectName(QStringLiteral("savePausing"));
    connect(save, &QPushButton::clicked, this, &ResponseTimeDialog::savePausing);
    auto *row = new QHBoxLayout;
    row->addWidget(save);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(note(tr("A complaint pauses or resumes at its next status change; a pause "
                              "that already runs is not ended by this setting."),
                           page));
    layout->addStretch(1);
    return page;
}

void ResponseTimeDialog::reload()
{
    ResponseTimeSettings settings(m_db);
    CatalogStore catalog(m_db);
    const bool dutch = QLocale().name().startsWith(QLatin1String("nl"));
    m_ruleChannel->clear();
    m_ruleChannel->addItem(tr("Any channel"), QString());
    QHash<QString, QString> channelNames;
    if (auto channels = catalog.channels()) {
        for (const Channel &c : *channels) {
            const QString name = dutch ? c.nameNl : c.nameEn;
            channelNames.insert(c.meta.id, name);
            m_ruleChannel->addItem(name, c.meta.id);
        }
    }
    m_rules->setRowCount(0);
    if (auto rules = settings.rules()) {
        for (const SlaRule &r : *rules) {
            const int row = m_rules->rowCount();
            m_rules->insertRow(row);
            auto *channel = new QTableWidgetItem(r.channelId.isEmpty()
                                                     ? tr("Any channel")
                                                     : channelNames.value(r.channelId, r.channelId));
            channel->setData(Qt::UserRole, r.id);
            channel->setData(Qt::UserRole + 1,
                             QVariantList{r.channelId, r.severity ? toString(*r.severity) : QString(),
                                          r.firstResponseMinutes.value_or(0), r.resolutionMinutes});
            m_rules->setItem(row, 0, channel);
            m_rules->setItem(row, 1, new QTableWidgetItem(r.severity ? uitext::severity(*r.severity)
                                                                     : tr("Any severity")));
            m_rules->setItem(row, 2, new QTableWidgetItem(r.firstResponseMinutes
                                                              ? tr("%1 min").arg(*r.firstResponseMinutes)
                                                              : tr("the channel's")));
            m_rules->setItem(row, 3, new QTableWidgetItem(tr("%1 min").arg(r.resolutionMinutes)));
        }
    } else {
        report(false, rules.error().message);
    }
    if (auto week = settings.workingWeek())
        for (int d = 1; d <= 7; ++d) {
            const QList<WorkingSpan> spans = week->value(d);
            m_hours.at(d - 1)->setText(spans.isEmpty() ? QString()
                                                       : ResponseTimeSettings::spansText(spans));
        }
    loadHolidays();
    const QList<ComplaintStatus> pausing = settings.pausingStatuses();
    for (QCheckBox *box : m_pausing)
        box->setChecked(pausing.contains(*parse<ComplaintStatus>(box->property("status").toString())));
    m_pauseLimit->setValue(settings.pauseLimitDays());
}

void ResponseTimeDialog::loadHolidays()
{
    ResponseTimeSettings settings(m_db);
    m_holidays->clear();
    const int year = m_year->value();
    auto days = settings.holidays(year);
    if (!days) {
        report(false, days.error().message);
        return;
    }
    QList<QTreeWidgetItem *> items;
    for (const CalendarHoliday &h : *days) {
        auto *item = new QTreeWidgetItem({QLocale().toString(h.day, QLocale::ShortFormat), h.name,
                                          h.source == CalendarHoliday::Source::Computed
                                              ? tr("Dutch holiday")
                                              : tr("Added day off")});
        item->setData(0, Qt::UserRole, h.day);
        items << item;
    }
    if (auto exceptions = settings.holidayExceptions())
        for (const HolidayException &e : *exceptions)
            if (!e.dayOff && e.day.year() == year) {
                auto *item = new QTreeWidgetItem({QLocale().toString(e.day, QLocale::ShortFormat),
                                                  e.name, tr("Worked here")});
                item->setData(0, Qt::UserRole, e.day);
                item->setForeground(2, QBrush(QColor(0x80, 0x80, 0x80)));
                items << item;
            }
    std::sort(items.begin(), items.end(), [](QTreeWidgetItem *a, QTreeWidgetItem *b) {
        return a->data(0, Qt::UserRole).toDate() < b->data(0, Qt::UserRole).toDate();
    });
    m_holidays->addTopLevelItems(items);
    m_holidays->resizeColumnToContents(0);
}

void ResponseTimeDialog::report(bool ok, const QString &message)
{
    m_message->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1e6b1e; }")
                                : QStringLiteral("QLabel { color: #b01e1e; }"));
    m_message->setText(message);
}

void ResponseTimeDialog::saveRule()
{
    SlaRule r;
    r.channelId = m_ruleChannel->currentData().toString();
    const QString severity = m_ruleSeverity->currentData().toString();
    if (!severity.isEmpty())
        r.severity = parse<Severity>(severity);
    if (m_ruleFirst->value() > 0)
        r.firstResponseMinutes = m_ruleFirst->value();
    r.resolutionMinutes = m_ruleResolution->value();
    if (auto s = ResponseTimeSettings(m_db).setRule(r); !s) {
        report(false, s.error().message);
        return;
    }
    reload();
    report(true, tr("Rule saved; it applies to complaints registered from now on."));
}

void ResponseTimeDialog::removeSelectedRule()
{
    auto *item = m_rules->item(m_rules->currentRow(), 0);
    if (!item) {
        report(false, tr("Select a rule first."));
        return;
    }
    if (auto s = ResponseTimeSettings(m_db).removeRule(item->data(Qt::UserRole).toString()); !s) {
        report(false, s.error().message);
        return;
    }
    reload();
    report(true, tr("Rule removed."));
}

void ResponseTimeDialog::saveWorkingHours()
{
    WorkingWeek week;
    for (int d = 1; d <= 7; ++d) {
        auto spans = ResponseTimeSettings::parseSpans(m_hours.at(d - 1)->text());
        if (!spans) {
            m_tabs->setCurrentIndex(1);
            m_hours.at(d - 1)->setFocus();
            report(false, QStringLiteral("%1: %2").arg(dayName(d), spans.error().message));
            return;
        }
        week[d] = *spans;
    }
    auto changed = ResponseTimeSettings(m_db).setWorkingWeek(week);
    if (!changed) {
        report(false, changed.error().message);
        return;
    }
    reload();
    report(true, tr("Working hours saved; due times of %n open complaint(s) recomputed.", nullptr,
                    *changed));
    emit settingsChanged();
}

void ResponseTimeDialog::addHoliday()
{
    auto changed = ResponseTimeSettings(m_db).addHoliday(m_holidayDay->date(), m_holidayName->text(),
                                                         !m_holidayWorked->isChecked());
    if (!changed) {
        report(false, changed.error().message);
        return;
    }
    m_year->setValue(m_holidayDay->date().year());
    loadHolidays();
    m_holidayName->clear();
    report(true, tr("Day saved; due times of %n open complaint(s) recomputed.", nullptr, *changed));
    emit settingsChanged();
}

void ResponseTimeDialog::removeSelectedHoliday()
{
    QTreeWidgetItem *item = m_holidays->currentItem();
    if (!item) {
        report(false, tr("Select a day first."));
        return;
    }
    auto changed = ResponseTimeSettings(m_db).removeHoliday(item->data(0, Qt::UserRole).toDate());
    if (!changed) {
        report(false, changed.error().message);
        return;
    }
    loadHolidays();
    report(true, tr("Day removed; due times of %n open complaint(s) recomputed.", nullptr, *changed));
    emit settingsChanged();
}

void ResponseTimeDialog::savePausing()
{
    QList<ComplaintStatus> statuses;
    for (QCheckBox *box : m_pausing)
        if (box->isChecked())
            statuses << *parse<ComplaintStatus>(box->property("status").toString());
    ResponseTimeSettings settings(m_db);
    if (auto s = settings.setPausingStatuses(statuses); !s) {
        report(false, s.error().message);
        return;
    }
    if (auto s = settings.setPauseLimitDays(m_pauseLimit->value()); !s) {
        report(false, s.error().message);
        return;
    }
    report(true, tr("Pausing saved."));
}

} // namespace kd
