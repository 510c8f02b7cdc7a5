#include "FilterGroupWidget.h"

#include "FilterConditionRow.h"
#include "RuleButtons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace omt {

namespace {
using Kind = FilterNode::Kind;
} // namespace

FilterGroupWidget::FilterGroupWidget(
    const FilterRuleContext &context, FilterGroupWidget *parentGroup, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_parentGroup(parentGroup)
    , m_mode(new QComboBox(this))
    , m_addRule(new QPushButton(this))
    , m_addGroup(new QPushButton(this))
{
    const bool root = parentGroup == nullptr;
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_mode);
    header->addStretch(1);
    header->addWidget(m_addRule);
    header->addWidget(m_addGroup);
    layout->addLayout(header);
    m_childLayout = new QVBoxLayout;
    layout->addLayout(m_childLayout);

    if (root) {
        setFrameShape(QFrame::NoFrame);
        layout->setContentsMargins(0, 0, 0, 0);
    } else {
        setFrameShape(QFrame::StyledPanel);
        // Nested rules sit indented under their group's header, so the
        // structure reads at a glance.
        const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this) * 2;
        m_childLayout->setContentsMargins(indent, 0, 0, 0);
        m_remove = new QToolButton(this);
        setUpPlusMinus(nullptr, m_remove);
        m_remove->setToolTip(tr("Remove this group and its rules"));
        m_remove->setAccessibleName(tr("Remove group"));
        header->addWidget(m_remove);
        connect(m_remove, &QToolButton::clicked, this, &FilterGroupWidget::removeRequested);
    }

    m_mode->setAccessibleName(tr("How the rules combine"));
    m_mode->addItem(tr("Match all of the following"), int(Mode::All));
    m_mode->addItem(tr("Match any of the following"), int(Mode::Any));
    m_mode->addItem(tr("Match none of the following"), int(Mode::None));
    m_mode->addItem(tr("Match not all of the following"), int(Mode::NotAll));
    // Only the outermost group's buttons get mnemonics: nested groups would
    // repeat them.
    m_addRule->setText(root ? tr("&Add Rule") : tr("Add Rule"));
    m_addRule->setToolTip(tr("Add a rule at the end of this group"));
    m_addGroup->setText(root ? tr("Add &Group") : tr("Add Group"));
    m_addGroup->setToolTip(tr("Add a group of rules that combine in their own way"));
    m_addRule->setAutoDefault(false);
    m_addGroup->setAutoDefault(false);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT structureChanged();
        Q_EMIT changed();
    });
    connect(m_addRule, &QPushButton::clicked, this, [this] {
        FilterConditionRow *row = addRule();
        row->fieldCombo()->setFocus(Qt::TabFocusReason);
    });
    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        FilterGroupWidget *group = addGroup();
        group->addRule();
        group->modeCombo()->setFocus(Qt::TabFocusReason);
    });
}

FilterGroupWidget::~FilterGroupWidget() = default;

FilterGroupWidget::Mode FilterGroupWidget::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void FilterGroupWidget::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

int FilterGroupWidget::depthCost() const
{
    const Mode own = mode();
    const int cost = own == Mode::None || own == Mode::NotAll ? 2 : 1;
    return cost + (m_parentGroup ? m_parentGroup->depthCost() : 0);
}

int FilterGroupWidget::ruleCount() const
{
    int count = 0;
    for (QWidget *child : m_children) {
        if (auto *group = qobject_cast<FilterGroupWidget *>(child))
            count += group->ruleCount();
        else
            ++count;
    }
    return count;
}

void FilterGroupWidget::insertChild(QWidget *child, int index)
{
    if (index < 0 || index > m_children.size())
        index = int(m_children.size());
    m_children.insert(index, child);
    m_childLayout->insertWidget(index, child);
}

void FilterGroupWidget::adopt(FilterConditionRow *row)
{
    connect(row, &FilterConditionRow::changed, this, &FilterGroupWidget::changed);
    connect(row, &FilterConditionRow::widgetsReplaced, this, &FilterGroupWidget::structureChanged);
    connect(row, &FilterConditionRow::addBelowRequested, this, [this, row] {
        FilterConditionRow *added = addRule(int(m_children.indexOf(row)) + 1);
        added->fieldCombo()->setFocus(Qt::TabFocusReason);
    });
    connect(row, &FilterConditionRow::removeRequested, this, [this, row] { removeChild(row); });
}

void FilterGroupWidget::adopt(FilterGroupWidget *group)
{
    connect(group, &FilterGroupWidget::changed, this, &FilterGroupWidget::changed);
    connect(group, &FilterGroupWidget::structureChanged, this, &FilterGroupWidget::structureChanged);
    connect(group, &FilterGroupWidget::removeRequested, this, [this, group] { removeChild(group); });
}

FilterConditionRow *FilterGroupWidget::addRule(int index)
{
    auto *row = new FilterConditionRow(m_context, this);
    adopt(row);
    insertChild(row, index);
    onChildrenChanged();
    return row;
}

