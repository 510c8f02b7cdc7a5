#include "TrackingPanel.h"

#include "DateField.h"
#include "RatingWidget.h"
#include "core/InteractionRules.h"
#include "core/Timestamps.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QToolButton>

namespace omt {

namespace {

// Clicking the spin arrows several times in a row is one change, not five.
constexpr int ProgressDelayMs = 400;
// Notes are saved when the writer pauses, not on every keystroke.
constexpr int NotesDelayMs = 1000;
// Without a known total, progress still needs a ceiling for the spin box.
constexpr int UnboundedProgress = 99999;
constexpr int NotTracked = -1;

QString incrementToolTip(ProgressUnit unit)
{
    switch (unit) {
    case ProgressUnit::Pages: return TrackingPanel::tr("Add one page to the progress");
    case ProgressUnit::Episodes: return TrackingPanel::tr("Add one episode to the progress");
    case ProgressUnit::Chapters: return TrackingPanel::tr("Add one chapter to the progress");
    case ProgressUnit::Minutes: return TrackingPanel::tr("Add one minute to the progress");
    case ProgressUnit::Percent: return TrackingPanel::tr("Add one percent to the progress");
    case ProgressUnit::Plays: return TrackingPanel::tr("Count one more play");
    }
    Q_UNREACHABLE();
    return QString();
}

/// A date chosen in the editor as a stored timestamp. Keeps the time of day
/// of the date it replaces (only the day was edited); a new date gets local
/// noon, which stays on the same calendar day in every nearby time zone.
QDateTime storedDateTime(const QDate &date, const QDateTime &previous)
{
    const QTime time = previous.isValid() ? previous.toLocalTime().time() : QTime(12, 0);
    return Timestamps::normalized(QDateTime(date, time));
}

std::optional<QDate> localDate(const QDateTime &value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toLocalTime().date();
}

} // namespace

TrackingPanel::TrackingPanel(QWidget *parent)
    : QWidget(parent)
{
    buildUi();

    m_progressDelay.setSingleShot(true);
    m_progressDelay.setInterval(ProgressDelayMs);
    connect(&m_progressDelay, &QTimer::timeout, this, &TrackingPanel::commitProgress);
    m_notesDelay.setSingleShot(true);
    m_notesDelay.setInterval(NotesDelayMs);
    connect(&m_notesDelay, &QTimer::timeout, this, &TrackingPanel::commitNotes);

    connect(m_status, &QComboBox::activated, this, &TrackingPanel::statusChosen);
    connect(m_progress, &QSpinBox::valueChanged, this, [this] {
        if (m_updating)
            return;
        m_progressDelay.start();
        updateActions();
    });
    connect(m_progress, &QSpinBox::editingFinished, this, [this] {
        if (!m_updating)
            commitProgress();
    });
    connect(m_rating, &RatingWidget::ratingChanged, this, [this](std::optional<int> rating) {
        if (m_updating)
            return;
        InteractionPatch patch;
        patch.rating = rating;
        request(patch);
    });
    connect(m_started, &DateField::dateEdited, this,
        [this](const std::optional<QDate> &date) { commitDate(true, date); });
    connect(m_completed, &DateField::dateEdited, this,
        [this](const std::optional<QDate> &date) { commitDate(false, date); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating)
            return;
        m_notesDirty = true;
        m_notesDelay.start();
    });
    m_notes->installEventFilter(this);
    connect(m_increment, &QAction::triggered, this, &TrackingPanel::increment);
    connect(m_complete, &QAction::triggered, this, &TrackingPanel::markCompleted);

    refresh();
}

TrackingPanel::~TrackingPanel()
{
    // Destroying the children moves focus out of them, which would run this
    // panel's handlers after its members are gone.
    for (QObject *source :
        std::initializer_list<QObject *> { m_status, m_progress, m_rating, m_started, m_completed, m_notes })
        source->disconnect(this);
    m_notes->removeEventFilter(this);
}

void TrackingPanel::commitPendingEdits()
{
    flushPending();
}

