#!/usr/bin/env bash
# Re-fetch govportal's own copy of the web editor (Decap CMS) from the npm registry and verify it.
#
#   scripts/update-editor.sh           fetch the version named in plugins/govportal/editor/static/VERSION
#   scripts/update-editor.sh 3.17.0    fetch another version (then run the editor tests)
#   scripts/update-editor.sh --check   only verify the copy in the package against SHA256SUMS
#
# npm checks each tarball against the registry's integrity hash; this script checks it again,
# keeps only the browser bundle (no source maps), the licence, and writes SHA256SUMS, which the
# unit tests verify on every run so an edited or truncated file never ships.
set -euo pipefail

STATIC="$(cd "$(dirname "$0")/.." && pwd)/plugins/govportal/editor/static"
cd "$STATIC"

if [[ "${1:-}" == "--check" ]]; then
  sha256sum --quiet --check SHA256SUMS && echo "Decap CMS $(cat VERSION): every file matches SHA256SUMS."
  exit
fi

VERSION="${1:-$(cat VERSION)}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

fetch() {  # package version: download the tarball into $WORK and check its sha512 against the registry
  local tarball expected actual
  tarball="$(cd "$WORK" && npm pack --silent "$1@$2")"
  expected="$(npm view "$1@$2" dist.integrity)"
  actual="sha512-$(openssl dgst -sha512 -binary "$WORK/$tarball" | base64 -w0)"
  [[ "$expected" == "$actual" ]] || { echo "error: $1@$2 does not match the registry's checksum" >&2; exit 1; }
  mkdir -p "$WORK/$1" && tar -xzf "$WORK/$tarball" -C "$WORK/$1"
}

fetch decap-cms "$VERSION"
# The decap-cms package ships no licence file; decap-server comes from the same repository
# (github.com/decaporg/decap-cms) under the same MIT licence and carries its text.
fetch decap-server "$(npm view "decap-server@<4" version | tail -n1 | awk '{print $NF}' | tr -d "'")"

DIST="$WORK/decap-cms/package/dist"
find "$STATIC" -maxdepth 1 -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.txt' -o -name LICENSE \) -delete
cp "$DIST"/decap-cms.js "$DIST"/*.decap-cms.js "$DIST"/*.wasm "$DIST"/decap-cms.js.LICENSE.txt "$STATIC"/
cp "$WORK/decap-server/package/LICENSE" "$STATIC/LICENSE"
echo "$VERSION" > VERSION
sha256sum LICENSE VERSION decap-cms.js.LICENSE.txt *.js *.wasm > SHA256SUMS
sha256sum --quiet --check SHA256SUMS
echo "Decap CMS $VERSION: $(ls *.js *.wasm | wc -l) files, $(du -ch *.js *.wasm | tail -n1 | cut -f1) in $STATIC"
