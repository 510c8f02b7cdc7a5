#pragma once

#include "core/Error.h"
#include "core/Media.h"
#include "core/ProfileSettings.h"

#include <QObject>
#include <QUuid>

#include <functional>

namespace omt {

class AsyncStorage;

/// The signed-in member's profile settings (users.profile_settings) as the
/// views use them: the rating scale, the view a library opens in, the title
/// language. Saving writes them to the library, so on a household server the
/// member finds them on every computer.
class MemberProfile : public QObject
{
    Q_OBJECT

public:
    MemberProfile(AsyncStorage &storage, const QUuid &userId, QObject *parent = nullptr);

    const ProfileSettings &settings() const { return m_settings; }
    RatingScale ratingScale() const { return m_settings.ratingScale; }
    /// The item's title in the member's language, or its catalogue title.
    QString displayTitle(const MediaSummary &media) const;
    QString displayTitle(const Media &media) const;

    /// The settings as read when the library was opened (no write).
    void adopt(const QJsonObject &stored);
    /// Writes `settings` on the storage thread, keeping keys this version
    /// does not know; on success they take effect and changed() is emitted.
    /// `done` runs on the GUI thread unless `receiver` is gone.
    void save(const ProfileSettings &settings, QObject *receiver, std::function<void(Result<void>)> done);

Q_SIGNALS:
    void changed();

private:
    void apply(const ProfileSettings &settings);

    AsyncStorage &m_storage;
    QUuid m_userId;
    ProfileSettings m_settings;
};

} // namespace omt
