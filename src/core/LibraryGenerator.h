#pragma once

#include "DeterministicRandom.h"
#include "Error.h"
#include "Interaction.h"
#include "Media.h"
#include "MediaList.h"
#include "User.h"

#include <QCoreApplication>
#include <QList>

namespace omt {

/// What a generated library holds. The same spec and seed give the same
/// library, ids and timestamps included, on every platform and backend.
struct GeneratorSpec
{
    int media = 0;
    int interactions = 0;
    int users = 1;
    int lists = 0;
    quint64 seed = 1;

    /// Counts must not be negative; interactions and lists need a user; and
    /// as a user has at most one interaction per item, interactions cannot
    /// exceed users × media.
    Result<void> validate() const;

    friend bool operator==(const GeneratorSpec &, const GeneratorSpec &) = default;
};

/// A realistic, deterministic test library (benchmarks, demos, tests), made
/// item by item: every accessor is a pure function of the spec and its index,
/// so callers stream any amount of data in batches without holding it.
///
/// Users: index 0 is the owner profile ("owner", admin); the others are
/// "reader1", "reader2", … Interactions are spread evenly over the users,
/// each user's items distinct; list items are distinct within a list.
class LibraryGenerator
{
    Q_DECLARE_TR_FUNCTIONS(omt::LibraryGenerator)

public:
    /// `spec` must be valid (see GeneratorSpec::validate).
    explicit LibraryGenerator(const GeneratorSpec &spec);

    const GeneratorSpec &spec() const { return m_spec; }

    /// All timestamps lie after this instant (UTC).
    static QDateTime epoch();

    Media media(int index) const;
    QUuid mediaId(int index) const;
    MediaType mediaType(int index) const;
    /// Identifiers in outside catalogues (isbn, imdb, musicbrainz, …); the
    /// first one, when present, is also the item's external id.
    QList<ExternalLink> links(int mediaIndex) const;
    /// About one item in ten links to an earlier item: a sequel, prequel or
    /// item of the same franchise of the same type, or what a film, series
    /// or anime was adapted from.
    QList<Relationship> relationships(int mediaIndex) const;

    User user(int index) const;

    /// Interaction `index` of spec().interactions, in user order.
    Interaction interaction(int index) const;
    int interactionUser(int index) const;
    int interactionMedia(int index) const;
    /// How many interactions user `userIndex` has.
    int interactionsOf(int userIndex) const;

    /// Manual lists, spread round-robin over the users.
    MediaList list(int index) const;
    int listOwner(int index) const;
    int listItemCount(int listIndex) const;
    /// The items of a list in order, positions gapped by ListPositions::Step.
    QList<ListItem> listItems(int listIndex) const;
    /// The sum of listItemCount over all lists.
    qint64 totalListItems() const;

private:
    /// One independent random stream per kind of value, so that adding a
    /// field never changes the others.
    enum Stream : quint64 {
        MediaIdStream = 1,
        TypeStream,
        LanguageStream,
        TitleStream,
        ClassStream,
        DetailStream,
        SizeStream,
        CreatedStream,
        LinkStream,
        RelationStream,
        UserStream,
        InteractionStream,
        UserItemsStream,
        ListStream,
        ListItemsStream,
        CatalogueStream,
    };
    DeterministicRandom random(Stream stream, quint64 index) const
    {
        return DeterministicRandom::forItem(m_spec.seed, stream, index);
    }

    struct Affine
    {
        quint64 multiplier = 1;
        quint64 offset = 0;
        quint64 apply(quint64 i, quint64 n) const { return (multiplier * i + offset) % n; }
    };
    /// A bijection of [0, n) (multiplier coprime to n) drawn from rng.
    static Affine permutation(DeterministicRandom rng, quint64 n);

    int languageIndex(int index) const;
    QString title(int index) const;
    QString mediaClass(int index) const;
    QDateTime mediaCreatedAt(int index) const;
    /// The catalogue number behind an item's primary identifier: distinct per item (up to 10^9 items).
    quint64 catalogueNumber(int index) const;
    QJsonObject attributes(int index) const;
    /// The progress of a finished item in its type's unit; 0 when open-ended.
    int progressTotal(int index) const;

    GeneratorSpec m_spec;
    Affine m_catalogue;
};

} // namespace omt
