#include "FilterValueEditor.h"

#include "core/MediaClass.h"
#include "ui/common/CountryComboBox.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSet>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyle>

#include <cmath>

namespace omt {

namespace {
using enum FilterOp;
namespace C = FilterCatalogue;

// Release dates reach back to antiquity; QDateEdit's default stops at 1752.
const QDate EarliestDate(1, 1, 1);
const QDate LatestDate(9999, 12, 31);
// Progress counts pages, episodes, minutes…; no real count comes near this.
constexpr double MaxProgress = 1e9;
// Attributes are any JSON number; beyond this a spin box is the wrong tool
// (the JSON view takes any number).
constexpr double AttributeRange = 1e12;
constexpr int AttributeDecimals = 6;
// A checkable list shows this many rows of choices before it scrolls.
constexpr int VisibleChoiceRows = 3;
// Characters a number box is sized for.
constexpr int NumberBoxLength = 8;
// Characters a value menu shows when closed ("In progress").
constexpr int CompactComboLength = 10;

/// The locale's short date format, but always with a four-digit year.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

/// A number box that shows 412 as "412", not "412.000000": attributes hold
/// whole and fractional numbers alike.
class NumberSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override
    {
        QLocale locale = this->locale();
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        return locale.toString(value, 'g', 15);
    }
};

bool isCountryCode(const QString &code)
{
    return code.size() == 2 && code.at(0) >= QLatin1Char('A') && code.at(0) <= QLatin1Char('Z')
        && code.at(1) >= QLatin1Char('A') && code.at(1) <= QLatin1Char('Z');
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

Error problem(const QString &message)
{
    return Error::invalidInput(message);
}
} // namespace

QStringList splitValueList(const QString &text)
{
    QStringList values;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                current.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current.append(c);
            }
        } else if (c == QLatin1Char('"') && current.trimmed().isEmpty()) {
            current.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            values.append(wasQuoted ? current : current.trimmed());
            current.clear();
            wasQuoted = false;
        } else if (!wasQuoted) {
            current.append(c);
        }
    }
    values.append(wasQuoted ? current : current.trimmed());
    // Blanks between commas ("a, , b") are slips, not values.
    values.removeIf([](const QString &value) { return value.trimmed().isEmpty(); });
    return values;
}

QString joinValueList(const QStringList &values)
{
    QStringList written;
    for (const QString &value : values) {
        const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
            || value != value.trimmed();
        written.append(needsQuotes ? QLatin1Char('"')
                    + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"')
                                   : value);
    }
    return written.join(QStringLiteral(", "));
}

