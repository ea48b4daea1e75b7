// Adds the search pieces to the main window without the window knowing their details.
#include "searchintegration.h"

#include "complaintpanel.h"
#include "historypanel.h"
#include "knowledgebasedialog.h"
#include "mainwindow.h"
#include "searchbox.h"
#include "similarpanel.h"
#include "storage/complaintstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace kd {

bool insertIntoReply(MainWindow &window, const QString &text)
{
    for (QObject *o : window.findChildren<QObject *>(QStringLiteral("replyEditor"))) {
        if (o->metaObject()->indexOfMethod("insertText(QString)") >= 0
            && QMetaObject::invokeMethod(o, "insertText", Q_ARG(QString, text)))
            return true;
    }
    QApplication::clipboard()->setText(text);
    window.statusBar()->showMessage(QObject::tr("The text is on the clipboard: paste it into "
                                                "the reply."),
                                    6000);
    return false;
}

void installSearch(MainWindow &window)
{
    Database &db = window.database();
    ComplaintPanel *panel = window.complaintPanel();

    // Customer history and similar complaints beside the complaint.
    auto *history = new HistoryPanel(db, panel);
    history->setObjectName(QStringLiteral("historyPanel"));
    panel->addTab(history, QObject::tr("Customer history"));
    auto *similar = new SimilarPanel(db, panel);
    similar->setObjectName(QStringLiteral("similarPanel"));
    panel->addTab(similar, QObject::tr("Similar complaints"));
    QObject::connect(panel, &ComplaintPanel::complaintShown, history, &HistoryPanel::showComplaint);
    QObject::connect(panel, &ComplaintPanel::complaintShown, similar, &SimilarPanel::showComplaint);
    QObject::connect(history, &HistoryPanel::complaintChosen, &window, &MainWindow::selectComplaint);
    QObject::connect(similar, &SimilarPanel::complaintChosen, &window, &MainWindow::selectComplaint);
    QObject::connect(similar, &SimilarPanel::replyReuseRequested, &window,
                     [&window](const QString &text) { insertIntoReply(window, text); });
    QObject::connect(similar, &SimilarPanel::knownMarked, &window, &MainWindow::complaintSaved);

    // The search box: a popup over the window.
    auto *box = new SearchBox(db, &window);
    auto *find = new QAction(QObject::tr("&Search..."), &window);
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    find->setShortcutContext(Qt::ApplicationShortcut);
    find->setToolTip(QObject::tr("Search complaints, customers and messages (Ctrl+K)"));
    QObject::connect(find, &QAction::triggered, box, [box, &window] { box->popup(&window); });
    window.addAction(find);
    if (window.toolBar())
        window.toolBar()->addAction(find);
    QObject::connect(box, &SearchBox::complaintChosen, &window, &MainWindow::selectComplaint);
    QObject::connect(box, &SearchBox::customerChosen, &window, [&db, &window](const QString &id) {
        // The same history panel, in its own window, for a customer found by search.
        auto *dialog = new QDialog(&window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(QObject::tr("Customer history"));
        dialog->resize(820, 600);
        auto *layout = new QVBoxLayout(dialog);
        auto *panel = new HistoryPanel(db, dialog);
        layout->addWidget(panel);
        panel->showCustomer(id);
        QObject::connect(panel, &HistoryPanel::complaintChosen, &window,
                         &MainWindow::selectComplaint);
        dialog->show();
    });

    // The knowledge base, opened on the current complaint's category.
    auto *kb = new QAction(QObject::tr("&Knowledge base..."), &window);
    kb->setObjectName(QStringLiteral("knowledgeBaseAction"));
    kb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QObject::connect(kb, &QAction::triggered, &window, [&db, &window, panel] {
        auto *dialog = new KnowledgeBaseDialog(db, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!panel->currentReference().isEmpty())
            if (auto c = ComplaintStore(db).byReference(panel->currentReference()))
                dialog->setCategory(c->categoryId);
        QObject::connect(dialog, &KnowledgeBaseDialog::insertRequested, &window,
                         [&window](const QString &text) { insertIntoReply(window, text); });
        dialog->show();
    });
    if (window.toolsMenu())
        window.toolsMenu()->addAction(kb);
    else
        window.addAction(kb);
}

} // namespace kd
