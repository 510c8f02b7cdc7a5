#include "EditController.h"

#include "ViewSelection.h"
#include "models/LibraryCommands.h"
#include "models/LibraryService.h"
#include "models/LibraryTableModel.h"
#include "models/SidebarModel.h"
#include "ui/edit/MediaEditDialog.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace omt {

namespace {
constexpr int SearchSuggestionLimit = 20;
} // namespace

EditController::EditController(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{ }

void EditController::addMedia()
{
    openEditDialog(std::nullopt);
}

void EditController::editCurrentMedia()
{
    const QUuid id = m_context.currentItem();
    if (id.isNull() || m_context.selection.count() > 1)
        return;
    m_context.service.loadRecord(id, this, [this](Result<MediaRecord> record) {
        if (!record) {
            Q_EMIT failed(record.error());
            return;
        }
        openEditDialog(*record);
    });
}

void EditController::openEditDialog(const std::optional<MediaRecord> &before)
{
    MediaEditContext context;
    context.classPaths = m_context.sidebar.classPaths();
    context.searchMedia = [this](const QString &typed, MediaEditContext::Deliver deliver) {
        m_context.service.searchMedia(
            typed, SearchSuggestionLimit, this, [deliver](Result<QList<MediaSummary>> found) {
                deliver(found ? *found : QList<MediaSummary> {});
            });
    };
    MediaRecord record;
    if (before)
        record = *before;
    else if (const std::optional<MediaType> type = m_context.typeForNewItem())
        record.media.type = *type;
    auto *dialog = new MediaEditDialog(record, context, m_context.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        auto *command = new SaveMediaCommand(m_context.service, before, dialog->record());
        if (!before)
            Q_EMIT itemAdded(command->mediaId());
        m_context.undo.push(command);
    });
    dialog->open();
}

void EditController::deleteSelection()
{
    m_context.selection.withIds([this](const QList<QUuid> &ids) { confirmDeletion(ids); });
}

void EditController::confirmDeletion(const QList<QUuid> &ids)
{
    QString title;
    if (ids.size() == 1) {
        if (const std::optional<int> row = m_context.model.rowOf(ids.first())) {
            if (const LibraryRow *value = m_context.model.loadedRowAt(*row))
                title = value->media.title;
        }
    }
    const QString question = ids.size() == 1 ? tr("Delete “%1”?").arg(title)
                                             : tr("Delete %1 items?").arg(QLocale().toString(ids.size()));
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete"), question, QMessageBox::Cancel, m_context.window);
    box->setInformativeText(tr("Tracking, ratings, links and list entries go with it. You can undo this."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(remove);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, ids, title] {
        if (box->clickedButton() != remove)
            return;
        const QString text = ids.size() == 1 ? tr("Delete “%1”").arg(title)
                                             : tr("Delete %1 Items").arg(QLocale().toString(ids.size()));
        m_context.undo.push(new RemoveMediaCommand(m_context.service, ids, text));
    });
    box->open();
}

void EditController::applyPatch(const QList<QUuid> &ids, const InteractionPatch &patch, const QString &text)
{
    if (!ids.isEmpty())
        m_context.undo.push(new InteractionCommand(m_context.service, ids, patch, text));
}

void EditController::setStatusOfSelection(Status status)
{
    InteractionPatch patch;
    patch.status = status;
    m_context.selection.withIds([this, patch, status](const QList<QUuid> &ids) {
        applyPatch(ids, patch, tr("Set Status to %1").arg(displayName(status)));
    });
}

void EditController::rateSelection(int rating)
{
    InteractionPatch patch;
    patch.rating = rating > 0 ? std::optional<int>(rating) : std::nullopt;
    m_context.selection.withIds([this, patch, rating](const QList<QUuid> &ids) {
        applyPatch(ids, patch, rating > 0 ? tr("Rate") : tr("Clear Rating"));
    });
}

} // namespace omt
