#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace omt {

/// The connection profiles kept in the application's settings
/// (connections/…): the servers someone set up, the library files they
/// opened, which were used most recently, and the one to reopen at start.
/// Nothing secret is stored here (DESIGN §7).
class ConnectionProfiles
{
public:
    /// How many profiles File → Open Recent lists.
    static constexpr int RecentCount = 8;

    /// Reads and writes `settings` (the application's by default).
    explicit ConnectionProfiles(QSettings &settings);

    QList<ConnectionProfile> all() const;
    std::optional<ConnectionProfile> find(const QUuid &id) const;
    /// Adds the profile or replaces the one with its id (a new id is made for a null one).
    ConnectionProfile save(ConnectionProfile profile);
    void remove(const QUuid &id);

    /// Records that the profile was opened: it becomes the first recent one
    /// and the one reopened at the next start. Returns it as saved (with an
    /// id, when it had none).
    ConnectionProfile markOpened(const ConnectionProfile &opened);
    /// Most recently opened first; at most RecentCount.
    QList<ConnectionProfile> recent() const;
    /// The profile opened last, if it still exists.
    std::optional<ConnectionProfile> last() const;

private:
    QStringList recentIds() const;

    QSettings &m_settings;
};

} // namespace omt
