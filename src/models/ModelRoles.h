#pragma once

#include <Qt>

namespace omt {

/// The item-data roles every model of the application shares, so that views,
/// delegates and proxies ask for the same things the same way.
enum ModelRole {
    /// QUuid of the media item (or list, in the sidebar).
    MediaIdRole = Qt::UserRole + 1,
    /// omt::MediaType as int.
    MediaTypeRole,
    /// The whole omt::MediaSummary of the row.
    MediaSummaryRole,
    /// The signed-in user's omt::Status as int, or an invalid QVariant when untracked.
    StatusRole,
    /// The user's rating 1..10, or an invalid QVariant when unrated.
    RatingRole,
    /// The omt::RatingScale the user sees ratings on, as int.
    RatingScaleRole,
    /// The user's progress (int), invalid when untracked.
    ProgressRole,
    /// Release year (int), invalid when unknown.
    YearRole,
    /// True while the row's data is still being fetched.
    LoadingRole,
    /// The grid cover (QImage at the model's cover size): the real cover, or
    /// the type's placeholder until it is loaded.
    CoverRole,
    /// omt::CoverState of the CoverRole image, as int.
    CoverStateRole,
};

} // namespace omt
