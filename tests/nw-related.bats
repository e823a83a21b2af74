#!/usr/bin/env bats
# nw-related: near-duplicate and same-story articles.
load helper
bats_require_minimum_version 1.5.0

setup() {
	cd "$BATS_TEST_TMPDIR"
	R=$FIXTURES/related-news.rec
	FLOOD1=a1f00d0000000001
	FLOOD2=a1f00d0000000002
	FLOOD3=a1f00d0000000003
	COPY=d4d4d4d400000001
	BATT1=b2c0ffee00000001
	GULLS1=c3ba11000000001a
	STEW=e5e5e5e500000001
}

# The Related fields of the record with Id $1 in file $2.
related_of() {
	awk -v id="$1" '/^Id: / { cur = $2 } /^Related: / && cur == id' "$2"
}

@test "nw-related: passes every record through and adds Related fields" {
	nw-related "$R" > out.rec
	# without the Related fields, the input comes back byte for byte
	run diff <(grep -v '^Related: ' out.rec) "$R"
	assert_success
	run grep -c '^Related: [0-9a-f]\{16\} [01]\.[0-9]\{4\} \(dup\|story\)$' \
	    out.rec
	assert_output --regexp '^[1-9][0-9]*$'
}

@test "nw-related: an edited copy with a new headline and footer is a dup" {
	nw-related "$R" > out.rec
	run related_of $FLOOD1 out.rec
	assert_line --index 0 --regexp "^Related: $COPY 0\.[0-9]+ dup$"
	run related_of $COPY out.rec
	assert_line --index 0 --regexp "^Related: $FLOOD1 0\.[0-9]+ dup$"
}

@test "nw-related: other reports of the same event are story, and come first" {
	nw-related "$R" > out.rec
	run related_of $FLOOD2 out.rec
	# its two best non-dup neighbours are the other flood reports
	assert_line --index 0 --regexp "^Related: ($FLOOD1|$FLOOD3|$COPY) .* story$"
	assert_line --index 1 --regexp "^Related: ($FLOOD1|$FLOOD3|$COPY) .* story$"
	run related_of $GULLS1 out.rec
	assert_line --index 0 --regexp "^Related: c3ba1100000000.. .* story$"
	assert_line --index 1 --regexp "^Related: c3ba1100000000.. .* story$"
}

@test "nw-related: replaces Related fields that were already there" {
	sed 's/^Id: a1f00d0000000002$/&\nRelated: ffff 0.9 dup/' "$R" > in.rec
	run nw-related in.rec
	assert_success
	refute_output --partial 'ffff 0.9'
}

@test "nw-related: keeps comments, unknown fields and descriptors as they were" {
	{
		printf '%%rec: Article\n\n'
		printf 'Id: x1\n# a comment\nX_Note: keep me  \nTitle: Glass artists fill the customs house\n\n'
		cat "$R"
	} > in.rec
	run nw-related in.rec
	assert_success
	assert_line --index 0 '%rec: Article'
	assert_line '# a comment'
	assert_line 'X_Note: keep me  '
}

@test "nw-related: --pairs prints each pair once, idA before idB, scores in [0,1]" {
	run nw-related --pairs "$R"
	assert_success
	echo "$output" > pairs
	run awk -F'\t' 'NF != 4 || $1 >= $2 || $3 < 0 || $3 > 1 ||
	    ($4 != "dup" && $4 != "story")' pairs
	assert_output ''
	run sh -c 'cut -f1,2 pairs | sort | uniq -d'
	assert_output ''
	run grep -c "^$FLOOD1	$COPY	.*	dup$" pairs
	assert_output 1
	run grep -c "$STEW.*dup" pairs
	assert_output 0
}

@test "nw-related: -k sets how many Related fields a record gets" {
	nw-related -k 1 "$R" > out.rec
	# at most one per record, and all but the loners have one
	run awk '/^Id: / { n = 0 } /^Related: / && ++n > 1' out.rec
	assert_output ''
	run grep -c '^Related: ' out.rec
	assert_output --regexp '^1[01]$|^12$'

	nw-related -k 3 "$R" > out3.rec
	run related_of $FLOOD2 out3.rec
	assert_equal "${#lines[@]}" 3
}

