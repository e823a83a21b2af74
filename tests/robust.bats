#!/usr/bin/env bats
# Robustness of every nw program against hostile input and a hostile
# environment: full disks, closed pipes, missing and unreadable files,
# directories, truncated input, huge lines, huge record counts, empty
# files, NUL bytes, CR line ends, and the limits of nw(5).
#
# Each test runs for every program the build made (every nw-* in NW_BIN):
# a program that lands later is covered as soon as it is built.
# NW_TEST_SCALE=small (set by tools/valgrind-run) makes the 100 MB line
# 1 MB and the million records 10,000: under valgrind the point is memory
# errors, not size; the limit tests, which cannot be scaled, say so and
# skip there.
load helper
bats_require_minimum_version 1.5.0

setup() {
	cd "$BATS_TEST_TMPDIR"
	cat >a.txt <<'EOF'
Harbour

Ferry crews vote to end the winter timetable two weeks early

By Lise Aaberg

The ferry crews of the northern sound voted on Monday to bring the summer
timetable forward by two weeks, after a winter in which storms cancelled
fewer crossings than in any year since the service began.

Passengers on the early boat said the change would let them reach the
market before the stalls sell out, and the harbour office agreed to add
a second evening crossing on Fridays.

The council will confirm the new timetable at its meeting next month.
EOF
	cat >b.txt <<'EOF'
Weather

Fog keeps the island airfield closed for a third day

Dense fog kept the airfield on the outer island closed for a third day
on Wednesday, and the mail plane was sent back to the mainland twice
before the pilots gave up and the post went over by boat instead.

Forecasters expect the fog to lift by Thursday afternoon.
EOF
	nw-split a.txt >a.rec
	nw-split b.txt >b.rec
}

# every nw program under test, one name a line
progs() {
	local p
	for p in "$NW_BIN"/nw-*; do
		case $p in *.c|*.o) continue ;; esac
		[ -x "$p" ] && echo "${p##*/}"
	done
}

# the programs that read records: all but nw-split
recprogs() {
	progs | grep -v '^nw-split$'
}

# the input file of program $1 made from article $2 (a or b)
input() {
	if [ "$1" = nw-split ]; then echo "$2.txt"; else echo "$2.rec"; fi
}

# the command line of program $1 that writes records (nw-fmt: -f rec)
cmdof() {
	if [ "$1" = nw-fmt ]; then echo "nw-fmt -f rec"; else echo "$1"; fi
}

small() {
	[ "${NW_TEST_SCALE:-}" = small ]
}

# the status of the first command of a pipeline run by bash
first_status() {
	bash -c "$1"'; exit ${PIPESTATUS[0]}'
}

@test "robust: the programs under test include nw-split and nw-fmt" {
	run progs
	assert_line nw-split
	assert_line nw-fmt
}

@test "robust: every program: output to a full disk is a message and exit 2" {
	[ -w /dev/full ] || fail "/dev/full is missing"
	for p in $(progs); do
		# bats' run catches stdout: redirect inside the command
		run bash -c '"$1" "$2" >/dev/full' _ "$p" "$(input "$p" a)"
		[ "$status" -eq 2 ] || fail "$p: exit $status on a full disk"
		assert_output --regexp "^$p: .*(write error|No space left)"
	done
}

@test "robust: every program: a reader that stops early (| head -n 1) gets no error message" {
	for p in $(progs); do
		in=$(input "$p" a)
		# enough output to fill the pipe many times over (600
		# articles, each with its own Id)
		for i in $(seq 300); do
			cat a.txt; printf '\f\n'; cat b.txt; printf '\f\n'
		done >big.txt
		nw-split big.txt >big.rec
		if [ "$p" = nw-split ]; then in=big.txt; else in=big.rec; fi
		run first_status "$(cmdof "$p") $in 2>err | head -n 1 >/dev/null"
		# 141: killed by SIGPIPE, as cat is; 0 when it finished first
		[ "$status" -eq 141 ] || [ "$status" -eq 0 ] ||
			fail "$p: exit $status when the reader stops early"
		[ ! -s err ] || fail "$p: message on a closed pipe: $(cat err)"
	done
}

