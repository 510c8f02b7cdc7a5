#pragma once

#include "FilterLabels.h"
#include "core/Error.h"
#include "core/Filter.h"
#include "core/MediaList.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStringListModel;

namespace omt {

class CountryComboBox;

/// What the value editors of one rule builder share: class paths offered for
/// completion and the lists a rule can name. Owned by the builder.
struct FilterRuleContext
{
    QStringListModel *classPaths = nullptr;
    /// Manual lists only: a smart list has no items of its own to be "in".
    QList<MediaList> lists;
};

/// The value part of one rule: the editor that suits the field's kind of
/// value and the operator (a date, two dates for "between", a number of days,
/// a type chooser, a checkable list for "is one of", …). Changing the field
/// or operator rebuilds it; what was typed is kept where it still fits.
class FilterValueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FilterValueEditor(const FilterRuleContext &context, QWidget *parent = nullptr);
    ~FilterValueEditor() override;

    /// Shows the editors for the field and operator.
    void setKind(FilterField field, AttributeKind attributeKind, FilterOp op);
    /// Fills the editors with a value of the current field and operator.
    void setValue(const FilterValue &value);
    /// The value as entered, or what is missing ("enter some text"), worded
    /// to follow the rule's name. Not meaningful for is_null, which has no value.
    Result<FilterValue> value() const;
    /// The editors in tab order; empty when the operator takes no value.
    QList<QWidget *> editors() const;
    /// Reads the context's lists again (after FilterRuleBuilder::setLists).
    void refreshLists();

Q_SIGNALS:
    void changed();
    /// The editors were replaced: whoever keeps the tab order must follow.
    void editorsReplaced();

private:
    enum class Shape {
        None,
        Text,
        TextList,
        ClassPath,
        Country,
        Choice,
        ChoiceSet,
        Date,
        DateRange,
        Days,
        Number,
        NumberRange,
        NumberList,
        YesNo,
        List,
    };
    /// What was entered so far, carried over when the editors are rebuilt.
    struct Seed
    {
        QString text;
        QList<int> choices;
        QDate from;
        QDate to;
        double low = 0;
        double high = 0;
        int days = 30;
        bool yes = true;
        QUuid list;
    };

    Shape shapeFor(FilterOp op) const;
    void harvest();
    void build();
    void clear();
    QLineEdit *makeLine(const QString &placeholder);
    QDateEdit *makeDate(QDate date);
    QDoubleSpinBox *makeNumber(double value);
    QLabel *makeLabel(const QString &text);
    void fillChoices(QComboBox *combo) const;
    void fillChoiceSet();
    void fillLists();
    void updateDaysLabel();
    Result<FilterValue> textListValue() const;
    Result<FilterValue> numberListValue() const;
    Result<double> checkedNumber(double number) const;

    const FilterRuleContext &m_context;
    FilterField m_field = FilterField::Title;
    AttributeKind m_attributeKind = AttributeKind::Text;
    FilterOp m_op = FilterOp::Equal;
    Shape m_shape = Shape::None;
    Seed m_seed;
    /// The order of an "is one of" value as loaded, kept while the same
    /// values stay checked so that a document survives a round trip as written.
    QList<int> m_loadedChoiceOrder;

    QLineEdit *m_line = nullptr;
    CountryComboBox *m_country = nullptr;
    QComboBox *m_combo = nullptr;
    QListWidget *m_checks = nullptr;
    QDateEdit *m_date1 = nullptr;
    QDateEdit *m_date2 = nullptr;
    QDoubleSpinBox *m_number1 = nullptr;
    QDoubleSpinBox *m_number2 = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_daysLabel = nullptr;
    QList<QWidget *> m_widgets;
};

/// "a, \"b, c\", d" → a | b, c | d: values separated by commas, a value
/// holding a comma or quote written in double quotes ("" for a quote).
QStringList splitValueList(const QString &text);
/// The inverse of splitValueList.
QString joinValueList(const QStringList &values);

} // namespace omt
