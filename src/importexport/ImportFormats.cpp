#include "ImportFormats.h"

#include "CsvTable.h"
#include "GoodreadsReader.h"

#include <QFileInfo>

namespace omt {

QStringList ImportFormats::names()
{
    return { name(ImportFormat::Goodreads) };
}

std::optional<ImportFormat> ImportFormats::fromName(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (const ImportFormat format : { ImportFormat::Goodreads }) {
        if (name(format) == wanted)
            return format;
    }
    return std::nullopt;
}

QString ImportFormats::name(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Goodreads: return QStringLiteral("goodreads");
    }
    return {};
}

QString ImportFormats::displayName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Goodreads: return tr("Goodreads library export");
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
    }
    return nullptr;
}

} // namespace omt
