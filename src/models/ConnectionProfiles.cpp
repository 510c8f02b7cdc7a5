#include "ConnectionProfiles.h"

#include <QSettings>

namespace omt {

namespace {
const QString ProfilesGroup = QStringLiteral("connections/profiles");
const QString RecentKey = QStringLiteral("connections/recent");

QString kindName(ConnectionProfile::Kind kind)
{
    return kind == ConnectionProfile::Kind::Server ? QStringLiteral("server") : QStringLiteral("file");
}

ConnectionProfile readProfile(const QSettings &settings, const QUuid &id)
{
    ConnectionProfile profile;
    profile.id = id;
    profile.kind = settings.value(QStringLiteral("kind")).toString() == QLatin1String("server")
        ? ConnectionProfile::Kind::Server
        : ConnectionProfile::Kind::LibraryFile;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.filePath = settings.value(QStringLiteral("file")).toString();
    profile.host = settings.value(QStringLiteral("host")).toString();
    profile.port = settings.value(QStringLiteral("port"), 5432).toInt();
    profile.databaseName = settings.value(QStringLiteral("database")).toString();
    profile.username = settings.value(QStringLiteral("user")).toString();
    profile.sslMode = settings.value(QStringLiteral("sslmode"), profile.sslMode).toString();
    // A profile edited by hand to prefer or allow would fall back to plaintext
    // silently; it verifies instead.
    if (!ConnectionProfile::sslModes().contains(profile.sslMode))
        profile.sslMode = QStringLiteral("verify-full");
    profile.caFile = settings.value(QStringLiteral("sslrootcert")).toString();
    profile.rememberPassword = settings.value(QStringLiteral("remember_password"), false).toBool();
    return profile;
}

void writeProfile(QSettings &settings, const ConnectionProfile &profile)
{
    settings.setValue(QStringLiteral("kind"), kindName(profile.kind));
    settings.setValue(QStringLiteral("name"), profile.name);
    if (profile.kind == ConnectionProfile::Kind::LibraryFile) {
        settings.setValue(QStringLiteral("file"), profile.filePath);
        return;
    }
    settings.setValue(QStringLiteral("host"), profile.host);
    settings.setValue(QStringLiteral("port"), profile.port);
    settings.setValue(QStringLiteral("database"), profile.databaseName);
    settings.setValue(QStringLiteral("user"), profile.username);
    settings.setValue(QStringLiteral("sslmode"), profile.sslMode);
    settings.setValue(QStringLiteral("sslrootcert"), profile.caFile);
    settings.setValue(QStringLiteral("remember_password"), profile.rememberPassword);
}
} // namespace

ConnectionProfiles::ConnectionProfiles(QSettings &settings)
    : m_settings(settings)
{ }

QList<ConnectionProfile> ConnectionProfiles::all() const
{
    QList<ConnectionProfile> profiles;
    m_settings.beginGroup(ProfilesGroup);
    const QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString &group : groups) {
        if (auto profile = find(QUuid::fromString(group)))
            profiles.append(*profile);
    }
    std::sort(profiles.begin(), profiles.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    const QString group = ProfilesGroup + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
    m_settings.beginGroup(group);
    const bool exists = m_settings.contains(QStringLiteral("kind"));
    ConnectionProfile profile = readProfile(m_settings, id);
    m_settings.endGroup();
    if (!exists)
        return std::nullopt;
    return profile;
}

ConnectionProfile ConnectionProfiles::save(ConnectionProfile profile)
{
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    const QString group = ProfilesGroup + QLatin1Char('/') + profile.id.toString(QUuid::WithoutBraces);
    m_settings.remove(group);
    m_settings.beginGroup(group);
    writeProfile(m_settings, profile);
    m_settings.endGroup();
    return profile;
}

void ConnectionProfiles::remove(const QUuid &id)
{
    m_settings.remove(ProfilesGroup + QLatin1Char('/') + id.toString(QUuid::WithoutBraces));
    QStringList ids = recentIds();
    ids.removeAll(id.toString(QUuid::WithoutBraces));
    m_settings.setValue(RecentKey, ids);
}

ConnectionProfile ConnectionProfiles::markOpened(const ConnectionProfile &opened)
{
    ConnectionProfile profile = save(opened);
    const QString id = profile.id.toString(QUuid::WithoutBraces);
    QStringList ids = recentIds();
    ids.removeAll(id);
    ids.prepend(id);
    while (ids.size() > RecentCount) {
        // A file that fell off the list is forgotten; a server stays in Connect to Server….
        const QUuid dropped = QUuid::fromString(ids.takeLast());
        if (auto old = find(dropped); old && old->kind == ConnectionProfile::Kind::LibraryFile)
            m_settings.remove(ProfilesGroup + QLatin1Char('/') + dropped.toString(QUuid::WithoutBraces));
    }
    m_settings.setValue(RecentKey, ids);
    return profile;
}

QList<ConnectionProfile> ConnectionProfiles::recent() const
{
    QList<ConnectionProfile> profiles;
    for (const QString &id : recentIds()) {
        if (auto profile = find(QUuid::fromString(id)))
            profiles.append(*profile);
    }
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfiles::last() const
{
    const QStringList ids = recentIds();
    if (ids.isEmpty())
        return std::nullopt;
    return find(QUuid::fromString(ids.first()));
}

QStringList ConnectionProfiles::recentIds() const
{
    return m_settings.value(RecentKey).toStringList();
}

} // namespace omt
