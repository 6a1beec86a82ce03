#!/bin/sh
# Makes the workbooks LibreOffice writes, for the import tests (run once; the files are kept):
# the roster and the clue ledger made by make-spreadsheets.py, opened and saved again as .xlsx
# by LibreOffice Calc (libreoffice-calc-nogui), which writes shared strings, styles and dates in
# its own way.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in roster clues-ledger; do
    cp "$here/$name.xlsx" "$work/$name.xlsx"
    mkdir -p "$work/out"
    soffice -env:UserInstallation=file://"$work"/profile --headless \
        --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$work/$name.xlsx"
    cp "$work/out/$name.xlsx" "$here/$name-libreoffice.xlsx"
done
