#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace omt {

/// One user's relation to one media item: status, progress, rating, notes.
struct Interaction
{
    QUuid userId;
    QUuid mediaId;
    Status status = Status::Planned;
    /// In the unit of the media type (see progressUnit()); never negative.
    int progress = 0;
    /// 1..10, or empty when unrated.
    std::optional<int> rating;
    QString notes;
    QDateTime startedAt;
    QDateTime completedAt;
    /// What the item looked like when the interaction was last touched
    /// (title, total at the time), so history survives catalogue edits.
    QJsonObject metaSnapshot;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Interaction &, const Interaction &) = default;
};

/// A change to an interaction: only the fields that are set are changed.
struct InteractionPatch
{
    std::optional<Status> status;
    std::optional<int> progress;
    /// Set to std::optional<int>{} to clear the rating.
    std::optional<std::optional<int>> rating;
    std::optional<QString> notes;
    /// Set to an invalid QDateTime to clear the date.
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> completedAt;
    std::optional<QJsonObject> metaSnapshot;
};

/// An interaction together with the media it belongs to, for "my library" pages.
struct InteractionWithMedia
{
    Interaction interaction;
    QUuid mediaId;
    MediaType mediaType = MediaType::Book;
    QString title;
    QDate releaseDate;
};

} // namespace omt
