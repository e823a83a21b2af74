#!/usr/bin/env bats
# The build, install and manual: what a packager and a new user see.
load helper

TOP=$BATS_TEST_DIRNAME/..

# a copy of the sources to build in, so the tree under test is untouched
copysrc() {
	mkdir -p src
	cp -R "$TOP/cmd" "$TOP/lib" "$TOP/man" "$TOP/share" "$TOP/Makefile" src/
	rm -f src/cmd/*.o src/lib/*.o src/lib/*.a
	for p in src/cmd/*.c; do rm -f "${p%.c}"; done
}

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "build: gcc builds every program with no warning" {
	need gcc
	copysrc
	run make -C src CC=gcc
	assert_success
	refute_output --partial 'warning'
	for p in "$TOP"/cmd/*.c; do
		n=$(basename "$p" .c)
		[ -x "src/cmd/$n" ] || fail "src/cmd/$n was not built"
	done
}

@test "build: clang builds every program with no warning" {
	need clang
	copysrc
	run make -C src CC=clang
	assert_success
	refute_output --partial 'warning'
}

@test "build: make install and uninstall honour PREFIX and DESTDIR" {
	copysrc
	make -C src >/dev/null
	run make -C src install DESTDIR="$PWD/dest" PREFIX=/opt/nw
	assert_success
	for p in "$TOP"/cmd/*.c; do
		n=$(basename "$p" .c)
		[ -x "dest/opt/nw/bin/$n" ] || fail "$n not installed"
	done
	[ -f dest/opt/nw/share/man/man1/nw-split.1 ] || fail "no man1 page"
	[ -f dest/opt/nw/share/man/man5/nw.5 ] || fail "no man5 page"
	[ -f dest/opt/nw/share/man/man7/nw.7 ] || fail "no man7 page"
	[ -f dest/opt/nw/share/nw/article.rec ] || fail "no descriptor"
	run make -C src uninstall DESTDIR="$PWD/dest" PREFIX=/opt/nw
	assert_success
	run find dest -type f
	assert_output ''
}

@test "build: every man page passes mandoc -Tlint -Wwarning" {
	need mandoc
	run mandoc -Tlint -Wwarning "$TOP"/man/*
	assert_success
	assert_output ''
}

@test "build: every program has a man page whose SYNOPSIS matches its usage" {
	need mandoc
	for p in "$TOP"/cmd/*.c; do
		n=$(basename "$p" .c)
		[ -f "$TOP/man/$n.1" ] || fail "no man/$n.1"
		syn=$(mandoc -Tascii "$TOP/man/$n.1" | col -b |
			sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' | sed '1d;$d' |
			tr -s ' \t\n' ' ' | sed 's/^ //; s/ $//')
		# the usage line, with its indented continuation lines
		use=$("$n" --help | awk 'NR == 1 || (go && /^[ \t]/) { print; go = 1; next } { go = 0; exit }' |
			tr -s ' \t\n' ' ' | sed 's/^usage: //; s/ $//')
		[ "$syn" = "$use" ] || fail "$n: man '$syn' != usage '$use'"
	done
}

@test "build: the README's demo runs the main job on the sample" {
	copysrc
	make -C src >/dev/null
	run make -s -C src demo
	assert_success
	assert_output --partial 'Tidal turbines'
}
