// Tools > Response-time settings...: an administrator edits SLA rules, working hours, holidays,
// pausing statuses and the pause limit. Every change goes through kd::ResponseTimeSettings.
#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace kd {

class Database;

class ResponseTimeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResponseTimeDialog(Database &db, QWidget *parent = nullptr);

    // Reads everything from the database again.
    void reload();

public slots:
    void saveRule();
    void removeSelectedRule();
    void saveWorkingHours();
    void addHoliday();
    void removeSelectedHoliday();
    void savePausing();

signals:
    // Due times of open complaints may have moved: the queue should reload.
    void settingsChanged();

private:
    QWidget *buildRulesTab();
    QWidget *buildHoursTab();
    QWidget *buildHolidaysTab();
    QWidget *buildPausingTab();
    void loadHolidays();
    void report(bool ok, const QString &message);

    Database &m_db;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    // Rules
    QTableWidget *m_rules = nullptr;
    QComboBox *m_ruleChannel = nullptr;
    QComboBox *m_ruleSeverity = nullptr;
    QSpinBox *m_ruleFirst = nullptr;
    QSpinBox *m_ruleResolution = nullptr;
    // Working hours, Monday first
    QList<QLineEdit *> m_hours;
    // Holidays
    QSpinBox *m_year = nullptr;
    QTreeWidget *m_holidays = nullptr;
    QDateEdit *m_holidayDay = nullptr;
    QLineEdit *m_holidayName = nullptr;
    QCheckBox *m_holidayWorked = nullptr;
    // Pausing
    QList<QCheckBox *> m_pausing;
    QSpinBox *m_pauseLimit = nullptr;
};

} // namespace kd
