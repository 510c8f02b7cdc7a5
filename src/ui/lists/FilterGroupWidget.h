#pragma once

#include "FilterValueEditor.h"
#include "core/Filter.h"

#include <QFrame>

#include <optional>

class QComboBox;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace omt {

class FilterConditionRow;

/// A group of rules: "Match all / any / none of the following" with its
/// rules and nested groups, indented under the group's header.
class FilterGroupWidget : public QFrame
{
    Q_OBJECT

public:
    /// How the group combines its rules. None and NotAll are `not` around
    /// an `any` / `all` group in the filter language.
    enum class Mode {
        All,
        Any,
        None,
        NotAll,
    };
    Q_ENUM(Mode)

    /// A null `parentGroup` makes the root group, which cannot be removed.
    FilterGroupWidget(
        const FilterRuleContext &context, FilterGroupWidget *parentGroup, QWidget *parent = nullptr);
    ~FilterGroupWidget() override;

    /// Shows a node: a group, a `not` (as None / NotAll) or a lone condition
    /// (as a group of one).
    void setNode(const FilterNode &node);
    /// What went wrong while reading the rules, and where to take the person.
    struct Problem
    {
        QString message;
        QWidget *widget = nullptr;
    };
    /// The node for the group; rules are numbered from `ruleNumber` on in
    /// the order shown ("Rule 3 (Title): type a value").
    std::optional<FilterNode> node(int &ruleNumber, Problem &problem) const;

    Mode mode() const;
    void setMode(Mode mode);
    /// The rules and groups directly inside, in order.
    QList<QWidget *> items() const { return m_children; }
    FilterGroupWidget *parentGroup() const { return m_parentGroup; }
    /// How many `all` / `any` / `not` levels this group and its parents
    /// take in the document at most (None / NotAll take two).
    int depthCost() const;
    /// Rules in this group and all nested ones.
    int ruleCount() const;

    FilterConditionRow *addRule(int index = -1);
    FilterGroupWidget *addGroup(int index = -1);
    void removeChild(QWidget *child);
    /// Removes every rule and group inside.
    void clear();

    /// Enables "add" buttons as the caps allow: `canAddRule` for the whole
    /// filter; nested groups only while the depth cap allows.
    void updateAddButtons(bool canAddRule);
    /// Widgets in tab order, nested groups included.
    QList<QWidget *> focusChain() const;

    QComboBox *modeCombo() const { return m_mode; }
    QPushButton *addRuleButton() const { return m_addRule; }
    QPushButton *addGroupButton() const { return m_addGroup; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    /// Rules or groups were added, removed or replaced anywhere inside.
    void structureChanged();
    void removeRequested();

private:
    void insertChild(QWidget *child, int index);
    void adopt(FilterConditionRow *row);
    void adopt(FilterGroupWidget *group);
    void onChildrenChanged();

    const FilterRuleContext &m_context;
    FilterGroupWidget *m_parentGroup = nullptr;
    QComboBox *m_mode = nullptr;
    QPushButton *m_addRule = nullptr;
    QPushButton *m_addGroup = nullptr;
    QToolButton *m_remove = nullptr;
    QVBoxLayout *m_childLayout = nullptr;
    QList<QWidget *> m_children;
};

} // namespace omt