FilterValueEditor::FilterValueEditor(const FilterRuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_seed.from = QDate::currentDate();
    m_seed.to = m_seed.from;
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

FilterValueEditor::~FilterValueEditor() = default;

FilterValueEditor::Shape FilterValueEditor::shapeFor(FilterOp op) const
{
    if (op == IsNull)
        return Shape::None;
    if (op == WithinDays)
        return Shape::Days;
    switch (C::info(m_field).type) {
    case FilterValueType::MediaTypeEnum:
    case FilterValueType::StatusEnum: return op == In ? Shape::ChoiceSet : Shape::Choice;
    case FilterValueType::ClassPath: return op == In ? Shape::TextList : Shape::ClassPath;
    case FilterValueType::Text:
        if (op == In)
            return Shape::TextList;
        return m_field == FilterField::Country ? Shape::Country : Shape::Text;
    case FilterValueType::FullText: return Shape::Text;
    case FilterValueType::Date:
    case FilterValueType::Timestamp: return op == Between ? Shape::DateRange : Shape::Date;
    case FilterValueType::Number:
        return op == In ? Shape::NumberList : op == Between ? Shape::NumberRange : Shape::Number;
    case FilterValueType::Attribute:
        switch (m_attributeKind) {
        case AttributeKind::Number:
            return op == In ? Shape::NumberList : op == Between ? Shape::NumberRange : Shape::Number;
        case AttributeKind::Text: return op == In ? Shape::TextList : Shape::Text;
        case AttributeKind::YesNo: return Shape::YesNo;
        }
        break;
    case FilterValueType::ListId: return Shape::List;
    }
    return Shape::Text;
}

void FilterValueEditor::setKind(FilterField field, AttributeKind attributeKind, FilterOp op)
{
    harvest();
    if (field != m_field) {
        // A title typed for "Title" makes no sense as a class path or a date.
        m_seed.text.clear();
        m_seed.choices.clear();
        m_loadedChoiceOrder.clear();
    }
    m_field = field;
    m_attributeKind = attributeKind;
    m_op = op;
    build();
}

void FilterValueEditor::setValue(const FilterValue &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        m_seed.text = *text;
    else if (const auto *texts = std::get_if<QStringList>(&value))
        m_seed.text = joinValueList(*texts);
    else if (const auto *number = std::get_if<double>(&value))
        m_seed.low = *number;
    else if (const auto *numbers = std::get_if<QList<double>>(&value)) {
        QStringList written;
        for (double n : *numbers)
            written.append(numberText(n));
        m_seed.text = written.join(QStringLiteral(", "));
    } else if (const auto *date = std::get_if<QDate>(&value))
        m_seed.from = *date;
    else if (const auto *days = std::get_if<int>(&value))
        m_seed.days = *days;
    else if (const auto *range = std::get_if<std::pair<double, double>>(&value)) {
        m_seed.low = range->first;
        m_seed.high = range->second;
    } else if (const auto *dates = std::get_if<std::pair<QDate, QDate>>(&value)) {
        m_seed.from = dates->first;
        m_seed.to = dates->second;
    } else if (const auto *list = std::get_if<QUuid>(&value))
        m_seed.list = *list;
    else if (const auto *type = std::get_if<MediaType>(&value))
        m_seed.choices = { int(*type) };
    else if (const auto *status = std::get_if<Status>(&value))
        m_seed.choices = { int(*status) };
    else if (const auto *types = std::get_if<QList<MediaType>>(&value)) {
        m_seed.choices.clear();
        for (MediaType t : *types)
            m_seed.choices.append(int(t));
        m_loadedChoiceOrder = m_seed.choices;
    } else if (const auto *statuses = std::get_if<QList<Status>>(&value)) {
        m_seed.choices.clear();
        for (Status s : *statuses)
            m_seed.choices.append(int(s));
        m_loadedChoiceOrder = m_seed.choices;
    } else if (const auto *flag = std::get_if<bool>(&value))
        m_seed.yes = *flag;
    build();
}

void FilterValueEditor::harvest()
{
    switch (m_shape) {
    case Shape::None: break;
    case Shape::Text:
    case Shape::TextList:
    case Shape::ClassPath:
    case Shape::NumberList: m_seed.text = m_line->text(); break;
    case Shape::Country: m_seed.text = m_country->code(); break;
    case Shape::Choice: m_seed.choices = { m_combo->currentData().toInt() }; break;
    case Shape::ChoiceSet:
        m_seed.choices.clear();
        for (int row = 0; row < m_checks->count(); ++row) {
            if (m_checks->item(row)->checkState() == Qt::Checked)
                m_seed.choices.append(m_checks->item(row)->data(Qt::UserRole).toInt());
        }
        break;
    case Shape::Date: m_seed.from = m_date1->date(); break;
    case Shape::DateRange:
        m_seed.from = m_date1->date();
        m_seed.to = m_date2->date();
        break;
    case Shape::Days: m_seed.days = m_days->value(); break;
    case Shape::Number: m_seed.low = m_number1->value(); break;
    case Shape::NumberRange:
        m_seed.low = m_number1->value();
        m_seed.high = m_number2->value();
        break;
    case Shape::YesNo: m_seed.yes = m_combo->currentData().toBool(); break;
    case Shape::List: m_seed.list = m_combo->currentData().toUuid(); break;
    }
}

void FilterValueEditor::clear()
{
    for (QWidget *widget : std::as_const(m_widgets))
        delete widget;
    m_widgets.clear();
    while (QLayoutItem *item = layout()->takeAt(0))
        delete item;
    m_line = nullptr;
    m_country = nullptr;
    m_combo = nullptr;
    m_checks = nullptr;
    m_date1 = m_date2 = nullptr;
    m_number1 = m_number2 = nullptr;
    m_days = nullptr;
    m_daysLabel = nullptr;
}

QLineEdit *FilterValueEditor::makeLine(const QString &placeholder)
{
    auto *line = new QLineEdit(this);
    line->setPlaceholderText(placeholder);
    line->setAccessibleName(tr("Value"));
    line->setMaxLength(m_shape == Shape::TextList || m_shape == Shape::NumberList ? 32767 : C::MaxTextLength);
    line->setText(m_seed.text);
    line->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    connect(line, &QLineEdit::textChanged, this, &FilterValueEditor::changed);
    return line;
}

QDateEdit *FilterValueEditor::makeDate(QDate date)
{
    auto *edit = new QDateEdit(this);
    edit->setDateRange(EarliestDate, LatestDate);
    edit->setDisplayFormat(dateFormat());
    edit->setCalendarPopup(true);
    edit->setDate(date.isValid() ? date : QDate::currentDate());
    connect(edit, &QDateEdit::dateChanged, this, &FilterValueEditor::changed);
    return edit;
}

QDoubleSpinBox *FilterValueEditor::makeNumber(double value)
{
    auto *spin = new NumberSpinBox(this);
    if (m_field == FilterField::Rating) {
        spin->setDecimals(0);
        spin->setRange(MinRating, MaxRating);
        spin->setToolTip(tr("Ratings go from %1 to %2.").arg(MinRating).arg(MaxRating));
    } else if (m_field == FilterField::Progress) {
        spin->setDecimals(0);
        spin->setRange(0, MaxProgress);
    } else {
        spin->setDecimals(AttributeDecimals);
        spin->setRange(-AttributeRange, AttributeRange);
    }
    spin->setValue(value);
    spin->setAccessibleName(tr("Value"));
    // The range would size the box for "-1000000000000.000000"; numbers
    // people compare with are short, and the box scrolls for longer ones.
    spin->setMinimumWidth(spin->fontMetrics().averageCharWidth() * NumberBoxLength
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, spin));
    spin->setMaximumWidth(spin->minimumWidth() * 2);
    connect(spin, &QDoubleSpinBox::valueChanged, this, &FilterValueEditor::changed);
    return spin;
}