@test "robust: every program: a missing file among several: a message, the others done, exit 2" {
	for p in $(progs); do
		run --separate-stderr $(cmdof "$p") "$(input "$p" a)" missing.in \
		    "$(input "$p" b)"
		[ "$status" -eq 2 ] || fail "$p: exit $status"
		[[ $stderr == "$p: missing.in"* ]] ||
			fail "$p: message '$stderr'"
		[[ $output == *"Source: a.txt"* ]] || fail "$p: lost a"
		[[ $output == *"Source: b.txt"* ]] || fail "$p: lost b after the error"
	done
}

@test "robust: every program: a file that cannot be opened: a message, the others done, exit 2" {
	# As root, chmod 000 does not stop open(2): root may read anything.
	# Then a dangling symbolic link stands in for it (open fails, with
	# ENOENT instead of EACCES); as another user, chmod 000 is used.
	if [ "$(id -u)" -eq 0 ]; then
		ln -s nowhere/at/all bad.in
	else
		cp a.rec bad.in
		chmod 000 bad.in
	fi
	for p in $(progs); do
		run --separate-stderr $(cmdof "$p") "$(input "$p" a)" bad.in \
		    "$(input "$p" b)"
		[ "$status" -eq 2 ] || fail "$p: exit $status"
		[[ $stderr == "$p: bad.in"* ]] || fail "$p: message '$stderr'"
		[[ $output == *"Source: a.txt"* ]] || fail "$p: lost a"
		[[ $output == *"Source: b.txt"* ]] || fail "$p: lost b after the error"
	done
}

@test "robust: every program: a read error (EIO from /proc/self/mem): a message, the others done, exit 2" {
	# /proc/self/mem opens, but reading its first page fails with EIO:
	# a real read error, the kind a failing disk gives
	[ -e /proc/self/mem ] || fail "no /proc/self/mem on this system"
	for p in $(progs); do
		run --separate-stderr $(cmdof "$p") "$(input "$p" a)" /proc/self/mem \
		    "$(input "$p" b)"
		[ "$status" -eq 2 ] || fail "$p: exit $status"
		[[ $stderr == "$p: /proc/self/mem"* ]] ||
			fail "$p: message '$stderr'"
		[[ $output == *"Source: a.txt"* ]] || fail "$p: lost a"
		[[ $output == *"Source: b.txt"* ]] || fail "$p: lost b after the error"
	done
}

@test "robust: every program: a directory among the inputs: a message, the others done, exit 2" {
	mkdir dir.in
	for p in $(progs); do
		run --separate-stderr $(cmdof "$p") "$(input "$p" a)" dir.in \
		    "$(input "$p" b)"
		[ "$status" -eq 2 ] || fail "$p: exit $status"
		[[ $stderr == "$p: dir.in"* ]] || fail "$p: message '$stderr'"
		# the line that could not be read is line 1, not 0
		[[ $stderr != *":0:"* ]] || fail "$p: line 0 in '$stderr'"
		[[ $output == *"Source: a.txt"* ]] || fail "$p: lost a"
		[[ $output == *"Source: b.txt"* ]] || fail "$p: lost b after the error"
	done
}

@test "robust: every program: an empty file and empty stdin are not errors" {
	: >empty.in
	for p in $(progs); do
		run --separate-stderr "$p" empty.in
		[ "$status" -eq 0 ] || fail "$p: exit $status: $stderr"
		[ -z "$stderr" ] || fail "$p: message '$stderr'"
		if [ "$p" = nw-split ]; then
			# one (empty) article: Id and Source only
			[ "$(grep -c '^Id: ' <<<"$output")" -eq 1 ] ||
				fail "nw-split: no record for an empty file"
			! grep -q '^Para:' <<<"$output" || fail "nw-split: Para"
		elif [ "$p" != nw-fmt ]; then
			[ -z "$output" ] || fail "$p: output '$output'"
		fi
		run --separate-stderr "$p" </dev/null
		[ "$status" -eq 0 ] || fail "$p: exit $status on empty stdin"
	done
}

