#pragma once

#include "MediaEditContext.h"
#include "core/MediaRecord.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MediaEditDialog;
}

namespace omt {

/// Adds or edits one media item with everything attached to it: the fields
/// of the item, its attributes, external links and relationships. It does
/// not save; after accept() the caller takes record() and stores it.
class MediaEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// A record with a null id is a new item ("Add Media").
    MediaEditDialog(const MediaRecord &record, const MediaEditContext &context, QWidget *parent = nullptr);
    ~MediaEditDialog() override;

    /// The record as edited: the given one with the dialog's fields, trimmed
    /// and normalised (MediaValidation::normalized). Attributes that are not
    /// valid JSON leave the given attributes unchanged; accept() refuses them.
    MediaRecord record() const;
    /// Shows another record in the fields.
    void setRecord(const MediaRecord &record);

    /// What prevents saving, in a sentence that names the field ("Attributes:
    /// line 3, column 14: illegal value"); empty when the record can be saved.
    QString problem() const;

    /// The class suggested for a type when none is given ("video.film" for films).
    static QString suggestedClass(MediaType type);

public Q_SLOTS:
    /// Closes the dialog only when the record can be saved; otherwise shows
    /// the problem and takes the person to it.
    void accept() override;

private:
    struct Problem
    {
        QString message;
        QWidget *tab = nullptr;
        /// Puts the focus where the problem is.
        std::function<void()> show;
    };
    std::optional<Problem> firstProblem() const;
    Media editedMedia() const;
    MediaType selectedType() const;
    void setUpFields(const MediaEditContext &context);
    void onTypeChanged();
    void onEdited();
    void showProblemBar(const QString &message);

    std::unique_ptr<::Ui::MediaEditDialog> m_ui;
    MediaRecord m_record;
    MediaType m_previousType = MediaType::Book;
    /// Once a save was refused, the message follows every edit until fixed.
    bool m_problemShown = false;
};

} // namespace omt
