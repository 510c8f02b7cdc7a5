#pragma once

#include "core/Error.h"
#include "core/Filter.h"
#include "core/MediaList.h"

#include <QJsonObject>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QScrollArea;
class QTabWidget;

namespace omt {

class LibraryService;
class FilterRuleBuilder;
class JsonEditor;

/// Edits a smart-list filter as rules or as JSON, kept in step both ways,
/// with a live count of the items it matches for the user.
///
/// The side edited last is the one that counts. JSON that does not parse is
/// shown with the parser's message (naming the path, `all[1].field: …`), and
/// the rules tab stays as it was, disabled, until the JSON is fixed: nothing
/// typed on either side is lost. The count runs on the storage worker a
/// moment after the last change; only the newest answer is shown.
class FilterEditor : public QWidget
{
    Q_OBJECT

public:
    FilterEditor(LibraryService &service, QWidget *parent = nullptr);
    ~FilterEditor() override;

    void setFilter(const SmartFilter &filter);
    /// The filter from the side edited last, or what is wrong with it.
    Result<SmartFilter> filter() const;
    /// Shows a stored document; one that does not parse opens on the JSON
    /// tab with its problem, so that it can be repaired.
    void setDocument(const QJsonObject &document);
    /// The canonical document of filter(); empty while it is not valid.
    QJsonObject document() const;
    bool isValid() const { return filter().ok(); }
    /// What is wrong with the filter, worded for people; empty when valid.
    QString problem() const;
    /// Switches to the tab with the problem and puts the focus on it.
    void showProblem();

    /// Counts only the items of this manual list that match (a list's view
    /// refinement). A null id is a list not saved yet, which has no items.
    void setRestrictToList(const QUuid &listId);
    /// See FilterRuleBuilder::setSortAndLimitShown.
    void setSortAndLimitShown(bool shown);
    void setClassPaths(const QStringList &classPaths);
    void setLists(const QList<MediaList> &lists);
    /// Counts again now, e.g. after the library changed.
    void recount();

    QTabWidget *tabs() const { return m_tabs; }
    FilterRuleBuilder *ruleBuilder() const { return m_rules; }
    JsonEditor *jsonEditor() const { return m_json; }
    QScrollArea *rulesScrollArea() const { return m_scroll; }
    /// "1,234 matching items", "Counting…", or why there is no count.
    QLabel *countLabel() const { return m_count; }
    /// Under the rules: what keeps them from being a filter.
    QLabel *rulesProblemLabel() const { return m_rulesProblem; }

Q_SIGNALS:
    /// On every edit, on either side.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Side {
        Rules,
        Json,
    };
    void onRulesEdited();
    void onJsonEdited();
    void syncFromRules();
    void syncFromJson();
    void onTabChanged(int index);
    void showJson(const SmartFilter &filter);
    void setRulesTabEnabled(bool enabled, const QString &why = {});
    void scheduleCount();
    void count();

    LibraryService &m_service;
    bool m_restricted = false;
    QUuid m_restrictToList;
    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_scroll = nullptr;
    FilterRuleBuilder *m_rules = nullptr;
    QLabel *m_rulesProblem = nullptr;
    JsonEditor *m_json = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_rulesDelay;
    QTimer m_jsonDelay;
    QTimer m_countDelay;
    Side m_edited = Side::Rules;
    /// Set while the editor itself rewrites one side from the other.
    bool m_syncing = false;
    /// The last filter that was valid, which the count is of.
    std::optional<SmartFilter> m_counted;
    /// Bumped for each count started; an answer for an older one is dropped.
    quint64 m_countGeneration = 0;
    int m_rulesTab = 0;
    int m_jsonTab = 1;
};

} // namespace omt
