// The reply tab of a complaint: it only gathers what the core needs (the customer's words, the
// channel's rules, template values) and shows the core's verdicts; the rules live in core/drafting.
#include "replyeditor.h"

#include "domain/entities.h"
#include "drafting/templatestore.h"
#include "service/complaintservice.h"
#include "service/session.h"
#include "storage/database.h"
#include "workflow/promisestore.h"
#include "workflow/workflowservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace kd {

namespace {

// Pause after the last key stroke before the checks run again.
constexpr int kDebounceMs = 150;

QColor statusColor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QColor(0x2e, 0x7d, 0x32); // green
    case CheckStatus::Warn:
        return QColor(0xf5, 0x9e, 0x0b); // amber
    case CheckStatus::Fail:
        return QColor(0xc6, 0x28, 0x28); // red
    }
    return Qt::gray;
}

QIcon circleIcon(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    painter.end();
    return QIcon(pixmap);
}

constexpr int kSideBySideWidth = 640;

QString promiseKey(const DetectedPromise &p)
{
    return p.sentence.text + QLatin1Char('|')
         + (p.due ? p.due->toString(Qt::ISODate) : QString());
}

} // namespace

ReplyEditor::ReplyEditor(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_checker(db.clock())
{
    m_icons[0] = circleIcon(statusColor(CheckStatus::Pass));
    m_icons[1] = circleIcon(statusColor(CheckStatus::Warn));
    m_icons[2] = circleIcon(statusColor(CheckStatus::Fail));

    m_customerMessage = new QLabel(this);
    m_customerMessage->setObjectName(QStringLiteral("replyCustomerMessage"));
    m_customerMessage->setWordWrap(true);
    m_customerMessage->setTextFormat(Qt::PlainText);
    m_customerMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_templates = new QComboBox(this);
    m_templates->setObjectName(QStringLiteral("replyTemplate"));
    m_templates->setToolTip(tr("Start the reply from a template; the suggested one fits this "
                               "complaint's category, channel and form of address."));
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(new QLabel(tr("Template:"), this));
    templateRow->addWidget(m_templates, 1);

    m_draft = new QPlainTextEdit(this);
    m_draft->setObjectName(QStringLiteral("replyDraft"));
    m_draft->setPlaceholderText(tr("Write the reply to the customer here."));

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("replyCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(templateRow);
    leftLayout->addWidget(m_draft, 1);
    leftLayout->addWidget(m_counter);

    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("replyChecklist"));
    m_checklist->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("replyHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    m_promiseBox = new QWidget(this);
    m_promiseBox->setObjectName(QStringLiteral("replyPromises"));
    m_promiseLayout = new QVBoxLayout(m_promiseBox);
    m_promiseLayout->setContentsMargins(0, 0, 0, 0);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Checklist"), this));
    rightLayout->addWidget(m_checklist, 1);
    rightLayout->addWidget(m_hint);
    rightLayout->addWidget(new QLabel(tr("Promises in this reply"), this));
    rightLayout->addWidget(m_promiseBox);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("replySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("replyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_record = new QPushButton(tr("Record reply"), this);
    m_record->setObjectName(QStringLiteral("recordReply"));
    m_record->setToolTip(tr("Store this text as the reply sent to the customer."));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_record);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_customerMessage);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ReplyEditor::checkNow);
    connect(m_draft, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        m_debounce->start();
    });
    connect(m_checklist, &QListWidget::currentItemChanged, this, [this] { highlightEvidence(); });
    connect(m_templates, &QComboBox::activated, this, &ReplyEditor::applyTemplate);
    connect(m_record, &QPushButton::clicked, this, &ReplyEditor::recordReply);

    setComplaint({});
}

ReplyEditor::~ReplyEditor() = default;

void ReplyEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side the draft and the checklist each get half of a narrow tab (the window's
    // default leaves the complaint about 400 px): too little to write in or to read a check.
    // Below 640 px the checklist goes under the draft, both the tab's full width.
    const Qt::Orientation wanted = width() < kSideBySideWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        m_splitter->setSizes({3000, 2000}); // three fifths for the draft, either way
    }
}

