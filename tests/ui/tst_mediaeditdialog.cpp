#include "models/ExternalLinksModel.h"
#include "models/RelationshipsModel.h"
#include "ui/common/CountryComboBox.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/JsonHighlighter.h"
#include "ui/edit/CreatorsEditor.h"
#include "ui/edit/ExternalLinksEditor.h"
#include "ui/edit/MediaEditDialog.h"
#include "ui/edit/RelationshipsEditor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimeZone>
#include <QToolButton>

using namespace omt;

namespace {

MediaSummary summary(const char *title, MediaType type, int year)
{
    MediaSummary media;
    media.id = QUuid::createUuid();
    media.title = QString::fromUtf8(title);
    media.type = type;
    media.releaseDate = QDate(year, 1, 1);
    return media;
}

/// A library to search for relationship targets, answering at once like a
/// very fast database; records what was asked.
struct FakeLibrary
{
    QList<MediaSummary> items;
    QStringList searches;

    MediaEditContext context()
    {
        MediaEditContext context;
        context.classPaths = { QStringLiteral("text.book.novel"), QStringLiteral("video.film.feature") };
        context.searchMedia = [this](const QString &typed, MediaEditContext::Deliver deliver) {
            searches.append(typed);
            QList<MediaSummary> found;
            for (const MediaSummary &media : std::as_const(items)) {
                if (media.title.contains(typed, Qt::CaseInsensitive))
                    found.append(media);
            }
            deliver(found);
        };
        return context;
    }
};

MediaRecord fullRecord(const MediaSummary &sequel, const MediaSummary &film)
{
    MediaRecord record;
    Media &media = record.media;
    media.id = QUuid::createUuid();
    media.externalId = QStringLiteral("openlibrary:OL893415W");
    media.type = MediaType::Book;
    media.mediaClass = QStringLiteral("text.book.novel");
    media.title = QStringLiteral("Dune");
    media.releaseDate = QDate(1965, 8, 1);
    media.country = QStringLiteral("US");
    media.creators = { QStringLiteral("Frank Herbert") };
    media.coverUrl = QStringLiteral("https://covers.example.org/dune.jpg");
    media.description = QStringLiteral("A desert planet.\nSpice and sandworms.");
    media.attributes = QJsonObject { { QStringLiteral("pages"), 412 },
        { QStringLiteral("isbn"), QStringLiteral("9780441013593") },
        { QStringLiteral("series"), QJsonArray { QStringLiteral("Dune"), 1 } },
        { QStringLiteral("illustrated"), false } };
    media.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    media.updatedAt = media.createdAt;

    ExternalLink imdb;
    imdb.id = QUuid::createUuid();
    imdb.mediaId = media.id;
    imdb.source = QStringLiteral("openlibrary");
    imdb.externalKey = QStringLiteral("OL893415W");
    imdb.url = QStringLiteral("https://openlibrary.org/works/OL893415W");
    imdb.createdAt = media.createdAt;
    ExternalLink isbn;
    isbn.id = QUuid::createUuid();
    isbn.mediaId = media.id;
    isbn.source = QStringLiteral("isbn");
    isbn.externalKey = QStringLiteral("9780441013593");
    isbn.createdAt = media.createdAt;
    record.links = { imdb, isbn };

    // Dune Messiah is the sequel of Dune: stored as Dune -> Messiah.
    RelatedMedia toSequel;
    toSequel.relationship
        = { media.id, sequel.id, RelationType::Sequel, 100, QStringLiteral("direct"), media.createdAt };
    toSequel.direction = RelatedMedia::Direction::Outgoing;
    toSequel.otherId = sequel.id;
    toSequel.otherTitle = sequel.title;
    toSequel.otherType = sequel.type;
    // The 1984 film is an adaptation of Dune: stored as Dune -> film, seen
    // here from the film's side reversed for the test: film -> Dune, incoming.
    RelatedMedia fromFilm;
    fromFilm.relationship
        = { film.id, media.id, RelationType::SameFranchise, 25, QString(), media.createdAt };
    fromFilm.direction = RelatedMedia::Direction::Incoming;
    fromFilm.otherId = film.id;
    fromFilm.otherTitle = film.title;
    fromFilm.otherType = film.type;
    record.related = { toSequel, fromFilm };
    return record;
}

void compareRelated(const QList<RelatedMedia> &actual, const QList<RelatedMedia> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).relationship, expected.at(i).relationship);
        QCOMPARE(actual.at(i).direction, expected.at(i).direction);
        QCOMPARE(actual.at(i).otherId, expected.at(i).otherId);
        QCOMPARE(actual.at(i).otherTitle, expected.at(i).otherTitle);
        QCOMPARE(actual.at(i).otherType, expected.at(i).otherType);
    }
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void clickOk(QDialog &dialog)
{
    QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

QString shownProblem(QDialog &dialog)
{
    return child<QWidget>(&dialog, "problemBar")->isVisible() ? child<QLabel>(&dialog, "problemText")->text()
                                                              : QString();
}

/// Types text line by line, pressing Return in between (keyClicks has no newline).
void typeLines(QWidget *widget, const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

/// The line edit (or combo) that an item view opened for editing.
template<typename T>
T *openEditor(QAbstractItemView *view, const QModelIndex &index)
{
    view->setCurrentIndex(index);
    view->edit(index);
    return qobject_cast<T *>(view->indexWidget(index));
}

} // namespace

class TestMediaEditDialog : public QObject
{
    Q_OBJECT

    FakeLibrary m_library;
    MediaSummary m_messiah;
    MediaSummary m_film;

private Q_SLOTS:
    void init()
    {
        m_messiah = summary("Dune Messiah", MediaType::Book, 1969);
        m_film = summary("Dune (film)", MediaType::Film, 1984);
        m_library = {};
        m_library.items = { m_messiah, m_film, summary("Children of Dune", MediaType::Book, 1976) };
    }

    void fullRecordRoundTripsThroughTheFields()
    {
        const MediaRecord original = fullRecord(m_messiah, m_film);
        MediaEditDialog dialog(original, m_library.context());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit “Dune”"));
        QCOMPARE(child<QLineEdit>(&dialog, "title")->text(), QStringLiteral("Dune"));
        QCOMPARE(child<CountryComboBox>(&dialog, "country")->currentText(), QStringLiteral("United States"));
        QVERIFY(child<QCheckBox>(&dialog, "releaseDateKnown")->isChecked());
        QCOMPARE(child<QDateEdit>(&dialog, "releaseDate")->date(), QDate(1965, 8, 1));

        const MediaRecord edited = dialog.record();
        QCOMPARE(edited.media, original.media);
        QCOMPARE(edited.links, original.links);
        compareRelated(edited.related, original.related);
        QCOMPARE(dialog.problem(), QString());

        // The same through setRecord on a dialog that showed another item.
        MediaEditDialog reused(MediaRecord(), m_library.context());
        QCOMPARE(reused.windowTitle(), QStringLiteral("Add Media"));
        reused.setRecord(original);
        QCOMPARE(reused.windowTitle(), QStringLiteral("Edit “Dune”"));
        QCOMPARE(reused.record().media, original.media);
        QCOMPARE(reused.record().links, original.links);
        compareRelated(reused.record().related, original.related);

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void typedFieldsReachTheRecord()
    {
        MediaEditDialog dialog(MediaRecord(), m_library.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        auto *type = child<QComboBox>(&dialog, "type");
        type->setCurrentIndex(type->findData(int(MediaType::Film)));
        // An empty class follows the type.
        QCOMPARE(child<QLineEdit>(&dialog, "mediaClass")->text(), QStringLiteral("video.film"));
        type->setCurrentIndex(type->findData(int(MediaType::Game)));
        QCOMPARE(child<QLineEdit>(&dialog, "mediaClass")->text(), QStringLiteral("game.video"));
        // A class the person chose stays when the type changes.
        auto *mediaClass = child<QLineEdit>(&dialog, "mediaClass");
        mediaClass->clear();
        QTest::keyClicks(mediaClass, QStringLiteral("game.video.rpg"));
        type->setCurrentIndex(type->findData(int(MediaType::Film)));
        QCOMPARE(mediaClass->text(), QStringLiteral("game.video.rpg"));

        QTest::keyClicks(child<QLineEdit>(&dialog, "title"), QStringLiteral("  Blade Runner "));
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "description"), QStringLiteral("Replicants."));
        QTest::keyClicks(child<QLineEdit>(&dialog, "coverUrl"), QStringLiteral("https://example.org/br.png"));

        // Without "Known" there is no release date, whatever the date field says.
        QCOMPARE(dialog.record().media.releaseDate, QDate());
        QVERIFY(!child<QDateEdit>(&dialog, "releaseDate")->isEnabled());
        QTest::mouseClick(child<QCheckBox>(&dialog, "releaseDateKnown"), Qt::LeftButton);
        QVERIFY(child<QDateEdit>(&dialog, "releaseDate")->isEnabled());
        child<QDateEdit>(&dialog, "releaseDate")->setDate(QDate(1982, 6, 25));

        const Media media = dialog.record().media;
        QCOMPARE(media.type, MediaType::Film);
        QCOMPARE(media.title, QStringLiteral("Blade Runner"));
        QCOMPARE(media.mediaClass, QStringLiteral("game.video.rpg"));
        QCOMPARE(media.description, QStringLiteral("Replicants."));
        QCOMPARE(media.coverUrl, QStringLiteral("https://example.org/br.png"));
        QCOMPARE(media.releaseDate, QDate(1982, 6, 25));
        QCOMPARE(media.country, QString());
        QVERIFY(media.id.isNull());
    }

    void blankTitleBlocksSaving()
    {
        MediaEditDialog dialog(MediaRecord(), m_library.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(shownProblem(dialog), QString());
        // A new item starts at its title.
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "title"));

        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(shownProblem(dialog), QStringLiteral("The title cannot be empty."));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "title"));

        // Spaces are not a title either.
        QTest::keyClicks(child<QLineEdit>(&dialog, "title"), QStringLiteral("   "));
        clickOk(dialog);
        QVERIFY(dialog.isVisible());

        // The message goes away as soon as the title is there.
        QTest::keyClicks(child<QLineEdit>(&dialog, "title"), QStringLiteral("Dune"));
        QCOMPARE(shownProblem(dialog), QString());
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.record().media.title, QStringLiteral("Dune"));
    }

    void malformedClassBlocksSaving()
    {
        MediaRecord record;
        record.media.title = QStringLiteral("Dune");
        MediaEditDialog dialog(record, m_library.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "mediaClass"), QStringLiteral("text..novel"));
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(shownProblem(dialog).contains(QStringLiteral("“text..novel” is not a valid class")),
            qPrintable(shownProblem(dialog)));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "mediaClass"));
    }

    void invalidAttributeJsonBlocksSavingAndNamesThePlace()
    {
        MediaRecord record;
        record.media.title = QStringLiteral("Dune");
        MediaEditDialog dialog(record, m_library.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        auto *tabs = child<QTabWidget>(&dialog, "tabs");
        auto *editor = child<JsonEditor>(&dialog, "attributes");
        QSignalSpy validity(editor, &JsonEditor::validityChanged);
        tabs->setCurrentWidget(child<QWidget>(&dialog, "attributesTab"));
        QPlainTextEdit *text = editor->textEdit();
        text->selectAll();
        QTest::keyClick(text, Qt::Key_Delete);
        typeLines(text,
            { QStringLiteral("{"), QStringLiteral("\"pages\": 412,"), QStringLiteral("\"isbn\": ,"),
                QStringLiteral("\"title\": \"Dune\""), QStringLiteral("}") });

        // Checked as it is typed, after a short pause.
        QTRY_COMPARE(validity.size(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), false);
        QVERIFY(!editor->object().has_value());
        QCOMPARE(editor->problem(), QStringLiteral("line 3, column 9: illegal value"));
        QVERIFY(!tabs->tabIcon(tabs->indexOf(child<QWidget>(&dialog, "attributesTab"))).isNull());

        tabs->setCurrentIndex(0);
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(shownProblem(dialog), QStringLiteral("Attributes: line 3, column 9: illegal value"));
        // The person is taken to the problem: the tab, and the cursor on the line.
        QCOMPARE(tabs->currentWidget(), child<QWidget>(&dialog, "attributesTab"));
        QCOMPARE(QApplication::focusWidget(), text);
        QCOMPARE(text->textCursor().blockNumber(), 2);
        // What is stored meanwhile is the last valid object, never half of it.
        QCOMPARE(dialog.record().media.attributes, QJsonObject());

        // The cursor waits at the comma where the value is missing; typing
        // the value there clears the message, and the object is saved.
        QTest::keyClicks(text, QStringLiteral("\"9780441013593\""));
        QCOMPARE(shownProblem(dialog), QString());
        QTRY_COMPARE(validity.size(), 2);
        QCOMPARE(validity.at(1).at(0).toBool(), true);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QJsonObject expected { { QStringLiteral("pages"), 412 },
            { QStringLiteral("isbn"), QStringLiteral("9780441013593") },
            { QStringLiteral("title"), QStringLiteral("Dune") } };
        QCOMPARE(dialog.record().media.attributes, expected);
    }

    void attributesMustBeAnObject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("array") << QStringLiteral("[1, 2]") << QStringLiteral("a list in [ ]");
        QTest::newRow("number") << QStringLiteral("412") << QStringLiteral("a single value");
        QTest::newRow("string") << QStringLiteral("\"Dune\"") << QStringLiteral("a single value");
    }

    void attributesMustBeAnObject()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        MediaRecord record;
        record.media.title = QStringLiteral("Dune");
        MediaEditDialog dialog(record, m_library.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *editor = child<JsonEditor>(&dialog, "attributes");
        editor->textEdit()->setPlainText(text);
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(shownProblem(dialog).startsWith(QStringLiteral("Attributes: ")),
            qPrintable(shownProblem(dialog)));
        QVERIFY2(shownProblem(dialog).contains(problem), qPrintable(shownProblem(dialog)));
        QVERIFY(shownProblem(dialog).contains(QStringLiteral("object")));

        // Blank text means no attributes, which is fine.
        editor->textEdit()->clear();
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.record().media.attributes, QJsonObject());
    }

    void countryIsFoundByTypingItsName()
    {
        CountryComboBox combo;
        combo.show();
        QVERIFY(QTest::qWaitForWindowActive(&combo));
        QCOMPARE(combo.code(), QString());
        QCOMPARE(combo.currentText(), QStringLiteral("No country"));
        // Sorted by name after "No country"; only two-letter territories.
        QVERIFY(combo.count() > 240);
        QCOMPARE(combo.itemText(1), QStringLiteral("Afghanistan"));
        QCOMPARE(combo.findData(QStringLiteral("EU")), -1);
        QCOMPARE(combo.findData(QStringLiteral("419")), -1);

        // Part of the name offers the matches; choosing one gives its code.
        combo.lineEdit()->selectAll();
        QTest::keyClicks(combo.lineEdit(), QStringLiteral("apan"));
        QAbstractItemView *popup = combo.completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("Japan"));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(combo.currentText(), QStringLiteral("Japan"));
        QCOMPARE(combo.code(), QStringLiteral("JP"));
        QVERIFY(combo.isAcceptable());

        // The full name or the code typed in works too, in any case.
        combo.lineEdit()->selectAll();
        QTest::keyClicks(combo.lineEdit(), QStringLiteral("france"));
        QCOMPARE(combo.code(), QStringLiteral("FR"));
        combo.lineEdit()->selectAll();
        QTest::keyClicks(combo.lineEdit(), QStringLiteral("de"));
        QCOMPARE(combo.code(), QStringLiteral("DE"));
        combo.lineEdit()->selectAll();
        QTest::keyClicks(combo.lineEdit(), QStringLiteral("Japn"));
        QVERIFY(!combo.isAcceptable());

        // A code that is not in the list survives a round trip.
        combo.setCode(QStringLiteral("SU"));
        QCOMPARE(combo.code(), QStringLiteral("SU"));
        combo.setCode(QStringLiteral("jp"));
        QCOMPARE(combo.currentText(), QStringLiteral("Japan"));
        combo.setCode(QString());
        QCOMPARE(combo.code(), QString());
    }

    void unknownCountryBlocksSaving()
    {
        MediaRecord record;
        record.media.title = QStringLiteral("Dune");
        MediaEditDialog dialog(record, m_library.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *country = child<CountryComboBox>(&dialog, "country");
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("Atlantis"));
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(shownProblem(dialog).startsWith(QStringLiteral("Country: “Atlantis”")),
            qPrintable(shownProblem(dialog)));
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("Japan"));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.record().media.country, QStringLiteral("JP"));
    }

    void creatorsCanBeAddedRemovedAndReordered()
    {
        MediaRecord record;
        record.media.title = QStringLiteral("Good Omens");
        record.media.creators = { QStringLiteral("Terry Pratchett") };
        MediaEditDialog dialog(record, m_library.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *creators = child<CreatorsEditor>(&dialog, "creators");
        QListWidget *list = creators->list();
        auto *add = child<QToolButton>(creators, "addCreator");
        auto *remove = child<QToolButton>(creators, "removeCreator");
        auto *up = child<QToolButton>(creators, "moveCreatorUp");
        auto *down = child<QToolButton>(creators, "moveCreatorDown");

        const auto addCreator = [&](const QString &name) {
            QTest::mouseClick(add, Qt::LeftButton);
            QLineEdit *editor = nullptr;
            // The list's own editor, not the title field that had the focus before.
            QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
                && list->isAncestorOf(editor));
            QTest::keyClicks(editor, name);
            QTest::keyClick(editor, Qt::Key_Return);
            // The editor goes away later; the next one must not be confused with it.
            const QPointer<QLineEdit> closing(editor);
            QTRY_VERIFY(!closing);
        };
        addCreator(QStringLiteral("Neil Gaiman"));
        addCreator(QStringLiteral("Someone Else"));
        QCOMPARE(creators->creators(),
            QStringList({ QStringLiteral("Terry Pratchett"), QStringLiteral("Neil Gaiman"),
                QStringLiteral("Someone Else") }));

        // The last row can go up, not down.
        QCOMPARE(list->currentRow(), 2);
        QVERIFY(!down->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(creators->creators(),
            QStringList({ QStringLiteral("Terry Pratchett"), QStringLiteral("Neil Gaiman") }));
        QCOMPARE(list->currentRow(), 1);
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(creators->creators(),
            QStringList({ QStringLiteral("Neil Gaiman"), QStringLiteral("Terry Pratchett") }));
        QVERIFY(!up->isEnabled());
        QTest::mouseClick(down, Qt::LeftButton);
        QTest::mouseClick(up, Qt::LeftButton);

        // A row left blank disappears instead of becoming a nameless creator.
        QTest::mouseClick(add, Qt::LeftButton);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY(
            (editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())) && list->isAncestorOf(editor));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(list->count(), 2);

        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.record().media.creators,
            QStringList({ QStringLiteral("Neil Gaiman"), QStringLiteral("Terry Pratchett") }));
    }

    void linkRowsAreEditedAndIncompleteRowsBlockSaving()
    {
        MediaRecord record = fullRecord(m_messiah, m_film);
        MediaEditDialog dialog(record, m_library.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = child<QTabWidget>(&dialog, "tabs");
        tabs->setCurrentWidget(child<QWidget>(&dialog, "linksTab"));
        auto *links = child<ExternalLinksEditor>(&dialog, "links");
        QTableView *view = links->view();

        // Add: the source is edited first, from the known sources or typed.
        QTest::mouseClick(child<QToolButton>(links, "addLink"), Qt::LeftButton);
        QComboBox *source = nullptr;
        QTRY_VERIFY((source = qobject_cast<QComboBox *>(
                         view->indexWidget(links->model()->index(2, ExternalLinksModel::SourceColumn)))));
        QVERIFY(source->findText(QStringLiteral("musicbrainz")) >= 0);
        QTest::keyClicks(source->lineEdit(), QStringLiteral("IMDb!"));
        // Capitals become lower case; other characters are refused.
        QCOMPARE(source->currentText(), QStringLiteral("imdb"));
        QTest::keyClick(source->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(links->model()->index(2, ExternalLinksModel::SourceColumn).data().toString(),
            QStringLiteral("imdb"));

        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(shownProblem(dialog), QStringLiteral("Links: row 3 has no identifier."));
        QCOMPARE(tabs->currentWidget(), child<QWidget>(&dialog, "linksTab"));

        auto *key
            = openEditor<QLineEdit>(view, links->model()->index(2, ExternalLinksModel::IdentifierColumn));
        QVERIFY(key);
        QTest::keyClicks(key, QStringLiteral("tt0087182"));
        QTest::keyClick(key, Qt::Key_Return);
        QTRY_COMPARE(shownProblem(dialog), QString());

        auto *address
            = openEditor<QLineEdit>(view, links->model()->index(2, ExternalLinksModel::AddressColumn));
        QVERIFY(address);
        QTest::keyClicks(address, QStringLiteral("not an address"));
        QTest::keyClick(address, Qt::Key_Return);
        clickOk(dialog);
        QVERIFY2(shownProblem(dialog).startsWith(
                     QStringLiteral("Links: row 3: “not an address” is not a web address")),
            qPrintable(shownProblem(dialog)));
        address = openEditor<QLineEdit>(view, links->model()->index(2, ExternalLinksModel::AddressColumn));
        QVERIFY(address);
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("https://www.imdb.com/title/tt0087182/"));
        QTest::keyClick(address, Qt::Key_Return);

        // Removing the first row keeps the others as they were.
        view->setCurrentIndex(links->model()->index(0, 0));
        QTest::mouseClick(child<QToolButton>(links, "removeLink"), Qt::LeftButton);

        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<ExternalLink> saved = dialog.record().links;
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0), record.links.at(1));
        QCOMPARE(saved.at(1).source, QStringLiteral("imdb"));
        QCOMPARE(saved.at(1).externalKey, QStringLiteral("tt0087182"));
        QCOMPARE(saved.at(1).url, QStringLiteral("https://www.imdb.com/title/tt0087182/"));
        QCOMPARE(saved.at(1).mediaId, record.media.id);
        QVERIFY(!saved.at(1).id.isNull());
    }

    void relationshipTargetsAreChosenBySearching()
    {
        MediaRecord record;
        record.media.id = QUuid::createUuid();
        record.media.title = QStringLiteral("Dune");
        MediaSummary self;
        self.id = record.media.id;
        self.title = record.media.title;
        m_library.items.append(self);
        MediaEditDialog dialog(record, m_library.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = child<QTabWidget>(&dialog, "tabs");
        tabs->setCurrentWidget(child<QWidget>(&dialog, "relationshipsTab"));
        auto *relationships = child<RelationshipsEditor>(&dialog, "relationships");
        QTableView *view = relationships->view();
        QAbstractItemModel *model = view->model();

        // A new row starts with the search for the other item.
        QTest::mouseClick(child<QToolButton>(relationships, "addRelation"), Qt::LeftButton);
        QLineEdit *search = nullptr;
        QTRY_VERIFY(
            (search = qobject_cast<QLineEdit *>(QApplication::focusWidget())) && view->isAncestorOf(search));
        QTest::keyClicks(search, QStringLiteral("dune"));
        auto *completer = search->findChild<QCompleter *>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(m_library.searches.last(), QStringLiteral("dune"));
        // Everything but the item itself.
        QCOMPARE(completer->popup()->model()->rowCount(), 3);
        QCOMPARE(completer->popup()->model()->index(0, 0).data().toString(),
            QStringLiteral("Dune Messiah — Book, 1969"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(model->index(0, RelationshipsModel::OtherColumn).data().toString(),
            QStringLiteral("Dune Messiah"));

        // Kind and direction are worded for people.
        auto *kind = openEditor<QComboBox>(view, model->index(0, RelationshipsModel::RelationColumn));
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findText(QStringLiteral("Sequel")));
        QTest::keyClick(kind, Qt::Key_Return);
        QTRY_COMPARE(
            model->index(0, RelationshipsModel::RelationColumn).data().toString(), QStringLiteral("Sequel"));
        QCOMPARE(model->index(0, RelationshipsModel::DirectionColumn).data().toString(),
            QStringLiteral("has the sequel"));
        auto *direction = openEditor<QComboBox>(view, model->index(0, RelationshipsModel::DirectionColumn));
        QVERIFY(direction);
        QCOMPARE(direction->count(), 2);
        direction->setCurrentIndex(direction->findText(QStringLiteral("is a sequel of")));
        QTest::keyClick(direction, Qt::Key_Return);
        QTRY_COMPARE(model->index(0, RelationshipsModel::DirectionColumn).data().toString(),
            QStringLiteral("is a sequel of"));

        auto *weight = openEditor<QAbstractSpinBox>(view, model->index(0, RelationshipsModel::WeightColumn));
        QVERIFY(weight);
        weight->selectAll();
        QTest::keyClicks(weight, QStringLiteral("90"));
        QTest::keyClick(weight, Qt::Key_Return);
        auto *notes = openEditor<QLineEdit>(view, model->index(0, RelationshipsModel::NotesColumn));
        QVERIFY(notes);
        QTest::keyClicks(notes, QStringLiteral("picks up twelve years later"));
        QTest::keyClick(notes, Qt::Key_Return);

        // A row without its other item cannot be saved.
        QTest::mouseClick(child<QToolButton>(relationships, "addRelation"), Qt::LeftButton);
        QTRY_VERIFY(
            (search = qobject_cast<QLineEdit *>(QApplication::focusWidget())) && view->isAncestorOf(search));
        QTest::keyClick(search, Qt::Key_Escape);
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(shownProblem(dialog),
            QStringLiteral("Relationships: row 2 has no other item; choose one or remove the row."));
        view->setCurrentIndex(model->index(1, 0));
        QTest::mouseClick(child<QToolButton>(relationships, "removeRelation"), Qt::LeftButton);
        QCOMPARE(shownProblem(dialog), QString());

        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<RelatedMedia> related = dialog.record().related;
        QCOMPARE(related.size(), 1);
        const RelatedMedia &sequel = related.first();
        QCOMPARE(sequel.direction, RelatedMedia::Direction::Incoming);
        QCOMPARE(sequel.otherId, m_messiah.id);
        QCOMPARE(sequel.otherTitle, m_messiah.title);
        // Incoming: the other item is the source ("Dune is a sequel of Dune Messiah").
        QCOMPARE(sequel.relationship.sourceMediaId, m_messiah.id);
        QCOMPARE(sequel.relationship.targetMediaId, record.media.id);
        QCOMPARE(sequel.relationship.type, RelationType::Sequel);
        QCOMPARE(sequel.relationship.weight, 90);
        QCOMPARE(sequel.relationship.notes, QStringLiteral("picks up twelve years later"));
    }

    void duplicateRelationshipsAreRefused()
    {
        MediaRecord record = fullRecord(m_messiah, m_film);
        record.related.append(record.related.first());
        MediaEditDialog dialog(record, m_library.context());
        QCOMPARE(dialog.problem(), QStringLiteral("Relationships: rows 1 and 3 are the same relationship."));
    }

    void builtInHighlighterColoursTokensApart()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("{\"pages\": 412, \"title\": \"Dune\", \"ok\": true}"));
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        JsonHighlighter highlighter(light, &document);
        highlighter.rehighlight();

        const QList<QTextLayout::FormatRange> ranges = document.firstBlock().layout()->formats();
        const auto colourAt = [&ranges](int position) {
            for (const QTextLayout::FormatRange &range : ranges) {
                if (position >= range.start && position < range.start + range.length)
                    return range.format.foreground().color();
            }
            return QColor();
        };
        const QString text = document.toPlainText();
        const QColor key = colourAt(int(text.indexOf(u"\"pages\"")));
        const QColor number = colourAt(int(text.indexOf(u"412")));
        const QColor string = colourAt(int(text.indexOf(u"\"Dune\"")));
        const QColor literal = colourAt(int(text.indexOf(u"true")));
        QVERIFY(key.isValid() && number.isValid() && string.isValid() && literal.isValid());
        QCOMPARE(colourAt(int(text.indexOf(u"\"title\""))), key);
        QVERIFY(key != string);
        QVERIFY(number != string && number != key);
        QVERIFY(literal != string && literal != key && literal != number);

        // On a dark background the colours are light, and the other way round.
        QVERIFY(string.lightness() < 128);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        highlighter.setPalette(dark);
        QVERIFY(highlighter.format(JsonHighlighter::Token::String).foreground().color().lightness() > 128);
        QVERIFY(highlighter.format(JsonHighlighter::Token::Key).foreground().color().lightness() > 128);
    }

    void editorUsesTheHighlighterItWasBuiltWith()
    {
        JsonEditor editor;
#ifdef OMT_HAVE_KSYNTAXHIGHLIGHTING
        QCOMPARE(editor.highlighterName(), QStringLiteral("KSyntaxHighlighting"));
#else
        QCOMPARE(editor.highlighterName(), QStringLiteral("built-in"));
        editor.setObject(QJsonObject { { QStringLiteral("pages"), 412 } });
        const QList<QTextLayout::FormatRange> ranges
            = editor.textEdit()->document()->findBlockByNumber(1).layout()->formats();
        QVERIFY(!ranges.isEmpty());
#endif
        QCOMPARE(
            editor.textEdit()->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    }
};

QTEST_MAIN(TestMediaEditDialog)
#include "tst_mediaeditdialog.moc"
