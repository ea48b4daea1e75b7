// Registration form: all fields reachable with Tab, Ctrl+Enter registers.
#include "registrationdialog.h"

#include "storage/catalogstore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "domain/codewords.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace kd {
namespace {
constexpr int kCustomerIdRole = Qt::UserRole + 1;
}

RegistrationDialog::RegistrationDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Register a complaint"));
    setMinimumWidth(640);
    const QString lang = QLocale().name().left(2);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(
        tr("Name, customer number, e-mail, phone or @handle: type to find the customer"));
    m_search->setClearButtonEnabled(true);
    m_customerState = new QLabel(this);
    m_customerState->setObjectName(QStringLiteral("customerState"));
    m_customerState->setWordWrap(true);

    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->setCompleter(m_completer);
    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(120);
    connect(m_suggestTimer, &QTimer::timeout, this, &RegistrationDialog::refreshSuggestions);
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        clearChosenCustomer();
        fillNewCustomerFields(text);
        m_suggestTimer->start();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &RegistrationDialog::chooseSuggestion);

    m_newCustomerBox = new QWidget(this);
    auto *newForm = new QFormLayout(m_newCustomerBox);
    newForm->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_newCustomerBox);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_email = new QLineEdit(m_newCustomerBox);
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_phone = new QLineEdit(m_newCustomerBox);
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_handle = new QLineEdit(m_newCustomerBox);
    m_handle->setObjectName(QStringLiteral("customerHandle"));
    m_email->setPlaceholderText(tr("E-mail address"));
    m_phone->setPlaceholderText(tr("Phone number"));
    m_handle->setPlaceholderText(tr("@handle"));
    m_handle->setToolTip(tr("The customer's handle on the channel the complaint came in on"));
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_email, 3);
    contactRow->addWidget(m_phone, 2);
    contactRow->addWidget(m_handle, 2);
    newForm->addRow(tr("New customer's name"), m_name);
    newForm->addRow(tr("E-mail, phone, handle"), contactRow);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    if (auto channels = CatalogStore(m_db).channels())
        for (const Channel &c : *channels)
            m_channel->addItem(c.displayName(lang), c.meta.id);
    // The database's clock, as everything the core stamps; a time after it is refused there
    // (a complaint is registered once it came in), so the picker does not offer one.
    const QDateTime now = m_db.clock().now().toLocalTime();
    m_received = new QDateTimeEdit(now, this);
    m_received->setMaximumDateTime(now.addDays(1));
    m_received->setObjectName(QStringLiteral("received"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setPlaceholderText(tr("A few words, e.g. \"Washing machine delivered late\""));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("The customer's own words"));
    m_description->setMinimumHeight(120);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItem(tr("(not chosen yet)"), QString());
    if (auto categories = CatalogStore(m_db).categories()) {
        // Top level first, each followed by its children, indented: the tree in a flat list.
        for (const Category &top : *categories) {
            if (!top.parentId.isEmpty())
                continue;
            m_category->addItem(top.displayName(lang), top.meta.id);
            for (const Category &child : *categories)
                if (child.parentId == top.meta.id)
                    m_category->addItem(QStringLiteral("    ") + child.displayName(lang),
                                        child.meta.id);
        }
    }
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severity"));
    for (Severity s : {Severity::Low, Severity::Normal, Severity::High, Severity::Critical})
        m_severity->addItem(uitext::severity(s), toString(s));
    m_severity->setCurrentIndex(1);
    m_justified = new QComboBox(this);
    m_justified->setObjectName(QStringLiteral("justified"));
    for (Justified j : {Justified::Unknown, Justified::Yes, Justified::Partly, Justified::No})
        m_justified->addItem(uitext::justified(j), toString(j));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer"), m_search);
    form->addRow(QString(), m_customerState);
    form->addRow(m_newCustomerBox);
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel, 1);
    channelRow->addWidget(new QLabel(tr("Received"), this));
    channelRow->addWidget(m_received);
    // A row holding a layout gets no buddy by itself; without one the & would show literally.
    auto *channelLabel = new QLabel(tr("C&hannel"), this);
    channelLabel->setBuddy(m_channel);
    form->addRow(channelLabel, channelRow);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("Customer's &words"), m_description);
    auto *assessRow = new QHBoxLayout;
    assessRow->addWidget(m_category, 2);
    assessRow->addWidget(new QLabel(tr("Severity"), this));
    assessRow->addWidget(m_severity, 1);
    assessRow->addWidget(new QLabel(tr("Justified"), this));
    assessRow->addWidget(m_justified, 1);
    auto *categoryLabel = new QLabel(tr("C&ategory"), this);
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, assessRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_register = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("register"));
    m_register->setToolTip(tr("Register the complaint (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegistrationDialog::reject);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &RegistrationDialog::accept);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setTabOrder(m_search, m_name);
    setTabOrder(m_name, m_email);
    setTabOrder(m_email, m_phone);
    setTabOrder(m_phone, m_handle);
    setTabOrder(m_handle, m_channel);
    setTabOrder(m_channel, m_received);
    setTabOrder(m_received, m_subject);
    setTabOrder(m_subject, m_description);
    setTabOrder(m_description, m_category);
    setTabOrder(m_category, m_severity);
    setTabOrder(m_severity, m_justified);
    clearChosenCustomer();
    m_search->setFocus();
}

void RegistrationDialog::refreshSuggestions()
{
    m_suggestions->clear();
    auto matches = CustomerStore(m_db).suggest(m_search->text(), 8);
    if (!matches)
        return;
    for (const CustomerMatch &m : *matches) {
        QStringList parts{m.customer.name};
        for (const QString &extra : {m.customer.customerNumber, m.customer.email, m.customer.phone})
            if (!extra.isEmpty())
                parts << extra;
        auto *item = new QStandardItem(parts.join(QStringLiteral(" · ")));
        item->setData(m.customer.meta.id, kCustomerIdRole);
        m_suggestions->appendRow(item);
    }
    if (!matches->isEmpty())
        m_completer->complete();
}

void RegistrationDialog::chooseSuggestion(const QModelIndex &index)
{
    const QString id = index.data(kCustomerIdRole).toString();
    auto customer = CustomerStore(m_db).get(id);
    if (!customer)
        return;
    m_chosenCustomerId = id;
    // The completer writes the row text into the line edit; keep it, it reads well.
    m_customerState->setText(tr("Existing customer: %1").arg(index.data().toString()));
    m_newCustomerBox->setEnabled(false);
    m_newCustomerBox->hide();
    QTimer::singleShot(0, m_channel, qOverload<>(&QWidget::setFocus));
}

void RegistrationDialog::clearChosenCustomer()
{
    m_chosenCustomerId.clear();
    m_newCustomerBox->setEnabled(true);
    m_newCustomerBox->show();
    m_customerState->setText(m_search->text().trimmed().isEmpty()
                                 ? tr("Type to find the customer, or fill in a new one below.")
                                 : tr("No customer chosen: a new customer will be created unless "
                                      "one matches the e-mail, phone, number or handle."));
}

void RegistrationDialog::fillNewCustomerFields(const QString &typed)
{
    // What the agent typed to search is most likely the new customer's name or contact.
    const QString t = typed.trimmed();
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()./-]{6,}$"));
    if (t.contains(QLatin1Char('@')) && !t.startsWith(QLatin1Char('@')))
        m_email->setText(t);
    else if (t.startsWith(QLatin1Char('@')))
        m_handle->setText(t);
    else if (phone.match(t).hasMatch())
        m_phone->setText(t);
    else
        m_name->setText(t);
}

