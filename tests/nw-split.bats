#!/usr/bin/env bats
# nw-split: raw text to records; lossless, and defined on bad input.
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# the text lines of FILE as nw-split keeps them: trailing blanks trimmed,
# blank lines dropped
textlines() {
	sed 's/[[:space:]]*$//' "$1" | grep -v '^$'
}

@test "nw-split: one record per file, with Id and Source" {
	nw-split "$FIXTURES/article.txt" "$FIXTURES/wrapped.txt" > out.rec
	run grep -c '^Id: ' out.rec
	assert_output 2
	run grep '^Source: ' out.rec
	assert_line --index 0 "Source: $FIXTURES/article.txt"
	assert_line --index 1 "Source: $FIXTURES/wrapped.txt"
}

@test "nw-split: reads stdin when there is no file, and for -" {
	nw-split < "$FIXTURES/article.txt" > a.rec
	nw-split - < "$FIXTURES/article.txt" > b.rec
	run cmp a.rec b.rec
	assert_success
	run grep -c '^Source: -$' a.rec
	assert_output 1
}

@test "nw-split: Id is stable for the same input and unique in the output" {
	nw-split "$FIXTURES/article.txt" > a.rec
	nw-split "$FIXTURES/article.txt" > b.rec
	run cmp a.rec b.rec
	assert_success
	# the same file twice, and two identical articles in one input
	{ cat "$FIXTURES/article.txt"; printf '\f\n'; cat "$FIXTURES/article.txt"; } > twice.txt
	nw-split "$FIXTURES/article.txt" "$FIXTURES/article.txt" twice.txt > c.rec
	run sh -c "grep '^Id: ' c.rec | sort | uniq -d"
	assert_output ''
	run grep -c '^Id: [0-9a-f]\{16\}$' c.rec
	assert_output 4
}

@test "nw-split: a form-feed line separates articles" {
	printf 'First article line one\n\f\nSecond article line\n' > two.txt
	run sh -c 'nw-split two.txt | grep -c "^Id: "'
	assert_output 2
}

@test "nw-split: -d gives a delimiter line" {
	printf 'one\n=====\ntwo\n=====\nthree\n' > three.txt
	run sh -c 'nw-split -d ===== three.txt | grep -c "^Id: "'
	assert_output 3
	run sh -c 'nw-split three.txt | grep -c "^Id: "'
	assert_output 1
}

@test "nw-split: lossless, raw gives back every non-blank line in order" {
	for f in article.txt wrapped.txt tricky.txt; do
		nw-split "$FIXTURES/$f" | nw-fmt -f raw | grep -v '^$' > got
		textlines "$FIXTURES/$f" > want
		run diff want got
		assert_success
	done
}

@test "nw-split: raw output splits back into the same paragraphs" {
	nw-split "$FIXTURES/article.txt" "$FIXTURES/wrapped.txt" > a.rec
	nw-fmt -f raw a.rec | nw-split > b.rec
	run diff <(grep -v '^Id:\|^Source:' a.rec) <(grep -v '^Id:\|^Source:' b.rec)
	assert_success
}

@test "nw-split: hard-wrapped lines are joined into paragraphs" {
	nw-split "$FIXTURES/wrapped.txt" > out.rec
	run grep -c '^Para: ' out.rec
	assert_output 3
	# the line breaks are kept inside the value
	run grep -c '^+ ' out.rec
	assert_output 5
}

@test "nw-split: one paragraph per line is not joined" {
	printf 'A headline for this short test\n\nShort line one.\nA second line that is a paragraph of its own.\nThird.\n' > lines.txt
	run sh -c 'nw-split lines.txt | grep -c "^+ "'
	assert_output 0
}

