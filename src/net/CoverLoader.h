#pragma once

#include "CoverDecoder.h"
#include "CoverDownloader.h"
#include "CoverFileReader.h"
#include "CoverSettings.h"

#include <QCache>
#include <QDeadlineTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <map>
#include <memory>

class QThread;
class QTimer;

namespace omt {

class CoverDiskCache;

/// The covers the views paint, for the GUI thread (DESIGN §8).
///
/// cover() answers at once from a bounded memory cache of scaled images;
/// on a miss it returns a null image and loads the cover in the background
/// (disk cache or file on the decode threads, otherwise a download on the
/// network thread), then emits coverReady(). Requests for the same address
/// share one download and those for the same size one decode; the most
/// recently asked-for covers go first, so the cells on screen win over those
/// scrolled past, and the oldest waiting requests are dropped when too many
/// pile up. Failures are remembered and retried only after a pause that
/// grows with each failure; when the network seems to be down, downloads
/// pause for a while instead of failing one by one.
class CoverLoader : public QObject
{
    Q_OBJECT

public:
    /// At most this many decodes, and downloads, wait; older ones are dropped
    /// (their cells ask again if they are painted again).
    static constexpr int MaxWaiting = 256;

    explicit CoverLoader(const CoverSettings &settings, QObject *parent = nullptr);
    ~CoverLoader() override;

    /// The cover at `url` scaled to `pixelSize` device pixels when it is in
    /// memory; otherwise a null image, and coverReady(url) follows once it
    /// is (unless loading it fails, or failed a short while ago).
    QImage cover(const QString &url, QSize pixelSize, CoverFit fit = CoverFit::Crop);
    /// Whether the scaled cover is in memory (asks for nothing).
    bool hasCover(const QString &url, QSize pixelSize, CoverFit fit = CoverFit::Crop) const
    {
        return m_memory.contains(keyOf(url, pixelSize, fit));
    }
    /// Whether loading the cover failed and is not to be retried yet.
    bool hasFailedRecently(const QString &url) const;
    /// Why the cover at `url` could not be loaded; empty unless it failed.
    QString failure(const QString &url) const;
    /// Whether the cover is being loaded or waits to be.
    bool isLoading(const QString &url) const;
    /// Forgets failures, so that the next request tries again at once (the
    /// user changed an item's cover address, or the network came back).
    void forgetFailure(const QString &url);

    /// Drops the scaled images kept in memory.
    void clearMemoryCache();
    void setMemoryCacheBytes(qint64 bytes);
    /// Changes the disk cache's limit; covers over it are removed in the background.
    void setDiskCacheBytes(qint64 bytes);
    /// Reads how much the disk cache holds, in the background: diskCacheMeasured follows.
    void measureDiskCache();
    /// Removes every downloaded cover (not the user's own), in the
    /// background; diskCacheMeasured follows.
    void clearDiskCache();
    qint64 memoryCacheBytes() const { return qint64(m_memory.totalCost()) * 1024; }
    CoverDiskCache &diskCache() { return *m_disk; }
    const CoverSettings &settings() const { return m_settings; }
    /// Downloads started since the loader was made.
    int downloadsStarted() const { return m_downloadsStarted; }

Q_SIGNALS:
    /// A cover of `url` is now in memory.
    void coverReady(const QString &url);
    /// Loading the cover of `url` failed; the reason is failure(url).
    void coverFailed(const QString &url);
    /// What the disk cache holds now; `error` says why clearing it failed.
    void diskCacheMeasured(qint64 bytes, int covers, const QString &error);

private:
    struct Job
    {
        QString url;
        QSize size;
        CoverFit fit = CoverFit::Crop;
        QString key;
    };
    struct Failure
    {
        QString reason;
        int attempts = 0;
        QDeadlineTimer retryAfter;
    };
    enum class DecodeStatus { Decoded, NotCached, Failed };
    struct DecodeResult
    {
        DecodeStatus status = DecodeStatus::Failed;
        QImage image;
        QString error;
    };

    static QString keyOf(const QString &url, QSize size, CoverFit fit);
    void enqueueDecode(const Job &job);
    void enqueueDownload(const QString &url);
    void scheduleDispatch();
    void dispatch();
    DecodeResult decodeJob(const Job &job) const;
    void decoded(const Job &job, const DecodeResult &result);
    void downloadFinished(const QString &url, DownloadOutcome outcome, const QString &error);
    void recordFailure(const QString &url, DownloadOutcome outcome, const QString &reason);

    const CoverSettings m_settings;
    const CoverFileReader m_files;
    std::unique_ptr<CoverDiskCache> m_disk;
    QCache<QString, QImage> m_memory;
    QThreadPool m_decoders;
    QThread *m_networkThread = nullptr;
    CoverDownloader *m_downloader = nullptr;

    quint64 m_order = 0;
    /// Waiting decodes by key, and their keys by recency (newest last).
    QHash<QString, std::pair<Job, quint64>> m_decodeWaiting;
    std::map<quint64, QString> m_decodeOrder;
    QSet<QString> m_decoding;
    /// Waiting downloads by address, by recency, and the decodes that wait for them.
    QHash<QString, quint64> m_downloadWaiting;
    std::map<quint64, QString> m_downloadOrder;
    QSet<QString> m_downloading;
    QHash<QString, QList<Job>> m_afterDownload;
    /// Addresses whose download was just stored (a decode that missed the
    /// disk a moment before looks again instead of downloading again). The
    /// GUI thread never asks the disk cache itself: it may be busy.
    QSet<QString> m_justStored;

    QHash<QString, Failure> m_failures;
    int m_unreachableInARow = 0;
    QDeadlineTimer m_networkPause;
    QTimer *m_dispatchTimer = nullptr;
    int m_downloadsStarted = 0;
};

} // namespace omt
