// The queue's workflow filters (mine, team, unassigned, overdue, escalated, waiting) and the
// sort by time left, as a small widget that edits the queue model's filter.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace kd {

class ComplaintQueueModel;

class WorkflowQueueControls : public QWidget
{
    Q_OBJECT
public:
    WorkflowQueueControls(ComplaintQueueModel &model, const QString &login,
                          QWidget *parent = nullptr);

    QComboBox *viewBox() const { return m_view; }
    QCheckBox *sortBox() const { return m_sort; }

private slots:
    void apply();

private:
    ComplaintQueueModel &m_model;
    QString m_login;
    QComboBox *m_view = nullptr;
    QCheckBox *m_sort = nullptr;
};

} // namespace kd