@test "nw-split: CRLF and CR-only line ends" {
	printf 'Headline of a windows file here\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n' > crlf.txt
	printf 'Headline of an old mac file\r\rFirst paragraph.\rSecond paragraph.\r' > cr.txt
	for f in crlf.txt cr.txt; do
		nw-split "$f" > out.rec
		run grep -c $'\r' out.rec
		assert_output 0
		run sh -c 'nw-fmt -f raw out.rec | grep -v "^$"'
		assert_line --index 1 'First paragraph.'
		assert_line --index 2 'Second paragraph.'
	done
}

@test "nw-split: a BOM at the start is dropped" {
	printf '\357\273\277Line after a byte order mark\n' > bom.txt
	run sh -c 'nw-split bom.txt | nw-fmt -f raw'
	assert_line --index 0 'Line after a byte order mark'
}

@test "nw-split: invalid UTF-8 is decoded as Windows-1252, with a warning" {
	printf 'Caf\351 cr\350me \223quoted\224 \200 5\n' > cp1252.txt
	run nw-split cp1252.txt
	assert_success
	assert_output --partial 'Café crème “quoted” € 5'
	assert_output --partial 'nw-split: cp1252.txt:1: invalid UTF-8: 5 bytes decoded as Windows-1252'
	run sh -c 'nw-split -q cp1252.txt 2>&1 >/dev/null'
	assert_output ''
}

@test "nw-split: NUL bytes become U+FFFD, with a warning" {
	printf 'before\000after\n' > nul.txt
	run nw-split nul.txt
	assert_success
	assert_output --partial 'before�after'
	assert_output --partial 'nw-split: nul.txt:1: 1 NUL byte replaced by U+FFFD'
}

@test "nw-split: the output is always valid UTF-8 and valid rec" {
	need recfix
	printf 'x\377\376y\000z\r\n\300\257\355\240\200\n\f\n' > junk.txt
	nw-split -q junk.txt > out.rec
	run iconv -f UTF-8 -t UTF-8 out.rec
	assert_success
	run recfix --check out.rec
	assert_success
}

@test "nw-split: an empty input gives one record with no paragraph" {
	: > empty.txt
	run nw-split empty.txt
	assert_success
	assert_line --index 1 'Source: empty.txt'
	refute_output --partial 'Para'
	printf '\n  \n\t\n' > blank.txt
	run sh -c 'nw-split blank.txt | grep -c "^Id: "'
	assert_output 1
}

@test "nw-split: lines of non-breaking spaces are blank" {
	printf 'one\n\302\240\302\240\n\343\200\200\ntwo\n' > nbsp.txt
	run sh -c 'nw-split nbsp.txt | grep -c "^Para\|^Title\|^Section"'
	assert_output 2
}

@test "nw-split: a missing file is reported, the others are still split, exit 2" {
	run nw-split nosuch.txt "$FIXTURES/article.txt"
	assert_failure 2
	assert_output --partial 'nw-split: nosuch.txt: No such file or directory'
	assert_output --partial "Source: $FIXTURES/article.txt"
}

@test "nw-split: a full disk is an error" {
	run sh -c "nw-split '$FIXTURES/article.txt' > /dev/full"
	assert_failure 2
	assert_output --partial 'nw-split: write error'
}

@test "nw-split: --help, --version and a bad option" {
	run nw-split --help
	assert_success
	assert_line --index 0 --partial 'usage: nw-split'
	run nw-split --version
	assert_success
	assert_output --regexp '^nw-split [0-9]+\.[0-9]+\.[0-9]+$'
	run nw-split -Z
	assert_failure 2
	assert_output --partial 'nw-split: unknown option -Z'
}

@test "nw-split: long and short paragraphs ending in a backslash get the same escape" {
	# one-line values are written in one piece up to a size, longer
	# ones line by line: the escape must not depend on that
	long=$(printf 'word %.0s' $(seq 300))
	printf 'short one \\\n\n%s\\\n\nlast\n' "$long" > bs.txt
	nw-split bs.txt > out.rec
	run grep -c '\\ $' out.rec
	assert_output 2
	run sh -c "nw-split bs.txt | nw-fmt -f raw"
	assert_line --index 0 'short one \'
	assert_line --index 1 "$long\\"
}
