#include "ListDialog.h"

#include "FilterEditor.h"
#include "models/LibraryService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace omt {

namespace {
// A name is a sidebar entry, not an essay.
constexpr int MaxNameLength = 200;
constexpr int DescriptionLines = 3;
// Room for a few rules without scrolling, and for the JSON beside nothing else.
constexpr QSize DefaultSize(720, 560);

FilterNode statusCondition(FilterOp op, Status status)
{
    FilterNode node;
    node.kind = FilterNode::Kind::Condition;
    node.condition.field = FilterField::Status;
    node.condition.op = op;
    node.condition.value = status;
    return node;
}
} // namespace

SmartFilter ListDialog::defaultSmartFilter()
{
    SmartFilter filter;
    filter.root.kind = FilterNode::Kind::All;
    filter.root.children = { statusCondition(FilterOp::Equal, Status::InProgress) };
    return filter;
}

SmartFilter ListDialog::defaultRefinement()
{
    SmartFilter filter;
    filter.root.kind = FilterNode::Kind::Not;
    filter.root.children = { statusCondition(FilterOp::Equal, Status::Completed) };
    return filter;
}

ListDialog::ListDialog(LibraryService &service, ListType type, QWidget *parent)
    : QDialog(parent)
    , m_type(type)
    , m_userId(service.userId())
{
    // Made in the order they are shown: Tab follows the order widgets are made in.
    m_name = new QLineEdit(this);
    m_description = new QPlainTextEdit(this);
    m_public = new QCheckBox(tr("&Visible to everyone in the household"), this);
    auto *group = new QGroupBox(this);
    m_filter = new FilterEditor(service, group);
    m_problemBar = new QWidget(this);
    m_problemText = new QLabel(m_problemBar);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    form->addRow(QString(), m_public);
    layout->addLayout(form);

    m_name->setMaxLength(MaxNameLength);
    m_name->setPlaceholderText(
        type == ListType::Smart ? tr("e.g. Reading now") : tr("e.g. Favourites, To watch with friends"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Optional: what the list is for"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * DescriptionLines
        + 2 * (m_description->frameWidth() + int(m_description->document()->documentMargin())));
    m_public->setToolTip(tr("On a household server, other members can see a public list and its items. "
                            "In a personal library this makes no difference."));

    auto *groupLayout = new QVBoxLayout(group);
    // A flat group: its title is a heading, the editor takes the full width.
    groupLayout->setContentsMargins(0, groupLayout->contentsMargins().top(), 0, 0);
    if (type == ListType::Smart) {
        group->setTitle(tr("Items that &match"));
        group->setFlat(true);
    } else {
        m_refinement = group;
        group->setTitle(tr("&Only show items that match"));
        group->setCheckable(true);
        group->setChecked(false);
        group->setFlat(true);
        // The view only picks items; a list keeps its own order.
        m_filter->setSortAndLimitShown(false);
        auto *explanation = new QLabel(
            tr("The list keeps all its items; when you view it, only those that match are shown."), group);
        explanation->setWordWrap(true);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        groupLayout->addWidget(explanation);
        connect(group, &QGroupBox::toggled, this, &ListDialog::onEdited);
    }
    groupLayout->addWidget(m_filter);
    layout->addWidget(group, 1);

    auto *problemIcon = new QLabel(m_problemBar);
    problemIcon->setPixmap(style()
                               ->standardIcon(QStyle::SP_MessageBoxWarning)
                               .pixmap(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this)));
    problemIcon->setAlignment(Qt::AlignTop);
    auto *problemLayout = new QHBoxLayout(m_problemBar);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(problemIcon);
    problemLayout->addWidget(m_problemText, 1);
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemBar->hide();
    layout->addWidget(m_problemBar);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ListDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ListDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ListDialog::onEdited);
    connect(m_filter, &FilterEditor::changed, this, &ListDialog::onEdited);

    MediaList fresh;
    fresh.type = type;
    fresh.ownerId = m_userId;
    setList(fresh);
    resize(DefaultSize);
}

ListDialog::~ListDialog() = default;

void ListDialog::setList(const MediaList &list, const QJsonObject &smartFilter)
{
    m_list = list;
    m_name->setText(list.name);
    m_description->setPlainText(list.description);
    m_public->setChecked(list.isPublic);
    if (m_type == ListType::Smart) {
        setWindowTitle(list.id.isNull() ? tr("New Smart List") : tr("List Properties"));
        if (smartFilter.isEmpty())
            m_filter->setFilter(defaultSmartFilter());
        else
            m_filter->setDocument(smartFilter);
    } else {
        setWindowTitle(list.id.isNull() ? tr("New List") : tr("List Properties"));
        m_filter->setRestrictToList(list.id);
        m_refinement->setChecked(!list.filterDefinition.isEmpty());
        if (list.filterDefinition.isEmpty())
            m_filter->setFilter(defaultRefinement());
        else
            m_filter->setDocument(list.filterDefinition);
    }
    m_problemShown = false;
    m_problemBar->hide();
}

MediaList ListDialog::list() const
{
    MediaList result = m_list;
    result.type = m_type;
    result.name = m_name->text().trimmed();
    // Trailing blank lines are slips; leading indentation may be meant.
    QString description = m_description->toPlainText();
    while (!description.isEmpty() && description.back().isSpace())
        description.chop(1);
    result.description = description;
    result.isPublic = m_public->isChecked();
    if (m_refinement)
        result.filterDefinition = m_refinement->isChecked() ? m_filter->document() : QJsonObject();
    return result;
}

QJsonObject ListDialog::smartFilter() const
{
    return m_type == ListType::Smart ? m_filter->document() : QJsonObject();
}

void ListDialog::setClassPaths(const QStringList &classPaths)
{
    m_filter->setClassPaths(classPaths);
}

void ListDialog::setLists(const QList<MediaList> &lists)
{
    m_lists = lists;
    m_filter->setLists(lists);
}

std::optional<ListDialog::Problem> ListDialog::firstProblem() const
{
    const QString name = m_name->text().trimmed();
    const auto focusName = [this] {
        m_name->setFocus(Qt::OtherFocusReason);
        m_name->selectAll();
    };
    if (name.isEmpty())
        return Problem { tr("Give the list a name."), focusName };
    for (const MediaList &other : m_lists) {
        if (other.ownerId == m_userId && other.id != m_list.id && other.name == name)
            return Problem { tr("You already have a list named “%1”; choose another name.").arg(name),
                focusName };
    }
    if (m_refinement && !m_refinement->isChecked())
        return std::nullopt;
    const QString problem = m_filter->problem();
    if (problem.isEmpty())
        return std::nullopt;
    const QString message = m_type == ListType::Smart
        ? tr("The filter is not complete: %1").arg(problem)
        : tr("“Only show items that match” is not complete: %1").arg(problem);
    return Problem { message, [this] { m_filter->showProblem(); } };
}

QString ListDialog::problem() const
{
    const auto problem = firstProblem();
    return problem ? problem->message : QString();
}

void ListDialog::accept()
{
    const auto problem = firstProblem();
    if (!problem) {
        QDialog::accept();
        return;
    }
    m_problemShown = true;
    showProblemBar(problem->message);
    problem->show();
}

void ListDialog::onEdited()
{
    if (!m_problemShown)
        return;
    // Once a save was refused, the bar follows every edit, also to a new
    // problem (a name that is taken right after an empty one).
    if (const auto problem = firstProblem())
        showProblemBar(problem->message);
    else
        m_problemBar->hide();
}

void ListDialog::showProblemBar(const QString &message)
{
    m_problemText->setText(message);
    m_problemBar->show();
}

} // namespace omt
