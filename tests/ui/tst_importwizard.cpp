// File → Import… and the empty library's Import… button: choose an export,
// see what importing it would do, import it while the window stays usable.

#include "OwnerWindow.h"
#include "TestScreenshots.h"
#include "models/LibraryTableModel.h"
#include "storage/MediaRepository.h"
#include "ui/app/Translations.h"
#include "ui/common/StatusNotice.h"
#include "ui/importing/ImportWizard.h"
#include "ui/library/EmptyLibraryPage.h"
#include "ui/library/LibraryActions.h"
#include "ui/library/LibraryWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace omt;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(OMT_IMPORT_DATA "/") + QString::fromLatin1(name);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    test::OwnerWindow m_owner;
    LibraryWindow *m_window = nullptr;

    void openWindow()
    {
        m_owner.open(*m_db);
        m_window = m_owner.window.get();
        QVERIFY(m_window);
        m_window->resize(1100, 700);
        QTRY_VERIFY(!m_window->libraryModel()->isLoading());
    }

    int itemsStored() { return MediaRepository(m_db->database()).count({}).value(); }

    /// Opens the wizard through File → Import… and returns it (it deletes
    /// itself when it closes).
    QPointer<ImportWizard> openWizard()
    {
        m_window->actions()->importMedia->trigger();
        QPointer<ImportWizard> wizard;
        [&] { QTRY_VERIFY((wizard = m_window->findChild<ImportWizard *>()) && wizard->isVisible()); }();
        return wizard;
    }

    /// Types the file's path and asks for the preview.
    static void preview(ImportWizard *wizard, const QString &path)
    {
        auto *field = wizard->findChild<QLineEdit *>(QStringLiteral("path"));
        field->clear();
        QTest::keyClicks(field, path);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    }

    static QString text(ImportWizard *wizard, const char *label)
    {
        return wizard->findChild<QLabel *>(QLatin1String(label))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance());
    }
    void init() { OMT_FRESH_DATABASE(m_db); }
    void cleanup()
    {
        m_window = nullptr;
        m_owner.close();
        m_db.reset();
    }

    void importsFromTheEmptyLibrary()
    {
        openWindow();
        auto *empty = m_window->findChild<EmptyLibraryPage *>();
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->importButton()->isEnabled());
        QTest::mouseClick(empty->importButton(), Qt::LeftButton);
        QPointer<ImportWizard> wizard;
        QTRY_VERIFY((wizard = m_window->findChild<ImportWizard *>()) && wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));

        preview(wizard, sample("goodreads_library_export.csv"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::PreviewPage), 20000);
        // Nothing is written by the preview.
        QCOMPARE(itemsStored(), 0);
        const QString summary = text(wizard, "summary");
        QVERIFY2(summary.contains(QStringLiteral("Goodreads library export of 5 rows")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("adds 5, updates 0 and leaves 0")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("New in the catalogue: 5 items. New lists: 4.")),
            qPrintable(summary));
        auto *problems = wizard->findChild<QTreeWidget *>(QStringLiteral("problems"));
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->topLevelItemCount(), 2);
        QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("goodreads_library_export.csv"));
        QCOMPARE(problems->topLevelItem(0)->text(1), QStringLiteral("7"));
        QVERIFY(problems->topLevelItem(1)->text(2).contains(QStringLiteral("2022/31/12")));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Import"));
        test::screenshot(wizard, QStringLiteral("import-preview"));

        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!wizard);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->libraryModel()->rowCount(), 5, 20000);
        QCOMPARE(itemsStored(), 5);
        QTRY_VERIFY2(m_window->statusNotice()->text().contains(QStringLiteral("Imported 5 rows")),
            qPrintable(m_window->statusNotice()->text()));
        test::screenshot(m_window, QStringLiteral("import-done"));
    }

    void aSecondImportOfTheSameFileHasNothingToDo()
    {
        openWindow();
        QPointer<ImportWizard> wizard = openWizard();
        preview(wizard, sample("goodreads_library_export.csv"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::PreviewPage), 20000);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(itemsStored(), 5, 20000);
        QTRY_VERIFY(m_window->statusNotice()->text().contains(QStringLiteral("Imported")));

        wizard = openWizard();
        preview(wizard, sample("goodreads_library_export.csv"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::PreviewPage), 20000);
        QVERIFY2(text(wizard, "summary").contains(QStringLiteral("there is nothing to import")),
            qPrintable(text(wizard, "summary")));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&Close"));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!wizard);
        QCOMPARE(itemsStored(), 5);
    }

    void filesItCannotReadKeepTheFirstPage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("another kind of file")
            << sample("letterboxd_diary.csv") << QStringLiteral("is no export OmniMediaTrak knows");
        QTest::newRow("no such file") << sample("nothing here.csv") << QStringLiteral("There is no file");
        QTest::newRow("no file at all") << QString() << QStringLiteral("Choose the export file");
    }
    void filesItCannotReadKeepTheFirstPage()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        openWindow();
        QPointer<ImportWizard> wizard = openWizard();
        preview(wizard, path);
        auto *label = wizard->findChild<QLabel *>(QStringLiteral("fileMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            label->isVisible() && label->text().contains(message), qPrintable(label->text()), 20000);
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        // The file's format, chosen by hand, is checked too.
        if (path.endsWith(QLatin1String("letterboxd_diary.csv"))) {
            auto *format = wizard->findChild<QComboBox *>(QStringLiteral("format"));
            format->setCurrentIndex(format->findData(QStringLiteral("goodreads")));
            QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(
                label->text().contains(QStringLiteral("is not a Goodreads library export")), 20000);
            test::screenshot(wizard, QStringLiteral("import-wrong-file"));
        }
        QCOMPARE(itemsStored(), 0);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
