#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace omt {

/// What a cover may be: anything larger is refused before it is decoded, so a
/// hostile server cannot make the application allocate gigabytes.
struct CoverLimits
{
    /// Largest body accepted from a server or a file.
    qint64 maxBytes = 15 * 1024 * 1024;
    /// Largest declared width or height.
    int maxSide = 10000;
    /// Largest declared area (a 5000 x 8000 scan). Decoders that cannot scale
    /// while reading (PNG) hold the whole image: 160 MB at this size.
    qint64 maxPixels = 40LL * 1000 * 1000;
};

/// Which `file:` cover addresses are read. Either way only regular files on
/// this computer's own disks are: never network shares, devices, pipes or
/// /proc.
enum class FileCoverScope {
    /// Any such file: the library is this computer's own (a SQLite file),
    /// so its cover addresses are the user's.
    LocalDisks,
    /// Only covers in this computer's own cover folder (UserCoverStore): the
    /// library comes from a server, where every member can set cover
    /// addresses for everyone.
    UserCoverFolder,
};

/// How covers are fetched from the network.
struct NetworkPolicy
{
    /// A transfer that receives nothing for this long is aborted.
    int idleTimeoutMs = 15000;
    /// A transfer that has not finished after this long is aborted, however
    /// steadily it trickles in.
    int totalTimeoutMs = 30000;
    int maxRedirects = 3;
    /// Downloads running at once.
    int maxConcurrent = 6;
    QByteArray userAgent;
    /// Certificates trusted besides the system's (a household server's own
    /// certificate authority; the tests' self-signed server).
    QList<QSslCertificate> extraCaCertificates;
};

/// Everything the cover pipeline needs to know, given by the composition root.
struct CoverSettings
{
    static constexpr qint64 DefaultDiskCacheBytes = 500LL * 1024 * 1024;
    static constexpr qint64 DefaultMemoryCacheBytes = 96LL * 1024 * 1024;

    /// Folder of the downloaded covers' disk cache (may be wiped by the system).
    QString diskCacheFolder;
    /// Folder of the covers people chose themselves (their data: never evicted).
    QString userCoverFolder;
    qint64 diskCacheBytes = DefaultDiskCacheBytes;
    /// Scaled images kept in memory for painting (at least 16 MB).
    qint64 memoryCacheBytes = DefaultMemoryCacheBytes;
    /// Threads reading and decoding covers; 0 for one fewer than the
    /// processor has cores (at least one, at most four), so that decoding
    /// never competes with the GUI thread for the last core.
    int decodeThreads = 0;
    CoverLimits limits;
    NetworkPolicy network;
    /// Set by the composition root from where the library is stored.
    FileCoverScope fileCovers = FileCoverScope::LocalDisks;

    /// "OmniMediaTrak/<version> (desktop media tracker; Qt/<version>)":
    /// servers see who asks.
    static QByteArray userAgent();
};

} // namespace omt
