#pragma once

#include "models/ImportJob.h"

#include <QUuid>
#include <QWizard>

#include <memory>
#include <optional>

namespace Ui {
class ImportWizard;
}

namespace omt {

class AsyncStorage;
class LongJobRunner;

/// File → Import…: choose an export, see what importing it would do (a dry
/// run on a thread of its own: rows to add, update and leave, what was said
/// about the file, every row that cannot be taken with file and line), then
/// import. The import itself runs in the window (ImportController), which
/// stays usable meanwhile.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, PreviewPage };

    ImportWizard(AsyncStorage &storage, const QUuid &userId, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// The file and its format, once the preview has read it.
    QString path() const;
    ImportFormat format() const;
    /// What the preview found.
    const ImportReport &preview() const { return *m_report; }
    /// Whether importing would change anything (what Finish does then).
    bool hasWorkToDo() const;

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    /// Closing while the preview runs stops it first.
    void reject() override;

private:
    void browse();
    void startPreview();
    void previewEnded(const JobOutcome &outcome);
    void showPreview();
    void setBusy(bool busy);

    std::unique_ptr<::Ui::ImportWizard> m_ui;
    AsyncStorage &m_storage;
    QUuid m_userId;
    LongJobRunner *m_runner;
    ImportJob::SharedReport m_report;
    /// The file the report is of; a preview of another file is needed when it changes.
    QString m_previewedPath;
    std::optional<ImportFormat> m_previewedFormat;
};

} // namespace omt
