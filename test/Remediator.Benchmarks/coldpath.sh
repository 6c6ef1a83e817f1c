#!/usr/bin/env bash
# The cold path over HTTPS (BENCHMARKS.md §6): whole processes of the native bootstrap, each woken for a
# CreateRoute that needs the fix, against the EC2, SNS and SQS stand-ins served over TLS with a modelled round
# trip (2 ms and 10 ms by default). Runs twice: the process trusting this machine's public CAs (as with
# TrustedRoots=System), then only Amazon Trust Services' roots (TrustedRoots=AmazonTrustServices, the
# default); both with the stand-ins' own root added. Prints numbers; asserts no timing.
#
#   test/Remediator.Benchmarks/coldpath.sh [--runs 20] [--rtt 2,10] [--native path/to/bootstrap] [--baseline path/to/older/bootstrap]
#
# --native reuses a bootstrap the Makefile built; without it, one is built. --baseline alternates an older
# build with it, run by run (the "before" of BENCHMARKS.md §6).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=20
rtt=2,10
native=""
baseline=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --rtt) rtt=$2; shift 2 ;;
    --native) native=$(realpath "$2"); shift 2 ;;
    --baseline) baseline=(--baseline "$(realpath "$2")" --baseline-label before); shift 2 ;;
    *) echo "usage: $0 [--runs N] [--rtt MS,MS] [--native BOOTSTRAP] [--baseline BOOTSTRAP]" >&2; exit 64 ;;
  esac
done

# The public CAs the process trusts come from Debian's bundle.
if [ ! -f /etc/ssl/certs/ca-certificates.crt ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ca-certificates >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$native" ]; then
  if ! make -C "$root/src/Remediator.Function" build-RemediatorFunction ARTIFACTS_DIR="$work/native" >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    exit 1
  fi
  native="$work/native/bootstrap"
fi

for trust in system amazon; do
  dotnet run -c Release --project "$root/test/Remediator.Benchmarks" -- \
    coldpath --native "$native" --label "this build" "${baseline[@]}" --trust "$trust" --rtt "$rtt" --runs "$runs" --warmup 1
  echo
done
