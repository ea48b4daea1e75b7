// One error type for the whole core, returned through Result<T>; no exceptions cross a layer.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace kd {

enum class ErrorCode {
    Invalid,      // the input breaks a rule (a field is missing or malformed)
    NotFound,     // the thing asked for does not exist
    Conflict,     // the change clashes with what is stored (a transition not allowed, a duplicate)
    Storage,      // the database failed
    SchemaTooNew, // the database was made by a newer Klachtdesk
    Locked,       // another program holds the database
    Io,           // a file could not be read or written
    Network,      // the server could not be reached
    Permission,   // the server or a rule refused it for this user
};

// What went wrong, where, and what to do: the message is meant for a person.
struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;
    QString field; // the field, column or option that was wrong, when there is one
    QString where; // a file and line, a reference, a row: whatever locates it

    QString toString() const
    {
        QString s = message;
        if (!where.isEmpty())
            s = where + QStringLiteral(": ") + s;
        return s;
    }

    // Process exit codes the CLI promises to scripts (documented in README.md).
    int exitCode() const
    {
        switch (code) {
        case ErrorCode::Invalid: return 2;
        case ErrorCode::NotFound: return 3;
        case ErrorCode::Conflict: return 4;
        case ErrorCode::Locked: return 5;
        case ErrorCode::SchemaTooNew: return 6;
        case ErrorCode::Network: return 7;
        case ErrorCode::Permission: return 8;
        case ErrorCode::Storage:
        case ErrorCode::Io: return 9;
        }
        return 1;
    }
};

inline Error invalid(QString field, QString message)
{
    return Error{ErrorCode::Invalid, std::move(message), std::move(field), {}};
}

inline Error makeError(ErrorCode code, QString message, QString where = {})
{
    return Error{code, std::move(message), {}, std::move(where)};
}

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    // On a temporary Result the value is moved out, not referenced: `for (x : *store.list())`
    // then iterates a live list instead of one destroyed with the temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace kd
