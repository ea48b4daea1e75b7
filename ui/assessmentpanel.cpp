// Assessment form over WorkflowService: the panel only shows and forwards; core holds the rules.
#include "assessmentpanel.h"

#include "escalatedialog.h"
#include "search/knowncomplaints.h"
#include "storage/complaintstore.h"
#include "storage/database.h"
#include "domain/codewords.h"
#include "workflow/workflowservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kd {
namespace {

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString span(qint64 ms)
{
    const qint64 m = std::abs(ms) / 60000;
    return m >= 60 ? AssessmentPanel::tr("%1 h %2 min").arg(m / 60).arg(m % 60)
                   : AssessmentPanel::tr("%1 min").arg(m);
}

} // namespace

AssessmentPanel::AssessmentPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("assessmentPanel"));
    m_sla = new QLabel(this);
    m_sla->setObjectName(QStringLiteral("slaLabel"));
    m_sla->setWordWrap(true);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severity"));
    for (Severity s : {Severity::Low, Severity::Normal, Severity::High, Severity::Critical})
        m_severity->addItem(uitext::severity(s), toString(s));
    m_justified = new QComboBox(this);
    m_justified->setObjectName(QStringLiteral("justified"));
    for (Justified j : {Justified::Unknown, Justified::Yes, Justified::Partly, Justified::No})
        m_justified->addItem(uitext::justified(j), toString(j));
    m_claimRisk = new QCheckBox(tr("Could lead to a claim"), this);
    m_claimRisk->setObjectName(QStringLiteral("claimRisk"));
    m_known = new QCheckBox(tr("Known (recurring) complaint"), this);
    m_known->setObjectName(QStringLiteral("known"));
    m_cause = new QLineEdit(this);
    m_cause->setObjectName(QStringLiteral("cause"));
    m_team = new QLineEdit(this);
    m_team->setObjectName(QStringLiteral("team"));
    m_solution = new QPlainTextEdit(this);
    m_solution->setObjectName(QStringLiteral("solution"));
    m_solution->setMaximumHeight(70);
    m_noReplyReason = new QLineEdit(this);
    m_noReplyReason->setObjectName(QStringLiteral("noReplyReason"));
    m_noReplyReason->setPlaceholderText(tr("Only when no reply to the customer was possible"));
    m_satisfaction = new QSpinBox(this);
    m_satisfaction->setObjectName(QStringLiteral("satisfaction"));
    m_satisfaction->setRange(0, 5);
    m_satisfaction->setSpecialValueText(tr("not recorded"));
    m_closedPublicly = new QComboBox(this);
    m_closedPublicly->setObjectName(QStringLiteral("closedPublicly"));
    m_closedPublicly->addItem(tr("not recorded"), QString());
    m_closedPublicly->addItem(tr("yes"), QStringLiteral("yes"));
    m_closedPublicly->addItem(tr("no"), QStringLiteral("no"));

    auto *form = new QFormLayout;
    form->addRow(tr("Severity"), m_severity);
    form->addRow(tr("Justified"), m_justified);
    form->addRow(QString(), m_claimRisk);
    form->addRow(QString(), m_known);
    form->addRow(tr("Cause"), m_cause);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Solution"), m_solution);
    form->addRow(tr("No reply because"), m_noReplyReason);
    form->addRow(tr("Satisfaction (1-5)"), m_satisfaction);
    form->addRow(tr("Closed off publicly"), m_closedPublicly);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("assessmentMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("Save assessment"), this);
    m_save->setObjectName(QStringLiteral("saveAssessment"));
    m_escalate = new QPushButton(tr("Escalate..."), this);
    m_escalate->setObjectName(QStringLiteral("escalate"));
    connect(m_save, &QPushButton::clicked, this, &AssessmentPanel::save);
    connect(m_escalate, &QPushButton::clicked, this, &AssessmentPanel::escalate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_escalate);
    buttons->addStretch(1);

    // Four columns, the change taking what is left and wrapping, with the entry's note on a
    // second line: in the dock's 400 px a fifth column was only reachable by scrolling sideways.
    m_audit = new QTableWidget(0, 4, this);
    m_audit->setObjectName(QStringLiteral("auditTrail"));
    m_audit->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change")});
    m_audit->setWordWrap(true);
    for (int c = 0; c < 3; ++c)
        m_audit->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_audit->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_audit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_audit->verticalHeader()->hide();
    m_audit->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sla);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Audit trail"), this));
    layout->addWidget(m_audit, 1);
    setEnabled(false);
}

void AssessmentPanel::showComplaint(const QString &reference)
{
    m_reference = reference;
    m_message->clear();
    refresh();
}

