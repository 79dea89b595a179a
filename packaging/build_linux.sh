#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and prove it with --selftest offscreen.
# Usage: bash packaging/build_linux.sh          (creates build/venv-bundle, dist/ordreview/)
# Prints the bundle size, the tar.gz size and the self-test's start-to-result time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
PY=${PYTHON:-python3}
venv=build/venv-bundle
if [ ! -x "$venv/bin/python" ]; then
  "$PY" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip
# Build from a venv with pyside6-essentials only (not the full pyside6 with WebEngine).
"$venv/bin/python" -m pip install -q . "pyinstaller>=6.5"

# Compile translations (.ts sources in git -> .qm at build time; generated files are not committed).
mkdir -p build/translations
lrelease="$venv/bin/pyside6-lrelease"
for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  "$lrelease" -silent "$ts" -qm "build/translations/$(basename "${ts%.ts}").qm"
done
"$venv/bin/python" packaging/make_icon.py build/icon >/dev/null
rm -rf build/licenses && "$venv/bin/python" packaging/collect_licenses.py build/licenses >/dev/null

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/ordreview.spec

size=$(du -sh dist/ordreview | cut -f1)
tar -C dist -czf dist/ordreview-linux-x86_64.tar.gz ordreview
tgz=$(du -sh dist/ordreview-linux-x86_64.tar.gz | cut -f1)
echo "bundle: dist/ordreview ($size), archive: dist/ordreview-linux-x86_64.tar.gz ($tgz)"

# Self-test from the bundle, offscreen, with a throwaway home; no source tree on the path.
home=$(mktemp -d)
start=$(date +%s%N)
(cd /tmp && env -i PATH=/usr/bin:/bin HOME="$home" ORDREVIEW_HOME="$home" QT_QPA_PLATFORM=offscreen \
   "$root/dist/ordreview/ordreview-cli" --selftest)
end=$(date +%s%N)
echo "selftest from bundle: $(( (end - start) / 1000000 )) ms wall"
