#pragma once

#include <QObject>

#include <atomic>

namespace omt {

/// Tells the application that a statement found the library damaged
/// (SQLITE_CORRUPT), whichever repository or thread ran it, so that the
/// window can offer a check without every caller passing error codes up.
class LibraryHealth : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Whether any statement has found the library damaged since it was opened.
    bool damageSeen() const { return m_damageSeen.load(); }

    /// Called by the storage layer from any thread; the signal reaches
    /// receivers in other threads queued.
    void reportDamage(const QString &detail);

Q_SIGNALS:
    /// Emitted once per opening, the first time damage is found: later
    /// statements on the same damaged pages would only repeat it.
    void damageDetected(const QString &detail);

private:
    std::atomic<bool> m_damageSeen { false };
};

} // namespace omt
