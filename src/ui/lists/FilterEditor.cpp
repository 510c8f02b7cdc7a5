#include "FilterEditor.h"

#include "FilterRuleBuilder.h"
#include "core/ErrorLog.h"
#include "core/FilterParser.h"
#include "core/FilterWriter.h"
#include "models/LibraryService.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/UiLog.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace omt {

namespace {
// Rules change with every click and keystroke; the other side and the count
// follow once the person pauses.
constexpr int RulesDelayMs = 250;
// The JSON editor's own check waits as long; both then agree on the text.
constexpr int JsonDelayMs = 300;
constexpr int CountDelayMs = 250;

/// The filter with "and in this list" added in front, as a tree: the list id
/// is a bound value like any other, never spliced into text.
SmartFilter restricted(SmartFilter filter, const QUuid &listId)
{
    FilterNode inList;
    inList.kind = FilterNode::Kind::Condition;
    inList.condition.field = FilterField::InList;
    inList.condition.op = FilterOp::Equal;
    inList.condition.value = listId;
    if (filter.root.kind == FilterNode::Kind::All) {
        filter.root.children.prepend(inList);
        return filter;
    }
    FilterNode all;
    all.kind = FilterNode::Kind::All;
    all.children = { inList, filter.root };
    filter.root = all;
    return filter;
}
} // namespace

