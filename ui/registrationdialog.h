// The form an agent registers a complaint with, keyboard first: customer found while typing or
// created on the spot, channel, time, the customer's words, category, severity, justified.
#pragma once

#include "service/complaintservice.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;
class QWidget;

namespace kd {

class Database;

class RegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegistrationDialog(Database &db, QWidget *parent = nullptr);

    const Registration &registration() const { return m_registration; }
    QLineEdit *customerSearch() const { return m_search; }

public slots:
    void accept() override;

private slots:
    void refreshSuggestions();
    void chooseSuggestion(const QModelIndex &index);
    void clearChosenCustomer();

private:
    NewComplaint collect() const;
    void fillNewCustomerFields(const QString &typed);
    void showError(const QString &message, QWidget *focus);

    Database &m_db;
    Registration m_registration;
    QString m_chosenCustomerId;

    QLineEdit *m_search = nullptr;
    QLabel *m_customerState = nullptr;
    QWidget *m_newCustomerBox = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_handle = nullptr;
    QComboBox *m_channel = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_justified = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_register = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_suggestions = nullptr;
    QTimer *m_suggestTimer = nullptr;
};

} // namespace kd
