#pragma once

#include <QByteArray>
#include <QString>

/// The one-time passwords an administrator hands a new member (DESIGN §7).
namespace omt::OneTimePassword {

/// A fresh password of about 121 random bits, from the system's secure source, in
/// five groups of five lower-case letters and digits that cannot be mistaken
/// for one another ("k7mqx-3rtwz-…"): easy to read aloud and type once.
QString generate();

/// The SHA-256 digest the server keeps in auth.tokens in place of the password.
QByteArray digest(const QString &password);

} // namespace omt::OneTimePassword
