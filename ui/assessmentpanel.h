// The workflow side of a complaint: assessment, targets and pause, escalation, audit trail.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kd {

class Database;

class AssessmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentPanel(Database &db, QWidget *parent = nullptr);

    QString reference() const { return m_reference; }
    QLabel *slaLabel() const { return m_sla; }
    QTableWidget *auditView() const { return m_audit; }

public slots:
    void showComplaint(const QString &reference);
    void refresh();
    bool save();
    void escalate();

signals:
    void complaintSaved(const QString &reference);

private:
    Database &m_db;
    QString m_reference;
    QComboBox *m_severity = nullptr;
    QComboBox *m_justified = nullptr;
    QCheckBox *m_claimRisk = nullptr;
    QCheckBox *m_known = nullptr;
    QLineEdit *m_cause = nullptr;
    QLineEdit *m_team = nullptr;
    QPlainTextEdit *m_solution = nullptr;
    QLineEdit *m_noReplyReason = nullptr;
    QSpinBox *m_satisfaction = nullptr;
    QComboBox *m_closedPublicly = nullptr;
    QLabel *m_sla = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_escalate = nullptr;
    QTableWidget *m_audit = nullptr;
};

} // namespace kd
