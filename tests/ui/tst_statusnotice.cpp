#include "ui/common/ErrorDetailsDialog.h"
#include "ui/common/StatusNotice.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace omt;

namespace {

Error damagedPage()
{
    Error error;
    error.code = Error::Code::Corrupt;
    error.message = QStringLiteral("The library file is damaged.");
    error.detail = QStringLiteral("database disk image is malformed (SQLITE_CORRUPT, page 7 of media_media)");
    error.subject = QStringLiteral("media_media");
    return error;
}

/// A window with something to type in and the notice in its status bar, as
/// an application window has them.
struct Window
{
    QMainWindow window;
    QLineEdit *search = new QLineEdit(&window);
    StatusNotice *notice = new StatusNotice(&window);

    Window()
    {
        window.setCentralWidget(search);
        window.statusBar()->addWidget(notice, 1);
        window.resize(640, 240);
        window.show();
    }
};

} // namespace

class TestStatusNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorDetailsShowTheTechnicalText()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.notice->showError(damagedPage());
        QCOMPARE(w.notice->text(), QStringLiteral("The library file is damaged."));
        QVERIFY(w.notice->detailsButton()->isVisible());
        QVERIFY(w.notice->dismissButton()->isVisible());

        QTest::mouseClick(w.notice->detailsButton(), Qt::LeftButton);
        ErrorDetailsDialog *dialog = w.notice->detailsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString technical = dialog->technical()->toPlainText();
        QVERIFY2(technical.contains(QStringLiteral("SQLITE_CORRUPT, page 7")), qPrintable(technical));
        QVERIFY2(technical.contains(QStringLiteral("Code: corrupt")), qPrintable(technical));
        QVERIFY2(technical.contains(QStringLiteral("Subject: media_media")), qPrintable(technical));
        QVERIFY(dialog->technical()->isReadOnly());

        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(QStringLiteral("The library file is damaged.\n")));
        QVERIFY(copied.contains(QStringLiteral("SQLITE_CORRUPT, page 7")));

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!w.notice->detailsDialog());
        // Reading the details does not dismiss the error.
        QCOMPARE(w.notice->text(), QStringLiteral("The library file is damaged."));
    }

    void detailsAreReachableByKeyboard()
    {
        Window w;
        w.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        w.search->setFocus();
        w.notice->showError(damagedPage());

        QTest::keyClick(w.search, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), w.notice->detailsButton());
        QTest::keyClick(w.notice->detailsButton(), Qt::Key_Space);
        QTRY_VERIFY(w.notice->detailsDialog() && w.notice->detailsDialog()->isVisible());
        QTest::keyClick(w.notice->detailsDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!w.notice->detailsDialog());

        // Tab again reaches Dismiss; Space there clears the error.
        w.notice->dismissButton()->setFocus();
        QTest::keyClick(w.notice->dismissButton(), Qt::Key_Space);
        QCOMPARE(w.notice->text(), QString());
        QVERIFY(!w.notice->error());
        QVERIFY(!w.notice->detailsButton()->isVisible());
    }

    void messagesTimeOut()
    {
        Window w;
        w.notice->showMessage(QStringLiteral("Cover set."), 50);
        QCOMPARE(w.notice->text(), QStringLiteral("Cover set."));
        QVERIFY(!w.notice->detailsButton()->isVisible());
        QTRY_COMPARE(w.notice->text(), QString());

        w.notice->showMessage(QStringLiteral("Read-only library."), 0);
        QTest::qWait(100);
        QCOMPARE(w.notice->text(), QStringLiteral("Read-only library."));
    }

    void anErrorReplacesAMessageAndStays()
    {
        Window w;
        w.notice->showMessage(QStringLiteral("Cover set."), 50);
        w.notice->showError(damagedPage());
        QCOMPARE(w.notice->text(), QStringLiteral("The library file is damaged."));
        // The message's time running out must not take the error with it.
        QTest::qWait(150);
        QCOMPARE(w.notice->text(), QStringLiteral("The library file is damaged."));
        QVERIFY(w.notice->detailsButton()->isVisible());
        QCOMPARE(w.notice->error()->detail, damagedPage().detail);

        // The next message replaces the error, details and all.
        w.notice->showMessage(QStringLiteral("Item saved."));
        QCOMPARE(w.notice->text(), QStringLiteral("Item saved."));
        QVERIFY(!w.notice->error());
        QVERIFY(!w.notice->detailsButton()->isVisible());
        QVERIFY(!w.notice->dismissButton()->isVisible());
    }

    void aNewErrorGetsItsOwnDetails()
    {
        Window w;
        w.notice->showError(damagedPage());
        w.notice->showDetails();
        QPointer<ErrorDetailsDialog> first = w.notice->detailsDialog();
        QVERIFY(first);

        Error offline = Error::internal(QStringLiteral("The server cannot be reached."),
            QStringLiteral("could not connect to server: Connection refused"));
        offline.code = Error::Code::Unavailable;
        w.notice->showError(offline);
        w.notice->showDetails();
        QTRY_VERIFY(!first);
        const QString technical = w.notice->detailsDialog()->technical()->toPlainText();
        QVERIFY2(technical.contains(QStringLiteral("Connection refused")), qPrintable(technical));
        QVERIFY2(technical.contains(QStringLiteral("Code: unavailable")), qPrintable(technical));
        QVERIFY(!technical.contains(QStringLiteral("SQLITE_CORRUPT")));
    }

    void accessibleNamesAreSet()
    {
        StatusNotice notice;
        QVERIFY(!notice.accessibleName().isEmpty());
        QVERIFY(!notice.detailsButton()->accessibleName().isEmpty());
        QVERIFY(!notice.dismissButton()->accessibleName().isEmpty());
        ErrorDetailsDialog dialog(damagedPage());
        QVERIFY(!dialog.technical()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestStatusNotice)
#include "tst_statusnotice.moc"
