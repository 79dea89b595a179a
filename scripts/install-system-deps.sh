#!/usr/bin/env bash
# Install the Debian/Ubuntu packages ordreview needs beyond Python:
#  - Qt offscreen/xcb runtime libraries and Japanese fonts (the window and its screenshots),
#  - LibreOffice Writer + poppler-utils (render tests of the exported Word files),
#  - PostgreSQL (the store's shared-database tests).
# Safe to run again; does nothing on systems without apt-get. Needs root or sudo.
set -euo pipefail

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: no apt-get here; install the Qt runtime libraries yourself" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-system-deps: not root and no sudo; skipping system packages" >&2; exit 0; fi
fi

PACKAGES=(
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  fonts-ipafont-gothic fonts-ipafont-mincho
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxkbcommon-x11-0
  libreoffice-writer-nogui poppler-utils
  postgresql strace
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
