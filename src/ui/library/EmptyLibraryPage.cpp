#include "EmptyLibraryPage.h"

#include "ui/common/Icons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace omt {

EmptyLibraryPage::EmptyLibraryPage(QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/omnimediatrak.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Your library is empty"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text
        = new QLabel(tr("Add the books, films, shows, games and music you follow, import your "
                        "history from another tracker, or start from a sample library to look around."),
            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label given a fixed width knows its height; centred by an
    // alignment flag instead, it would be squeezed to one clipped line.
    text->setFixedWidth(qMin(460, text->fontMetrics().averageCharWidth() * 64));
    text->setForegroundRole(QPalette::PlaceholderText);

    m_add = new QPushButton(actionIcon(QStringLiteral("add")), tr("Add Media…"), this);
    m_add->setDefault(true);
    m_import = new QPushButton(actionIcon(QStringLiteral("import")), tr("Import…"), this);
    m_import->setToolTip(
        tr("Bring in your history from another tracker’s export (Goodreads, StoryGraph, IMDb)."));
    m_sample
        = new QPushButton(actionIcon(QStringLiteral("sample-library")), tr("Create Sample Library"), this);
    m_sample->setToolTip(tr("Fills the library with 2,000 generated items and some tracking to explore."));
    connect(m_add, &QPushButton::clicked, this, &EmptyLibraryPage::addRequested);
    connect(m_import, &QPushButton::clicked, this, &EmptyLibraryPage::importRequested);
    connect(m_sample, &QPushButton::clicked, this, &EmptyLibraryPage::sampleRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_import);
    buttons->addWidget(m_sample);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(title);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

} // namespace omt
