#include "TestDatabase.h"
#include "models/LibraryService.h"
#include "models/SidebarModel.h"
#include "storage/AsyncStorage.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace omt;

class TestSidebarModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    QUuid m_owner;

    Media addMedia(const QString &title, MediaType type, const QString &mediaClass)
    {
        Media item;
        item.title = title;
        item.type = type;
        item.mediaClass = mediaClass;
        auto created = MediaRepository(m_db->database()).create(item);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return *created;
    }

    static QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data().toString() == name)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_DATABASE(m_db);
        auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        m_owner = owner->id;
    }
    void cleanup() { m_db.reset(); }

    void countsTypesClassesAndLists()
    {
        addMedia(QStringLiteral("Dune"), MediaType::Book, QStringLiteral("text.book.novel"));
        addMedia(QStringLiteral("Emma"), MediaType::Book, QStringLiteral("text.book"));
        addMedia(QStringLiteral("Alien"), MediaType::Film, QStringLiteral("video.film.feature"));
        MediaList manual;
        manual.ownerId = m_owner;
        manual.name = QStringLiteral("Favourites");
        OMT_VERIFY_OK(ListRepository(m_db->database()).create(manual));
        MediaList smart;
        smart.ownerId = m_owner;
        smart.name = QStringLiteral("Unfinished");
        smart.type = ListType::Smart;
        OMT_VERIFY_OK(ListRepository(m_db->database())
                          .create(smart, QJsonObject { { QStringLiteral("all"), QJsonArray {} } }));
        m_db->database().closeThreadConnection();

        AsyncStorage storage(m_db->database());
        LibraryService service(storage, m_owner);
        SidebarModel model(service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy refreshed(&model, &SidebarModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait());

        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.allMediaIndex().data(SidebarModel::CountRole).toInt(), 3);
        QCOMPARE(
            model.find(SidebarModel::Kind::Type, int(MediaType::Book)).data(SidebarModel::CountRole).toInt(),
            2);
        QCOMPARE(
            model.find(SidebarModel::Kind::Type, int(MediaType::Game)).data(SidebarModel::CountRole).toInt(),
            0);

        // The class tree sums its subtrees: "text" holds both books.
        const QModelIndex classes = child(model, {}, QStringLiteral("Classes"));
        QVERIFY(classes.isValid());
        const QModelIndex text = child(model, classes, QStringLiteral("text"));
        QCOMPARE(text.data(SidebarModel::CountRole).toInt(), 2);
        const QModelIndex book = child(model, text, QStringLiteral("book"));
        QCOMPARE(book.data(SidebarModel::KeyRole).toString(), QStringLiteral("text.book"));
        QCOMPARE(book.data(SidebarModel::CountRole).toInt(), 2);
        QCOMPARE(child(model, book, QStringLiteral("novel")).data(SidebarModel::CountRole).toInt(), 1);
        QCOMPARE(model.classPaths().size(), 3);

        const QModelIndex lists = child(model, {}, QStringLiteral("Lists"));
        const QModelIndex favourites = child(model, lists, QStringLiteral("Favourites"));
        QVERIFY(favourites.flags() & Qt::ItemIsSelectable);
        QVERIFY(favourites.flags() & Qt::ItemIsDropEnabled);
        QVERIFY(favourites.flags() & Qt::ItemIsEditable);
        const QModelIndex smartLists = child(model, {}, QStringLiteral("Smart lists"));
        const QModelIndex unfinished = child(model, smartLists, QStringLiteral("Unfinished"));
        QVERIFY(unfinished.isValid());
        // Smart lists open (their rule picks the items) but take no drops.
        QVERIFY(unfinished.flags() & Qt::ItemIsSelectable);
        QVERIFY(!(unfinished.flags() & Qt::ItemIsDropEnabled));
        QCOMPARE(unfinished.data(SidebarModel::CountRole), QVariant());
        QCOMPARE(model.manualLists().size(), 1);

        // A new item of an existing class only changes counts: rows stay.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex persistentBook(book);
        storage.run(
            [](Repositories &r) {
                Media item;
                item.title = QStringLiteral("Persuasion");
                item.mediaClass = QStringLiteral("text.book");
                return r.media.create(item);
            },
            &model, [](Result<Media>) {});
        model.refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 3);
        QVERIFY(persistentBook.isValid());
        QCOMPARE(persistentBook.data(SidebarModel::CountRole).toInt(), 3);
        QCOMPARE(model.totalCount(), 4);

        // A new class changes the tree's shape.
        storage.run(
            [](Repositories &r) {
                Media item;
                item.title = QStringLiteral("Tetris");
                item.type = MediaType::Game;
                item.mediaClass = QStringLiteral("game.puzzle");
                return r.media.create(item);
            },
            &model, [](Result<Media>) {});
        model.refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(reset.size(), 1);
        QVERIFY(child(model, child(model, {}, QStringLiteral("Classes")), QStringLiteral("game")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSidebarModel)
#include "tst_sidebarmodel.moc"