@test "nw-split: input ending mid-line and inside a UTF-8 sequence keeps every byte" {
	printf 'A headline that stands alone here\n\nThe last line has no newline and ends in half a character \xe2\x80' >cut.txt
	run --separate-stderr nw-split cut.txt
	assert_success
	[[ $stderr == "nw-split: cut.txt:3: invalid UTF-8"* ]] ||
		fail "message '$stderr'"
	nw-split -q cut.txt | nw-fmt -f raw >raw.out
	# the two bytes decoded as Windows-1252: U+00E2 U+20AC
	grep -q 'ends in half a character â€$' raw.out ||
		fail "$(cat raw.out)"
}

@test "robust: every record program: input cut off mid-record (at a line end) reads as if whole" {
	for p in $(recprogs); do
		cat a.rec b.rec >whole.rec
		# without the final blank line, and without the last field's
		# final newline too
		head -c -1 whole.rec >cut1.rec
		head -c -2 whole.rec >cut2.rec
		"$p" whole.rec >whole.out 2>whole.err ||
			fail "$p: exit $? on whole input: $(cat whole.err)"
		for c in cut1 cut2; do
			run --separate-stderr "$p" $c.rec
			[ "$status" -eq 0 ] || fail "$p: $c: exit $status: $stderr"
			[ "$output" = "$(cat whole.out)" ] ||
				fail "$p: $c: output differs from the whole input's"
		done
	done
}

@test "robust: every record program: input cut off mid-line in a value is read, still valid rec" {
	for p in $(recprogs); do
		# cut inside the last paragraph's line, after "Forecast"
		n=$(grep -b 'Forecasters expect' b.rec | cut -d: -f1)
		k=$(grep 'Forecasters expect' b.rec | sed 's/Forecasters.*//' |
			wc -c)
		cat a.rec >cut.rec
		head -c $((n + k - 1 + 8)) b.rec >>cut.rec
		tail -c 20 cut.rec | grep -q ': Forecast$' || fail "bad cut"
		run --separate-stderr "$p" cut.rec
		[ "$status" -eq 0 ] || fail "$p: exit $status: $stderr"
		if [ "$p" != nw-fmt ]; then
			printf '%s\n' "$output" | nw-fmt -f rec >/dev/null ||
				fail "$p: output is not valid rec"
			grep -q '^Source: b.txt$' <<<"$output" ||
				fail "$p: the cut record is gone"
		fi
	done
}

@test "robust: every record program: input cut inside a name or a UTF-8 sequence is a FILE:LINE error, exit 2" {
	cat a.rec >name.rec
	printf 'Id: 1\nSource: x\nPa' >>name.rec
	nl=$(wc -l <name.rec)	# not "lines": bats' run sets that
	cat a.rec >utf8.rec
	printf 'Id: 2\nSource: y\nPara: caf\xc3' >>utf8.rec
	for p in $(recprogs); do
		run --separate-stderr "$p" name.rec
		[ "$status" -eq 2 ] || fail "$p: exit $status for a cut name"
		[[ $stderr == "$p: name.rec:$((nl + 1)): "* ]] ||
			fail "$p: message '$stderr'"
		run --separate-stderr "$p" utf8.rec
		[ "$status" -eq 2 ] || fail "$p: exit $status for cut UTF-8"
		[[ $stderr == "$p: utf8.rec:$((nl + 1)): "*UTF-8* ]] ||
			fail "$p: message '$stderr'"
	done
}

@test "robust: every record program: NUL bytes are a FILE:LINE error, exit 2" {
	cat a.rec >nul.rec
	printf 'Id: 3\nPara: nul \000 here\n\n' >>nul.rec
	line=$(($(wc -l <a.rec) + 2))
	for p in $(recprogs); do
		run --separate-stderr "$p" nul.rec
		[ "$status" -eq 2 ] || fail "$p: exit $status"
		[[ $stderr == "$p: nul.rec:$line: "*NUL* ]] ||
			fail "$p: message '$stderr'"
	done
}

