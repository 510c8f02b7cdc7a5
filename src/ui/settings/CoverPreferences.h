#pragma once

#include <QtGlobal>

namespace omt {

struct CoverSettings;

/// The cover cache sizes people can choose, kept in the application's
/// settings (covers/diskCacheMegabytes, covers/memoryCacheMegabytes).
struct CoverPreferences
{
    static constexpr int MinDiskMegabytes = 50;
    static constexpr int MaxDiskMegabytes = 100 * 1024;
    static constexpr int MinMemoryMegabytes = 16;
    static constexpr int MaxMemoryMegabytes = 4096;

    int diskMegabytes = 500;
    int memoryMegabytes = 96;

    /// The stored choice, or the defaults; values out of range are clamped.
    static CoverPreferences load();
    void save() const;
    /// Applies the sizes to settings for a new cover loader.
    void applyTo(CoverSettings &settings) const;
};

} // namespace omt
