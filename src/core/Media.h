#pragma once

#include "Enums.h"
#include "MediaQuery.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace omt {

/// One item of the shared catalogue (a book, a film, an album, …).
struct Media
{
    QUuid id;
    /// Identity in an outside catalogue ("tmdb:603"), unique when set; used to
    /// upsert when importing or generating.
    QString externalId;
    MediaType type = MediaType::Book;
    /// A dotted class path such as "video.film.feature" (see MediaClass).
    QString mediaClass;
    QString title;
    QDate releaseDate;
    /// ISO 3166-1 alpha-2 code, upper case, or empty.
    QString country;
    QStringList creators;
    QString coverUrl;
    QString description;
    /// Type-specific facts: pages, isbn, runtime_minutes, platforms, …
    QJsonObject attributes;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Media &, const Media &) = default;
};

struct ExternalLink
{
    QUuid id;
    QUuid mediaId;
    /// A source key such as "imdb", "tmdb", "isbn" (lower case, [a-z0-9_]).
    QString source;
    /// The identifier within the source ("tt0133093").
    QString externalKey;
    /// An explicit address; empty when the UI derives one from the source's URL template.
    QString url;
    QDateTime createdAt;

    friend bool operator==(const ExternalLink &, const ExternalLink &) = default;
};

/// The largest relationship weight: a relation at full strength.
inline constexpr int MaxRelationshipWeight = 100;

struct Relationship
{
    QUuid sourceMediaId;
    QUuid targetMediaId;
    RelationType type = RelationType::Related;
    /// Strength of the relation in percent, 0 to 100 (100 = direct sequel, 10 =
    /// loosely related); the seed's SMALLINT `weight`.
    int weight = MaxRelationshipWeight;
    QString notes;
    QDateTime createdAt;

    friend bool operator==(const Relationship &, const Relationship &) = default;
};

/// A relationship seen from one media item: the other end with enough of it
/// to show and navigate to.
struct RelatedMedia
{
    enum class Direction { Outgoing, Incoming };
    Relationship relationship;
    Direction direction = Direction::Outgoing;
    QUuid otherId;
    QString otherTitle;
    MediaType otherType = MediaType::Book;
};

} // namespace omt

namespace omt {

/// The columns of a media item that lists, tables and search results show;
/// description and attributes stay in the database until the item is opened.
struct MediaSummary
{
    QUuid id;
    MediaType type = MediaType::Book;
    QString mediaClass;
    QString title;
    QDate releaseDate;
    QString country;
    QStringList creators;
    QString coverUrl;
    /// The attributes' "titles" object (see LocalizedTitles), usually empty.
    QJsonObject titles;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const MediaSummary &, const MediaSummary &) = default;
};

/// One page of media in the requested order, and where the next one starts.
struct MediaPage
{
    QList<MediaSummary> rows;
    /// Continue after this; isStart() when there are no further rows.
    PageCursor next;
};

} // namespace omt
