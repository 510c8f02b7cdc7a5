#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace omt {

/// A failure as a value: a translated sentence for people and a technical
/// detail (SQL error, file name, errno text) for logs and bug reports.
struct Error
{
    enum class Code {
        InvalidInput,        ///< the caller passed something the data model does not allow
        NotFound,            ///< the row, file or server asked for does not exist
        AlreadyExists,       ///< a unique key (external id, email, username, …) is taken
        ConstraintViolation, ///< a CHECK / foreign key / NOT NULL constraint refused the write
        Unavailable,         ///< the database cannot be opened or the server cannot be reached
        AccessDenied,        ///< wrong or missing password, or a privilege the account lacks
        NewerSchema,         ///< the library was written by a newer OmniMediaTrak
        Io,                  ///< reading or writing a file failed
        Corrupt,             ///< the library file is damaged: a page cannot be read as what it should hold
        Internal,            ///< a bug or an unexpected database answer
        Canceled,            ///< the person stopped the operation, which undid what it had done
    };

    Code code = Code::Internal;
    QString message;
    QString detail;
    /// The column or constraint a database refusal concerns ("external_id",
    /// "user_media_rating_range"), when known; lets callers word it precisely.
    QString subject;

    static Error invalidInput(QString message, QString detail = {});
    static Error notFound(QString message, QString detail = {});
    static Error internal(QString message, QString detail = {});

    /// "message (detail)" for logs and the command-line tool.
    QString toString() const;
};

/// Either a value or an Error; the caller must look (see [[nodiscard]]).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace omt
