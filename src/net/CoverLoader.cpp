#include "CoverLoader.h"

#include "CoverDiskCache.h"
#include "NetLog.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace omt {

namespace {

/// Downloads pause after this many "cannot reach the server" failures in a
/// row, for PausedNetworkMs: offline, scrolling would otherwise try (and
/// fail) one download per cover.
constexpr int UnreachableBeforePause = 3;
constexpr int PausedNetworkMs = 30 * 1000;
/// QCache drops an object costing more than the whole cache: at least 16 MB
/// keeps the largest cover a view paints (a details cover on a 3x screen is
/// under 2 MB) cacheable.
constexpr qint64 MinMemoryKilobytes = 16 * 1024;
/// Decodes handed to the pool ahead of its threads: a thread that finishes
/// starts the next at once instead of waiting for the GUI thread to take the
/// result (it may be painting). Few enough that the newest requests still
/// overtake older ones.
constexpr int DecodesQueuedPerThread = 4;

qint64 backoffMs(DownloadOutcome outcome, int attempts)
{
    const int doublings = qBound(0, attempts - 1, 6);
    switch (outcome) {
    case DownloadOutcome::Refused: return qMin<qint64>(60LL * 60 * 1000 << doublings, 24LL * 60 * 60 * 1000);
    case DownloadOutcome::Failed: return qMin<qint64>(30LL * 1000 << doublings, 30LL * 60 * 1000);
    case DownloadOutcome::Unreachable: return qMin<qint64>(60LL * 1000 << doublings, 30LL * 60 * 1000);
    case DownloadOutcome::Stored: break;
    }
    return 0;
}

} // namespace

QByteArray CoverSettings::userAgent()
{
    return QByteArrayLiteral("OmniMediaTrak/") + QCoreApplication::applicationVersion().toLatin1()
        + QByteArrayLiteral(" (desktop media tracker; Qt/") + QByteArray(qVersion()) + ')';
}

