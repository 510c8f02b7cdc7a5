#include "CreatorsEditor.h"

#include "ui/common/QuietChildren.h"

#include <QAbstractItemDelegate>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace omt {

namespace {
QToolButton *makeButton(QWidget *parent, const QString &name, const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}
} // namespace

CreatorsEditor::CreatorsEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("creatorList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAlternatingRowColors(true);
    m_list->setToolTip(tr("Double-click a name to change it; drag names to change the credit order."));

    m_add = makeButton(this, QStringLiteral("addCreator"), tr("Add"));
    m_remove = makeButton(this, QStringLiteral("removeCreator"), tr("Remove"));
    m_up = makeButton(this, QStringLiteral("moveCreatorUp"), tr("Move Up"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down = makeButton(this, QStringLiteral("moveCreatorDown"), tr("Move Down"));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &CreatorsEditor::addCreator);
    connect(m_remove, &QToolButton::clicked, this, &CreatorsEditor::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &CreatorsEditor::updateButtons);
    connect(m_list->model(), &QAbstractItemModel::dataChanged, this, &CreatorsEditor::changed);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        updateButtons();
        Q_EMIT changed();
    });
    // A row left blank after editing is dropped; later, because the view is
    // still inside its editor-closing code. Only the row whose editor closed:
    // a row added meanwhile (Return, then Add at once) is being edited and
    // must stay.
    connect(m_list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        const QPersistentModelIndex edited(m_list->currentIndex());
        QMetaObject::invokeMethod(
            this, [this, edited] { removeIfBlank(edited); }, Qt::QueuedConnection);
    });
    updateButtons();
}

CreatorsEditor::~CreatorsEditor()
{
    quietChildren(this);
}

QStringList CreatorsEditor::creators() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString name = m_list->item(row)->text().trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

void CreatorsEditor::setCreators(const QStringList &creators)
{
    m_list->clear();
    for (const QString &name : creators) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
    Q_EMIT changed();
}

void CreatorsEditor::addCreator()
{
    auto *item = new QListWidgetItem(m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
    updateButtons();
}

void CreatorsEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    updateButtons();
    Q_EMIT changed();
}

void CreatorsEditor::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    updateButtons();
    Q_EMIT changed();
}

void CreatorsEditor::removeIfBlank(const QPersistentModelIndex &row)
{
    if (!row.isValid() || !m_list->item(row.row())->text().trimmed().isEmpty())
        return;
    delete m_list->takeItem(row.row());
    updateButtons();
    Q_EMIT changed();
}

void CreatorsEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace omt
