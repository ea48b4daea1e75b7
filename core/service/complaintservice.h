// The use cases both faces call: register a complaint (matching or creating the customer),
// change a field by name, and read a complaint with everything around it.
#pragma once

#include "domain/entities.h"
#include "domain/error.h"
#include "storage/rowwriter.h"

#include <QList>
#include <optional>

namespace kd {

class Database;

struct CustomerInput
{
    QString id;   // an existing customer; when empty the fields below are matched or used to create
    QString name;
    QString customerNumber;
    QString email;
    QString phone;
    QList<SocialHandle> handles;
    QString language;
    FormOfAddress formOfAddress = FormOfAddress::Unknown;
};

struct NewComplaint
{
    CustomerInput customer;
    QString channel;   // id, code or name
    QDateTime receivedAt; // invalid: now
    QString subject;
    QString description;
    QString category;  // id, code or name; empty: none yet
    Severity severity = Severity::Normal;
    Justified justified = Justified::Unknown;
    QString assignee;
    QString productRef;
    QString publicUrl;
    QStringList tags;
};

struct Registration
{
    Complaint complaint;
    Customer customer;
    bool customerCreated = false;
    QString matchedOn; // how an existing customer was found
    bool known = false; // marked as a known complaint on registration (search/knowncomplaints.h)
};

struct ComplaintDetails
{
    Complaint complaint;
    Customer customer;
    Channel channel;
    std::optional<Category> category;
    QList<Interaction> interactions; // newest first
};

class ComplaintService
{
public:
    explicit ComplaintService(Database &db);

    // All or nothing: customer, complaint, reference and change log commit in one transaction.
    Result<Registration> registerComplaint(const NewComplaint &input);

    // Sets one field from text, as the CLI's `set REF FIELD VALUE` does. Returns what changed.
    Result<QList<FieldChange>> setField(const QString &reference, const QString &field,
                                        const QString &value);
    static QStringList settableFields();

    Result<ComplaintDetails> details(const QString &reference);

    // Records a message, call note, reply or note on a complaint.
    Result<Interaction> addInteraction(const QString &reference, Interaction interaction);

private:
    Result<Customer> resolveCustomer(const CustomerInput &input, bool &created, QString &matchedOn);

    Database &m_db;
};

} // namespace kd
