#include "DateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace omt {

namespace {

// The editor's minimum date stands for "no date" and shows as "Not set"
// (QDateTimeEdit's special value text); no tracked date is that old.
const QDate NotSet(1900, 1, 1);
constexpr int CommitDelayMs = 400;

/// The locale's short date format, but always with a four-digit year: dates
/// people began or finished something go back decades.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_known(new QCheckBox(this))
    , m_edit(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_known);

    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(dateFormat());
    m_edit->setMinimumDate(NotSet);
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setKeyboardTracking(false);

    m_delay.setSingleShot(true);
    m_delay.setInterval(CommitDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &DateField::commit);

    connect(m_known, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_updating)
            return;
        {
            const QSignalBlocker blocker(m_edit);
            m_edit->setEnabled(checked);
            // A newly known date starts at today, the usual case.
            m_edit->setDate(checked ? QDate::currentDate() : NotSet);
        }
        commit();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating)
            m_delay.start();
    });
    connect(m_edit, &QDateEdit::editingFinished, this, [this] {
        if (!m_updating && m_delay.isActive())
            commit();
    });
    display(std::nullopt);
}

DateField::~DateField()
{
    // Destroying the editor moves focus out of it and emits editingFinished
    // after this object's members are gone.
    m_edit->disconnect(this);
    m_known->disconnect(this);
}

std::optional<QDate> DateField::date() const
{
    if (!m_known->isChecked() || m_edit->date() <= NotSet)
        return std::nullopt;
    return m_edit->date();
}

void DateField::setDate(const std::optional<QDate> &date)
{
    if (m_delay.isActive())
        return;
    display(date);
}

void DateField::reset(const std::optional<QDate> &date)
{
    m_delay.stop();
    display(date);
}

void DateField::flush()
{
    if (m_delay.isActive())
        commit();
}

void DateField::display(const std::optional<QDate> &date)
{
    m_updating = true;
    m_known->setChecked(date.has_value());
    m_edit->setEnabled(date.has_value());
    m_edit->setDate(date ? *date : NotSet);
    m_committed = date;
    m_updating = false;
}

void DateField::commit()
{
    m_delay.stop();
    const std::optional<QDate> previous = m_committed;
    const std::optional<QDate> value = date();
    // Stepping down to the "Not set" value clears the date like the check box does.
    if (!value && m_known->isChecked())
        display(std::nullopt);
    m_committed = value;
    if (value != previous)
        Q_EMIT dateEdited(value);
}

} // namespace omt
