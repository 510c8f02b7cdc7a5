#!/usr/bin/env bash
# Install what OmniMediaTrak needs to build, run and (with --test) test.
#
# Usage: packaging/install-deps.sh [--test] [--chroot-host] [--help]
#
#   --test         also install what the test suite needs (PostgreSQL server,
#                  Xvfb, a D-Bus session bus, gnome-keyring, ImageMagick)
#   --chroot-host  install only what packaging/trixie-chroot.sh needs on the
#                  machine that creates the Debian 13 test chroot (debootstrap)
#
# On Debian 12 (bookworm), Debian 13 (trixie) and derivatives the script checks
# every package with dpkg-query and only runs apt-get when something is
# missing, so it is cheap to call repeatedly. It uses sudo when not run as root.
#
# Debian 12 packages
#   build:    cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools
#             libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
#             qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev
#             libgl-dev libpq-dev (libpq computes members' SCRAM verifiers)
#   runtime:  libqt6gui6 (ships the xcb, offscreen and minimal platform
#             plugins; qt6-qpa-plugins only has vnc/tuio), libsecret-1-0
#             (loaded at run time by QtKeychain), fonts-dejavu-core
#             optional: qt6-wayland for native Wayland sessions
#   --test:   postgresql-15 (ltree, pgcrypto, pg_trgm and unaccent are part of
#             it; there is no postgresql-contrib-15 on Debian), xvfb xauth
#             gnome-keyring dbus-daemon (dbus-run-session) dbus-x11 (satisfies
#             gnome-keyring's session-bus dependency without pulling in
#             systemd) imagemagick; clang-format-14 (the format check
#             runs on Debian 12 only: other versions format differently)
#
# Debian 13 packages: the same, except postgresql-17 instead of
# postgresql-15, plus libkf6syntaxhighlighting-dev (KDE's Syntax-Highlighting,
# used by the JSON editors; Debian 12 has no KF6, so there the built-in
# highlighter is used) and qt6-svg-plugins (the SVG icon engine, which
# Debian 12 ships in libqt6svg6). Other apt-based systems get the Debian 12 names with
# the "postgresql" metapackage in place of postgresql-15.
#
# Other systems (not automated; package names are the closest equivalents):
#
#   Fedora:
#     sudo dnf install cmake ninja-build gcc-c++ pkgconf-pkg-config \
#         qt6-qtbase-devel qt6-qtbase-postgresql qt6-qttools-devel \
#         qt6-linguist qt6-qtsvg-devel qtkeychain-qt6-devel mesa-libGL-devel \
#         libpq-devel libsecret dejavu-sans-fonts
#     tests: sudo dnf install postgresql-server postgresql-contrib \
#         xorg-x11-server-Xvfb xorg-x11-xauth gnome-keyring dbus-daemon \
#         dbus-x11 ImageMagick
#
#   Arch Linux:
#     sudo pacman -S --needed cmake ninja gcc pkgconf qt6-base qt6-tools \
#         qt6-svg qtkeychain-qt6 postgresql-libs libglvnd libsecret ttf-dejavu
#     tests: sudo pacman -S --needed postgresql xorg-server-xvfb xorg-xauth \
#         gnome-keyring dbus imagemagick
#
#   macOS (Homebrew):
#     brew install cmake ninja pkgconf qt qtkeychain libpq
#     tests: brew install postgresql@15 imagemagick
#     (the tests use the macOS Keychain instead of gnome-keyring; no Xvfb)
#
#   Windows (vcpkg, from a Visual Studio developer prompt):
#     vcpkg install --triplet x64-windows qtbase[sql-sqlite,sql-psql] \
#         qttools qtsvg qtkeychain-qt6
#     then configure with
#       -DCMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/vcpkg.cmake
#     tests: install PostgreSQL 15 from postgresql.org (the Windows
#     Credential Manager replaces gnome-keyring)
set -euo pipefail