void ReplyEditor::setComplaint(const QString &reference)
{
    if (reference == m_reference && !reference.isEmpty()) {
        // The same complaint shown again (after a save): new context, same draft.
        loadContext();
        checkNow();
        return;
    }
    if (!m_reference.isEmpty()) {
        const QString text = m_draft->toPlainText();
        if (text.trimmed().isEmpty())
            m_drafts.remove(m_reference);
        else
            m_drafts.insert(m_reference, text);
    }
    m_reference = reference;
    m_tracked.clear();
    showMessage({}, false);
    loadContext();
    m_draft->setPlainText(m_drafts.value(reference));
    m_debounce->stop();
    checkNow();
}

void ReplyEditor::loadContext()
{
    m_context = ReplyContext();
    m_templateLanguage = QStringLiteral("nl");
    m_customerName.clear();
    m_promisedDate = QDateTime();
    const bool has = !m_reference.isEmpty();
    m_draft->setEnabled(has);
    m_templates->setEnabled(has);
    m_record->setEnabled(has);
    if (!has) {
        m_customerMessage->setText(tr("No complaint selected."));
        m_templates->clear();
        return;
    }
    auto details = ComplaintService(m_db).details(m_reference);
    if (!details) {
        showMessage(tr("Could not read the complaint: %1").arg(details.error().toString()), true);
        m_templates->clear();
        return;
    }
    // The customer's latest own words: the last inbound interaction, else the description.
    QString words = details->complaint.description;
    for (const Interaction &i : details->interactions) // newest first
        if (i.direction == Direction::Inbound && !i.body.trimmed().isEmpty()) {
            words = i.body;
            break;
        }
    m_customerName = details->customer.name;
    m_context.customerMessage = words;
    m_context.channel.code = details->channel.code;
    m_context.channel.isPublic = details->channel.isPublic;
    m_context.channel.replyLimit = details->channel.replyLimit;
    m_context.customerName = details->customer.name;
    m_context.agentName = currentLogin();
    m_context.language = details->customer.language;
    m_context.customerForm = details->customer.formOfAddress;
    if (!details->customer.language.isEmpty())
        m_templateLanguage = details->customer.language;

    QString channelText = details->channel.displayName(QLocale().name());
    if (details->channel.isPublic)
        channelText = tr("%1 (public)").arg(channelText);
    m_customerMessage->setText(tr("%1 wrote via %2:\n%3")
                                   .arg(details->customer.name, channelText, words.trimmed()));

    // {promised_date}: the earliest open promise on this complaint, when there is one.
    auto promises = PromiseStore(m_db).forComplaint(details->complaint.meta.id);
    if (promises)
        for (const Promise &p : *promises)
            if (p.state == QLatin1String("open")
                && (!m_promisedDate.isValid() || p.dueAt < m_promisedDate))
                m_promisedDate = p.dueAt;

    fillTemplates(details->category ? details->category->code : QString(), details->channel.code,
                  details->customer.formOfAddress);
}

void ReplyEditor::fillTemplates(const QString &category, const QString &channel,
                                FormOfAddress form)
{
    m_templates->clear();
    m_templates->addItem(tr("(choose a template)"));
    TemplateStore store(m_db);
    if (auto s = store.ensureDefaults(); !s) {
        showMessage(tr("Could not load the templates: %1").arg(s.error().toString()), true);
        return;
    }
    auto best = store.choose(category, channel, m_templateLanguage, form);
    QString bestId;
    if (best) {
        bestId = best->meta.id;
        m_templates->addItem(tr("%1 (suggested)").arg(best->name), bestId);
    }
    auto all = store.templates(true);
    if (!all)
        return;
    // The other templates in the customer's language, for when the suggestion does not fit.
    for (const ReplyTemplate &t : *all)
        if (t.meta.id != bestId && t.language == m_templateLanguage)
            m_templates->addItem(t.name, t.meta.id);
}

