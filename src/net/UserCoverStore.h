#pragma once

#include "CoverFileReader.h"
#include "CoverSettings.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace omt {

/// Covers people chose themselves (a file, a dropped or pasted picture).
/// They are the user's data, not a cache: kept in the application's data
/// folder, never evicted, named by their content so that storing the same
/// picture twice keeps one file. Large pictures are stored scaled down to
/// what a cover needs. Runs anywhere; callers keep it off the GUI thread.
class UserCoverStore
{
    Q_DECLARE_TR_FUNCTIONS(omt::UserCoverStore)

public:
    /// Pictures larger than this on either side are stored scaled down.
    static constexpr int MaxStoredSide = 1600;

    UserCoverStore(const QString &folder, const CoverLimits &limits);

    /// Copies the picture in the file; returns the file:// address to keep
    /// as the item's cover.
    Result<QString> storeFile(const QString &path) const;
    /// Stores an encoded picture (JPEG, PNG, …).
    Result<QString> storeBytes(const QByteArray &bytes) const;
    /// Stores a picture from the clipboard.
    Result<QString> storeImage(const QImage &image) const;

    QString folder() const { return m_folder; }
    /// Whether the cover address points into this store.
    bool holds(const QString &url) const;

private:
    Result<QString> write(const QByteArray &bytes, const QByteArray &format) const;

    QString m_folder;
    CoverLimits m_limits;
    CoverFileReader m_files;
};

} // namespace omt