usage() {
    sed -n '2,/^set -euo pipefail/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

with_tests=0
chroot_host=0
for arg in "$@"; do
    case "$arg" in
        --test) with_tests=1 ;;
        --chroot-host) chroot_host=1 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install-deps.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
    esac
done

build_pkgs=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools
    libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-svg-dev libgl-dev libpq-dev
)
runtime_pkgs=(
    libqt6gui6 libsecret-1-0 fonts-dejavu-core
)
test_pkgs=(
    xvfb xauth
    gnome-keyring dbus-daemon dbus-x11
    imagemagick
)

print_other_systems() {
    cat >&2 <<'EOF'
install-deps.sh: apt-get not found. This script only automates Debian 12
(bookworm), Debian 13 (trixie) and derivatives. Install the equivalent packages
yourself:

  Fedora:
    sudo dnf install cmake ninja-build gcc-c++ pkgconf-pkg-config \
        qt6-qtbase-devel qt6-qtbase-postgresql qt6-qttools-devel \
        qt6-linguist qt6-qtsvg-devel qtkeychain-qt6-devel mesa-libGL-devel \
        libsecret dejavu-sans-fonts
    tests: sudo dnf install postgresql-server postgresql-contrib \
        xorg-x11-server-Xvfb xorg-x11-xauth gnome-keyring dbus-daemon \
        dbus-x11 ImageMagick

  Arch Linux:
    sudo pacman -S --needed cmake ninja gcc pkgconf qt6-base qt6-tools \
        qt6-svg qtkeychain-qt6 postgresql-libs libglvnd libsecret ttf-dejavu
    tests: sudo pacman -S --needed postgresql xorg-server-xvfb xorg-xauth \
        gnome-keyring dbus imagemagick

  macOS (Homebrew):
    brew install cmake ninja pkgconf qt qtkeychain libpq
    tests: brew install postgresql@15 imagemagick

  Windows (vcpkg, from a Visual Studio developer prompt):
    vcpkg install --triplet x64-windows qtbase[sql-sqlite,sql-psql] \
        qttools qtsvg qtkeychain-qt6
    configure with -DCMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/vcpkg.cmake
    tests: install PostgreSQL 15 from postgresql.org
EOF
}

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    if (( chroot_host )); then
        echo "install-deps.sh: apt-get not found; install debootstrap with your package manager (Fedora: dnf install debootstrap; Arch Linux: pacman -S debootstrap)" >&2
    else
        print_other_systems
    fi
    exit 1
fi

# Release-specific names. PostgreSQL's extensions (ltree, pgcrypto, pg_trgm,
# unaccent) ship with the server package on every Debian release.
codename=
if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091 # the system's, not ours
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME-}")
fi
case "$codename" in
    bookworm)
        # The format check (packaging/check-format.sh) pins clang-format 14.
        test_pkgs+=(postgresql-15 clang-format-14)
        ;;
    trixie)
        test_pkgs+=(postgresql-17)
        build_pkgs+=(libkf6syntaxhighlighting-dev)
        # The SVG icon engine and image plugin, part of libqt6svg6 on Debian
        # 12, are a package of their own here (only recommended by it).
        runtime_pkgs+=(qt6-svg-plugins)
        ;;
    *)
        test_pkgs+=(postgresql)
        ;;
esac

if (( chroot_host )); then
    # Only the tools that build the chroot; what is built and tested inside
    # it is installed there by this same script.
    wanted=(debootstrap)
else
    wanted=("${build_pkgs[@]}" "${runtime_pkgs[@]}")
    if (( with_tests )); then
        wanted+=("${test_pkgs[@]}")
    fi
fi

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

if (( ${#missing[@]} == 0 )); then
    echo "install-deps.sh: all ${#wanted[@]} packages are already installed." >&2
    exit 0
fi

as_root=()
if (( EUID != 0 )); then
    if command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        echo "install-deps.sh: these packages are missing and you are not root (and sudo is not available):" >&2
        echo "  ${missing[*]}" >&2
        echo "Install them as root with:" >&2
        echo "  apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-deps.sh: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
