// The most similar earlier complaints, each with how it was solved and the reply that was sent,
// so an agent can reuse what worked; and whether this one is a known (recurring) complaint.
#pragma once

#include "search/similarcomplaints.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace kd {

class Database;

class SimilarPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SimilarPanel(Database &db, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    const QList<SimilarComplaint> &similar() const { return m_similar; }

public slots:
    void showComplaint(const QString &reference);
    void clear();

signals:
    // The agent wants to reuse this reply text (the reply editor inserts it).
    void replyReuseRequested(const QString &text);
    void complaintChosen(const QString &reference);
    // The known-complaint mark changed (the queue and the assessment reload).
    void knownMarked(const QString &reference);

private:
    void checkKnown();

    Database &m_db;
    QString m_reference;
    QString m_complaintId;
    QLabel *m_known = nullptr;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_reuse = nullptr;
    QPushButton *m_markKnown = nullptr;
    QList<SimilarComplaint> m_similar;
};

} // namespace kd
