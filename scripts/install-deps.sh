#!/usr/bin/env bash
# Installs the Debian packages infralint builds and tests with. Safe to run twice:
# it asks apt only for what is missing, and does nothing when all is there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  nlohmann-json3-dev libyaml-cpp-dev libre2-dev libfmt-dev libspdlog-dev
  libtbb-dev libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-jsonschema python3-rfc3987
  # The fuzz preset: clang with libFuzzer and the sanitizer runtimes, and LLVM's
  # tools (llvm-symbolizer for readable sanitizer reports, llvm-cov/-profdata).
  clang-14 libclang-rt-14-dev llvm-14
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
