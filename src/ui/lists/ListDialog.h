#pragma once

#include "core/Enums.h"
#include "core/Filter.h"
#include "core/MediaList.h"

#include <QDialog>
#include <QJsonObject>
#include <QUuid>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace omt {

class LibraryService;
class FilterEditor;

/// Creates or edits a list: name, description, visibility, and the filter —
/// the rule of a smart list, or the optional "only show items that match"
/// refinement of a manual list. It does not save; after accept() the caller
/// takes list() (and smartFilter()) and stores them.
class ListDialog : public QDialog
{
    Q_OBJECT

public:
    ListDialog(LibraryService &service, ListType type, QWidget *parent = nullptr);
    ~ListDialog() override;

    /// Shows an existing list ("List Properties"), or a new one when its id
    /// is null. An empty `smartFilter` on a smart list shows defaultSmartFilter().
    void setList(const MediaList &list, const QJsonObject &smartFilter = {});
    /// The list given to setList (id, owner, dates kept) with the edited
    /// name (trimmed), description, visibility and, for a manual list, the
    /// refinement as a filter document (empty when unchecked).
    MediaList list() const;
    /// A smart list's rule as a canonical document; empty for manual lists.
    QJsonObject smartFilter() const;

    /// Class paths offered while typing a class in a rule.
    void setClassPaths(const QStringList &classPaths);
    /// The user's lists: offered in list rules, and their names are taken.
    void setLists(const QList<MediaList> &lists);

    /// What keeps the list from being saved, naming the field; empty when
    /// it can be saved.
    QString problem() const;

    /// What a new smart list starts with, so that the editor is not empty:
    /// everything in progress.
    static SmartFilter defaultSmartFilter();
    /// What the refinement starts with when first checked: hide completed.
    static SmartFilter defaultRefinement();

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *publicCheck() const { return m_public; }
    /// The checkable "Only show items that match" group; null for smart lists.
    QGroupBox *refinementGroup() const { return m_refinement; }
    FilterEditor *filterEditor() const { return m_filter; }
    QLabel *problemLabel() const { return m_problemText; }

public Q_SLOTS:
    /// Closes only when the list can be saved; otherwise shows the problem
    /// and takes the person to it.
    void accept() override;

private:
    struct Problem
    {
        QString message;
        std::function<void()> show;
    };
    std::optional<Problem> firstProblem() const;
    void onEdited();
    void showProblemBar(const QString &message);

    ListType m_type;
    QUuid m_userId;
    MediaList m_list;
    QList<MediaList> m_lists;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QCheckBox *m_public = nullptr;
    QGroupBox *m_refinement = nullptr;
    FilterEditor *m_filter = nullptr;
    QWidget *m_problemBar = nullptr;
    QLabel *m_problemText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    /// Once a save was refused, the message bar follows every edit.
    bool m_problemShown = false;
};

} // namespace omt
