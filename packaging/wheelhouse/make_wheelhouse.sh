#!/usr/bin/env bash
# Build the offline Windows wheelhouse: every pinned win_amd64 wheel for CPython 3.12, hash-checked,
# plus the ordreview wheel itself, in one folder to carry onto the closed network (USB, LGWAN file share).
#
# Usage: bash packaging/wheelhouse/make_wheelhouse.sh [OUTDIR]    (default: dist/wheelhouse-win_amd64-py312)
# Re-lock after changing requirements.in:
#   uv pip compile packaging/wheelhouse/requirements.in --python-platform x86_64-pc-windows-msvc \
#      --python-version 3.12 --generate-hashes --no-header -o packaging/wheelhouse/requirements-win312.txt
# (Resolve for Windows first: `pip download --platform` alone resolves with Linux markers and silently
#  misses Windows-only dependencies — see shared/PLATFORM.md.)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/dist/wheelhouse-win_amd64-py312}"
py="${PYTHON:-python3}"
mkdir -p "$out"

"$py" -m pip download --quiet --no-deps --only-binary=:all: \
  --platform win_amd64 --python-version 3.12 --implementation cp --abi cp312 --abi abi3 --abi none \
  --require-hashes -r "$here/requirements-win312.txt" -d "$out"
"$py" -m pip wheel --quiet --no-deps -w "$out" "$root"
cp "$here/requirements-win312.txt" "$here/install_offline.ps1" "$here/INSTALL-ja.txt" "$out/"

count=$(ls "$out"/*.whl | wc -l)
size=$(du -sh "$out" | cut -f1)
echo "wheelhouse: $out  ($count wheels, $size)"