FilterGroupWidget *FilterGroupWidget::addGroup(int index)
{
    auto *group = new FilterGroupWidget(m_context, this, this);
    adopt(group);
    insertChild(group, index);
    onChildrenChanged();
    return group;
}

void FilterGroupWidget::removeChild(QWidget *child)
{
    const int index = int(m_children.indexOf(child));
    if (index < 0)
        return;
    m_children.removeAt(index);
    m_childLayout->removeWidget(child);
    child->hide();
    // The request comes from a button inside the child, still in its click handler.
    child->deleteLater();
    // Focus stays in the rules: on what took the removed one's place, or the group.
    QWidget *next = index < m_children.size() ? m_children.at(index)
        : index > 0                           ? m_children.at(index - 1)
                                              : nullptr;
    if (auto *row = qobject_cast<FilterConditionRow *>(next))
        row->fieldCombo()->setFocus(Qt::TabFocusReason);
    else if (auto *group = qobject_cast<FilterGroupWidget *>(next))
        group->modeCombo()->setFocus(Qt::TabFocusReason);
    else
        m_addRule->setFocus(Qt::TabFocusReason);
    onChildrenChanged();
}

void FilterGroupWidget::clear()
{
    const QList<QWidget *> children = m_children;
    m_children.clear();
    for (QWidget *child : children)
        delete child;
}

void FilterGroupWidget::onChildrenChanged()
{
    Q_EMIT structureChanged();
    Q_EMIT changed();
}

void FilterGroupWidget::setNode(const FilterNode &node)
{
    const QSignalBlocker blocker(this);
    clear();
    QList<FilterNode> children;
    switch (node.kind) {
    case Kind::Condition:
        setMode(Mode::All);
        children = { node };
        break;
    case Kind::All:
    case Kind::Any:
        setMode(node.kind == Kind::All ? Mode::All : Mode::Any);
        children = node.children;
        break;
    case Kind::Not: {
        const FilterNode inner = node.children.value(0);
        if (inner.kind == Kind::All || inner.kind == Kind::Any) {
            setMode(inner.kind == Kind::All ? Mode::NotAll : Mode::None);
            children = inner.children;
        } else {
            setMode(Mode::None);
            children = { inner };
        }
        break;
    }
    }
    for (const FilterNode &child : std::as_const(children)) {
        if (child.kind == Kind::Condition)
            addRule()->setCondition(child.condition);
        else
            addGroup()->setNode(child);
    }
}

std::optional<FilterNode> FilterGroupWidget::node(int &ruleNumber, Problem &problem) const
{
    FilterNode group;
    const Mode own = mode();
    group.kind = own == Mode::All || own == Mode::NotAll ? Kind::All : Kind::Any;
    for (QWidget *child : m_children) {
        if (auto *nested = qobject_cast<FilterGroupWidget *>(child)) {
            auto node = nested->node(ruleNumber, problem);
            if (!node)
                return std::nullopt;
            group.children.append(*node);
            continue;
        }
        auto *row = static_cast<FilterConditionRow *>(child);
        ++ruleNumber;
        auto condition = row->condition();
        if (!condition) {
            problem = { tr("Rule %1 (%2): %3.")
                            .arg(ruleNumber)
                            .arg(row->fieldCombo()->currentText(), condition.error().message),
                row->problemWidget() };
            return std::nullopt;
        }
        FilterNode leaf;
        leaf.kind = Kind::Condition;
        leaf.condition = *condition;
        group.children.append(leaf);
    }
    if (group.children.isEmpty()) {
        problem = { m_parentGroup ? tr("A group has no rules: add a rule to it or remove it.")
                                  : tr("Add at least one rule."),
            m_addRule };
        return std::nullopt;
    }
    if (own == Mode::All || own == Mode::Any)
        return group;
    FilterNode negated;
    negated.kind = Kind::Not;
    // "None of" one rule is simply "not" that rule.
    negated.children = { group.children.size() == 1 ? group.children.first() : group };
    return negated;
}

void FilterGroupWidget::updateAddButtons(bool canAddRule)
{
    m_addRule->setEnabled(canAddRule);
    m_addGroup->setEnabled(canAddRule && depthCost() + 1 <= FilterCatalogue::MaxDepth);
    for (QWidget *child : std::as_const(m_children)) {
        if (auto *group = qobject_cast<FilterGroupWidget *>(child))
            group->updateAddButtons(canAddRule);
        else
            static_cast<FilterConditionRow *>(child)->setAddEnabled(canAddRule);
    }
}

QList<QWidget *> FilterGroupWidget::focusChain() const
{
    QList<QWidget *> chain { m_mode, m_addRule, m_addGroup };
    if (m_remove)
        chain.append(m_remove);
    for (QWidget *child : m_children) {
        if (auto *group = qobject_cast<FilterGroupWidget *>(child))
            chain << group->focusChain();
        else
            chain << static_cast<FilterConditionRow *>(child)->focusChain();
    }
    return chain;
}

} // namespace omt
