#include "CoverController.h"

#include "LibraryActions.h"
#include "core/ErrorLog.h"
#include "models/LibraryCommands.h"
#include "net/CoverLoader.h"
#include "ui/common/UiLog.h"
#include "ui/details/CoverWell.h"
#include "ui/details/DetailsPane.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QMimeData>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace omt {

namespace {

QString imageFileFilter()
{
    // The formats a cover may be in (CoverDecoder), not every installed plugin.
    return CoverController::tr("Images (%1)").arg(QStringLiteral("*.jpg *.jpeg *.png *.webp *.gif"));
}

bool isWebAddress(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http");
}

} // namespace

CoverController::CoverController(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    CoverWell *well = m_context.details.coverWell();
    connect(well, &CoverWell::fileDropped, this, &CoverController::useFile);
    connect(well, &CoverWell::encodedPictureDropped, this, &CoverController::useEncodedPicture);
    connect(well, &CoverWell::imageDropped, this, &CoverController::useImage);
    connect(well, &CoverWell::addressDropped, this, &CoverController::useAddress);
    well->setContextMenuPolicy(Qt::ActionsContextMenu);
    well->addActions(
        { m_context.actions.setCoverFromFile, m_context.actions.pasteCover, m_context.actions.removeCover });

    connect(m_context.actions.setCoverFromFile, &QAction::triggered, this, &CoverController::chooseFile);
    connect(m_context.actions.pasteCover, &QAction::triggered, this, &CoverController::paste);
    connect(m_context.actions.removeCover, &QAction::triggered, this, &CoverController::removeCover);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &CoverController::updateActions);
    connect(&m_context.loader, &CoverLoader::coverReady, this, [this](const QString &url) {
        if (m_record && m_record->media.coverUrl == url)
            showCover();
    });
    connect(&m_context.loader, &CoverLoader::coverFailed, this, &CoverController::coverFailed);
    updateActions();
}

void CoverController::setRecord(const std::optional<MediaRecord> &record)
{
    m_record = record;
    updateActions();
    // The pane has just shown the placeholder; a loaded cover comes from
    // memory at once.
    if (record)
        showCover();
}

void CoverController::showCover()
{
    if (!m_record)
        return;
    const QString url = m_record->media.coverUrl;
    if (url.isEmpty()) {
        m_context.details.setCover({});
        m_context.details.setCoverProblem({});
        return;
    }
    const QImage image = m_context.loader.cover(url, m_context.details.coverPixelSize(), CoverFit::Whole);
    m_context.details.setCover(image);
    m_context.details.setCoverProblem(image.isNull() && m_context.loader.hasFailedRecently(url)
            ? m_context.loader.failure(url)
            : QString());
}

void CoverController::coverFailed(const QString &url)
{
    if (m_record && m_record->media.coverUrl == url)
        m_context.details.setCoverProblem(m_context.loader.failure(url));
}

void CoverController::updateActions()
{
    const bool item = m_record.has_value();
    m_context.actions.setCoverFromFile->setEnabled(item);
    m_context.actions.removeCover->setEnabled(item && !m_record->media.coverUrl.isEmpty());
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    bool pastable = false;
    if (clipboard) {
        pastable = CoverWell::carriesPicture(clipboard)
            || (clipboard->hasUrls() && !clipboard->urls().isEmpty())
            || isWebAddress(QUrl(clipboard->text().trimmed()));
    }
    m_context.actions.pasteCover->setEnabled(item && pastable);
}

void CoverController::chooseFile()
{
    if (!m_record)
        return;
    auto *dialog = new QFileDialog(m_context.window, tr("Choose a Cover"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), imageFileFilter());
    dialog->setObjectName(QStringLiteral("coverFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &CoverController::useFile);
    dialog->open();
}

void CoverController::paste()
{
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    if (!m_record || !clipboard)
        return;
    if (const QByteArray bytes = CoverWell::encodedPicture(clipboard); !bytes.isEmpty()) {
        useEncodedPicture(bytes);
        return;
    }
    if (clipboard->hasImage()) {
        // A decoded picture: copied within this application, or a bitmap
        // of the system's own.
        useImage(qvariant_cast<QImage>(clipboard->imageData()));
        return;
    }
    if (clipboard->hasUrls() && !clipboard->urls().isEmpty()) {
        const QUrl url = clipboard->urls().constFirst();
        if (url.isLocalFile())
            useFile(url.toLocalFile());
        else
            useAddress(url);
        return;
    }
    useAddress(QUrl(clipboard->text().trimmed()));
}

void CoverController::removeCover()
{
    if (m_record && !m_record->media.coverUrl.isEmpty())
        setCoverUrl(m_record->media.id, {});
}

void CoverController::useFile(const QString &path)
{
    storeThen([store = m_context.store, path] { return store.storeFile(path); });
}

void CoverController::useImage(const QImage &image)
{
    storeThen([store = m_context.store, image] { return store.storeImage(image); });
}

void CoverController::useEncodedPicture(const QByteArray &bytes)
{
    storeThen([store = m_context.store, bytes] { return store.storeBytes(bytes); });
}

void CoverController::useAddress(const QUrl &url)
{
    if (!m_record)
        return;
    if (!isWebAddress(url)) {
        Q_EMIT failed(tr("“%1” is not a picture or a web address of one.").arg(url.toDisplayString()));
        return;
    }
    setCoverUrl(m_record->media.id, url.toString(QUrl::FullyEncoded));
}

void CoverController::storeThen(std::function<Result<QString>()> store)
{
    if (!m_record)
        return;
    const QUuid mediaId = m_record->media.id;
    const quint64 generation = ++m_storeGeneration;
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, mediaId, generation] {
        watcher->deleteLater();
        const Result<QString> stored = watcher->result();
        if (!stored) {
            logError(lcUi(), stored.error(), "storing a chosen cover");
            Q_EMIT failed(stored.error().message);
            return;
        }
        // Another picture chosen meanwhile, or another item shown: the
        // newer choice wins; a copy stored for nothing costs only disk.
        if (generation == m_storeGeneration && m_record && m_record->media.id == mediaId)
            setCoverUrl(mediaId, *stored);
    });
    watcher->setFuture(QtConcurrent::run(std::move(store)));
}

void CoverController::setCoverUrl(const QUuid &mediaId, const QString &url)
{
    if (!m_record || m_record->media.id != mediaId || m_record->media.coverUrl == url)
        return;
    MediaRecord after = *m_record;
    after.media.coverUrl = url;
    m_context.loader.forgetFailure(url);
    auto *command = new SaveMediaCommand(m_context.service, m_record, after);
    command->setText(url.isEmpty() ? tr("Remove Cover") : tr("Set Cover"));
    m_context.undo.push(command);
    Q_EMIT message(url.isEmpty() ? tr("Cover removed.") : tr("Cover set."));
}

} // namespace omt
