#include "CoverDownloader.h"

#include "CoverDecoder.h"
#include "CoverDiskCache.h"
#include "NetLog.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace omt {

namespace {

/// The index is saved this often while covers are used, so a crash loses at
/// most this much of the cache's memory of what it holds.
constexpr int IndexSaveIntervalMs = 10000;

QString seconds(int milliseconds)
{
    return QLocale().toString(milliseconds / 1000.0, 'g', 3);
}

/// The Content-Length of the response that delivers the body, if it has
/// one. After a redirect on a kept-alive connection Qt (6.4) can merge the
/// redirect's headers into the final response's ("Content-Length: 0, 910"),
/// and QNetworkRequest::ContentLengthHeader then reads the redirect's 0: the
/// last value is the final response's.
std::optional<qint64> declaredLength(const QNetworkReply *reply)
{
    const QByteArray raw = reply->rawHeader("Content-Length");
    if (raw.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 length = raw.split(',').constLast().trimmed().toLongLong(&ok);
    if (!ok || length < 0)
        return std::nullopt;
    return length;
}

} // namespace

CoverDownloader::CoverDownloader(
    CoverDiskCache &cache, const NetworkPolicy &policy, const CoverLimits &limits)
    : m_cache(cache)
    , m_policy(policy)
    , m_limits(limits)
{
    qRegisterMetaType<omt::DownloadOutcome>();
}

CoverDownloader::~CoverDownloader()
{
    abortAll();
}

QNetworkAccessManager &CoverDownloader::network()
{
    // Made on first use, so that it belongs to the thread this object was
    // moved to.
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        startIndexSaving();
    }
    return *m_network;
}

void CoverDownloader::startIndexSaving()
{
    m_indexTimer = new QTimer(this);
    m_indexTimer->setInterval(IndexSaveIntervalMs);
    connect(m_indexTimer, &QTimer::timeout, this, [this] {
        if (auto saved = m_cache.flush(); !saved)
            qCWarning(lcNet) << saved.error().toString();
    });
    m_indexTimer->start();
}

