#!/usr/bin/env bash
# Checks that every C++ source in the repository is formatted with its
# .clang-format. Usage: packaging/check-format.sh [--fix]
#
# Different clang-format releases format the same file differently, so the
# check is pinned to one: clang-format 14, Debian 12's. Where that is not
# installed (other systems, the Debian 13 chroot) the check says so and
# passes; CI runs it on Debian 12. --fix reformats the files instead.
set -euo pipefail
ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"

tool=
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null 2>&1 &&
        "$candidate" --version | grep -q 'version 14\.'; then
        tool=$candidate
        break
    fi
done
if [[ -z "$tool" ]]; then
    echo "check-format.sh: clang-format 14 not found; format not checked" >&2
    exit 0
fi

files=()
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h')
else
    mapfile -t files < <(find src tests -name '*.cpp' -o -name '*.h' | sort)
fi

if [[ "${1-}" == --fix ]]; then
    "$tool" -i "${files[@]}"
    exit 0
fi
report=$(mktemp)
trap 'rm -f "$report"' EXIT
if ! "$tool" --dry-run --Werror "${files[@]}" 2>"$report"; then
    grep -E '^[^ ].*: (error|warning):' "$report" | cut -d: -f1 | sort -u |
        sed 's/^/  not formatted: /' >&2
    echo "check-format.sh: run packaging/check-format.sh --fix" >&2
    exit 1
fi
echo "check-format.sh: ${#files[@]} files formatted" >&2