FilterEditor::FilterEditor(LibraryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_tabs(new QTabWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_rules(new FilterRuleBuilder(this))
    , m_rulesProblem(new QLabel(this))
    , m_json(new JsonEditor(this))
    , m_count(new QLabel(this))
{
    auto *rulesPage = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    // The tab frame is margin enough; rules need the width.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) / 3;
    rulesLayout->setContentsMargins(margin, margin, margin, margin);
    m_scroll->setWidget(m_rules);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The rules sit on the tab page's own background.
    m_scroll->viewport()->setAutoFillBackground(false);
    m_rules->setAutoFillBackground(false);
    rulesLayout->addWidget(m_scroll, 1);
    rulesLayout->addWidget(m_rulesProblem);
    m_rulesProblem->setWordWrap(true);
    m_rulesProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rulesProblem->hide();
    m_rulesTab = m_tabs->addTab(rulesPage, tr("&Rules"));

    auto *jsonPage = new QWidget(this);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(margin, margin, margin, margin);
    jsonLayout->addWidget(m_json);
    m_json->textEdit()->setPlaceholderText(
        tr("{ \"all\": [ { \"field\": \"status\", \"op\": \"=\", \"value\": \"completed\" } ] }"));
    m_json->textEdit()->setAccessibleName(tr("Filter as JSON"));
    m_json->setCheck(
        [](const QJsonObject &document) {
            auto parsed = FilterParser::parse(document);
            return parsed ? QString() : parsed.error().message;
        },
        tr("Valid filter."));
    m_jsonTab = m_tabs->addTab(jsonPage, tr("&JSON"));

    m_count->setObjectName(QStringLiteral("matchCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_count);

    for (QTimer *timer : { &m_rulesDelay, &m_jsonDelay, &m_countDelay })
        timer->setSingleShot(true);
    m_rulesDelay.setInterval(RulesDelayMs);
    m_jsonDelay.setInterval(JsonDelayMs);
    m_countDelay.setInterval(CountDelayMs);
    connect(&m_rulesDelay, &QTimer::timeout, this, &FilterEditor::syncFromRules);
    connect(&m_jsonDelay, &QTimer::timeout, this, &FilterEditor::syncFromJson);
    connect(&m_countDelay, &QTimer::timeout, this, &FilterEditor::count);
    connect(m_rules, &FilterRuleBuilder::changed, this, &FilterEditor::onRulesEdited);
    connect(m_json, &JsonEditor::edited, this, &FilterEditor::onJsonEdited);
    connect(m_tabs, &QTabWidget::currentChanged, this, &FilterEditor::onTabChanged);
}

FilterEditor::~FilterEditor() = default;

void FilterEditor::onRulesEdited()
{
    if (m_syncing)
        return;
    m_edited = Side::Rules;
    m_rulesDelay.start();
    Q_EMIT changed();
}

void FilterEditor::onJsonEdited()
{
    if (m_syncing)
        return;
    m_edited = Side::Json;
    m_rulesDelay.stop();
    m_jsonDelay.start();
    Q_EMIT changed();
}

void FilterEditor::showJson(const SmartFilter &filter)
{
    m_syncing = true;
    m_json->setObject(FilterWriter::toJson(filter));
    m_syncing = false;
}

void FilterEditor::setRulesTabEnabled(bool enabled, const QString &why)
{
    m_tabs->setTabEnabled(m_rulesTab, enabled);
    m_tabs->setTabToolTip(m_rulesTab,
        enabled ? QString() : tr("The rules follow once the JSON is a valid filter: %1").arg(why));
}

void FilterEditor::syncFromRules()
{
    m_rulesDelay.stop();
    auto filter = m_rules->filter();
    if (!filter) {
        m_rulesProblem->setText(filter.error().message);
        m_rulesProblem->show();
        m_counted.reset();
        ++m_countGeneration;
        m_countDelay.stop();
        m_count->setText(tr("No count while a rule is incomplete."));
        return;
    }
    m_rulesProblem->hide();
    showJson(*filter);
    m_counted = *filter;
    scheduleCount();
}

void FilterEditor::syncFromJson()
{
    m_jsonDelay.stop();
    m_json->validateNow();
    const QString problem = m_json->problem();
    const auto document = m_json->object();
    auto filter = problem.isEmpty() && document ? FilterParser::parse(*document)
                                                : Result<SmartFilter>(Error::invalidInput(problem));
    if (!filter) {
        setRulesTabEnabled(false, filter.error().message);
        m_counted.reset();
        ++m_countGeneration;
        m_countDelay.stop();
        m_count->setText(tr("No count while the JSON is not a valid filter."));
        return;
    }
    // Rebuilding 200 rules takes a moment and loses the place in them;
    // an edit of layout or spacing in the JSON changes nothing to show.
    if (const auto shown = m_rules->filter(); !shown || *shown != *filter) {
        m_syncing = true;
        m_rules->setFilter(*filter);
        m_syncing = false;
    }
    m_rulesProblem->hide();
    setRulesTabEnabled(true);
    m_counted = *filter;
    scheduleCount();
}

void FilterEditor::onTabChanged(int index)
{
    // Switching shows the other side as it now is, without waiting.
    if (index == m_jsonTab && m_edited == Side::Rules)
        syncFromRules();
    else if (index == m_rulesTab && m_edited == Side::Json)
        syncFromJson();
}

void FilterEditor::setFilter(const SmartFilter &filter)
{
    m_rulesDelay.stop();
    m_jsonDelay.stop();
    m_syncing = true;
    m_rules->setFilter(filter);
    m_syncing = false;
    showJson(filter);
    m_edited = Side::Rules;
    setRulesTabEnabled(true);
    m_rulesProblem->hide();
    m_counted = filter;
    scheduleCount();
}

Result<SmartFilter> FilterEditor::filter() const
{
    if (m_edited == Side::Rules)
        return m_rules->filter();
    const QString problem = m_json->problem();
    if (!problem.isEmpty())
        return Error::invalidInput(problem);
    return FilterParser::parse(m_json->object().value_or(QJsonObject()));
}

void FilterEditor::setDocument(const QJsonObject &document)
{
    auto parsed = FilterParser::parse(document);
    if (parsed) {
        setFilter(*parsed);
        return;
    }
    m_rulesDelay.stop();
    m_syncing = true;
    m_json->setObject(document);
    m_syncing = false;
    m_edited = Side::Json;
    syncFromJson();
    m_tabs->setCurrentIndex(m_jsonTab);
}

QJsonObject FilterEditor::document() const
{
    auto current = filter();
    return current ? FilterWriter::toJson(*current) : QJsonObject();
}

QString FilterEditor::problem() const
{
    auto current = filter();
    return current ? QString() : current.error().message;
}

void FilterEditor::showProblem()
{
    if (m_edited == Side::Json) {
        m_tabs->setCurrentIndex(m_jsonTab);
        m_json->validateNow();
        m_json->showProblem();
        return;
    }
    m_tabs->setCurrentIndex(m_rulesTab);
    syncFromRules();
    m_rules->showProblem();
    if (QWidget *focused = m_rules->focusWidget())
        m_scroll->ensureWidgetVisible(focused);
}

void FilterEditor::setRestrictToList(const QUuid &listId)
{
    m_restricted = true;
    m_restrictToList = listId;
    if (m_counted)
        scheduleCount();
}

void FilterEditor::setSortAndLimitShown(bool shown)
{
    m_rules->setSortAndLimitShown(shown);
}

void FilterEditor::setClassPaths(const QStringList &classPaths)
{
    m_rules->setClassPaths(classPaths);
}

void FilterEditor::setLists(const QList<MediaList> &lists)
{
    m_rules->setLists(lists);
}

void FilterEditor::recount()
{
    if (m_counted)
        scheduleCount();
}

void FilterEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::EnabledChange)
        return;
    if (isEnabled()) {
        recount();
    } else {
        // A disabled editor (an unchecked refinement) counts nothing.
        ++m_countGeneration;
        m_countDelay.stop();
        m_count->clear();
    }
}

void FilterEditor::scheduleCount()
{
    // An answer still on its way is for an older filter.
    ++m_countGeneration;
    if (!isEnabled())
        return;
    m_countDelay.start();
}

void FilterEditor::count()
{
    if (!m_counted || !isEnabled())
        return;
    const quint64 generation = ++m_countGeneration;
    if (m_restricted && m_restrictToList.isNull()) {
        m_count->setText(tr("The list has no items yet."));
        return;
    }
    const SmartFilter filter = m_restricted ? restricted(*m_counted, m_restrictToList) : *m_counted;
    m_count->setText(tr("Counting…"));
    m_service.countMatching(filter, this, [this, generation](Result<int> result) {
        if (generation != m_countGeneration)
            return;
        if (result && m_restricted)
            m_count->setText(tr("%Ln matching item(s) in this list", nullptr, *result));
        else if (result)
            m_count->setText(tr("%Ln matching item(s)", nullptr, *result));
        else {
            logError(lcUi(), result.error(), "counting the items a smart-list rule matches");
            m_count->setText(tr("Could not count the matching items: %1").arg(result.error().message));
        }
    });
}

} // namespace omt
