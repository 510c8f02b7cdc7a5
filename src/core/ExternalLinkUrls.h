#pragma once

#include "Enums.h"
#include "Media.h"

#include <QString>
#include <QStringList>
#include <QUrl>

/// Web addresses of external links. A link usually stores only a source and
/// the identifier within it ("imdb", "tt0133093"); the address is derived
/// here so that a catalogue changing its URL scheme needs one edit, not a
/// rewrite of every stored row.
namespace omt::ExternalLinkUrls {

/// The address to open for a link: its explicit url when that is a plain
/// http(s) address, otherwise the source's template filled with the
/// percent-encoded key. Invalid when neither gives a safe address (unknown
/// source, malformed key, javascript:/file: urls), so callers show the key
/// as text instead of a link.
QUrl urlFor(const ExternalLink &link);

/// Like urlFor(link), but a bare identifier that several kinds of page share
/// is read in the light of the item's type: a bare TMDB number of a TV show
/// is a series, a bare AniList or MyAnimeList number of a manga is a manga.
QUrl urlFor(const ExternalLink &link, MediaType mediaType);

/// The source as its owners write it ("IMDb", "Open Library"); an unknown
/// source as stored with a capital first letter ("letterboxd" -> "Letterboxd").
QString displayName(const QString &source);

/// The sources that have a URL template, in the order a person would look
/// for them.
QStringList knownSources();
/// Whether `source` is a well-formed source key: lower-case letters, digits
/// and "_" (the rule of the external_links source constraint).
bool isValidSourceKey(const QString &source);

} // namespace omt::ExternalLinkUrls
