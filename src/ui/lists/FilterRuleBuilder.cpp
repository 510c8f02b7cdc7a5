#include "FilterRuleBuilder.h"

#include "FilterConditionRow.h"
#include "FilterGroupWidget.h"
#include "FilterLabels.h"
#include "RuleButtons.h"
#include "core/FilterParser.h"
#include "core/FilterWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace omt {

namespace {
namespace C = FilterCatalogue;

// A limit people usually mean ("my top 25"), not the cap.
constexpr int DefaultLimit = 25;
} // namespace

FilterRuleBuilder::FilterRuleBuilder(QWidget *parent)
    : QWidget(parent)
    , m_addSort(new QPushButton(tr("Add &Sort Key"), this))
    , m_limitCheck(new QCheckBox(tr("&Limit to"), this))
    , m_limit(new QSpinBox(this))
{
    m_context.classPaths = new QStringListModel(this);
    m_root = new FilterGroupWidget(m_context, nullptr, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_root);
    layout->addSpacing(fontMetrics().height() / 2);

    m_sortAndLimit = new QWidget(this);
    auto *form = new QFormLayout(m_sortAndLimit);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *sortBox = new QWidget(m_sortAndLimit);
    auto *sortColumn = new QVBoxLayout(sortBox);
    sortColumn->setContentsMargins(0, 0, 0, 0);
    m_sortLayout = new QVBoxLayout;
    sortColumn->addLayout(m_sortLayout);
    auto *addSortLine = new QHBoxLayout;
    addSortLine->addWidget(m_addSort);
    auto *sortHint = new QLabel(tr("Without sort keys, items are listed by title."), sortBox);
    sortHint->setObjectName(QStringLiteral("sortHint"));
    sortHint->setForegroundRole(QPalette::PlaceholderText);
    addSortLine->addWidget(sortHint);
    addSortLine->addStretch(1);
    sortColumn->addLayout(addSortLine);
    auto *sortLabel = new QLabel(tr("Sort by:"), m_sortAndLimit);
    sortLabel->setBuddy(m_addSort);
    form->addRow(sortLabel, sortBox);

    auto *limitLine = new QHBoxLayout;
    limitLine->addWidget(m_limitCheck);
    limitLine->addWidget(m_limit);
    auto *limitUnit = new QLabel(m_sortAndLimit);
    limitLine->addWidget(limitUnit);
    limitLine->addStretch(1);
    m_limit->setRange(C::MinLimit, C::MaxLimit);
    m_limit->setValue(DefaultLimit);
    const auto updateUnit
        = [this, limitUnit] { limitUnit->setText(tr("item(s)", nullptr, m_limit->value())); };
    updateUnit();
    connect(m_limit, &QSpinBox::valueChanged, limitUnit, updateUnit);
    m_limit->setAccessibleName(tr("Most items to list"));
    m_limit->setEnabled(false);
    form->addRow(limitLine);
    layout->addWidget(m_sortAndLimit);
    layout->addStretch(1);

    m_addSort->setAutoDefault(false);
    m_addSort->setToolTip(tr("Sort by another field, after the ones above"));
    connect(m_addSort, &QPushButton::clicked, this, [this] {
        FilterSort sort;
        // The first sortable field not yet used.
        for (const FilterFieldInfo &info : C::fields()) {
            const bool used = std::any_of(m_sortRows.cbegin(), m_sortRows.cend(),
                [&info](const SortRow &row) { return row.field->currentData().toInt() == int(info.field); });
            if (info.sortable && !used) {
                sort.field = info.field;
                break;
            }
        }
        const SortRow row = addSortRow(sort);
        row.field->setFocus(Qt::TabFocusReason);
        onStructureChanged();
        Q_EMIT changed();
    });
    connect(m_limitCheck, &QCheckBox::toggled, m_limit, &QWidget::setEnabled);
    connect(m_limitCheck, &QCheckBox::toggled, this, &FilterRuleBuilder::changed);
    connect(m_limit, &QSpinBox::valueChanged, this, &FilterRuleBuilder::changed);
    connect(m_root, &FilterGroupWidget::changed, this, &FilterRuleBuilder::changed);
    connect(m_root, &FilterGroupWidget::structureChanged, this, &FilterRuleBuilder::onStructureChanged);

    onStructureChanged();
}

