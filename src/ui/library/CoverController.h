#pragma once

#include "core/MediaRecord.h"
#include "net/UserCoverStore.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace omt {

class CoverLoader;
class DetailsPane;
class LibraryActions;
class LibraryService;

/// The cover of the current item: shows it in the details pane once it is
/// loaded (with the reason as a tooltip when it cannot be), and changes it —
/// from a file, a dropped or pasted picture, a dropped or pasted web
/// address, or removed. Pictures are copied into the user's cover store off
/// the GUI thread; every change is one undoable edit of the item.
class CoverController : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        CoverLoader &loader;
        UserCoverStore store;
        QUndoStack &undo;
        LibraryService &service;
        DetailsPane &details;
        LibraryActions &actions;
        QWidget *window;
    };

    explicit CoverController(Context context, QObject *parent = nullptr);

    /// The item now shown in the details pane (none: nothing selected).
    void setRecord(const std::optional<MediaRecord> &record);

    /// Opens a file dialog (object name "coverFileDialog") for a picture.
    void chooseFile();
    /// Uses what the clipboard holds: a picture, an image file, or an address.
    void paste();
    void removeCover();
    void useFile(const QString &path);
    void useImage(const QImage &image);
    /// An encoded picture from a drop or the clipboard.
    void useEncodedPicture(const QByteArray &bytes);
    void useAddress(const QUrl &url);

Q_SIGNALS:
    /// A short confirmation for the status bar.
    void message(const QString &text);
    /// The change could not be made; the message says why.
    void failed(const QString &message);

private:
    void showCover();
    void coverFailed(const QString &url);
    void updateActions();
    /// Runs `store` on a worker thread, then points the item at the stored copy.
    void storeThen(std::function<Result<QString>()> store);
    void setCoverUrl(const QUuid &mediaId, const QString &url);

    Context m_context;
    std::optional<MediaRecord> m_record;
    quint64 m_storeGeneration = 0;
};

} // namespace omt
