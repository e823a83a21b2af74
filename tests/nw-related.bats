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

# Four topics of six articles; the choir, bakery and quarry articles also
# use everyday words (weekend, visitors, morning, village, families,
# volunteers), the harbour articles do not.
concentration_corpus() {
	cat <<'EOF'
Id: harbour-00
Title: Lobster quay quay moorings quay
Para: Gulls mackerel crab skipper mackerel nets mackerel.

Id: harbour-01
Title: Crab slipway trawler tide trawler
Para: Trawler lobster skipper skipper trawler lobster harbour.

Id: harbour-02
Title: Mackerel gulls gulls nets tide
Para: Slipway trawler skipper quay lobster lobster quay.

Id: harbour-03
Title: Moorings mackerel slipway crab slipway
Para: Nets skipper harbour lobster trawler skipper tide.

Id: harbour-04
Title: Lobster slipway nets moorings trawler
Para: Moorings gulls skipper slipway trawler moorings mackerel.

Id: harbour-05
Title: Slipway tide lobster harbour tide
Para: Skipper moorings moorings gulls slipway trawler mackerel.

Id: choir-00
Title: Tenor chorister conductor morning organ
Para: Organ carol conductor families chorister choir conductor weekend organ visitors carol.

Id: choir-01
Title: Visitors soprano soprano soprano conductor
Para: Volunteers morning hymn hymn anthem organ hymn anthem families soprano carol.

Id: choir-02
Title: Morning choir choir tenor choir
Para: Village vestry families tenor soprano soprano conductor chorister vestry rehearsal visitors.

Id: choir-03
Title: Hymn hymn vestry tenor soprano
Para: Morning anthem soprano hymn conductor hymn choir families weekend anthem visitors.

Id: choir-04
Title: Psalm rehearsal chorister carol conductor
Para: Conductor organ anthem volunteers weekend chorister choir village tenor morning hymn.

Id: choir-05
Title: Soprano soprano families volunteers psalm
Para: Vestry soprano chorister choir carol rehearsal carol visitors morning anthem anthem.

Id: bakery-00
Title: Visitors oven volunteers sourdough oven
Para: Sourdough proving proving families proving flour flour sourdough crust weekend baker.

Id: bakery-01
Title: Sourdough morning loaf visitors flour
Para: Sourdough sourdough flour yeast oven loaf oven volunteers families proving dough.

Id: bakery-02
Title: Visitors proving dough village sourdough
Para: Rye crust starter crust yeast crust flour weekend sourdough families flour.

Id: bakery-03
Title: Sourdough sourdough morning bloomer proving
Para: Sourdough rye visitors weekend flour village crust rye bloomer yeast loaf.

Id: bakery-04
Title: Oven sourdough rye baker yeast
Para: Dough crust yeast sourdough dough volunteers families morning weekend starter bloomer.

Id: bakery-05
Title: Families rye village rye sourdough
Para: Bloomer baker oven flour dough starter oven bloomer loaf volunteers morning.

Id: quarry-00
Title: Haulage blasting haulage blasting slate
Para: Haulage weekend visitors crusher blasting crusher blasting village volunteers haulage slate.

Id: quarry-01
Title: Village limestone excavator chisel families
Para: Spoil visitors morning limestone gravel haulage slate quarry spoil spoil granite.

Id: quarry-02
Title: Gravel seam quarry haulage slate
Para: Visitors spoil chisel excavator families spoil chisel village morning crusher crusher.

Id: quarry-03
Title: Blasting families crusher crusher blasting
Para: Morning weekend seam village crusher gravel haulage haulage excavator seam granite.

Id: quarry-04
Title: Slate slate seam blasting blasting
Para: Village haulage blasting slate gravel morning slate spoil visitors families limestone.

Id: quarry-05
Title: Slate granite excavator families village
Para: Haulage weekend limestone spoil visitors excavator quarry crusher limestone excavator limestone.

Id: q-visit
Title: Gulls lobster moorings village morning
Para: Visitors families weekend volunteers.
EOF
}

@test "nw-related: words of one topic count more than words every topic uses" {
	# q-visit has three harbour words and the six everyday words: by the
	# words alone the bakery articles are nearer, but the everyday words
	# are spread over three topics and the harbour words gather in one
	concentration_corpus > in.rec
	run nw-related -k 3 in.rec
	assert_success
	run related_of q-visit <(printf '%s\n' "$output")
	assert_line --index 0 --regexp '^Related: harbour-[0-9]+ 0\.[0-9]+ story$'
	assert_line --index 1 --regexp '^Related: harbour-[0-9]+ 0\.[0-9]+ story$'
	assert_line --index 2 --regexp '^Related: harbour-[0-9]+ 0\.[0-9]+ story$'
	# and the staged run agrees
	diff <(nw-related --pairs in.rec) \
	    <(nw-related --sketch in.rec | LC_ALL=C sort | nw-related --match)
}

