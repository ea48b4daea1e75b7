// The knowledge base of standard answers and facts: searchable by everyone, editable by
// supervisors, and insertable into a reply (insertRequested).
#pragma once

#include "search/knowledgebase.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace kd {

class Database;

class KnowledgeBaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KnowledgeBaseDialog(Database &db, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    bool editable() const { return m_editable; }

public slots:
    // Shows the articles of a category first (the open complaint's).
    void setCategory(const QString &categoryId);
    void reload();

signals:
    // The reply editor inserts this text at its cursor.
    void insertRequested(const QString &text);

private:
    void showArticle(int row);
    void save();
    void removeCurrent();
    void newArticle();

    Database &m_db;
    bool m_editable = false;
    QString m_categoryId;
    QLineEdit *m_search = nullptr;
    QComboBox *m_language = nullptr;
    QListWidget *m_list = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_question = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QLineEdit *m_tags = nullptr;
    QPushButton *m_insert = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_new = nullptr;
    QList<KbArticle> m_articles;
    KbArticle m_current;
};

} // namespace kd
