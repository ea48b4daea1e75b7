// The escalate dialog: core checks the reason and finds the supervisor; errors stay in the dialog.
#include "escalatedialog.h"

#include "workflow/workflowservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kd {

EscalateDialog::EscalateDialog(Database &db, const QString &reference, QWidget *parent)
    : QDialog(parent), m_db(db), m_reference(reference)
{
    setObjectName(QStringLiteral("escalateDialog"));
    setWindowTitle(tr("Escalate %1").arg(reference));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("supervisor"));
    m_to->setPlaceholderText(tr("the team's supervisor"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Supervisor (login)"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EscalateDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void EscalateDialog::accept()
{
    auto s = WorkflowService(m_db).escalate(m_reference, m_reason->toPlainText(), m_to->text());
    if (!s) {
        m_error->setText(s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace kd