void AssessmentPanel::refresh()
{
    setEnabled(!m_reference.isEmpty());
    m_audit->setRowCount(0);
    if (m_reference.isEmpty()) {
        m_sla->clear();
        return;
    }
    WorkflowService wf(m_db);
    auto st = wf.state(m_reference);
    auto sla = wf.slaStatus(m_reference);
    auto c = ComplaintStore(m_db).byReference(m_reference);
    if (!st || !sla || !c) {
        m_sla->setText(tr("Could not read the complaint."));
        return;
    }
    m_severity->setCurrentIndex(m_severity->findData(toString(c->severity)));
    m_justified->setCurrentIndex(m_justified->findData(toString(c->justified)));
    auto known = KnownComplaints(m_db).isMarked(c->meta.id);
    m_known->setVisible(known.ok());
    if (known)
        m_known->setChecked(*known);
    m_claimRisk->setChecked(st->claimRisk);
    m_cause->setText(st->cause);
    m_team->setText(st->team);
    m_solution->setPlainText(st->solution);
    m_noReplyReason->setText(st->noReplyReason);
    m_satisfaction->setValue(st->satisfaction.value_or(0));
    m_closedPublicly->setCurrentIndex(!st->closedPublicly ? 0 : (*st->closedPublicly ? 1 : 2));

    QStringList lines;
    if (sla->paused)
        lines << tr("Paused since %1: %2. The clocks stand still.")
                     .arg(when(sla->pausedAt), sla->pauseReason);
    else if (sla->workingMsLeft)
        lines << (*sla->workingMsLeft < 0
                      ? tr("%1 due %2: overdue by %3 working time.")
                      : tr("%1 due %2: %3 working time left."))
                     .arg(sla->respondedYet ? tr("Resolution") : tr("First response"),
                          when(sla->nextDue), span(*sla->workingMsLeft));
    if (sla->firstResponseMissed)
        lines << tr("The first-response target was missed.");
    if (sla->resolutionMissed)
        lines << tr("The resolution target was missed.");
    if (sla->escalatedAt.isValid())
        lines << tr("Escalated %1 to %2: %3")
                     .arg(when(sla->escalatedAt),
                          sla->escalatedTo.isEmpty() ? tr("all supervisors") : sla->escalatedTo,
                          sla->escalationReason);
    if (sla->closeSuggestedAt.isValid())
        lines << tr("No answer for a long time: consider closing with a closing reply.");
    m_sla->setText(lines.join(u'\n'));

    auto trail = wf.auditTrail(m_reference);
    if (!trail)
        return;
    m_audit->setRowCount(static_cast<int>(trail->size()));
    for (int i = 0; i < trail->size(); ++i) {
        const AuditEntry &e = trail->at(i);
        // Words, not codes: "Severity: Normal → High", and a time in the locale's format.
        const QString newValue = uitext::fieldValue(e.field, e.newValue);
        // An event that set a field (escalated to, the due time missed) has no "before".
        const bool setOnly = e.action != QLatin1String("changed") && e.oldValue.isEmpty();
        const QString change =
            e.field.isEmpty() ? newValue
            : setOnly         ? tr("%1: %2").arg(uitext::fieldLabel(e.field), newValue)
                              : tr("%1: %2 → %3")
                      .arg(uitext::fieldLabel(e.field),
                           e.oldValue.isEmpty() ? tr("(empty)") : uitext::fieldValue(e.field, e.oldValue),
                           e.newValue.isEmpty() ? tr("(empty)") : newValue);
        const QString withNote = e.detail.isEmpty() ? change : change + u'\n' + e.detail;
        const QStringList cells{when(e.at), e.actor, uitext::auditAction(e.action), withNote};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_audit->setItem(i, col, item);
        }
    }
    m_audit->resizeRowsToContents();
}

bool AssessmentPanel::save()
{
    if (m_reference.isEmpty())
        return false;
    Assessment a;
    a.severity = parse<Severity>(m_severity->currentData().toString());
    a.justified = parse<Justified>(m_justified->currentData().toString());
    a.claimRisk = m_claimRisk->isChecked();
    if (m_known->isVisible())
        a.known = m_known->isChecked();
    a.cause = m_cause->text();
    a.team = m_team->text();
    a.solution = m_solution->toPlainText();
    a.noReplyReason = m_noReplyReason->text();
    if (m_satisfaction->value() > 0)
        a.satisfaction = m_satisfaction->value();
    const QString pub = m_closedPublicly->currentData().toString();
    if (!pub.isEmpty())
        a.closedPublicly = pub == QLatin1String("yes");
    auto r = WorkflowService(m_db).assess(m_reference, a);
    if (!r) {
        m_message->setText(r.error().message);
        return false;
    }
    m_message->setText(tr("Saved."));
    refresh();
    emit complaintSaved(m_reference);
    return true;
}

void AssessmentPanel::escalate()
{
    if (m_reference.isEmpty())
        return;
    EscalateDialog dialog(m_db, m_reference, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit complaintSaved(m_reference);
}

} // namespace kd
