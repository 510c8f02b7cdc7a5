#include "TestDatabase.h"
#include "core/FilterParser.h"
#include "core/FilterWriter.h"
#include "models/LibraryService.h"
#include "storage/AsyncStorage.h"
#include "storage/InteractionRepository.h"
#include "storage/ListItemRepository.h"
#include "storage/ListRepository.h"
#include "storage/MediaRepository.h"
#include "ui/common/JsonEditor.h"
#include "ui/lists/FilterConditionRow.h"
#include "ui/lists/FilterEditor.h"
#include "ui/lists/FilterGroupWidget.h"
#include "ui/lists/FilterRuleBuilder.h"
#include "ui/lists/FilterValueEditor.h"
#include "ui/lists/ListDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace omt;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

FilterNode leaf(FilterField field, FilterOp op, FilterValue value, const QString &attributeKey = {})
{
    FilterNode node;
    node.kind = FilterNode::Kind::Condition;
    node.condition.field = field;
    node.condition.attributeKey = attributeKey;
    node.condition.op = op;
    node.condition.value = std::move(value);
    return node;
}

FilterNode group(FilterNode::Kind kind, QList<FilterNode> children)
{
    FilterNode node;
    node.kind = kind;
    node.children = std::move(children);
    return node;
}

QString text(const SmartFilter &filter)
{
    return QString::fromUtf8(FilterWriter::toText(filter));
}

/// Chooses an entry of a closed combo box the way a keyboard user does:
/// focus, Home, then Down until the entry is current.
void choose(QComboBox *combo, const QString &entry)
{
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int step = 0; step < combo->count() && combo->currentText() != entry; ++step)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), entry);
}

/// Replaces the text of a line edit or spin box by typing.
void retype(QWidget *editor, const QString &typed)
{
    editor->setFocus(Qt::TabFocusReason);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, typed);
}

/// Checks the entries of a checkable list by keyboard (arrow keys, Space).
void check(QListWidget *list, const QStringList &entries)
{
    list->setFocus(Qt::TabFocusReason);
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        const bool wanted = entries.contains(list->item(row)->text());
        if ((list->item(row)->checkState() == Qt::Checked) != wanted)
            QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(list->item(row)->checkState() == Qt::Checked, wanted);
    }
}

template<typename W>
W *editorOf(FilterConditionRow *row, int index = 0)
{
    const QList<QWidget *> editors = row->valueEditor()->editors();
    return index < editors.size() ? qobject_cast<W *>(editors.at(index)) : nullptr;
}

/// The number in a count line such as "1,234 matching items", or -1.
int countIn(const QLabel *label)
{
    const QString shown = label->text();
    QString digits;
    for (QChar c : shown) {
        if (c.isDigit())
            digits.append(c);
        else if (!digits.isEmpty() && c != QLocale().groupSeparator().at(0))
            break;
    }
    bool ok = false;
    const int number = digits.toInt(&ok);
    return ok && shown.contains(QLatin1String("matching")) ? number : -1;
}

void typeJson(JsonEditor *editor, const QString &json)
{
    QPlainTextEdit *edit = editor->textEdit();
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, json);
}

/// Shows a window and makes it active, so that focus can be checked.
bool showActive(QWidget *window)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

