// The sample library of an empty library: made on a thread of its own with
// progress and Cancel in the status bar, while the window stays usable.

#include "TestCovers.h"
#include "TestDatabase.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/MediaRepository.h"
#include "storage/UserRepository.h"
#include "ui/common/JobProgressWidget.h"
#include "ui/common/StatusNotice.h"
#include "ui/library/EmptyLibraryPage.h"
#include "ui/library/LibraryWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace omt;

class TestSampleLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_coverFolder;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<CoverLoader> m_covers;
    std::unique_ptr<LibraryWindow> m_window;

    void openWindow()
    {
        auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        m_db->database().closeThreadConnection();
        m_storage = std::make_unique<AsyncStorage>(m_db->database());
        m_service = std::make_unique<LibraryService>(*m_storage, owner->id);
        m_covers = std::make_unique<CoverLoader>(test::coverSettingsIn(m_coverFolder.path()));
        m_window = std::make_unique<LibraryWindow>(*m_service, *m_covers, *owner, QStringLiteral("test"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    JobProgressWidget *progress() const { return m_window->findChild<JobProgressWidget *>(); }
    QPushButton *sampleButton() const { return m_window->findChild<EmptyLibraryPage *>()->sampleButton(); }
    int itemsStored() { return MediaRepository(m_db->database()).count({}).value(); }

    /// Clicks "sample library" on the empty page and waits for its first progress.
    void startSample()
    {
        QTRY_VERIFY(sampleButton()->isVisible());
        QTRY_VERIFY(sampleButton()->isEnabled());
        QTest::mouseClick(sampleButton(), Qt::LeftButton);
        QVERIFY(progress()->isVisible());
        QVERIFY(!sampleButton()->isEnabled());
        QVERIFY(progress()->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(progress()->bar()->value() > 0, 30000);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        OMT_FRESH_DATABASE(m_db);
        openWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_covers.reset();
        m_service.reset();
        m_storage.reset();
        m_db.reset();
    }

    void cancelLeavesTheLibraryEmptyThenItIsMadeWhole()
    {
        QVERIFY(!progress()->isVisible());
        startSample();
        const QString label = progress()->label()->text();
        QVERIFY2(label.startsWith(QLatin1String("Creating a sample library"))
                && label.endsWith(QLatin1String("%")),
            qPrintable(label));
        QCOMPARE(progress()->label()->accessibleName(), label);
        QCOMPARE(progress()->bar()->accessibleName(), QStringLiteral("Creating a sample library"));
        QCOMPARE(progress()->cancelButton()->accessibleName(),
            QStringLiteral("Cancel: Creating a sample library"));

        QTest::mouseClick(progress()->cancelButton(), Qt::LeftButton);
        QVERIFY(!progress()->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!progress()->isVisible(), 60000);
        QCOMPARE(itemsStored(), 0);
        QVERIFY(sampleButton()->isEnabled());
        QVERIFY2(m_window->statusNotice()->text().contains(QLatin1String("No sample library")),
            qPrintable(m_window->statusNotice()->text()));

        // The window still answers: a search runs and finds nothing.
        LibraryTableModel *model = m_window->libraryModel();
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QSignalSpy loaded(model, &LibraryTableModel::loaded);
        QTest::keyClicks(search, QStringLiteral("night"));
        QTRY_VERIFY(loaded.size() > 0 && model->source().searchText == QLatin1String("night"));
        QCOMPARE(model->rowCount(), 0);
        search->clear();

        // Again, to the end: the items appear.
        startSample();
        QTRY_VERIFY_WITH_TIMEOUT(!progress()->isVisible(), 120000);
        QTRY_COMPARE(model->rowCount(), 2000);
        QCOMPARE(itemsStored(), 2000);
        QVERIFY2(m_window->statusNotice()->text().contains(QLocale().toString(2000)),
            qPrintable(m_window->statusNotice()->text()));
    }

    void closingTheWindowCancelsTheJob()
    {
        startSample();
        m_window->close();
        // Destroying the window waits for the job, which removes what it wrote.
        m_window.reset();
        QCOMPARE(itemsStored(), 0);
    }
};

QTEST_MAIN(TestSampleLibrary)
#include "tst_samplelibrary.moc"
