#pragma once

#include "core/Media.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace omt {

/// What the media dialog needs from the rest of the library without knowing
/// where it comes from: the window fills it from the async storage facade,
/// tests from a fixed list.
struct MediaEditContext
{
    /// Receives the answer to one search; may be called later, from the GUI thread.
    using Deliver = std::function<void(QList<MediaSummary>)>;
    /// Looks up media whose title matches what was typed, for choosing the
    /// other end of a relationship.
    using Search = std::function<void(const QString &typed, Deliver deliver)>;

    /// Class paths already in the library, offered as completions.
    QStringList classPaths;
    /// Null when relationships can only be kept, not added (no library to search).
    Search searchMedia;
};

} // namespace omt
