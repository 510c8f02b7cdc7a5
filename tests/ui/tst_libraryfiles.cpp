// The window with a library file that cannot be written, a damaged one,
// and File → Check Library… (SQLite only: these are properties of files).

#include "TestCovers.h"
#include "core/Enums.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"
#include "storage/LibraryGeneration.h"
#include "storage/Migrator.h"
#include "storage/UserRepository.h"
#include "ui/app/Translations.h"
#include "ui/library/LibraryActions.h"
#include "ui/library/LibraryCheckController.h"
#include "ui/library/LibraryCheckDialog.h"
#include "ui/library/LibraryTableView.h"
#include "ui/library/LibraryWindow.h"
#include "ui/library/ReadOnlyMode.h"
#include "ui/library/SidebarView.h"
#include "ui/tracking/TrackingPanel.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omt;

class TestLibraryFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_coverFolder;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<CoverLoader> m_covers;
    std::unique_ptr<LibraryWindow> m_window;
    LibraryCheckController *m_checks = nullptr;

    /// A generated library file of `media` items; returns its path.
    QString makeLibrary(const char *name, int media)
    {
        ConnectionSettings settings;
        settings.sqlitePath = m_dir.filePath(QLatin1String(name));
        settings.createIfMissing = true;
        Database database(settings);
        [&] {
            QVERIFY(Migrator(database).migrate());
            QVERIFY(UserRepository(database).ensureOwnerProfile());
            GeneratorSpec spec;
            spec.media = media;
            spec.interactions = media / 2;
            spec.users = 1;
            spec.lists = 2;
            spec.seed = 5;
            QVERIFY(LibraryGeneration(database).run(spec));
        }();
        return settings.sqlitePath;
    }

    void openWindow(const QString &file, bool readOnly)
    {
        ConnectionSettings settings;
        settings.sqlitePath = file;
        settings.readOnly = readOnly;
        m_database = std::make_unique<Database>(settings);
        auto owner = UserRepository(*m_database).findByUsername(QStringLiteral("owner"));
        QVERIFY(owner);
        m_database->closeThreadConnection();
        m_storage = std::make_unique<AsyncStorage>(*m_database);
        m_service = std::make_unique<LibraryService>(*m_storage, owner->id);
        m_covers = std::make_unique<CoverLoader>(test::coverSettingsIn(m_coverFolder.path()));
        m_window = std::make_unique<LibraryWindow>(*m_service, *m_covers, *owner, QStringLiteral("test"));
        if (m_database->isReadOnly())
            ReadOnlyMode::apply(*m_window, QStringLiteral("The library file cannot be written."));
        m_checks = new LibraryCheckController(*m_window, *m_service);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    LibraryTableModel *model() const { return m_window->libraryModel(); }

    /// Writes random bytes over the first page of the list items' table and
    /// of each of its indexes, which the window reads as it opens (the list
    /// counts in the sidebar), whichever plan SQLite picks.
    static void damage(const QString &file)
    {
        QList<qint64> pages;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE tbl_name = "
                                              "'interaction_list_items' AND rootpage > 0")));
            while (query.next())
                pages.append(query.value(0).toLongLong());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        QVERIFY(!pages.isEmpty());
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadWrite));
        QRandomGenerator random(7);
        for (const qint64 page : std::as_const(pages)) {
            QByteArray noise(4096, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
            QVERIFY(out.seek((page - 1) * 4096));
            QVERIFY(out.write(noise) == noise.size());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance());
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        m_window.reset();
        m_service.reset();
        m_storage.reset();
        m_covers.reset();
        m_database.reset();
    }

    void readOnlyLibraryIsShownButNotChanged()
    {
        const QString file = makeLibrary("readonly.omt", 300);
        openWindow(file, true);
        QVERIFY(m_database->isReadOnly());
        QTRY_COMPARE(model()->rowCount(), 300);
        QVERIFY2(m_window->windowTitle().contains(QStringLiteral("read-only")),
            qPrintable(m_window->windowTitle()));
        auto *indicator = m_window->findChild<QLabel *>(QStringLiteral("readOnlyIndicator"));
        QVERIFY(indicator && indicator->isVisible());

        // Selecting an item would enable what applies to it; here nothing that writes.
        auto *table = m_window->findChild<LibraryTableView *>();
        table->selectRow(0);
        QTRY_COMPARE(m_window->selectedCount(), 1);
        LibraryActions *a = m_window->actions();
        QList<QAction *> writes = { a->addMedia, a->createSample, a->editMedia, a->deleteMedia,
            a->setCoverFromFile, a->pasteCover, a->removeCover, a->incrementProgress, a->markCompleted,
            a->newList, a->newSmartList, a->addToListPicker, a->statusMenu->menuAction(),
            a->rateMenu->menuAction(), a->addToListMenu->menuAction() };
        writes += a->setStatus;
        writes += a->rate;
        for (QAction *action : std::as_const(writes))
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(a->checkLibrary->isEnabled());
        QVERIFY(a->find->isEnabled());

        // Shortcuts and a double click open nothing; nothing can be dropped.
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Return);
        // Nothing happens: no dialog opens (checked for a while, as one could open late).
        QVERIFY(!QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 200));
        QCOMPARE(m_window->findChildren<QDialog *>().size(), 0);
        QVERIFY(!m_window->sidebar()->acceptDrops());
        QCOMPARE(table->dragDropMode(), QAbstractItemView::DragOnly);
        auto *tracking = m_window->findChild<TrackingPanel *>();
        QTRY_COMPARE(tracking->mediaId(), model()->mediaIdAt(0));
        QVERIFY(!tracking->isEnabled());

        // Reading works: search.
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::keyClicks(search, QStringLiteral("the"));
        QTRY_COMPARE(model()->source().kind, LibrarySource::Kind::Search);
        QTRY_VERIFY(!model()->isLoading());
        QVERIFY(model()->rowCount() > 0);
    }

    void checkRunsOffTheGuiThreadWithProgress()
    {
        const QString file = makeLibrary("check.omt", 2000);
        openWindow(file, false);
        QTRY_COMPARE(model()->rowCount() > 0, true);
        m_window->actions()->checkLibrary->trigger();
        LibraryCheckDialog *dialog = m_checks->checkDialog();
        QVERIFY(dialog && dialog->isVisible());
        // The check runs on the storage worker: the trigger returned at once.
        QVERIFY(dialog->isRunning());
        auto *bar = dialog->findChild<QProgressBar *>();
        QList<int> values;
        const QMetaObject::Connection recording
            = connect(bar, &QProgressBar::valueChanged, this, [&values](int value) { values.append(value); });
        // No update may reach `values` once this case is over, failed or not.
        const auto stopRecording = qScopeGuard([&recording] { disconnect(recording); });
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY2(dialog->verdict().contains(QStringLiteral("intact")), qPrintable(dialog->verdict()));
        QVERIFY2(values.size() > 2, qPrintable(QString::number(values.size())));
    }

    void damagedLibraryOffersTheCheck()
    {
        const QString file = makeLibrary("damaged.omt", 3000);
        damage(file);
        openWindow(file, false);
        QMessageBox *notice = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((notice = m_checks->damageNotice()) && notice->isVisible(), 30000);
        QVERIFY2(notice->text().contains(QStringLiteral("cannot be read")), qPrintable(notice->text()));
        auto *check = notice->findChild<QPushButton *>(QStringLiteral("checkLibraryButton"));
        QVERIFY(check);
        QTest::mouseClick(check, Qt::LeftButton);
        LibraryCheckDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_checks->checkDialog()) && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY2(dialog->verdict().contains(QStringLiteral("damaged")), qPrintable(dialog->verdict()));
        QVERIFY2(dialog->findings().contains(QStringLiteral("Page ")), qPrintable(dialog->findings()));
    }
};

QTEST_MAIN(TestLibraryFiles)
#include "tst_libraryfiles.moc"
