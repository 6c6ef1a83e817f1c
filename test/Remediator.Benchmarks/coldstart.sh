#!/usr/bin/env bash
# Whole-process measurements of BENCHMARKS.md: the deployment artifacts' sizes (§5) and the cold start (§1).
# Builds the function both ways with the Makefile, as `sam build` does: the native AOT bootstrap of
# provided.al2023 and the framework-dependent ReadyToRun build of dotnet10; prints their sizes, raw and
# zipped as Lambda receives them; then times process start -> response posted for both, alternating, against
# the Runtime API, EC2, SNS and SQS stand-ins on loopback. Prints numbers; asserts no timing.
#
#   test/Remediator.Benchmarks/coldstart.sh [--runs 20] [--native path/to/bootstrap] [--organization]
#
# --native reuses a bootstrap already built by the Makefile (CI builds one anyway) instead of building it.
# --organization measures organization mode instead: the native bootstrap alone, in single-account mode and in
# organization mode (an event forwarded from a member account in another region, through the STS stand-in too,
# and an event of the function's own account), alternating; the ReadyToRun build is neither built nor run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=20
native=""
organization=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --native) native=$(realpath "$2"); shift 2 ;;
    --organization) organization=1; shift ;;
    *) echo "usage: $0 [--runs N] [--native BOOTSTRAP] [--organization]" >&2; exit 64 ;;
  esac
done

if ! command -v zip >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zip >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build() { # $1: folder, then make variables
  local out=$1; shift
  if ! make -C "$root/src/Remediator.Function" build-RemediatorFunction ARTIFACTS_DIR="$out" "$@" >"$out.log" 2>&1; then
    cat "$out.log" >&2
    exit 1
  fi
}
if [ -z "$native" ]; then
  build "$work/native"
  native="$work/native/bootstrap"
fi

# What SAM uploads is the artifacts folder, zipped: for provided.al2023 the file bootstrap and trust/, the
# Amazon Trust Services roots of parameter TrustedRoots.
mkdir -p "$work/native-package/trust" && cp "$native" "$work/native-package/bootstrap"
cp "$root/src/Remediator.Function/trust/amazon-trust-services.pem" "$work/native-package/trust/"
(cd "$work/native-package" && zip -q -9 -X -r "$work/native.zip" bootstrap trust)
kinds="native"
if [ -z "$organization" ]; then
  build "$work/managed" RUNTIME=dotnet10 DEPLOY_CHECK=off
  (cd "$work/managed" && zip -q -9 -X -r "$work/managed.zip" .)
  kinds="native managed"
fi
mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
size() { du -sb "$1" | cut -f1; }
echo "| artifact | files | size, bytes | MiB | zip -9, bytes | MiB |"
echo "| --- | --- | --- | --- | --- | --- |"
for kind in $kinds; do
  folder="$work/$kind"; [ "$kind" = native ] && folder="$work/native-package"
  raw=$(size "$folder"); zipped=$(stat -c %s "$work/$kind.zip"); files=$(find "$folder" -type f | wc -l)
  label=$([ "$kind" = native ] && echo "native AOT bootstrap (provided.al2023)" || echo "ReadyToRun folder (dotnet10)")
  echo "| $label | $files | $raw | $(mib "$raw") | $zipped | $(mib "$zipped") |"
done
echo

if [ -n "$organization" ]; then
  dotnet run -c Release --project "$root/test/Remediator.Benchmarks" -- coldstart --organization --native "$native" --runs "$runs"
else
  dotnet run -c Release --project "$root/test/Remediator.Benchmarks" -- \
    coldstart --native "$native" --managed "$work/managed/bootstrap.dll" --runs "$runs"
fi
