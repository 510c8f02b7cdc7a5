#include "TestCovers.h"
#include "TestDatabase.h"
#include "TestScreenshots.h"
#include "core/TextKeys.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "models/ModelRoles.h"
#include "models/SidebarModel.h"
#include "net/CoverLoader.h"
#include "storage/AsyncStorage.h"
#include "storage/InteractionRepository.h"
#include "storage/LibraryGeneration.h"
#include "storage/ListItemRepository.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "storage/UserRepository.h"
#include "ui/app/Translations.h"
#include "ui/common/TextBlock.h"
#include "ui/edit/MediaEditDialog.h"
#include "ui/library/CoverGridView.h"
#include "ui/library/EmptyLibraryPage.h"
#include "ui/library/LibraryActions.h"
#include "ui/library/LibraryTableView.h"
#include "ui/library/LibraryWindow.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/settings/ProfilePreferences.h"
#include "ui/tracking/RatingWidget.h"
#include "ui/tracking/TrackingPanel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omt;

class TestLibraryWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_service;
    QTemporaryDir m_coverFolder;
    std::unique_ptr<CoverLoader> m_covers;
    std::unique_ptr<LibraryWindow> m_window;
    User m_owner;

    void addBook(const QString &title, int year, const QJsonObject &attributes = {})
    {
        Media item;
        item.title = title;
        item.type = MediaType::Book;
        item.mediaClass = QStringLiteral("text.book");
        item.releaseDate = QDate(year, 6, 1);
        item.attributes = attributes;
        OMT_VERIFY_OK(MediaRepository(m_db->database()).create(item));
    }

    void openWindow()
    {
        m_db->database().closeThreadConnection();
        m_storage = std::make_unique<AsyncStorage>(m_db->database());
        m_service = std::make_unique<LibraryService>(*m_storage, m_owner.id);
        m_service->profile().adopt(m_owner.profileSettings);
        m_covers = std::make_unique<CoverLoader>(test::coverSettingsIn(m_coverFolder.path()));
        m_window = std::make_unique<LibraryWindow>(*m_service, *m_covers, m_owner, QStringLiteral("test"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(!model()->isLoading());
    }

    LibraryTableModel *model() const { return m_window->libraryModel(); }
    QStackedWidget *centre() const { return m_window->findChild<QStackedWidget *>(); }
    LibraryTableView *table() const { return m_window->findChild<LibraryTableView *>(); }
    QString titleAt(int row) const { return model()->index(row, LibraryTableModel::Title).data().toString(); }

    /// Opens the add dialog through the File menu's action and returns it.
    /// Guarded: the dialog deletes itself when it closes.
    QPointer<MediaEditDialog> openAddDialog()
    {
        m_window->actions()->addMedia->trigger();
        QPointer<MediaEditDialog> dialog;
        [&] { QTRY_VERIFY((dialog = m_window->findChild<MediaEditDialog *>()) && dialog->isVisible()); }();
        return dialog;
    }

    void clickOk(MediaEditDialog *dialog)
    {
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    std::optional<Interaction> interactionAt(int row) const
    {
        const LibraryRow *value = model()->rowAt(row);
        return value ? value->interaction : std::nullopt;
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
        OMT_FRESH_DATABASE(m_db);
        auto owner = UserRepository(m_db->database()).ensureOwnerProfile();
        OMT_VERIFY_OK(owner);
        m_owner = *owner;
    }

    void cleanup()
    {
        m_window.reset();
        m_service.reset();
        m_storage.reset();
        m_db.reset();
    }

    void emptyLibraryOffersASampleLibrary()
    {
        openWindow();
        auto *empty = m_window->findChild<EmptyLibraryPage *>();
        QTRY_COMPARE(centre()->currentWidget(), empty);
        QVERIFY(empty->addButton()->isEnabled());
        QVERIFY(empty->importButton()->isEnabled());
        QTest::mouseClick(empty->sampleButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() == 2000, 30000);
        QTRY_COMPARE(centre()->currentWidget(), table());
        QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("itemCount"))->text(),
            QStringLiteral("2,000 items"));
        // The sidebar counts the new items per type.
        auto *sidebar = m_window->findChild<SidebarModel *>();
        QTRY_COMPARE(sidebar->totalCount(), 2000);
    }

    void addedItemIsFoundBySearch()
    {
        addBook(QStringLiteral("Dune"), 1965);
        openWindow();
        const QPointer<MediaEditDialog> dialog = openAddDialog();
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
        QTest::keyClicks(title, QStringLiteral("Piranesi"));
        clickOk(dialog);
        QTRY_COMPARE(model()->rowCount(), 2);
        // The new item is selected and shown where the title order puts it.
        QCOMPARE(titleAt(1), QStringLiteral("Piranesi"));
        QTRY_COMPARE(m_window->selectedCount(), 1);
        QVERIFY(table()->selectionModel()->isRowSelected(1, {}));

        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        // The dialog is gone; focus comes back to the window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->actions()->find->trigger();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("piran"));
        QTRY_COMPARE(model()->source().kind, LibrarySource::Kind::Search);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(titleAt(0), QStringLiteral("Piranesi"));
        // Esc clears the search and shows the whole library again.
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(model()->source().kind, LibrarySource::Kind::Catalogue);
        QTRY_COMPARE(model()->rowCount(), 2);

        // A page pasted into the field is cut to what a search looks at,
        // and still finds what its words match.
        QGuiApplication::clipboard()->setText(QStringLiteral("piranesi ").repeated(2000));
        search->paste();
        QCOMPARE(search->text().size(), qsizetype(TextKeys::MaxSearchTextLength));
        QTRY_COMPARE(model()->source().kind, LibrarySource::Kind::Search);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(titleAt(0), QStringLiteral("Piranesi"));
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(model()->rowCount(), 2);
    }

    void invalidAttributesBlockSaving()
    {
        openWindow();
        const QPointer<MediaEditDialog> dialog = openAddDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("title")), QStringLiteral("Broken"));
        auto *attributes
            = dialog->findChild<QWidget *>(QStringLiteral("attributes"))->findChild<QPlainTextEdit *>();
        attributes->setPlainText(QStringLiteral("{\n  \"pages\": \n}"));
        clickOk(dialog);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->problem().contains(QStringLiteral("line 3")), qPrintable(dialog->problem()));
        QVERIFY(dialog->problem().contains(QStringLiteral("Attributes")));
        QTest::qWait(100);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(dialog);

        attributes->setPlainText(QStringLiteral("{\"pages\": 320}"));
        clickOk(dialog);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(titleAt(0), QStringLiteral("Broken"));
    }

    void trackingSetsDatesAndUndoRestores()
    {
        addBook(QStringLiteral("Middlemarch"), 1871, QJsonObject { { QStringLiteral("pages"), 880 } });
        openWindow();
        m_window->selectItem(model()->mediaIdAt(0));
        auto *tracking = m_window->findChild<TrackingPanel *>();
        QTRY_COMPARE(tracking->mediaId(), model()->mediaIdAt(0));
        QTRY_VERIFY(tracking->isEnabled());

        auto *status = tracking->findChild<QComboBox *>();
        QVERIFY(status);
        const int inProgress = status->findText(displayName(Status::InProgress));
        QVERIFY(inProgress >= 0);
        // As a person picks it from the list.
        status->setCurrentIndex(inProgress);
        Q_EMIT status->activated(inProgress);
        QTRY_VERIFY(interactionAt(0) && interactionAt(0)->status == Status::InProgress);
        QVERIFY(interactionAt(0)->startedAt.isValid());
        QVERIFY(!interactionAt(0)->completedAt.isValid());

        m_window->actions()->incrementProgress->trigger();
        QTRY_COMPARE(interactionAt(0)->progress, 1);
        m_window->actions()->markCompleted->trigger();
        QTRY_COMPARE(interactionAt(0)->status, Status::Completed);
        QVERIFY(interactionAt(0)->completedAt.isValid());
        QCOMPARE(interactionAt(0)->progress, 880);
        QCOMPARE(
            model()->index(0, LibraryTableModel::Status).data().toString(), displayName(Status::Completed));

        // Ctrl+Z walks back one change at a time, down to untracked.
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QTRY_COMPARE(interactionAt(0)->status, Status::InProgress);
        QVERIFY(!interactionAt(0)->completedAt.isValid());
        QCOMPARE(interactionAt(0)->progress, 1);
        m_window->undoStack()->undo();
        m_window->undoStack()->undo();
        QTRY_VERIFY(!interactionAt(0));
        QTRY_COMPARE(status->currentIndex(), 0);
        // Redo brings back exactly what was stored.
        m_window->undoStack()->redo();
        QTRY_VERIFY(interactionAt(0) && interactionAt(0)->status == Status::InProgress);
    }

    void profileSettingsChangeHowRatingsTitlesAndViewsRead()
    {
        addBook(QStringLiteral("Sen to Chihiro no Kamikakushi"), 2001,
            QJsonObject { { QStringLiteral("titles"),
                QJsonObject { { QStringLiteral("en"), QStringLiteral("Spirited Away") } } } });
        openWindow();
        m_window->selectItem(model()->mediaIdAt(0));
        auto *rating = m_window->findChild<RatingWidget *>();
        QVERIFY(rating);
        QTRY_VERIFY(rating->isEnabled());
        rating->setRatingByUser(7);
        QTRY_VERIFY(interactionAt(0) && interactionAt(0)->rating == 7);
        const QModelIndex ratingCell = model()->index(0, LibraryTableModel::Rating);
        QCOMPARE(ratingCell.data().toString(), QStringLiteral("★★★½"));
        QCOMPARE(rating->valueText(), QStringLiteral("3½ of 5 stars"));
        QCOMPARE(titleAt(0), QStringLiteral("Sen to Chihiro no Kamikakushi"));

        m_window->actions()->preferences->trigger();
        // The dialog deletes itself when closed: a guarded pointer tells.
        QPointer<PreferencesDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()) && dialog->isVisible());
        ProfilePreferences *profile = dialog->profilePreferences();
        profile->ratingScale()->setCurrentIndex(
            profile->ratingScale()->findData(int(RatingScale::TenPoints)));
        profile->startView()->setCurrentIndex(profile->startView()->findData(int(StartView::Grid)));
        const int english = profile->titleLanguage()->findData(QStringLiteral("en"));
        QVERIFY(english > 0);
        profile->titleLanguage()->setCurrentIndex(english);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        // At once, everywhere the window shows them.
        QCOMPARE(ratingCell.data().toString(), QStringLiteral("7/10"));
        QCOMPARE(rating->scale(), RatingScale::TenPoints);
        QCOMPARE(rating->valueText(), QStringLiteral("7 of 10"));
        QCOMPARE(titleAt(0), QStringLiteral("Spirited Away"));
        auto *detailsTitle = m_window->findChild<TextBlock *>(QStringLiteral("detailsTitle"));
        QVERIFY(detailsTitle);
        QCOMPARE(detailsTitle->text(), QStringLiteral("Spirited Away"));
        // Lists sort and search by the catalogue title: the pane names it.
        QVERIFY(detailsTitle->toolTip().contains(QStringLiteral("Sen to Chihiro")));
        // Clicking the eighth point gives 8, as ten points read.
        QTest::mouseClick(rating, Qt::LeftButton, {}, rating->starRect(7).center());
        QTRY_COMPARE(interactionAt(0)->rating, 8);
        QCOMPARE(ratingCell.data().toString(), QStringLiteral("8/10"));
        test::screenshot(m_window.get(), QStringLiteral("library-window-ten-points"));

        // Kept in the library: another computer opening it reads the same.
        const auto stored = UserRepository(m_db->database()).get(m_owner.id);
        OMT_VERIFY_OK(stored);
        QCOMPARE(ProfileSettings::fromJson(stored->profileSettings).ratingScale, RatingScale::TenPoints);
        m_owner = *stored;
        m_window.reset();
        m_service.reset();
        m_storage.reset();
        QSettings().setValue(QStringLiteral("library/view"), QStringLiteral("table"));
        openWindow();
        QCOMPARE(m_window->viewMode(), LibraryWindow::ViewMode::Grid);
        QCOMPARE(model()->index(0, LibraryTableModel::Rating).data().toString(), QStringLiteral("8/10"));
        QCOMPARE(titleAt(0), QStringLiteral("Spirited Away"));
    }

    void aProfileThatCannotBeSavedKeepsTheDialogOpen()
    {
        addBook(QStringLiteral("Solaris"), 1961);
        openWindow();
        // Gone from under the window: nothing can be saved for this user.
        OMT_VERIFY_OK(UserRepository(m_db->database()).remove(m_owner.id));
        m_window->actions()->preferences->trigger();
        QPointer<PreferencesDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()) && dialog->isVisible());
        QComboBox *scale = dialog->profilePreferences()->ratingScale();
        scale->setCurrentIndex(scale->findData(int(RatingScale::TenPoints)));
        dialog->diskLimit()->setValue(321);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        // A save that wrongly succeeded closes (and deletes) the dialog.
        QTRY_VERIFY(!dialog || dialog->profileError()->isVisible());
        QVERIFY(dialog);
        QVERIFY2(dialog->profileError()->text().contains(QStringLiteral("not saved")),
            qPrintable(dialog->profileError()->text()));
        // Still open with what was chosen; nothing of it applied.
        QVERIFY(dialog->isVisible());
        QCOMPARE(RatingScale(scale->currentData().toInt()), RatingScale::TenPoints);
        QCOMPARE(m_service->profile().ratingScale(), RatingScale::FiveStars);
        QCOMPARE(RatingScale(model()->index(0, LibraryTableModel::Rating).data(RatingScaleRole).toInt()),
            RatingScale::FiveStars);
        QVERIFY(!QSettings().contains(QStringLiteral("covers/diskCacheMegabytes")));
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void headerClickSortsInTheDatabase()
    {
        addBook(QStringLiteral("Beta"), 2001);
        addBook(QStringLiteral("Alpha"), 2010);
        addBook(QStringLiteral("Gamma"), 1990);
        openWindow();
        QCOMPARE(titleAt(0), QStringLiteral("Alpha"));
        QHeaderView *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(LibraryTableModel::Year)
            + header->sectionSize(LibraryTableModel::Year) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(model()->source().query.sortKey, MediaSortKey::ReleaseDate);
        QTRY_COMPARE(titleAt(0), QStringLiteral("Gamma"));
        QCOMPARE(titleAt(2), QStringLiteral("Alpha"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(titleAt(0), QStringLiteral("Alpha"));
        QCOMPARE(header->sortIndicatorSection(), int(LibraryTableModel::Year));

        // A column the database cannot sort by keeps the rows and the indicator.
        const int creators = header->sectionViewportPosition(LibraryTableModel::Creators) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(creators, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(LibraryTableModel::Year));
        QCOMPARE(titleAt(0), QStringLiteral("Alpha"));

        // The next start opens in the same order.
        m_window->close();
        m_window.reset();
        openWindow();
        QCOMPARE(model()->source().query.sortKey, MediaSortKey::ReleaseDate);
        QCOMPARE(model()->source().query.direction, SortDirection::Descending);
        QCOMPARE(titleAt(0), QStringLiteral("Alpha"));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(LibraryTableModel::Year));
    }

    void viewModeSwitchesAndIsRemembered()
    {
        addBook(QStringLiteral("Dune"), 1965);
        openWindow();
        QTRY_COMPARE(centre()->currentWidget(), table());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        auto *grid = m_window->findChild<CoverGridView *>();
        QCOMPARE(centre()->currentWidget(), grid);
        QCOMPARE(m_window->viewMode(), LibraryWindow::ViewMode::Grid);
        // The grid shows the same rows with the same selection.
        m_window->selectItem(model()->mediaIdAt(0));
        QVERIFY(grid->selectionModel()->isRowSelected(0, {}));
        m_window->close();
        m_window.reset();

        openWindow();
        QTRY_COMPARE(centre()->currentWidget(), m_window->findChild<CoverGridView *>());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(centre()->currentWidget(), table());
    }

    void deleteAsksAndUndoBringsItBack()
    {
        addBook(QStringLiteral("Alpha"), 2001);
        addBook(QStringLiteral("Beta"), 2002);
        openWindow();
        const QUuid beta = model()->mediaIdAt(1);
        m_window->selectItem(beta);
        m_window->actions()->deleteMedia->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("Beta")));
        QPushButton *remove = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                remove = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(titleAt(0), QStringLiteral("Alpha"));
        m_window->undoStack()->undo();
        QTRY_COMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->mediaIdAt(1), beta);
    }

    void selectingTheWholeLibraryReachesRowsNotLoaded()
    {
        GeneratorSpec spec;
        spec.media = 1500;
        spec.users = 1;
        OMT_VERIFY_OK(LibraryGeneration(m_db->database()).run(spec));
        openWindow();
        QCOMPARE(model()->rowCount(), 1500);
        // Only the first page is in memory; the selection covers every row.
        QVERIFY(!model()->loadedRowAt(1400));
        table()->setFocus();
        m_window->actions()->selectAll->trigger();
        QCOMPARE(m_window->selectedCount(), 1500);
        QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("itemCount"))
                        ->text()
                        .contains(QStringLiteral("1,500 selected")));
        m_window->actions()->setStatus.at(int(Status::OnHold))->trigger();
        InteractionRepository interactions(m_db->database());
        QTRY_COMPARE_WITH_TIMEOUT(
            interactions.countByStatus(m_owner.id).value().value(Status::OnHold), 1500, 10000);
        m_window->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(
            interactions.countByStatus(m_owner.id).value().value(Status::OnHold), 0, 10000);

        // Adding the selection to a list adds every row too.
        MediaList list;
        list.ownerId = m_owner.id;
        list.name = QStringLiteral("Everything");
        auto created = ListRepository(m_db->database()).create(list);
        OMT_VERIFY_OK(created);
        auto *sidebar = m_window->findChild<SidebarModel *>();
        QSignalSpy refreshed(sidebar, &SidebarModel::refreshed);
        sidebar->refresh();
        QVERIFY(refreshed.wait());
        QMenu *menu = m_window->actions()->addToListMenu;
        Q_EMIT menu->aboutToShow();
        QAction *everything = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == list.name)
                everything = action;
        }
        QVERIFY(everything);
        everything->trigger();
        ListItemRepository items(m_db->database());
        QTRY_COMPARE_WITH_TIMEOUT(items.itemCount(created->id).value(), 1500, 10000);
    }

    void statusOfManyItemsAtOnce()
    {
        for (const char *title : { "One", "Three", "Two" })
            addBook(QString::fromLatin1(title), 2000);
        openWindow();
        table()->setFocus();
        m_window->actions()->selectAll->trigger();
        QCOMPARE(m_window->selectedCount(), 3);
        QAction *planned = m_window->actions()->setStatus.at(int(Status::Planned));
        planned->trigger();
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY(interactionAt(row) && interactionAt(row)->status == Status::Planned);
        m_window->undoStack()->undo();
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY(!interactionAt(row));
    }
};

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
