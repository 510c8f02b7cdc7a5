#pragma once

#include "CoverSettings.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace omt {

class CoverDiskCache;

/// How a download ended.
enum class DownloadOutcome {
    /// The cover is in the disk cache.
    Stored,
    /// The address serves no usable cover (404, not an image, too large, an
    /// insecure redirect); asking again soon is pointless.
    Refused,
    /// The server misbehaved or was slow (5xx, timeouts); worth another try later.
    Failed,
    /// The server could not be reached at all: perhaps the computer is offline.
    Unreachable,
};

/// Downloads covers into the disk cache. Lives on the network thread and
/// owns that thread's QNetworkAccessManager. Every request has an idle and a
/// total timeout, follows at most a few redirects and never from https to
/// http, stops reading at the size limit, and the body must be an acceptable
/// image before it is stored.
class CoverDownloader : public QObject
{
    Q_OBJECT

public:
    CoverDownloader(CoverDiskCache &cache, const NetworkPolicy &policy, const CoverLimits &limits);
    ~CoverDownloader() override;

    /// Starts downloading (call through a queued invocation from other threads).
    void download(const QString &url);
    /// Aborts every running download without reporting it.
    void abortAll();

Q_SIGNALS:
    void finished(const QString &url, omt::DownloadOutcome outcome, const QString &error);

private:
    struct Transfer
    {
        QString url;
        QByteArray body;
        QString abortReason;
        DownloadOutcome abortOutcome = DownloadOutcome::Refused;
        QTimer *deadline = nullptr;
    };

    QNetworkAccessManager &network();
    void readBody(QNetworkReply *reply);
    void checkDeclaredLength(QNetworkReply *reply);
    void abortTransfer(QNetworkReply *reply, DownloadOutcome outcome, const QString &reason);
    void transferFinished(QNetworkReply *reply);
    std::pair<DownloadOutcome, QString> describeError(QNetworkReply *reply) const;
    void startIndexSaving();

    CoverDiskCache &m_cache;
    const NetworkPolicy m_policy;
    const CoverLimits m_limits;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_indexTimer = nullptr;
    QHash<QNetworkReply *, Transfer> m_transfers;
};

} // namespace omt

Q_DECLARE_METATYPE(omt::DownloadOutcome)
