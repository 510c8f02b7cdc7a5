#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace omt {

class ConnectionMonitor;
class LibraryService;

/// The band across the top of the window while the connection to the
/// household server is lost: what happened, when the next attempt is, how
/// many edits wait to be saved, and a button to try at once. It hides itself
/// when the connection is back.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    ConnectionBanner(
        ConnectionMonitor &monitor, LibraryService &service, QString serverName, QWidget *parent = nullptr);

    /// The text shown (tests).
    QString text() const;

private:
    void update();

    ConnectionMonitor &m_monitor;
    LibraryService &m_service;
    QString m_serverName;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace omt
