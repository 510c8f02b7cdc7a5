#include "FilterConditionRow.h"

#include "RuleButtons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace omt {

namespace {
using enum FilterOp;
namespace C = FilterCatalogue;

// Characters a field or operator menu shows when closed: "Release date",
// "is on or before".
constexpr int CompactComboLength = 11;

AttributeKind kindOf(const FilterValue &value, AttributeKind current)
{
    if (std::holds_alternative<double>(value) || std::holds_alternative<QList<double>>(value)
        || std::holds_alternative<std::pair<double, double>>(value))
        return AttributeKind::Number;
    if (std::holds_alternative<QString>(value) || std::holds_alternative<QStringList>(value))
        return AttributeKind::Text;
    return current;
}
} // namespace

FilterConditionRow::FilterConditionRow(const FilterRuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_field(new QComboBox(this))
    , m_attributeKey(new QLineEdit(this))
    , m_attributeKind(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_value(new FilterValueEditor(context, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_attributeKey);
    layout->addWidget(m_attributeKind);
    layout->addWidget(m_op);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_add, 0, Qt::AlignTop);
    layout->addWidget(m_remove, 0, Qt::AlignTop);

    m_field->setAccessibleName(tr("Field"));
    for (const FilterFieldInfo &info : C::fields()) {
        // Separators set the item's own facts apart from the person's
        // tracking of it and from lists and text search.
        if (info.field == FilterField::Status || info.field == FilterField::InList)
            m_field->insertSeparator(m_field->count());
        m_field->addItem(FilterLabels::field(info.field), int(info.field));
    }
    m_field->setMaxVisibleItems(m_field->count());
    // Sized for the usual words, not the longest one, so that a rule fits a
    // dialog's width; the open menu still shows every entry whole.
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(CompactComboLength);

    m_attributeKey->setPlaceholderText(tr("attribute, e.g. pages"));
    m_attributeKey->setAccessibleName(tr("Attribute name"));
    m_attributeKey->setToolTip(tr("The attribute's name as in the item's attributes: letters, digits and "
                                  "underscores"));
    m_attributeKey->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_]*")), m_attributeKey));
    m_attributeKey->setMaxLength(C::MaxTextLength);
    m_attributeKey->setFixedWidth(fontMetrics().averageCharWidth() * CompactComboLength);
    m_attributeKind->setAccessibleName(tr("Kind of value"));
    m_attributeKind->setToolTip(tr("Whether the attribute holds a number, text or yes/no"));
    for (AttributeKind kind : { AttributeKind::Number, AttributeKind::Text, AttributeKind::YesNo })
        m_attributeKind->addItem(FilterLabels::attributeKind(kind), int(kind));

    m_op->setAccessibleName(tr("Comparison"));
    m_op->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_op->setMinimumContentsLength(CompactComboLength);

    m_add->setToolTip(tr("Add a rule below this one"));
    m_add->setAccessibleName(tr("Add rule below"));
    m_remove->setToolTip(tr("Remove this rule"));
    m_remove->setAccessibleName(tr("Remove rule"));
    setUpPlusMinus(m_add, m_remove);

    connect(m_field, &QComboBox::currentIndexChanged, this, &FilterConditionRow::onFieldChanged);
    connect(m_attributeKind, &QComboBox::currentIndexChanged, this, &FilterConditionRow::onFieldChanged);
    connect(m_op, &QComboBox::currentIndexChanged, this, &FilterConditionRow::onOpChanged);
    connect(m_attributeKey, &QLineEdit::textChanged, this, &FilterConditionRow::changed);
    connect(m_value, &FilterValueEditor::changed, this, &FilterConditionRow::changed);
    connect(m_value, &FilterValueEditor::editorsReplaced, this, &FilterConditionRow::widgetsReplaced);
    connect(m_add, &QToolButton::clicked, this, &FilterConditionRow::addBelowRequested);
    connect(m_remove, &QToolButton::clicked, this, &FilterConditionRow::removeRequested);

    {
        const QSignalBlocker blocker(m_field);
        m_field->setCurrentIndex(m_field->findData(int(FilterField::Title)));
    }
    const QSignalBlocker blocker(this);
    onFieldChanged();
}

FilterConditionRow::~FilterConditionRow() = default;

FilterField FilterConditionRow::currentField() const
{
    return FilterField(m_field->currentData().toInt());
}

AttributeKind FilterConditionRow::currentAttributeKind() const
{
    return AttributeKind(m_attributeKind->currentData().toInt());
}