void TrackingPanel::buildUi()
{
    auto *form = new QFormLayout(this);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    form->addRow(tr("&Status:"), m_status);

    m_progress = new QSpinBox(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    // Typing commits when the person presses Enter or leaves the field.
    m_progress->setKeyboardTracking(false);
    m_progress->setAccelerated(true);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("progressTotal"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_total);
    progressRow->addStretch(1);
    auto *progressLabel = new QLabel(tr("&Progress:"), this);
    progressLabel->setBuddy(m_progress);
    form->addRow(progressLabel, progressRow);

    m_increment = new QAction(tr("&Increment Progress"), this);
    m_increment->setObjectName(QStringLiteral("incrementAction"));
    m_increment->setIconText(tr("+1"));
    m_complete = new QAction(tr("Mark &Completed"), this);
    m_complete->setObjectName(QStringLiteral("completeAction"));
    m_complete->setIconText(tr("Mark completed"));
    m_complete->setToolTip(tr("Mark as completed, with the progress at the end"));
    m_incrementButton = new QToolButton(this);
    m_incrementButton->setObjectName(QStringLiteral("incrementButton"));
    m_incrementButton->setDefaultAction(m_increment);
    m_completeButton = new QToolButton(this);
    m_completeButton->setObjectName(QStringLiteral("completeButton"));
    m_completeButton->setDefaultAction(m_complete);
    auto *actionsRow = new QHBoxLayout;
    for (QToolButton *button : { m_incrementButton, m_completeButton }) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        actionsRow->addWidget(button);
    }
    actionsRow->addStretch(1);
    form->addRow(static_cast<QWidget *>(nullptr), actionsRow);

    m_rating = new RatingWidget(this);
    m_rating->setObjectName(QStringLiteral("rating"));
    form->addRow(tr("&Rating:"), m_rating);

    m_started = new DateField(this);
    m_started->setObjectName(QStringLiteral("started"));
    m_started->checkBox()->setAccessibleName(tr("Start date known"));
    m_started->checkBox()->setToolTip(tr("Whether you know when you started"));
    m_started->dateEdit()->setAccessibleName(tr("Start date"));
    form->addRow(tr("S&tarted:"), m_started);

    m_completed = new DateField(this);
    m_completed->setObjectName(QStringLiteral("completed"));
    m_completed->checkBox()->setAccessibleName(tr("Completion date known"));
    m_completed->checkBox()->setToolTip(tr("Whether you know when you finished"));
    m_completed->dateEdit()->setAccessibleName(tr("Completion date"));
    form->addRow(tr("&Completed:"), m_completed);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Your notes, quotes and thoughts"));
    // In a form, Tab moves on to the next field instead of typing a tab.
    m_notes->setTabChangesFocus(true);
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    // Label above the editor: a side pane is too narrow for both side by side.
    form->addRow(notesLabel);
    form->addRow(m_notes);
}

std::optional<int> TrackingPanel::progressTotal() const
{
    if (progressUnit(m_media.type) == ProgressUnit::Percent)
        return 100;
    const QString key = progressTotalAttribute(m_media.type);
    if (key.isEmpty())
        return std::nullopt;
    const QJsonValue value = m_media.attributes.value(key);
    int total = 0;
    if (value.isDouble()) {
        total = qRound(value.toDouble());
    } else if (value.isString()) {
        // Imported catalogues sometimes keep numbers as text.
        bool ok = false;
        total = value.toString().trimmed().toInt(&ok);
        if (!ok)
            total = 0;
    }
    if (total <= 0)
        return std::nullopt;
    return total;
}

void TrackingPanel::setItem(const Media &media, const std::optional<Interaction> &interaction)
{
    if (media.id != m_media.id) {
        flushPending();
        discardPending();
    }
    m_media = media;
    m_state = media.id.isNull() ? std::nullopt : interaction;
    refresh();
}

void TrackingPanel::setInteraction(const std::optional<Interaction> &interaction)
{
    if (m_media.id.isNull() || (interaction && interaction->mediaId != m_media.id))
        return;
    m_state = interaction;
    refresh();
}

void TrackingPanel::setRatingScale(RatingScale scale)
{
    m_rating->setScale(scale);
}

void TrackingPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void TrackingPanel::refresh()
{
    const QScopedValueRollback guard(m_updating, true);
    setEnabled(!m_media.id.isNull() && !m_readOnly);
    refreshStatus();
    refreshProgress();
    m_rating->setRating(m_state ? m_state->rating : std::nullopt);
    m_started->setDate(m_state ? localDate(m_state->startedAt) : std::nullopt);
    m_completed->setDate(m_state ? localDate(m_state->completedAt) : std::nullopt);
    if (!m_notesDirty) {
        const QString notes = m_state ? m_state->notes : QString();
        // Replacing equal text would move the cursor of someone still in the field.
        if (m_notes->toPlainText() != notes)
            m_notes->setPlainText(notes);
    }
    updateActions();
}

void TrackingPanel::refreshStatus()
{
    const bool hasNotTrackedEntry = m_status->count() > 0 && m_status->itemData(0).toInt() == NotTracked;
    if (m_status->count() == 0 || hasNotTrackedEntry == m_state.has_value()) {
        m_status->clear();
        if (!m_state)
            m_status->addItem(tr("Not tracked"), NotTracked);
        for (Status status : allValues<Status>())
            m_status->addItem(displayName(status), static_cast<int>(status));
    }
    m_status->setCurrentIndex(m_status->findData(m_state ? static_cast<int>(m_state->status) : NotTracked));
}

