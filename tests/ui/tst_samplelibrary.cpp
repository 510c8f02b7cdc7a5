// The sample library of an empty library: made on a thread of its own with
// progress and Cancel in the status bar, while the window stays usable.

#include "OwnerWindow.h"
#include "models/LibraryTableModel.h"
#include "storage/MediaRepository.h"
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
#include <QTest>

using namespace omt;

class TestSampleLibrary : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    test::OwnerWindow m_owner;
    LibraryWindow *m_window = nullptr;

    void openWindow()
    {
        m_owner.open(*m_db);
        m_window = m_owner.window.get();
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
        m_window = nullptr;
        m_owner.close();
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
        m_window = nullptr;
        m_owner.window.reset();
        QCOMPARE(itemsStored(), 0);
    }
};

QTEST_MAIN(TestSampleLibrary)
#include "tst_samplelibrary.moc"
