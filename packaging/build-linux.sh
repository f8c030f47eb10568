#!/usr/bin/env bash
# Builds the Linux desktop bundle (PyInstaller, one folder) into packaging/dist/belonging.
#
#   packaging/build-linux.sh             build only
#   packaging/build-linux.sh --smoke     build, then run the smoke test on the bundle
#   packaging/build-linux.sh --measure   build, then measure size and start time against source
#
# The build gets its own environment in packaging/build/env, made from uv.lock with the
# `bundle` group and without the development tools, so the project's .venv is left alone.
set -euo pipefail
packaging=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$packaging")

smoke=false
measure=false
for argument in "$@"; do
  case "$argument" in
    --smoke) smoke=true ;;
    --measure) measure=true ;;
    *) echo "usage: $0 [--smoke] [--measure]" >&2; exit 2 ;;
  esac
done

needed=(objdump ldd)
if $smoke || $measure; then needed+=(Xvfb xdotool); fi
for tool in "${needed[@]}"; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool is missing; on Debian or Ubuntu: apt-get install binutils xvfb xdotool" >&2
    exit 1
  fi
done

if command -v uv >/dev/null; then uv=(uv); else uv=(python3 -m uv); fi
build_env="$packaging/build/env"
# Belonging itself is reinstalled every time: its version does not change with each edit, so
# uv would otherwise keep the copy built last time and the bundle would freeze stale code.
(cd "$repo" && UV_PROJECT_ENVIRONMENT="$build_env" "${uv[@]}" sync --quiet --locked \
  --no-dev --group bundle --no-editable --reinstall-package belonging)

"$build_env/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$packaging/dist" --workpath "$packaging/build/pyinstaller" \
  "$packaging/belonging.spec"
bundle="$packaging/dist/belonging"
echo "Built $bundle ($(du -sh "$bundle" | cut -f1))"

if $smoke; then
  "$build_env/bin/python" "$packaging/smoke_test.py" "$bundle"
fi
if $measure; then
  "$build_env/bin/python" "$packaging/measure_start.py" "$bundle" --python "$build_env/bin/python"
fi
