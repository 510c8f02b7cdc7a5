#pragma once

#include <QList>
#include <QString>

namespace omt {

/// What LibraryGeneration wrote and how long each part took.
struct GenerationReport
{
    struct Stage
    {
        QString name;
        qint64 rows = 0;
        qint64 milliseconds = 0;
        /// The media stage alone: writing the items and indexing them.
        qint64 mediaMilliseconds = 0;
    };

    /// In order: users, media, links (with relationships), interactions, lists, list items.
    QList<Stage> stages;
    qint64 media = 0;
    qint64 links = 0;
    qint64 relationships = 0;
    /// Users written; an existing account with a generated username (the
    /// owner profile made by init) is used instead of a new one.
    qint64 users = 0;
    qint64 interactions = 0;
    qint64 lists = 0;
    qint64 listItems = 0;
    qint64 milliseconds = 0;
    /// The media stage alone: writing the items and indexing them.
    qint64 mediaMilliseconds = 0;

    qint64 rows() const { return media + links + relationships + users + interactions + lists + listItems; }
};

} // namespace omt
