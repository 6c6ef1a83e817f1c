#!/bin/sh
# Refuses a build that the deployment it is for could not run, before anything is built: SAM tells a makefile
# build nothing about the function (aws-lambda-builders' custom_make workflow sets only ARTIFACTS_DIR), so a
# native bootstrap deployed with FunctionRuntime=dotnet10, or an x64 one with Architecture=arm64, would only fail
# at the first cold start. The deployment's values are read where `sam deploy` takes them from when no command-line
# override is given: the parameter_overrides of samconfig.toml (which `sam deploy --guided` saves), else
# template.yaml's defaults.
#
#   usage: check-deploy-parameters.sh <RUNTIME> <RID> <repository root>
#
# A build by hand that is not for this repository's deployment (a benchmark of the managed runtime, say) skips
# the check with DEPLOY_CHECK=off.
set -eu

runtime=$1
rid=$2
root=$3
if [ ! -f "$root/template.yaml" ]; then
    echo "No template.yaml at $root: not checking this build against the deployment."
    exit 0
fi

# One parameter's value: from samconfig.toml's parameter_overrides (Name="value" or Name=value), else the template's default.
value() {
    name=$1
    overrides=$(sed -n 's/^[[:space:]]*parameter_overrides[[:space:]]*=//p' "$root/samconfig.toml" 2>/dev/null | head -n 1)
    found=$(printf '%s\n' "$overrides" | grep -o "$name=[^ ]*" | head -n 1 | sed 's/^[^=]*=//; s/[\\"]//g' || true)
    if [ -n "$found" ]; then
        printf '%s (samconfig.toml)' "$found"
        return
    fi
    found=$(awk -v name="  $name:" '$0 == name { inside = 1; next } inside && /^  [^ ]/ { exit } inside && $1 == "Default:" { print $2; exit }' "$root/template.yaml")
    printf '%s (template.yaml default)' "$found"
}

function_runtime=$(value FunctionRuntime)
architecture=$(value Architecture)
case "${architecture%% *}" in
    arm64) wanted_rid=linux-arm64 ;;
    *) wanted_rid=linux-x64 ;;
esac
case "$rid" in
    linux-x64) built_architecture=x86_64 ;;
    linux-arm64) built_architecture=arm64 ;;
    *) echo "RID $rid is neither linux-x64 nor linux-arm64: Lambda runs only those." >&2; exit 1 ;;
esac

if [ "${function_runtime%% *}" != "$runtime" ]; then
    echo "The deployment says FunctionRuntime=$function_runtime, but this build is for $runtime (RUNTIME): build with RUNTIME=${function_runtime%% *} sam build, or deploy with FunctionRuntime=$runtime." >&2
    exit 1
fi

# The managed runtime runs the assembly on either architecture; only the native bootstrap is bound to one.
if [ "$runtime" = provided.al2023 ] && [ "${architecture%% *}" != "$built_architecture" ]; then
    echo "The deployment says Architecture=$architecture, but this build makes the bootstrap for $built_architecture (RID=$rid): build with sam build --use-container (it builds in an image of the function's architecture) or RID=$wanted_rid with that platform's toolchain, or deploy with Architecture=$built_architecture." >&2
    exit 1
fi

echo "Building for FunctionRuntime=$function_runtime and Architecture=$architecture."
