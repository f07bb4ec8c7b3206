#!/usr/bin/env bash
# Regenerates the demo room's media (committed under resources/data/demo) from
# nothing but FFmpeg and the Noto CJK font, so the files are reproducible.
set -euo pipefail
out=${1:-$(dirname "$0")/../resources/data/demo}
font=/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
mkdir -p "$out"

# A 4 s looping "product clip": a rice-coloured card with a moving highlight,
# the product name and price, and a soft two-tone audio bed.
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "color=c=0xE8C872:s=640x360:r=30:d=4" \
  -f lavfi -i "color=c=0xFFF4D0:s=120x360:r=30:d=4" \
  -f lavfi -i "sine=frequency=392:sample_rate=48000:duration=4" \
  -f lavfi -i "sine=frequency=523:sample_rate=48000:duration=4" \
  -filter_complex "[0][1]overlay=x='-120+t*190':y=0[bg];\
[bg]drawtext=fontfile=$font:text='五常大米':fontsize=72:fontcolor=0x5A2E0E:x=(w-tw)/2:y=110,\
drawtext=fontfile=$font:text='稻花香 5kg  ¥59.9':fontsize=40:fontcolor=0xB3261E:x=(w-tw)/2:y=220[v];\
[2][3]amix=inputs=2,volume=0.25[a]" \
  -map "[v]" -map "[a]" -c:v libx264 -preset slow -crf 30 -g 30 -pix_fmt yuv420p \
  -c:a aac -b:a 64k -movflags +faststart "$out/product-clip.mp4"

# The room's logo badge.
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "color=c=0xC8102E:s=240x96:d=1" \
  -vf "drawtext=fontfile=$font:text='龙江好货':fontsize=48:fontcolor=white:x=(w-tw)/2:y=(h-th)/2" \
  -frames:v 1 "$out/logo.png"
ls -l "$out"
