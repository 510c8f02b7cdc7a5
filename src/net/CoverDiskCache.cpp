#include "CoverDiskCache.h"

#include "AtomicFile.h"
#include "NetLog.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>

namespace omt {

namespace {

constexpr quint32 IndexMagic = 0x4f4d5443; // "OMTC"
constexpr quint32 IndexVersion = 1;
constexpr int HashBytes = 32;

QByteArray contentHash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool isHexName(const QString &name)
{
    if (name.size() != 2 * HashBytes)
        return false;
    for (QChar c : name) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

CoverDiskCache::CoverDiskCache(const QString &folder, qint64 maxBytes)
    : m_folder(folder)
    , m_maxBytes(maxBytes)
{ }

CoverDiskCache::~CoverDiskCache()
{
    if (auto saved = flush(); !saved)
        qCWarning(lcNet) << "Cover cache index not saved:" << saved.error().toString();
}

QString CoverDiskCache::objectPath(const QByteArray &hash) const
{
    const QString hex = QString::fromLatin1(hash.toHex());
    return m_folder + QStringLiteral("/objects/") + hex.left(2) + u'/' + hex;
}

QString CoverDiskCache::indexPath() const
{
    return m_folder + QStringLiteral("/index");
}

std::optional<QByteArray> CoverDiskCache::read(const QString &url)
{
    QByteArray hash;
    {
        QMutexLocker lock(&m_mutex);
        ensureLoadedLocked();
        const auto it = m_entries.constFind(url);
        if (it == m_entries.cend())
            return std::nullopt;
        hash = it->hash;
    }
    QFile file(objectPath(hash));
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    const bool intact = !bytes.isEmpty() && contentHash(bytes) == hash;
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(url);
    if (it == m_entries.end() || it->hash != hash)
        return intact ? std::optional<QByteArray>(bytes) : std::nullopt;
    if (!intact) {
        // Truncated or damaged since it was written: forget it so that the
        // cover is fetched again instead of shown broken.
        qCInfo(lcNet) << "Dropping damaged cover file" << file.fileName();
        removeEntryLocked(url);
        m_dirty = true;
        return std::nullopt;
    }
    touchLocked(url, *it);
    return bytes;
}

Result<void> CoverDiskCache::store(const QString &url, const QByteArray &bytes)
{
    // Stored and evicted at once, it would be downloaded again and again by
    // every cell that asks for it.
    if (bytes.size() > maxBytes())
        return Error::invalidInput(
            tr("The cover is larger than the whole cover cache (%1).")
                .arg(QLocale().formattedDataSize(maxBytes(), 0, QLocale::DataSizeTraditionalFormat)),
            url);
    const QByteArray hash = contentHash(bytes);
    const QString path = objectPath(hash);
    bool present = false;
    {
        QMutexLocker lock(&m_mutex);
        ensureLoadedLocked();
        present = m_objects.contains(hash) && QFileInfo::exists(path);
    }
    if (!present) {
        if (auto written = writeFileAtomically(path, bytes, tr("The cover could not be saved in the cache."));
            !written)
            return written;
    }
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(url);
    if (it != m_entries.cend() && it->hash == hash)
        touchLocked(url, m_entries[url]);
    else {
        if (it != m_entries.cend())
            removeEntryLocked(url);
        addEntryLocked(url, hash, bytes.size());
    }
    m_dirty = true;
    evictLocked();
    return {};
}

bool CoverDiskCache::contains(const QString &url)
{
    QMutexLocker lock(&m_mutex);
    ensureLoadedLocked();
    return m_entries.contains(url);
}

void CoverDiskCache::remove(const QString &url)
{
    QMutexLocker lock(&m_mutex);
    ensureLoadedLocked();
    if (m_entries.contains(url)) {
        removeEntryLocked(url);
        m_dirty = true;
    }
}

Result<void> CoverDiskCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_objects.clear();
    m_byUse.clear();
    m_usedBytes = 0;
    m_loaded = true;
    m_dirty = false;
    QDir objects(m_folder + QStringLiteral("/objects"));
    const bool removed = (!objects.exists() || objects.removeRecursively())
        && (!QFileInfo::exists(indexPath()) || QFile::remove(indexPath()));
    if (!removed) {
        Error error = Error::internal(tr("Some cached covers could not be removed."), m_folder);
        error.code = Error::Code::Io;
        return error;
    }
    return {};
}

Result<void> CoverDiskCache::flush()
{
    QByteArray data;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_loaded || !m_dirty)
            return {};
        QDataStream out(&data, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << IndexMagic << IndexVersion << quint64(m_clock) << qint32(m_entries.size());
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            out << it.key() << it->hash << quint64(it->lastUse);
        m_dirty = false;
    }
    auto written = writeFileAtomically(indexPath(), data, tr("The cover cache index could not be saved."));
    if (!written) {
        QMutexLocker lock(&m_mutex);
        m_dirty = true;
        return written;
    }
    return {};
}

qint64 CoverDiskCache::maxBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxBytes;
}

