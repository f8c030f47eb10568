#!/usr/bin/env bash
# Renders every icon file from packaging/icons/belonging.svg: the PNGs of the usual sizes, the
# Windows .ico and the macOS .icns. The results are committed; run this after changing the SVG.
# Needs rsvg-convert (librsvg2-bin), ImageMagick and Python 3.
set -euo pipefail
cd "$(dirname "$0")"

convert_tool=${CONVERT:-$(command -v magick || echo /usr/bin/convert)}
sizes=(16 24 32 48 64 128 256 512)

mkdir -p png
for size in "${sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" belonging.svg --output "png/belonging-$size.png"
done

# Windows shows 16 to 256 pixels; 256 is stored as PNG inside the .ico by ImageMagick.
ico_pngs=()
for size in 16 24 32 48 64 128 256; do ico_pngs+=("png/belonging-$size.png"); done
"$convert_tool" "${ico_pngs[@]}" ../windows/belonging.ico

# macOS also wants 1024 pixels (512 points on a Retina screen); only the .icns carries it.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rsvg-convert --width 1024 --height 1024 belonging.svg --output "$scratch/belonging-1024.png"
python3 icns.py ../macos/belonging.icns png/belonging-{16,32,64,128,256,512}.png \
  "$scratch/belonging-1024.png"
