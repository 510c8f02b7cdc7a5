#pragma once

#include <QLabel>
#include <QUrl>

class QMimeData;

namespace omt {

/// The cover in the details pane. Besides showing it, it takes a new one: an
/// image file, a picture or a web address dropped on it. What to do with
/// them is the window's business (see the signals); while something
/// acceptable is dragged over it, it draws a highlight.
class CoverWell : public QLabel
{
    Q_OBJECT

public:
    explicit CoverWell(QWidget *parent = nullptr);

    /// Whether the well offers to take dropped covers (an item is shown).
    void setAcceptingCovers(bool accepting);

    /// The encoded picture a drag or the clipboard carries, as the other
    /// application sent it (PNG, JPEG, WebP or GIF first, else any other
    /// image type, which the cover store refuses by what it is); empty when
    /// it holds only a decoded picture (one copied within this application,
    /// a Windows bitmap).
    static QByteArray encodedPicture(const QMimeData *data);
    /// Whether a drag or the clipboard carries a picture, encoded or not
    /// (without fetching it).
    static bool carriesPicture(const QMimeData *data);

Q_SIGNALS:
    void fileDropped(const QString &path);
    /// An encoded picture was dropped (see encodedPicture()).
    void encodedPictureDropped(const QByteArray &bytes);
    void imageDropped(const QImage &image);
    /// A web address (http or https) was dropped, e.g. a picture dragged
    /// from a browser that gave only its address.
    void addressDropped(const QUrl &url);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_accepting = false;
    bool m_dragOver = false;
};

} // namespace omt
