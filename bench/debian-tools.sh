# Sourced by the benchmark scripts: installs the Debian packages a benchmark needs when their command is missing.
# Usage: need_debian_tools COMMAND=PACKAGE ...   (e.g. need_debian_tools nginx=nginx wrk=wrk)
need_debian_tools() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null || missing+=("${pair#*=}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages"
    apt-get install -y "${missing[@]}" || { apt-get update && apt-get install -y "${missing[@]}"; }
  fi
}