@test "nw-related: -d sets the dup threshold" {
	run nw-related --pairs -d 1 "$R"
	assert_success
	refute_output --partial 'dup'
	run nw-related --pairs -d 0.3 "$R"
	assert_output --partial "$COPY	0."
}

@test "nw-related: -s sets the story threshold" {
	run nw-related --pairs -s 0.99 "$R"
	assert_success
	refute_output --partial 'story'
	assert_output --partial 'dup'
	run nw-related --pairs -s 0.3 "$R"
	run awk -F'\t' '$4 == "story" && $3 < 0.3' <<<"$output"
	assert_output ''
}

@test "nw-related: -e explains a pair by its shared terms" {
	run nw-related --pairs -e "$R"
	assert_success
	assert_line --regexp "^$BATT1	b2c0ffee00000002	0\.[0-9]+	story	.*quillon"
	nw-related -e "$R" > out.rec
	run related_of $FLOOD1 out.rec
	assert_line --index 0 --regexp "^Related: $COPY 0\.[0-9]+ dup .*ashby"
}

@test "nw-related: --dot draws the dup cluster as a graph" {
	run nw-related --dot "$R"
	assert_success
	assert_line --index 0 'graph dups {'
	assert_line --partial "\"$FLOOD1\" -- \"$COPY\""
	assert_line --index -1 '}'
	refute_output --partial "$STEW"
}

@test "nw-related: --dot output is read by Graphviz" {
	need dot
	nw-related --dot "$R" | dot -Tsvg > g.svg
	run grep -c '<svg' g.svg
	assert_output 1
}

@test "nw-related: --sketch writes one sketch line per article" {
	run nw-related --sketch "$R"
	assert_success
	assert_equal "${#lines[@]}" 12
	run awk -F'\t' 'NF != 4 || $3 !~ /^[0-9a-f]+$/ || length($3) != 512' \
	    <(nw-related --sketch "$R")
	assert_output ''
	run nw-related --sketch "$R"
	assert_line --index 0 --regexp "^$FLOOD1	[0-9]+	[0-9a-f]{512}	.*ashby:[0-9]+"
}

@test "nw-related: sketch | sort | --match gives the pairs of one run" {
	nw-related --pairs "$R" > direct
	nw-related --sketch "$R" | LC_ALL=C sort | nw-related --match > staged
	run diff direct staged
	assert_success
	[ -s direct ]
}

@test "nw-related: the staged run over shards with GNU parallel gives the same pairs" {
	need parallel
	awk -v RS= -v ORS='\n\n' '{ print > ("shard" (NR % 3) ".rec") }' "$R"
	run ls shard0.rec shard1.rec shard2.rec
	assert_success
	parallel --will-cite -j 3 nw-related --sketch {} ::: shard*.rec |
		LC_ALL=C sort | nw-related --match -e > staged
	nw-related --pairs -e "$R" > direct
	run diff direct staged
	assert_success
	[ -s direct ]
}

@test "nw-related: the order of the input does not change the output" {
	awk -v RS= '{ r[NR] = $0 } END { for (i = NR; i > 0; i--) print r[i] "\n" }' \
	    "$R" > reversed.rec
	run diff <(nw-related --pairs "$R") <(nw-related --pairs reversed.rec)
	assert_success
}

