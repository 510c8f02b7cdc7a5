#pragma once

#include "MediaEditContext.h"

#include <QLineEdit>
#include <QTimer>

#include <optional>

class QCompleter;
class QStandardItemModel;

namespace omt {

/// A line edit that finds media by title as it is typed and offers the
/// matches in a popup; choosing one makes it the field's media.
class MediaSearchField : public QLineEdit
{
    Q_OBJECT

public:
    /// `exclude` is left out of the matches (the item being edited).
    MediaSearchField(MediaEditContext::Search search, const QUuid &exclude, QWidget *parent = nullptr);

    /// The media chosen from the matches since the text was last typed in.
    std::optional<MediaSummary> chosenMedia() const { return m_chosen; }
    QCompleter *matchesCompleter() const { return m_completer; }

Q_SIGNALS:
    void mediaChosen(const omt::MediaSummary &media);

private:
    void startSearch();
    void showMatches(const QList<MediaSummary> &matches);
    void choose(const QModelIndex &index);

    MediaEditContext::Search m_search;
    QUuid m_exclude;
    QStandardItemModel *m_matches = nullptr;
    QCompleter *m_completer = nullptr;
    QList<MediaSummary> m_results;
    std::optional<MediaSummary> m_chosen;
    QTimer m_delay;
    /// Answers to searches overtaken by newer typing are ignored.
    quint64 m_generation = 0;
};

} // namespace omt
