#include "TestCovers.h"
#include "TestDatabase.h"
#include "core/LibraryGenerator.h"
#include "models/LibraryCommands.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "models/MediaIdsMime.h"
#include "models/ModelRoles.h"
#include "models/RowCovers.h"
#include "models/RowPager.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/LibraryGeneration.h"
#include "storage/ListItemRepository.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace omt;

namespace {
constexpr int LibrarySize = 1234;

/// Every title of the catalogue in the query's order, read straight from the repository.
QStringList titlesInOrder(Database &database, const MediaQuery &query)
{
    MediaRepository media(database);
    QStringList titles;
    PageCursor cursor;
    do {
        auto page = media.page(query, cursor, 500);
        if (!page)
            return {};
        for (const MediaSummary &item : page->rows)
            titles.append(item.title);
        cursor = page->next;
    } while (!cursor.isStart());
    return titles;
}

QString titleAt(const LibraryTableModel &model, int row)
{
    return model.index(row, LibraryTableModel::Title).data().toString();
}
} // namespace

class TestLibraryTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<LibraryTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_owner;

    void openModel(const LibrarySource &source = LibrarySource::catalogue({}))
    {
        m_db->database().closeThreadConnection();
        m_storage = std::make_unique<AsyncStorage>(m_db->database());
        m_service = std::make_unique<LibraryService>(*m_storage, m_owner);
        m_model = std::make_unique<LibraryTableModel>(*m_service);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(m_model.get(), &LibraryTableModel::loaded);
        m_model->setSource(source);
        QVERIFY(loaded.wait());
    }

    /// Reads every row, waiting for pages as they arrive.
    QString waitForTitle(int row)
    {
        QString title;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!(title = titleAt(*m_model, row)).isEmpty(), 10000); }();
        return title;
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_DATABASE(m_db);
        GeneratorSpec spec;
        spec.media = LibrarySize;
        spec.interactions = 400;
        spec.users = 1;
        spec.seed = 7;
        OMT_VERIFY_OK(LibraryGeneration(m_db->database()).run(spec));
        auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        m_owner = owner->id;
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_service.reset();
        m_storage.reset();
        m_db.reset();
    }

    void coversArriveAsDataChangedForTheDecorationRole()
    {
        QTemporaryDir folder;
        QImage picture(60, 90, QImage::Format_RGB32);
        picture.fill(Qt::red);
        const QString path = folder.filePath(QStringLiteral("red.png"));
        QVERIFY(picture.save(path));
        Media item;
        item.title = QStringLiteral("Zyzzyva Covered");
        item.type = MediaType::Film;
        item.coverUrl = QUrl::fromLocalFile(path).toString();
        OMT_VERIFY_OK(MediaRepository(m_db->database()).create(item));
        item.title = QStringLiteral("Zyzzyva Bare");
        item.coverUrl.clear();
        OMT_VERIFY_OK(MediaRepository(m_db->database()).create(item));

        CoverLoader covers(test::coverSettingsIn(folder.path()));
        openModel(LibrarySource::search(QStringLiteral("Zyzzyva"), MediaQuery {}));
        m_model->setCoverLoader(&covers);
        m_model->setCoverSizes(QSize(10, 15), QSize(40, 60), 2.0);
        QCOMPARE(m_model->rowCount(), 2);
        const int coveredRow = titleAt(*m_model, 0) == item.title ? 1 : 0;
        const QModelIndex covered = m_model->index(coveredRow, LibraryTableModel::Title);
        const QModelIndex bare = m_model->index(1 - coveredRow, LibraryTableModel::Title);

        // At once: the type's placeholders, in the model's sizes.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QCOMPARE(covered.data(Qt::DecorationRole).userType(), QMetaType::QIcon);
        const QImage placeholder = covered.data(CoverRole).value<QImage>();
        QCOMPARE(placeholder.deviceIndependentSize().toSize(), QSize(40, 60));
        QCOMPARE(CoverState(covered.data(CoverStateRole).toInt()), CoverState::Loading);
        QCOMPARE(CoverState(bare.data(CoverStateRole).toInt()), CoverState::None);
        QCOMPARE(bare.data(CoverRole).value<QImage>().deviceIndependentSize().toSize(), QSize(40, 60));

        // Then one change of that row's cover roles, and the real cover.
        QTRY_VERIFY(!changed.isEmpty());
        const auto roles = changed.constLast().at(2).value<QList<int>>();
        QCOMPARE(changed.constLast().at(0).value<QModelIndex>(), covered);
        QVERIFY(roles.contains(Qt::DecorationRole) && roles.contains(CoverRole));
        QTRY_COMPARE(CoverState(covered.data(CoverStateRole).toInt()), CoverState::Loaded);
        const QImage cover = covered.data(CoverRole).value<QImage>();
        QCOMPARE(cover.size(), QSize(80, 120)); // device pixels at ratio 2
        QCOMPARE(cover.pixelColor(40, 60), QColor(Qt::red));
        QTRY_COMPARE(covered.data(Qt::DecorationRole).userType(), QMetaType::QImage);
        QCOMPARE(covered.data(Qt::DecorationRole).value<QImage>().size(), QSize(20, 30));
    }

    void knowsItsSizeAndLoadsFarRowsOnDemand()
    {
        const QStringList expected = titlesInOrder(m_db->database(), {});
        QCOMPARE(expected.size(), LibrarySize);
        openModel();
        QCOMPARE(m_model->rowCount(), LibrarySize);
        QCOMPARE(titleAt(*m_model, 0), expected.first());

        // A far row is not loaded yet: the view sees a loading row, then the real one.
        const QModelIndex far = m_model->index(LibrarySize - 3, LibraryTableModel::Title);
        QCOMPARE(far.data(LoadingRole).toBool(), true);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QCOMPARE(waitForTitle(LibrarySize - 3), expected.at(LibrarySize - 3));
        QVERIFY(!changed.isEmpty());
        // Rows in the middle, reached from the page anchors, are right too.
        for (int row : { RowPager::PageSize * 3 + 17, LibrarySize / 2, 401 })
            QCOMPARE(waitForTitle(row), expected.at(row));
    }

    void dragsCarryOnlyWholeSelections()
    {
        openModel();
        // Loaded rows drag; a selection reaching rows never loaded does not
        // start a drag that would silently leave them out.
        std::unique_ptr<QMimeData> loaded(m_model->mimeData({ m_model->index(0, 0), m_model->index(3, 0) }));
        QVERIFY(loaded);
        QCOMPARE(MediaIdsMime::decode(loaded.get()),
            (QList<QUuid> { m_model->mediaIdAt(0), m_model->mediaIdAt(3) }));
        const QModelIndex far = m_model->index(LibrarySize - 2, 0);
        QVERIFY(!m_model->loadedRowAt(far.row()));
        QVERIFY(!m_model->mimeData({ m_model->index(0, 0), far }));
        // The catalogue takes no drops.
        QVERIFY(!m_model->canDropMimeData(loaded.get(), Qt::MoveAction, 1, 0, {}));
        QVERIFY(!(m_model->flags({}) & Qt::ItemIsDropEnabled));
    }

    void sortsInTheDatabase()
    {
        openModel();
        QSignalSpy loaded(m_model.get(), &LibraryTableModel::loaded);
        m_model->sort(LibraryTableModel::Year, Qt::DescendingOrder);
        QVERIFY(loaded.wait());
        MediaQuery byYear;
        byYear.sortKey = MediaSortKey::ReleaseDate;
        byYear.direction = SortDirection::Descending;
        const QStringList expected = titlesInOrder(m_db->database(), byYear);
        QCOMPARE(titleAt(*m_model, 0), expected.first());
        QCOMPARE(waitForTitle(LibrarySize - 1), expected.last());
        // Columns the database cannot order by leave the view as it is.
        m_model->sort(LibraryTableModel::Creators);
        QVERIFY(!loaded.wait(200));
    }

    void addingRemovingAndEditingSignalExactRows()
    {
        openModel();
        LibraryService &editor = *m_service;
        QUndoStack undo;
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy written(&editor.feed(), &ChangeFeed::changed);

        MediaRecord record;
        record.media.title = QStringLiteral("!First of all");
        record.media.type = MediaType::Film;
        auto *add = new SaveMediaCommand(editor, std::nullopt, record);
        const QUuid id = add->mediaId();
        undo.push(add);
        QVERIFY(written.wait());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QCOMPARE(m_model->rowCount(), LibrarySize + 1);
        QCOMPARE(titleAt(*m_model, 0), record.media.title);
        QCOMPARE(m_model->mediaIdAt(0), id);

        // Renaming it moves it to the end: it leaves row 0 and enters the last row.
        MediaRecord added = record;
        added.media.id = id;
        MediaRecord renamed = added;
        // Full-width letters sort after every script the generator writes.
        renamed.media.title = QStringLiteral("Ｚｚ Last of all");
        undo.push(new SaveMediaCommand(editor, added, renamed));
        QVERIFY(written.wait());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.last().at(1).toInt(), 0);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), LibrarySize);
        QCOMPARE(waitForTitle(LibrarySize), renamed.media.title);

        // Deleting it removes exactly that row; undo brings it back to the same row.
        undo.push(new RemoveMediaCommand(editor, { id }, QStringLiteral("Delete")));
        QVERIFY(written.wait());
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.last().at(1).toInt(), LibrarySize);
        QCOMPARE(m_model->rowCount(), LibrarySize);
        undo.undo();
        QVERIFY(written.wait());
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.last().at(1).toInt(), LibrarySize);
        QCOMPARE(m_model->mediaIdAt(LibrarySize), id);

        // Undoing the rename and the add walks back through the same rows.
        undo.undo();
        QVERIFY(written.wait());
        QCOMPARE(m_model->mediaIdAt(0), id);
        undo.undo();
        QVERIFY(written.wait());
        QCOMPARE(m_model->rowCount(), LibrarySize);
        QVERIFY(m_model->mediaIdAt(0) != id);
    }

    void trackingChangesUpdateRowsInPlace()
    {
        openModel();
        LibraryService &editor = *m_service;
        QUndoStack undo;
        QSignalSpy written(&editor.feed(), &ChangeFeed::changed);
        // An untracked item on the first page.
        int row = -1;
        for (int i = 0; i < RowPager::PageSize && row < 0; ++i) {
            if (!m_model->index(i, 0).data(StatusRole).isValid())
                row = i;
        }
        QVERIFY(row >= 0);
        const QUuid id = m_model->mediaIdAt(row);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        InteractionPatch patch;
        patch.status = Status::Completed;
        patch.rating = 8;
        undo.push(new InteractionCommand(editor, { id }, patch, QStringLiteral("Complete")));
        QVERIFY(written.wait());
        QCOMPARE(m_model->index(row, 0).data(StatusRole).toInt(), int(Status::Completed));
        QCOMPARE(m_model->index(row, 0).data(RatingRole).toInt(), 8);
        QCOMPARE(
            m_model->index(row, LibraryTableModel::Status).data().toString(), displayName(Status::Completed));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), row);
        // Completing set the completion date.
        QVERIFY(m_model->rowAt(row)->interaction->completedAt.isValid());

        undo.undo();
        QVERIFY(written.wait());
        QVERIFY(!m_model->index(row, 0).data(StatusRole).isValid());
        QVERIFY(!m_model->index(row, 0).data(RatingRole).isValid());
    }

    void listsShowTheirItemsInPositionOrder()
    {
        QList<QUuid> chosen;
        auto first = MediaRepository(m_db->database()).page({}, PageCursor {}, 40);
        OMT_VERIFY_OK(first);
        for (int i : { 30, 2, 17 })
            chosen.append(first->rows.at(i).id);
        MediaList list;
        list.ownerId = m_owner;
        list.name = QStringLiteral("Picked");
        auto created = ListRepository(m_db->database()).create(list);
        OMT_VERIFY_OK(created);
        OMT_VERIFY_OK(ListItemRepository(m_db->database()).addItems(created->id, chosen));

        openModel(LibrarySource::list(created->id));
        QCOMPARE(m_model->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(m_model->mediaIdAt(row), chosen.at(row));
        // Sorting a list by a header keeps its own order.
        m_model->sort(LibraryTableModel::Title);
        QCOMPARE(m_model->mediaIdAt(0), chosen.at(0));

        // Deleting an item removes exactly its row from the list view.
        LibraryService &editor = *m_service;
        QSignalSpy written(&editor.feed(), &ChangeFeed::changed);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QUndoStack undo;
        undo.push(new RemoveMediaCommand(editor, { chosen.at(1) }, QStringLiteral("Delete")));
        QVERIFY(written.wait());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->mediaIdAt(1), chosen.at(2));
    }

    void searchResultsReplaceTheRowsAndSortInMemory()
    {
        openModel();
        const QString first = titleAt(*m_model, 0);
        const QString word = first.section(QLatin1Char(' '), 0, 0);
        QSignalSpy loaded(m_model.get(), &LibraryTableModel::loaded);
        m_model->setSource(LibrarySource::search(word));
        QVERIFY(loaded.wait());
        QVERIFY(m_model->rowCount() > 0);
        QVERIFY(m_model->rowCount() <= LibraryTableModel::SearchLimit);
        bool found = false;
        for (int row = 0; row < m_model->rowCount(); ++row)
            found = found || titleAt(*m_model, row) == first;
        QVERIFY(found);

        m_model->sort(LibraryTableModel::Title, Qt::DescendingOrder);
        QTRY_VERIFY(!m_model->isLoading());
        for (int row = 1; row < m_model->rowCount(); ++row)
            QVERIFY(QString::localeAwareCompare(
                        titleAt(*m_model, row - 1).toLower(), titleAt(*m_model, row).toLower())
                >= 0);

        // Typing fast: only the newest text counts.
        m_model->setSource(LibrarySource::search(QStringLiteral("zzzzqqq")));
        m_model->setSource(LibrarySource::search(QStringLiteral("zzzzqqqx")));
        m_model->setSource(LibrarySource::search(word));
        QTRY_COMPARE(m_model->source().searchText, word);
        QTRY_VERIFY(!m_model->isLoading());
        QVERIFY(m_model->rowCount() > 0);
    }

    void longSearchResultsOpenWithAPageAndSortWhole()
    {
        openModel();
        // A letter starting words of many generated titles, creators and descriptions.
        QSignalSpy loaded(m_model.get(), &LibraryTableModel::loaded);
        m_model->setSource(LibrarySource::search(QStringLiteral("s")));
        QVERIFY(loaded.wait());
        const int count = m_model->rowCount();
        QVERIFY2(count > RowPager::PageSize, qPrintable(QString::number(count)));
        QVERIFY(count <= LibraryTableModel::SearchLimit);
        // The first page comes with the results; the rest when shown.
        QVERIFY(m_model->rowAt(0));
        QVERIFY(!m_model->rowAt(count - 1));
        QVERIFY(!waitForTitle(count - 1).isEmpty());
        QCOMPARE(m_model->rowCount(), count);

        // Sorting takes every result into account, not only the rows read.
        m_model->sort(LibraryTableModel::Year, Qt::DescendingOrder);
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(m_model->rowCount(), count);
        int previous = std::numeric_limits<int>::max();
        for (int row = 0; row < count; ++row) {
            const LibraryRow *value = m_model->rowAt(row);
            QVERIFY2(value, qPrintable(QString::number(row)));
            const int year = value->media.releaseDate.isValid() ? value->media.releaseDate.year() : 0;
            QVERIFY2(year <= previous, qPrintable(QString::number(row)));
            previous = year;
        }
        // Typing on keeps the order chosen.
        m_model->setSource(LibrarySource::search(QStringLiteral("st")));
        QTRY_COMPARE(m_model->source().searchText, QStringLiteral("st"));
        QTRY_VERIFY(!m_model->isLoading());
        previous = std::numeric_limits<int>::max();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const LibraryRow *value = m_model->rowAt(row);
            QVERIFY(value);
            const int year = value->media.releaseDate.isValid() ? value->media.releaseDate.year() : 0;
            QVERIFY(year <= previous);
            previous = year;
        }
    }
};

QTEST_GUILESS_MAIN(TestLibraryTableModel)
#include "tst_librarytablemodel.moc"
