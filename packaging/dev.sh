#!/usr/bin/env bash
# Developer helper for OmniMediaTrak. Works from any directory.
#
# Usage: packaging/dev.sh COMMAND [ARGS]
#
#   run [-- APP ARGS]   install missing dependencies, build the "dev" preset
#                       and start the GUI app (needs a desktop session, or
#                       run it under a virtual X server: xvfb-run -a ...)
#   test [OPTIONS] [CTEST ARGS]
#                       run the whole test suite in each configuration:
#                       host    on this machine: install missing dependencies
#                               (including the test ones), build the "ci"
#                               preset and run `ctest --preset ci -j2 [CTEST
#                               ARGS]` against a throw-away PostgreSQL
#                               cluster, inside a private D-Bus session with
#                               an unlocked, throw-away gnome-keyring
#                       trixie  the same in a Debian 13 chroot (Qt 6.8, KDE
#                               Syntax-Highlighting), preset "ci-trixie";
#                               needs root or sudo (packaging/trixie-chroot.sh)
#                       Both run by default, host first; each runs even when
#                       the other fails, and the exit code is non-zero when
#                       any failed. OPTIONS (before the ctest arguments):
#                         --host-only    only the host configuration
#                         --trixie-only  only the Debian 13 chroot
#                         --preset NAME  host configuration preset (default ci)
#                       OMT_TEST_CONFIGS=host,trixie (comma-separated) also
#                       selects; the options win.
#   bench               build the "release" preset and print how to run the
#                       benchmark (omnimediatrak-cli bench)
#   -h, --help          show this help
#
# Examples:
#   packaging/dev.sh run -- --help
#   packaging/dev.sh test -R storage --output-on-failure
#   packaging/dev.sh test --host-only -R tst_jsonhighlighting
set -euo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT

die() {
    echo "dev.sh: $*" >&2
    exit 1
}

usage() {
    sed -n '2,/^set -euo pipefail/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

ncpu() {
    nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2
}

# configure (only when there is no CMake cache yet) and build a preset
build_preset() {
    local preset=$1
    if [[ ! -f "$ROOT/build/$preset/CMakeCache.txt" ]]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset" -j"$(ncpu)"
}

# find_binary BUILD_DIR RELATIVE_PATH: print the path of an executable target,
# at its expected place or, failing that, anywhere in the build tree
find_binary() {
    local build_dir=$1 rel=$2
    if [[ -x "$build_dir/$rel" ]]; then
        echo "$build_dir/$rel"
        return 0
    fi
    find "$build_dir" -type f -name "$(basename -- "$rel")" -perm -u+x -print -quit 2>/dev/null
}

cmd_run() {
    if [[ "${1-}" == -- ]]; then
        shift
    fi
    if [[ -z "${DISPLAY-}" && -z "${WAYLAND_DISPLAY-}" && -z "${QT_QPA_PLATFORM-}" ]]; then
        die "no display: neither DISPLAY nor WAYLAND_DISPLAY is set.
Run this from a desktop session, or under a virtual X server:
    xvfb-run -a packaging/dev.sh run"
    fi
    bash "$ROOT/packaging/install-deps.sh"
    build_preset dev
    local app
    app=$(find_binary "$ROOT/build/dev" src/app/omnimediatrak)
    [[ -n "$app" ]] || die "the build did not produce build/dev/src/app/omnimediatrak"
    exec "$app" "$@"
}

# Runs inside `dbus-run-session`: start and unlock a throw-away gnome-keyring
# (the secrets component only), then run ctest. The keyring password must not
# be empty: with an empty one gnome-keyring does not create the "login"
# collection and every write would need an interactive prompt.
# shellcheck disable=SC2016 # expanded by the inner shell
readonly TEST_SESSION_SCRIPT='
set -euo pipefail
unset GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
printf "%s" omt-test-keyring |
    gnome-keyring-daemon --unlock --components=secrets >/dev/null
# --start makes the daemon started above claim org.freedesktop.secrets on the
# bus now (otherwise the first client triggers D-Bus activation of a second
# daemon); its output is only noise unless something goes wrong.
start_log=$(gnome-keyring-daemon --start --components=secrets 2>&1) || {
    echo "$start_log" >&2
    echo "dev.sh: could not start gnome-keyring-daemon" >&2
    exit 1
}
locked=
for _ in $(seq 50); do
    locked=$(dbus-send --session --print-reply --dest=org.freedesktop.secrets \
        /org/freedesktop/secrets/aliases/default \
        org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null |
        awk "/boolean/ {print \$NF}") || true
    [[ -n "$locked" ]] && break
    sleep 0.1
done
if [[ "$locked" != false ]]; then
    echo "$start_log" >&2
    echo "dev.sh: gnome-keyring did not provide an unlocked default collection" >&2
    exit 1
fi
preset=$1
shift
export OMT_TEST_REQUIRE_KEYRING=1
ctest --preset "$preset" -j2 "$@"
'

os_name() {
    (
        # shellcheck disable=SC1091 # the system's, not ours
        . /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-$ID}"
    ) || uname -s
}

