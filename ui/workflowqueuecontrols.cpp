// View and sort controls; the filtering itself is SQL in core (core/workflow/queueviews.h).
#include "workflowqueuecontrols.h"

#include "complaintqueuemodel.h"
#include "workflow/queueviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>

namespace kd {

WorkflowQueueControls::WorkflowQueueControls(ComplaintQueueModel &model, const QString &login,
                                             QWidget *parent)
    : QWidget(parent), m_model(model), m_login(login)
{
    setObjectName(QStringLiteral("workflowQueueControls"));
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("workflowView"));
    m_view->addItem(tr("Everyone's"), QString());
    const QStringList names{tr("Mine"),    tr("My team's"), tr("Unassigned"),
                            tr("Overdue"), tr("Escalated"), tr("Waiting for customer")};
    const QStringList views = workflowViews();
    for (int i = 0; i < views.size(); ++i)
        m_view->addItem(names.value(i, views.at(i)), views.at(i));
    m_sort = new QCheckBox(tr("Least time left first"), this);
    m_sort->setObjectName(QStringLiteral("sortByTimeLeft"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_sort);
    connect(m_view, &QComboBox::currentIndexChanged, this, &WorkflowQueueControls::apply);
    connect(m_sort, &QCheckBox::toggled, this, &WorkflowQueueControls::apply);
}

void WorkflowQueueControls::apply()
{
    QueueFilter f = m_model.filter();
    f.workflowView = m_view->currentData().toString();
    f.currentUser = m_login;
    f.sortByTimeLeft = m_sort->isChecked();
    m_model.setFilter(f);
}

} // namespace kd
