#!/usr/bin/env bash
# Export a draft with `ordreview export`, convert both Word files to PDF with LibreOffice and
# write PNG pages to look at. Usage: bash scripts/render_export.sh [DRAFT] [OUTDIR]
# Defaults: fixtures/defects.txt into out/render/. Needs soffice, pdfinfo, pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
DRAFT=${1:-fixtures/defects.txt}
OUT=${2:-out/render}
PY=${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}
mkdir -p "$OUT"
"$PY" -m ordreview export "$DRAFT" -o "$OUT" --suggest-changes --municipality "架空市" --reviewer "法制 太郎"
profile=$(mktemp -d)
home=$(mktemp -d)
for f in "$OUT"/*_review-*.docx; do
  HOME="$home" timeout 120 soffice "-env:UserInstallation=file://$profile" --headless \
    --convert-to pdf --outdir "$OUT" "$f" >/dev/null 2>&1
  pdf="${f%.docx}.pdf"
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  pdftoppm -r 80 -png "$pdf" "${f%.docx}-page"
  echo "$pdf: $pages pages; PNG pages: ${f%.docx}-page-*.png"
done
rm -rf "$profile" "$home"
