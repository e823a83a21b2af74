#!/usr/bin/env bats
# The record format, nw(5): what nw writes is valid GNU rec, recutils
# reads every value back, and nw's readers accept every rec construct.
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "format: recfix --check accepts nw-split output of tricky text" {
	need recfix
	nw-split "$FIXTURES/tricky.txt" > out.rec
	run recfix --check out.rec
	assert_success
	assert_output ''
}

@test "format: recsel reads back leading spaces, plus, hash, percent and field-like text" {
	need recsel
	nw-split "$FIXTURES/tricky.txt" > out.rec
	run recsel -P Para,Title,Section out.rec
	assert_success
	assert_line '   three leading spaces stay'
	assert_line '+ a line that starts with a plus'
	assert_line '# a line that starts with a hash'
	assert_line '% a line that starts with a percent'
	assert_line 'Title: text that looks like a field'
	assert_line "$(printf 'tabs\tinside\tthe\tline')"
}

@test "format: a value line never ends in a backslash; the escape is one space" {
	nw-split "$FIXTURES/tricky.txt" > out.rec
	run grep -c '\\$' out.rec
	assert_output 0
	# recutils sees the escape as one more trailing space
	need recsel
	run recsel -P Para,Title,Section out.rec
	assert_line 'a line that ends in a backslash \ '
	assert_line 'a backslash then spaces \ '
}

@test "format: a value ending in a backslash and spaces keeps its spaces" {
	# written: one space more than the value has; read: one less
	printf 'Id: a\nPara: x\\   \n\n' > in.rec
	run nw-fmt -f json in.rec
	assert_output '{"Id":"a","Para":["x\\  "]}'
	run nw-fmt -f rec in.rec
	assert_output "$(printf 'Id: a\nPara: x\\   ')"
}

@test "format: nw reads back every value exactly, escape undone" {
	nw-split "$FIXTURES/tricky.txt" > out.rec
	nw-fmt -f raw out.rec > back.txt
	grep -v '^$' back.txt > got
	sed 's/[ 	]*$//' "$FIXTURES/tricky.txt" | grep -v '^$' > want
	# the two backslash lines: only trailing blanks after the
	# backslash are trimmed by nw-split, and they come back unchanged
	run diff want got
	assert_success
}

@test "format: nw-fmt -f rec of nw output is the same bytes" {
	nw-split "$FIXTURES/tricky.txt" "$FIXTURES/article.txt" > out.rec
	nw-fmt -f rec out.rec > again.rec
	run cmp out.rec again.rec
	assert_success
}

@test "format: multi-line values round-trip through nw and through recsel" {
	need recsel
	printf 'Id: x\nPara: first line\n+ second line\n+\n+   indented fourth\n\n' > in.rec
	run nw-fmt -f raw in.rec
	assert_output "$(printf 'first line\nsecond line\n\n  indented fourth')"
	run recsel -P Para in.rec
	assert_output "$(printf 'first line\nsecond line\n\n  indented fourth')"
}

@test "format: readers accept comments, + without a space, blank lines of spaces, no final blank line" {
	printf '# a comment\nId: a\nPara: one\n+two\n   \n\nId: b\nPara: last' > in.rec
	run nw-fmt -f json in.rec
	assert_success
	assert_line --index 0 '{"Id":"a","Para":["one\ntwo"]}'
	assert_line --index 1 '{"Id":"b","Para":["last"]}'
}

@test "format: a line that is not a field is FILE:LINE error, exit 2" {
	printf 'Id: a\nthis is not a field\n\n' > bad.rec
	run nw-fmt -f json bad.rec
	assert_failure 2
	assert_output --partial 'nw-fmt: bad.rec:2: not a field'
}

@test "format: a continuation line without a field is an error" {
	printf '+ orphan\n\n' > bad.rec
	run nw-fmt bad.rec
	assert_failure 2
	assert_output --partial 'bad.rec:1: continuation line without a field'
}

@test "format: invalid UTF-8 and NUL in records are errors, not silent loss" {
	printf 'Id: a\nPara: caf\351\n\n' > latin1.rec
	run nw-fmt -f json latin1.rec
	assert_failure 2
	assert_output --partial 'latin1.rec:2: invalid UTF-8'
	printf 'Id: a\nPara: a\000b\n\n' > nul.rec
	run nw-fmt -f json nul.rec
	assert_failure 2
	assert_output --partial 'nul.rec:2: NUL byte'
}

@test "format: rec's backslash splice is honoured when reading" {
	printf 'Id: a\nPara: spliced \\\ntogether\n\n' > in.rec
	run nw-fmt -f json in.rec
	assert_output '{"Id":"a","Para":["spliced together"]}'
}

@test "format: field order and repeated names are kept" {
	printf 'Id: a\nX_Note: 1\nPara: p1\nX_Note: 2\nPara: p2\n\n' > in.rec
	run nw-fmt -f rec in.rec
	assert_output "$(printf 'Id: a\nX_Note: 1\nPara: p1\nX_Note: 2\nPara: p2')"
}

@test "format: the shipped descriptor checks nw-split output with recfix" {
	need recfix
	nw-split "$FIXTURES/article.txt" > out.rec
	run sh -c "cat '$BATS_TEST_DIRNAME/../share/nw/article.rec' out.rec | recfix --check"
	assert_success
	# a record without the mandatory Id fails the check
	printf 'Source: x\nPara: no id\n\n' > noid.rec
	run sh -c "cat '$BATS_TEST_DIRNAME/../share/nw/article.rec' noid.rec | recfix --check"
	assert_failure
}

@test "format: descriptor records pass through nw-fmt -f rec and are skipped as articles" {
	cat "$BATS_TEST_DIRNAME/../share/nw/article.rec" > in.rec
	printf 'Id: a\nTitle: T\n\n' >> in.rec
	run nw-fmt -f json in.rec
	assert_output '{"Id":"a","Title":"T"}'
	run nw-fmt -f rec in.rec
	assert_output --partial '%rec: Article'
}

@test "format: leading and trailing spaces survive nw and recutils" {
	need recsel
	printf 'Id: a\nX_Note:   lead and trail   \n\n' > in.rec
	nw-fmt -f rec in.rec > out.rec
	run cmp in.rec <(head -c "$(wc -c < in.rec)" out.rec)
	assert_success
	run recsel -P X_Note out.rec
	assert_output '  lead and trail   '
	run nw-fmt -f json out.rec
	assert_output '{"Id":"a","X_Note":"  lead and trail   "}'
}

@test "format: a bad byte far into the input is reported on its own line" {
	{
		for i in $(seq 3000); do printf 'Id: r%d\nPara: a valid paragraph, caf\303\251 and all\n\n' "$i"; done
		printf 'Id: bad\nPara: ok\nPara: caf\351\n\n'
	} > late.rec
	run nw-fmt -f json late.rec
	assert_failure 2
	assert_output --partial "late.rec:9003: invalid UTF-8"
	{
		for i in $(seq 3000); do printf 'Id: r%d\nPara: x\n\n' "$i"; done
		printf 'Id: bad\nPara: a\000b\n\n'
	} > latenul.rec
	run nw-fmt -f json latenul.rec
	assert_failure 2
	assert_output --partial "latenul.rec:9002: NUL byte"
}
