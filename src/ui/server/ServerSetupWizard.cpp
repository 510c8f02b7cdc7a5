#include "ServerSetupWizard.h"

#include "core/ServerUsernames.h"
#include "models/ConnectionProfiles.h"
#include "models/LibraryOpener.h"
#include "ui_ServerSetupWizard.h"

#include <QAbstractButton>
#include <QPointer>

namespace omt {

ServerSetupWizard::ServerSetupWizard(ConnectionProfiles &profiles, LibraryOpener &opener, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<::Ui::ServerSetupWizard>())
    , m_profiles(profiles)
    , m_opener(opener)
{
    // The form adds the pages in the order of Page, numbered from 0.
    m_ui->setupUi(this);
    // Once set up, going back would only set it up again.
    m_ui->administratorPage->setCommitPage(true);
    m_ui->administratorPage->setButtonText(QWizard::CommitButton, tr("&Set Up"));

    for (const QString &mode : ConnectionProfile::sslModes())
        m_ui->sslMode->addItem(ConnectionProfile::sslModeDescription(mode), mode);
    m_ui->sslMode->setCurrentIndex(
        m_ui->sslMode->findData(ConnectionProfile::defaultSslMode(m_ui->host->text())));
    connect(m_ui->host, &QLineEdit::textEdited, this, [this](const QString &host) {
        m_ui->sslMode->setCurrentIndex(
            m_ui->sslMode->findData(ConnectionProfile::defaultSslMode(host.trimmed())));
    });
    auto updateCaFile = [this] {
        m_ui->caFile->setEnabled(m_ui->sslMode->currentData().toString().startsWith(QLatin1String("verify")));
    };
    connect(m_ui->sslMode, &QComboBox::currentIndexChanged, this, updateCaFile);
    updateCaFile();
    m_ui->serverMessage->hide();
    m_ui->administratorMessage->hide();

    // Anything changed on the first page is a server not yet looked at.
    for (QLineEdit *field :
        { m_ui->host, m_ui->databaseName, m_ui->superuser, m_ui->superuserPassword, m_ui->caFile })
        connect(field, &QLineEdit::textChanged, this, [this] { m_survey.reset(); });
    connect(m_ui->port, &QSpinBox::valueChanged, this, [this] { m_survey.reset(); });
    connect(m_ui->sslMode, &QComboBox::currentIndexChanged, this, [this] { m_survey.reset(); });
}

ServerSetupWizard::~ServerSetupWizard() = default;

ConnectionProfile ServerSetupWizard::typedProfile(const QString &username) const
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Server;
    profile.host = m_ui->host->text().trimmed();
    profile.port = m_ui->port->value();
    profile.databaseName = m_ui->databaseName->text().trimmed();
    profile.username = username;
    profile.sslMode = m_ui->sslMode->currentData().toString();
    profile.caFile
        = profile.sslMode.startsWith(QLatin1String("verify")) ? m_ui->caFile->text().trimmed() : QString();
    profile.name = tr("%1 on %2").arg(profile.databaseName, profile.host);
    return profile;
}

ConnectionSettings ServerSetupWizard::superuserSettings() const
{
    return typedProfile(m_ui->superuser->text().trimmed())
        .connectionSettings(m_ui->superuserPassword->text());
}

ConnectionProfile ServerSetupWizard::administratorProfile() const
{
    return typedProfile(m_adminName);
}

bool ServerSetupWizard::validateCurrentPage()
{
    if (m_busy)
        return false;
    switch (currentId()) {
    case ServerPage:
        if (m_survey)
            return true;
        surveyServer();
        return false;
    case AdministratorPage:
        if (m_report)
            return true;
        installServer();
        return false;
    default: return true;
    }
}

void ServerSetupWizard::surveyServer()
{
    const ConnectionProfile check = typedProfile(m_ui->superuser->text().trimmed());
    const bool local = ConnectionProfile::defaultSslMode(check.host) == QLatin1String("disable");
    QString problem;
    if (auto valid = check.validate(); !valid)
        problem = valid.error().message;
    else if (!local && !check.sslMode.startsWith(QLatin1String("verify")))
        // The superuser's password is the key to everything on the server:
        // across a network, only to a server whose certificate is checked
        // (without that, anyone in between could pose as it).
        problem = tr("%1 is not on this computer: choose a verified encrypted connection, so that the "
                     "superuser's password goes to this server and nobody else.")
                      .arg(check.host);
    if (!problem.isEmpty()) {
        m_ui->serverMessage->setText(problem);
        m_ui->serverMessage->show();
        return;
    }
    setBusy(true, tr("Connecting to %1…").arg(check.host));
    m_opener.surveyServer(superuserSettings(), [self = QPointer(this)](Result<ServerSurvey> survey) {
        if (!self)
            return;
        self->setBusy(false, {});
        if (!survey) {
            self->m_ui->serverMessage->setText(survey.error().message);
            self->m_ui->serverMessage->show();
            return;
        }
        if (survey->foreignTables > 0) {
            self->m_ui->serverMessage->setText(tr(
                "The database “%1” holds %n table(s) of something else: setting it up would change who may "
                "use it. Choose a new or empty database.",
                nullptr, survey->foreignTables)
                                                   .arg(self->m_ui->databaseName->text().trimmed()));
            self->m_ui->serverMessage->show();
            return;
        }
        self->m_survey = *survey;
        self->next();
    });
}

