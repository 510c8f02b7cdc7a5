#include "ui/tracking/DateField.h"
#include "ui/tracking/RatingWidget.h"
#include "ui/tracking/TrackingPanel.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace omt;

namespace {

Media book()
{
    Media media;
    media.id = QUuid::createUuid();
    media.type = MediaType::Book;
    media.title = QStringLiteral("Dune");
    media.attributes.insert(QStringLiteral("pages"), 320);
    return media;
}

Media tvShow()
{
    Media media;
    media.id = QUuid::createUuid();
    media.type = MediaType::TvShow;
    media.title = QStringLiteral("Severance");
    media.attributes.insert(QStringLiteral("episodes"), 9);
    return media;
}

Interaction reading(const Media &media, int progress)
{
    Interaction interaction;
    interaction.mediaId = media.id;
    interaction.status = Status::InProgress;
    interaction.progress = progress;
    interaction.rating = 7;
    interaction.notes = QStringLiteral("Spice must flow.");
    interaction.startedAt = QDateTime(QDate(2024, 3, 1), QTime(21, 30)).toUTC();
    return interaction;
}

/// Collects what the panel asks to change.
struct Requests
{
    explicit Requests(TrackingPanel &panel)
    {
        QObject::connect(&panel, &TrackingPanel::changeRequested, &panel,
            [this](const QUuid &id, const InteractionPatch &patch) {
                ids.append(id);
                patches.append(patch);
            });
    }
    qsizetype count() const { return patches.size(); }
    const InteractionPatch &last() const { return patches.constLast(); }

    QList<QUuid> ids;
    QList<InteractionPatch> patches;
};

/// Whether the panel asks for no change during the next `ms`: the way to show
/// that something happened once, or not at all, which no condition can tell
/// sooner than a debounce interval. Returns early (false) on a request.
bool staysQuiet(TrackingPanel &panel, int ms)
{
    QSignalSpy more(&panel, &TrackingPanel::changeRequested);
    return !more.wait(ms);
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestTrackingPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratingKeyboard()
    {
        RatingWidget stars;
        stars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stars));
        QList<std::optional<int>> emitted;
        connect(&stars, &RatingWidget::ratingChanged, &stars,
            [&emitted](std::optional<int> rating) { emitted.append(rating); });

        QTest::keyClick(&stars, Qt::Key_Right);
        QTest::keyClick(&stars, Qt::Key_Right);
        QCOMPARE(emitted, (QList<std::optional<int>> { 1, 2 }));
        QTest::keyClick(&stars, Qt::Key_End);
        QCOMPARE(stars.rating(), 10);
        QTest::keyClick(&stars, Qt::Key_Up); // already at the top: nothing changes
        QCOMPARE(emitted.size(), 3);
        QTest::keyClick(&stars, Qt::Key_Left);
        QCOMPARE(emitted.last(), 9);
        QTest::keyClick(&stars, Qt::Key_3);
        QCOMPARE(emitted.last(), 3);
        QTest::keyClick(&stars, Qt::Key_0);
        QCOMPARE(emitted.last(), 10);
        QTest::keyClick(&stars, Qt::Key_Home);
        QCOMPARE(emitted.last(), 1);
        QTest::keyClick(&stars, Qt::Key_Down); // the lowest rating; clearing is explicit
        QCOMPARE(stars.rating(), 1);
        QTest::keyClick(&stars, Qt::Key_Delete);
        QCOMPARE(emitted.last(), std::nullopt);
        QCOMPARE(stars.rating(), std::nullopt);
        QCOMPARE(emitted.size(), 8);

