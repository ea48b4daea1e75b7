// The right-hand side of the main window: one complaint with its messages, and tabs that other
// parts add (reply editor, customer history, audit trail, ...).
#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QTextBrowser;

namespace kd {

class Database;

class ComplaintPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintPanel(Database &db, QWidget *parent = nullptr);

    // Adds a tab; the widget is told the complaint through complaintShown.
    void addTab(QWidget *page, const QString &title);
    QString currentReference() const { return m_reference; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void showComplaint(const QString &reference);
    void refresh() { showComplaint(m_reference); }
    void clear();

signals:
    // Emitted after the panel shows a complaint (empty reference: nothing shown).
    void complaintShown(const QString &reference);

private:
    Database &m_db;
    QString m_reference;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QTextBrowser *m_details = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace kd