QLabel *FilterValueEditor::makeLabel(const QString &text)
{
    return new QLabel(text, this);
}

void FilterValueEditor::fillChoices(QComboBox *combo) const
{
    if (C::info(m_field).type == FilterValueType::MediaTypeEnum) {
        for (MediaType type : allValues<MediaType>())
            combo->addItem(displayName(type), int(type));
    } else {
        for (Status status : allValues<Status>())
            combo->addItem(displayName(status), int(status));
    }
}

void FilterValueEditor::fillChoiceSet()
{
    QComboBox names;
    fillChoices(&names);
    for (int i = 0; i < names.count(); ++i) {
        auto *item = new QListWidgetItem(names.itemText(i), m_checks);
        const int value = names.itemData(i).toInt();
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_seed.choices.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    // The choices flow in columns of one width, as many as fit, so that
    // eleven media types take three short rows instead of eleven.
    int widest = 0;
    for (int row = 0; row < m_checks->count(); ++row)
        widest = qMax(widest, m_checks->sizeHintForIndex(m_checks->model()->index(row, 0)).width());
    const int rowHeight = m_checks->sizeHintForRow(0);
    m_checks->setGridSize(QSize(widest + fontMetrics().averageCharWidth() * 2, rowHeight));
    m_checks->setFlow(QListView::LeftToRight);
    m_checks->setWrapping(true);
    m_checks->setResizeMode(QListView::Adjust);
    m_checks->setUniformItemSizes(true);
    m_checks->setFixedHeight(rowHeight * VisibleChoiceRows + 2 * m_checks->frameWidth());
}

void FilterValueEditor::fillLists()
{
    m_combo->clear();
    for (const MediaList &list : m_context.lists)
        m_combo->addItem(list.name, list.id);
    if (!m_seed.list.isNull() && m_combo->findData(m_seed.list) < 0) {
        // A list that was deleted, or another member's private list: kept so
        // that the rule is not silently changed.
        m_combo->addItem(tr("(unavailable list)"), m_seed.list);
    }
    const int index = m_combo->findData(m_seed.list);
    m_combo->setCurrentIndex(index >= 0 ? index : 0);
}

void FilterValueEditor::refreshLists()
{
    if (m_shape != Shape::List)
        return;
    harvest();
    const QSignalBlocker blocker(m_combo);
    fillLists();
}

void FilterValueEditor::updateDaysLabel()
{
    m_daysLabel->setText(tr("day(s)", nullptr, m_days->value()));
}

void FilterValueEditor::build()
{
    clear();
    m_shape = shapeFor(m_op);
    auto *box = qobject_cast<QHBoxLayout *>(layout());
    bool stretches = false;
    switch (m_shape) {
    case Shape::None: break;
    case Shape::Text: {
        QString placeholder = tr("Text to look for");
        if (m_field == FilterField::Text)
            placeholder = tr("Words in the title, creators or description");
        else if (m_field == FilterField::Notes)
            placeholder = tr("Words in your notes");
        else if (m_field == FilterField::Creators)
            placeholder = tr("A name, such as Ursula K. Le Guin");
        m_line = makeLine(placeholder);
        stretches = true;
        break;
    }
    case Shape::TextList:
        m_line = makeLine(m_field == FilterField::Country
                ? tr("Country codes separated by commas, such as GB, IE")
                : tr("Values separated by commas; \"quote, if needed\""));
        if (m_field == FilterField::MediaClass)
            m_line->setPlaceholderText(tr("Classes separated by commas, such as video.film, video.tv"));
        stretches = true;
        break;
    case Shape::ClassPath: {
        m_line = makeLine(tr("A class, such as text.book.novel"));
        if (m_context.classPaths) {
            auto *completer = new QCompleter(m_context.classPaths, m_line);
            // "novel" finds "text.book.novel": people remember a label, not the path.
            completer->setFilterMode(Qt::MatchContains);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            m_line->setCompleter(completer);
        }
        stretches = true;
        break;
    }
    case Shape::Country:
        m_country = new CountryComboBox(this);
        m_country->setAccessibleName(tr("Country"));
        if (isCountryCode(m_seed.text))
            m_country->setCode(m_seed.text);
        connect(m_country, &QComboBox::currentIndexChanged, this, &FilterValueEditor::changed);
        connect(m_country, &QComboBox::editTextChanged, this, &FilterValueEditor::changed);
        break;
    case Shape::Choice: {
        m_combo = new QComboBox(this);
        m_combo->setAccessibleName(tr("Value"));
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(CompactComboLength);
        fillChoices(m_combo);
        const int index = m_seed.choices.isEmpty() ? -1 : m_combo->findData(m_seed.choices.first());
        m_combo->setCurrentIndex(qMax(0, index));
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FilterValueEditor::changed);
        break;
    }
    case Shape::ChoiceSet:
        m_checks = new QListWidget(this);
        m_checks->setAccessibleName(tr("Values"));
        m_checks->setToolTip(tr("Check the values to match; Space checks the current one."));
        fillChoiceSet();
        connect(m_checks, &QListWidget::itemChanged, this, &FilterValueEditor::changed);
        stretches = true;
        break;
    case Shape::Date:
        m_date1 = makeDate(m_seed.from);
        m_date1->setAccessibleName(tr("Date"));
        break;
    case Shape::DateRange:
        m_date1 = makeDate(m_seed.from);
        m_date1->setAccessibleName(tr("From"));
        m_date2 = makeDate(qMax(m_seed.from, m_seed.to));
        m_date2->setAccessibleName(tr("To"));
        break;
    case Shape::Days:
        m_days = new QSpinBox(this);
        m_days->setRange(0, C::MaxWithinDays);
        m_days->setValue(m_seed.days);
        m_days->setAccessibleName(tr("Number of days"));
        m_days->setToolTip(tr("0 is today only."));
        m_daysLabel = makeLabel({});
        updateDaysLabel();
        connect(m_days, &QSpinBox::valueChanged, this, [this] {
            updateDaysLabel();
            Q_EMIT changed();
        });
        break;
    case Shape::Number: m_number1 = makeNumber(m_seed.low); break;
    case Shape::NumberRange:
        m_number1 = makeNumber(m_seed.low);
        m_number1->setAccessibleName(tr("From"));
        m_number2 = makeNumber(qMax(m_seed.low, m_seed.high));
        m_number2->setAccessibleName(tr("To"));
        break;
    case Shape::NumberList:
        m_line = makeLine(tr("Numbers separated by commas, such as 8, 9, 10"));
        stretches = true;
        break;
    case Shape::YesNo:
        m_combo = new QComboBox(this);
        m_combo->setAccessibleName(tr("Value"));
        m_combo->addItem(tr("yes"), true);
        m_combo->addItem(tr("no"), false);
        m_combo->setCurrentIndex(m_seed.yes ? 0 : 1);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FilterValueEditor::changed);
        break;
    case Shape::List:
        m_combo = new QComboBox(this);
        m_combo->setAccessibleName(tr("List"));
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(CompactComboLength + 6);
        fillLists();
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FilterValueEditor::changed);
        break;
    }

    for (QWidget *widget :
        { static_cast<QWidget *>(m_line), static_cast<QWidget *>(m_country), static_cast<QWidget *>(m_combo),
            static_cast<QWidget *>(m_checks), static_cast<QWidget *>(m_date1),
            static_cast<QWidget *>(m_number1), static_cast<QWidget *>(m_days) }) {
        if (widget)
            m_widgets.append(widget);
    }
    if (m_date2 || m_number2) {
        m_widgets.append(makeLabel(tr("and")));
        m_widgets.append(m_date2 ? static_cast<QWidget *>(m_date2) : m_number2);
    }
    if (m_daysLabel)
        m_widgets.append(m_daysLabel);
    for (QWidget *widget : std::as_const(m_widgets))
        box->addWidget(widget, widget == m_line || widget == m_checks ? 1 : 0);
    if (!stretches)
        box->addStretch(1);
    setVisible(m_shape != Shape::None);
    Q_EMIT editorsReplaced();
}

