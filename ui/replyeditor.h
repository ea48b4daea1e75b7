// The reply tab of a complaint: a template picker, the draft, a live checklist of the reply
// checks with their evidence, the promises found in the draft, and recording the reply.
#pragma once

#include "drafting/replycheck.h"
#include "drafting/replychecker.h"

#include <QHash>
#include <QIcon>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QSplitter;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace kd {

class Database;

class ReplyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyEditor(Database &db, QWidget *parent = nullptr);
    ~ReplyEditor() override;

    QString reference() const { return m_reference; }
    QPlainTextEdit *draft() const { return m_draft; }
    QListWidget *checklist() const { return m_checklist; }
    // Side by side when there is room, the checklist under the draft when the tab is narrow.
    QSplitter *splitter() const { return m_splitter; }
    QComboBox *templatePicker() const { return m_templates; }
    QPushButton *recordButton() const { return m_record; }
    QLabel *counter() const { return m_counter; }
    // The report of the last check of the draft (empty checks before the first one ran).
    const ReplyCheckReport &report() const { return m_report; }

    // Item data roles of the checklist: the check id and its status ("pass", "warn", "fail").
    static constexpr int CheckIdRole = Qt::UserRole;
    static constexpr int StatusRole = Qt::UserRole + 1;

public slots:
    void setComplaint(const QString &reference);
    void complaintShown(const QString &reference) { setComplaint(reference); }
    // Runs the checks on the draft now (typing runs them after a short pause).
    void checkNow();
    bool recordReply();

signals:
    void replyRecorded(const QString &reference);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void loadContext();
    void fillTemplates(const QString &category, const QString &channel, FormOfAddress form);
    void applyTemplate(int index);
    void updateChecklist();
    void updatePromises();
    void updateCounter();
    void highlightEvidence();
    void trackPromise(int index);
    void showMessage(const QString &text, bool error);
    QIcon statusIcon(CheckStatus status) const;

    Database &m_db;
    ReplyChecker m_checker;
    QString m_reference;
    ReplyContext m_context;
    QString m_templateLanguage;
    QString m_customerName;
    QDateTime m_promisedDate;      // the earliest open promise, for {promised_date}
    ReplyCheckReport m_report;
    QHash<QString, QString> m_drafts; // unfinished drafts of other complaints, by reference
    QSet<QString> m_tracked;          // promises already tracked from this draft

    QComboBox *m_templates = nullptr;
    QPlainTextEdit *m_draft = nullptr;
    QListWidget *m_checklist = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_customerMessage = nullptr; // what the customer wrote, for reference
    QWidget *m_promiseBox = nullptr;
    QVBoxLayout *m_promiseLayout = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_record = nullptr;
    QTimer *m_debounce = nullptr;
    QIcon m_icons[3];
};

} // namespace kd
