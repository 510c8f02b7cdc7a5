// Covers in the library window: thumbnails in the table, covers in the grid
// and the details pane, and changing an item's cover by dropping, pasting or
// choosing a file — each change undoable.

#include "LocalHttpServer.h"
#include "TestCovers.h"
#include "TestDatabase.h"
#include "TestImages.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "models/ModelRoles.h"
#include "models/RowCovers.h"
#include "net/CoverDiskCache.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/MediaRepository.h"
#include "storage/UserRepository.h"
#include "ui/app/Translations.h"
#include "ui/common/StatusNotice.h"
#include "ui/common/TextBlock.h"
#include "ui/details/CoverWell.h"
#include "ui/details/DetailsPane.h"
#include "ui/edit/MediaEditDialog.h"
#include "ui/library/CoverGridView.h"
#include "ui/library/LibraryActions.h"
#include "ui/library/LibraryTableView.h"
#include "ui/library/LibraryWindow.h"
#include "ui/settings/PreferencesDialog.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace omt;

class TestCoverWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_service;
    /// Covers and caches of the current test function only.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoverLoader> m_covers;
    std::unique_ptr<LibraryWindow> m_window;
    User m_owner;

    QUuid addBook(const QString &title, const QString &coverUrl)
    {
        Media item;
        item.title = title;
        item.type = MediaType::Book;
        item.coverUrl = coverUrl;
        auto created = MediaRepository(m_db->database()).create(item);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return created->id;
    }

    /// A JPEG of one colour, written to the test folder; returns its file:// address.
    QString writeCover(const QString &name, QSize size, QColor colour)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(test::TestImages::jpeg(size, colour)) <= 0)
            qFatal("cannot write %s", qPrintable(path));
        return QUrl::fromLocalFile(path).toString();
    }

    void openWindow()
    {
        m_db->database().closeThreadConnection();
        m_storage = std::make_unique<AsyncStorage>(m_db->database());
        m_service = std::make_unique<LibraryService>(*m_storage, m_owner.id);
        m_covers = std::make_unique<CoverLoader>(test::coverSettingsIn(m_dir->path()));
        m_window = std::make_unique<LibraryWindow>(*m_service, *m_covers, m_owner, QStringLiteral("test"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(!model()->isLoading());
        QTRY_VERIFY(model()->rowCount() > 0);
    }

    LibraryTableModel *model() const { return m_window->libraryModel(); }
    DetailsPane *details() const { return m_window->findChild<DetailsPane *>(); }
    CoverWell *well() const { return details()->coverWell(); }
    QString coverUrlAt(int row) const
    {
        const LibraryRow *value = model()->rowAt(row);
        return value ? value->media.coverUrl : QString();
    }

    void selectRow(int row)
    {
        auto *table = m_window->findChild<LibraryTableView *>();
        table->setCurrentIndex(model()->index(row, LibraryTableModel::Title));
        QTRY_VERIFY(details()->currentId() == model()->mediaIdAt(row));
    }

    /// The colour at the centre of the details cover as painted.
    QColor detailsCoverColour() const
    {
        const QImage shown = well()->grab().toImage();
        return shown.pixelColor(shown.width() / 2, shown.height() / 2);
    }

    static bool near(QColor a, QColor b)
    {
        return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24
            && qAbs(a.blue() - b.blue()) < 24;
    }

    void dropOnWell(QMimeData *mime)
    {
        const QPoint centre = well()->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(well(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(well(), &drop);
        QVERIFY(drop.isAccepted());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance());
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        OMT_FRESH_DATABASE(m_db);
        auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        m_owner = *owner;
    }

    void cleanup()
    {
        m_window.reset();
        m_covers.reset();
        m_service.reset();
        m_storage.reset();
        m_db.reset();
    }

    void coversShowInTableGridAndDetails()
    {
        addBook(QStringLiteral("Red Book"), writeCover(QStringLiteral("red.jpg"), { 300, 450 }, Qt::red));
        addBook(QStringLiteral("Plain Book"), {});
        openWindow();
        QCOMPARE(model()->index(0, 0).data().toString(), QStringLiteral("Plain Book"));

        // The table: the type's glyph for the item without a cover, a
        // thumbnail of the thumbnail size for the other once it is loaded.
        const QModelIndex plain = model()->index(0, LibraryTableModel::Title);
        const QModelIndex red = model()->index(1, LibraryTableModel::Title);
        QCOMPARE(plain.data(Qt::DecorationRole).userType(), QMetaType::QIcon);
        QCOMPARE(CoverState(plain.data(CoverStateRole).toInt()), CoverState::None);
        red.data(Qt::DecorationRole);
        QTRY_COMPARE(red.data(Qt::DecorationRole).userType(), QMetaType::QImage);
        const QImage thumbnail = red.data(Qt::DecorationRole).value<QImage>();
        const QSize thumbnailSize = m_window->findChild<LibraryTableView *>()->thumbnailSize();
        QCOMPARE(thumbnail.deviceIndependentSize().toSize(), thumbnailSize);
        QVERIFY(near(thumbnail.pixelColor(thumbnail.width() / 2, thumbnail.height() / 2), Qt::red));

        // The grid paints the real cover where the placeholder was.
        m_window->setViewMode(LibraryWindow::ViewMode::Grid);
        auto *grid = m_window->findChild<CoverGridView *>();
        QTRY_COMPARE(CoverState(red.data(CoverStateRole).toInt()), CoverState::Loaded);
        QTRY_VERIFY([&] {
            const QRect cell = grid->visualRect(grid->model()->index(1, LibraryTableModel::Title));
            const QImage painted = grid->viewport()->grab(cell).toImage();
            return near(painted.pixelColor(painted.width() / 2, painted.height() / 3), Qt::red);
        }());

        // The details pane fits the whole cover into its box.
        selectRow(1);
        QTRY_VERIFY(near(detailsCoverColour(), Qt::red));
        selectRow(0);
        QTRY_VERIFY(!near(detailsCoverColour(), Qt::red));
    }

    void droppingAnImageFileSetsTheCoverAndUndoTakesItBack()
    {
        addBook(QStringLiteral("Bare"), {});
        openWindow();
        selectRow(0);
        const QString source
            = QUrl(writeCover(QStringLiteral("blue.jpg"), { 2400, 3600 }, Qt::blue)).toLocalFile();
        auto *mime = new QMimeData;
        mime->setUrls({ QUrl::fromLocalFile(source) });
        dropOnWell(mime);
        QTRY_VERIFY(!coverUrlAt(0).isEmpty());
        const QString stored = QUrl(coverUrlAt(0)).toLocalFile();
        // A copy in the person's own cover folder, scaled to what a cover needs.
        QCOMPARE(
            QFileInfo(stored).absolutePath(), QDir(m_dir->filePath(QStringLiteral("mine"))).absolutePath());
        QVERIFY(stored != source);
        const QSize storedSize = QImageReader(stored).size();
        QCOMPARE(storedSize.height(), 1600);
        QVERIFY(qAbs(storedSize.width() - 1067) <= 1);
        QTRY_VERIFY(near(detailsCoverColour(), Qt::blue));
        delete mime;

        m_window->undoStack()->undo();
        QTRY_VERIFY(coverUrlAt(0).isEmpty());
        QTRY_VERIFY(!near(detailsCoverColour(), Qt::blue));
        // The copy stays: redo needs it, and it is the person's data.
        QVERIFY(QFileInfo::exists(stored));
        m_window->undoStack()->redo();
        QTRY_COMPARE(QUrl(coverUrlAt(0)).toLocalFile(), stored);
    }

    void pastingAPictureSetsTheCover()
    {
        addBook(QStringLiteral("Bare"), {});
        openWindow();
        QAction *paste = m_window->actions()->pasteCover;
        QVERIFY(!paste->isEnabled()); // nothing selected
        selectRow(0);
        QImage picture(200, 300, QImage::Format_RGB32);
        picture.fill(Qt::green);
        QGuiApplication::clipboard()->setImage(picture);
        QTRY_VERIFY(paste->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!coverUrlAt(0).isEmpty());
        QVERIFY(QUrl(coverUrlAt(0)).isLocalFile());
        QTRY_VERIFY(near(detailsCoverColour(), Qt::green));
        // Removing it is one more undoable step.
        m_window->actions()->removeCover->trigger();
        QTRY_VERIFY(coverUrlAt(0).isEmpty());
        m_window->undoStack()->undo();
        QTRY_VERIFY(!coverUrlAt(0).isEmpty());
    }

    void choosingAFileInTheDialogSetsTheCover()
    {
        addBook(QStringLiteral("Bare"), {});
        openWindow();
        selectRow(0);
        const QString path
            = QUrl(writeCover(QStringLiteral("yellow.jpg"), { 120, 180 }, Qt::yellow)).toLocalFile();
        m_window->actions()->setCoverFromFile->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(QStringLiteral("coverFileDialog"))));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
        QTRY_VERIFY(!coverUrlAt(0).isEmpty());
        QTRY_VERIFY(near(detailsCoverColour(), Qt::yellow));
    }

    void aFileThatIsNoImageIsRefusedWithAReason()
    {
        addBook(QStringLiteral("Bare"), {});
        openWindow();
        selectRow(0);
        const QString path = m_dir->filePath(QStringLiteral("notes.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::TestImages::notAnImage());
        file.close();
        auto *mime = new QMimeData;
        mime->setUrls({ QUrl::fromLocalFile(path) });
        dropOnWell(mime);
        QTRY_VERIFY(m_window->statusNotice()->text().contains(QStringLiteral("not an image")));
        QVERIFY(coverUrlAt(0).isEmpty());
        QCOMPARE(m_window->undoStack()->count(), 0);
        delete mime;
    }

    void droppedOrPastedPicturesAreTakenOnlyInCoverFormats()
    {
        addBook(QStringLiteral("Bare"), {});
        openWindow();
        selectRow(0);
        // What the other application calls the picture does not matter:
        // its content does.
        struct Case
        {
            QString type;
            QByteArray bytes;
            QString says;
        };
        const QList<Case> refused {
            { QStringLiteral("image/svg+xml"), test::TestImages::svg({ 200, 300 }, Qt::red),
                QStringLiteral("an SVG drawing") },
            { QStringLiteral("image/png"), test::TestImages::bmp({ 200, 300 }, Qt::red),
                QStringLiteral("a BMP image") },
        };
        for (const Case &c : refused) {
            m_window->statusNotice()->clear();
            auto dropped = std::make_unique<QMimeData>();
            dropped->setData(c.type, c.bytes);
            dropOnWell(dropped.get());
            QTRY_VERIFY2(m_window->statusNotice()->text().contains(c.says),
                qPrintable(m_window->statusNotice()->text()));

            m_window->statusNotice()->clear();
            auto *copied = new QMimeData;
            copied->setData(c.type, c.bytes);
            QGuiApplication::clipboard()->setMimeData(copied);
            QTRY_VERIFY(m_window->actions()->pasteCover->isEnabled());
            m_window->actions()->pasteCover->trigger();
            QTRY_VERIFY2(m_window->statusNotice()->text().contains(c.says),
                qPrintable(m_window->statusNotice()->text()));
        }
        QVERIFY(coverUrlAt(0).isEmpty());
        QCOMPARE(m_window->undoStack()->count(), 0);

        auto gif = std::make_unique<QMimeData>();
        gif->setData(QStringLiteral("image/gif"), test::TestImages::gif({ 40, 60 }, Qt::magenta));
        dropOnWell(gif.get());
        QTRY_VERIFY(coverUrlAt(0).endsWith(QStringLiteral(".gif")));
        QTRY_VERIFY(near(detailsCoverColour(), Qt::magenta));
    }

    void aCoverThatCannotBeLoadedSaysWhyInTheDetails()
    {
        test::LocalHttpServer server;
        QVERIFY(server.start());
        addBook(QStringLiteral("Lost"), server.url(QStringLiteral("/missing.jpg")).toString());
        openWindow();
        selectRow(0);
        QTRY_VERIFY(well()->toolTip().contains(QStringLiteral("404")));
        QCOMPARE(CoverState(model()->index(0, 0).data(CoverStateRole).toInt()), CoverState::Failed);
        QCOMPARE(server.requestCount(QStringLiteral("/missing.jpg")), 1);
    }

    void droppingAWebAddressPointsTheItemAtIt()
    {
        test::LocalHttpServer server;
        QVERIFY(server.start());
        server.setRoute(QStringLiteral("/cover.png"),
            test::HttpRoute::ok("image/png", test::TestImages::png({ 100, 150 }, Qt::magenta)));
        addBook(QStringLiteral("Web"), {});
        openWindow();
        selectRow(0);
        auto *mime = new QMimeData;
        mime->setUrls({ server.url(QStringLiteral("/cover.png")) });
        dropOnWell(mime);
        QTRY_COMPARE(coverUrlAt(0), server.url(QStringLiteral("/cover.png")).toString());
        QTRY_VERIFY(near(detailsCoverColour(), Qt::magenta));
        delete mime;

        // Editing something else keeps the cover on show.
        m_window->actions()->editMedia->trigger();
        MediaEditDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<MediaEditDialog *>()) && dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Web, renamed"));
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(model()->index(0, 0).data().toString(), QStringLiteral("Web, renamed"));
        QTRY_COMPARE(details()->findChild<TextBlock *>(QStringLiteral("detailsTitle"))->text(),
            QStringLiteral("Web, renamed"));
        QVERIFY(near(detailsCoverColour(), Qt::magenta));
        QCOMPARE(server.requestCount(QStringLiteral("/cover.png")), 1);
    }

    void preferencesShowAndClearTheCacheAndSetItsSize()
    {
        test::LocalHttpServer server;
        QVERIFY(server.start());
        server.setRoute(QStringLiteral("/a.jpg"),
            test::HttpRoute::ok("image/jpeg", test::TestImages::jpeg({ 300, 450 }, Qt::darkCyan)));
        addBook(QStringLiteral("Cached"), server.url(QStringLiteral("/a.jpg")).toString());
        openWindow();
        const QModelIndex item = model()->index(0, LibraryTableModel::Title);
        item.data(CoverRole);
        QTRY_COMPARE(CoverState(item.data(CoverStateRole).toInt()), CoverState::Loaded);

        m_window->actions()->preferences->trigger();
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()));
        QTRY_VERIFY2(
            dialog->usage()->text().contains(QStringLiteral("1 cover")), qPrintable(dialog->usage()->text()));
        QCOMPARE(dialog->diskLimit()->value(), 500);
        QTest::mouseClick(dialog->clearButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->usage()->text().contains(QStringLiteral("0 covers")));
        QVERIFY(!dialog->clearButton()->isEnabled());

        dialog->diskLimit()->setValue(200);
        dialog->accept();
        QCOMPARE(QSettings().value(QStringLiteral("covers/diskCacheMegabytes")).toInt(), 200);
        QTRY_COMPARE(m_covers->diskCache().maxBytes(), 200LL * 1024 * 1024);
    }
};

QTEST_MAIN(TestCoverWindow)
#include "tst_coverwindow.moc"
