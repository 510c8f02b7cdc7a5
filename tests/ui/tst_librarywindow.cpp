#include "TestDatabase.h"
#include "storage/AsyncStorage.h"
#include "storage/MediaRepository.h"
#include "ui/library/LibraryWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace omt;

class TestLibraryWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

private Q_SLOTS:
    void init() { OMT_FRESH_DATABASE(m_db); }
    void cleanup() { m_db.reset(); }

    void typingSearchesTheLibrary()
    {
        MediaRepository media(m_db->database());
        for (const char *title : {"Dune", "Dune Messiah", "Neuromancer"}) {
            Media item;
            item.title = QString::fromUtf8(title);
            item.type = MediaType::Book;
            item.releaseDate = QDate(1965, 1, 1);
            OMT_VERIFY_OK(media.create(item));
        }
        m_db->database().closeThreadConnection();

        AsyncStorage storage(m_db->database());
        LibraryWindow window(storage, QStringLiteral("test"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *summary = window.statusBar()->findChild<QLabel *>();
        QVERIFY(summary);
        QTRY_COMPARE(summary->text(), QStringLiteral("3 items"));
        QTRY_COMPARE(window.findChild<QTreeWidget *>()->topLevelItemCount(), 3);

        auto *search = window.findChild<QLineEdit *>();
        auto *results = window.findChild<QTreeWidget *>();
        QVERIFY(search && results);
        QTest::keyClicks(search, QStringLiteral("dun"));
        QTRY_COMPARE(results->topLevelItemCount(), 2);
        QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Dune"));
        QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("1965"));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("neuro"));
        QTRY_COMPARE(results->topLevelItemCount(), 1);
        QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Neuromancer"));

        // Clearing the search shows the library from the start again.
        search->clear();
        QTRY_COMPARE(results->topLevelItemCount(), 3);
        QCOMPARE(results->topLevelItem(2)->text(0), QStringLiteral("Neuromancer"));
    }
};

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
