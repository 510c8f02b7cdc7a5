#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <map>
#include <optional>

namespace omt {

/// Downloaded covers on disk, safe to use from several threads.
///
/// Files are content-addressed (named by the SHA-256 of their bytes, so two
/// addresses serving the same picture share one file) and written with
/// QSaveFile, so a file is either complete or absent even when the process is
/// killed mid-write; every read checks the bytes against their name, so a
/// file damaged afterwards is dropped and fetched again rather than shown.
/// An index maps addresses to files and remembers when each was last used;
/// when the files outgrow the limit, the least recently used go first. The
/// index is loaded on first use (off the GUI thread) and saved by flush().
class CoverDiskCache
{
    Q_DECLARE_TR_FUNCTIONS(omt::CoverDiskCache)

public:
    CoverDiskCache(const QString &folder, qint64 maxBytes);
    ~CoverDiskCache();
    Q_DISABLE_COPY_MOVE(CoverDiskCache)

    /// The cover stored for `url`, verified; counts as a use.
    std::optional<QByteArray> read(const QString &url);
    /// Stores `bytes` as the cover of `url` and evicts what no longer fits.
    Result<void> store(const QString &url, const QByteArray &bytes);
    bool contains(const QString &url);
    /// Forgets the cover of `url` (its file goes once no address uses it).
    void remove(const QString &url);
    /// Removes every cover.
    Result<void> clear();
    /// Saves the index when it changed since the last save.
    Result<void> flush();

    QString folder() const { return m_folder; }
    qint64 maxBytes() const;
    void setMaxBytes(qint64 maxBytes);
    /// Bytes of the cover files kept now.
    qint64 usedBytes();
    /// Addresses with a cover.
    int count();

private:
    struct Entry
    {
        QByteArray hash;
        quint64 lastUse = 0;
    };
    struct Object
    {
        qint64 size = 0;
        int users = 0;
    };

    QString objectPath(const QByteArray &hash) const;
    QString indexPath() const;
    void ensureLoadedLocked();
    void loadIndexLocked();
    void scanObjectsLocked(QHash<QByteArray, qint64> &sizes);
    void touchLocked(const QString &url, Entry &entry);
    void addEntryLocked(const QString &url, const QByteArray &hash, qint64 size);
    void removeEntryLocked(const QString &url);
    void evictLocked();

    const QString m_folder;
    mutable QMutex m_mutex;
    qint64 m_maxBytes = 0;
    bool m_loaded = false;
    bool m_dirty = false;
    quint64 m_clock = 0;
    qint64 m_usedBytes = 0;
    QHash<QString, Entry> m_entries;
    QHash<QByteArray, Object> m_objects;
    /// Last use -> address: the eviction order.
    std::map<quint64, QString> m_byUse;
};

} // namespace omt