QList<QWidget *> FilterValueEditor::editors() const
{
    QList<QWidget *> result;
    for (QWidget *widget : m_widgets) {
        if (widget->focusPolicy() != Qt::NoFocus)
            result.append(widget);
    }
    return result;
}

Result<double> FilterValueEditor::checkedNumber(double number) const
{
    const bool whole = m_field != FilterField::Attribute;
    if (whole && std::floor(number) != number)
        return problem(tr("“%1” is not a whole number").arg(QLocale().toString(number)));
    if (m_field == FilterField::Rating && (number < MinRating || number > MaxRating))
        return problem(tr("a rating is from %1 to %2").arg(MinRating).arg(MaxRating));
    if (whole && number < 0)
        return problem(tr("a number cannot be negative here"));
    return number;
}

Result<FilterValue> FilterValueEditor::textListValue() const
{
    QStringList values = splitValueList(m_line->text());
    if (values.isEmpty())
        return problem(tr("type one or more values separated by commas"));
    if (values.size() > C::MaxInValues)
        return problem(tr("give at most %1 values").arg(C::MaxInValues));
    for (QString &value : values) {
        if (value.size() > C::MaxTextLength)
            return problem(tr("a value is longer than %1 characters").arg(C::MaxTextLength));
        if (m_field == FilterField::Country) {
            value = value.toUpper();
            if (!isCountryCode(value))
                return problem(tr("“%1” is not a two-letter country code such as GB").arg(value));
        }
        if (m_field == FilterField::MediaClass && !MediaClass::isValid(value))
            return problem(tr("“%1” is not a class such as video.film").arg(value));
    }
    return FilterValue(values);
}

