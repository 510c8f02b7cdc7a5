#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace omt::test {

/// Saves a picture of `widget` as NAME.png when OMT_SCREENSHOT_DIR names a
/// folder, for people to look at; does nothing otherwise.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("OMT_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(50);
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace omt::test
