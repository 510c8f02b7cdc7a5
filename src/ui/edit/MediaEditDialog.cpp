#include "MediaEditDialog.h"

#include "core/MediaClass.h"
#include "core/MediaValidation.h"
#include "ui/common/QuietChildren.h"
#include "ui_MediaEditDialog.h"

#include <QCompleter>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QUrl>

#include <algorithm>

namespace omt {

namespace {
// Release dates reach back to antiquity; QDateEdit's default stops at 1752.
const QDate EarliestDate(1, 1, 1);
const QDate LatestDate(9999, 12, 31);

// The locale's short date format, but never with a two-digit year: "65"
// cannot tell 1965 from 2065.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

bool isCoverAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    if (url.scheme() == u"http" || url.scheme() == u"https")
        return !url.host().isEmpty();
    return url.isLocalFile();
}
} // namespace

MediaEditDialog::MediaEditDialog(const MediaRecord &record, const MediaEditContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::MediaEditDialog>())
{
    m_ui->setupUi(this);
    setUpFields(context);
    setRecord(record);
    // A new item is named first; an existing one is usually opened to change something else.
    if (record.media.id.isNull())
        m_ui->title->setFocus(Qt::OtherFocusReason);
}

MediaEditDialog::~MediaEditDialog()
{
    quietChildren(this);
}

QString MediaEditDialog::suggestedClass(MediaType type)
{
    switch (type) {
    case MediaType::Book: return QStringLiteral("text.book");
    case MediaType::Audiobook: return QStringLiteral("audio.book");
    case MediaType::Film: return QStringLiteral("video.film");
    case MediaType::TvShow: return QStringLiteral("video.tv");
    case MediaType::Anime: return QStringLiteral("video.anime");
    case MediaType::Manga: return QStringLiteral("text.comic.manga");
    case MediaType::Comic: return QStringLiteral("text.comic");
    case MediaType::Game: return QStringLiteral("game.video");
    case MediaType::MusicAlbum: return QStringLiteral("audio.music.album");
    case MediaType::Podcast: return QStringLiteral("audio.podcast");
    case MediaType::BoardGame: return QStringLiteral("game.board");
    }
    return {};
}

void MediaEditDialog::setUpFields(const MediaEditContext &context)
{
    for (MediaType type : allValues<MediaType>())
        m_ui->type->addItem(displayName(type), int(type));

    QStringList classes = context.classPaths;
    for (MediaType type : allValues<MediaType>())
        classes.append(suggestedClass(type));
    classes.sort(Qt::CaseInsensitive);
    classes.removeDuplicates();
    auto *classCompleter = new QCompleter(classes, m_ui->mediaClass);
    // "film" finds "video.film.feature": people remember a label, not the whole path.
    classCompleter->setFilterMode(Qt::MatchContains);
    classCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->mediaClass->setCompleter(classCompleter);

    m_ui->releaseDate->setDateRange(EarliestDate, LatestDate);
    m_ui->releaseDate->setDisplayFormat(dateFormat());
    connect(m_ui->releaseDateKnown, &QCheckBox::toggled, m_ui->releaseDate, &QWidget::setEnabled);

    m_ui->relationships->setSearch(context.searchMedia);

    m_ui->problemIcon->setPixmap(style()
                                     ->standardIcon(QStyle::SP_MessageBoxWarning)
                                     .pixmap(style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this)));
    m_ui->problemIcon->setAlignment(Qt::AlignTop);
    m_ui->problemBar->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MediaEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MediaEditDialog::reject);

    connect(m_ui->type, &QComboBox::currentIndexChanged, this, &MediaEditDialog::onTypeChanged);
    connect(m_ui->mediaClass, &QLineEdit::textChanged, this, &MediaEditDialog::onEdited);
    connect(m_ui->title, &QLineEdit::textChanged, this, &MediaEditDialog::onEdited);
    connect(m_ui->releaseDateKnown, &QCheckBox::toggled, this, &MediaEditDialog::onEdited);
    connect(m_ui->country, &QComboBox::editTextChanged, this, &MediaEditDialog::onEdited);
    connect(m_ui->creators, &CreatorsEditor::changed, this, &MediaEditDialog::onEdited);
    connect(m_ui->coverUrl, &QLineEdit::textChanged, this, &MediaEditDialog::onEdited);
    connect(m_ui->attributes, &JsonEditor::edited, this, &MediaEditDialog::onEdited);
    connect(m_ui->links, &ExternalLinksEditor::changed, this, &MediaEditDialog::onEdited);
    connect(m_ui->relationships, &RelationshipsEditor::changed, this, &MediaEditDialog::onEdited);
    connect(m_ui->attributes, &JsonEditor::validityChanged, this, [this](bool valid) {
        // The tab says so even while another tab is shown.
        m_ui->tabs->setTabIcon(m_ui->tabs->indexOf(m_ui->attributesTab),
            valid ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_ui->tabs->setTabToolTip(
            m_ui->tabs->indexOf(m_ui->attributesTab), valid ? QString() : m_ui->attributes->problem());
    });
}

