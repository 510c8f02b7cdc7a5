#pragma once

#include <QObject>

namespace omt {

/// Cuts every connection from `owner`'s descendants to `owner`. Called first
/// in a composite widget's destructor: the children are destroyed later, by
/// QWidget, and may still signal on the way (an open item editor commits its
/// text when it loses focus), which must not reach a half-destroyed owner.
inline void quietChildren(QObject *owner)
{
    const QList<QObject *> descendants = owner->findChildren<QObject *>();
    for (QObject *child : descendants)
        QObject::disconnect(child, nullptr, owner, nullptr);
}

} // namespace omt
