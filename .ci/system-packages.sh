#!/usr/bin/env bash
# Makes sure the system packages a script needs are there, so the README's two commands work on a
# fresh machine: `npm run demo` (predemo) and `npm test` (pretest) call it, and so does .ci/run.
#
#   bash .ci/system-packages.sh demo|test
#
# On Debian or Ubuntu, as root or with passwordless sudo, it installs what is missing with apt-get
# (quiet, non-interactive, one `apt-get update` per run). Anywhere else, or with TOKKI_NO_INSTALL=1,
# it stops with one line naming the command to run. It never downloads a browser of its own.
set -euo pipefail

purpose="${1:-test}"

# package → the file that shows it is installed. A browser given by TOKKI_CHROMIUM / TOKKI_FIREFOX
# is the user's own choice and is not installed.
declare -A marker=(
  [chromium]=/usr/bin/chromium
  [firefox-esr]=/usr/bin/firefox-esr
  [fonts-nanum]=/usr/share/fonts/truetype/nanum/NanumGothic.ttf
  [php-cli]=/usr/bin/php
  [python3-flask]=/usr/lib/python3/dist-packages/flask/__init__.py
  [python3-djangorestframework]=/usr/lib/python3/dist-packages/rest_framework/__init__.py
)
case "$purpose" in
  # The tour's screenshots show Korean text: without a Korean font it is drawn as boxes.
  demo) wanted=(chromium fonts-nanum) ;;
  # The lab of real auth stacks (test/lab) runs PHP's native sessions, a Flask app and a Django
  # REST framework API (python3-djangorestframework brings Django with it).
  test) wanted=(chromium firefox-esr php-cli python3-flask python3-djangorestframework) ;;
  *)
    echo "usage: bash .ci/system-packages.sh demo|test" >&2
    exit 2
    ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
  [ "$pkg" = chromium ] && [ -n "${TOKKI_CHROMIUM:-}" ] && continue
  [ "$pkg" = firefox-esr ] && [ -n "${TOKKI_FIREFOX:-}" ] && continue
  [ -e "${marker[$pkg]}" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

instruction="sudo apt-get install -y ${missing[*]}"
label="npm run $purpose"
[ "$purpose" = test ] && label="npm test"
stop() {
  echo "Tokki's '$label' needs ${missing[*]}: $1" >&2
  exit 1
}

[ "${TOKKI_NO_INSTALL:-}" = 1 ] && stop "install with: $instruction (TOKKI_NO_INSTALL=1 is set)"
command -v apt-get >/dev/null 2>&1 || stop "install them with your package manager (on Debian: $instruction)"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  stop "install with: $instruction"
fi

echo "Installing ${missing[*]} with apt-get (once; TOKKI_NO_INSTALL=1 to skip) …"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
echo "Installed ${missing[*]}."