FilterRuleBuilder::~FilterRuleBuilder() = default;

FilterRuleBuilder::SortRow FilterRuleBuilder::addSortRow(const FilterSort &sort)
{
    SortRow row;
    row.row = new QWidget(this);
    auto *line = new QHBoxLayout(row.row);
    line->setContentsMargins(0, 0, 0, 0);
    row.field = new QComboBox(row.row);
    row.field->setAccessibleName(tr("Sort field"));
    for (const FilterFieldInfo &info : C::fields()) {
        if (info.sortable)
            row.field->addItem(FilterLabels::field(info.field), int(info.field));
    }
    row.field->setCurrentIndex(qMax(0, row.field->findData(int(sort.field))));
    row.direction = new QComboBox(row.row);
    row.direction->setAccessibleName(tr("Sort direction"));
    row.direction->addItem(tr("ascending"), false);
    row.direction->addItem(tr("descending"), true);
    row.direction->setCurrentIndex(sort.descending ? 1 : 0);
    row.remove = new QToolButton(row.row);
    setUpPlusMinus(nullptr, row.remove);
    row.remove->setToolTip(tr("Remove this sort key"));
    row.remove->setAccessibleName(tr("Remove sort key"));
    line->addWidget(row.field);
    line->addWidget(row.direction);
    line->addWidget(row.remove);
    line->addStretch(1);
    m_sortLayout->addWidget(row.row);
    m_sortRows.append(row);

    connect(row.field, &QComboBox::currentIndexChanged, this, &FilterRuleBuilder::changed);
    connect(row.direction, &QComboBox::currentIndexChanged, this, &FilterRuleBuilder::changed);
    QWidget *rowWidget = row.row;
    connect(row.remove, &QToolButton::clicked, this, [this, rowWidget] {
        removeSortRow(rowWidget);
        Q_EMIT changed();
    });
    return row;
}

void FilterRuleBuilder::removeSortRow(QWidget *row)
{
    const auto it = std::find_if(
        m_sortRows.begin(), m_sortRows.end(), [row](const SortRow &sortRow) { return sortRow.row == row; });
    if (it == m_sortRows.end())
        return;
    const int index = int(it - m_sortRows.begin());
    m_sortRows.erase(it);
    m_sortLayout->removeWidget(row);
    row->hide();
    // Called from the row's own button.
    row->deleteLater();
    if (index < m_sortRows.size())
        m_sortRows.at(index).field->setFocus(Qt::TabFocusReason);
    else if (!m_sortRows.isEmpty())
        m_sortRows.last().field->setFocus(Qt::TabFocusReason);
    else
        m_addSort->setFocus(Qt::TabFocusReason);
    onStructureChanged();
}

void FilterRuleBuilder::setFilter(const SmartFilter &filter)
{
    {
        const QSignalBlocker blocker(this);
        setUpdatesEnabled(false);
        m_root->setNode(filter.root);
        while (!m_sortRows.isEmpty()) {
            delete m_sortRows.takeLast().row;
        }
        for (const FilterSort &sort : filter.sort)
            addSortRow(sort);
        m_limitCheck->setChecked(filter.limit.has_value());
        m_limit->setValue(filter.limit.value_or(DefaultLimit));
        setUpdatesEnabled(true);
    }
    onStructureChanged();
}

