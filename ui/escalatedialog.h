// Asks for the reason (and optionally the supervisor) and escalates a complaint by hand.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kd {

class Database;

class EscalateDialog : public QDialog
{
    Q_OBJECT
public:
    EscalateDialog(Database &db, const QString &reference, QWidget *parent = nullptr);

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *supervisorEdit() const { return m_to; }

public slots:
    void accept() override;

private:
    Database &m_db;
    QString m_reference;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kd