void ReplyEditor::applyTemplate(int index)
{
    const QString id = m_templates->itemData(index).toString();
    if (id.isEmpty())
        return;
    auto t = TemplateStore(m_db).find(id);
    if (!t) {
        showMessage(tr("Could not read the template: %1").arg(t.error().toString()), true);
        return;
    }
    TemplateValues values;
    values.customerName = m_customerName;
    values.agentName = currentLogin();
    values.reference = m_reference;
    values.promisedDate = m_promisedDate;
    values.language = t->language;
    const FilledTemplate filled = fillTemplate(t->body, values);
    // Through the cursor, so Ctrl+Z brings back what was there.
    QTextCursor cursor(m_draft->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(filled.text);
    if (!filled.unfilled.isEmpty())
        showMessage(tr("Fill in: %1").arg(filled.unfilled.join(QStringLiteral(", "))), false);
    m_draft->setFocus();
}

void ReplyEditor::checkNow()
{
    m_debounce->stop();
    const QString text = m_draft->toPlainText();
    if (m_reference.isEmpty())
        m_report = ReplyCheckReport();
    else
        m_report = m_checker.check(text, m_context);
    updateChecklist();
    updatePromises();
    updateCounter();
}

QIcon ReplyEditor::statusIcon(CheckStatus status) const
{
    switch (status) {
    case CheckStatus::Pass:
        return m_icons[0];
    case CheckStatus::Warn:
        return m_icons[1];
    case CheckStatus::Fail:
        return m_icons[2];
    }
    return {};
}

void ReplyEditor::updateChecklist()
{
    // Items are updated in place while the checks stay the same, so the selection survives typing.
    if (m_checklist->count() != m_report.checks.size()) {
        m_checklist->clear();
        for (int i = 0; i < m_report.checks.size(); ++i)
            new QListWidgetItem(m_checklist);
    }
    for (int i = 0; i < m_report.checks.size(); ++i) {
        const CheckResult &c = m_report.checks.at(i);
        QListWidgetItem *item = m_checklist->item(i);
        item->setText(checkTitle(c.id));
        item->setIcon(statusIcon(c.status));
        item->setToolTip(c.hint);
        item->setData(CheckIdRole, c.id);
        item->setData(StatusRole, toString(c.status));
    }
    highlightEvidence();
}

void ReplyEditor::highlightEvidence()
{
    QList<QTextEdit::ExtraSelection> selections;
    QListWidgetItem *item = m_checklist->currentItem();
    const CheckResult *check = item ? m_report.find(item->data(CheckIdRole).toString()) : nullptr;
    m_hint->setText(check ? check->hint : QString());
    if (check) {
        const int size = m_draft->document()->characterCount() - 1; // without the final separator
        for (const EvidenceSpan &span : check->evidence) {
            // The report may be of a text a key stroke older; skip spans outside the draft.
            if (span.length <= 0 || span.start < 0 || span.start + span.length > size)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_draft->document());
            selection.cursor.setPosition(span.start);
            selection.cursor.setPosition(span.start + span.length, QTextCursor::KeepAnchor);
            selection.format.setBackground(QColor(0xff, 0xeb, 0x3b)); // yellow
            selections.append(selection);
        }
    }
    m_draft->setExtraSelections(selections);
}

