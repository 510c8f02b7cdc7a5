#include "models/PlaceholderCovers.h"
#include "ui/common/Icons.h"
#include "ui/common/TextBlock.h"
#include "ui/details/DetailsPane.h"
#include "ui/details/DetailsText.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace omt;

namespace {

const QUuid DuneId = QUuid::fromString(QStringLiteral("{6f3c1c9e-0b7e-4f7a-9a57-1d0c1f2b3a01}"));
const QUuid MessiahId = QUuid::fromString(QStringLiteral("{6f3c1c9e-0b7e-4f7a-9a57-1d0c1f2b3a02}"));
const QUuid FilmId = QUuid::fromString(QStringLiteral("{6f3c1c9e-0b7e-4f7a-9a57-1d0c1f2b3a03}"));

MediaRecord duneRecord()
{
    MediaRecord record;
    Media &m = record.media;
    m.id = DuneId;
    m.type = MediaType::Book;
    m.mediaClass = QStringLiteral("text.book.novel");
    m.title = QStringLiteral("Dune");
    m.releaseDate = QDate(1965, 8, 1);
    m.country = QStringLiteral("US");
    m.creators = { QStringLiteral("Frank Herbert") };
    m.description = QStringLiteral("A desert planet, a noble family and the spice <melange>.");
    m.attributes = QJsonObject { { QStringLiteral("pages"), 412 }, { QStringLiteral("runtime_minutes"), 0 },
        { QStringLiteral("isbn"), QStringLiteral("9780441172719") },
        { QStringLiteral("genre"),
            QJsonArray { QStringLiteral("Science fiction"), QStringLiteral("Adventure") } },
        { QStringLiteral("signed"), true }, { QStringLiteral("empty"), QString() } };

    RelatedMedia sequel;
    sequel.relationship = Relationship { DuneId, MessiahId, RelationType::Sequel, 100, {}, {} };
    sequel.direction = RelatedMedia::Direction::Outgoing;
    sequel.otherId = MessiahId;
    sequel.otherTitle = QStringLiteral("Dune Messiah");
    sequel.otherType = MediaType::Book;
    RelatedMedia adaptation;
    adaptation.relationship = Relationship { DuneId, FilmId, RelationType::Adaptation, 80, {}, {} };
    adaptation.direction = RelatedMedia::Direction::Outgoing;
    adaptation.otherId = FilmId;
    adaptation.otherTitle = QStringLiteral("Dune: Part One");
    adaptation.otherType = MediaType::Film;
    record.related = { adaptation, sequel };

    ExternalLink isbn;
    isbn.source = QStringLiteral("isbn");
    isbn.externalKey = QStringLiteral("978-0-441-17271-9");
    ExternalLink unknown;
    unknown.source = QStringLiteral("letterboxd");
    unknown.externalKey = QStringLiteral("dune-1965");
    record.links = { isbn, unknown };
    return record;
}

/// The texts a person sees in a section: labels and text blocks.
QStringList texts(QWidget *section)
{
    QStringList result;
    const auto labels = section->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisibleTo(section))
            result.append(label->text());
    }
    const auto blocks = section->findChildren<TextBlock *>();
    for (TextBlock *block : blocks) {
        if (block->isVisibleTo(section))
            result.append(block->text());
    }
    return result;
}

TextBlock *blockContaining(QWidget *section, const QString &text)
{
    const auto blocks = section->findChildren<TextBlock *>();
    for (TextBlock *block : blocks) {
        if (block->isVisibleTo(section) && block->text().contains(text))
            return block;
    }
    return nullptr;
}

QLabel *labelContaining(QWidget *section, const QString &text)
{
    const auto labels = section->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisibleTo(section) && label->text().contains(text))
            return label;
    }
    return nullptr;
}