void TrackingPanel::refreshProgress()
{
    const ProgressUnit unit = progressUnit(m_media.type);
    const std::optional<int> total = progressTotal();
    const int progress = m_state ? m_state->progress : 0;

    m_progress->setSuffix(
        unit == ProgressUnit::Percent ? QLocale().percent() : QStringLiteral(" ") + displayName(unit));
    // Never clamp a stored value: the catalogue total may have been lowered since.
    m_progress->setMaximum(total ? qMax(*total, progress) : qMax(UnboundedProgress, progress));
    if (!m_progressDelay.isActive())
        m_progress->setValue(progress);

    const bool showTotal = total && unit != ProgressUnit::Percent;
    m_total->setText(showTotal ? tr("of %1").arg(QLocale().toString(*total)) : QString());
    m_total->setVisible(showTotal);
    m_increment->setToolTip(incrementToolTip(unit));
}

void TrackingPanel::updateActions()
{
    const bool hasItem = !m_media.id.isNull();
    const std::optional<int> total = progressTotal();
    const int progress = m_progress->value();
    m_increment->setEnabled(hasItem && (!total || progress < *total));
    const bool done = m_state && m_state->status == Status::Completed && (!total || progress >= *total);
    m_complete->setEnabled(hasItem && !done);
}

void TrackingPanel::request(const InteractionPatch &patch)
{
    if (m_media.id.isNull())
        return;
    Interaction current;
    if (m_state) {
        current = *m_state;
    } else {
        current.mediaId = m_media.id;
    }
    // Show the change as the storage will store it (the same date rules),
    // so edits made before the save returns build on it. A change the rules
    // refuse is still requested: the owner reports why and hands back the
    // stored state.
    Result<Interaction> next = InteractionRules::apply(current, patch, Timestamps::now());
    if (next)
        m_state = *next;
    refresh();
    Q_EMIT changeRequested(m_media.id, patch);
}

void TrackingPanel::flushPending()
{
    if (m_progressDelay.isActive())
        commitProgress();
    m_started->flush();
    m_completed->flush();
    commitNotes();
}

void TrackingPanel::discardPending()
{
    m_progressDelay.stop();
    m_notesDelay.stop();
    m_notesDirty = false;
    m_started->reset(std::nullopt);
    m_completed->reset(std::nullopt);
}

void TrackingPanel::statusChosen(int index)
{
    if (m_updating)
        return;
    const int chosen = m_status->itemData(index).toInt();
    if (chosen == NotTracked)
        return;
    const auto status = static_cast<Status>(chosen);
    if (m_state && m_state->status == status)
        return;
    InteractionPatch patch;
    patch.status = status;
    // Finishing something means reaching its end, as with "Mark completed".
    const std::optional<int> total = progressTotal();
    if (status == Status::Completed && total && m_progress->value() != *total) {
        m_progressDelay.stop();
        patch.progress = *total;
    }
    request(patch);
}

void TrackingPanel::commitProgress()
{
    m_progressDelay.stop();
    const int value = m_progress->value();
    if (value == (m_state ? m_state->progress : 0))
        return;
    InteractionPatch patch;
    patch.progress = value;
    // Making progress on something not yet begun means it is now under way.
    if (value > 0 && (!m_state || m_state->status == Status::Planned))
        patch.status = Status::InProgress;
    request(patch);
}

void TrackingPanel::commitNotes()
{
    m_notesDelay.stop();
    if (!m_notesDirty)
        return;
    m_notesDirty = false;
    const QString notes = m_notes->toPlainText();
    if (notes == (m_state ? m_state->notes : QString()))
        return;
    InteractionPatch patch;
    patch.notes = notes;
    request(patch);
}

void TrackingPanel::commitDate(bool started, const std::optional<QDate> &date)
{
    if (m_updating)
        return;
    const QDateTime previous = m_state ? (started ? m_state->startedAt : m_state->completedAt) : QDateTime();
    const QDateTime value = date ? storedDateTime(*date, previous) : QDateTime();
    InteractionPatch patch;
    if (started)
        patch.startedAt = value;
    else
        patch.completedAt = value;
    request(patch);
}

void TrackingPanel::increment()
{
    if (m_media.id.isNull())
        return;
    const std::optional<int> total = progressTotal();
    const int next = m_progress->value() + 1;
    if (total && next > *total)
        return;
    m_progressDelay.stop();
    InteractionPatch patch;
    patch.progress = next;
    if (!m_state || m_state->status == Status::Planned)
        patch.status = Status::InProgress;
    request(patch);
}

void TrackingPanel::markCompleted()
{
    if (m_media.id.isNull())
        return;
    InteractionPatch patch;
    if (!m_state || m_state->status != Status::Completed)
        patch.status = Status::Completed;
    const std::optional<int> total = progressTotal();
    const int progress = total ? *total : m_progress->value();
    m_progressDelay.stop();
    if (progress != (m_state ? m_state->progress : 0))
        patch.progress = progress;
    if (!patch.status && !patch.progress)
        return;
    request(patch);
}

bool TrackingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitNotes();
    return QWidget::eventFilter(watched, event);
}

} // namespace omt
