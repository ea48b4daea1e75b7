// Connecting this desktop to the team's server: address, login, password, TLS mode, and whether
// the password goes into the OS keychain. The dialog checks that the server answers.
#pragma once

#include "sync/serverconnection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace kd {

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a stored address (no password) and puts the cursor where needed.
    void setAddress(const ServerAddress &address);
    // A line under the fields, e.g. "No keychain: the password is asked at each start".
    void setNote(const QString &note);
    void setKeychainAvailable(bool available);

    // The address typed, with the password (valid after accept()).
    ServerAddress address() const { return m_address; }
    bool rememberPassword() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    // Parses the fields and tries the server; stays open with the reason when it fails.
    void accept() override;

private:
    ServerAddress m_address;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kd
