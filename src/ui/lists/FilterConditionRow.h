#pragma once

#include "FilterLabels.h"
#include "FilterValueEditor.h"
#include "core/Error.h"
#include "core/Filter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace omt {

/// One rule of the rule builder: field · operator · value, with the buttons
/// to add a rule below it and to remove it. Attribute rules also have the
/// attribute's name and the kind of value compared (number, text, yes/no).
class FilterConditionRow : public QWidget
{
    Q_OBJECT

public:
    FilterConditionRow(const FilterRuleContext &context, QWidget *parent = nullptr);
    ~FilterConditionRow() override;

    void setCondition(const FilterCondition &condition);
    /// The condition as entered, or what is missing ("type a value"); the
    /// caller names the rule in front of the message.
    Result<FilterCondition> condition() const;
    /// The widget to take the person to when condition() reports a problem.
    QWidget *problemWidget() const;

    /// Widgets in tab order, for the builder that keeps the order visual.
    QList<QWidget *> focusChain() const;

    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *opCombo() const { return m_op; }
    QLineEdit *attributeKeyEdit() const { return m_attributeKey; }
    QComboBox *attributeKindCombo() const { return m_attributeKind; }
    FilterValueEditor *valueEditor() const { return m_value; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    void setAddEnabled(bool enabled);

Q_SIGNALS:
    void changed();
    /// Widgets were added or replaced (the tab order must follow).
    void widgetsReplaced();
    void addBelowRequested();
    void removeRequested();

private:
    FilterField currentField() const;
    AttributeKind currentAttributeKind() const;
    FilterOpChoice currentChoice() const;
    void onFieldChanged();
    void fillOps(FilterOpChoice keep);
    void onOpChanged();

    QComboBox *m_field = nullptr;
    QLineEdit *m_attributeKey = nullptr;
    QComboBox *m_attributeKind = nullptr;
    QComboBox *m_op = nullptr;
    FilterValueEditor *m_value = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace omt
