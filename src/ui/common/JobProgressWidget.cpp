#include "JobProgressWidget.h"

#include "models/LongJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace omt {

JobProgressWidget::JobProgressWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("jobProgress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("jobProgressLabel"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false); // the label says the percentage
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(fontMetrics().height());
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("%1: canceling…").arg(m_title));
        Q_EMIT cancelRequested();
    });
    hide();
}

void JobProgressWidget::start(const QString &title)
{
    m_title = title;
    m_bar->setAccessibleName(title);
    m_cancel->setAccessibleName(tr("Cancel: %1").arg(title));
    m_cancel->setToolTip(tr("Stops and removes what was written so far"));
    m_cancel->setEnabled(true);
    showPercent(0);
    show();
}

void JobProgressWidget::setProgress(const JobProgress &progress)
{
    if (m_cancel->isEnabled())
        showPercent(progress.percent());
    else
        m_bar->setValue(progress.percent());
}

void JobProgressWidget::finish()
{
    hide();
}

void JobProgressWidget::showPercent(int percent)
{
    m_bar->setValue(percent);
    m_label->setText(tr("%1… %2 %").arg(m_title).arg(percent));
    m_label->setAccessibleName(m_label->text());
}

} // namespace omt
