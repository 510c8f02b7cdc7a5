#include "LibraryFixture.h"
#include "core/Timestamps.h"
#include "storage/InteractionRepository.h"
#include "storage/MediaRepository.h"
#include "storage/SqlValues.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace omt;

class TestInteractionRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LibraryFixture> m_lib;
    MediaRepository *m_media = nullptr;
    InteractionRepository *m_interactions = nullptr;

    QUuid addUser(const QString &username) { return m_lib->addUser(username); }

    Media addMedia(const QString &title, MediaType type = MediaType::Book, QDate released = {})
    {
        return m_lib->addMedia(title, type, released);
    }

    /// Runs a raw insert into user_media, bypassing the repository's checks.
    Result<QSqlQuery> rawInsert(const QUuid &user, const QUuid &media, const QString &status, int rating)
    {
        auto sql = m_lib->database().sql();
        if (!sql)
            return sql.error();
        const SqlDialect &d = sql->dialect();
        const QVariant now = SqlValues::timestamp(Timestamps::now());
        return sql->run(
            QStringLiteral("INSERT INTO %1 (user_id, media_id, status, rating, created_at,"
                           " updated_at) VALUES (%2, %2, ?, ?, %3, %3)")
                .arg(d.table(Table::UserMedia), d.param(ColumnType::Uuid), d.param(ColumnType::Timestamp)),
            { SqlValues::uuid(user), SqlValues::uuid(media), status, rating, now, now },
            QStringLiteral("writing around the repository"));
    }