CoverLoader::CoverLoader(const CoverSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_files(settings.fileCovers, settings.userCoverFolder, settings.limits)
    , m_disk(std::make_unique<CoverDiskCache>(settings.diskCacheFolder, settings.diskCacheBytes))
    , m_memory(int(qBound(
          MinMemoryKilobytes, settings.memoryCacheBytes / 1024, qint64(std::numeric_limits<int>::max()))))
{
    m_decoders.setMaxThreadCount(
        settings.decodeThreads > 0 ? settings.decodeThreads : qBound(1, QThread::idealThreadCount() - 1, 4));
    m_decoders.setObjectName(QStringLiteral("Cover decoders"));

    m_networkThread = new QThread(this);
    m_networkThread->setObjectName(QStringLiteral("Cover downloads"));
    m_downloader = new CoverDownloader(*m_disk, settings.network, settings.limits);
    m_downloader->moveToThread(m_networkThread);
    connect(m_networkThread, &QThread::finished, m_downloader, &QObject::deleteLater);
    connect(m_downloader, &CoverDownloader::finished, this, &CoverLoader::downloadFinished);
    m_networkThread->start();

    m_dispatchTimer = new QTimer(this);
    m_dispatchTimer->setSingleShot(true);
    connect(m_dispatchTimer, &QTimer::timeout, this, &CoverLoader::dispatch);
}

CoverLoader::~CoverLoader()
{
    // Decode jobs post their results to this object: none may be running
    // once it is gone.
    m_decoders.clear();
    m_decoders.waitForDone();
    QMetaObject::invokeMethod(m_downloader, &CoverDownloader::abortAll, Qt::BlockingQueuedConnection);
    m_networkThread->quit();
    m_networkThread->wait();
}

QString CoverLoader::keyOf(const QString &url, QSize size, CoverFit fit)
{
    return QString::number(size.width()) + u'x' + QString::number(size.height())
        + (fit == CoverFit::Crop ? u'c' : u'w') + u' ' + url;
}

QImage CoverLoader::cover(const QString &url, QSize pixelSize, CoverFit fit)
{
    if (url.isEmpty() || pixelSize.isEmpty())
        return {};
    const QString key = keyOf(url, pixelSize, fit);
    if (const QImage *image = m_memory.object(key))
        return *image;
    if (hasFailedRecently(url) || m_decoding.contains(key))
        return {};
    const Job job { url, pixelSize, fit, key };
    if (m_downloading.contains(url) || m_downloadWaiting.contains(url)) {
        QList<Job> &waiting = m_afterDownload[url];
        if (std::none_of(waiting.cbegin(), waiting.cend(), [&key](const Job &j) { return j.key == key; }))
            waiting.append(job);
        if (m_downloadWaiting.contains(url))
            enqueueDownload(url); // moves it to the front
        return {};
    }
    enqueueDecode(job);
    return {};
}

QString CoverLoader::failure(const QString &url) const
{
    return m_failures.value(url).reason;
}

bool CoverLoader::isLoading(const QString &url) const
{
    if (m_downloading.contains(url) || m_downloadWaiting.contains(url))
        return true;
    const auto matches
        = [&url](const QString &key) { return QStringView(key).mid(key.indexOf(u' ') + 1) == url; };
    return std::any_of(m_decoding.cbegin(), m_decoding.cend(), matches)
        || std::any_of(m_decodeWaiting.keyBegin(), m_decodeWaiting.keyEnd(), matches);
}

void CoverLoader::forgetFailure(const QString &url)
{
    m_failures.remove(url);
}

void CoverLoader::clearMemoryCache()
{
    m_memory.clear();
}

void CoverLoader::setMemoryCacheBytes(qint64 bytes)
{
    m_memory.setMaxCost(
        int(qBound(MinMemoryKilobytes, bytes / 1024, qint64(std::numeric_limits<int>::max()))));
}

void CoverLoader::setDiskCacheBytes(qint64 bytes)
{
    // Eviction deletes files: not on the GUI thread.
    m_decoders.start([disk = m_disk.get(), bytes] { disk->setMaxBytes(bytes); });
}

void CoverLoader::measureDiskCache()
{
    m_decoders.start([this] {
        const qint64 bytes = m_disk->usedBytes();
        const int count = m_disk->count();
        QMetaObject::invokeMethod(
            this, [this, bytes, count] { Q_EMIT diskCacheMeasured(bytes, count, {}); }, Qt::QueuedConnection);
    });
}

void CoverLoader::clearDiskCache()
{
    m_memory.clear();
    m_failures.clear();
    m_decoders.start([this] {
        const Result<void> cleared = m_disk->clear();
        const QString error = cleared ? QString() : cleared.error().message;
        const qint64 bytes = m_disk->usedBytes();
        const int count = m_disk->count();
        QMetaObject::invokeMethod(
            this, [this, bytes, count, error] { Q_EMIT diskCacheMeasured(bytes, count, error); },
            Qt::QueuedConnection);
    });
}

bool CoverLoader::hasFailedRecently(const QString &url) const
{
    const auto it = m_failures.constFind(url);
    return it != m_failures.cend() && !it->retryAfter.hasExpired();
}

void CoverLoader::enqueueDecode(const Job &job)
{
    const auto it = m_decodeWaiting.find(job.key);
    if (it != m_decodeWaiting.end())
        m_decodeOrder.erase(it->second);
    const quint64 order = ++m_order;
    m_decodeWaiting.insert(job.key, { job, order });
    m_decodeOrder.emplace(order, job.key);
    while (m_decodeOrder.size() > size_t(MaxWaiting)) {
        m_decodeWaiting.remove(m_decodeOrder.begin()->second);
        m_decodeOrder.erase(m_decodeOrder.begin());
    }
    scheduleDispatch();
}

void CoverLoader::enqueueDownload(const QString &url)
{
    const auto it = m_downloadWaiting.find(url);
    if (it != m_downloadWaiting.end())
        m_downloadOrder.erase(*it);
    const quint64 order = ++m_order;
    m_downloadWaiting.insert(url, order);
    m_downloadOrder.emplace(order, url);
    while (m_downloadOrder.size() > size_t(MaxWaiting)) {
        const QString dropped = m_downloadOrder.begin()->second;
        m_downloadOrder.erase(m_downloadOrder.begin());
        m_downloadWaiting.remove(dropped);
        m_afterDownload.remove(dropped);
    }
    scheduleDispatch();
}

void CoverLoader::scheduleDispatch()
{
    if (!m_dispatchTimer->isActive() || m_dispatchTimer->remainingTime() > 0)
        m_dispatchTimer->start(0);
}

void CoverLoader::dispatch()
{
    while (
        m_decoding.size() < m_decoders.maxThreadCount() * DecodesQueuedPerThread && !m_decodeOrder.empty()) {
        // Newest first: the cells painted last are the ones on screen.
        const auto newest = std::prev(m_decodeOrder.end());
        const Job job = m_decodeWaiting.take(newest->second).first;
        m_decodeOrder.erase(newest);
        m_decoding.insert(job.key);
        m_decoders.start([this, job] {
            const DecodeResult result = decodeJob(job);
            QMetaObject::invokeMethod(
                this, [this, job, result] { decoded(job, result); }, Qt::QueuedConnection);
        });
    }
    if (!m_networkPause.hasExpired()) {
        if (!m_downloadOrder.empty())
            m_dispatchTimer->start(int(qMax<qint64>(1, m_networkPause.remainingTime())));
        return;
    }
    while (m_downloading.size() < m_settings.network.maxConcurrent && !m_downloadOrder.empty()) {
        const auto newest = std::prev(m_downloadOrder.end());
        const QString url = newest->second;
        m_downloadOrder.erase(newest);
        m_downloadWaiting.remove(url);
        m_downloading.insert(url);
        ++m_downloadsStarted;
        QMetaObject::invokeMethod(
            m_downloader, [downloader = m_downloader, url] { downloader->download(url); },
            Qt::QueuedConnection);
    }
}

CoverLoader::DecodeResult CoverLoader::decodeJob(const Job &job) const
{
    // Runs on a decode thread: touches only the thread-safe disk cache and
    // the job's own data.
    const QUrl url(job.url);
    QByteArray bytes;
    if (url.isLocalFile()) {
        auto read = m_files.readAddress(url);
        if (!read)
            return { DecodeStatus::Failed, {}, read.error().message };
        bytes = std::move(read).value();
    } else if (auto cached = m_disk->read(job.url)) {
        bytes = std::move(*cached);
    } else {
        return { DecodeStatus::NotCached, {}, {} };
    }
    auto image = CoverDecoder::decode(bytes, job.size, job.fit, m_settings.limits);
    if (!image) {
        // A cached file that passed the checks when it was stored but does
        // not decode is of no use either.
        if (!url.isLocalFile())
            m_disk->remove(job.url);
        return { DecodeStatus::Failed, {}, image.error().message };
    }
    return { DecodeStatus::Decoded, std::move(image).value(), {} };
}

void CoverLoader::decoded(const Job &job, const DecodeResult &result)
{
    m_decoding.remove(job.key);
    switch (result.status) {
    case DecodeStatus::Decoded:
        m_memory.insert(job.key, new QImage(result.image), int(result.image.sizeInBytes() / 1024 + 1));
        m_failures.remove(job.url);
        Q_EMIT coverReady(job.url);
        break;
    case DecodeStatus::NotCached:
        if (m_justStored.remove(job.url)) {
            // Its download finished while this decode was looking: the cover
            // is there now, and downloading it again would be a second
            // request. (Asked once only: it may have been evicted since.)
            enqueueDecode(job);
        } else if (!hasFailedRecently(job.url)) {
            m_afterDownload[job.url].append(job);
            if (!m_downloading.contains(job.url))
                enqueueDownload(job.url);
        }
        break;
    case DecodeStatus::Failed: recordFailure(job.url, DownloadOutcome::Refused, result.error); break;
    }
    dispatch();
}

void CoverLoader::downloadFinished(const QString &url, DownloadOutcome outcome, const QString &error)
{
    m_downloading.remove(url);
    const QList<Job> waiting = m_afterDownload.take(url);
    if (outcome == DownloadOutcome::Stored) {
        m_unreachableInARow = 0;
        if (m_justStored.size() > MaxWaiting)
            m_justStored.clear();
        m_justStored.insert(url);
        for (const Job &job : waiting)
            enqueueDecode(job);
    } else {
        if (outcome == DownloadOutcome::Unreachable) {
            if (++m_unreachableInARow >= UnreachableBeforePause) {
                qCInfo(lcNet) << "Cover downloads paused: servers cannot be reached";
                m_networkPause.setRemainingTime(PausedNetworkMs);
            }
        } else {
            m_unreachableInARow = 0;
        }
        recordFailure(url, outcome, error);
    }
    dispatch();
}

void CoverLoader::recordFailure(const QString &url, DownloadOutcome outcome, const QString &reason)
{
    Failure &failure = m_failures[url];
    failure.reason = reason;
    ++failure.attempts;
    failure.retryAfter.setRemainingTime(backoffMs(outcome, failure.attempts));
    qCDebug(lcNet) << "Cover failed:" << url << reason;
    Q_EMIT coverFailed(url);
}

} // namespace omt
