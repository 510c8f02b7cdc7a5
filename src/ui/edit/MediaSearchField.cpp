#include "MediaSearchField.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPointer>
#include <QStandardItemModel>

namespace omt {

namespace {
// Skips the intermediate keystrokes of fast typing; the search itself is quick.
constexpr int SearchDelayMs = 150;
// The popup shows this many matches at most; people refine by typing more.
constexpr int MaxMatches = 20;
// The title alone goes into the field when a match is chosen; the popup shows more.
constexpr int TitleRole = Qt::UserRole + 1;
constexpr int IndexRole = Qt::UserRole + 2;
} // namespace

MediaSearchField::MediaSearchField(MediaEditContext::Search search, const QUuid &exclude, QWidget *parent)
    : QLineEdit(parent)
    , m_search(std::move(search))
    , m_exclude(exclude)
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
{
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(TitleRole);
    m_completer->setWidget(this);
    setClearButtonEnabled(true);
    if (!m_search) {
        setReadOnly(true);
        setPlaceholderText(tr("Searching the library is not available"));
        return;
    }
    setPlaceholderText(tr("Type part of a title"));

    m_delay.setSingleShot(true);
    m_delay.setInterval(SearchDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &MediaSearchField::startSearch);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_chosen.reset();
        m_delay.start();
    });
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &MediaSearchField::choose);
}

void MediaSearchField::startSearch()
{
    const QString typed = text().trimmed();
    const quint64 generation = ++m_generation;
    if (typed.isEmpty()) {
        showMatches({});
        return;
    }
    QPointer<MediaSearchField> self(this);
    m_search(typed, [self, generation](QList<MediaSummary> matches) {
        if (self && self->m_generation == generation)
            self->showMatches(matches);
    });
}

void MediaSearchField::showMatches(const QList<MediaSummary> &matches)
{
    m_results.clear();
    m_matches->clear();
    for (const MediaSummary &media : matches) {
        if (media.id == m_exclude)
            continue;
        if (m_results.size() == MaxMatches)
            break;
        const QString year
            = media.releaseDate.isValid() ? QString::number(media.releaseDate.year()) : QString();
        auto *item = new QStandardItem(year.isEmpty()
                ? tr("%1 — %2").arg(media.title, displayName(media.type))
                : tr("%1 — %2, %3").arg(media.title, displayName(media.type), year));
        item->setData(media.title, TitleRole);
        item->setData(int(m_results.size()), IndexRole);
        item->setEditable(false);
        m_matches->appendRow(item);
        m_results.append(media);
    }
    if (m_results.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void MediaSearchField::choose(const QModelIndex &index)
{
    const int row = index.data(IndexRole).toInt();
    if (row < 0 || row >= m_results.size())
        return;
    m_chosen = m_results.at(row);
    setText(m_chosen->title);
    Q_EMIT mediaChosen(*m_chosen);
}

} // namespace omt