FilterOpChoice FilterConditionRow::currentChoice() const
{
    return m_op->currentIndex() < 0 ? FilterOpChoice {}
                                    : FilterOpChoice::fromCode(m_op->currentData().toInt());
}

void FilterConditionRow::setAddEnabled(bool enabled)
{
    m_add->setEnabled(enabled);
}

void FilterConditionRow::fillOps(FilterOpChoice keep)
{
    const QSignalBlocker blocker(m_op);
    const FilterField field = currentField();
    m_op->clear();
    for (const FilterOpChoice &choice : FilterLabels::choices(field, currentAttributeKind()))
        m_op->addItem(FilterLabels::op(field, choice), choice.code());
    int index = m_op->findData(keep.code());
    m_op->setCurrentIndex(qMax(0, index));
}

void FilterConditionRow::onFieldChanged()
{
    const FilterField field = currentField();
    const bool attribute = field == FilterField::Attribute;
    m_attributeKey->setVisible(attribute);
    m_attributeKind->setVisible(attribute);
    // A new rule starts as "contains": text is searched far more often than matched whole.
    fillOps(m_op->count() > 0 ? currentChoice() : FilterOpChoice { Contains, true });
    m_value->setKind(field, currentAttributeKind(), currentChoice().op);
    Q_EMIT widgetsReplaced();
    Q_EMIT changed();
}

void FilterConditionRow::onOpChanged()
{
    m_value->setKind(currentField(), currentAttributeKind(), currentChoice().op);
    Q_EMIT changed();
}

void FilterConditionRow::setCondition(const FilterCondition &condition)
{
    {
        const QSignalBlocker fieldBlocker(m_field);
        const QSignalBlocker kindBlocker(m_attributeKind);
        const QSignalBlocker keyBlocker(m_attributeKey);
        m_field->setCurrentIndex(m_field->findData(int(condition.field)));
        const bool attribute = condition.field == FilterField::Attribute;
        m_attributeKey->setVisible(attribute);
        m_attributeKind->setVisible(attribute);
        if (attribute) {
            m_attributeKey->setText(condition.attributeKey);
            const AttributeKind kind = condition.op == Equal || condition.op == NotEqual
                ? (std::holds_alternative<bool>(condition.value)
                        ? AttributeKind::YesNo
                        : kindOf(condition.value, AttributeKind::Text))
                : kindOf(condition.value, currentAttributeKind());
            m_attributeKind->setCurrentIndex(m_attributeKind->findData(int(kind)));
        }
        const bool isNull = condition.op == IsNull && std::get_if<bool>(&condition.value)
            && *std::get_if<bool>(&condition.value);
        fillOps({ condition.op, condition.op == IsNull ? isNull : true });
    }
    const QSignalBlocker blocker(m_value);
    m_value->setKind(condition.field, currentAttributeKind(), condition.op);
    if (condition.op != IsNull)
        m_value->setValue(condition.value);
    Q_EMIT widgetsReplaced();
}

Result<FilterCondition> FilterConditionRow::condition() const
{
    FilterCondition result;
    result.field = currentField();
    if (result.field == FilterField::Attribute) {
        result.attributeKey = m_attributeKey->text().trimmed();
        if (result.attributeKey.isEmpty())
            return Error::invalidInput(tr("type the attribute's name, such as pages"));
        if (!C::isValidAttributeKey(result.attributeKey))
            return Error::invalidInput(tr("an attribute's name has only letters, digits and underscores"));
    }
    const FilterOpChoice choice = currentChoice();
    result.op = choice.op;
    if (choice.op == IsNull) {
        result.value = choice.isNull;
        return result;
    }
    auto value = m_value->value();
    if (!value)
        return value.error();
    result.value = *value;
    return result;
}

QWidget *FilterConditionRow::problemWidget() const
{
    if (currentField() == FilterField::Attribute && !C::isValidAttributeKey(m_attributeKey->text().trimmed()))
        return m_attributeKey;
    const QList<QWidget *> editors = m_value->editors();
    return editors.isEmpty() ? static_cast<QWidget *>(m_op) : editors.first();
}

QList<QWidget *> FilterConditionRow::focusChain() const
{
    QList<QWidget *> chain { m_field };
    if (currentField() == FilterField::Attribute)
        chain << m_attributeKey << m_attributeKind;
    chain << m_op;
    chain << m_value->editors();
    chain << m_add << m_remove;
    return chain;
}

} // namespace omt
