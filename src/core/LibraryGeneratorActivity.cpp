// The people half of LibraryGenerator: users, their interactions and lists.

#include "GeneratorText.h"
#include "LibraryGenerator.h"
#include "ListPositions.h"

namespace omt {

namespace {
constexpr qint64 Hour = 60 * 60 * 1000;
constexpr qint64 Day = 24 * Hour;

/// Where the lists' timestamps start: after the catalogue's first year.
QDateTime listsEpoch()
{
    return LibraryGenerator::epoch().addDays(400);
}
} // namespace

User LibraryGenerator::user(int index) const
{
    auto rng = random(UserStream, quint64(index));
    User u;
    u.id = rng.uuid();
    if (index == 0) {
        u.username = QStringLiteral("owner");
        u.displayName = QStringLiteral("Owner");
        u.role = Role::Admin;
    } else {
        u.username = QStringLiteral("reader%1").arg(index);
        u.displayName = GeneratorText::personName(GeneratorText::Language(rng.below(9)), rng);
        u.email = u.username + QStringLiteral("@example.org");
        u.role = Role::Member;
    }
    u.isActive = true;
    u.createdAt = epoch().addMSecs(qint64(index) * Hour + qint64(rng.below(Hour)));
    u.updatedAt = u.createdAt;
    return u;
}

int LibraryGenerator::interactionsOf(int userIndex) const
{
    if (m_spec.users <= 0 || userIndex < 0 || userIndex >= m_spec.users)
        return 0;
    const int base = m_spec.interactions / m_spec.users;
    return base + (userIndex < m_spec.interactions % m_spec.users ? 1 : 0);
}

int LibraryGenerator::interactionUser(int index) const
{
    // The first `remainder` users have one interaction more than the others.
    const int base = m_spec.interactions / m_spec.users;
    const int remainder = m_spec.interactions % m_spec.users;
    const qint64 large = qint64(remainder) * (base + 1);
    if (index < large)
        return int(index / (base + 1));
    return remainder + int((index - large) / base);
}

int LibraryGenerator::interactionMedia(int index) const
{
    const int user = interactionUser(index);
    const int base = m_spec.interactions / m_spec.users;
    const int remainder = m_spec.interactions % m_spec.users;
    const qint64 first = qint64(user) * base + qMin(user, remainder);
    // The k-th item of a user through the user's own permutation: distinct items per user.
    // Drawn per call rather than kept per user, so memory does not grow with the number of users.
    const Affine items = permutation(random(UserItemsStream, quint64(user)), quint64(m_spec.media));
    return int(items.apply(quint64(index - first), quint64(m_spec.media)));
}

Interaction LibraryGenerator::interaction(int index) const
{
    const int mediaIndex = interactionMedia(index);
    const MediaType type = mediaType(mediaIndex);
    const int total = progressTotal(mediaIndex);
    auto rng = random(InteractionStream, quint64(index));

    Interaction i;
    i.userId = random(UserStream, quint64(interactionUser(index))).uuid(); // == user(…).id, without the rest
    i.mediaId = mediaId(mediaIndex);
    static const int statusWeights[]
        = { 25, 15, 45, 7, 8 }; // planned, in progress, completed, on hold, dropped
    i.status = Status(rng.weighted(statusWeights));
    i.createdAt = mediaCreatedAt(mediaIndex).addMSecs(qint64(rng.below(3 * 365 * Day)));
    QDateTime last = i.createdAt;

    const auto partial = [&]() {
        switch (progressUnit(type)) {
        case ProgressUnit::Percent: return rng.between(1, 99);
        case ProgressUnit::Plays: return rng.between(0, 4);
        default: return total > 1 ? rng.between(1, total - 1) : 0;
        }
    };
    switch (i.status) {
    case Status::Planned: break;
    case Status::InProgress:
    case Status::OnHold:
    case Status::Dropped:
        i.startedAt = i.createdAt.addMSecs(qint64(rng.below(90 * Day)));
        last = i.startedAt;
        i.progress = partial();
        if (rng.chance(i.status == Status::Dropped ? 50 : 20))
            i.rating = i.status == Status::Dropped ? rng.between(MinRating, 6) : rng.between(5, MaxRating);
        break;
    case Status::Completed: {
        // Sometimes nobody remembers when they began.
        if (rng.chance(90))
            i.startedAt = i.createdAt.addMSecs(qint64(rng.below(90 * Day)));
        const QDateTime from = i.startedAt.isValid() ? i.startedAt : i.createdAt;
        i.completedAt = from.addMSecs(Hour + qint64(rng.below(200 * Day)));
        last = i.completedAt;
        switch (progressUnit(type)) {
        case ProgressUnit::Percent: i.progress = 100; break;
        case ProgressUnit::Plays: i.progress = rng.between(1, 30); break;
        default: i.progress = total; break;
        }
        if (rng.chance(80)) {
            static const int ratingWeights[] = { 1, 1, 2, 3, 6, 10, 16, 20, 14, 8 }; // 1..10
            i.rating = MinRating + rng.weighted(ratingWeights);
        }
        break;
    }
    }
    i.notes = GeneratorText::note(i.status, rng);
    i.updatedAt = rng.chance(50) ? last : last.addMSecs(qint64(rng.below(30 * Day)));
    i.metaSnapshot[QStringLiteral("title")] = title(mediaIndex);
    if (total > 0)
        i.metaSnapshot[QStringLiteral("total")] = total;
    return i;
}

int LibraryGenerator::listOwner(int index) const
{
    return index % qMax(1, m_spec.users);
}

MediaList LibraryGenerator::list(int index) const
{
    auto rng = random(ListStream, quint64(index));
    const int owner = listOwner(index);
    // Distinct per owner: the owner's n-th list gets name number n + offset.
    const int offset = int(random(ListStream, quint64(1) << 40 | quint64(owner)).below(20));
    MediaList l;
    l.id = rng.uuid();
    l.ownerId = random(UserStream, quint64(owner)).uuid(); // == user(owner).id
    l.name = GeneratorText::listName(index / qMax(1, m_spec.users) + offset);
    l.description = GeneratorText::listDescription(rng);
    l.type = ListType::Manual;
    l.isPublic = rng.chance(30);
    l.createdAt = listsEpoch().addMSecs(qint64(index) * Hour + qint64(rng.below(Hour)));
    l.updatedAt = l.createdAt.addMSecs(qint64(rng.below(100 * Day)));
    return l;
}

int LibraryGenerator::listItemCount(int listIndex) const
{
    auto rng = random(ListItemsStream, quint64(listIndex));
    return qMin(m_spec.media, rng.between(20, 500));
}

QList<ListItem> LibraryGenerator::listItems(int listIndex) const
{
    const int count = listItemCount(listIndex);
    QList<ListItem> items;
    items.reserve(count);
    if (count == 0)
        return items;
    auto rng = random(ListItemsStream, quint64(listIndex) | quint64(1) << 40);
    const Affine order = permutation(rng, quint64(m_spec.media));
    const MediaList owner = list(listIndex);
    QDateTime added = owner.createdAt;
    const QList<qint64> positions = ListPositions::renumbered(count);
    for (int k = 0; k < count; ++k) {
        ListItem item;
        item.listId = owner.id;
        item.mediaId = mediaId(int(order.apply(quint64(k), quint64(m_spec.media))));
        item.position = positions.at(k);
        added = added.addMSecs(qint64(rng.below(2 * Day)));
        item.addedAt = added;
        items.append(item);
    }
    return items;
}

qint64 LibraryGenerator::totalListItems() const
{
    qint64 total = 0;
    for (int l = 0; l < m_spec.lists; ++l)
        total += listItemCount(l);
    return total;
}

} // namespace omt
