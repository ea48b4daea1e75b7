// The one search box (Ctrl+K / Ctrl+F): results for complaints, customers and messages appear
// while typing; Enter or a click opens the one chosen.
#pragma once

#include "search/searchservice.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace kd {

class Database;

class SearchBox : public QFrame
{
    Q_OBJECT
public:
    explicit SearchBox(Database &db, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QListWidget *resultList() const { return m_results; }
    const QList<SearchHit> &hits() const { return m_hits; }

    // Shows the box as a popup below the anchor widget (or centred on it) with the text selected.
    void popup(QWidget *anchor);

public slots:
    // Runs the search now (typing runs it after a short pause).
    void runSearch();

signals:
    void complaintChosen(const QString &reference);
    void customerChosen(const QString &customerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int row);

    Database &m_db;
    QLineEdit *m_edit = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
    QList<SearchHit> m_hits;
};

} // namespace kd
