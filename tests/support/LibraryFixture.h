#pragma once

#include "TestDatabase.h"
#include "core/Media.h"
#include "core/MediaList.h"
#include "storage/Repositories.h"

#include <QDate>
#include <QList>
#include <QUuid>

#include <memory>

namespace omt::test {

/// What most storage tests start from: a fresh, migrated library on the
/// backend of this run (see TestDatabase), its owner profile, and every
/// repository over it. The helpers add rows through the repositories and
/// abort the test program when they cannot (a broken fixture, not a test
/// result).
class LibraryFixture
{
public:
    /// Null and `why` set when no library can be had; `skip` as in TestDatabase::create.
    static std::unique_ptr<LibraryFixture> create(QString *why, bool *skip);
    ~LibraryFixture();

    TestDatabase &testDatabase() { return *m_db; }
    Database &database() { return m_db->database(); }
    SqlDialect::Kind kind() const { return m_db->kind(); }
    Repositories &repos() { return *m_repos; }
    /// The library's owner profile ("owner", admin).
    QUuid ownerId() const { return m_ownerId; }

    /// Another member of the library.
    QUuid addUser(const QString &username);
    Media addMedia(const QString &title, MediaType type = MediaType::Book, QDate released = {});
    /// `count` items titled "<prefix> 0", "<prefix> 1", …, in that order.
    QList<QUuid> addMedia(
        int count, MediaType type = MediaType::Book, const QString &prefix = QStringLiteral("Item"));
    /// A manual list of `owner` (the owner profile when null) holding `items` in that order.
    MediaList addList(const QString &name, const QList<QUuid> &items = {}, const QUuid &owner = {});

private:
    LibraryFixture() = default;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Repositories> m_repos;
    QUuid m_ownerId;
};

} // namespace omt::test

/// A LibraryFixture for the current test in `var`, or the test skips/fails.
#define OMT_FRESH_LIBRARY(var)                                                                               \
    do {                                                                                                     \
        QString omtWhy_;                                                                                     \
        bool omtSkip_ = false;                                                                               \
        var = ::omt::test::LibraryFixture::create(&omtWhy_, &omtSkip_);                                      \
        if (!var) {                                                                                          \
            if (omtSkip_)                                                                                    \
                QSKIP(qPrintable(omtWhy_));                                                                  \
            QFAIL(qPrintable(omtWhy_));                                                                      \
        }                                                                                                    \
    } while (false)
