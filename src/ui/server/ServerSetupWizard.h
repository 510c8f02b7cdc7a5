#pragma once

#include "models/ConnectionProfile.h"
#include "storage/ServerInstallation.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace Ui {
class ServerSetupWizard;
}

namespace omt {

class ConnectionProfiles;
class LibraryOpener;

/// File → Set Up Server…: does what `omnimediatrak-cli server init` does, for
/// someone who would rather not use a terminal. The superuser's connection
/// is checked first (and what set-up would do is said: a new database, an
/// update, the version); then the first administrator is named and the
/// server set up, on a worker; finally the administrator's connection can
/// be saved as a server profile and opened.
class ServerSetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { ServerPage, AdministratorPage, DonePage };

    ServerSetupWizard(ConnectionProfiles &profiles, LibraryOpener &opener, QWidget *parent = nullptr);
    ~ServerSetupWizard() override;

    /// The administrator's server profile, saved, when "connect now" was
    /// ticked on finishing; empty otherwise.
    std::optional<ConnectionProfile> profileToOpen() const { return m_profileToOpen; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void accept() override;
    /// Refused while the server is being looked at or set up: the work
    /// would go on without anyone seeing how it ended.
    void reject() override;

private:
    ConnectionSettings superuserSettings() const;
    void surveyServer();
    void installServer();
    void setBusy(bool busy, const QString &what);
    void showSurvey();
    void showReport();
    /// The server as typed on the first page, connecting as `username`.
    ConnectionProfile typedProfile(const QString &username) const;
    ConnectionProfile administratorProfile() const;

    std::unique_ptr<::Ui::ServerSetupWizard> m_ui;
    ConnectionProfiles &m_profiles;
    LibraryOpener &m_opener;
    bool m_busy = false;
    /// What the server looks like, for the connection it was surveyed with.
    std::optional<ServerSurvey> m_survey;
    std::optional<ServerSetupReport> m_report;
    QString m_adminName;
    std::optional<ConnectionProfile> m_profileToOpen;
};

} // namespace omt