private Q_SLOTS:
    void init()
    {
        OMT_FRESH_LIBRARY(m_lib);
        m_media = &m_lib->repos().media;
        m_interactions = &m_lib->repos().interactions;
    }
    void cleanup() { m_lib.reset(); }

    void statusChangesSetTheDates()
    {
        const QUuid user = addUser(QStringLiteral("alice"));
        const Media book = addMedia(QStringLiteral("Dune"));
        QVERIFY(!m_interactions->get(user, book.id).value().has_value());

        InteractionPatch start;
        start.status = Status::InProgress;
        const QDateTime before = Timestamps::now();
        const auto started = m_interactions->update(user, book.id, start);
        OMT_VERIFY_OK(started);
        QCOMPARE(started->status, Status::InProgress);
        QVERIFY(started->startedAt.isValid());
        QVERIFY(started->startedAt >= before);
        QVERIFY(!started->completedAt.isValid());
        QCOMPARE(started->createdAt, started->updatedAt);

        QTest::qWait(5);
        InteractionPatch finish;
        finish.status = Status::Completed;
        const auto completed = m_interactions->update(user, book.id, finish);
        OMT_VERIFY_OK(completed);
        QCOMPARE(completed->status, Status::Completed);
        QCOMPARE(completed->startedAt, started->startedAt);
        QVERIFY(completed->completedAt.isValid());
        QVERIFY(completed->completedAt > started->startedAt);
        QCOMPARE(completed->createdAt, started->createdAt);
        QVERIFY(completed->updatedAt > started->updatedAt);

        const auto read = m_interactions->get(user, book.id);
        OMT_VERIFY_OK(read);
        QVERIFY(read->has_value());
        QCOMPARE(**read, *completed);
    }

    void progressRatingAndNotesRoundTrip()
    {
        const QUuid user = addUser(QStringLiteral("alice"));
        const Media show = addMedia(QStringLiteral("The Wire"), MediaType::TvShow);

        InteractionPatch patch;
        patch.progress = 42;
        patch.rating = 7;
        patch.notes = QStringLiteral("Season 4 is the best; \"all the pieces matter\" — 'really'.");
        patch.metaSnapshot
            = QJsonObject { { QStringLiteral("title"), show.title }, { QStringLiteral("episodes"), 60 } };
        const auto stored = m_interactions->update(user, show.id, patch);
        OMT_VERIFY_OK(stored);
        QCOMPARE(stored->progress, 42);
        QCOMPARE(stored->rating, std::optional<int>(7));
        QCOMPARE(stored->notes, *patch.notes);
        QCOMPARE(stored->metaSnapshot, *patch.metaSnapshot);
        QCOMPARE(stored->status, Status::Planned);
        QCOMPARE(m_interactions->get(user, show.id).value().value(), *stored);

        // Only what the patch names changes; clearing the rating is a change too.
        InteractionPatch clear;
        clear.rating = std::optional<int>();
        const auto cleared = m_interactions->update(user, show.id, clear);
        OMT_VERIFY_OK(cleared);
        QVERIFY(!cleared->rating.has_value());
        QCOMPARE(cleared->progress, 42);
        QCOMPARE(cleared->notes, *patch.notes);
        QVERIFY(!m_interactions->get(user, show.id).value()->rating.has_value());
    }

    void invalidValuesAreRefusedByTheRepository()
    {
        const QUuid user = addUser(QStringLiteral("alice"));
        const Media film = addMedia(QStringLiteral("Heat"), MediaType::Film);

        InteractionPatch tooHigh;
        tooHigh.rating = 11;
        const auto refused = m_interactions->update(user, film.id, tooHigh);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("10")), qPrintable(refused.error().message));
        QVERIFY(!m_interactions->get(user, film.id).value().has_value());

        InteractionPatch negative;
        negative.progress = -1;
        QCOMPARE(m_interactions->update(user, film.id, negative).error().code, Error::Code::InvalidInput);

        Interaction state;
        state.userId = user;
        state.mediaId = film.id;
        state.rating = 11;
        QCOMPARE(m_interactions->put(state).error().code, Error::Code::InvalidInput);
        state.rating = 0;
        QCOMPARE(m_interactions->put(state).error().code, Error::Code::InvalidInput);
        state.rating.reset();
        state.progress = -5;
        QCOMPARE(m_interactions->put(state).error().code, Error::Code::InvalidInput);
        QVERIFY(!m_interactions->get(user, film.id).value().has_value());
    }

    void theSchemaRefusesWritesAroundTheRepository()
    {
        const QUuid user = addUser(QStringLiteral("alice"));
        const Media film = addMedia(QStringLiteral("Heat"), MediaType::Film);

        const auto rating = rawInsert(user, film.id, QStringLiteral("planned"), 11);
        QVERIFY(!rating);
        QCOMPARE(rating.error().code, Error::Code::ConstraintViolation);
        QCOMPARE(rating.error().subject, QStringLiteral("user_media_rating_range"));

        const auto status = rawInsert(user, film.id, QStringLiteral("finished"), 5);
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Code::ConstraintViolation);
        QCOMPARE(status.error().subject, QStringLiteral("user_media_status_known"));

        OMT_VERIFY_OK(rawInsert(user, film.id, QStringLiteral("dropped"), 10));
        QCOMPARE(m_interactions->get(user, film.id).value()->status, Status::Dropped);
    }

    void unknownUserOrItemIsRefusedClearly()
    {
        const QUuid user = addUser(QStringLiteral("alice"));
        const Media film = addMedia(QStringLiteral("Heat"), MediaType::Film);
        InteractionPatch patch;
        patch.status = Status::Completed;

        const auto noItem = m_interactions->update(user, QUuid::createUuid(), patch);
        QVERIFY(!noItem);
        QCOMPARE(noItem.error().code, Error::Code::ConstraintViolation);
        QCOMPARE(noItem.error().message, QStringLiteral("The item or user no longer exists."));
        const auto noUser = m_interactions->update(QUuid::createUuid(), film.id, patch);
        QVERIFY(!noUser);
        QCOMPARE(noUser.error().code, Error::Code::ConstraintViolation);
        QCOMPARE(m_interactions->update(QUuid(), film.id, patch).error().code, Error::Code::InvalidInput);

        // The failed writes left the connection usable.
        OMT_VERIFY_OK(m_interactions->update(user, film.id, patch));
    }

    void putWritesTheStateAsGiven()
    {
        const QUuid user = addUser(QStringLiteral("alice"));
        const Media game = addMedia(QStringLiteral("Zelda"), MediaType::Game);

        Interaction state;
        state.userId = user;
        state.mediaId = game.id;
        state.status = Status::Completed; // no completion date: put applies no rules
        state.progress = 100;
        state.rating = 9;
        state.notes = QStringLiteral("imported");
        state.startedAt = QDateTime(QDate(1987, 1, 2), QTime(10, 0), QTimeZone::utc());
        state.createdAt = QDateTime(QDate(1987, 1, 1), QTime(9, 30, 0, 123), QTimeZone::utc());
        state.updatedAt = QDateTime(QDate(1990, 5, 6), QTime(7, 8, 9, 10), QTimeZone::utc());
        const auto stored = m_interactions->put(state);
        OMT_VERIFY_OK(stored);
        QCOMPARE(*stored, state);
        QCOMPARE(m_interactions->get(user, game.id).value().value(), state);

        // Undo puts an earlier state back, creation date included.
        Interaction earlier = state;
        earlier.status = Status::Planned;
        earlier.rating.reset();
        earlier.startedAt = {};
        earlier.createdAt = earlier.createdAt.addDays(-1);
        const auto restored = m_interactions->put(earlier);
        OMT_VERIFY_OK(restored);
        QCOMPARE(*restored, earlier);
        QCOMPARE(m_interactions->get(user, game.id).value().value(), earlier);
    }

    void removedInteractionIsGone()
    {
        const QUuid user = addUser(QStringLiteral("alice"));
        const Media book = addMedia(QStringLiteral("Dune"));
        InteractionPatch patch;
        patch.progress = 3;
        OMT_VERIFY_OK(m_interactions->update(user, book.id, patch));
        OMT_VERIFY_OK(m_interactions->remove(user, book.id));
        QVERIFY(!m_interactions->get(user, book.id).value().has_value());
        QCOMPARE(m_interactions->remove(user, book.id).error().code, Error::Code::NotFound);
        QVERIFY(m_media->get(book.id).ok());
    }

    void pagesCoverTheUsersItemsNewestFirstExactlyOnce()
    {
        const QUuid alice = addUser(QStringLiteral("alice"));
        const QUuid bob = addUser(QStringLiteral("bob"));
        const QList<Status> statuses { Status::Planned, Status::InProgress, Status::Completed,
            Status::Completed, Status::Dropped };
        const QDateTime base(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::utc());
        QList<Interaction> expected;
        for (int i = 0; i < 23; ++i) {
            const Media media
                = addMedia(QStringLiteral("Item %1").arg(i), MediaType::Film, QDate(2000 + i, 1, 1));
            Interaction state;
            state.userId = alice;
            state.mediaId = media.id;
            state.status = statuses.at(i % statuses.size());
            // Groups of three share a timestamp, so the media id must break ties.
            state.createdAt = base;
            state.updatedAt = base.addSecs(i / 3);
            const auto stored = m_interactions->put(state);
            OMT_VERIFY_OK(stored);
            expected.append(*stored);
            // Bob's rows are newer than all of Alice's and must never show up in hers.
            if (i % 2 == 0) {
                state.userId = bob;
                state.updatedAt = base.addDays(1);
                OMT_VERIFY_OK(m_interactions->put(state));
            }
        }
        std::sort(expected.begin(), expected.end(), [](const Interaction &a, const Interaction &b) {
            if (a.updatedAt != b.updatedAt)
                return a.updatedAt > b.updatedAt;
            return a.mediaId.toString(QUuid::WithoutBraces) > b.mediaId.toString(QUuid::WithoutBraces);
        });

        for (const std::optional<Status> status :
            { std::optional<Status>(), std::optional<Status>(Status::Completed) }) {
            QList<Interaction> wanted;
            std::copy_if(expected.cbegin(), expected.cend(), std::back_inserter(wanted),
                [&](const Interaction &i) { return !status || i.status == *status; });
            QList<Interaction> seen;
            InteractionCursor cursor;
            int pages = 0;
            do {
                const auto page = m_interactions->page(alice, status, cursor, 4);
                OMT_VERIFY_OK(page);
                for (const InteractionWithMedia &row : page->rows) {
                    QCOMPARE(row.interaction.userId, alice);
                    QCOMPARE(row.mediaId, row.interaction.mediaId);
                    QCOMPARE(row.mediaType, MediaType::Film);
                    QVERIFY(row.title.startsWith(QStringLiteral("Item ")));
                    QCOMPARE(row.releaseDate, QDate(2000 + row.title.mid(5).toInt(), 1, 1));
                    seen.append(row.interaction);
                }
                cursor = page->next;
                QVERIFY(++pages < 20);
            } while (!cursor.isStart());
            QCOMPARE(seen, wanted);
        }

        const auto bobs = m_interactions->page(bob, std::nullopt, {}, 100);
        OMT_VERIFY_OK(bobs);
        QCOMPARE(bobs->rows.size(), 12);
        QVERIFY(bobs->next.isStart());
        const auto nobody = m_interactions->page(QUuid::createUuid(), std::nullopt, {}, 100);
        OMT_VERIFY_OK(nobody);
        QVERIFY(nobody->rows.isEmpty());
    }

    void forMediaReadsOnlyTheUsersRows()
    {
        const QUuid alice = addUser(QStringLiteral("alice"));
        const QUuid bob = addUser(QStringLiteral("bob"));
        const Media dune = addMedia(QStringLiteral("Dune"));
        const Media heat = addMedia(QStringLiteral("Heat"), MediaType::Film);
        const Media zelda = addMedia(QStringLiteral("Zelda"), MediaType::Game);
        InteractionPatch patch;
        patch.status = Status::InProgress;
        const Interaction aliceDune = m_interactions->update(alice, dune.id, patch).value();
        patch.rating = 9;
        const Interaction aliceHeat = m_interactions->update(alice, heat.id, patch).value();
        OMT_VERIFY_OK(m_interactions->update(bob, zelda.id, patch));

        const auto read
            = m_interactions->forMedia(alice, { dune.id, heat.id, zelda.id, QUuid::createUuid() });
        OMT_VERIFY_OK(read);
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->value(dune.id), aliceDune);
        QCOMPARE(read->value(heat.id), aliceHeat);
        QVERIFY(!read->contains(zelda.id));
        QVERIFY(m_interactions->forMedia(alice, {}).value().isEmpty());
    }

    void updateManyAppliesTheDateRulesPerItem()
    {
        const QUuid alice = addUser(QStringLiteral("alice"));
        const Media begun = addMedia(QStringLiteral("Begun"));
        const Media planned = addMedia(QStringLiteral("Planned"));
        const Media fresh = addMedia(QStringLiteral("Fresh"));
        const QDateTime longAgo = QDateTime(QDate(2020, 1, 2), QTime(10, 0), QTimeZone::utc());
        Interaction reading;
        reading.userId = alice;
        reading.mediaId = begun.id;
        reading.status = Status::InProgress;
        reading.startedAt = longAgo;
        reading.createdAt = reading.updatedAt = longAgo;
        OMT_VERIFY_OK(m_interactions->put(reading));
        InteractionPatch plan;
        plan.status = Status::Planned;
        const Interaction wasPlanned = m_interactions->update(alice, planned.id, plan).value();

        QTest::qWait(3);
        InteractionPatch complete;
        complete.status = Status::Completed;
        const QDateTime before = Timestamps::now();
        const auto completed
            = m_interactions->updateMany(alice, { fresh.id, begun.id, planned.id, fresh.id }, complete);
        OMT_VERIFY_OK(completed);
        QCOMPARE(completed->size(), 3);
        QCOMPARE(completed->at(0).mediaId, fresh.id);
        QCOMPARE(completed->at(1).mediaId, begun.id);
        QCOMPARE(completed->at(2).mediaId, planned.id);
        for (const Interaction &state : *completed) {
            QCOMPARE(state.status, Status::Completed);
            QVERIFY(state.completedAt >= before);
            QVERIFY(state.updatedAt >= before);
            QCOMPARE(m_interactions->get(alice, state.mediaId).value().value(), state);
        }
        // The start date each item had stays; none is invented for the others.
        QCOMPARE(completed->at(1).startedAt, longAgo);
        QCOMPARE(completed->at(1).createdAt, longAgo);
        QVERIFY(!completed->at(2).startedAt.isValid());
        QCOMPARE(completed->at(2).createdAt, wasPlanned.createdAt);
        QVERIFY(!completed->at(0).startedAt.isValid());
        QCOMPARE(completed->at(0).createdAt, completed->at(0).updatedAt);

        // Starting sets the start date where it is unknown; starting a
        // completed item again is a new pass, from now and not completed.
        const Media next = addMedia(QStringLiteral("Next"));
        OMT_VERIFY_OK(m_interactions->update(alice, next.id, plan));
        InteractionPatch start;
        start.status = Status::InProgress;
        const auto started = m_interactions->updateMany(alice, { begun.id, next.id }, start);
        OMT_VERIFY_OK(started);
        QVERIFY(started->at(0).startedAt >= before);
        QVERIFY(!started->at(0).completedAt.isValid());
        QVERIFY(started->at(1).startedAt >= before);
        QCOMPARE(started->at(1).status, Status::InProgress);
    }

    void updateManyWritesAllOrNothing()
    {
        const QUuid alice = addUser(QStringLiteral("alice"));
        const Media early = addMedia(QStringLiteral("Early"));
        const Media late = addMedia(QStringLiteral("Late"));
        Interaction lateStart;
        lateStart.userId = alice;
        lateStart.mediaId = late.id;
        lateStart.status = Status::InProgress;
        lateStart.startedAt = QDateTime(QDate(2024, 6, 1), QTime(9, 0), QTimeZone::utc());
        const Interaction stored = m_interactions->put(lateStart).value();

        // Valid for the first item, not for the second (completed before it began).
        InteractionPatch done;
        done.status = Status::Completed;
        done.completedAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc());
        const auto refused = m_interactions->updateMany(alice, { early.id, late.id }, done);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY(!m_interactions->get(alice, early.id).value().has_value());
        QCOMPARE(m_interactions->get(alice, late.id).value().value(), stored);

        // An item that does not exist fails the whole batch too.
        InteractionPatch rate;
        rate.rating = 8;
        const auto missing = m_interactions->updateMany(alice, { early.id, QUuid::createUuid() }, rate);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::ConstraintViolation);
        QVERIFY(!m_interactions->get(alice, early.id).value().has_value());
        QCOMPARE(
            m_interactions->updateMany(QUuid(), { early.id }, rate).error().code, Error::Code::InvalidInput);
    }

    void putManyRestoresExactStatesAndRemoveManyForgetsThem()
    {
        const QUuid alice = addUser(QStringLiteral("alice"));
        const QUuid bob = addUser(QStringLiteral("bob"));
        const Media one = addMedia(QStringLiteral("One"));
        const Media two = addMedia(QStringLiteral("Two"));
        InteractionPatch patch;
        patch.status = Status::InProgress;
        patch.progress = 12;
        patch.notes = QStringLiteral("halfway");
        OMT_VERIFY_OK(m_interactions->updateMany(alice, { one.id, two.id }, patch));
        OMT_VERIFY_OK(m_interactions->update(bob, one.id, patch));
        const QHash<QUuid, Interaction> before = m_interactions->forMedia(alice, { one.id, two.id }).value();

        // A batch change and its undo: the states come back exactly, dates included.
        QTest::qWait(3);
        InteractionPatch change;
        change.status = Status::Dropped;
        change.rating = std::optional<int>(2);
        change.notes = QStringLiteral("gave up");
        OMT_VERIFY_OK(m_interactions->updateMany(alice, { one.id, two.id }, change));
        QVERIFY(m_interactions->forMedia(alice, { one.id, two.id }).value() != before);
        OMT_VERIFY_OK(m_interactions->putMany(before.values()));
        QCOMPARE(m_interactions->forMedia(alice, { one.id, two.id }).value(), before);

        Interaction invalid = before.value(one.id);
        invalid.rating = 42;
        QCOMPARE(m_interactions->putMany({ before.value(two.id), invalid }).error().code,
            Error::Code::InvalidInput);

        OMT_VERIFY_OK(m_interactions->removeMany(alice, { one.id, two.id }));
        QVERIFY(m_interactions->forMedia(alice, { one.id, two.id }).value().isEmpty());
        QCOMPARE(m_interactions->forMedia(bob, { one.id, two.id }).value().size(), 1);
    }

    void countsPerStatus()
    {
        const QUuid alice = addUser(QStringLiteral("alice"));
        const QUuid bob = addUser(QStringLiteral("bob"));
        const QList<Status> statuses { Status::Completed, Status::Completed, Status::InProgress,
            Status::Planned, Status::Completed };
        for (int i = 0; i < statuses.size(); ++i) {
            const Media media = addMedia(QStringLiteral("Item %1").arg(i));
            InteractionPatch patch;
            patch.status = statuses.at(i);
            OMT_VERIFY_OK(m_interactions->update(alice, media.id, patch));
            patch.status = Status::Dropped;
            OMT_VERIFY_OK(m_interactions->update(bob, media.id, patch));
        }
        const auto counts = m_interactions->countByStatus(alice);
        OMT_VERIFY_OK(counts);
        QCOMPARE(counts->value(Status::Completed), 3);
        QCOMPARE(counts->value(Status::InProgress), 1);
        QCOMPARE(counts->value(Status::Planned), 1);
        QCOMPARE(counts->value(Status::Dropped), 0);
        QCOMPARE(m_interactions->countByStatus(bob).value().value(Status::Dropped), 5);
    }
};

QTEST_GUILESS_MAIN(TestInteractionRepository)
#include "tst_interactionrepository.moc"