QString plain(QString text)
{
    // Long words get zero-width break opportunities; people never see them.
    return text.remove(QChar(0x200B));
}

} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsTheItem()
    {
        DetailsPane pane;
        pane.resize(320, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setRecord(duneRecord());

        QCOMPARE(pane.currentId(), DuneId);
        QCOMPARE(pane.findChild<TextBlock *>(QStringLiteral("detailsTitle"))->text(), QStringLiteral("Dune"));
        QCOMPARE(pane.findChild<TextBlock *>(QStringLiteral("detailsSubtitle"))->text(),
            QStringLiteral("Book · Novel · 1965"));
        QCOMPARE(pane.findChild<TextBlock *>(QStringLiteral("detailsCreators"))->text(),
            QStringLiteral("Frank Herbert"));

        const QStringList facts = texts(pane.findChild<QWidget *>(QStringLiteral("detailsFacts")));
        QVERIFY2(facts.contains(QStringLiteral("Creator")), qPrintable(facts.join(u'|')));
        QVERIFY(facts.contains(QStringLiteral("Sunday, August 1, 1965")));
        QVERIFY(facts.contains(QStringLiteral("United States (US)")));

        // Description shown as plain text: markup in it is not interpreted.
        TextBlock *description = blockContaining(
            pane.findChild<QWidget *>(QStringLiteral("detailsDescription")), QStringLiteral("spice"));
        QVERIFY(description);
        QVERIFY(description->text().contains(QStringLiteral("<melange>")));

        const QStringList attributes = texts(pane.findChild<QWidget *>(QStringLiteral("detailsAttributes")));
        QVERIFY2(attributes.contains(QStringLiteral("Runtime minutes")), qPrintable(attributes.join(u'|')));
        QVERIFY(attributes.contains(QStringLiteral("ISBN")));
        QVERIFY(attributes.contains(QStringLiteral("9780441172719")));
        QVERIFY(attributes.contains(QStringLiteral("412")));
        QVERIFY(attributes.contains(QStringLiteral("Science fiction, Adventure")));
        QVERIFY(attributes.contains(QStringLiteral("Signed")));
        QVERIFY(attributes.contains(QStringLiteral("Yes")));
        // A value that says nothing gets no row.
        QVERIFY(!attributes.contains(QStringLiteral("Empty")));

        // Nothing is clipped at a narrow width: the content fits the viewport.
        auto *scroll = pane.findChild<QScrollArea *>();
        QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    }

    void relationshipsReadFromThisItemAndNavigate()
    {
        DetailsPane pane;
        pane.setRecord(duneRecord());
        auto *related = pane.findChild<QWidget *>(QStringLiteral("detailsRelated"));
        QVERIFY(!related->isHidden());

        // The sequel comes before the looser adaptation, and both read from this item.
        const QStringList rows = texts(related);
        const qsizetype sequelRow
            = rows.indexOf(QRegularExpression(QStringLiteral(".*Dune Messiah.*is a sequel to this")));
        const qsizetype filmRow
            = rows.indexOf(QRegularExpression(QStringLiteral(".*Dune: Part One.*is an adaptation of this")));
        QVERIFY2(sequelRow >= 0 && filmRow > sequelRow, qPrintable(rows.join(u'|')));

        QSignalSpy activated(&pane, &DetailsPane::relatedMediaActivated);
        QLabel *sequel = labelContaining(related, QStringLiteral("Dune Messiah"));
        Q_EMIT sequel->linkActivated(QStringLiteral("#"));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<QUuid>(), MessiahId);

        // The same item seen from the sequel reads the other way round.
        MediaRecord messiah;
        messiah.media.id = MessiahId;
        messiah.media.title = QStringLiteral("Dune Messiah");
        RelatedMedia back;
        back.relationship = Relationship { DuneId, MessiahId, RelationType::Sequel, 100, {}, {} };
        back.direction = RelatedMedia::Direction::Incoming;
        back.otherId = DuneId;
        back.otherTitle = QStringLiteral("Dune");
        messiah.related = { back };
        pane.setRecord(messiah);
        QLabel *prequel = labelContaining(related, QStringLiteral("Sequel to"));
        QVERIFY(prequel);
        QVERIFY(prequel->text().contains(QStringLiteral(">Dune</a>")));
        Q_EMIT prequel->linkActivated(QStringLiteral("#"));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).value<QUuid>(), DuneId);
    }

    void titlesInLinksAreEscaped()
    {
        MediaRecord record = duneRecord();
        record.related.first().otherTitle = QStringLiteral("<b>Bold</b> & %1");
        DetailsPane pane;
        pane.setRecord(record);
        QLabel *label = labelContaining(
            pane.findChild<QWidget *>(QStringLiteral("detailsRelated")), QStringLiteral("Bold"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &amp; %1")),
            qPrintable(label->text()));
    }

    void clickingAnExternalLinkReportsItsAddress()
    {
        DetailsPane pane;
        pane.resize(320, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setRecord(duneRecord());
        auto *links = pane.findChild<QWidget *>(QStringLiteral("detailsLinks"));
        QVERIFY(!links->isHidden());
        const QStringList rows = texts(links);
        QVERIFY2(rows.contains(QStringLiteral("ISBN")) && rows.contains(QStringLiteral("Letterboxd")),
            qPrintable(rows.join(u'|')));

        QLabel *isbn = labelContaining(links, QStringLiteral("978-0-441-17271-9"));
        QVERIFY(isbn);
        QSignalSpy opened(&pane, &DetailsPane::externalLinkActivated);
        // A real click on the link text (it is all link).
        auto *scroll = pane.findChild<QScrollArea *>();
        scroll->ensureWidgetVisible(isbn);
        const QPoint onLink(4, isbn->height() / 2);
        QTest::mouseClick(isbn, Qt::LeftButton, {}, onLink);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(
            opened.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://openlibrary.org/isbn/9780441172719")));

        // A source without a template is shown, but not as a link.
        QVERIFY(!labelContaining(links, QStringLiteral("dune-1965")));
        QVERIFY(blockContaining(links, QStringLiteral("dune-1965")));
    }

    void listsHoldingTheItemLinkAndOfferAdding()
    {
        auto makeList = [](const QString &name, ListType type) {
            MediaList list;
            list.id = QUuid::createUuid();
            list.name = name;
            list.type = type;
            return list;
        };
        const MediaList mine = makeList(QStringLiteral("Desert <reads>"), ListType::Manual);
        const MediaList other = makeList(QStringLiteral("Summer"), ListType::Manual);
        const MediaList smart = makeList(QStringLiteral("Smart"), ListType::Smart);
        MediaRecord record = duneRecord();
        // A list of someone else's holds it too: only the person's own are named.
        record.listItems
            = { ListItem { mine.id, DuneId, 1024, {} }, ListItem { QUuid::createUuid(), DuneId, 2048, {} } };
        DetailsPane pane;
        pane.resize(320, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setUserLists({ mine, other, smart });
        pane.setRecord(record);
        auto *names = pane.findChild<QLabel *>(QStringLiteral("detailsListNames"));
        QVERIFY(names);
        QVERIFY2(names->text().contains(QStringLiteral("Desert &lt;reads&gt;")), qPrintable(names->text()));
        QVERIFY(!names->text().contains(QStringLiteral("Summer")));

        QSignalSpy activated(&pane, &DetailsPane::listActivated);
        pane.findChild<QScrollArea *>()->ensureWidgetVisible(names);
        QTest::mouseClick(names, Qt::LeftButton, {}, QPoint(4, names->height() / 2));
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toUuid(), mine.id);

        QSignalSpy add(&pane, &DetailsPane::addToListRequested);
        auto *button = pane.findChild<QPushButton *>(QStringLiteral("detailsAddToList"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(add.size(), 1);
        QCOMPARE(add.first().at(0).toUuid(), DuneId);

        // In no list: said quietly.
        record.listItems.clear();
        pane.setRecord(record);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("detailsListNames"))->text(),
            QStringLiteral("Not in any of your lists"));
    }

    void emptySectionsAreHidden()
    {
        DetailsPane pane;
        pane.setRecord(duneRecord());
        MediaRecord bare;
        bare.media.id = QUuid::createUuid();
        bare.media.type = MediaType::Game;
        bare.media.title = QStringLiteral("Untitled game");
        pane.setRecord(bare);
        for (const char *name :
            { "detailsFacts", "detailsDescription", "detailsAttributes", "detailsRelated", "detailsLinks" }) {
            auto *section = pane.findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(section && section->isHidden(), name);
        }
        QCOMPARE(
            pane.findChild<TextBlock *>(QStringLiteral("detailsSubtitle"))->text(), QStringLiteral("Game"));
        // The old item's rows are gone, not just hidden behind the new ones.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!pane.findChild<TextBlock *>(QStringLiteral("detailsCreators")));
    }

    void clearShowsTheQuietState()
    {
        DetailsPane pane;
        pane.resize(320, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *empty = pane.findChild<QLabel *>(QStringLiteral("detailsEmptyState"));
        QVERIFY(empty->isVisible());
        pane.setRecord(duneRecord());
        QVERIFY(!empty->isVisible());
        pane.clear();
        QVERIFY(empty->isVisible());
        QVERIFY(pane.currentId().isNull());
        QCOMPARE(empty->text(), QStringLiteral("Select an item to see its details"));
    }

    void coversArePlaceholdersUntilTheRealOneArrives()
    {
        const QImage book = PlaceholderCovers::cover(MediaType::Book, QSize(160, 240), 1.0);
        const QImage film = PlaceholderCovers::cover(MediaType::Film, QSize(160, 240), 1.0);
        QVERIFY(!book.isNull() && !film.isNull());
        QCOMPARE(book.size(), QSize(160, 240));
        QVERIFY(book != film);
        // The glyph is drawn: the centre differs from the plain tint near the edge.
        QVERIFY(book.pixel(80, 120) != book.pixel(80, 12) || book.pixel(76, 110) != book.pixel(80, 12));
        const QImage sharp = PlaceholderCovers::cover(MediaType::Book, QSize(160, 240), 2.0);
        QCOMPARE(sharp.size(), QSize(320, 480));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QVERIFY(PlaceholderCovers::cover(MediaType::Book, QSize(), 1.0).isNull());
        QVERIFY(!PlaceholderCovers::icon(MediaType::Game).pixmap(16).isNull());

        DetailsPane pane;
        pane.setRecord(duneRecord());
        auto *cover = pane.findChild<QLabel *>(QStringLiteral("detailsCover"));
        const QImage placeholder = cover->pixmap().toImage();
        QCOMPARE(cover->size(), QSize(160, 240));

        QImage real(600, 600, QImage::Format_RGB32);
        real.fill(Qt::darkRed);
        pane.setCover(real);
        // A square cover keeps its shape inside the box.
        QCOMPARE(cover->size(), QSize(160, 160));
        QCOMPARE(cover->pixmap().toImage().pixelColor(80, 80), QColor(Qt::darkRed));
        pane.setCover(QImage());
        QCOMPARE(cover->pixmap().toImage(), placeholder);
    }

    void wordingOfValues()
    {
        QCOMPARE(DetailsText::attributeLabel(QStringLiteral("runtime_minutes")),
            QStringLiteral("Runtime minutes"));
        QCOMPARE(DetailsText::attributeLabel(QStringLiteral("isbn")), QStringLiteral("ISBN"));
        const QString any = QStringLiteral("value");
        QCOMPARE(DetailsText::attributeValue(any, false), QStringLiteral("No"));
        QCOMPARE(DetailsText::attributeValue(any, 1999), QStringLiteral("1999"));
        QCOMPARE(DetailsText::attributeValue(any, 2.5), QStringLiteral("2.5"));
        QCOMPARE(DetailsText::attributeValue(QStringLiteral("language"), QStringLiteral("ja")),
            QStringLiteral("Japanese"));
        QCOMPARE(DetailsText::attributeValue(QStringLiteral("audio_languages"),
                     QJsonArray { QStringLiteral("en"), QStringLiteral("Klingon") }),
            QStringLiteral("English, Klingon"));
        QCOMPARE(DetailsText::attributeValue(any, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(DetailsText::attributeValue(any, QJsonObject { { QStringLiteral("a"), 1 } }),
            QStringLiteral("{\"a\":1}"));
        QCOMPARE(DetailsText::attributeValue(any, QJsonArray {}), QString());
        QCOMPARE(DetailsText::attributeValue(QStringLiteral("titles"),
                     QJsonObject { { QStringLiteral("en"), QStringLiteral("Spirited Away") },
                         { QStringLiteral("fr"), QStringLiteral("Le Voyage de Chihiro") } }),
            QStringLiteral("English: Spirited Away\nFrench: Le Voyage de Chihiro"));
        QCOMPARE(DetailsText::relationPhrase(RelationType::Adaptation, RelatedMedia::Direction::Incoming),
            QStringLiteral("Adaptation of %1"));
        QCOMPARE(DetailsText::relationPhrase(RelationType::SameFranchise, RelatedMedia::Direction::Outgoing),
            QStringLiteral("Same franchise as %1"));
        QCOMPARE(
            DetailsText::classLabel(QStringLiteral("audio.music.album"), MediaType::MusicAlbum), QString());
        QCOMPARE(DetailsText::classLabel(QStringLiteral("video.film.documentary"), MediaType::Film),
            QStringLiteral("Documentary"));
        QCOMPARE(DetailsText::countryName(QStringLiteral("jp")), QStringLiteral("Japan (JP)"));
        QCOMPARE(DetailsText::countryName(QStringLiteral("XX")), QStringLiteral("XX"));
        const QString longWord(60, QLatin1Char('a'));
        QVERIFY(DetailsText::breakable(longWord).contains(QChar(0x200B)));
        QCOMPARE(plain(DetailsText::breakable(longWord)), longWord);
        QCOMPARE(
            DetailsText::breakable(QStringLiteral("short words stay")), QStringLiteral("short words stay"));
    }

    void longTextWrapsInANarrowPane()
    {
        MediaRecord record = duneRecord();
        record.media.title = QStringLiteral("A title that goes on and on ") + QString(80, QLatin1Char('x'));
        record.media.description = QString(300, QLatin1Char('y'));
        DetailsPane pane;
        pane.resize(280, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setRecord(record);
        auto *scroll = pane.findChild<QScrollArea *>();
        QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        auto *title = pane.findChild<TextBlock *>(QStringLiteral("detailsTitle"));
        // Copying gives exactly the title: no invisible break characters.
        QCOMPARE(title->text(), record.media.title);
        QVERIFY(title->geometry().right() <= scroll->viewport()->width());
        QVERIFY(title->height() > title->fontMetrics().height() * 2);
    }

    void actionIconsExist()
    {
        for (const char *name : { "add", "edit", "delete", "search", "view-table", "view-grid", "undo",
                 "redo", "star", "list", "smart-list", "library", "increment", "complete", "sample-library",
                 "import", "details", "sidebar" }) {
            const QIcon icon = actionIcon(QString::fromLatin1(name));
            QVERIFY2(!icon.pixmap(QSize(24, 24)).isNull(), name);
        }
    }
};

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
