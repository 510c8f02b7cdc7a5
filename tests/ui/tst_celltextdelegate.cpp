#include "core/ProfileSettings.h"
#include "models/ModelRoles.h"
#include "ui/common/RatingStars.h"
#include "ui/common/TextLineCache.h"
#include "ui/library/CellTextDelegate.h"
#include "ui/library/RatingDelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace omt;

namespace {

/// A table of one column as the library shows it, with one delegate.
struct Table
{
    QStandardItemModel model;
    QTableView view;

    Table(QAbstractItemDelegate *delegate, int columnWidth)
    {
        model.setColumnCount(1);
        view.setModel(&model);
        view.setItemDelegate(delegate);
        delegate->setParent(&view);
        view.setWordWrap(false);
        view.setTextElideMode(Qt::ElideRight);
        view.setShowGrid(false);
        view.setFocusPolicy(Qt::NoFocus);
        view.horizontalHeader()->hide();
        view.verticalHeader()->hide();
        view.setIconSize(QSize(16, 16));
        view.resize(columnWidth + 40, 200);
        view.setColumnWidth(0, columnWidth);
    }

    QStandardItem *add(const QString &text)
    {
        auto *item = new QStandardItem(text);
        model.appendRow(item);
        return item;
    }

    QImage cell(int row)
    {
        view.show();
        QImage image = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRect rect = view.visualRect(model.index(row, 0));
        const qreal ratio = image.devicePixelRatio();
        return image.copy(QRect(rect.topLeft() * ratio, rect.size() * ratio));
    }
};

/// The smallest rectangle holding every pixel unlike the cell's corner.
QRect inkOf(const QImage &cell)
{
    const QRgb background = cell.pixel(0, 0);
    QRect ink;
    for (int y = 0; y < cell.height(); ++y) {
        for (int x = 0; x < cell.width(); ++x) {
            if (cell.pixel(x, y) != background)
                ink |= QRect(x, y, 1, 1);
        }
    }
    return ink;
}

bool hasPixelNear(const QImage &image, QColor colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) < 40 && qAbs(pixel.green() - colour.green()) < 40
                && qAbs(pixel.blue() - colour.blue()) < 40)
                return true;
        }
    }
    return false;
}

QIcon squareIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::darkBlue);
    return QIcon(pixmap);
}

} // namespace

class TestCellTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textSitsWhereTheStyleWouldPutIt_data()
    {
        QTest::addColumn<bool>("withIcon");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("left") << false << int(Qt::AlignLeft | Qt::AlignVCenter) << false;
        QTest::newRow("after an icon") << true << int(Qt::AlignLeft | Qt::AlignVCenter) << false;
        QTest::newRow("right-aligned") << false << int(Qt::AlignRight | Qt::AlignVCenter) << false;
        QTest::newRow("right to left, after an icon")
            << true << int(Qt::AlignLeft | Qt::AlignVCenter) << true;
    }

    void textSitsWhereTheStyleWouldPutIt()
    {
        QFETCH(bool, withIcon);
        QFETCH(int, alignment);
        QFETCH(bool, rightToLeft);
        Table styled(new QStyledItemDelegate, 220);
        Table cached(new CellTextDelegate, 220);
        for (Table *table : { &styled, &cached }) {
            table->view.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
            QStandardItem *item = table->add(QStringLiteral("Spirited Away"));
            item->setTextAlignment(Qt::Alignment(alignment));
            if (withIcon)
                item->setIcon(squareIcon());
        }
        const QRect expected = inkOf(styled.cell(0));
        const QRect ink = inkOf(cached.cell(0));
        QVERIFY(!expected.isEmpty());
        // Glyphs may fall a pixel apart; the text may not move.
        QVERIFY2(qAbs(ink.left() - expected.left()) <= 1 && qAbs(ink.right() - expected.right()) <= 1
                && qAbs(ink.top() - expected.top()) <= 1 && qAbs(ink.bottom() - expected.bottom()) <= 1,
            qPrintable(QStringLiteral("text at %1,%2 %3x%4; the style puts it at %5,%6 %7x%8")
                           .arg(ink.x())
                           .arg(ink.y())
                           .arg(ink.width())
                           .arg(ink.height())
                           .arg(expected.x())
                           .arg(expected.y())
                           .arg(expected.width())
                           .arg(expected.height())));
    }

    void longTextIsElidedInsideItsCell()
    {
        Table table(new CellTextDelegate, 90);
        table.add(QStringLiteral("The Hitchhiker's Guide to the Galaxy: The Original Radio Scripts"));
        const QImage cell = table.cell(0);
        const QRect ink = inkOf(cell);
        QVERIFY(!ink.isEmpty());
        // Nothing reaches the cell's edge: the text ends in an ellipsis, not cut off.
        QVERIFY2(ink.right() < cell.width() - 2, qPrintable(QString::number(ink.right())));

        TextLineCache lines;
        const QFont font = QApplication::font();
        const QStaticText &line = lines.line(QStringLiteral("The Hitchhiker's Guide to the Galaxy"), font, 80,
            Qt::ElideRight, Qt::LeftToRight);
        QVERIFY2(line.text().endsWith(QChar(0x2026)), qPrintable(line.text()));
        QVERIFY(line.size().width() <= 80);
        QVERIFY(QStringLiteral("The Hitchhiker's Guide to the Galaxy").startsWith(line.text().chopped(1)));
    }

    void aLineIsLaidOutOnceAndKeptPerFont()
    {
        TextLineCache lines;
        QFont font = QApplication::font();
        const QString text = QStringLiteral("Completed");
        const QStaticText *first = &lines.line(text, font, 200, Qt::ElideRight, Qt::LeftToRight);
        QCOMPARE(first->text(), text);
        QCOMPARE(&lines.line(text, font, 200, Qt::ElideRight, Qt::LeftToRight), first);
        QCOMPARE(lines.lineCount(), 1);
        // Another width is another line; another font starts over.
        lines.line(text, font, 20, Qt::ElideRight, Qt::LeftToRight);
        QCOMPARE(lines.lineCount(), 2);
        // `first` goes with the font: keep what is compared with it.
        const qreal firstHeight = first->size().height();
        font.setPointSizeF(font.pointSizeF() * 2);
        const QStaticText &bigger = lines.line(text, font, 200, Qt::ElideRight, Qt::LeftToRight);
        QCOMPARE(lines.lineCount(), 1);
        QVERIFY(bigger.size().height() > firstHeight * 1.5);
        // Line breaks in a value read as spaces, on one line.
        QCOMPARE(lines.line(QStringLiteral("two\nlines"), font, 400, Qt::ElideNone, Qt::LeftToRight).text(),
            QStringLiteral("two lines"));
        // Markup is text.
        const QStaticText &markup
            = lines.line(QStringLiteral("<b>bold</b>"), font, 400, Qt::ElideNone, Qt::LeftToRight);
        QCOMPARE(markup.textFormat(), Qt::PlainText);
    }

    void selectionAndColoursAreThoseOfTheStyle()
    {
        Table table(new CellTextDelegate, 220);
        QPalette palette = table.view.palette();
        palette.setColor(QPalette::Text, QColor(200, 0, 0));
        palette.setColor(QPalette::Highlight, QColor(0, 0, 160));
        palette.setColor(QPalette::HighlightedText, QColor(0, 220, 0));
        table.view.setPalette(palette);
        table.add(QStringLiteral("MMMM WWWW"));
        table.add(QStringLiteral("MMMM WWWW"));
        table.view.selectRow(1);
        const QImage plain = table.cell(0);
        const QImage selected = table.cell(1);
        QVERIFY(hasPixelNear(plain, QColor(200, 0, 0)));
        QVERIFY(!hasPixelNear(plain, QColor(0, 220, 0)));
        QVERIFY(hasPixelNear(selected, QColor(0, 220, 0)));
        QVERIFY(!hasPixelNear(selected, QColor(200, 0, 0)));
    }

    void starsPaintAsRatingStarsDo()
    {
        Table table(new RatingDelegate, 140);
        table.view.setAlternatingRowColors(false);
        QStandardItem *item = table.add(QString());
        item->setData(7, RatingRole);
        item->setData(int(RatingScale::FiveStars), RatingScaleRole);
        table.add(QString())->setData(int(RatingScale::FiveStars), RatingScaleRole);
        const QImage cell = table.cell(0);
        const QImage unrated = table.cell(1);

        // The same stars painted straight onto the cell's background.
        QImage expected(cell.size(), QImage::Format_RGB32);
        expected.fill(unrated.pixel(0, 0));
        {
            QPainter painter(&expected);
            painter.setRenderHint(QPainter::Antialiasing);
            const int size = qMax(10, table.view.fontMetrics().height() - 3);
            const qreal top = (cell.height() - size) / 2.0;
            QRectF stars[RatingStars::Count];
            for (int i = 0; i < RatingStars::Count; ++i)
                stars[i] = QRectF(4 + i * (size + 2), top, size, size);
            const QPalette palette = table.view.palette();
            RatingStars::paint(
                painter, stars, 7, palette.color(QPalette::Highlight), palette.color(QPalette::Mid), false);
        }
        int differing = 0;
        for (int y = 0; y < cell.height(); ++y) {
            for (int x = 0; x < cell.width(); ++x) {
                const QColor a = cell.pixelColor(x, y);
                const QColor b = expected.pixelColor(x, y);
                if (qAbs(a.red() - b.red()) > 6 || qAbs(a.green() - b.green()) > 6
                    || qAbs(a.blue() - b.blue()) > 6)
                    ++differing;
            }
        }
        QCOMPARE(differing, 0);
        QVERIFY(inkOf(unrated).isEmpty());
    }
};

QTEST_MAIN(TestCellTextDelegate)
#include "tst_celltextdelegate.moc"
