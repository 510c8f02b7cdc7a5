#include "LibraryFixture.h"

namespace omt::test {

namespace {

/// The value of a fixture step, or the test program ends with why it failed.
template<typename T>
T need(Result<T> result, const char *what)
{
    if (!result)
        qFatal("test fixture: %s: %s", what, qPrintable(result.error().toString()));
    return std::move(result).value();
}

} // namespace

std::unique_ptr<LibraryFixture> LibraryFixture::create(QString *why, bool *skip)
{
    std::unique_ptr<TestDatabase> db = TestDatabase::create(why, skip);
    if (!db)
        return nullptr;
    std::unique_ptr<LibraryFixture> fixture(new LibraryFixture);
    fixture->m_db = std::move(db);
    fixture->m_repos = std::make_unique<Repositories>(fixture->m_db->database());
    auto owner = fixture->m_repos->users.ensureOwnerProfile();
    if (!owner) {
        *why = QStringLiteral("the owner profile could not be made: ") + owner.error().toString();
        *skip = false;
        return nullptr;
    }
    fixture->m_ownerId = owner->id;
    return fixture;
}

LibraryFixture::~LibraryFixture()
{
    // The repositories go before the database they use.
    m_repos.reset();
    m_db.reset();
}

QUuid LibraryFixture::addUser(const QString &username)
{
    return test::addUser(m_db->database(), username);
}

Media LibraryFixture::addMedia(const QString &title, MediaType type, QDate released)
{
    Media media;
    media.title = title;
    media.type = type;
    media.releaseDate = released;
    return need(m_repos->media.create(media), "adding a media item");
}

QList<QUuid> LibraryFixture::addMedia(int count, MediaType type, const QString &prefix)
{
    QList<QUuid> ids;
    for (int i = 0; i < count; ++i)
        ids.append(addMedia(prefix + QStringLiteral(" %1").arg(i), type).id);
    return ids;
}

MediaList LibraryFixture::addList(const QString &name, const QList<QUuid> &items, const QUuid &owner)
{
    MediaList list;
    list.ownerId = owner.isNull() ? m_ownerId : owner;
    list.name = name;
    const MediaList created = need(m_repos->lists.create(list), "adding a list");
    if (!items.isEmpty()
        && need(m_repos->listItems.addItems(created.id, items), "adding list items") != items.size())
        qFatal("test fixture: not every item was added to the list");
    return created;
}

} // namespace omt::test