void ReplyEditor::updatePromises()
{
    // Rebuilt from the report; never from a button's own click handler.
    while (QLayoutItem *child = m_promiseLayout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    if (m_report.promises.isEmpty()) {
        auto *none = new QLabel(tr("No promises found."), m_promiseBox);
        none->setEnabled(false);
        m_promiseLayout->addWidget(none);
        return;
    }
    for (int i = 0; i < m_report.promises.size(); ++i) {
        const DetectedPromise &p = m_report.promises.at(i);
        auto *row = new QWidget(m_promiseBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        QString when;
        if (p.due)
            when = QLocale().toString(p.due->toLocalTime(), QLocale::ShortFormat);
        else if (p.vague)
            when = tr("no date (\"%1\" is vague)").arg(p.when.text);
        else
            when = tr("no date");
        auto *label = new QLabel(tr("%1 (due: %2)").arg(p.sentence.text, when), row);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        auto *track = new QPushButton(row);
        track->setObjectName(QStringLiteral("trackPromise"));
        const bool tracked = m_tracked.contains(promiseKey(p));
        track->setText(tracked ? tr("Tracked") : tr("Track promise"));
        track->setEnabled(!tracked && p.due.has_value());
        if (!p.due)
            track->setToolTip(tr("Give the promise a date in the text to track it."));
        connect(track, &QPushButton::clicked, this, [this, i] { trackPromise(i); });
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(track);
        m_promiseLayout->addWidget(row);
    }
}

void ReplyEditor::trackPromise(int index)
{
    if (index < 0 || index >= m_report.promises.size() || m_reference.isEmpty())
        return;
    const DetectedPromise p = m_report.promises.at(index);
    if (!p.due)
        return;
    auto added = WorkflowService(m_db).addPromise(m_reference, p.sentence.text, *p.due);
    if (!added) {
        showMessage(tr("Could not track the promise: %1").arg(added.error().toString()), true);
        return;
    }
    m_tracked.insert(promiseKey(p));
    showMessage(tr("Promise tracked, due %1.")
                    .arg(QLocale().toString(added->dueAt.toLocalTime(), QLocale::ShortFormat)),
                false);
    if (auto *button = qobject_cast<QPushButton *>(sender())) {
        button->setText(tr("Tracked"));
        button->setEnabled(false);
    }
}

void ReplyEditor::updateCounter()
{
    const int length = int(m_draft->toPlainText().size());
    const std::optional<int> limit = m_context.channel.replyLimit;
    if (limit) {
        m_counter->setText(tr("%1 / %2 characters").arg(length).arg(*limit));
        m_counter->setStyleSheet(length > *limit ? QStringLiteral("color: #c62828;") : QString());
    } else {
        m_counter->setText(tr("%n character(s)", nullptr, length));
        m_counter->setStyleSheet(QString());
    }
}

bool ReplyEditor::recordReply()
{
    const QString text = m_draft->toPlainText();
    if (m_reference.isEmpty())
        return false;
    if (text.trimmed().isEmpty()) {
        showMessage(tr("The reply is empty."), true);
        return false;
    }
    // Judge the text as it is now, not as it was at the last pause in typing. Red checks do not
    // forbid sending (the agent may know better), but nobody sends them without being asked.
    checkNow();
    QStringList red;
    for (const CheckResult &c : std::as_const(m_report.checks))
        if (c.status == CheckStatus::Fail)
            red << QStringLiteral("• ") + checkTitle(c.id);
    if (!red.isEmpty()) {
        QMessageBox ask(QMessageBox::Warning, tr("Record reply"),
                        tr("This reply still fails %n check(s):", nullptr, int(red.size())), QMessageBox::NoButton,
                        this);
        ask.setObjectName(QStringLiteral("confirmRedChecks"));
        ask.setInformativeText(red.join(u'\n') + QStringLiteral("\n\n")
                               + tr("Record it as sent to the customer anyway?"));
        QPushButton *anyway = ask.addButton(tr("Record anyway"), QMessageBox::AcceptRole);
        anyway->setObjectName(QStringLiteral("recordAnyway"));
        QPushButton *edit = ask.addButton(tr("Keep editing"), QMessageBox::RejectRole);
        edit->setObjectName(QStringLiteral("keepEditing"));
        ask.setDefaultButton(edit);
        ask.exec();
        if (ask.clickedButton() != anyway) {
            showMessage(tr("Not recorded: the reply still has red checks."), true);
            m_draft->setFocus();
            return false;
        }
    }
    Interaction reply;
    reply.direction = Direction::Outbound;
    reply.kind = InteractionKind::Reply;
    reply.body = text;
    auto stored = ComplaintService(m_db).addInteraction(m_reference, reply);
    if (!stored) {
        showMessage(tr("Could not record the reply: %1").arg(stored.error().toString()), true);
        return false;
    }
    const QString reference = m_reference;
    m_drafts.remove(reference);
    m_tracked.clear();
    m_draft->clear();
    checkNow();
    showMessage(tr("Reply recorded."), false);
    emit replyRecorded(reference);
    return true;
}

void ReplyEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace kd
