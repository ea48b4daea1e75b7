// The supervisor's report window: the month's figures as a Qt Charts dashboard, print preview and
// "Save as PDF" through the same renderer the CLI uses, and the improvement actions list.
#pragma once

#include "reporting/reportfigures.h"
#include "reportrenderer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPrinter;
class QTableWidget;

namespace kd {

class Database;

class ReportWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ReportWindow(Database &db, QWidget *parent = nullptr);

    const ReportFigures &figures() const { return m_figures; }
    // Recomputes the figures for the chosen month and team and redraws the dashboard.
    bool refresh();
    // "Save as PDF" after its file dialog.
    bool savePdf(const QString &path);
    // What the print preview's paintRequested draws: the same renderer on the printer.
    int printTo(QPrinter &printer);

signals:
    void figuresChanged();

private:
    void printPreview();
    void choosePdf();
    void rebuildDashboard();
    void loadActions();
    void addAction();
    void markActionDone();
    ReportPeriod chosenPeriod() const;
    print::ReportOptions renderOptions() const;

    Database &m_db;
    ReportFigures m_figures;
    QDateEdit *m_month = nullptr;
    QLineEdit *m_team = nullptr;
    QCheckBox *m_workload = nullptr;
    QLabel *m_headline = nullptr;
    QGridLayout *m_charts = nullptr;
    QTableWidget *m_actions = nullptr;
    QComboBox *m_actionCategory = nullptr;
    QLineEdit *m_actionCause = nullptr;
    QLineEdit *m_actionOwner = nullptr;
    QDateEdit *m_actionDue = nullptr;
};

} // namespace kd