void clickOk(QDialog *dialog)
{
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TestListDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LibraryService> m_service;
    QUuid m_viewer;
    QUuid m_other;
    QHash<QString, QUuid> m_ids;
    MediaList m_favourites;

    void add(const char *title, MediaType type, const char *mediaClass, int year,
        const QJsonObject &attributes = {})
    {
        Media media;
        media.title = s(title);
        media.type = type;
        media.mediaClass = s(mediaClass);
        media.releaseDate = QDate(year, 6, 1);
        media.attributes = attributes;
        auto created = MediaRepository(m_db->database()).create(media);
        OMT_VERIFY_OK(created);
        m_ids.insert(media.title, created->id);
    }

    void track(const QUuid &user, const char *title, Status status, std::optional<int> rating = {})
    {
        Interaction interaction;
        interaction.userId = user;
        interaction.mediaId = m_ids.value(s(title));
        interaction.status = status;
        interaction.rating = rating;
        OMT_VERIFY_OK(InteractionRepository(m_db->database()).put(interaction));
    }

    static SmartFilter statusIs(Status status)
    {
        SmartFilter filter;
        filter.root = group(FilterNode::Kind::All, { leaf(FilterField::Status, FilterOp::Equal, status) });
        return filter;
    }

    /// A filter that uses every kind of value editor, written the way the
    /// rule builder writes it back.
    SmartFilter everyEditor() const
    {
        using enum FilterOp;
        using F = FilterField;
        using K = FilterNode::Kind;
        SmartFilter filter;
        filter.root = group(K::All,
            {
                leaf(F::MediaType, In, QList<MediaType> { MediaType::Comic, MediaType::Book }),
                leaf(F::MediaType, NotEqual, MediaType::Film),
                leaf(F::MediaClass, Under, s("text.book")),
                leaf(F::MediaClass, In, QStringList { s("video.film"), s("video.tv") }),
                leaf(F::Title, StartsWith, s("The")),
                leaf(F::ReleaseDate, Between, std::pair { QDate(1900, 1, 1), QDate(1999, 12, 31) }),
                leaf(F::ReleaseDate, Less, QDate(2001, 2, 3)),
                leaf(F::Country, Equal, s("GB")),
                leaf(F::Country, In, QStringList { s("GB"), s("IE") }),
                leaf(F::Creators, Contains, s("Le Guin")),
                leaf(F::Attribute, Greater, 500.0, s("pages")),
                leaf(F::Attribute, Equal, s("9780441013593"), s("isbn")),
                leaf(F::Attribute, Equal, true, s("illustrated")),
                leaf(F::Attribute, In, QStringList { s("hardcover"), s("paperback") }, s("format")),
                leaf(F::Attribute, Between, std::pair { 1.5, 2.25 }, s("weight")),
                leaf(F::Attribute, IsNull, true, s("series")),
                leaf(F::Status, In, QList<Status> { Status::Completed, Status::OnHold }),
                leaf(F::Status, IsNull, false),
                leaf(F::Progress, Between, std::pair { 10.0, 20.0 }),
                leaf(F::Rating, In, QList<double> { 8, 9, 10 }),
                leaf(F::StartedAt, WithinDays, 30),
                leaf(F::CompletedAt, IsNull, true),
                leaf(F::Notes, Contains, s("re-read")),
                leaf(F::InList, Equal, m_favourites.id),
                leaf(F::Text, Contains, s("desert planet")),
                group(K::Not,
                    { group(K::Any,
                        { leaf(F::Rating, Less, 5.0),
                            leaf(F::Title, In, QStringList { s("Love, Actually"), s("Heat") }) }) }),
                group(K::Not, { leaf(F::Title, Equal, s("Alien")) }),
                group(K::Any,
                    { leaf(F::ReleaseDate, GreaterOrEqual, QDate(2000, 1, 1)),
                        group(K::Not,
                            { group(K::All,
                                { leaf(F::Rating, IsNull, true), leaf(F::Progress, Equal, 0.0) }) }) }),
            });
        filter.sort = { { F::Rating, true }, { F::Title, false } };
        filter.limit = 50;
        return filter;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        OMT_FRESH_DATABASE(m_db);
        m_viewer = test::addUser(m_db->database(), QStringLiteral("viewer"));
        m_other = test::addUser(m_db->database(), QStringLiteral("other"));
        m_ids.clear();
        add("Dune", MediaType::Book, "text.book.novel", 1965, { { QStringLiteral("pages"), 412 } });
        add("Emma", MediaType::Book, "text.book.novel", 1815, { { QStringLiteral("pages"), 474 } });
        add("The Hobbit", MediaType::Book, "text.book.novel", 1937, { { QStringLiteral("pages"), 310 } });
        add("Neuromancer", MediaType::Book, "text.book.novel", 1984, { { QStringLiteral("pages"), 271 } });
        add("Heat", MediaType::Film, "video.film", 1995);
        add("Alien", MediaType::Film, "video.film", 1979);
        add("Hades", MediaType::Game, "game.video", 2020);
        track(m_viewer, "Dune", Status::Completed, 9);
        track(m_viewer, "The Hobbit", Status::Completed, 8);
        track(m_viewer, "Alien", Status::Completed, 7);
        track(m_viewer, "Emma", Status::InProgress);
        track(m_viewer, "Neuromancer", Status::InProgress);
        track(m_viewer, "Heat", Status::OnHold, 6);
        track(m_viewer, "Hades", Status::Planned);
        // Another member's tracking must never count for the viewer.
        track(m_other, "Heat", Status::InProgress);
        track(m_other, "Hades", Status::InProgress);

        ListRepository lists(m_db->database());
        MediaList favourites;
        favourites.ownerId = m_viewer;
        favourites.name = QStringLiteral("Favourites");
        auto created = lists.create(favourites);
        OMT_VERIFY_OK(created);
        m_favourites = *created;
        OMT_VERIFY_OK(ListItemRepository(m_db->database())
                          .addItems(m_favourites.id,
                              { m_ids.value(s("Dune")), m_ids.value(s("Heat")), m_ids.value(s("Emma")) }));

        // The worker opens its own connection; the fixture's is not needed.
        m_db->database().closeThreadConnection();
        m_storage = std::make_unique<AsyncStorage>(m_db->database());
        m_service = std::make_unique<LibraryService>(*m_storage, m_viewer);
    }

    void cleanup()
    {
        m_service.reset();
        m_storage.reset();
        m_db.reset();
    }

    void rulesBuildTheExpectedFilter()
    {
        FilterRuleBuilder builder;
        builder.setLists({ m_favourites });
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        QVERIFY(!builder.filter().ok());
        QCOMPARE(builder.filter().error().message, QStringLiteral("Add at least one rule."));

        FilterGroupWidget *root = builder.rootGroup();
        QTest::mouseClick(root->addRuleButton(), Qt::LeftButton);
        QCOMPARE(builder.rows().size(), 1);
        FilterConditionRow *type = builder.rows().at(0);
        choose(type->fieldCombo(), QStringLiteral("Media type"));
        choose(type->opCombo(), QStringLiteral("is one of"));
        QListWidget *types = editorOf<QListWidget>(type);
        QVERIFY(types);
        check(types, { QStringLiteral("Book"), QStringLiteral("Comic") });

        // "+" on a row adds the next rule right below it.
        QTest::mouseClick(type->addButton(), Qt::LeftButton);
        FilterConditionRow *rating = builder.rows().at(1);
        QCOMPARE(rating->fieldCombo()->currentText(), QStringLiteral("Title"));
        choose(rating->fieldCombo(), QStringLiteral("Rating"));
        choose(rating->opCombo(), QStringLiteral("is at least"));
        retype(editorOf<QDoubleSpinBox>(rating), QStringLiteral("8"));

        QTest::mouseClick(root->addGroupButton(), Qt::LeftButton);
        auto *nested = qobject_cast<FilterGroupWidget *>(root->items().at(2));
        QVERIFY(nested);
        choose(nested->modeCombo(), QStringLiteral("Match any of the following"));
        FilterConditionRow *completed = builder.rows().at(2);
        choose(completed->fieldCombo(), QStringLiteral("Date completed"));
        choose(completed->opCombo(), QStringLiteral("is in the last"));
        retype(editorOf<QSpinBox>(completed), QStringLiteral("365"));
        QTest::mouseClick(nested->addRuleButton(), Qt::LeftButton);
        FilterConditionRow *pages = builder.rows().at(3);
        choose(pages->fieldCombo(), QStringLiteral("Attribute"));
        QTRY_VERIFY(pages->attributeKeyEdit()->isVisible());
        retype(pages->attributeKeyEdit(), QStringLiteral("pages"));
        choose(pages->attributeKindCombo(), QStringLiteral("number"));
        choose(pages->opCombo(), QStringLiteral("is over"));
        retype(editorOf<QDoubleSpinBox>(pages), QStringLiteral("500"));

        // A rule at the end of the outer group, after the nested one.
        QTest::mouseClick(root->addRuleButton(), Qt::LeftButton);
        FilterConditionRow *title = builder.rows().at(4);
        QCOMPARE(title->opCombo()->currentText(), QStringLiteral("contains"));
        auto incomplete = builder.filter();
        QVERIFY(!incomplete);
        QCOMPARE(incomplete.error().message, QStringLiteral("Rule 5 (Title): type a value."));
        retype(editorOf<QLineEdit>(title), QStringLiteral("dune"));

        QTest::mouseClick(builder.addSortButton(), Qt::LeftButton);
        QCOMPARE(builder.sortRows().size(), 1);
        choose(builder.sortRows().at(0).field, QStringLiteral("Date completed"));
        choose(builder.sortRows().at(0).direction, QStringLiteral("descending"));
        builder.limitCheck()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(builder.limitCheck(), Qt::Key_Space);
        QVERIFY(builder.limitSpin()->isEnabled());
        retype(builder.limitSpin(), QStringLiteral("200"));

        using enum FilterOp;
        using F = FilterField;
        SmartFilter expected;
        expected.root = group(FilterNode::Kind::All,
            { leaf(F::MediaType, In, QList<MediaType> { MediaType::Book, MediaType::Comic }),
                leaf(F::Rating, GreaterOrEqual, 8.0),
                group(FilterNode::Kind::Any,
                    { leaf(F::CompletedAt, WithinDays, 365),
                        leaf(F::Attribute, Greater, 500.0, s("pages")) }),
                leaf(F::Title, Contains, s("dune")) });
        expected.sort = { { F::CompletedAt, true } };
        expected.limit = 200;
        auto built = builder.filter();
        OMT_VERIFY_OK(built);
        QVERIFY2(*built == expected, qPrintable(text(*built)));

        // Removing the nested group takes its rules with it.
        QTest::mouseClick(nested->removeButton(), Qt::LeftButton);
        QCOMPARE(builder.rows().size(), 3);
        built = builder.filter();
        OMT_VERIFY_OK(built);
        QCOMPARE(built->root.children.size(), 3);
        // "Match none of" one rule is `not` that rule.
        choose(root->modeCombo(), QStringLiteral("Match none of the following"));
        QTest::mouseClick(builder.rows().at(0)->removeButton(), Qt::LeftButton);
        QTest::mouseClick(builder.rows().at(0)->removeButton(), Qt::LeftButton);
        QTRY_COMPARE(builder.rows().size(), 1);
        built = builder.filter();
        OMT_VERIFY_OK(built);
        QVERIFY2(built->root == group(FilterNode::Kind::Not, { leaf(F::Title, Contains, s("dune")) }),
            qPrintable(text(*built)));
    }

    void tabFollowsTheRulesAsShown()
    {
        FilterRuleBuilder builder;
        builder.setFilter(statusIs(Status::Completed));
        QVERIFY(showActive(&builder));
        FilterConditionRow *first = builder.rows().at(0);
        // A rule inserted between others is reached by Tab where it is shown.
        QTest::mouseClick(builder.rootGroup()->addRuleButton(), Qt::LeftButton);
        QTest::mouseClick(first->addButton(), Qt::LeftButton);
        FilterConditionRow *inserted = builder.rows().at(1);
        QCoreApplication::processEvents();
        first->removeButton()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(first->removeButton(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), inserted->fieldCombo());
    }

    void everyValueEditorRoundTrips()
    {
        FilterEditor editor(*m_service);
        editor.setLists({ m_favourites });
        editor.setClassPaths({ QStringLiteral("text.book.novel") });
        const SmartFilter filter = everyEditor();
        OMT_VERIFY_OK(FilterParser::parse(FilterWriter::toJson(filter)));
        editor.setFilter(filter);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        // What the rules show reads back as the same tree…
        auto fromRules = editor.ruleBuilder()->filter();
        OMT_VERIFY_OK(fromRules);
        QVERIFY2(*fromRules == filter, qPrintable(text(*fromRules)));
        // …and the JSON tab holds an equivalent document.
        editor.tabs()->tabBar()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(editor.tabs()->tabBar(), Qt::Key_Right);
        QCOMPARE(editor.tabs()->currentIndex(), 1);
        auto fromJson = FilterParser::parse(editor.jsonEditor()->textEdit()->toPlainText().toUtf8());
        OMT_VERIFY_OK(fromJson);
        QVERIFY2(*fromJson == filter, qPrintable(text(*fromJson)));
        QVERIFY(editor.isValid());
        QCOMPARE(editor.document(), FilterWriter::toJson(filter));
    }

    void rulesEditsReachTheJson()
    {
        FilterEditor editor(*m_service);
        editor.setFilter(statusIs(Status::InProgress));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        FilterConditionRow *row = editor.ruleBuilder()->rows().at(0);
        choose(editorOf<QComboBox>(row), QStringLiteral("Completed"));
        // Switching tabs converts at once, without waiting for the pause.
        editor.tabs()->setCurrentIndex(1);
        auto shown = FilterParser::parse(editor.jsonEditor()->textEdit()->toPlainText().toUtf8());
        OMT_VERIFY_OK(shown);
        QVERIFY2(*shown == statusIs(Status::Completed), qPrintable(text(*shown)));
    }

    void editingJsonUpdatesTheRules()
    {
        FilterEditor editor(*m_service);
        editor.setFilter(statusIs(Status::InProgress));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.tabs()->setCurrentIndex(1);
        typeJson(editor.jsonEditor(),
            QStringLiteral(R"({"any": [{"field": "rating", "op": ">=", "value": 9},)"
                           R"( {"field": "title", "op": "contains", "value": "Hobbit"}]})"));
        FilterRuleBuilder *rules = editor.ruleBuilder();
        QTRY_COMPARE(rules->rows().size(), 2);
        QCOMPARE(rules->rootGroup()->mode(), FilterGroupWidget::Mode::Any);
        QCOMPARE(rules->rows().at(0)->fieldCombo()->currentText(), QStringLiteral("Rating"));
        QCOMPARE(rules->rows().at(0)->opCombo()->currentText(), QStringLiteral("is at least"));
        QCOMPARE(editorOf<QDoubleSpinBox>(rules->rows().at(0))->value(), 9.0);
        QCOMPARE(editorOf<QLineEdit>(rules->rows().at(1))->text(), QStringLiteral("Hobbit"));
        QVERIFY(editor.tabs()->isTabEnabled(0));
        // Dune (rated 9) and The Hobbit.
        QTRY_COMPARE(countIn(editor.countLabel()), 2);
    }

    void invalidJsonKeepsTheRules()
    {
        FilterEditor editor(*m_service);
        SmartFilter filter = statusIs(Status::Completed);
        filter.root.children.append(leaf(FilterField::Rating, FilterOp::GreaterOrEqual, 8.0));
        editor.setFilter(filter);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_COMPARE(countIn(editor.countLabel()), 2);
        editor.tabs()->setCurrentIndex(1);

        typeJson(editor.jsonEditor(), QStringLiteral(R"({"all": [{"field": "status", "op": )"));
        QTRY_VERIFY(!editor.tabs()->isTabEnabled(0));
        QVERIFY(!editor.isValid());
        QVERIFY2(editor.problem().contains(QLatin1String("line 1")), qPrintable(editor.problem()));
        QCOMPARE(editor.document(), QJsonObject());
        QCOMPARE(
            editor.countLabel()->text(), QStringLiteral("No count while the JSON is not a valid filter."));
        auto rules = editor.ruleBuilder()->filter();
        OMT_VERIFY_OK(rules);
        QVERIFY(*rules == filter);

        // Valid JSON, but not a filter: the parser's message names the path.
        typeJson(editor.jsonEditor(),
            QStringLiteral(R"({"all": [{"field": "status", "op": "=", "value": "completed"},)"
                           R"( {"field": "colour", "op": "=", "value": "red"}]})"));
        QTRY_VERIFY(editor.problem().startsWith(QLatin1String("all[1].field: ")));
        QVERIFY2(editor.problem().contains(QLatin1String("colour")), qPrintable(editor.problem()));
        QVERIFY(!editor.tabs()->isTabEnabled(0));
        QTRY_VERIFY(
            editor.jsonEditor()->findChild<QLabel *>()->text().contains(QLatin1String("all[1].field")));
        rules = editor.ruleBuilder()->filter();
        OMT_VERIFY_OK(rules);
        QVERIFY(*rules == filter);

        // Fixed, the rules follow and come back.
        typeJson(editor.jsonEditor(),
            QStringLiteral(R"({"all": [{"field": "status", "op": "=", "value": "completed"}]})"));
        QTRY_VERIFY(editor.tabs()->isTabEnabled(0));
        QTRY_COMPARE(countIn(editor.countLabel()), 3);
        QCOMPARE(editor.ruleBuilder()->rows().size(), 1);
    }

    void countIsExactAndFollowsChanges()
    {
        FilterEditor editor(*m_service);
        editor.setFilter(statusIs(Status::InProgress));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // Emma and Neuromancer; the other member's in-progress items do not count.
        QTRY_COMPARE(countIn(editor.countLabel()), 2);

        FilterConditionRow *row = editor.ruleBuilder()->rows().at(0);
        choose(editorOf<QComboBox>(row), QStringLiteral("Completed"));
        QTRY_COMPARE(countIn(editor.countLabel()), 3);

        // Several quick edits: only the newest filter's count is shown.
        choose(row->opCombo(), QStringLiteral("is not in my library"));
        choose(row->opCombo(), QStringLiteral("is not"));
        choose(row->fieldCombo(), QStringLiteral("Media type"));
        choose(editorOf<QComboBox>(row), QStringLiteral("Film"));
        QTRY_COMPARE(countIn(editor.countLabel()), 5);
        // Nothing happens: no older filter's count arrives late and replaces it.
        QVERIFY(!QTest::qWaitFor([&] { return countIn(editor.countLabel()) != 5; }, 600));
    }

    void countUsesTheLocale()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        {
            FilterEditor editor(*m_service);
            editor.setFilter(statusIs(Status::Completed));
            QTRY_VERIFY(editor.countLabel()->text().startsWith(QLocale().toString(3) + QLatin1Char(' ')));
        }
        QLocale::setDefault(previous);
    }

    void refinementCountsItemsOfTheList()
    {
        ListDialog dialog(*m_service, ListType::Manual);
        dialog.setList(m_favourites);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("List Properties"));
        QGroupBox *refinement = dialog.refinementGroup();
        QVERIFY(refinement);
        QVERIFY(!refinement->isChecked());
        QVERIFY(!dialog.filterEditor()->isEnabled());
        QCOMPARE(dialog.list().filterDefinition, QJsonObject());

        refinement->setFocus(Qt::TabFocusReason);
        QTest::keyClick(refinement, Qt::Key_Space);
        QVERIFY(refinement->isChecked());
        // Hide completed: of Dune (completed), Heat and Emma, two remain.
        QTRY_COMPARE(countIn(dialog.filterEditor()->countLabel()), 2);
        QVERIFY(dialog.filterEditor()->countLabel()->text().contains(QLatin1String("in this list")));
        QCOMPARE(dialog.list().filterDefinition, FilterWriter::toJson(ListDialog::defaultRefinement()));

        // Films in the list: Heat only, though the library has two.
        typeJson(dialog.filterEditor()->jsonEditor(),
            QStringLiteral(R"({"field": "media_type", "op": "=", "value": "film"})"));
        QTRY_COMPARE(countIn(dialog.filterEditor()->countLabel()), 1);

        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const MediaList edited = dialog.list();
        QCOMPARE(edited.id, m_favourites.id);
        QCOMPARE(edited.type, ListType::Manual);
        auto refinementFilter = FilterParser::parse(edited.filterDefinition);
        OMT_VERIFY_OK(refinementFilter);
        QCOMPARE(refinementFilter->root.kind, FilterNode::Kind::Condition);
        QCOMPARE(refinementFilter->root.condition.value, FilterValue(MediaType::Film));
        QCOMPARE(dialog.smartFilter(), QJsonObject());
    }

    void dialogReturnsTheEditedList()
    {
        MediaList stored;
        stored.id = QUuid::createUuid();
        stored.ownerId = m_viewer;
        stored.name = QStringLiteral("Now");
        stored.type = ListType::Smart;
        stored.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4), QTimeZone::utc());
        const QJsonObject rule = FilterWriter::toJson(statusIs(Status::InProgress));

        ListDialog dialog(*m_service, ListType::Smart);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Smart List"));
        dialog.setLists({ m_favourites });
        dialog.setList(stored, rule);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("List Properties"));
        QVERIFY(showActive(&dialog));
        QVERIFY(dialog.width() >= 700 && dialog.height() >= 500);

        retype(dialog.nameEdit(), QStringLiteral("  Reading now  "));
        dialog.descriptionEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Books and more"));
        QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Return);
        // Tab leaves the description for the next field instead of typing a tab.
        QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.publicCheck());
        QTest::keyClick(dialog.publicCheck(), Qt::Key_Space);
        FilterConditionRow *row = dialog.filterEditor()->ruleBuilder()->rows().at(0);
        choose(editorOf<QComboBox>(row), QStringLiteral("Completed"));
        QTRY_COMPARE(countIn(dialog.filterEditor()->countLabel()), 3);

        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const MediaList edited = dialog.list();
        QCOMPARE(edited.id, stored.id);
        QCOMPARE(edited.ownerId, m_viewer);
        QCOMPARE(edited.createdAt, stored.createdAt);
        QCOMPARE(edited.name, QStringLiteral("Reading now"));
        QCOMPARE(edited.description, QStringLiteral("Books and more"));
        QVERIFY(edited.isPublic);
        QCOMPARE(edited.type, ListType::Smart);
        QCOMPARE(edited.filterDefinition, QJsonObject());
        QCOMPARE(dialog.smartFilter(), FilterWriter::toJson(statusIs(Status::Completed)));
    }

    void newListsStartWithADefault()
    {
        ListDialog smart(*m_service, ListType::Smart);
        QCOMPARE(smart.windowTitle(), QStringLiteral("New Smart List"));
        QCOMPARE(smart.smartFilter(), FilterWriter::toJson(ListDialog::defaultSmartFilter()));
        QCOMPARE(smart.filterEditor()->ruleBuilder()->rows().size(), 1);
        QTRY_COMPARE(countIn(smart.filterEditor()->countLabel()), 2);

        ListDialog manual(*m_service, ListType::Manual);
        QCOMPARE(manual.windowTitle(), QStringLiteral("New List"));
        manual.refinementGroup()->setChecked(true);
        // A list not saved yet has nothing in it to count.
        QTRY_COMPARE(
            manual.filterEditor()->countLabel()->text(), QStringLiteral("The list has no items yet."));
        QCOMPARE(manual.list().id, QUuid());
        QCOMPARE(manual.list().ownerId, m_viewer);
    }

    void emptyNameIsRefused()
    {
        ListDialog dialog(*m_service, ListType::Smart);
        dialog.setLists({ m_favourites });
        QVERIFY(showActive(&dialog));
        retype(dialog.nameEdit(), QStringLiteral("   "));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.problemLabel()->isVisible());
        QCOMPARE(dialog.problemLabel()->text(), QStringLiteral("Give the list a name."));
        QCOMPARE(QApplication::focusWidget(), dialog.nameEdit());

        // The message follows the typing; a name already taken is refused too.
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Favourites"));
        QTRY_VERIFY2(dialog.problemLabel()->text().contains(QLatin1String("already have a list")),
            qPrintable(dialog.problemLabel()->text() + QLatin1Char('|') + dialog.nameEdit()->text()));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral(" 2"));
        QTRY_VERIFY(!dialog.problemLabel()->isVisible());
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.list().name, QStringLiteral("Favourites 2"));
    }

    void incompleteFilterIsRefused()
    {
        ListDialog dialog(*m_service, ListType::Smart);
        QVERIFY(showActive(&dialog));
        dialog.nameEdit()->setText(QStringLiteral("Mine"));
        FilterRuleBuilder *rules = dialog.filterEditor()->ruleBuilder();

        // No rule at all.
        QTest::mouseClick(rules->rows().at(0)->removeButton(), Qt::LeftButton);
        QTRY_COMPARE(rules->rows().size(), 0);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.problemLabel()->text(),
            QStringLiteral("The filter is not complete: Add at least one rule."));
        QCOMPARE(QApplication::focusWidget(), rules->rootGroup()->addRuleButton());
        QCOMPARE(dialog.smartFilter(), QJsonObject());

        // A rule without its value.
        QTest::mouseClick(rules->rootGroup()->addRuleButton(), Qt::LeftButton);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.problemLabel()->text(),
            QStringLiteral("The filter is not complete: Rule 1 (Title): type a value."));
        QCOMPARE(QApplication::focusWidget(), editorOf<QLineEdit>(rules->rows().at(0)));

        QTest::keyClicks(editorOf<QLineEdit>(rules->rows().at(0)), QStringLiteral("Dune"));
        QTRY_VERIFY(!dialog.problemLabel()->isVisible());
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void invalidJsonIsRefused()
    {
        ListDialog dialog(*m_service, ListType::Smart);
        dialog.nameEdit()->setText(QStringLiteral("Mine"));
        QVERIFY(showActive(&dialog));
        FilterEditor *editor = dialog.filterEditor();
        editor->tabs()->setCurrentIndex(1);
        typeJson(editor->jsonEditor(),
            QStringLiteral(R"({"all": [{"field": "status", "op": "=", "value": "completed"},)"
                           R"( {"field": "rating", "op": "~", "value": 3}]})"));
        // OK does not wait for the typing pause.
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problemLabel()->text().contains(QLatin1String("all[1].op")),
            qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(editor->tabs()->currentIndex(), 1);
        QCOMPARE(QApplication::focusWidget(), editor->jsonEditor()->textEdit());
        // The rules still show the default filter.
        QCOMPARE(editor->ruleBuilder()->rows().size(), 1);
        QCOMPARE(editorOf<QComboBox>(editor->ruleBuilder()->rows().at(0))->currentText(),
            displayName(Status::InProgress));
    }
};

QTEST_MAIN(TestListDialog)
#include "tst_listdialog.moc"