# The "host" configuration; runs in a subshell (it sets traps and exports).
run_host_tests() {
    local preset=$1
    shift
    bash "$ROOT/packaging/install-deps.sh" --test
    # Cheap, and first: a badly formatted change fails before the long build.
    bash "$ROOT/packaging/check-format.sh"
    build_preset "$preset"

    local tool
    for tool in dbus-run-session dbus-send gnome-keyring-daemon ctest; do
        command -v "$tool" >/dev/null 2>&1 ||
            die "$tool not found (run packaging/install-deps.sh --test)"
    done

    # The cluster directory must be reachable by the "postgres" user when we
    # are root (pg-cluster.sh chowns it), and short enough for a Unix socket
    # path: use /tmp for root, $TMPDIR otherwise.
    local tmp_base=${TMPDIR:-/tmp}
    if (( EUID == 0 )); then
        tmp_base=/tmp
    fi
    PG_DIR='' SESSION_DIR=''
    trap cleanup_test EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM HUP
    PG_DIR=$(mktemp -d "$tmp_base/omt-pg.XXXXXX")
    SESSION_DIR=$(mktemp -d "${TMPDIR:-/tmp}/omt-session.XXXXXX")

    bash "$ROOT/tests/support/pg-cluster.sh" start "$PG_DIR"
    # shellcheck disable=SC1091 # written by pg-cluster.sh
    source "$PG_DIR/env"
    export OMT_TEST_PG_URL OMT_TEST_PG_PASSWORD
    export OMT_TEST_REQUIRE_PG=1
    export QT_QPA_PLATFORM=offscreen

    # Keep the keyring (and anything else the tests write through the XDG
    # directories) out of the developer's home.
    mkdir -m 700 "$SESSION_DIR/runtime" "$SESSION_DIR/data" "$SESSION_DIR/config" "$SESSION_DIR/cache"
    export XDG_RUNTIME_DIR="$SESSION_DIR/runtime"
    export XDG_DATA_HOME="$SESSION_DIR/data"
    export XDG_CONFIG_HOME="$SESSION_DIR/config"
    export XDG_CACHE_HOME="$SESSION_DIR/cache"

    local rc=0
    dbus-run-session -- bash -c "$TEST_SESSION_SCRIPT" dev-test-session "$preset" "$@" || rc=$?
    return "$rc"
}

cmd_test() {
    local configs=${OMT_TEST_CONFIGS:-host,trixie} preset=ci
    while (( $# > 0 )); do
        case "$1" in
            --host-only) configs=host; shift ;;
            --trixie-only) configs=trixie; shift ;;
            --preset)
                (( $# >= 2 )) || die "--preset needs a preset name"
                preset=$2
                shift 2
                ;;
            --preset=*) preset=${1#--preset=}; shift ;;
            --) shift; break ;;
            *) break ;;
        esac
    done
    local selected=() config
    IFS=, read -r -a selected <<<"$configs"
    (( ${#selected[@]} > 0 )) || die "no test configuration selected (OMT_TEST_CONFIGS is empty)"
    for config in "${selected[@]}"; do
        case "$config" in
            host|trixie) ;;
            *) die "unknown test configuration '$config' (OMT_TEST_CONFIGS takes host and trixie)" ;;
        esac
    done

    local rc=0 config_rc start label summary=()
    for config in "${selected[@]}"; do
        start=$SECONDS
        config_rc=0
        case "$config" in
            host) label="host ($(os_name), preset $preset)" ;;
            trixie) label="trixie (Debian 13 chroot, preset ci-trixie)" ;;
        esac
        echo "dev.sh: ---- configuration $label ----" >&2
        case "$config" in
            host)
                # Not `( ... ) || config_rc=$?`: on the left of || bash
                # ignores set -e, and a failed build would go on to ctest.
                set +e
                (
                    set -e
                    run_host_tests "$preset" "$@"
                )
                config_rc=$?
                set -e
                ;;
            trixie)
                bash "$ROOT/packaging/trixie-chroot.sh" test "$@" || config_rc=$?
                ;;
        esac
        if (( config_rc == 0 )); then
            summary+=("$label: passed in $(( SECONDS - start )) s")
        else
            summary+=("$label: FAILED (exit code $config_rc) after $(( SECONDS - start )) s")
            (( rc != 0 )) || rc=$config_rc
        fi
        # Ctrl+C stops everything, not only the configuration it hit.
        if (( config_rc == 130 )); then
            break
        fi
    done
    local line
    for line in "${summary[@]}"; do
        echo "dev.sh: $line" >&2
    done
    return "$rc"
}

cleanup_test() {
    set +e
    if [[ -n "${PG_DIR-}" && -e "$PG_DIR" ]]; then
        if [[ -e "$PG_DIR/.omt-pg-cluster" ]]; then
            bash "$ROOT/tests/support/pg-cluster.sh" stop "$PG_DIR" ||
                echo "dev.sh: warning: could not stop the test cluster in $PG_DIR" >&2
        else
            rm -rf -- "$PG_DIR"
        fi
    fi
    if [[ -n "${SESSION_DIR-}" && -e "$SESSION_DIR" ]]; then
        rm -rf -- "$SESSION_DIR"
    fi
}

cmd_bench() {
    bash "$ROOT/packaging/install-deps.sh"
    build_preset release
    local cli
    cli=$(find_binary "$ROOT/build/release" src/app/omnimediatrak-cli)
    [[ -n "$cli" ]] || die "the build did not produce omnimediatrak-cli"
    cat <<EOF

Release build ready. Run the benchmark with:
    $cli bench
(see \`$cli bench --help\` for its options)
EOF
}

main() {
    local sub=${1-}
    if (( $# > 0 )); then
        shift
    fi
    cd "$ROOT"
    case "$sub" in
        run) cmd_run "$@" ;;
        test) cmd_test "$@" ;;
        bench) cmd_bench "$@" ;;
        -h|--help|help) usage ;;
        '') usage >&2; exit 2 ;;
        *) echo "dev.sh: unknown command: $sub" >&2; usage >&2; exit 2 ;;
    esac
}

main "$@"
