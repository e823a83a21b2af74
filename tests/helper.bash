# Loaded by every test: the programs under test, bats-assert, and helpers.
bats_load_library bats-support
bats_load_library bats-assert

NW_BIN=${NW_BIN:-$BATS_TEST_DIRNAME/../cmd}
PATH=$NW_BIN:$PATH
FIXTURES=$BATS_TEST_DIRNAME/fixtures
export LC_ALL=C

# A tool a test needs: its absence fails the test loudly, never skips it.
need() {
	command -v "$1" >/dev/null 2>&1 ||
		fail "$1 is not installed: run .ci/run, which installs it"
}
