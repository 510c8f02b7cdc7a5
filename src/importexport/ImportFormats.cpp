#include "ImportFormats.h"

#include "CsvTable.h"
#include "GoodreadsReader.h"
#include "ImdbReader.h"
#include "StoryGraphReader.h"

#include <QFileInfo>

#include <array>

namespace omt {

namespace {
constexpr std::array AllFormats { ImportFormat::Goodreads, ImportFormat::StoryGraph, ImportFormat::Imdb };
} // namespace

QStringList ImportFormats::names()
{
    QStringList all;
    for (const ImportFormat format : AllFormats)
        all.append(name(format));
    return all;
}

std::optional<ImportFormat> ImportFormats::fromName(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (const ImportFormat format : AllFormats) {
        if (name(format) == wanted)
            return format;
    }
    return std::nullopt;
}

QString ImportFormats::name(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Goodreads: return QStringLiteral("goodreads");
    case ImportFormat::StoryGraph: return QStringLiteral("storygraph");
    case ImportFormat::Imdb: return QStringLiteral("imdb");
    }
    return {};
}

QString ImportFormats::displayName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Goodreads: return tr("Goodreads library export");
    case ImportFormat::StoryGraph: return tr("StoryGraph export");
    case ImportFormat::Imdb: return tr("IMDb ratings or list export");
    }
    return {};
}

Result<ImportFormat> ImportFormats::detect(const QString &path)
{
    auto table = CsvTable::open(path);
    if (!table)
        return table.error();
    if (auto started = (*table)->start(); !started)
        return started.error();
    if ((*table)->missing(GoodreadsReader::signatureColumns()).isEmpty())
        return ImportFormat::Goodreads;
    if ((*table)->missing(StoryGraphReader::signatureColumns()).isEmpty())
        return ImportFormat::StoryGraph;
    if ((*table)->missing(ImdbReader::signatureColumns()).isEmpty())
        return ImportFormat::Imdb;
    QStringList known;
    for (const QString &format : names())
        known.append(displayName(*fromName(format)));
    return Error::invalidInput(tr("“%1” is no export OmniMediaTrak knows; it reads: %2.")
                                   .arg(QFileInfo(path).fileName(), known.join(QStringLiteral(", "))),
        (*table)->columns().join(QLatin1Char(',')));
}

std::unique_ptr<ImportReader> ImportFormats::reader(ImportFormat format, const QString &path)
{
    switch (format) {
    case ImportFormat::Goodreads: return std::make_unique<GoodreadsReader>(path);
    case ImportFormat::StoryGraph: return std::make_unique<StoryGraphReader>(path);
    case ImportFormat::Imdb: return std::make_unique<ImdbReader>(path);
    }
    return nullptr;
}

} // namespace omt
