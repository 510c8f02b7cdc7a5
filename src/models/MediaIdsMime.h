#pragma once

#include <QList>
#include <QString>
#include <QUuid>

class QMimeData;

namespace omt {

/// Drag-and-drop of library items (DESIGN §6): the payload is the items'
/// ids in a MIME type of our own, never pointers, so a drop can only name
/// items, and a stale drop (an item deleted meanwhile) fails cleanly.
namespace MediaIdsMime {

/// "application/x-omnimediatrak-media-ids": ids as text, one per line.
QString type();
/// The ids in order; `titles` (optional, same order) also go along as
/// plain text for drops into other applications.
QMimeData *encode(const QList<QUuid> &ids, const QStringList &titles = {});
/// The ids the data carries, in order; empty when it carries none (or
/// anything that is not a list of ids).
QList<QUuid> decode(const QMimeData *data);

} // namespace MediaIdsMime
} // namespace omt
