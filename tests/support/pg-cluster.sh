#!/usr/bin/env bash
# Throw-away PostgreSQL cluster for the test suite.
#
# Usage:
#   tests/support/pg-cluster.sh start DIR   create and start a cluster in DIR
#   tests/support/pg-cluster.sh stop DIR    stop it and delete DIR
#   tests/support/pg-cluster.sh pause DIR   stop the server, keeping DIR
#   tests/support/pg-cluster.sh resume DIR  start it again on the same port
#
# start creates DIR (it must not exist or be empty), runs initdb with the
# superuser "omt_test" and a random password (scram-sha-256), and starts the
# server on a free TCP port on 127.0.0.1 with its Unix socket in DIR/socket,
# durability switched off (fsync=off etc.: only for tests) and TLS on with the
# test-only certificate of tests/support/certs. It then writes
# DIR/env, to be sourced by a shell:
#
#   export OMT_TEST_PG_URL='postgresql://omt_test@127.0.0.1:<port>/postgres'
#   export OMT_TEST_PG_PASSWORD='<password>'
#
# and prints a one-line summary to stderr. The server log is DIR/log.
#
# PostgreSQL refuses to run as root: when run as root the cluster belongs to
# the "postgres" system user (DIR is chown'ed to it, so every parent directory
# of DIR must be traversable by that user); otherwise to the current user.
set -euo pipefail

readonly SUPERUSER=omt_test
readonly MARKER=.omt-pg-cluster
readonly PORT_MIN=20000
readonly PORT_MAX=60000
SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
readonly SCRIPT_DIR

die() {
    echo "pg-cluster.sh: $*" >&2
    exit 1
}

usage() {
    sed -n '2,/^set -euo pipefail/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

# Directory holding initdb and pg_ctl. `pg_config --bindir` is not reliable on
# Debian (it belongs to libpq-dev and points to /usr/bin, where only wrappers
# live), so prefer the highest /usr/lib/postgresql/<version>/bin.
find_bindir() {
    local candidates=() d
    for d in /usr/lib/postgresql/*/bin; do
        if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
            candidates+=("$d")
        fi
    done
    if (( ${#candidates[@]} > 0 )); then
        printf '%s\n' "${candidates[@]}" | sort -V | tail -n 1
        return 0
    fi
    local initdb
    if initdb=$(command -v initdb 2>/dev/null) && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$initdb"
        return 0
    fi
    if command -v pg_config >/dev/null 2>&1; then
        d=$(pg_config --bindir 2>/dev/null || true)
        if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
            echo "$d"
            return 0
        fi
    fi
    die "cannot find initdb/pg_ctl (looked in /usr/lib/postgresql/*/bin and PATH); install the PostgreSQL server (Debian: postgresql-15)"
}

# Sets the global array RUN_AS to the command prefix that runs a command as
# the cluster owner ($1).
set_run_as() {
    local owner=$1
    RUN_AS=()
    if (( EUID == 0 )) && [[ "$owner" != root ]]; then
        command -v runuser >/dev/null 2>&1 || die "runuser not found (util-linux)"
        RUN_AS=(runuser -u "$owner" --)
    fi
}

random_hex() {
    od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'
}

random_port() {
    local n
    n=$(od -An -N4 -tu4 /dev/urandom | tr -d ' \n')
    echo $(( PORT_MIN + n % (PORT_MAX - PORT_MIN + 1) ))
}

port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        if ss -Hltn "sport = :$port" 2>/dev/null | grep -q .; then
            return 0
        fi
    fi
    # Something accepts connections on it?
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        return 0
    fi
    return 1
}

pick_port() {
    local i port
    for (( i = 0; i < 100; i++ )); do
        port=$(random_port)
        if ! port_in_use "$port"; then
            echo "$port"
            return 0
        fi
    done
    die "no free TCP port found in $PORT_MIN-$PORT_MAX"
}