@test "nw-split: NUL bytes become U+FFFD, with a warning; CR-only line ends end lines" {
	printf 'First line here\000and more\rSecond line\r\rThird line\r' >odd.txt
	run --separate-stderr nw-split odd.txt
	assert_success
	[[ $stderr == "nw-split: odd.txt:1: 1 NUL byte replaced by U+FFFD" ]] ||
		fail "message '$stderr'"
	nw-split odd.txt 2>/dev/null | nw-fmt -f raw | grep -v '^$' >raw.out
	printf 'First line here\357\277\275and more\nSecond line\nThird line\n' >want
	cmp raw.out want || fail "$(cat raw.out)"
}

@test "robust: every record program: CR-only line ends are one long line, read without harm" {
	# rec lines end in LF; a CR is an ordinary byte of a value
	printf 'Id: cr1\rSource: cr.txt\rPara: one\r\r' >cr.rec
	printf '\n\n' >>cr.rec
	for p in $(recprogs); do
		run --separate-stderr "$p" cr.rec
		[ "$status" -eq 0 ] || [ "$status" -eq 2 ] ||
			fail "$p: exit $status"
		if [ "$status" -eq 2 ]; then
			[[ $stderr == "$p: cr.rec:"* ]] || fail "$p: '$stderr'"
		elif [ "$p" != nw-fmt ]; then
			printf '%s\n' "$output" | nw-fmt -f rec >/dev/null ||
				fail "$p: output is not valid rec"
		fi
	done
}

@test "robust: a 100 MB single line goes through every program whole" {
	if small; then size=1000000; else size=100000000; fi
	# words, no newline at all
	yes 'Tidewater lorem harbour ipsum ferry dolor.' | tr '\n' ' ' |
		head -c $size >line.txt
	nw-split line.txt >line.rec
	nw-fmt -f raw line.rec | head -c $size >back.txt
	cmp line.txt back.txt || fail "nw-split | nw-fmt -f raw changed the line"
	for p in $(recprogs); do
		# nw-strip may well judge such a line boilerplate: -m keeps it
		# (as a Boiler field) so that it can be seen to come through
		if [ "$p" = nw-strip ]; then opt=-m; else opt=; fi
		# shellcheck disable=SC2086
		"$p" $opt line.rec >out 2>err ||
			fail "$p: exit $?: $(head -c 300 err)"
		[ "$(wc -c <out)" -ge $((size / 2)) ] || [ "$p" = nw-related ] ||
			fail "$p: the line is gone ($(wc -c <out) bytes left)"
	done
}

@test "robust: a million tiny records (and articles) go through every program" {
	if small; then n=10000; else n=1000000; fi
	awk -v n=$n 'BEGIN { for (i = 0; i < n; i++)
		printf "Id: r%d\nSource: s%d\nPara: Word %d.\n\n", i, i, i }' >many.rec
	awk -v n=$n 'BEGIN { for (i = 0; i < n; i++)
		printf "Word %d.\n\f\n", i }' >many.txt
	run nw-split many.txt
	run grep -c '^Id: ' <<<"$output"
	assert_output "$n"
	for p in $(recprogs); do
		case $p in
		nw-fmt) "$p" -f json many.rec >out 2>err ;;
		*) "$p" many.rec >out 2>err ;;
		esac || fail "$p: exit $?: $(head -c 300 err)"
		if [ "$p" = nw-fmt ]; then
			got=$(wc -l <out)
		else
			got=$(grep -c '^Id: ' out)
		fi
		[ "$got" -eq "$n" ] || fail "$p: $got records out of $n"
	done
}

@test "limits: more than NW_MAX_FIELDS (4,194,304) fields in a record is a clear error, exit 2" {
	small && skip "4 million fields: too slow under valgrind; make check runs it"
	awk 'BEGIN { printf "Id: x\n"; for (i = 0; i < 4194304; i++) print "A:" }' >fields.rec
	for p in $(recprogs); do
		run --separate-stderr "$p" fields.rec
		[ "$status" -eq 2 ] || fail "$p: exit $status"
		[[ $stderr == "$p: fields.rec:4194305: too many fields"* ]] ||
			fail "$p: message '$stderr'"
	done
}