NewComplaint RegistrationDialog::collect() const
{
    NewComplaint n;
    n.customer.id = m_chosenCustomerId;
    if (m_chosenCustomerId.isEmpty()) {
        n.customer.name = m_name->text();
        n.customer.email = m_email->text();
        n.customer.phone = m_phone->text();
        if (!m_handle->text().trimmed().isEmpty()) {
            // The handle belongs to the platform the complaint came in on.
            const QString channelId = m_channel->currentData().toString();
            QString platform = QStringLiteral("twitter");
            if (auto ch = CatalogStore(m_db).channel(channelId); ch && ch->isPublic)
                platform = ch->code;
            n.customer.handles.append({platform, m_handle->text().trimmed()});
        }
    }
    n.channel = m_channel->currentData().toString();
    n.receivedAt = m_received->dateTime().toUTC();
    n.subject = m_subject->text();
    n.description = m_description->toPlainText();
    n.category = m_category->currentData().toString();
    n.severity = parse<Severity>(m_severity->currentData().toString()).value_or(Severity::Normal);
    n.justified = parse<Justified>(m_justified->currentData().toString()).value_or(Justified::Unknown);
    return n;
}

void RegistrationDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->show();
    if (focus)
        focus->setFocus();
}

void RegistrationDialog::accept()
{
    auto r = ComplaintService(m_db).registerComplaint(collect());
    if (!r) {
        const QString field = r.error().field;
        const std::pair<const char *, QWidget *> fieldWidgets[]
            = {{"customer", m_search}, {"name", m_name},       {"channel", m_channel},
               {"description", m_description}, {"subject", m_subject}, {"email", m_email},
               {"phone", m_phone}, {"category", m_category}};
        QWidget *focus = nullptr;
        for (const auto &[name, widget] : fieldWidgets)
            if (field == QLatin1String(name))
                focus = widget;
        showError(r.error().message, focus);
        return;
    }
    m_registration = *r;
    QDialog::accept();
}

} // namespace kd
