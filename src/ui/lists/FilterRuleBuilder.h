#pragma once

#include "FilterValueEditor.h"
#include "core/Error.h"
#include "core/Filter.h"
#include "core/MediaList.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QToolButton;
class QVBoxLayout;

namespace omt {

class FilterConditionRow;
class FilterGroupWidget;

/// The visual editor of a smart-list filter: a group of rules ("Match all of
/// the following"), each a row of field · operator · value, nested groups,
/// then the sort keys and an optional limit. Widgets per row, no model: the
/// filter caps (200 rules) keep it small.
class FilterRuleBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit FilterRuleBuilder(QWidget *parent = nullptr);
    ~FilterRuleBuilder() override;

    /// Shows the filter. Every tree the parser accepts can be shown; a
    /// `not` appears as a "none of" / "not all of" group.
    void setFilter(const SmartFilter &filter);
    /// The filter as entered, or an InvalidInput error naming the rule that
    /// is incomplete ("Rule 3 (Title): type a value.").
    Result<SmartFilter> filter() const;
    /// Takes the person to the widget of filter()'s problem, if any.
    void showProblem();

    /// Hides the sort keys and limit where they do not apply (a list's view
    /// refinement, which only picks items); what they hold is kept.
    void setSortAndLimitShown(bool shown);

    /// Class paths offered while typing a class.
    void setClassPaths(const QStringList &classPaths);
    /// Lists a rule can name; only manual lists are offered, because a
    /// smart list has no items of its own to be in.
    void setLists(const QList<MediaList> &lists);

    FilterGroupWidget *rootGroup() const { return m_root; }
    /// Every rule row, in the order shown.
    QList<FilterConditionRow *> rows() const;
    int ruleCount() const;

    /// The sort-key rows, in order of significance.
    struct SortRow
    {
        QWidget *row = nullptr;
        QComboBox *field = nullptr;
        QComboBox *direction = nullptr;
        QToolButton *remove = nullptr;
    };
    QList<SortRow> sortRows() const { return m_sortRows; }
    QPushButton *addSortButton() const { return m_addSort; }
    QCheckBox *limitCheck() const { return m_limitCheck; }
    QSpinBox *limitSpin() const { return m_limit; }

Q_SIGNALS:
    /// On every edit of a rule, group, sort key or the limit.
    void changed();

private:
    SortRow addSortRow(const FilterSort &sort);
    void removeSortRow(QWidget *row);
    void onStructureChanged();
    void updateTabOrder();
    void collectRows(FilterGroupWidget *group, QList<FilterConditionRow *> &rows) const;

    FilterRuleContext m_context;
    FilterGroupWidget *m_root = nullptr;
    QWidget *m_sortAndLimit = nullptr;
    QVBoxLayout *m_sortLayout = nullptr;
    QList<SortRow> m_sortRows;
    QPushButton *m_addSort = nullptr;
    QCheckBox *m_limitCheck = nullptr;
    QSpinBox *m_limit = nullptr;
    /// Where filter() last found a problem.
    mutable QPointer<QWidget> m_problemWidget;
    bool m_tabOrderPending = false;
};

} // namespace omt