void MediaEditDialog::setRecord(const MediaRecord &record)
{
    m_record = record;
    const Media &media = record.media;
    setWindowTitle(media.id.isNull() ? tr("Add Media") : tr("Edit “%1”").arg(media.title));
    {
        // Loading a type is not choosing one: the class stays as stored.
        const QSignalBlocker blocker(m_ui->type);
        m_ui->type->setCurrentIndex(qMax(0, m_ui->type->findData(int(media.type))));
    }
    m_previousType = media.type;
    m_ui->mediaClass->setPlaceholderText(tr("For example %1").arg(suggestedClass(media.type)));
    m_ui->mediaClass->setText(media.mediaClass);
    m_ui->title->setText(media.title);
    m_ui->releaseDateKnown->setChecked(media.releaseDate.isValid());
    m_ui->releaseDate->setEnabled(media.releaseDate.isValid());
    m_ui->releaseDate->setDate(media.releaseDate.isValid() ? media.releaseDate : QDate::currentDate());
    m_ui->country->setCode(media.country);
    m_ui->creators->setCreators(media.creators);
    m_ui->coverUrl->setText(media.coverUrl);
    m_ui->description->setPlainText(media.description);
    m_ui->attributes->setObject(media.attributes);
    m_ui->links->setLinks(record.links);
    m_ui->relationships->setMediaId(media.id);
    m_ui->relationships->setRelated(record.related);
}

MediaType MediaEditDialog::selectedType() const
{
    return MediaType(m_ui->type->currentData().toInt());
}

Media MediaEditDialog::editedMedia() const
{
    Media media = m_record.media;
    media.type = selectedType();
    media.mediaClass = m_ui->mediaClass->text();
    media.title = m_ui->title->text();
    media.releaseDate = m_ui->releaseDateKnown->isChecked() ? m_ui->releaseDate->date() : QDate();
    media.country = m_ui->country->code();
    media.creators = m_ui->creators->creators();
    media.coverUrl = m_ui->coverUrl->text().trimmed();
    media.description = m_ui->description->toPlainText().trimmed();
    if (const auto attributes = m_ui->attributes->object())
        media.attributes = *attributes;
    return MediaValidation::normalized(media);
}

MediaRecord MediaEditDialog::record() const
{
    MediaRecord record = m_record;
    record.media = editedMedia();
    record.links = m_ui->links->links();
    for (ExternalLink &link : record.links)
        link.mediaId = record.media.id;
    record.related = m_ui->relationships->related();
    return record;
}

void MediaEditDialog::onTypeChanged()
{
    const MediaType type = selectedType();
    const QString typed = m_ui->mediaClass->text().trimmed();
    // Follow the type only while the class is empty or still the previous suggestion.
    if (typed.isEmpty() || typed == suggestedClass(m_previousType))
        m_ui->mediaClass->setText(suggestedClass(type));
    m_ui->mediaClass->setPlaceholderText(tr("For example %1").arg(suggestedClass(type)));
    m_previousType = type;
    onEdited();
}

std::optional<MediaEditDialog::Problem> MediaEditDialog::firstProblem() const
{
    QWidget *general = m_ui->generalTab;
    const auto focus = [](QWidget *widget) {
        return [widget] {
            widget->setFocus(Qt::OtherFocusReason);
            if (auto *line = qobject_cast<QLineEdit *>(widget))
                line->selectAll();
        };
    };
    const Media media = editedMedia();
    if (!m_ui->country->isAcceptable())
        return Problem {
            tr("Country: “%1” is not in the list. Choose a country from the list, or “No country”.")
                .arg(m_ui->country->currentText().trimmed()),
            general, focus(m_ui->country)
        };
    if (const Result<void> valid = MediaValidation::validate(media); !valid) {
        QWidget *field = media.title.isEmpty()                                      ? m_ui->title
            : !media.mediaClass.isEmpty() && !MediaClass::isValid(media.mediaClass) ? m_ui->mediaClass
                                                                                    : m_ui->title;
        return Problem { valid.error().message, general, focus(field) };
    }
    if (!media.coverUrl.isEmpty() && !isCoverAddress(media.coverUrl))
        return Problem {
            tr("Cover address: “%1” is neither a web address nor a file; it should start with https://, "
               "http:// or file://.")
                .arg(media.coverUrl),
            general, focus(m_ui->coverUrl)
        };
    if (const QString problem = m_ui->attributes->problem(); !problem.isEmpty())
        return Problem { tr("Attributes: %1").arg(problem), m_ui->attributesTab,
            [this] { m_ui->attributes->showProblem(); } };
    if (const QString problem = m_ui->links->problem(); !problem.isEmpty())
        return Problem { tr("Links: %1").arg(problem), m_ui->linksTab,
            [this] { m_ui->links->showProblem(); } };
    if (const QString problem = m_ui->relationships->problem(); !problem.isEmpty())
        return Problem { tr("Relationships: %1").arg(problem), m_ui->relationshipsTab,
            [this] { m_ui->relationships->showProblem(); } };
    return std::nullopt;
}

QString MediaEditDialog::problem() const
{
    const auto problem = firstProblem();
    return problem ? problem->message : QString();
}

void MediaEditDialog::accept()
{
    m_ui->attributes->validateNow();
    const auto problem = firstProblem();
    if (!problem) {
        QDialog::accept();
        return;
    }
    m_problemShown = true;
    showProblemBar(problem->message);
    m_ui->tabs->setCurrentWidget(problem->tab);
    problem->show();
}

void MediaEditDialog::onEdited()
{
    if (!m_problemShown)
        return;
    const auto problem = firstProblem();
    if (problem) {
        showProblemBar(problem->message);
    } else {
        m_problemShown = false;
        m_ui->problemBar->hide();
    }
}

void MediaEditDialog::showProblemBar(const QString &message)
{
    m_ui->problemText->setText(message);
    m_ui->problemBar->show();
}

} // namespace omt
