#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources: new strings arrive as unfinished (translate them in
# Qt Linguist or by hand), strings no longer in the code are dropped. The English file holds only
# the plural forms of %n messages. tests/translations/check_translations.py fails until every
# message is translated.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -silent -locations none -no-obsolete app models ui -target-language de_DE -ts translations/greenlight_de.ts
"$lupdate" -silent -locations none -no-obsolete -pluralonly app models ui -target-language en_US \
    -ts translations/greenlight_en.ts
