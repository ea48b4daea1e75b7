// List and search on the left, the article on the right; editing only for supervisors.
#include "knowledgebasedialog.h"

#include "storage/catalogstore.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace kd {

KnowledgeBaseDialog::KnowledgeBaseDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Knowledge base"));
    resize(900, 560);
    m_editable = KnowledgeBase(m_db).canEdit();

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search questions and answers"));
    m_search->setClearButtonEnabled(true);
    m_language = new QComboBox(this);
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("All languages"), QString());
    m_language->setCurrentIndex(QLocale().name().startsWith(QLatin1String("en")) ? 1 : 0);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);

    m_category = new QComboBox(this);
    m_category->addItem(tr("(all categories)"), QString());
    if (auto cats = CatalogStore(m_db).categories()) {
        const QString lang = QLocale().name().left(2);
        for (const Category &c : *cats)
            m_category->addItem(c.displayName(lang), c.meta.id);
    }
    m_question = new QLineEdit(this);
    m_answer = new QPlainTextEdit(this);
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("comma-separated"));
    for (QWidget *w : {static_cast<QWidget *>(m_category), static_cast<QWidget *>(m_question),
                       static_cast<QWidget *>(m_tags)})
        w->setEnabled(m_editable);
    m_answer->setReadOnly(!m_editable);

    m_insert = new QPushButton(tr("Insert into reply"), this);
    m_insert->setDefault(true);
    m_save = new QPushButton(tr("Save"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_new = new QPushButton(tr("New article"), this);
    for (QPushButton *b : {m_save, m_delete, m_new})
        b->setVisible(m_editable);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_language);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_list, 1);
    auto *right = new QWidget(this);
    auto *form = new QFormLayout(right);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Question"), m_question);
    form->addRow(tr("Answer"), m_answer);
    form->addRow(tr("Tags"), m_tags);
    if (!m_editable)
        form->addRow(new QLabel(tr("Only supervisors can change the knowledge base."), right));
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_insert, QDialogButtonBox::ActionRole);
    buttons->addButton(m_new, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &KnowledgeBaseDialog::reload);
    connect(m_language, &QComboBox::currentIndexChanged, this, &KnowledgeBaseDialog::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &KnowledgeBaseDialog::showArticle);
    connect(m_insert, &QPushButton::clicked, this, [this] {
        const QString text = m_answer->toPlainText().trimmed();
        if (!text.isEmpty())
            emit insertRequested(text);
    });
    connect(m_save, &QPushButton::clicked, this, &KnowledgeBaseDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &KnowledgeBaseDialog::removeCurrent);
    connect(m_new, &QPushButton::clicked, this, &KnowledgeBaseDialog::newArticle);
    reload();
}

void KnowledgeBaseDialog::setCategory(const QString &categoryId)
{
    m_categoryId = categoryId;
    reload();
}

void KnowledgeBaseDialog::reload()
{
    const QString lang = m_language->currentData().toString();
    KnowledgeBase kb(m_db);
    auto r = m_search->text().trimmed().isEmpty() ? kb.list(m_categoryId, lang)
                                                  : kb.search(m_search->text(), lang, 50);
    m_list->clear();
    m_articles = r ? *r : QList<KbArticle>{};
    for (const KbArticle &a : m_articles)
        new QListWidgetItem(a.question, m_list);
    if (!m_articles.isEmpty())
        m_list->setCurrentRow(0);
    else
        showArticle(-1);
}

void KnowledgeBaseDialog::showArticle(int row)
{
    m_current = row >= 0 && row < m_articles.size() ? m_articles.at(row) : KbArticle{};
    m_category->setCurrentIndex(std::max(0, m_category->findData(m_current.categoryId)));
    m_question->setText(m_current.question);
    m_answer->setPlainText(m_current.answer);
    m_tags->setText(m_current.tags.join(QStringLiteral(", ")));
    m_insert->setEnabled(!m_current.answer.isEmpty());
    m_delete->setEnabled(!m_current.meta.id.isEmpty());
}

void KnowledgeBaseDialog::newArticle()
{
    m_list->clearSelection();
    m_current = KbArticle{};
    m_current.language = m_language->currentData().toString().isEmpty()
                             ? QStringLiteral("nl")
                             : m_language->currentData().toString();
    m_current.categoryId = m_categoryId;
    m_category->setCurrentIndex(std::max(0, m_category->findData(m_categoryId)));
    m_question->clear();
    m_answer->clear();
    m_tags->clear();
    m_question->setFocus();
}

void KnowledgeBaseDialog::save()
{
    if (!m_editable)
        return;
    m_current.categoryId = m_category->currentData().toString();
    m_current.question = m_question->text();
    m_current.answer = m_answer->toPlainText();
    m_current.tags.clear();
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_current.tags << t.trimmed();
    KnowledgeBase kb(m_db);
    Transaction tx(m_db);
    Status s = tx.begin();
    if (s)
        s = m_current.meta.id.isEmpty() ? kb.add(m_current) : kb.update(m_current);
    if (s)
        s = tx.commit();
    if (!s) {
        QMessageBox::warning(this, tr("Knowledge base"), s.error().message);
        return;
    }
    reload();
}

void KnowledgeBaseDialog::removeCurrent()
{
    if (!m_editable || m_current.meta.id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Knowledge base"),
                              tr("Delete \"%1\" for everyone?").arg(m_current.question))
        != QMessageBox::Yes)
        return;
    Transaction tx(m_db);
    Status s = tx.begin();
    if (s)
        s = KnowledgeBase(m_db).remove(m_current.meta.id);
    if (s)
        s = tx.commit();
    if (!s)
        QMessageBox::warning(this, tr("Knowledge base"), s.error().message);
    reload();
}

} // namespace kd
