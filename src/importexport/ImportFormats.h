#pragma once

#include "ImportReader.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace omt {

/// The exports OmniMediaTrak reads.
enum class ImportFormat { Goodreads, StoryGraph, Imdb };

/// Names, detection and readers of the import formats.
class ImportFormats
{
    Q_DECLARE_TR_FUNCTIONS(omt::ImportFormats)

public:
    /// The names the command line takes ("goodreads"), in the order they are listed.
    static QStringList names();
    static std::optional<ImportFormat> fromName(const QString &text);
    static QString name(ImportFormat format);
    /// What people call it ("Goodreads library export").
    static QString displayName(ImportFormat format);

    /// The format of the export at `path`, told by what it holds (a CSV
    /// file's columns), not by its name.
    static Result<ImportFormat> detect(const QString &path);

    static std::unique_ptr<ImportReader> reader(ImportFormat format, const QString &path);
};

} // namespace omt