void CoverDiskCache::setMaxBytes(qint64 maxBytes)
{
    QMutexLocker lock(&m_mutex);
    m_maxBytes = maxBytes;
    if (m_loaded)
        evictLocked();
}

qint64 CoverDiskCache::usedBytes()
{
    QMutexLocker lock(&m_mutex);
    ensureLoadedLocked();
    return m_usedBytes;
}

int CoverDiskCache::count()
{
    QMutexLocker lock(&m_mutex);
    ensureLoadedLocked();
    return int(m_entries.size());
}

void CoverDiskCache::ensureLoadedLocked()
{
    if (m_loaded)
        return;
    m_loaded = true;
    QHash<QByteArray, qint64> sizes;
    scanObjectsLocked(sizes);
    QFile file(indexPath());
    if (file.open(QIODevice::ReadOnly)) {
        QDataStream in(&file);
        in.setVersion(QDataStream::Qt_6_4);
        quint32 magic = 0;
        quint32 version = 0;
        quint64 clock = 0;
        qint32 count = 0;
        in >> magic >> version >> clock >> count;
        if (magic == IndexMagic && version == IndexVersion && count >= 0) {
            for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
                QString url;
                QByteArray hash;
                quint64 lastUse = 0;
                in >> url >> hash >> lastUse;
                if (in.status() != QDataStream::Ok)
                    break;
                const auto size = sizes.constFind(hash);
                // Entries whose file is gone (removed by hand, or never
                // written before a crash) are simply forgotten.
                if (size == sizes.cend() || m_entries.contains(url) || m_byUse.count(lastUse))
                    continue;
                m_entries.insert(url, Entry { hash, lastUse });
                m_byUse.emplace(lastUse, url);
                Object &object = m_objects[hash];
                if (object.users++ == 0) {
                    object.size = *size;
                    m_usedBytes += *size;
                }
                m_clock = qMax(m_clock, lastUse);
            }
        } else {
            qCInfo(lcNet) << "Ignoring a cover cache index of another format:" << indexPath();
        }
    }
    // Files no address refers to (written after the last index save of a
    // process that was killed) can never be found again.
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        if (!m_objects.contains(it.key()))
            QFile::remove(objectPath(it.key()));
    }
    evictLocked();
}

void CoverDiskCache::scanObjectsLocked(QHash<QByteArray, qint64> &sizes)
{
    const QString root = m_folder + QStringLiteral("/objects");
    QDir().mkpath(root);
    QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        const QFileInfo info = files.fileInfo();
        if (!isHexName(info.fileName())) {
            // A QSaveFile left behind by a process killed mid-write.
            QFile::remove(info.filePath());
            continue;
        }
        sizes.insert(QByteArray::fromHex(info.fileName().toLatin1()), info.size());
    }
}

void CoverDiskCache::touchLocked(const QString &url, Entry &entry)
{
    m_byUse.erase(entry.lastUse);
    entry.lastUse = ++m_clock;
    m_byUse.emplace(entry.lastUse, url);
    m_dirty = true;
}

void CoverDiskCache::addEntryLocked(const QString &url, const QByteArray &hash, qint64 size)
{
    const quint64 use = ++m_clock;
    m_entries.insert(url, Entry { hash, use });
    m_byUse.emplace(use, url);
    Object &object = m_objects[hash];
    if (object.users++ == 0) {
        object.size = size;
        m_usedBytes += size;
    }
}

void CoverDiskCache::removeEntryLocked(const QString &url)
{
    const auto it = m_entries.find(url);
    if (it == m_entries.end())
        return;
    m_byUse.erase(it->lastUse);
    const QByteArray hash = it->hash;
    m_entries.erase(it);
    const auto object = m_objects.find(hash);
    if (object != m_objects.end() && --object->users <= 0) {
        m_usedBytes -= object->size;
        QFile::remove(objectPath(hash));
        m_objects.erase(object);
    }
}

void CoverDiskCache::evictLocked()
{
    while (m_usedBytes > m_maxBytes && !m_byUse.empty()) {
        const QString url = m_byUse.begin()->second;
        removeEntryLocked(url);
        m_dirty = true;
    }
}

} // namespace omt
