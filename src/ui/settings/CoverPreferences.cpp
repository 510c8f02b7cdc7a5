#include "CoverPreferences.h"

#include "net/CoverSettings.h"

#include <QSettings>

namespace omt {

namespace {

constexpr qint64 Megabyte = 1024 * 1024;
const char *const DiskKey = "covers/diskCacheMegabytes";
const char *const MemoryKey = "covers/memoryCacheMegabytes";

} // namespace

CoverPreferences CoverPreferences::load()
{
    const QSettings settings;
    CoverPreferences preferences;
    preferences.diskMegabytes = qBound(MinDiskMegabytes,
        settings.value(QLatin1String(DiskKey), int(CoverSettings::DefaultDiskCacheBytes / Megabyte)).toInt(),
        MaxDiskMegabytes);
    preferences.memoryMegabytes = qBound(MinMemoryMegabytes,
        settings.value(QLatin1String(MemoryKey), int(CoverSettings::DefaultMemoryCacheBytes / Megabyte))
            .toInt(),
        MaxMemoryMegabytes);
    return preferences;
}

void CoverPreferences::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(DiskKey), diskMegabytes);
    settings.setValue(QLatin1String(MemoryKey), memoryMegabytes);
}

void CoverPreferences::applyTo(CoverSettings &settings) const
{
    settings.diskCacheBytes = diskMegabytes * Megabyte;
    settings.memoryCacheBytes = memoryMegabytes * Megabyte;
}

} // namespace omt
