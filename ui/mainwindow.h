// The workstation's main window: the queue on the left, the chosen complaint on the right.
#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace kd {

class ComplaintPanel;
class ComplaintQueueModel;
class Database;
class ReportWindow;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    Database &database() { return m_db; }
    QTableView *queueView() const { return m_queueView; }
    ComplaintQueueModel *queueModel() const { return m_model; }
    ComplaintPanel *complaintPanel() const { return m_panel; }
    QAction *newComplaintAction() const { return m_newComplaint; }
    QToolBar *toolBar() const { return m_toolBar; }
    QMenu *toolsMenu() const { return m_toolsMenu; }

public slots:
    // Opens the registration form; returns the new reference, or empty when cancelled.
    QString registerComplaint();
    void loadDemoData();
    void refreshQueue();
    void selectComplaint(const QString &reference);
    void openReport();

signals:
    // A complaint was registered or changed here; listeners reload what they show.
    void complaintSaved(const QString &reference);

protected:
    // Keeps the window's size and place, the docks, the split and the queue's columns for the
    // next start (QSettings "window/..."); restored at the end of the constructor.
    void closeEvent(QCloseEvent *event) override;

private slots:
    void applyFilter();
    void showCurrent();
    void updateCounts();

private:
    void buildActions();
    QWidget *buildEmptyState();
    void setLanguage(const QString &code);
    void restoreLayout();

    Database &m_db;
    ComplaintQueueModel *m_model = nullptr;
    QTableView *m_queueView = nullptr;
    ComplaintPanel *m_panel = nullptr;
    QStackedWidget *m_queueStack = nullptr;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_newComplaint = nullptr;
    QPointer<ReportWindow> m_report;
};

} // namespace kd
