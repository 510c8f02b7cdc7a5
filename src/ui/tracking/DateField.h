#pragma once

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;

namespace omt {

/// An optional date: a check box that says whether the date is known and a
/// date editor with a calendar popup. Unchecking clears the date; an unknown
/// date reads "Not set".
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    ~DateField() override;

    std::optional<QDate> date() const;
    /// Shows a stored date (or none); never emits dateEdited. Ignored while
    /// an edit of the person's is waiting to be committed, so a refresh from
    /// an earlier save cannot undo newer input; flush() first to force it.
    void setDate(const std::optional<QDate> &date);
    /// Commits an edit that is still waiting for the person to pause.
    void flush();
    /// Drops an edit that is waiting and shows @p date.
    void reset(const std::optional<QDate> &date);

    QCheckBox *checkBox() const { return m_known; }
    QDateEdit *dateEdit() const { return m_edit; }

Q_SIGNALS:
    /// The person set, changed or cleared the date.
    void dateEdited(const std::optional<QDate> &date);

private:
    void display(const std::optional<QDate> &date);
    void commit();

    QCheckBox *m_known = nullptr;
    QDateEdit *m_edit = nullptr;
    /// Spinning through days with the arrow keys or the wheel commits once
    /// the person pauses, not on every step.
    QTimer m_delay;
    std::optional<QDate> m_committed;
    bool m_updating = false;
};

} // namespace omt
