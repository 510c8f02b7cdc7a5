#!/usr/bin/env bash
# Build and test OmniMediaTrak on Debian 13 (trixie) -- Qt 6.8 and KDE's
# Syntax-Highlighting -- in a chroot kept under build/trixie. Works from any
# directory; packaging/dev.sh test runs it after the tests on this machine.
#
# Usage: packaging/trixie-chroot.sh COMMAND [ARGS]
#
#   test [CTEST ARGS]   create the chroot if needed, then run inside it
#                       `packaging/dev.sh test --host-only --preset ci-trixie
#                       [CTEST ARGS]` (packages installed by install-deps.sh,
#                       build in build/ci-trixie, its own PostgreSQL cluster,
#                       D-Bus session and keyring). Exits with its exit code.
#   shell [COMMAND...]  run COMMAND (default: bash) in the chroot, in /src
#   rebuild             delete the chroot and create it again
#   clean               delete the chroot (build/trixie)
#   -h, --help          show this help
#
# Needs Linux, root (sudo is used when available), util-linux and
# debootstrap (installed through install-deps.sh --chroot-host on Debian),
# and a Debian mirror: OMT_TRIXIE_MIRROR, default http://deb.debian.org/debian.
#
# The chroot (build/trixie/root) is made once with debootstrap
# --variant=minbase and reused; build/trixie/stamp records how it was made,
# and a change there makes it again. Packages are installed inside by
# install-deps.sh, as on a Debian 13 machine, so a change to the package list
# needs no rebuild. One run at a time uses the chroot (build/trixie/lock).
#
# Everything runs in new mount, PID and IPC namespaces (unshare): the mounts
# (the source tree at /src, /proc, a minimal /dev) are invisible outside and
# are taken down when the run ends, and every process started inside
# (PostgreSQL, D-Bus, gnome-keyring) ends with it -- also on Ctrl+C, and even
# when the run is killed with SIGKILL. OMT_* and CTEST_* variables are passed
# into the chroot.
set -euo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly SELF="$ROOT/packaging/trixie-chroot.sh"
readonly STATE="$ROOT/build/trixie"
readonly CHROOT="$STATE/root"
readonly SUITE=trixie
readonly MIRROR=${OMT_TRIXIE_MIRROR:-http://deb.debian.org/debian}
# Bump when the way the chroot is made changes, to make existing ones again.
readonly LAYOUT_VERSION=1
readonly GUEST_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

die() {
    echo "trixie-chroot.sh: $*" >&2
    exit 1
}

note() {
    echo "trixie-chroot.sh: $*" >&2
}

usage() {
    sed -n '2,/^set -euo pipefail/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

# "NAME=value" for every OMT_* and CTEST_* variable, one per line.
passthrough_env() {
    local name
    while read -r name; do
        case "$name" in
            OMT_*|CTEST_*) printf '%s=%s\n' "$name" "${!name}" ;;
        esac
    done < <(compgen -e)
}

# ---- on the host ------------------------------------------------------------

require_root() {
    [[ "$(uname -s)" == Linux ]] ||
        die "the Debian 13 configuration needs Linux (chroot and namespaces); skip it with: packaging/dev.sh test --host-only"
    if (( EUID == 0 )); then
        return 0
    fi
    if command -v sudo >/dev/null 2>&1; then
        note "making and entering a chroot needs root: using sudo"
        local vars=()
        mapfile -t vars < <(passthrough_env)
        exec sudo -- env "${vars[@]}" bash "$SELF" "$@"
    fi
    die "making and entering a chroot needs root, and sudo is not available.
Run this as root, or skip the Debian 13 configuration: packaging/dev.sh test --host-only"
}

require_tools() {
    local tool missing=()
    if ! command -v debootstrap >/dev/null 2>&1; then
        bash "$ROOT/packaging/install-deps.sh" --chroot-host ||
            die "debootstrap is needed to make the chroot; install it, or skip the Debian 13 configuration: packaging/dev.sh test --host-only"
    fi
    for tool in debootstrap unshare chroot mount umount findmnt flock; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    (( ${#missing[@]} == 0 )) || die "not found: ${missing[*]} (debootstrap; the rest is util-linux and coreutils)"
}

# Serialises the runs that use this chroot; the lock goes with the process.
take_lock() {
    mkdir -p -- "$STATE"
    exec 9>"$STATE/lock"
    if ! flock -n 9; then
        note "waiting for another run using $STATE to finish"
        flock 9
    fi
}

# Mount points under DIR in this mount namespace, one per line.
mounts_under() {
    local dir=$1
    findmnt -rn -o TARGET | awk -v prefix="$dir/" 'index($0 "/", prefix) == 1'
}

remove_chroot() {
    if [[ ! -e "$CHROOT" ]]; then
        rm -f -- "$STATE/stamp"
        return 0
    fi
    local left
    left=$(mounts_under "$CHROOT")
    [[ -z "$left" ]] || die "refusing to delete $CHROOT: something is mounted inside it:
$left"
    rm -f -- "$STATE/stamp"
    rm -rf --one-file-system -- "$CHROOT"
}

cmd_clean() {
    take_lock
    remove_chroot
    rm -f -- "$STATE/debootstrap.log"
    note "removed $CHROOT"
}

# test, shell, rebuild: the work happens in cmd_ns, in new namespaces.
cmd_enter() {
    require_tools
    take_lock
    local unshare=(unshare --mount --pid --ipc --fork --kill-child --propagation private --)
    if [[ -z "${SUDO_UID-}" ]]; then
        # Nothing to do afterwards: become unshare, so that whoever stops
        # this process (even with SIGKILL) stops everything inside.
        exec "${unshare[@]}" bash "$SELF" __ns "$@"
    fi
    local rc=0
    "${unshare[@]}" bash "$SELF" __ns "$@" || rc=$?
    # Under sudo, give the build directory back to whoever asked for it.
    if [[ -n "${SUDO_UID-}" && -d "$ROOT/build/ci-trixie" ]]; then
        chown -R "$SUDO_UID:${SUDO_GID:-$SUDO_UID}" -- "$ROOT/build/ci-trixie" || true
    fi
    return "$rc"
}

# ---- in the new namespaces (PID 1 there) --------------------------------------

MOUNTED=()

mount_tracked() {
    local target=${*: -1}
    mount "$@"
    MOUNTED+=("$target")
}

ns_cleanup() {
    set +e
    # Whatever the tests left running (a keyring daemon, a server) holds files
    # on the mounts: end it first. -1 only reaches this PID namespace.
    if (( $$ == 1 )); then
        kill -TERM -1 2>/dev/null
        sleep 0.2
        kill -KILL -1 2>/dev/null
    fi
    local i
    for (( i = ${#MOUNTED[@]} - 1; i >= 0; i-- )); do
        umount -- "${MOUNTED[i]}" 2>/dev/null || umount -l -- "${MOUNTED[i]}" ||
            note "warning: could not unmount ${MOUNTED[i]}"
    done
    local left
    left=$(mounts_under "$CHROOT")
    if [[ -n "$left" ]]; then
        note "warning: still mounted (they go when this namespace ends):
$left"
    fi
}

stamp_text() {
    printf 'debootstrap --variant=minbase --components=main %s %s\nlayout %s\n' "$SUITE" "$MIRROR" "$LAYOUT_VERSION"
}

ensure_chroot() {
    if [[ -f "$STATE/stamp" && "$(cat -- "$STATE/stamp")" == "$(stamp_text)" && -x "$CHROOT/usr/bin/apt-get" ]]; then
        return 0
    fi
    remove_chroot
    note "creating a Debian 13 chroot in $CHROOT from $MIRROR (about a minute)"
    local start=$SECONDS
    mkdir -p -- "$CHROOT"
    if ! debootstrap --variant=minbase --components=main "$SUITE" "$CHROOT" "$MIRROR" \
            >"$STATE/debootstrap.log" 2>&1; then
        tail -n 30 -- "$STATE/debootstrap.log" >&2
        die "debootstrap failed (log: $STATE/debootstrap.log)"
    fi
    stamp_text >"$STATE/stamp"
    note "chroot created in $(( SECONDS - start )) s"
}

# Settings made on every entry: cheap, and they follow this script's changes.
configure_chroot() {
    # Name resolution as on the host (same network namespace).
    cp -L -- /etc/resolv.conf "$CHROOT/etc/resolv.conf" 2>/dev/null || true
    # Packages must not start services (PostgreSQL!) in the chroot.
    printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"
    chmod 755 -- "$CHROOT/usr/sbin/policy-rc.d"
    # The tests start their own cluster; the packaged one would be unused.
    mkdir -p -- "$CHROOT/etc/postgresql-common/createcluster.d"
    printf 'create_main_cluster = false\n' >"$CHROOT/etc/postgresql-common/createcluster.d/omt.conf"
    # Documentation is never read here; skipping it makes installs faster.
    printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-include /usr/share/doc/*/copyright' \
        'path-exclude /usr/share/man/*' 'path-exclude /usr/share/info/*' \
        >"$CHROOT/etc/dpkg/dpkg.cfg.d/omt-nodoc"
    printf '%s\n' 'Acquire::Languages "none";' 'Dpkg::Use-Pty "0";' \
        >"$CHROOT/etc/apt/apt.conf.d/90omt"
    # Whatever a killed run left in /tmp (a test cluster, session files): only
    # one run at a time uses the chroot, and this one has not started yet.
    find "$CHROOT/tmp" -xdev -mindepth 1 -delete 2>/dev/null || true
}

mount_all() {
    mkdir -p -- "$CHROOT/src" "$CHROOT/proc" "$CHROOT/dev"
    mount_tracked --bind "$ROOT" "$CHROOT/src"
    mount_tracked -t proc -o nosuid,nodev,noexec omt-proc "$CHROOT/proc"
    # A small /dev of its own rather than the host's: the device nodes
    # programs expect, shared memory for PostgreSQL, and its own ptys.
    mount_tracked -t tmpfs -o mode=755,nosuid,size=64k omt-dev "$CHROOT/dev"
    local node
    for node in null zero full random urandom tty; do
        : >"$CHROOT/dev/$node"
        mount_tracked --bind "/dev/$node" "$CHROOT/dev/$node"
    done
    ln -s /proc/self/fd "$CHROOT/dev/fd"
    ln -s /proc/self/fd/0 "$CHROOT/dev/stdin"
    ln -s /proc/self/fd/1 "$CHROOT/dev/stdout"
    ln -s /proc/self/fd/2 "$CHROOT/dev/stderr"
    mkdir -m 1777 -- "$CHROOT/dev/shm"
    mount_tracked -t tmpfs -o mode=1777,nosuid,nodev omt-shm "$CHROOT/dev/shm"
    mkdir -- "$CHROOT/dev/pts"
    if mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 omt-devpts "$CHROOT/dev/pts" 2>/dev/null; then
        MOUNTED+=("$CHROOT/dev/pts")
        ln -s pts/ptmx "$CHROOT/dev/ptmx"
    else
        note "warning: no pseudo-terminals in the chroot (devpts could not be mounted)"
    fi
}

cmd_ns() {
    local sub=$1
    shift
    trap ns_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM HUP

    if [[ "$sub" == rebuild ]]; then
        remove_chroot
    fi
    ensure_chroot
    if [[ "$sub" == rebuild ]]; then
        return 0
    fi
    configure_chroot
    mount_all

    local env_vars=()
    mapfile -t env_vars < <(passthrough_env)
    local rc=0
    chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH="$GUEST_PATH" LANG=C.UTF-8 \
        TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive "${env_vars[@]}" \
        bash /src/packaging/trixie-chroot.sh __guest "$sub" "$@" 9>&- || rc=$?
    return "$rc"
}

# ---- inside the chroot ------------------------------------------------------

cmd_guest() {
    local sub=$1
    shift
    cd /src
    case "$sub" in
        test)
            bash /src/packaging/install-deps.sh --test
            # D-Bus clients need a machine id; minbase has no systemd to make one.
            if [[ ! -s /etc/machine-id ]]; then
                dbus-uuidgen --ensure=/etc/machine-id
            fi
            exec bash /src/packaging/dev.sh test --host-only --preset ci-trixie "$@"
            ;;
        shell)
            if (( $# == 0 )); then
                set -- bash
            fi
            exec "$@"
            ;;
        *) die "unknown guest command: $sub" ;;
    esac
}

main() {
    local sub=${1-}
    if (( $# > 0 )); then
        shift
    fi
    case "$sub" in
        test|shell|rebuild)
            require_root "$sub" "$@"
            cmd_enter "$sub" "$@"
            ;;
        clean)
            require_root "$sub" "$@"
            cmd_clean
            ;;
        __ns) cmd_ns "$@" ;;
        __guest) cmd_guest "$@" ;;
        -h|--help|help) usage ;;
        '') usage >&2; exit 2 ;;
        *) echo "trixie-chroot.sh: unknown command: $sub" >&2; usage >&2; exit 2 ;;
    esac
}

main "$@"
