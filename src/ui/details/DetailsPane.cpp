#include "DetailsPane.h"

#include "CoverWell.h"
#include "DetailsText.h"
#include "core/ExternalLinkUrls.h"
#include "core/LocalizedTitles.h"
#include "models/PlaceholderCovers.h"
#include "ui/common/TextBlock.h"

#include <QCollator>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace omt {

namespace {

// Covers are shown at a fixed width; their height follows the usual shape
// of the type's covers (2:3 posters and books, square albums and podcasts).
constexpr int CoverWidth = 160;
constexpr int SectionSpacing = 18;
constexpr int IconSize = 16;
// Form names wrap beyond this, so values keep most of a narrow pane.
constexpr int MaxLabelChars = 14;

QSize coverSize(MediaType type)
{
    const bool square = type == MediaType::MusicAlbum || type == MediaType::Podcast;
    return QSize(CoverWidth, square ? CoverWidth : CoverWidth * 3 / 2);
}

/// A label holding one link: clickable, reachable with Tab and Enter, and
/// still selectable for copying.
QLabel *linkLabel(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(false);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setText(html);
    return label;
}

/// The name of a form row: quiet, top-aligned with the first line of its
/// value, and wrapped when long rather than squeezing the values.
QLabel *formLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("detailsFormLabel"));
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    const QFontMetrics metrics = label->fontMetrics();
    const int widest = metrics.horizontalAdvance(QString(MaxLabelChars, QLatin1Char('x')));
    if (metrics.horizontalAdvance(text) > widest) {
        label->setWordWrap(true);
        label->setFixedWidth(widest);
    }
    return label;
}

QString anchor(const QString &text)
{
    // The href is never read back: each label's connection carries its target.
    return QStringLiteral("<a href=\"#\">%1</a>").arg(DetailsText::breakable(text).toHtmlEscaped());
}

/// Order of relations in the list: the strong ones (sequels, prequels)
/// first, the loose ones last; then by title.
int relationRank(RelationType type)
{
    switch (type) {
    case RelationType::Prequel: return 0;
    case RelationType::Sequel: return 1;
    case RelationType::SpinOff: return 2;
    case RelationType::Adaptation: return 3;
    case RelationType::Remake: return 4;
    case RelationType::SameFranchise: return 5;
    case RelationType::Related: return 6;
    }
    return 7;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    clear();
}

DetailsPane::~DetailsPane() = default;