void CoverDownloader::download(const QString &url)
{
    const QUrl address(url);
    if (!address.isValid() || (address.scheme() != u"https" && address.scheme() != u"http")) {
        Q_EMIT finished(url, DownloadOutcome::Refused,
            tr("“%1” is not a web address (it must start with https:// or http://).").arg(url));
        return;
    }
    QNetworkRequest request(address);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_policy.maxRedirects);
    request.setTransferTimeout(m_policy.idleTimeoutMs);
    request.setRawHeader(
        "User-Agent", m_policy.userAgent.isEmpty() ? CoverSettings::userAgent() : m_policy.userAgent);
    request.setRawHeader("Accept", "image/jpeg, image/png, image/webp;q=0.9, image/*;q=0.8");
    if (!m_policy.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_policy.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = network().get(request);
    Transfer &transfer = m_transfers[reply];
    transfer.url = url;
    transfer.deadline = new QTimer(reply);
    transfer.deadline->setSingleShot(true);
    connect(transfer.deadline, &QTimer::timeout, this, [this, reply] {
        abortTransfer(reply, DownloadOutcome::Failed,
            tr("The cover took longer than %1 s to download.").arg(seconds(m_policy.totalTimeoutMs)));
    });
    transfer.deadline->start(m_policy.totalTimeoutMs);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { checkDeclaredLength(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readBody(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { transferFinished(reply); });
}

void CoverDownloader::abortAll()
{
    const auto replies = m_transfers.keys();
    m_transfers.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void CoverDownloader::checkDeclaredLength(QNetworkReply *reply)
{
    if (const auto length = declaredLength(reply); length && *length > m_limits.maxBytes)
        abortTransfer(reply, DownloadOutcome::Refused, CoverDecoder::tooLarge(m_limits).message);
}

void CoverDownloader::readBody(QNetworkReply *reply)
{
    const auto it = m_transfers.find(reply);
    if (it == m_transfers.end() || !it->abortReason.isEmpty())
        return;
    const QByteArray chunk = reply->readAll();
    // An error page is no cover: its body is dropped as it arrives.
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 300)
        return;
    it->body += chunk;
    if (it->body.size() > m_limits.maxBytes)
        abortTransfer(reply, DownloadOutcome::Refused, CoverDecoder::tooLarge(m_limits).message);
}

void CoverDownloader::abortTransfer(QNetworkReply *reply, DownloadOutcome outcome, const QString &reason)
{
    const auto it = m_transfers.find(reply);
    if (it == m_transfers.end() || !it->abortReason.isEmpty())
        return;
    it->abortReason = reason;
    it->abortOutcome = outcome;
    it->body.clear();
    reply->abort(); // emits finished, handled by transferFinished
}

void CoverDownloader::transferFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_transfers.find(reply);
    if (it == m_transfers.end())
        return;
    Transfer transfer = std::move(*it);
    m_transfers.erase(it);
    if (!transfer.abortReason.isEmpty()) {
        Q_EMIT finished(transfer.url, transfer.abortOutcome, transfer.abortReason);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        const auto [outcome, message] = describeError(reply);
        qCDebug(lcNet) << "Cover download failed:" << transfer.url << reply->errorString();
        Q_EMIT finished(transfer.url, outcome, message);
        return;
    }
    transfer.body += reply->readAll();
    // A connection closed early can end a reply without an error: a body
    // shorter than announced is a broken cover, never one to cache.
    if (const auto length = declaredLength(reply); length && *length != transfer.body.size()) {
        Q_EMIT finished(transfer.url, DownloadOutcome::Failed,
            tr("The download of the cover broke off (%1 of %2 bytes arrived).")
                .arg(transfer.body.size())
                .arg(*length));
        return;
    }
    if (auto checked = CoverDecoder::inspect(transfer.body, m_limits); !checked) {
        Q_EMIT finished(transfer.url, DownloadOutcome::Refused, checked.error().message);
        return;
    }
    if (auto stored = m_cache.store(transfer.url, transfer.body); !stored) {
        qCWarning(lcNet) << stored.error().toString();
        // A cover too large for the cache stays so until the limit changes;
        // a disk error may pass.
        const bool lasting = stored.error().code == Error::Code::InvalidInput;
        Q_EMIT finished(transfer.url, lasting ? DownloadOutcome::Refused : DownloadOutcome::Failed,
            stored.error().message);
        return;
    }
    Q_EMIT finished(transfer.url, DownloadOutcome::Stored, {});
}

std::pair<DownloadOutcome, QString> CoverDownloader::describeError(QNetworkReply *reply) const
{
    const QString host = reply->request().url().host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString answer
            = reason.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(reason);
        if (status == 404 || status == 410)
            return { DownloadOutcome::Refused,
                tr("The server has no cover at this address (%1).").arg(answer) };
        const bool retryable = status >= 500 || status == 408 || status == 429;
        return { retryable ? DownloadOutcome::Failed : DownloadOutcome::Refused,
            tr("The server refused the cover (%1).").arg(answer) };
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // Our own aborts carry their reason; a cancel we did not ask for is
        // the idle timeout of QNetworkRequest::setTransferTimeout.
        return { DownloadOutcome::Failed,
            tr("The server stopped sending the cover (nothing for %1 s).")
                .arg(seconds(m_policy.idleTimeoutMs)) };
    case QNetworkReply::TooManyRedirectsError:
        return { DownloadOutcome::Refused,
            tr("The cover address redirects more than %n time(s).", nullptr, m_policy.maxRedirects) };
    case QNetworkReply::InsecureRedirectError:
        return { DownloadOutcome::Refused,
            tr("The secure cover address redirects to an insecure (http) one, which is not followed.") };
    case QNetworkReply::HostNotFoundError:
        return { DownloadOutcome::Unreachable, tr("The server %1 could not be found.").arg(host) };
    case QNetworkReply::RemoteHostClosedError:
        // The server answered and then hung up mid-body: it was reached, so
        // this is no sign of being offline.
        if (status > 0)
            return { DownloadOutcome::Failed,
                tr("The download of the cover broke off (%1).").arg(reply->errorString()) };
        [[fallthrough]];
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return { DownloadOutcome::Unreachable,
            tr("The server %1 could not be reached (%2).").arg(host, reply->errorString()) };
    case QNetworkReply::SslHandshakeFailedError:
        return { DownloadOutcome::Refused,
            tr("The secure connection to %1 failed (%2).").arg(host, reply->errorString()) };
    case QNetworkReply::ProtocolUnknownError:
        return { DownloadOutcome::Refused,
            tr("“%1” is not a web address (it must start with https:// or http://).")
                .arg(reply->request().url().toString()) };
    default:
        return { DownloadOutcome::Failed,
            tr("The cover could not be downloaded (%1).").arg(reply->errorString()) };
    }
}

} // namespace omt
