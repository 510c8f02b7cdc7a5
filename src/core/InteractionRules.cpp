#include "InteractionRules.h"

#include "Timestamps.h"

#include <QCoreApplication>

namespace omt::InteractionRules {

namespace {

/// Gives this file's messages the context omt::InteractionRules, which, being a namespace,
/// cannot declare tr() itself.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(omt::InteractionRules)
};

} // namespace

Result<Interaction> apply(const Interaction &current, const InteractionPatch &patch, const QDateTime &now)
{
    Interaction next = current;

    if (patch.progress) {
        if (*patch.progress < 0)
            return Error::invalidInput(Messages::tr("Progress cannot be negative."),
                QStringLiteral("progress=%1").arg(*patch.progress));
        next.progress = *patch.progress;
    }
    if (patch.rating) {
        const std::optional<int> rating = *patch.rating;
        if (rating && (*rating < MinRating || *rating > MaxRating))
            return Error::invalidInput(
                Messages::tr("A rating must be between %1 and %2.").arg(MinRating).arg(MaxRating),
                QStringLiteral("rating=%1").arg(*rating));
        next.rating = rating;
    }
    if (patch.notes)
        next.notes = *patch.notes;
    if (patch.metaSnapshot)
        next.metaSnapshot = *patch.metaSnapshot;

    if (patch.status && *patch.status != current.status) {
        next.status = *patch.status;
        if (next.status == Status::InProgress && current.status == Status::Completed) {
            // Starting again something finished (a re-read, a re-watch) is a
            // new pass: it starts now and is not completed yet.
            next.startedAt = now;
            next.completedAt = QDateTime();
        } else if (next.status == Status::InProgress && !next.startedAt.isValid()) {
            next.startedAt = now;
        }
        if (next.status == Status::Completed)
            next.completedAt = now;
    } else if (patch.status) {
        next.status = *patch.status;
    }

    if (patch.startedAt)
        next.startedAt = Timestamps::normalized(*patch.startedAt);
    if (patch.completedAt)
        next.completedAt = Timestamps::normalized(*patch.completedAt);

    if (next.startedAt.isValid() && next.completedAt.isValid() && next.completedAt < next.startedAt)
        return Error::invalidInput(Messages::tr("The completion date cannot be before the start date."),
            next.startedAt.toString(Qt::ISODateWithMs) + QStringLiteral(" > ")
                + next.completedAt.toString(Qt::ISODateWithMs));
    return next;
}

} // namespace omt::InteractionRules