void ServerSetupWizard::initializePage(int id)
{
    if (id == AdministratorPage)
        showSurvey();
    else if (id == DonePage)
        showReport();
    QWizard::initializePage(id);
}

void ServerSetupWizard::showSurvey()
{
    const ServerSurvey &survey = *m_survey;
    const QString database = m_ui->databaseName->text().trimmed();
    QString text;
    if (!survey.databaseExists)
        text = tr("There is no database “%1” yet: it will be created and set up (version %2).")
                   .arg(database)
                   .arg(survey.latestVersion);
    else if (survey.schemaVersion == 0)
        text = tr("The database “%1” will be set up (version %2).").arg(database).arg(survey.latestVersion);
    else if (survey.schemaVersion < survey.latestVersion)
        text = tr("The database “%1” is a household server of version %2; it will be updated to version %3.")
                   .arg(database)
                   .arg(survey.schemaVersion)
                   .arg(survey.latestVersion);
    else
        text = tr("The database “%1” is an up-to-date household server; its roles, grants and row-level "
                  "security will be applied again.")
                   .arg(database);
    if (survey.hasAdministrator)
        text += u'\n'
            + tr("It has an administrator already: name another one only if you want one more, or leave the "
                 "name empty.");
    m_ui->surveyText->setText(text);
    m_ui->adminName->setFocus();
}

void ServerSetupWizard::installServer()
{
    const QString name = m_ui->adminName->text().trimmed();
    const QString password = m_ui->adminPassword->text();
    QString problem;
    if (name.isEmpty() && !m_survey->hasAdministrator)
        problem = tr("Name the household's first administrator.");
    else if (auto valid = ServerUsernames::validate(name); !name.isEmpty() && !valid)
        problem = valid.error().message;
    else if (!name.isEmpty() && password.isEmpty())
        problem = tr("Choose a password for %1.").arg(name);
    else if (password != m_ui->adminPasswordAgain->text())
        problem = tr("The two passwords differ.");
    if (!problem.isEmpty()) {
        m_ui->administratorMessage->setText(problem);
        m_ui->administratorMessage->show();
        return;
    }
    setBusy(true, tr("Setting up the server; on a large library this takes a while…"));
    m_opener.installServer(
        superuserSettings(), name, password, [self = QPointer(this), name](Result<ServerSetupReport> report) {
            if (!self)
                return;
            self->setBusy(false, {});
            if (!report) {
                self->m_ui->administratorMessage->setText(report.error().message);
                self->m_ui->administratorMessage->show();
                return;
            }
            self->m_report = *report;
            self->m_adminName = report->adminCreated ? name : QString();
            // The passwords are not needed any more.
            self->m_ui->superuserPassword->clear();
            self->m_ui->adminPassword->clear();
            self->m_ui->adminPasswordAgain->clear();
            self->next();
        });
}

void ServerSetupWizard::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    QLabel *message = currentId() == ServerPage ? m_ui->serverMessage : m_ui->administratorMessage;
    message->setText(what);
    message->setVisible(!what.isEmpty());
    currentPage()->setEnabled(!busy);
    for (QWizard::WizardButton button : { QWizard::NextButton, QWizard::CommitButton, QWizard::CancelButton })
        if (QAbstractButton *b = this->button(button))
            b->setEnabled(!busy);
    // There is nothing before the first page.
    if (QAbstractButton *back = button(QWizard::BackButton))
        back->setEnabled(!busy && currentId() != startId());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ServerSetupWizard::showReport()
{
    const ServerSetupReport &report = *m_report;
    const QString location
        = QStringLiteral("%1 (%2)").arg(m_ui->databaseName->text().trimmed(), m_ui->host->text().trimmed());
    QString text;
    if (report.versionBefore == 0)
        text = tr("The household server %1 is set up (version %2).").arg(location).arg(report.versionAfter);
    else if (report.versionBefore < report.versionAfter)
        text = tr("The household server %1 is updated from version %2 to %3.")
                   .arg(location)
                   .arg(report.versionBefore)
                   .arg(report.versionAfter);
    else
        text = tr("The household server %1 is up to date (version %2); its roles, grants and row-level "
                  "security were applied again.")
                   .arg(location)
                   .arg(report.versionAfter);
    if (!m_adminName.isEmpty())
        text += u'\n' + tr("%1 is its administrator.").arg(m_adminName);
    m_ui->report->setText(text);
    m_ui->connectNow->setVisible(!m_adminName.isEmpty());
    m_ui->connectNow->setText(tr("&Connect to the server as %1 now").arg(m_adminName));
}

void ServerSetupWizard::reject()
{
    if (!m_busy)
        QWizard::reject();
}

void ServerSetupWizard::accept()
{
    if (m_report && !m_adminName.isEmpty() && m_ui->connectNow->isChecked())
        m_profileToOpen = m_profiles.save(administratorProfile());
    QWizard::accept();
}

} // namespace omt
