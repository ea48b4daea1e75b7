// A reply template and what filling one in needs (customer, agent, reference, promised date).
#pragma once

#include "domain/entities.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kd {

struct ReplyTemplate
{
    RowMeta meta;
    QString code;          // stable key of default templates; empty for ones supervisors add
    QString name;
    QString categoryCode;  // empty: any category
    QString channelCode;   // empty: any channel
    QString language;      // "nl", "en"
    FormOfAddress form = FormOfAddress::Unknown; // Unknown: either
    QString body;          // with {placeholders}
    bool active = true;
};

struct TemplateValues
{
    QString customerName;
    QString agentName;
    QString reference;
    QDateTime promisedDate;  // invalid: left as a placeholder for the agent
    QString kbFact;          // a knowledge-base answer to paste in
    QString language = QStringLiteral("nl");
};

struct FilledTemplate
{
    QString text;
    QStringList unfilled;    // placeholders that had no value, e.g. "{promised_date}"
};

// Replaces {customer_name}, {customer_first_name}, {agent_name}, {agent_initials}, {reference},
// {promised_date} and {kb_fact}; unknown placeholders and empty values stay for the agent to fill.
FilledTemplate fillTemplate(const QString &body, const TemplateValues &values);

} // namespace kd