Result<FilterValue> FilterValueEditor::numberListValue() const
{
    const QStringList texts = splitValueList(m_line->text());
    if (texts.isEmpty())
        return problem(tr("type one or more numbers separated by commas"));
    if (texts.size() > C::MaxInValues)
        return problem(tr("give at most %1 values").arg(C::MaxInValues));
    QList<double> numbers;
    for (const QString &text : texts) {
        bool ok = false;
        double number = QLocale::c().toDouble(text, &ok);
        if (!ok)
            number = QLocale().toDouble(text, &ok);
        if (!ok || !std::isfinite(number))
            return problem(tr("“%1” is not a number").arg(text));
        auto checked = checkedNumber(number);
        if (!checked)
            return checked.error();
        numbers.append(*checked);
    }
    return FilterValue(numbers);
}

Result<FilterValue> FilterValueEditor::value() const
{
    switch (m_shape) {
    case Shape::None: return FilterValue(true);
    case Shape::Text: {
        const QString text = m_line->text().trimmed();
        if (text.isEmpty())
            return problem(tr("type a value"));
        return FilterValue(text);
    }
    case Shape::TextList: return textListValue();
    case Shape::ClassPath: {
        const QString path = m_line->text().trimmed();
        if (path.isEmpty())
            return problem(tr("type a class, such as video.film"));
        if (!MediaClass::isValid(path))
            return problem(tr("“%1” is not a class: use words of letters, digits and underscores "
                              "separated by dots, such as video.film")
                               .arg(path));
        return FilterValue(path);
    }
    case Shape::Country:
        if (!m_country->isAcceptable() || m_country->code().isEmpty())
            return problem(tr("choose a country"));
        return FilterValue(m_country->code());
    case Shape::Choice: {
        const int choice = m_combo->currentData().toInt();
        if (C::info(m_field).type == FilterValueType::MediaTypeEnum)
            return FilterValue(MediaType(choice));
        return FilterValue(Status(choice));
    }
    case Shape::ChoiceSet: {
        QList<int> checked;
        for (int row = 0; row < m_checks->count(); ++row) {
            if (m_checks->item(row)->checkState() == Qt::Checked)
                checked.append(m_checks->item(row)->data(Qt::UserRole).toInt());
        }
        if (checked.isEmpty())
            return problem(tr("check at least one value"));
        if (QSet<int>(checked.cbegin(), checked.cend())
            == QSet<int>(m_loadedChoiceOrder.cbegin(), m_loadedChoiceOrder.cend()))
            checked = m_loadedChoiceOrder;
        if (C::info(m_field).type == FilterValueType::MediaTypeEnum) {
            QList<MediaType> types;
            for (int value : checked)
                types.append(MediaType(value));
            return FilterValue(types);
        }
        QList<Status> statuses;
        for (int value : checked)
            statuses.append(Status(value));
        return FilterValue(statuses);
    }
    case Shape::Date: return FilterValue(m_date1->date());
    case Shape::DateRange:
        if (m_date1->date() > m_date2->date())
            return problem(tr("the first date is after the second"));
        return FilterValue(std::pair { m_date1->date(), m_date2->date() });
    case Shape::Days: return FilterValue(m_days->value());
    case Shape::Number: {
        auto number = checkedNumber(m_number1->value());
        if (!number)
            return number.error();
        return FilterValue(*number);
    }
    case Shape::NumberRange:
        if (m_number1->value() > m_number2->value())
            return problem(tr("the first number is greater than the second"));
        return FilterValue(std::pair { m_number1->value(), m_number2->value() });
    case Shape::NumberList: return numberListValue();
    case Shape::YesNo: return FilterValue(m_combo->currentData().toBool());
    case Shape::List: {
        const QUuid id = m_combo->currentData().toUuid();
        if (id.isNull())
            return problem(
                m_combo->count() == 0 ? tr("there is no list to choose from yet") : tr("choose a list"));
        return FilterValue(id);
    }
    }
    return problem(tr("type a value"));
}

} // namespace omt
