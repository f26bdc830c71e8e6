#!/usr/bin/env bash
# The one test command. From the repository root: bash scripts/test.sh
#
# Builds the solution once, then runs tests/OpenSpiral.Tests on SQLite and again on a throwaway
# PostgreSQL cluster (started here on 127.0.0.1, removed on exit), then tests/OpenSpiral.BrowserTests
# in Debian's Chromium when that project has tests. Ends with one line "Tests: N passed, M failed".
# With CI=true a missing Chromium or PostgreSQL fails the run instead of skipping a suite.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
CONFIGURATION=Debug
CHROMIUM=/usr/bin/chromium
RESULTS="$PWD/artifacts/test-results"
CI="${CI:-false}"

log() { printf '\n== %s\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# --- Prerequisites: Debian's Chromium and PostgreSQL server ---------------------------------------

postgres_bin() {
    local dir
    dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
        echo "$dir"
    fi
}

missing_packages() {
    local needed=()
    [[ -x "$CHROMIUM" ]] || needed+=(chromium fonts-liberation)
    [[ -n "$(postgres_bin)" ]] || needed+=(postgresql)
    echo "${needed[*]}"
}

missing=$(missing_packages)
if [[ -n "$missing" ]]; then
    if [[ $EUID -ne 0 ]]; then
        echo "Missing system packages for the tests. Install them, then run this script again:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y $missing" >&2
        exit 1
    fi
    log "Installing $missing"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086 # one word per package
    { apt-get update && apt-get install -y --no-install-recommends $missing; } || echo "warning: apt-get failed" >&2
    missing=$(missing_packages)
    if [[ -n "$missing" ]]; then
        [[ "$CI" == "true" ]] && fail "still missing after apt-get: $missing"
        echo "warning: still missing $missing; the suites that need it are SKIPPED (this would fail with CI=true)" >&2
    fi
fi

# --- Build once -----------------------------------------------------------------------------------

solution=OpenSpiral.slnx
mapfile -t projects < <(grep -o 'Path="[^"]*\.csproj"' "$solution" | sed 's/^Path="//; s/"$//')
build_targets=("$solution")
for project in "${projects[@]}"; do
    if [[ ! -f "$project" ]]; then
        echo "note: $solution lists $project, which does not exist yet; building the projects that do" >&2
        build_targets=()
        for existing in "${projects[@]}"; do
            [[ -f "$existing" ]] && build_targets+=("$existing")
        done
        break
    fi
done

log "Building (${CONFIGURATION})"
for target in "${build_targets[@]}"; do
    dotnet build "$target" -c "$CONFIGURATION" -nologo -clp:NoSummary
done

# --- Throwaway PostgreSQL cluster -----------------------------------------------------------------

pg_dir=""
pg_started=false
as_postgres() {
    if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
    if [[ "$pg_started" == "true" ]]; then
        as_postgres "$(postgres_bin)/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [[ -n "$pg_dir" ]]; then
        rm -rf "$pg_dir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
    local bin port
    bin=$(postgres_bin)
    pg_dir=$(mktemp -d /tmp/openspiral-pg.XXXXXX)
    if [[ $EUID -eq 0 ]]; then chown postgres:postgres "$pg_dir"; fi
    as_postgres mkdir "$pg_dir/socket"
    for port in $(seq 54329 54429); do
        port_is_free "$port" && break
    done
    port_is_free "$port" || fail "no free port for PostgreSQL in 54329-54429"
    log "Starting PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    as_postgres "$bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync --no-instructions >/dev/null
    # Throwaway data: durability settings off for speed.
    as_postgres "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir/socket -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null \
        || { cat "$pg_dir/postgres.log" >&2; fail "PostgreSQL did not start"; }
    pg_started=true
    POSTGRES_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

# --- Test runs ------------------------------------------------------------------------------------

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
runs=()
run_failed=false

# run_tests NAME PROJECT [VAR=VALUE...]: one dotnet test run, its results in $RESULTS/NAME.trx.
run_tests() {
    local name=$1 project=$2
    shift 2
    log "Running $project ($name)"
    runs+=("$name")
    if ! env "$@" dotnet test "$project" -c "$CONFIGURATION" --no-build -nologo \
        --results-directory "$RESULTS" --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
        --blame-hang-timeout 10m --blame-hang-dump-type none; then
        run_failed=true
    fi
}

run_tests sqlite tests/OpenSpiral.Tests/OpenSpiral.Tests.csproj OPENSPIRAL_TEST_PROVIDER=Sqlite

if [[ -n "$(postgres_bin)" ]]; then
    start_postgres
    run_tests postgres tests/OpenSpiral.Tests/OpenSpiral.Tests.csproj \
        OPENSPIRAL_TEST_PROVIDER=Postgres "OPENSPIRAL_TEST_POSTGRES=$POSTGRES_CONNECTION"
else
    echo "warning: PostgreSQL run SKIPPED: no PostgreSQL server binaries" >&2
fi

browser_project=tests/OpenSpiral.BrowserTests/OpenSpiral.BrowserTests.csproj
if [[ ! -f "$browser_project" ]]; then
    log "No $browser_project: no browser tests to run"
elif ! grep -rqE '\[([A-Za-z0-9_.]+\.)?(Fact|Theory|Test|TestMethod)\b' --include='*.cs' "$(dirname "$browser_project")"; then
    log "$browser_project has no tests yet: nothing to run"
elif [[ ! -x "$CHROMIUM" ]]; then
    echo "warning: browser tests SKIPPED: no $CHROMIUM" >&2
else
    server_log="$RESULTS/browser-server.log"
    before_browser=$run_failed
    run_failed=false
    run_tests browser "$browser_project" "OPENSPIRAL_BROWSER=$CHROMIUM" "OPENSPIRAL_SERVER_LOG=$server_log"
    if [[ "$run_failed" == "true" && -f "$server_log" ]]; then
        echo "--- The browser tests' server: its last warnings and errors ($server_log) ---"
        grep -E '^[0-9:.]+ \[[0-9]+\] (Warning|Error|Critical) ' -A 3 "$server_log" | tail -n 60 || true
        echo "--- Its last criteria import jobs ---"
        grep -F 'Criteria import' "$server_log" | tail -n 12 || true
    fi
    [[ "$before_browser" == "true" ]] && run_failed=true
fi

# --- Totals ---------------------------------------------------------------------------------------

# count NAME: one attribute of the trx <Counters> element in $counters.
count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }

passed=0
failed=0
for name in "${runs[@]}"; do
    trx="$RESULTS/$name.trx"
    if [[ ! -f "$trx" ]]; then
        echo "error: the $name run left no results ($trx)" >&2
        run_failed=true
        continue
    fi
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    run_passed=$(count passed)
    run_failed_count=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
    echo "$name: ${run_passed:-0} passed, $run_failed_count failed, $(count notExecuted) not executed"
    passed=$((passed + ${run_passed:-0}))
    failed=$((failed + run_failed_count))
    # The failed tests' names last, where a truncated log still shows them.
    grep -o '<UnitTestResult [^>]*outcome="Failed"' "$trx" | sed -n 's/.*testName="\([^"]*\)".*/  failed: \1/p' | head -n 20 || true
done

if [[ "$run_failed" == "true" && $failed -eq 0 ]]; then
    echo "error: a test run failed without a failed test (build, crash or hang); see the output above" >&2
fi
echo "Tests: $passed passed, $failed failed"
if [[ "$run_failed" == "true" || $failed -gt 0 || $passed -eq 0 ]]; then
    exit 1
fi
