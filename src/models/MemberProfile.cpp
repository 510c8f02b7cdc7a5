#include "MemberProfile.h"

#include "core/LocalizedTitles.h"
#include "storage/AsyncStorage.h"
#include "storage/Repositories.h"

#include <QPointer>

namespace omt {

MemberProfile::MemberProfile(AsyncStorage &storage, const QUuid &userId, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_userId(userId)
{ }

QString MemberProfile::displayTitle(const MediaSummary &media) const
{
    return LocalizedTitles::pick(media.title, media.titles, m_settings.titleLanguage);
}

QString MemberProfile::displayTitle(const Media &media) const
{
    return LocalizedTitles::pick(media.title,
        media.attributes.value(LocalizedTitles::AttributeKey).toObject(), m_settings.titleLanguage);
}

void MemberProfile::adopt(const QJsonObject &stored)
{
    apply(ProfileSettings::fromJson(stored));
}

void MemberProfile::save(
    const ProfileSettings &settings, QObject *receiver, std::function<void(Result<void>)> done)
{
    // Read and write in one job, so that keys a newer version stored since
    // the library was opened survive.
    m_storage.run(
        [settings, userId = m_userId](Repositories &r) -> Result<void> {
            auto user = r.users.get(userId);
            if (!user)
                return user.error();
            auto saved = r.users.updateProfileSettings(userId, settings.writtenInto(user->profileSettings));
            if (!saved)
                return saved.error();
            return {};
        },
        this,
        [this, settings, receiver = QPointer<QObject>(receiver), done = std::move(done)](
            const Result<void> &result) {
            if (result)
                apply(settings);
            if (receiver)
                done(result);
        });
}

void MemberProfile::apply(const ProfileSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    Q_EMIT changed();
}

} // namespace omt