Result<SmartFilter> FilterRuleBuilder::filter() const
{
    m_problemWidget = nullptr;
    SmartFilter result;
    int ruleNumber = 0;
    FilterGroupWidget::Problem problem;
    const auto root = m_root->node(ruleNumber, problem);
    if (!root) {
        m_problemWidget = problem.widget;
        return Error::invalidInput(problem.message);
    }
    result.root = *root;
    for (qsizetype i = 0; i < m_sortRows.size(); ++i) {
        const SortRow &row = m_sortRows.at(i);
        const FilterSort sort { FilterField(row.field->currentData().toInt()),
            row.direction->currentData().toBool() };
        for (const FilterSort &earlier : std::as_const(result.sort)) {
            if (earlier.field == sort.field) {
                m_problemWidget = row.field;
                return Error::invalidInput(tr("Sort key %1 repeats %2: choose another field or remove it.")
                                               .arg(i + 1)
                                               .arg(row.field->currentText()));
            }
        }
        result.sort.append(sort);
    }
    if (m_limitCheck->isChecked())
        result.limit = m_limit->value();
    // The rows check their own values; the language's caps on the whole
    // (nesting, number of rules) are checked by the parser, so that whatever
    // the builder returns can be saved and read back.
    if (auto checked = FilterParser::parse(FilterWriter::toJson(result)); !checked) {
        m_problemWidget = m_root->modeCombo();
        return checked.error();
    }
    return result;
}

void FilterRuleBuilder::showProblem()
{
    (void)filter();
    if (m_problemWidget)
        m_problemWidget->setFocus(Qt::OtherFocusReason);
}

void FilterRuleBuilder::setSortAndLimitShown(bool shown)
{
    m_sortAndLimit->setVisible(shown);
}

void FilterRuleBuilder::setClassPaths(const QStringList &classPaths)
{
    QStringList sorted = classPaths;
    sorted.sort(Qt::CaseInsensitive);
    sorted.removeDuplicates();
    m_context.classPaths->setStringList(sorted);
}

void FilterRuleBuilder::setLists(const QList<MediaList> &lists)
{
    m_context.lists.clear();
    for (const MediaList &list : lists) {
        if (list.type == ListType::Manual)
            m_context.lists.append(list);
    }
    std::sort(m_context.lists.begin(), m_context.lists.end(),
        [](const MediaList &a, const MediaList &b) { return a.name.localeAwareCompare(b.name) < 0; });
    const QSignalBlocker blocker(this);
    for (FilterConditionRow *row : rows())
        row->valueEditor()->refreshLists();
}

void FilterRuleBuilder::collectRows(FilterGroupWidget *group, QList<FilterConditionRow *> &rows) const
{
    for (QWidget *child : group->items()) {
        if (auto *nested = qobject_cast<FilterGroupWidget *>(child))
            collectRows(nested, rows);
        else
            rows.append(static_cast<FilterConditionRow *>(child));
    }
}

QList<FilterConditionRow *> FilterRuleBuilder::rows() const
{
    QList<FilterConditionRow *> result;
    collectRows(m_root, result);
    return result;
}

int FilterRuleBuilder::ruleCount() const
{
    return m_root->ruleCount();
}

void FilterRuleBuilder::onStructureChanged()
{
    m_root->updateAddButtons(ruleCount() < C::MaxConditions);
    m_addSort->setEnabled(m_sortRows.size() < C::MaxSortKeys);
    if (auto *hint = findChild<QLabel *>(QStringLiteral("sortHint")))
        hint->setVisible(m_sortRows.isEmpty());
    // Rows are rebuilt in bursts (a field change replaces the value editors);
    // the order is set once, after the burst.
    if (!m_tabOrderPending) {
        m_tabOrderPending = true;
        QTimer::singleShot(0, this, &FilterRuleBuilder::updateTabOrder);
    }
}

void FilterRuleBuilder::updateTabOrder()
{
    m_tabOrderPending = false;
    // Qt's tab order is the order widgets were made in; rules inserted in
    // the middle would be reached last. Tab follows what is seen instead.
    QList<QWidget *> chain = m_root->focusChain();
    for (const SortRow &row : std::as_const(m_sortRows))
        chain << row.field << row.direction << row.remove;
    chain << m_addSort << m_limitCheck << m_limit;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace omt
