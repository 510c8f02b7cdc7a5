#pragma once

#include "core/Interaction.h"
#include "core/Media.h"
#include "core/ProfileSettings.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace omt {

class DateField;
class RatingWidget;

/// The signed-in person's tracking of one media item: status, progress in
/// the unit of the media type, rating, started/completed dates and notes,
/// with quick actions to add one to the progress and to mark it completed.
///
/// The panel does not save: every change the person makes is emitted as
/// changeRequested() with a patch holding just that change, once per change
/// (typing and spinning are committed when the person pauses or leaves the
/// field). The owner saves it (with undo) and hands the stored state back
/// through setInteraction(). Until then the panel shows the change as made,
/// so quick successive edits build on each other. Setting state never emits.
class TrackingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrackingPanel(QWidget *parent = nullptr);
    ~TrackingPanel() override;

    /// Shows @p media and the person's interaction with it (none when the
    /// item is not tracked yet). A media item with a null id empties and
    /// disables the panel. Moving to another item first commits edits still
    /// waiting for a pause (emitting them for the previous item), so
    /// switching items never loses typed notes; nothing is emitted for the
    /// new item.
    void setItem(const Media &media, const std::optional<Interaction> &interaction);
    /// Shows the tracking without letting it be changed (a read-only library).
    void setReadOnly(bool readOnly);
    /// How the rating is shown and entered (stars or points).
    void setRatingScale(RatingScale scale);
    /// Shows the stored interaction after a save, an undo or a failed save
    /// (none: not tracked). Ignored when it belongs to another item than the
    /// one shown. Fields the person is still editing keep their input.
    void setInteraction(const std::optional<Interaction> &interaction);

    /// Commits edits still waiting for the person to pause or leave the
    /// field (typed notes, spun progress). Call before closing the window or
    /// saving elsewhere, so nothing typed is lost; emits as usual.
    void commitPendingEdits();

    /// The item shown; a null id when the panel is empty.
    QUuid mediaId() const { return m_media.id; }
    /// The interaction as shown, including changes emitted but not yet
    /// handed back through setInteraction().
    std::optional<Interaction> interaction() const { return m_state; }
    /// The total of the progress unit from the media attributes (320 pages),
    /// 100 for percent, or nothing when unknown.
    std::optional<int> progressTotal() const;

    /// "+1": adds one to the progress (and starts an untracked or planned item).
    QAction *incrementAction() const { return m_increment; }
    /// Marks the item completed, with the progress at the total when known.
    QAction *completeAction() const { return m_complete; }

Q_SIGNALS:
    /// The person changed the tracking of @p mediaId; @p patch holds only what changed.
    void changeRequested(const QUuid &mediaId, const InteractionPatch &patch);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    /// Shows m_media and m_state in the widgets without emitting anything.
    void refresh();
    void refreshStatus();
    void refreshProgress();
    void updateActions();
    /// Emits @p patch for the current item and shows it as applied.
    void request(const InteractionPatch &patch);
    /// Commits edits still waiting for a pause (progress, dates, notes).
    void flushPending();
    void discardPending();

    void statusChosen(int index);
    void commitProgress();
    void commitNotes();
    void commitDate(bool started, const std::optional<QDate> &date);
    void increment();
    void markCompleted();

    Media m_media;
    std::optional<Interaction> m_state;
    bool m_updating = false;
    bool m_notesDirty = false;

    QComboBox *m_status = nullptr;
    QSpinBox *m_progress = nullptr;
    QLabel *m_total = nullptr;
    QToolButton *m_incrementButton = nullptr;
    QToolButton *m_completeButton = nullptr;
    RatingWidget *m_rating = nullptr;
    DateField *m_started = nullptr;
    DateField *m_completed = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QAction *m_increment = nullptr;
    QAction *m_complete = nullptr;
    QTimer m_progressDelay;
    QTimer m_notesDelay;
    bool m_readOnly = false;
};

} // namespace omt