@test "nw-related: -a matches a new batch against kept sketches" {
	# old: everything but the copy; new: the copy and the stew
	awk -v RS= -v ORS='\n\n' '/Id: (d4d4|e5e5)/ { print > "new.rec"; next }
	    { print > "old.rec" }' "$R"
	nw-related --sketch old.rec > old.sk
	run nw-related -a old.sk --pairs new.rec
	assert_success
	assert_line "$FLOOD1	$COPY	$(nw-related --pairs "$R" |
	    awk -F'\t' -v a=$FLOOD1 -v b=$COPY '$1 == a && $2 == b { print $3 }')	dup"
	# no pair of two old articles
	run awk -F'\t' '$1 !~ /^(d4d4|e5e5)/ && $2 !~ /^(d4d4|e5e5)/' <<<"$output"
	assert_output ''
	# records: only the new ones, related to old ones too
	run nw-related -a old.sk new.rec
	assert_success
	assert_line --regexp "^Related: $FLOOD1 0\.[0-9]+ dup$"
	run grep -c '^Id: ' <<<"$output"
	assert_output 2
}

@test "nw-related: --match -a takes the new batch as sketches too" {
	awk -v RS= -v ORS='\n\n' '/Id: d4d4/ { print > "new.rec"; next }
	    { print > "old.rec" }' "$R"
	nw-related --sketch old.rec > old.sk
	nw-related --sketch new.rec > new.sk
	run nw-related --match -a old.sk new.sk
	assert_success
	assert_line --regexp "^$FLOOD1	$COPY	0\.[0-9]+	dup$"
}

@test "nw-related: progress goes to a terminal only, -q silences it" {
	run sh -c "nw-related --pairs '$R' 2>err >/dev/null; cat err"
	assert_output ''
	need script
	run script -qec "nw-related --pairs $R >/dev/null" /dev/null
	assert_output --partial 'nw-related: '
	run script -qec "nw-related -q --pairs $R >/dev/null" /dev/null
	assert_output ''
}

@test "nw-related: empty input gives empty output" {
	run nw-related --pairs </dev/null
	assert_success
	assert_output ''
	run nw-related </dev/null
	assert_success
	assert_output ''
}

@test "nw-related: reads standard input and several files" {
	awk -v RS= -v ORS='\n\n' 'NR <= 6 { print > "a.rec"; next }
	    { print > "b.rec" }' "$R"
	run diff <(nw-related --pairs a.rec - < b.rec) <(nw-related --pairs "$R")
	assert_success
}

@test "nw-related: a record without an Id is an error with FILE:LINE" {
	printf 'Id: a\nTitle: one\n\nTitle: no id here\n\n' > in.rec
	run nw-related in.rec
	assert_failure 2
	assert_output 'nw-related: in.rec:4: record without an Id field'
}

@test "nw-related: an Id that occurs twice is an error with FILE:LINE" {
	printf 'Id: a\nTitle: one\n\nId: a\nTitle: two\n\n' > in.rec
	run nw-related --pairs in.rec
	assert_failure 2
	assert_output 'nw-related: in.rec:4: Id a occurs twice'
	printf 'Id: a b\nTitle: one\n\n' > sp.rec
	run nw-related sp.rec
	assert_failure 2
	assert_output --partial 'sp.rec:1: Id is empty or has white space'
}

@test "nw-related: a broken record stream is an error with FILE:LINE" {
	printf 'Id: a\nthis is no field\n\n' > bad.rec
	run nw-related bad.rec
	assert_failure 2
	assert_output --regexp '^nw-related: bad.rec:2: '
}

@test "nw-related: a bad sketch line is an error with FILE:LINE" {
	nw-related --sketch "$R" > good.sk
	{ head -n 2 good.sk; printf 'zz\t12\tnothex\tword:1\n'; } > bad.sk
	run nw-related --match bad.sk
	assert_failure 2
	assert_output 'nw-related: bad.sk:3: not a sketch line: bad MinHash (64 values of 8 hex digits)'
	{ head -n 1 good.sk | sed 's/:[0-9]*$/:x/'; } > bad2.sk
	run nw-related -a bad2.sk "$R"
	assert_failure 2
	assert_output --regexp '^nw-related: bad2.sk:1: not a sketch line: '
	run nw-related --match "$R"
	assert_failure 2
	assert_output --regexp '^nw-related: .*related-news.rec:1: not a sketch line: '
}

