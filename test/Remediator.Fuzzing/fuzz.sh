#!/usr/bin/env bash
# Coverage-guided fuzzing of the event parser and the offline world reader (RELIABILITY.md, section 1):
# installs AFL++ and the SharpFuzz tool if missing, publishes the targets, instruments the product assemblies in
# the published copy, runs afl-fuzz on each target for a fixed budget and prints executions, corpus and crashes.
# Any crash fails the run, each replayed to show what was thrown.
#
#   test/Remediator.Fuzzing/fuzz.sh --minutes 10            the campaign: each target for 10 minutes
#   test/Remediator.Fuzzing/fuzz.sh --seconds 5             CI's short form
#   options: --target event|world (default: both), --out DIR (default: a temporary folder, kept if it crashed)
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=""
targets=(event world)
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --minutes) seconds=$(( $2 * 60 )); shift 2 ;;
    --target) targets=("$2"); shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "fuzz.sh: unknown argument '$1'; see the usage at the top of $0." >&2; exit 64 ;;
  esac
done
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
  echo "fuzz.sh: give the budget per target: --seconds N or --minutes N." >&2
  exit 64
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! command -v afl-fuzz >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
tools=test/Remediator.Fuzzing/bin/tools
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

work=${out:-$(mktemp -d -t remediator-fuzz.XXXXXX)}
mkdir -p "$work"
app="$work/app"
rm -rf "$app"
dotnet publish -c Release test/Remediator.Fuzzing -o "$app" -v quiet -nologo
# The product's own assemblies carry the coverage map; the runtime and System.Text.Json are not instrumented.
for assembly in Remediator.Core.dll Remediator.Ec2.dll remediator.dll; do
  "$tools/sharpfuzz" "$app/$assembly" >/dev/null
done

# Seeds: every sample event; for the world, every sample-world file behind the line naming it.
mkdir -p "$work/seeds/event" "$work/seeds/world"
cp events/*.json "$work/seeds/event/"
for file in events/sample-world/*.json; do
  { basename "$file"; cat "$file"; } > "$work/seeds/world/$(basename "$file")"
done

# A container has no crash reporter and no CPU governor to check; afl-fuzz runs dotnet, not an instrumented ELF.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_FAST_CAL=1
dotnet=$(command -v dotnet)
status=0
for target in "${targets[@]}"; do
  case "$target" in
    event) command=("$dotnet" "$app/Remediator.Fuzzing.dll" event) ;;
    world) command=("$dotnet" "$app/Remediator.Fuzzing.dll" world "$PWD/events/sample-world" "$work/scratch") ;;
    *) echo "fuzz.sh: unknown target '$target' (event or world)." >&2; exit 64 ;;
  esac
  findings="$work/findings/$target"
  rm -rf "$findings"
  mkdir -p "$(dirname "$findings")"
  echo "== $target: afl-fuzz for ${seconds}s"
  # -V ends the campaign; timeout is the backstop should afl-fuzz never start fuzzing (it prints why).
  if ! timeout --kill-after=10 $(( seconds + 120 )) \
      afl-fuzz -V "$seconds" -t 5000 -x test/Remediator.Fuzzing/json.dict -i "$work/seeds/$target" -o "$findings" -- "${command[@]}" > "$work/$target.log" 2>&1; then
    tail -n 30 "$work/$target.log" >&2
    echo "$target: afl-fuzz failed (log: $work/$target.log)." >&2
    status=1
    continue
  fi
  stats="$findings/default/fuzzer_stats"
  stat() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats"; }
  crashes=$(stat saved_crashes)
  echo "$target: $(stat execs_done) executions in $(stat run_time)s ($(stat execs_per_sec)/s), corpus $(stat corpus_count)" \
    "(seeds $(ls "$work/seeds/$target" | wc -l)), edges $(stat edges_found), crashes $crashes, hangs $(stat saved_hangs)"
  if [ "$crashes" != "0" ]; then
    status=1
    for crash in "$findings"/default/crashes/id:*; do
      echo "-- $crash"
      "${command[@]}" < "$crash" 2>&1 | head -n 8 || true
    done
  fi
done

if [ "$status" -eq 0 ] && [ -z "$out" ]; then
  rm -rf "$work"
else
  echo "Findings kept in $work."
fi
exit "$status"
