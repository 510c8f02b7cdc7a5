#include "ConnectionBanner.h"

#include "models/ConnectionMonitor.h"
#include "models/LibraryService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace omt {

ConnectionBanner::ConnectionBanner(
    ConnectionMonitor &monitor, LibraryService &service, QString serverName, QWidget *parent)
    : QFrame(parent)
    , m_monitor(monitor)
    , m_service(service)
    , m_serverName(std::move(serverName))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warning colour from the palette's own, so that dark themes stay readable.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_retry = new QPushButton(tr("Try &Now"), this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, &m_monitor, &ConnectionMonitor::retryNow);

    connect(&m_monitor, &ConnectionMonitor::lost, this, [this] {
        update();
        show();
    });
    connect(&m_monitor, &ConnectionMonitor::waiting, this, &ConnectionBanner::update);
    connect(&m_service, &LibraryService::heldWritesChanged, this, &ConnectionBanner::update);
    connect(&m_monitor, &ConnectionMonitor::restored, this, &QWidget::hide);
    hide();
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

void ConnectionBanner::update()
{
    if (!m_monitor.isLost())
        return;
    const Error &error = m_monitor.lastError();
    QString text = LibraryService::isConnectionFailure(error)
        ? tr("The connection to %1 was lost.").arg(m_serverName)
        : tr("%1 refused to reconnect: %2").arg(m_serverName, error.message);
    const int seconds = m_monitor.secondsUntilRetry();
    text += QLatin1Char(' ')
        + (seconds > 0 ? tr("Trying again in %n second(s)…", nullptr, seconds) : tr("Trying to connect…"));
    if (const int held = m_service.heldWriteCount(); held > 0)
        text += QLatin1Char(' ') + tr("%n change(s) will be saved when it is back.", nullptr, held);
    m_text->setText(text);
    m_text->setToolTip(error.message);
}

} // namespace omt