show_log_tail() {
    local f
    for f in "$@"; do
        if [[ -s "$f" ]]; then
            echo "---- last lines of $f ----" >&2
            tail -n 40 "$f" >&2
        fi
    done
}

cmd_start() {
    local dir=$1

    if [[ -e "$dir" && ! -d "$dir" ]]; then
        die "$dir exists and is not a directory"
    fi
    mkdir -p -- "$dir"
    dir=$(cd -- "$dir" && pwd -P)
    if [[ -n "$(ls -A -- "$dir")" ]]; then
        die "$dir is not empty; refusing to create a cluster there"
    fi
    touch -- "$dir/$MARKER"

    local owner
    if (( EUID == 0 )); then
        owner=postgres
        id -u "$owner" >/dev/null 2>&1 ||
            die "running as root, but there is no '$owner' system user to own the cluster (install postgresql-15, or run as a normal user)"
        chown "$owner:" -- "$dir" "$dir/$MARKER"
    else
        owner=$(id -un)
    fi
    chmod 700 -- "$dir"
    set_run_as "$owner"
    if ! "${RUN_AS[@]}" test -w "$dir" -a -x "$dir"; then
        die "user '$owner' cannot write to $dir; every parent directory must be traversable (chmod o+x) by '$owner'"
    fi

    local bindir socket_dir
    bindir=$(find_bindir)
    socket_dir="$dir/socket"
    # sun_path is 108 bytes; the socket file name adds "/.s.PGSQL.NNNNN".
    if (( ${#socket_dir} + 16 > 107 )); then
        die "path $dir is too long for a Unix socket directory; use a shorter one"
    fi
    "${RUN_AS[@]}" mkdir -m 700 -- "$socket_dir"

    local password pwfile
    password=$(random_hex 16)
    pwfile="$dir/.pwfile"
    (umask 077; printf '%s\n' "$password" > "$pwfile")
    if (( EUID == 0 )); then
        chown "$owner:" -- "$pwfile"
    fi

    if ! "${RUN_AS[@]}" "$bindir/initdb" -D "$dir/data" -U "$SUPERUSER" \
            --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
            --no-sync >"$dir/initdb.log" 2>&1; then
        rm -f -- "$pwfile"
        show_log_tail "$dir/initdb.log"
        die "initdb failed (see above)"
    fi
    rm -f -- "$pwfile"

    # Everything except the port goes to postgresql.conf (it is free of the
    # quoting problems of pg_ctl -o). These settings trade durability for
    # speed: never use them for real data.
    local quoted_socket_dir=${socket_dir//\'/\'\'}
    cat >>"$dir/data/postgresql.conf" <<EOF

# ---- throw-away test cluster (tests/support/pg-cluster.sh) ----
listen_addresses = '127.0.0.1'
unix_socket_directories = '$quoted_socket_dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 256MB
# TLS with the test-only certificate of tests/support/certs (CN=localhost,
# for 127.0.0.1 and localhost): the tests connect as a household member
# would, and tst_servertls checks that certificates are verified.
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
EOF
    # elsewhere.crt names another host: tst_servertls makes the server
    # present it for a moment (ALTER SYSTEM, reload) to see it refused.
    local name
    for name in server:localhost elsewhere:elsewhere; do
        install -m 644 -- "$SCRIPT_DIR/certs/${name#*:}.crt" "$dir/data/${name%%:*}.crt"
        install -m 600 -- "$SCRIPT_DIR/certs/${name#*:}.key" "$dir/data/${name%%:*}.key"
        if (( EUID == 0 )); then
            chown "$owner:" -- "$dir/data/${name%%:*}.crt" "$dir/data/${name%%:*}.key"
        fi
    done

    local port attempt started=0
    # The port, for resume (tst_reconnect stops and starts its own cluster).
    for (( attempt = 1; attempt <= 5; attempt++ )); do
        port=$(pick_port)
        if "${RUN_AS[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
                -o "-p $port" start >"$dir/pg_ctl.out" 2>&1; then
            started=1
            echo "$port" >"$dir/port"
            break
        fi
        # Lost a race for the port? Try another one; any other error is fatal.
        if grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' "$dir/log" 2>/dev/null; then
            "${RUN_AS[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
            continue
        fi
        break
    done
    if (( ! started )); then
        "${RUN_AS[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        show_log_tail "$dir/pg_ctl.out" "$dir/log"
        die "PostgreSQL did not start (cluster left in $dir; remove it with: $0 stop $dir)"
    fi

    (
        umask 077
        cat >"$dir/env" <<EOF
export OMT_TEST_PG_URL='postgresql://$SUPERUSER@127.0.0.1:$port/postgres'
export OMT_TEST_PG_PASSWORD='$password'
EOF
    )

    local version
    version=$("$bindir/postgres" --version 2>/dev/null | awk '{print $3}' || true)
    echo "pg-cluster.sh: PostgreSQL ${version:-?} test cluster on 127.0.0.1:$port (superuser $SUPERUSER, owner $owner), env in $dir/env, log in $dir/log" >&2
}

cmd_stop() {
    local dir=$1

    if [[ ! -e "$dir" ]]; then
        echo "pg-cluster.sh: $dir does not exist, nothing to stop" >&2
        return 0
    fi
    dir=$(cd -- "$dir" && pwd -P)
    if [[ ! -e "$dir/$MARKER" ]]; then
        die "$dir was not created by 'pg-cluster.sh start'; refusing to stop or delete it"
    fi

    local rc=0
    if [[ -f "$dir/data/PG_VERSION" ]]; then
        local owner bindir
        owner=$(stat -c %U -- "$dir/data")
        set_run_as "$owner"
        bindir=$(find_bindir)
        if "${RUN_AS[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
            if ! "${RUN_AS[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1; then
                echo "pg-cluster.sh: fast shutdown failed, using immediate shutdown" >&2
                "${RUN_AS[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || rc=1
            fi
        fi
    fi
    if (( rc != 0 )); then
        show_log_tail "$dir/log"
        die "could not stop the server in $dir; not deleting it"
    fi
    rm -rf -- "$dir"
}

# The cluster owner's pg_ctl on DIR's cluster, for pause and resume.
cluster_ctl() {
    local dir=$1
    shift
    [[ -e "$dir/$MARKER" && -f "$dir/data/PG_VERSION" ]] ||
        die "$dir is not a cluster made by 'pg-cluster.sh start'"
    local owner bindir
    owner=$(stat -c %U -- "$dir/data")
    set_run_as "$owner"
    bindir=$(find_bindir)
    "${RUN_AS[@]}" "$bindir/pg_ctl" -D "$dir/data" "$@"
}

cmd_pause() {
    local dir=$1
    cluster_ctl "$dir" -m fast -w -t 60 stop >/dev/null
}

cmd_resume() {
    local dir=$1
    [[ -f "$dir/port" ]] || die "$dir has no port recorded"
    cluster_ctl "$dir" -l "$dir/log" -w -t 60 -o "-p $(cat -- "$dir/port")" start >/dev/null
}

main() {
    if (( $# == 1 )) && [[ "$1" == -h || "$1" == --help ]]; then
        usage
        return 0
    fi
    if (( $# != 2 )); then
        usage >&2
        return 2
    fi
    local sub=$1 dir=$2
    [[ -n "$dir" ]] || die "DIR must not be empty"
    # Work from / so that commands run as another user never start in a
    # directory they cannot access; make DIR absolute first.
    if [[ "$dir" != /* ]]; then
        dir="$PWD/$dir"
    fi
    cd /
    case "$sub" in
        start) cmd_start "$dir" ;;
        stop) cmd_stop "$dir" ;;
        pause) cmd_pause "$dir" ;;
        resume) cmd_resume "$dir" ;;
        *) usage >&2; return 2 ;;
    esac
}

main "$@"
