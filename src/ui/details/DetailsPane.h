#pragma once

#include "core/MediaList.h"
#include "core/MediaRecord.h"

#include <QImage>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QStackedLayout;
class QVBoxLayout;

namespace omt {

class CoverWell;

class TextBlock;

/// Everything about the current item, read-only: cover, title, facts,
/// description, attributes, relationships and external links. It only
/// shows and reports: following a relationship or opening a link is the
/// window's business (see the signals), which keeps the pane testable.
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);
    ~DetailsPane() override;

    /// Shows the item (with a placeholder cover for its type), scrolled to the top.
    void setRecord(const MediaRecord &record);
    /// Back to the quiet "nothing selected" state.
    void clear();
    /// The real cover of the shown item once it is loaded; a null image puts
    /// the placeholder back.
    void setCover(const QImage &cover);
    /// Why the item's cover is not shown (a failed download), as a tooltip;
    /// empty for none.
    void setCoverProblem(const QString &problem);
    /// The box the shown item's cover is fitted into, in device pixels.
    QSize coverPixelSize() const;
    /// The cover itself: it takes dropped files, pictures and addresses.
    CoverWell *coverWell() const { return m_cover; }
    /// The item shown; null when none is.
    QUuid currentId() const;
    /// The signed-in person's manual lists: the pane says which of them hold
    /// the item and offers to add it to one.
    void setUserLists(const QList<MediaList> &lists);
    /// The language titles are shown in when an item has one (an ISO 639-1
    /// code; empty for the catalogue title). The shown item follows at once.
    void setTitleLanguage(const QString &language);

Q_SIGNALS:
    /// The person clicked a related item.
    void relatedMediaActivated(const QUuid &mediaId);
    /// The person clicked an external link; the url is always http(s).
    void externalLinkActivated(const QUrl &url);
    /// The person clicked one of the lists holding the item.
    void listActivated(const QUuid &listId);
    /// "Add to List…": a picker of lists for the item, at the position.
    void addToListRequested(const QUuid &mediaId, const QPoint &globalPosition);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Section
    {
        QWidget *widget = nullptr;
        QVBoxLayout *layout = nullptr;
        /// Rebuilt for every record.
        QWidget *body = nullptr;
    };

    void buildUi();
    Section addSection(const QString &heading, const QString &objectName);
    /// Swaps in a fresh, empty body; the old one goes later, as its labels
    /// may be emitting the very signal that led here.
    QWidget *resetBody(Section &section);
    QFormLayout *newForm(QWidget *parent);
    TextBlock *addFormRow(QFormLayout *form, const QString &label, const QString &value);
    void alignFormColumns();
    void applyFonts();
    void showCover();

    void fillFacts(const Media &media);
    void fillDescription(const Media &media);
    void fillAttributes(const Media &media);
    void fillRelated(const QList<RelatedMedia> &related);
    void fillLinks(const QList<ExternalLink> &links, MediaType type);
    void fillLists();

    QStackedLayout *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QScrollArea *m_scroll = nullptr;
    CoverWell *m_cover = nullptr;
    TextBlock *m_title = nullptr;
    TextBlock *m_subtitle = nullptr;
    Section m_facts;
    Section m_description;
    Section m_attributes;
    Section m_related;
    Section m_links;
    Section m_lists;
    QList<QLabel *> m_headings;

    void showTitle();

    QUuid m_id;
    QString m_catalogueTitle;
    QJsonObject m_titles;
    QString m_titleLanguage;
    MediaType m_type = MediaType::Book;
    QImage m_coverImage;
    /// The lists holding the shown item (any owner's), and the person's own.
    QList<QUuid> m_inLists;
    QList<MediaList> m_userLists;
};

} // namespace omt