@test "nw-related: a missing file is an error" {
	run nw-related --pairs no-such.rec
	assert_failure 2
	assert_output --partial 'no-such.rec'
}

@test "nw-related: bad options print the usage and exit 2" {
	for args in "-k 0" "-k x" "-d 1.5" "-s -1" "-d abc" "-x" \
	    "--pairs --dot" "--sketch --match" "--sketch -a x.sk" "--nope"; do
		run nw-related $args "$R"
		assert_failure 2
		assert_output --partial 'nw-related: '
	done
	run nw-related -x
	assert_line --partial 'usage: nw-related'
}

@test "nw-related: --help shows the usage of the man page, --version the version" {
	run nw-related --help
	assert_success
	assert_line --index 0 --partial 'usage: nw-related [-eq] [-a SKETCHES]'
	run nw-related --version
	assert_success
	assert_output --regexp '[0-9]+\.[0-9]+'
}

@test "nw-related: a headline is not a dup of the article that repeats it" {
	{
		h='The Quillon Cell holds 12 kilowatt-hours, enough to run a family house'
		printf 'Id: h1\nTitle: %s\n\n' "$h"
		awk -v RS= -v ORS='\n\n' '/Id: b2c0ffee00000001/' "$R"
		printf 'Id: h2\nTitle: %s\n\n' "$h"
	} > in.rec
	run nw-related --pairs in.rec
	assert_success
	refute_line --regexp "^b2c0ffee00000001	h[12]	.*dup$"
	# the two identical headlines are dups of each other
	assert_line --regexp "^h1	h2	1\.0000	dup$"
}

@test "nw-related: NW_RELATED_TIMES reports the CPU time of each phase on stderr" {
	run --separate-stderr env NW_RELATED_TIMES=1 nw-related --pairs "$R"
	assert_success
	for p in read weigh index query rerank community bands; do
		[[ $stderr == *"nw-related: $p "*" s"* ]] || fail "no $p in: $stderr"
	done
	[[ $output != *"nw-related:"* ]] || fail "times went to stdout"
}

@test "nw-related: an article between two topics gets neighbours its neighbourhood agrees on" {
	# q-mixed shares as many words with the orchard articles as with the
	# glacier ones; by cosine alone an orchard article is its second best
	run nw-related -k 3 "$FIXTURES/related-topics.rec"
	assert_success
	run related_of q-mixed <(printf '%s\n' "$output")
	assert_line --index 0 --regexp '^Related: b-glacier-[0-9]+ 0\.[0-9]+ story$'
	assert_line --index 1 --regexp '^Related: b-glacier-[0-9]+ 0\.[0-9]+ story$'
	assert_line --index 2 --regexp '^Related: b-glacier-[0-9]+ 0\.[0-9]+ story$'
	# and the staged run agrees
	diff <(nw-related --pairs "$FIXTURES/related-topics.rec") \
	    <(nw-related --sketch "$FIXTURES/related-topics.rec" | LC_ALL=C sort |
	    nw-related --match)
}

@test "nw-related: -a ranks old articles as a full run does, not below new ones" {
	# new: q-mixed and five orchard articles; old: the rest, glaciers too
	awk -v RS= -v ORS='\n\n' '/Id: (q-mixed|a-orchard-0[0-4])\n/ {
	    print > "new.rec"; next } { print > "old.rec" }' \
	    "$FIXTURES/related-topics.rec"
	run grep -c '^Id: ' new.rec
	assert_output 6
	nw-related --sketch old.rec > old.sk
	run nw-related -a old.sk -k 3 new.rec
	assert_success
	run related_of q-mixed <(printf '%s\n' "$output")
	# as in the full run: the old glacier articles, not the new orchards
	assert_line --index 0 --regexp '^Related: b-glacier-[0-9]+ 0\.[0-9]+ story$'
	assert_line --index 1 --regexp '^Related: b-glacier-[0-9]+ 0\.[0-9]+ story$'
	assert_line --index 2 --regexp '^Related: b-glacier-[0-9]+ 0\.[0-9]+ story$'
}