# Three topics of five articles, and three articles on their own (a
# ferry, a chess game, a beehive).
density_corpus() {
	cat <<'EOF'
Id: a-glacier-00
Title: Icefall ablation crevasse serac crevasse
Para: Cirque cirque cirque.

Id: a-glacier-01
Title: Snout moraine crevasse cirque glacier
Para: Snout snout ablation.

Id: a-glacier-02
Title: Glacier cirque serac moraine ablation
Para: Crevasse meltwater glacier.

Id: a-glacier-03
Title: Glacier glacier firn glacier snout
Para: Moraine snout glacier.

Id: a-glacier-04
Title: Firn moraine cirque cirque firn
Para: Moraine meltwater moraine.

Id: c-choir-00
Title: Psalm rehearsal chorister hymn choir
Para: Tenor carol psalm.

Id: c-choir-01
Title: Anthem soprano psalm vestry hymn
Para: Anthem vestry organ.

Id: c-choir-02
Title: Vestry vestry carol tenor carol
Para: Psalm rehearsal hymn.

Id: c-choir-03
Title: Hymn conductor chorister carol tenor
Para: Conductor choir chorister.

Id: c-choir-04
Title: Rehearsal vestry tenor tenor psalm
Para: Soprano organ carol.

Id: d-bakery-00
Title: Starter bloomer starter crust sourdough
Para: Yeast bloomer baker.

Id: d-bakery-01
Title: Sourdough oven baker flour crust
Para: Yeast starter dough.

Id: d-bakery-02
Title: Yeast dough rye starter proving
Para: Proving proving flour.

Id: d-bakery-03
Title: Bloomer oven oven baker loaf
Para: Dough loaf baker.

Id: d-bakery-04
Title: Baker loaf flour baker crust
Para: Proving crust yeast.

Id: b-lone-00
Title: Deckhand harbourmaster harbourmaster timetable foghorn
Para: Ticket gangway ferry.

Id: b-lone-01
Title: Endgame stalemate rook gambit bishop
Para: Opening endgame chess.

Id: b-lone-02
Title: Smoker queen hive honeycomb beekeeper
Para: Swarm honeycomb drone.

Id: q-mixed
Title: Icefall foghorn deckhand ferry moraine
Para: Firn.
EOF
}

@test "nw-related: of two neighbours about as close, one in the core of a topic comes first" {
	# q-mixed has three glacier words and three of the ferry article's:
	# the ferry article is as near by its words, but it has no close
	# neighbours, while the glacier articles are each other's
	density_corpus > in.rec
	run nw-related -k 3 in.rec
	assert_success
	run related_of q-mixed <(printf '%s\n' "$output")
	assert_line --index 0 --regexp '^Related: a-glacier-[0-9]+ 0\.[0-9]+ story$'
	assert_line --index 1 --regexp '^Related: b-lone-00 0\.[0-9]+ story$'
	diff <(nw-related --pairs in.rec) \
	    <(nw-related --sketch in.rec | LC_ALL=C sort | nw-related --match)
}

@test "nw-related: in a corpus of one topic the words still decide" {
	# the flood reports and their copy make one community: no term is
	# more concentrated than another, so the plain weights stay
	awk -v RS= -v ORS='\n\n' '/Id: (a1f00d|d4d4d4d4)/' "$R" > in.rec
	run grep -c '^Id: ' in.rec
	assert_output 4
	run nw-related --pairs -e in.rec
	assert_success
	assert_line --regexp "^$FLOOD1	$FLOOD2	0\.9[0-9]+	story	bank burst "
	assert_line --regexp "^$FLOOD1	$COPY	0\.[0-9]+	dup	bank burst "
}

@test "nw-related: the relations do not depend on the Ids' order" {
	# new Ids that sort the other way round; communities are found
	# densest neighbourhood first, not in the order of the Ids (which
	# changed many lists of this corpus of articles on topic borders)
	awk -f "$FIXTURES/related-ring.awk" > ring.rec
	grep '^Id: ' ring.rec | sort |
	    awk '{ printf "%s z%04d\n", $2, 9999 - NR }' > map
	awk 'NR == FNR { to[$1] = $2; next }
	    /^Id: / { $2 = to[$2] } { print }' map ring.rec > renamed.rec
	nw-related --pairs ring.rec > a
	nw-related --pairs renamed.rec > b
	# both runs' pairs in the first run's Ids, each pair in order
	awk 'NR == FNR { back[$2] = $1; next }
	    { x = back[$1]; y = back[$2]; if (x > y) { t = x; x = y; y = t }
	      print x "\t" y "\t" $3 "\t" $4 }' map b | LC_ALL=C sort > b2
	awk '{ x = $1; y = $2; if (x > y) { t = x; x = y; y = t }
	    print x "\t" y "\t" $3 "\t" $4 }' a | LC_ALL=C sort > a2
	[ "$(wc -l < a2)" -gt 500 ]
	run diff a2 b2
	assert_success
}
