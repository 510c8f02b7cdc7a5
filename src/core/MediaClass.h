#pragma once

#include <QString>
#include <QStringList>

namespace omt {

/// Media classes form a tree written as dotted paths ("video.film.feature").
/// Labels are letters, digits and underscores so that the same path works as a
/// PostgreSQL ltree and as sortable SQLite text.
namespace MediaClass {

bool isValid(const QString &path);
/// The parent path ("video.film" for "video.film.feature"); empty for a root.
QString parent(const QString &path);
/// True when path equals ancestor or lies below it.
bool isUnder(const QString &path, const QString &ancestor);
/// The labels of a path, root first.
QStringList labels(const QString &path);

} // namespace MediaClass
} // namespace omt