@test "limits: a line longer than NW_MAX_LINE (1 GiB) is a clear error, exit 2" {
	small && skip "a 1 GiB line: too slow under valgrind; make check runs it"
	# from a pipe, so that nothing of that size lands on the disk
	for p in nw-split nw-fmt; do
		run --separate-stderr bash -c \
		    "head -c 1074000000 /dev/zero | tr '\\0' x | $p"
		[ "$status" -eq 2 ] || fail "$p: exit $status"
		[[ $stderr == "$p: "*"line too long"* ]] ||
			fail "$p: message '$stderr'"
	done
}

@test "nw-split: a headline of many one-letter words beside a 50-word line (found by fuzzing: stack overflow)" {
	# a headline candidate counted 35+ words (its short ones too), so the
	# search for its repeats read lines of up to 47 words into a buffer
	# of 41: ASan reports it under make sanitize
	body="The ferry crews of the northern sound voted on Monday to bring the summer timetable forward by two weeks, after a winter of storms and calm days alike."
	{
		printf 'World\n\n'
		for i in 1 2 3 4 5 6 7; do printf 'a I o e u '; done
		printf 'ends here\n\n%s\n\n%s\n\n' "$body" "$body"
		for i in $(seq 50); do printf 'harbour '; done
		printf '\n\n%s\n' "$body"
	} >hl.txt
	run nw-split hl.txt
	assert_success
	nw-split hl.txt | nw-fmt -f raw | grep -v '^$' >back.txt
	sed 's/ *$//' hl.txt | grep -v '^$' | cmp - back.txt
}

@test "limits: a record larger than NW_MAX_RECORD (1 GiB) is a clear error, exit 2" {
	small && skip "a 1 GiB record: too slow under valgrind; make check runs it"
	# short lines, so that only the record limit can be hit; the reader
	# is the library's, shared by every record program: nw-fmt stands for
	# them (each run holds about 2 GiB)
	x=$(printf '%01000d' 0)
	run --separate-stderr bash -c \
	    "{ echo 'Id: big'; yes 'Para: $x'; } | head -c 1100000000 | nw-fmt -f rec"
	[ "$status" -eq 2 ] || fail "exit $status"
	[[ $stderr == "nw-fmt: stdin:"*": record too large" ]] ||
		fail "message '$stderr'"
}

@test "nw-fmt -f rec: a field name of 300 bytes is normalized like a short one (found by fuzzing)" {
	# names of 256 bytes or more were passed through as read, so
	# "Name:: x" stayed without the blank nw writes after the colon
	name=$(printf 'T%.0s' $(seq 300))
	printf 'Id: 1\n%s:: x\n%s:y\n' "$name" "$name" >long.rec
	run --separate-stderr nw-fmt -f rec long.rec
	assert_success
	[ -z "$stderr" ] || fail "message '$stderr'"
	[ "$output" = "$(printf 'Id: 1\n%s: : x\n%s: y' "$name" "$name")" ] ||
		fail "output '$output'"
}

@test "nw-byline: a By line naming a 110-byte outlet is no outlet and no overflow (found by fuzzing)" {
	# the outlet buffer holds 96 bytes; make sanitize runs this under ASan/UBSan
	pounds=$(printf '\302\243%.0s' $(seq 1 46))
	printf 'Id: 1\nTitle: Why the bus deserves a better timetable\nPara: By A%sda Lindqvielm Time\nPara: The timetable changes in May, and riders have waited for it since the winter.\n\n' "$pounds" > in.rec
	run nw-byline in.rec
	assert_success
	refute_output --partial 'Outlet:'
}

@test "nw-byline: a line of 200,000 opening brackets takes no quadratic time (found by fuzzing)" {
	{ printf 'Id: 1\nPara: '; head -c 200000 /dev/zero | tr '\0' '('; printf '\n\n'; } > in.rec
	run timeout 10 nw-byline in.rec
	assert_success
	assert_line --partial 'Para: (((('
}
