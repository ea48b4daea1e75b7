// The connect form; ServerAddress::parse reads the URL, ServerConnection::open tries it.
#include "connectdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace kd {

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to the team's server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Your work stays on this computer and goes to the team's server "
                                "whenever it can be reached. Log in with your own account."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://db.example.nl:5432/klachtdesk"));
    m_url->setMinimumWidth(380);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("verify-full: encrypted, server certificate and name checked"),
                       QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("verify-ca: encrypted, server certificate checked"),
                       QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("require: encrypted, server not checked"), QStringLiteral("require"));
    m_sslMode->addItem(tr("prefer: encrypted when the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("disable: not encrypted (test servers only)"), QStringLiteral("disable"));
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember the password in this computer's keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ConnectDialog::setAddress(const ServerAddress &a)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(a.host);
    url.setPort(a.port);
    url.setPath(QLatin1Char('/') + a.database);
    m_url->setText(url.toString());
    m_user->setText(a.user);
    const int i = m_sslMode->findData(a.sslMode);
    if (i >= 0)
        m_sslMode->setCurrentIndex(i);
    (a.user.isEmpty() ? m_user : m_password)->setFocus();
}

void ConnectDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ConnectDialog::setKeychainAvailable(bool available)
{
    m_remember->setEnabled(available);
    if (!available) {
        m_remember->setChecked(false);
        m_remember->setToolTip(tr("No keychain service is running: the password is asked at "
                                  "each start and kept in memory only."));
    }
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectDialog::accept()
{
    QString text = m_url->text().trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("postgresql://"));
    auto a = ServerAddress::parse(text);
    if (!a) {
        m_error->setText(a.error().message);
        m_error->show();
        return;
    }
    // The form's fields win over anything typed into the URL.
    if (!m_user->text().trimmed().isEmpty())
        a->user = m_user->text().trimmed();
    if (!m_password->text().isEmpty())
        a->password = m_password->text();
    a->sslMode = m_sslMode->currentData().toString();
    if (a->user.isEmpty()) {
        m_error->setText(tr("Give your user name on the server."));
        m_error->show();
        m_user->setFocus();
        return;
    }
    m_error->setText(tr("Connecting to %1...").arg(a->host));
    m_error->show();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ServerConnection test;
    const Status s = test.open(*a);
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_error->setText(s.error().toString());
        return;
    }
    test.close();
    m_address = *a;
    m_error->hide();
    QDialog::accept();
}

} // namespace kd
