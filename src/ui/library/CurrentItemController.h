#pragma once

#include "core/Error.h"
#include "core/LibraryChange.h"

#include <QObject>
#include <QUuid>

class QItemSelectionModel;

namespace omt {

class CoverController;
class DetailsPane;
class LibraryService;
class LibraryTableModel;
class TrackingPanel;

/// The item the details and tracking panes show: the current row of the
/// view, or an item opened from elsewhere (a related item). It reads the
/// item when it becomes current, and after that follows the change feed
/// only for what concerns it: its own saved data and tracking, its lists.
class CurrentItemController : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        LibraryService &service;
        LibraryTableModel &model;
        QItemSelectionModel &selection;
        DetailsPane &details;
        TrackingPanel &tracking;
        CoverController &covers;
    };

    explicit CurrentItemController(Context context, QObject *parent = nullptr);

    /// The item shown; null when none.
    const QUuid &currentId() const { return m_currentId; }
    /// Shows the item whether or not the view has its row.
    void show(const QUuid &mediaId);
    /// The view's current row changed (or its item did).
    void followCurrentRow();

Q_SIGNALS:
    void failed(const omt::Error &error);

private:
    void load(const QUuid &mediaId);
    void clear();
    void applyChange(const LibraryChange &change);

    Context m_context;
    QUuid m_currentId;
    /// Incremented by every load: answers for an item no longer current are dropped.
    quint64 m_generation = 0;
};

} // namespace omt