void DetailsPane::buildUi()
{
    m_stack = new QStackedLayout(this);

    m_emptyState = new QLabel(tr("Select an item to see its details"), this);
    m_emptyState->setObjectName(QStringLiteral("detailsEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setContentsMargins(24, 24, 24, 24);
    m_stack->addWidget(m_emptyState);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Text wraps to the pane's width; sideways scrolling through a sentence helps nobody.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_scroll);

    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(SectionSpacing);

    auto *header = new QVBoxLayout;
    header->setSpacing(6);
    m_cover = new CoverWell(content);
    m_cover->setObjectName(QStringLiteral("detailsCover"));
    header->addWidget(m_cover, 0, Qt::AlignHCenter);
    header->addSpacing(6);

    m_title = new TextBlock(content);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    header->addWidget(m_title);

    m_subtitle = new TextBlock(content);
    m_subtitle->setObjectName(QStringLiteral("detailsSubtitle"));
    m_subtitle->setTextRole(QPalette::PlaceholderText);
    header->addWidget(m_subtitle);
    layout->addLayout(header);

    auto addTo = [layout](Section section) {
        layout->addWidget(section.widget);
        return section;
    };
    m_facts = addTo(addSection({}, QStringLiteral("detailsFacts")));
    m_description = addTo(addSection(tr("Description"), QStringLiteral("detailsDescription")));
    m_attributes = addTo(addSection(tr("Details"), QStringLiteral("detailsAttributes")));
    m_related = addTo(addSection(tr("Related"), QStringLiteral("detailsRelated")));
    m_links = addTo(addSection(tr("Links"), QStringLiteral("detailsLinks")));
    m_lists = addTo(addSection(tr("Lists"), QStringLiteral("detailsLists")));
    layout->addStretch(1);

    m_scroll->setWidget(content);
    applyFonts();
}

DetailsPane::Section DetailsPane::addSection(const QString &heading, const QString &objectName)
{
    Section section;
    section.widget = new QWidget(this);
    section.widget->setObjectName(objectName);
    section.layout = new QVBoxLayout(section.widget);
    section.layout->setContentsMargins(0, 0, 0, 0);
    section.layout->setSpacing(6);
    if (!heading.isEmpty()) {
        auto *title = new QLabel(heading, section.widget);
        title->setObjectName(objectName + QStringLiteral("Heading"));
        section.layout->addWidget(title);
        m_headings.append(title);
    }
    resetBody(section);
    return section;
}

QWidget *DetailsPane::resetBody(Section &section)
{
    if (section.body) {
        section.body->hide();
        section.layout->removeWidget(section.body);
        section.body->deleteLater();
    }
    section.body = new QWidget(section.widget);
    section.layout->addWidget(section.body);
    return section.body;
}

QFormLayout *DetailsPane::newForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeading | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow pane a long label gets the row to itself, its value below.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    return form;
}

TextBlock *DetailsPane::addFormRow(QFormLayout *form, const QString &label, const QString &value)
{
    QWidget *parent = form->parentWidget();
    auto *name = formLabel(label, parent);
    auto *field = new TextBlock(value, parent);
    form->addRow(name, field);
    return field;
}

void DetailsPane::alignFormColumns()
{
    // The facts, details and links forms share one name column, so their
    // values line up down the pane as in one table.
    QWidget *content = m_scroll->widget();
    QList<QLabel *> labels;
    int width = 0;
    const auto candidates = content->findChildren<QLabel *>(QStringLiteral("detailsFormLabel"));
    for (QLabel *label : candidates) {
        if (!label->isVisibleTo(content))
            continue;
        labels.append(label);
        width = qMax(width, qMin(label->sizeHint().width(), label->maximumWidth()));
    }
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void DetailsPane::applyFonts()
{
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont headingFont = font();
    headingFont.setBold(true);
    for (QLabel *heading : std::as_const(m_headings))
        heading->setFont(headingFont);
}

void DetailsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void DetailsPane::clear()
{
    m_id = QUuid();
    m_coverImage = QImage();
    m_title->setText({});
    m_subtitle->setText({});
    m_cover->clear();
    m_cover->setToolTip({});
    m_cover->setAcceptingCovers(false);
    m_inLists.clear();
    for (Section *section : { &m_facts, &m_description, &m_attributes, &m_related, &m_links, &m_lists }) {
        resetBody(*section);
        section->widget->hide();
    }
    m_stack->setCurrentWidget(m_emptyState);
}

QUuid DetailsPane::currentId() const
{
    return m_id;
}

void DetailsPane::setTitleLanguage(const QString &language)
{
    if (language == m_titleLanguage)
        return;
    m_titleLanguage = language;
    if (!m_id.isNull())
        showTitle();
}

void DetailsPane::showTitle()
{
    const QString shown = LocalizedTitles::pick(m_catalogueTitle, m_titles, m_titleLanguage);
    const QString title = shown.isEmpty() ? tr("Untitled") : shown;
    m_title->setText(title);
    // The catalogue title is the one lists sort by and search finds.
    m_title->setToolTip(
        shown == m_catalogueTitle ? QString() : tr("Catalogue title: %1").arg(m_catalogueTitle));
    m_cover->setAccessibleName(tr("Cover of %1").arg(title));
}

void DetailsPane::setRecord(const MediaRecord &record)
{
    const Media &media = record.media;
    m_id = media.id;
    m_type = media.type;
    m_coverImage = QImage();
    showCover();
    m_cover->setToolTip({});
    m_cover->setAcceptingCovers(true);

    m_catalogueTitle = media.title.trimmed();
    m_titles = media.attributes.value(LocalizedTitles::AttributeKey).toObject();
    showTitle();

    QStringList subtitle = { displayName(media.type) };
    const QString classText = DetailsText::classLabel(media.mediaClass, media.type);
    if (!classText.isEmpty())
        subtitle.append(classText);
    if (media.releaseDate.isValid())
        subtitle.append(QString::number(media.releaseDate.year()));
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_subtitle->setToolTip(media.mediaClass);

    fillFacts(media);
    fillDescription(media);
    fillAttributes(media);
    fillRelated(record.related);
    fillLinks(record.links, media.type);
    m_inLists.clear();
    for (const ListItem &item : record.listItems)
        m_inLists.append(item.listId);
    fillLists();

    alignFormColumns();
    m_stack->setCurrentWidget(m_scroll);
    m_scroll->verticalScrollBar()->setValue(0);
}

void DetailsPane::setCover(const QImage &cover)
{
    if (m_id.isNull())
        return;
    m_coverImage = cover;
    showCover();
}

void DetailsPane::setCoverProblem(const QString &problem)
{
    m_cover->setToolTip(problem.isEmpty() ? QString() : tr("The cover could not be loaded: %1").arg(problem));
}

QSize DetailsPane::coverPixelSize() const
{
    return (QSizeF(coverSize(m_type)) * devicePixelRatioF()).toSize();
}

void DetailsPane::showCover()
{
    const qreal ratio = devicePixelRatioF();
    const QSize box = coverSize(m_type);
    QImage image;
    if (m_coverImage.isNull()) {
        image = PlaceholderCovers::cover(m_type, box, ratio);
    } else {
        // Real covers keep their own shape, fitted into the type's box.
        image = m_coverImage.scaled(
            QSizeF(box * ratio).toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        image.setDevicePixelRatio(ratio);
    }
    m_cover->setPixmap(QPixmap::fromImage(image));
    m_cover->setFixedSize((QSizeF(image.size()) / ratio).toSize());
}

void DetailsPane::fillFacts(const Media &media)
{
    QWidget *body = resetBody(m_facts);
    QFormLayout *form = newForm(body);
    const QStringList creators = [&] {
        QStringList names;
        for (const QString &creator : media.creators) {
            if (!creator.trimmed().isEmpty())
                names.append(creator.trimmed());
        }
        return names;
    }();
    if (!creators.isEmpty()) {
        addFormRow(
            form, creators.size() == 1 ? tr("Creator") : tr("Creators"), creators.join(QStringLiteral(", ")))
            ->setObjectName(QStringLiteral("detailsCreators"));
    }
    if (media.releaseDate.isValid())
        addFormRow(form, tr("Released"), QLocale().toString(media.releaseDate, QLocale::LongFormat));
    const QString country = DetailsText::countryName(media.country);
    if (!country.isEmpty())
        addFormRow(form, tr("Country"), country);
    m_facts.widget->setVisible(form->rowCount() > 0);
}

void DetailsPane::fillDescription(const Media &media)
{
    QWidget *body = resetBody(m_description);
    const QString text = media.description.trimmed();
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!text.isEmpty())
        layout->addWidget(new TextBlock(text, body));
    m_description.widget->setVisible(!text.isEmpty());
}

void DetailsPane::fillAttributes(const Media &media)
{
    QWidget *body = resetBody(m_attributes);
    QFormLayout *form = newForm(body);
    // QJsonObject iterates its keys in sorted order, which is also a
    // predictable reading order.
    for (auto it = media.attributes.constBegin(); it != media.attributes.constEnd(); ++it) {
        const QString value = DetailsText::attributeValue(it.key(), it.value());
        if (!value.isEmpty())
            addFormRow(form, DetailsText::attributeLabel(it.key()), value);
    }
    m_attributes.widget->setVisible(form->rowCount() > 0);
}

void DetailsPane::fillRelated(const QList<RelatedMedia> &related)
{
    QWidget *body = resetBody(m_related);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    QList<RelatedMedia> sorted = related;
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(sorted.begin(), sorted.end(), [&](const RelatedMedia &a, const RelatedMedia &b) {
        const int rankA = relationRank(a.relationship.type);
        const int rankB = relationRank(b.relationship.type);
        if (rankA != rankB)
            return rankA < rankB;
        return collator.compare(a.otherTitle, b.otherTitle) < 0;
    });

    for (const RelatedMedia &item : std::as_const(sorted)) {
        const QString title
            = item.otherTitle.trimmed().isEmpty() ? tr("Untitled") : item.otherTitle.trimmed();
        const QString phrase = DetailsText::relationPhrase(item.relationship.type, item.direction);
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        auto *icon = new QLabel(body);
        icon->setPixmap(
            PlaceholderCovers::icon(item.otherType).pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
        icon->setFixedSize(IconSize, IconSize);
        icon->setToolTip(displayName(item.otherType));
        // Lines the icon up with the first line of text.
        icon->setContentsMargins(0, 0, 0, 0);
        row->addWidget(icon, 0, Qt::AlignTop);

        QLabel *label = linkLabel(phrase.toHtmlEscaped().arg(anchor(title)), body);
        QString toolTip = displayName(item.otherType);
        if (!item.relationship.notes.trimmed().isEmpty())
            toolTip += QStringLiteral("\n") + item.relationship.notes.trimmed();
        label->setToolTip(toolTip);
        const QUuid otherId = item.otherId;
        connect(
            label, &QLabel::linkActivated, this, [this, otherId] { Q_EMIT relatedMediaActivated(otherId); });
        row->addWidget(label, 1);
        layout->addLayout(row);
    }
    m_related.widget->setVisible(!sorted.isEmpty());
}

void DetailsPane::setUserLists(const QList<MediaList> &lists)
{
    m_userLists.clear();
    for (const MediaList &list : lists) {
        if (list.type == ListType::Manual)
            m_userLists.append(list);
    }
    if (!m_id.isNull())
        fillLists();
}

void DetailsPane::fillLists()
{
    QWidget *body = resetBody(m_lists);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    QStringList links;
    QList<QUuid> ids;
    for (const MediaList &list : std::as_const(m_userLists)) {
        if (m_inLists.contains(list.id)) {
            links.append(
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(QString::number(ids.size()), DetailsText::breakable(list.name).toHtmlEscaped()));
            ids.append(list.id);
        }
    }
    QLabel *label = links.isEmpty() ? new QLabel(tr("Not in any of your lists"), body)
                                    : linkLabel(links.join(QStringLiteral(", ")), body);
    label->setObjectName(QStringLiteral("detailsListNames"));
    label->setWordWrap(true);
    if (links.isEmpty())
        label->setForegroundRole(QPalette::PlaceholderText);
    connect(label, &QLabel::linkActivated, this, [this, ids](const QString &link) {
        const qsizetype index = link.toInt();
        if (index >= 0 && index < ids.size())
            Q_EMIT listActivated(ids.at(index));
    });
    layout->addWidget(label);
    auto *add = new QPushButton(tr("Add to List…"), body);
    add->setObjectName(QStringLiteral("detailsAddToList"));
    add->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(add, &QPushButton::clicked, this,
        [this, add] { Q_EMIT addToListRequested(m_id, add->mapToGlobal(QPoint(0, add->height()))); });
    layout->addWidget(add, 0, Qt::AlignLeft);
    m_lists.widget->show();
}

void DetailsPane::fillLinks(const QList<ExternalLink> &links, MediaType type)
{
    QWidget *body = resetBody(m_links);
    QFormLayout *form = newForm(body);
    for (const ExternalLink &link : links) {
        const QString key = link.externalKey.trimmed();
        const QUrl url = ExternalLinkUrls::urlFor(link, type);
        const QString shown = key.isEmpty() ? url.host() : key;
        if (shown.isEmpty())
            continue;
        QLabel *name = formLabel(ExternalLinkUrls::displayName(link.source), body);
        if (!url.isValid()) {
            // Without a safe address the identifier is still worth reading and copying.
            form->addRow(name, new TextBlock(shown, body));
            continue;
        }
        QLabel *value = linkLabel(anchor(shown), body);
        value->setToolTip(url.toDisplayString());
        connect(value, &QLabel::linkActivated, this, [this, url] { Q_EMIT externalLinkActivated(url); });
        form->addRow(name, value);
    }
    m_links.widget->setVisible(form->rowCount() > 0);
}

} // namespace omt