        stars.setRating(7);
        QCOMPARE(emitted.size(), 8);
        QCOMPARE(stars.rating(), 7);
        QTest::keyClick(&stars, Qt::Key_Backspace);
        QCOMPARE(emitted.last(), std::nullopt);
    }

    void ratingIsAccessible()
    {
        RatingWidget stars;
        stars.setRating(7);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&stars);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::Slider);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Rating"));
        QCOMPARE(accessible->text(QAccessible::Value), QStringLiteral("3½ of 5 stars"));
        QVERIFY(stars.toolTip().contains(QStringLiteral("3½ of 5 stars")));
        // On a points scale the same rating reads as points.
        stars.setScale(RatingScale::HundredPoints);
        QCOMPARE(accessible->text(QAccessible::Value), QStringLiteral("70 of 100"));
        QVERIFY(stars.toolTip().contains(QStringLiteral("70 of 100")));
        QVERIFY(stars.accessibleDescription().contains(QStringLiteral("ten points")));
        stars.setRating(std::nullopt);
        QCOMPARE(accessible->text(QAccessible::Value), QStringLiteral("Not rated"));

        // A screen reader setting the value is a change by the person.
        QSignalSpy changed(&stars, &RatingWidget::ratingChanged);
        QAccessibleValueInterface *value = accessible->valueInterface();
        QVERIFY(value);
        value->setCurrentValue(4);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(stars.rating(), 4);
    }

    void clickingAStarSetsItsRating()
    {
        RatingWidget stars;
        stars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stars));
        QVERIFY(stars.width() >= stars.sizeHint().width());
        QList<std::optional<int>> emitted;
        connect(&stars, &RatingWidget::ratingChanged, &stars,
            [&emitted](std::optional<int> rating) { emitted.append(rating); });

        // The right half of the fourth star is 8 (four stars), its left half 7.
        const QRect fourth = stars.starRect(3);
        QTest::mouseClick(&stars, Qt::LeftButton, {}, QPoint(fourth.right() - 2, fourth.center().y()));
        QCOMPARE(emitted, (QList<std::optional<int>> { 8 }));
        QTest::mouseClick(&stars, Qt::LeftButton, {}, QPoint(fourth.left() + 2, fourth.center().y()));
        QCOMPARE(emitted.last(), 7);
        QCOMPARE(stars.valueText(), QStringLiteral("3½ of 5 stars"));
        // Clicking the current rating again clears it.
        QTest::mouseClick(&stars, Qt::LeftButton, {}, QPoint(fourth.left() + 2, fourth.center().y()));
        QCOMPARE(emitted.last(), std::nullopt);
        const QRect fifth = stars.starRect(4);
        QTest::mouseClick(&stars, Qt::LeftButton, {}, QPoint(fifth.right() - 1, fifth.center().y()));
        QCOMPARE(emitted.last(), 10);
        QCOMPARE(emitted.size(), 4);
        QVERIFY(stars.starRect(0).left() < fourth.left());
    }

    void clickingAPointSetsItsRating()
    {
        RatingWidget points;
        points.setScale(RatingScale::TenPoints);
        QCOMPARE(points.symbolCount(), 10);
        points.show();
        QVERIFY(QTest::qWaitForWindowExposed(&points));
        QVERIFY(points.width() >= points.sizeHint().width());
        QList<std::optional<int>> emitted;
        connect(&points, &RatingWidget::ratingChanged, &points,
            [&emitted](std::optional<int> rating) { emitted.append(rating); });

        // Each of the ten points is one step, whichever half is clicked.
        const QRect seventh = points.starRect(6);
        QTest::mouseClick(&points, Qt::LeftButton, {}, QPoint(seventh.left() + 1, seventh.center().y()));
        QCOMPARE(emitted, (QList<std::optional<int>> { 7 }));
        QCOMPARE(points.valueText(), QStringLiteral("7 of 10"));
        QTest::mouseClick(&points, Qt::LeftButton, {}, QPoint(seventh.right() - 1, seventh.center().y()));
        QCOMPARE(emitted.last(), std::nullopt);
        QTest::mouseClick(&points, Qt::LeftButton, {}, points.starRect(9).center());
        QCOMPARE(emitted.last(), 10);
        // The points are left of the value they add up to, and all fit.
        QVERIFY(points.starRect(0).left() < seventh.left());
        QVERIFY(points.starRect(9).right() < points.width());
        // Arrows step one point.
        QTest::keyClick(&points, Qt::Key_Left);
        QCOMPARE(emitted.last(), 9);
        // Clicks past the points (on the value) change nothing.
        const int before = int(emitted.size());
        QTest::mouseClick(&points, Qt::LeftButton, {}, QPoint(points.width() - 2, points.height() / 2));
        QCOMPARE(int(emitted.size()), before);
    }

    void settingStateNeverEmits()
    {
        TrackingPanel panel;
        Requests requests(panel);
        QVERIFY(!panel.isEnabled());

        const Media dune = book();
        const Interaction stored = reading(dune, 42);
        panel.setItem(dune, stored);
        QVERIFY(panel.isEnabled());
        QCOMPARE(child<QComboBox>(panel, "status")->currentText(), QStringLiteral("In progress"));
        QCOMPARE(child<QSpinBox>(panel, "progress")->value(), 42);
        QCOMPARE(child<RatingWidget>(panel, "rating")->rating(), 7);
        QCOMPARE(child<QPlainTextEdit>(panel, "notes")->toPlainText(), QStringLiteral("Spice must flow."));
        QCOMPARE(child<DateField>(panel, "started")->date(), QDate(2024, 3, 1));
        QVERIFY(child<DateField>(panel, "started")->checkBox()->isChecked());
        QCOMPARE(child<DateField>(panel, "completed")->date(), std::nullopt);

        Interaction later = stored;
        later.status = Status::Completed;
        later.progress = 320;
        later.rating = std::nullopt;
        later.completedAt = QDateTime(QDate(2024, 4, 2), QTime(12, 0)).toUTC();
        later.notes = QStringLiteral("Done.");
        panel.setInteraction(later);
        QCOMPARE(child<QComboBox>(panel, "status")->currentText(), QStringLiteral("Completed"));
        QCOMPARE(child<QSpinBox>(panel, "progress")->value(), 320);
        QCOMPARE(child<RatingWidget>(panel, "rating")->rating(), std::nullopt);
        QCOMPARE(child<DateField>(panel, "completed")->date(), QDate(2024, 4, 2));
        QCOMPARE(child<QPlainTextEdit>(panel, "notes")->toPlainText(), QStringLiteral("Done."));

        panel.setItem(tvShow(), std::nullopt);
        QCOMPARE(child<QComboBox>(panel, "status")->currentText(), QStringLiteral("Not tracked"));
        QCOMPARE(child<QSpinBox>(panel, "progress")->value(), 0);
        QCOMPARE(child<QPlainTextEdit>(panel, "notes")->toPlainText(), QString());

        // A refresh for an item no longer shown is ignored.
        panel.setInteraction(stored);
        QCOMPARE(child<QComboBox>(panel, "status")->currentText(), QStringLiteral("Not tracked"));

        panel.setItem(Media(), std::nullopt);
        QVERIFY(!panel.isEnabled());
        QVERIFY(!panel.incrementAction()->isEnabled());
        QVERIFY(!panel.completeAction()->isEnabled());
        QCOMPARE(requests.count(), 0);
    }

    void statusComboRequestsStatus()
    {
        TrackingPanel panel;
        Requests requests(panel);
        const Media dune = book();
        panel.setItem(dune, std::nullopt);
        auto *status = child<QComboBox>(panel, "status");
        QCOMPARE(status->itemText(0), QStringLiteral("Not tracked"));

        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.ids.last(), dune.id);
        QCOMPARE(requests.last().status, Status::Planned);
        QVERIFY(!requests.last().progress);
        // Now tracked: "Not tracked" is no longer a choice.
        QCOMPARE(status->findText(QStringLiteral("Not tracked")), -1);
        QCOMPARE(status->currentText(), QStringLiteral("Planned"));

        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(requests.count(), 2);
        QCOMPARE(requests.last().status, Status::InProgress);
        // The date rules show the start date right away, before the save returns.
        QCOMPARE(child<DateField>(panel, "started")->date(), QDate::currentDate());

        // Choosing "Completed" also moves the progress to the end.
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(requests.count(), 3);
        QCOMPARE(requests.last().status, Status::Completed);
        QCOMPARE(requests.last().progress, 320);
    }

    void progressUnitFollowsMediaType()
    {
        TrackingPanel panel;
        auto *progress = child<QSpinBox>(panel, "progress");
        auto *total = child<QLabel>(panel, "progressTotal");

        panel.setItem(book(), std::nullopt);
        QCOMPARE(progress->suffix(), QStringLiteral(" pages"));
        QCOMPARE(total->text(), QStringLiteral("of 320"));
        QVERIFY(!total->isHidden());
        QCOMPARE(progress->maximum(), 320);

        panel.setItem(tvShow(), std::nullopt);
        QCOMPARE(progress->suffix(), QStringLiteral(" episodes"));
        QCOMPARE(total->text(), QStringLiteral("of 9"));
        QCOMPARE(progress->maximum(), 9);

        Media unknownLength = tvShow();
        unknownLength.attributes = {};
        panel.setItem(unknownLength, std::nullopt);
        QVERIFY(total->isHidden());
        QVERIFY(progress->maximum() > 1000);

        Media game;
        game.id = QUuid::createUuid();
        game.type = MediaType::Game;
        panel.setItem(game, std::nullopt);
        QCOMPARE(progress->maximum(), 100);
        QCOMPARE(progress->suffix(), QLocale().percent());
        QVERIFY(total->isHidden());
    }

    void incrementAddsOne()
    {
        TrackingPanel panel;
        Requests requests(panel);
        const Media dune = book();
        panel.setItem(dune, std::nullopt);

        QTest::mouseClick(child<QToolButton>(panel, "incrementButton"), Qt::LeftButton);
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.last().progress, 1);
        QCOMPARE(requests.last().status, Status::InProgress);

        // Before the save returns, a second "+1" builds on the first.
        panel.incrementAction()->trigger();
        QCOMPARE(requests.count(), 2);
        QCOMPARE(requests.last().progress, 2);
        QVERIFY(!requests.last().status);
        QCOMPARE(child<QSpinBox>(panel, "progress")->value(), 2);

        panel.setItem(dune, reading(dune, 319));
        panel.incrementAction()->trigger();
        QCOMPARE(requests.last().progress, 320);
        // At the total there is nothing more to add.
        QVERIFY(!panel.incrementAction()->isEnabled());
        QVERIFY(!child<QToolButton>(panel, "incrementButton")->isEnabled());
    }

    void markCompletedReachesTheEnd()
    {
        TrackingPanel panel;
        Requests requests(panel);
        const Media dune = book();
        panel.setItem(dune, reading(dune, 120));
        QVERIFY(panel.completeAction()->isEnabled());

        QTest::mouseClick(child<QToolButton>(panel, "completeButton"), Qt::LeftButton);
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.last().status, Status::Completed);
        QCOMPARE(requests.last().progress, 320);
        QVERIFY(!panel.completeAction()->isEnabled());
        QCOMPARE(child<DateField>(panel, "completed")->date(), QDate::currentDate());
    }

    void typedProgressCommitsOnce()
    {
        TrackingPanel panel;
        Requests requests(panel);
        const Media dune = book();
        panel.setItem(dune, reading(dune, 42));
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *progress = child<QSpinBox>(panel, "progress");
        progress->setFocus();
        progress->selectAll();

        QTest::keyClicks(progress, QStringLiteral("157"));
        // Typed digits wait for Return: nothing is committed after longer
        // than the arrows' pause (400 ms).
        QVERIFY(staysQuiet(panel, 500));
        QCOMPARE(requests.count(), 0);
        QTest::keyClick(progress, Qt::Key_Return);
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.last().progress, 157);
        QVERIFY(!requests.last().status);

        // Arrow steps in a row are one change, committed after a pause.
        QTest::keyClick(progress, Qt::Key_Up);
        QTest::keyClick(progress, Qt::Key_Up);
        QCOMPARE(requests.count(), 1);
        QTRY_COMPARE(requests.count(), 2);
        QCOMPARE(requests.last().progress, 159);
        // Once: no second commit within another pause.
        QVERIFY(staysQuiet(panel, 500));
        QCOMPARE(requests.count(), 2);
    }

    void notesCommitWhenLeavingTheField()
    {
        TrackingPanel panel;
        Requests requests(panel);
        const Media dune = book();
        panel.setItem(dune, std::nullopt);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *notes = child<QPlainTextEdit>(panel, "notes");
        notes->setFocus();
        QTRY_VERIFY(notes->hasFocus());

        QTest::keyClicks(notes, QStringLiteral("Reread the appendix"));
        QCOMPARE(requests.count(), 0);
        child<QSpinBox>(panel, "progress")->setFocus();
        QTRY_COMPARE(requests.count(), 1);
        QCOMPARE(requests.last().notes, QStringLiteral("Reread the appendix"));
        QVERIFY(!requests.last().progress);

        // A pause in typing also commits, once.
        notes->setFocus();
        notes->moveCursor(QTextCursor::End);
        QTest::keyClicks(notes, QStringLiteral(" twice"));
        QTRY_COMPARE(requests.count(), 2);
        QCOMPARE(requests.last().notes, QStringLiteral("Reread the appendix twice"));
        // Once: the pause in typing (1 s) does not commit again.
        QVERIFY(staysQuiet(panel, 1200));
        QCOMPARE(requests.count(), 2);

        // A refresh from the earlier save does not overwrite newer typing.
        QTest::keyClicks(notes, QStringLiteral("!"));
        Interaction saved = *panel.interaction();
        saved.notes = QStringLiteral("Reread the appendix twice");
        panel.setInteraction(saved);
        QCOMPARE(notes->toPlainText(), QStringLiteral("Reread the appendix twice!"));

        // Moving to another item commits the typing for the item it belongs to.
        panel.setItem(tvShow(), std::nullopt);
        QCOMPARE(requests.count(), 3);
        QCOMPARE(requests.ids.last(), dune.id);
        QCOMPARE(requests.last().notes, QStringLiteral("Reread the appendix twice!"));
        QCOMPARE(notes->toPlainText(), QString());
    }

    void datesSetChangeAndClear()
    {
        TrackingPanel panel;
        Requests requests(panel);
        const Media dune = book();
        panel.setItem(dune, reading(dune, 42));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *completed = child<DateField>(panel, "completed");
        QVERIFY(!completed->dateEdit()->isEnabled());
        QCOMPARE(completed->dateEdit()->text(), QStringLiteral("Not set"));

        // Setting a date that was unknown: today, at local noon.
        QTest::mouseClick(completed->checkBox(), Qt::LeftButton);
        QCOMPARE(requests.count(), 1);
        QVERIFY(requests.last().completedAt);
        const QDateTime set = requests.last().completedAt->toLocalTime();
        QCOMPARE(set.date(), QDate::currentDate());
        QCOMPARE(set.time(), QTime(12, 0));
        QVERIFY(!requests.last().startedAt);
        QVERIFY(completed->dateEdit()->isEnabled());

        // Changing only the day keeps the time of day already stored.
        auto *started = child<DateField>(panel, "started");
        started->dateEdit()->setDate(QDate(2024, 2, 14));
        QTRY_COMPARE(requests.count(), 2);
        QVERIFY(requests.last().startedAt);
        QCOMPARE(requests.last().startedAt->toLocalTime(), QDateTime(QDate(2024, 2, 14), QTime(21, 30)));

        // Unchecking clears.
        QTest::mouseClick(started->checkBox(), Qt::LeftButton);
        QCOMPARE(requests.count(), 3);
        QVERIFY(requests.last().startedAt);
        QVERIFY(!requests.last().startedAt->isValid());
        QCOMPARE(started->dateEdit()->text(), QStringLiteral("Not set"));
    }

    void ratingInThePanelRequestsRating()
    {
        TrackingPanel panel;
        Requests requests(panel);
        const Media dune = book();
        panel.setItem(dune, reading(dune, 42));
        auto *stars = child<RatingWidget>(panel, "rating");
        QTest::keyClick(stars, Qt::Key_Right);
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.last().rating, std::optional<int>(8));
        QTest::keyClick(stars, Qt::Key_Delete);
        QCOMPARE(requests.count(), 2);
        QVERIFY(requests.last().rating);
        QCOMPARE(*requests.last().rating, std::nullopt);
    }

    void fitsANarrowSidePane()
    {
        TrackingPanel panel;
        panel.setItem(book(), std::nullopt);
        QVERIFY2(panel.minimumSizeHint().width() <= 300,
            qPrintable(QString::number(panel.minimumSizeHint().width())));
        panel.resize(300, panel.sizeHint().height());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Nothing is cut off at that width.
        const QList<QWidget *> fields = { child<QComboBox>(panel, "status"),
            child<QSpinBox>(panel, "progress"), child<QToolButton>(panel, "completeButton"),
            child<RatingWidget>(panel, "rating"), child<DateField>(panel, "completed") };
        for (QWidget *field : fields) {
            const QRect inPanel(field->mapTo(&panel, QPoint(0, 0)), field->size());
            QVERIFY2(panel.rect().contains(inPanel), qPrintable(field->objectName()));
            QVERIFY2(field->width() >= field->minimumSizeHint().width(), qPrintable(field->objectName()));
        }
    }
};

QTEST_MAIN(TestTrackingPanel)
#include "tst_trackingpanel.moc"
