#!/usr/bin/env bats
# nw-strip: what a user sees when boilerplate is removed from records.
load helper
bats_require_minimum_version 1.5.0

EN=$FIXTURES/strip-en.rec
DE=$FIXTURES/strip-de.rec

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# the values of the fields named $1 in file $2, one a line
vals() {
	sed -n "s/^$1: //p" "$2"
}

@test "nw-strip: removes menus, sign-in, share and footer links (English)" {
	nw-strip "$EN" > out.rec
	for s in '  • Home' '  • Weather' 'Sign in' 'Share this article' \
	    '  • Privacy Policy' '  • Cookie Settings' '  • Contact Us'; do
		vals Para out.rec | grep -qxF -- "$s" &&
			fail "kept boilerplate: $s"
	done
	vals Para out.rec | grep -q '^Residents of the small harbour town' ||
		fail "lost the first paragraph"
	vals Para out.rec | grep -q '^Engineers will begin by surveying' ||
		fail "lost the last paragraph"
}

@test "nw-strip: removes an advertisement label and the copyright line" {
	nw-strip "$EN" > out.rec
	run vals Para out.rec
	refute_line 'Advertisement'
	refute_line --partial 'All rights reserved'
	nw-strip "$DE" > de.rec
	run vals Para de.rec
	refute_line 'Anzeige'
	refute_line --partial 'Alle Rechte vorbehalten'
}

@test "nw-strip: a Related Articles heading takes its headlines with it" {
	nw-strip "$EN" > out.rec
	run vals Para out.rec
	refute_line 'Related Articles'
	refute_line 'Coastal villages brace for spring tides'
	refute_line 'New ferry route to the islands approved'
}

@test "nw-strip: Mehr zum Thema takes its headlines with it (German)" {
	nw-strip "$DE" > out.rec
	run vals Para out.rec
	refute_line 'Mehr zum Thema'
	refute_line 'Neue Buslinie fährt ab Montag im Takt'
	refute_line 'Brücke über den Kanal wird saniert'
}

@test "nw-strip: removes German menus and keeps the article" {
	nw-strip "$DE" > out.rec
	run vals Para out.rec
	refute_line '  • Startseite'
	refute_line 'Anmelden'
	refute_line 'Artikel teilen'
	refute_line '  • Impressum'
	assert_line --partial 'Der Stadtrat hat am Donnerstagabend'
	assert_line --partial 'Die Verwaltung will in den kommenden Wochen'
	[ "${#lines[@]}" -eq 5 ] || fail "expected 5 paragraphs, got ${#lines[@]}"
}

@test "nw-strip: keeps a short subheading between two paragraphs" {
	nw-strip "$EN" > en.rec
	vals Para en.rec | grep -qx 'Cost estimates' || fail "lost the subheading"
	nw-strip "$DE" > de.rec
	vals Para de.rec | grep -qx 'Kritik von den Händlern' ||
		fail "lost the German subheading"
}

@test "nw-strip: keeps every field that is not Para, in order" {
	nw-strip "$EN" > out.rec
	diff <(grep -v '^Para:' "$EN") <(grep -v '^Para:' out.rec | grep -v '^Lang:')
}

@test "nw-strip: writes Lang after Id and Source" {
	nw-strip "$EN" > en.rec
	nw-strip "$DE" > de.rec
	run sed -n 3p en.rec
	assert_output 'Lang: en'
	run sed -n 3p de.rec
	assert_output 'Lang: de'
}

@test "nw-strip: detects French, Spanish, Dutch and Swedish" {
	printf 'Id: f\nPara: Le conseil a décidé que les travaux de la route commenceront au printemps, et les habitants seront informés par la mairie.\n\n' > fr.rec
	printf 'Id: s\nPara: El ayuntamiento aprobó el plan para la nueva biblioteca, que abrirá sus puertas en el centro de la ciudad.\n\n' > es.rec
	printf 'Id: n\nPara: De gemeente heeft besloten dat de nieuwe brug over de rivier in het voorjaar wordt gebouwd, zo meldt de wethouder.\n\n' > nl.rec
	printf 'Id: v\nPara: Kommunen har beslutat att den nya bron över ån ska byggas under våren, och att arbetet inte får störa trafiken.\n\n' > sv.rec
	for l in fr es nl sv; do
		run nw-strip $l.rec
		assert_success
		assert_line "Lang: $l"
	done
}

@test "nw-strip: keeps a Lang field that is already there" {
	printf 'Id: a\nLang: de\nPara: Residents voted on Tuesday to rebuild the old wall, which has protected their homes for a very long time.\n\n' > in.rec
	run nw-strip in.rec
	assert_success
	[ "$(grep -c '^Lang:' <<<"$output")" -eq 1 ] || fail "two Lang fields"
	assert_line 'Lang: de'
}

@test "nw-strip: -m keeps boilerplate in place as Boiler fields" {
	nw-strip -m "$EN" > marked.rec
	nw-strip "$EN" > stripped.rec
	grep -q '^Boiler:   • Home$' marked.rec || fail "no Boiler field for Home"
	grep -q '^Boiler: Advertisement$' marked.rec || fail "no Boiler for ad"
	# the same fields as the input, in order, only renamed
	diff <(sed 's/^Para:/X:/' "$EN") \
	    <(grep -v '^Lang:' marked.rec | sed 's/^Para:/X:/; s/^Boiler:/X:/')
	diff <(grep -v '^Boiler:' marked.rec) stripped.rec
}

@test "nw-strip: -m keeps a continued value byte for byte" {
	printf 'Id: a\nPara: Share\nPara: Residents voted on Tuesday to rebuild the old\n+ wall, which has protected their homes for a century or more.\n\n' > in.rec
	run nw-strip -m in.rec
	assert_success
	assert_line 'Boiler: Share'
	assert_line 'Para: Residents voted on Tuesday to rebuild the old'
	assert_line '+ wall, which has protected their homes for a century or more.'
}

@test "nw-strip: nw-fmt leaves the Boiler fields of -m out" {
	nw-strip -m "$EN" | nw-fmt -f raw > text
	run grep -c 'Advertisement' text
	assert_output 0
	grep -q 'Residents of the small harbour town' text
}

@test "nw-strip: passes unknown fields and comments through byte for byte" {
	{
		printf '# a comment before\nId: a\nX_note: keep  this  \\ \n'
		printf 'X_multi: first\n+ second line\n+\nPara: Share\n'
		printf 'Para: Residents voted on Tuesday to rebuild the old wall, which has protected their homes for a century.\n'
		printf '# inside\nX_tail:\n\n'
	} > in.rec
	nw-strip in.rec > out.rec
	diff <(grep -v '^Para: Share$' in.rec) <(grep -v '^Lang:' out.rec)
}

@test "nw-strip: a sentence that mentions cookies or subscribers stays" {
	printf 'Id: a\nPara: %s\nPara: %s\nPara: %s\n\n' \
	    'The bakery on Mill Street sold more than four thousand cookies during the festival, its owner said on Sunday.' \
	    'The local paper, which now has about nine thousand subscribers, said it would keep printing on weekdays until at least next year.' \
	    'Readers who asked about related events were told that the council will publish a full list of dates next month.' > in.rec
	run nw-strip in.rec
	assert_success
	assert_line --partial 'four thousand cookies'
	assert_line --partial 'nine thousand subscribers'
	assert_line --partial 'related events'
}

@test "nw-strip: -f removes paragraphs matching the user's patterns" {
	printf '# my patterns\n\n^Engineers will\nfull (repair|replacement)\n' > pats
	nw-strip -f pats "$EN" > out.rec
	run vals Para out.rec
	refute_line --partial 'Engineers will begin'
	refute_line --partial 'The council had proposed three options'
	assert_line --partial 'Residents of the small harbour town'
}

@test "nw-strip: -f with a bad pattern names the file and line, exit 2" {
	printf 'fine\n(unclosed\n' > pats
	run nw-strip -f pats "$EN"
	assert_failure 2
	assert_output --partial 'nw-strip: pats:2: bad pattern'
}

@test "nw-strip: -f with a missing file fails with exit 2" {
	run nw-strip -f no-such-file "$EN"
	assert_failure 2
	assert_output --partial 'no-such-file'
}

@test "nw-strip: --check reports each finding and exits 1" {
	run --separate-stderr nw-strip --check "$EN"
	assert_failure 1
	[ -z "$output" ] || fail "--check wrote records: $output"
	grep -qxF 'tests/fixtures/strip-en.txt:732529f42ba2eeaf: boilerplate: "Advertisement"' <<<"$stderr" ||
		fail "no finding for Advertisement: $stderr"
	grep -qF ': boilerplate: "  • Home"' <<<"$stderr" ||
		fail "no finding for Home: $stderr"
}

@test "nw-strip: --check exits 0 on a clean article" {
	printf 'Id: c\nSource: clean.txt\nPara: %s\nPara: %s\n\n' \
	    'Residents of the harbour town voted on Tuesday to rebuild the sea wall that has protected their homes for a century.' \
	    'The council said that the work would begin in the summer and that most of the money would come from a regional fund.' > in.rec
	run nw-strip --check in.rec
	assert_success
	assert_output ''
}

@test "nw-strip: --check shortens a long excerpt" {
	printf 'Id: c\nSource: s.txt\nPara: Share\nPara: Copyright 2025 The Kelmouth Gazette and its licensors, all rights reserved, no copying\n\n' > in.rec
	run --separate-stderr nw-strip --check in.rec
	assert_failure 1
	grep -q '^s.txt:c: boilerplate: "Copyright 2025 .*\.\.\."$' <<<"$stderr" ||
		fail "no shortened excerpt: $stderr"
}

@test "nw-strip: a line repeated across records of one stream goes" {
	for n in 1 2 3 4; do
		printf 'Id: r%s\nTitle: Story %s\n' $n $n
		printf 'Para: Story number %s tells how the council of town %s voted to repair the bridge over the river before the winter.\n' $n $n
		printf 'Para: The mayor of town %s said that the vote was close and that work on the bridge would start in the spring.\n' $n
		printf 'Para: The Valley Courier is an independent newspaper, owned by its readers since the year it was founded.\n\n'
	done > in.rec
	nw-strip in.rec > out.rec
	# the template line goes once it has been seen in two earlier records
	run awk '/^Id: r4/,0' out.rec
	refute_output --partial 'The Valley Courier is an independent'
	assert_output --partial 'The mayor of town 4 said'
}

@test "nw-strip: the same article twice keeps its body both times" {
	cat "$EN" "$EN" "$EN" > in.rec
	nw-strip in.rec > out.rec
	[ "$(grep -c '^Para: Residents of the small harbour' out.rec)" -eq 3 ] ||
		fail "lost the body of a repeated article"
}

@test "nw-strip: passes a record descriptor through unchanged" {
	printf '%%rec: Article\n%%mandatory: Id\n\n' > in.rec
	cat "$EN" >> in.rec
	nw-strip in.rec > out.rec
	diff <(head -3 in.rec) <(head -3 out.rec)
}

@test "nw-strip: invalid record input is an error with FILE:LINE, exit 2" {
	printf 'Id: a\nPara: fine\nthis is not a field\n\n' > bad.rec
	run nw-strip bad.rec
	assert_failure 2
	assert_output --partial 'nw-strip: bad.rec:3:'
}

@test "nw-strip: invalid UTF-8 in records is an error, exit 2" {
	printf 'Id: a\nPara: caf\351\n\n' > bad.rec
	run nw-strip bad.rec
	assert_failure 2
	assert_output --partial 'bad.rec:2:'
}

@test "nw-strip: a missing input file is an error, exit 2" {
	run nw-strip no-such.rec
	assert_failure 2
	assert_output --partial 'no-such.rec'
}

@test "nw-strip: an unknown option prints usage, exit 2" {
	run nw-strip -z
	assert_failure 2
	assert_output --partial 'usage: nw-strip'
}

@test "nw-strip: --help shows the usage of the man page" {
	run nw-strip --help
	assert_success
	assert_line --index 0 'usage: nw-strip [-m] [-f FILE] [--check] [FILE ...]'
}

@test "nw-strip: reads stdin and writes nothing for empty input" {
	run nw-strip < /dev/null
	assert_success
	assert_output ''
}

@test "nw-strip: keeps Korean and Japanese body text" {
	printf 'Id: k\nPara: 시의회는 목요일 저녁 강변을 따라 새로운 자전거 도로를 건설하기로 결정했으며, 공사는 내년 봄에 시작될 예정이다.\nPara: 市議会は木曜日の夜、川沿いに新しい自転車道を建設することを決めた。工事は来年の春に始まる予定だ。\n\n' > in.rec
	run nw-strip in.rec
	assert_success
	assert_line --partial '시의회는 목요일'
	assert_line --partial '市議会は木曜日'
}

@test "nw-strip: a comment section after the article goes" {
	{
		printf 'Id: c\nTitle: Harbour wall vote\n'
		printf 'Para: Residents of the small harbour town voted on Tuesday to rebuild the crumbling sea wall that has protected their homes for more than a century.\n'
		printf 'Para: The council had proposed three options, and the full replacement won by a wide margin in a turnout that officials called the highest they could remember.\n'
		printf 'Para: The work is expected to cost about twelve million pounds, most of which will come from a regional flood defence fund over the next ten years.\n'
		printf 'Para: 2 Responses\n'
		printf 'Para:   • Martha Quill on March 4, 2025 at 9:12 am said:\n'
		printf 'Para:     I have lived on the front for forty years and I think this is the best news the town has had in a very long time, so thank you.\n'
		printf 'Para:   • Tom Reed on March 4, 2025 at 11:40 am said:\n'
		printf 'Para:     Twelve million is a lot of money for a wall, and I would like to know who is going to pay for it when the fund runs out.\n\n'
	} > in.rec
	run nw-strip in.rec
	assert_success
	assert_line --partial 'Residents of the small harbour town'
	assert_line --partial 'The work is expected to cost'
	refute_line --partial 'Martha Quill'
	refute_line --partial 'forty years'
	refute_line --partial 'who is going to pay'
}

@test "nw-strip: the body printed again after the article goes, the first copy stays" {
	a='The harbour board met on Monday evening and agreed that the old crane on the north quay will be taken down before the summer season begins.'
	b='Its steel frame has rusted through in several places, and an inspector found last month that two of the main bolts had sheared in the cold.'
	printf 'Id: d\nPara: %s\nPara: %s\nPara: %s %s\n\n' "$a" "$b" "$a" "$b" > in.rec
	nw-strip in.rec > out.rec
	run vals Para out.rec
	assert_line "$a"
	assert_line "$b"
	refute_line "$a $b"
	assert_equal "$(vals Para out.rec | wc -l)" 2
}

@test "nw-strip: a paragraph of symbols alone goes, even between two paragraphs" {
	a='The harbour board met on Monday evening and agreed that the old crane on the north quay will be taken down before the summer season begins.'
	b='Its steel frame has rusted through in several places, and an inspector found last month that two of the main bolts had sheared in the cold.'
	printf 'Id: n\nPara: %s\nPara: * * *\nPara: %s\nPara: \342\200\224 \342\200\242 \342\200\224\n\n' \
	    "$a" "$b" > in.rec
	nw-strip -m in.rec > out.rec
	run vals Para out.rec
	assert_line "$a"
	assert_line "$b"
	run vals Boiler out.rec
	assert_line '* * *'
	assert_line '— • —'
}

@test "nw-strip: a web address inside a sentence does not make it go" {
	a='The harbour board met on Monday evening and agreed that the old crane on the north quay will be taken down before the summer season begins.'
	b='The full report of the inspector can be read on the board site at https://harbour.example.org/reports/crane and copies are kept at the library.'
	printf 'Id: u\nPara: %s\nPara: %s\n\n' "$a" "$b" > in.rec
	nw-strip in.rec > out.rec
	run vals Para out.rec
	assert_line "$a"
	assert_line "$b"
}

@test "nw-strip: a rule of one character many times over goes" {
	a='The harbour board met on Monday evening and agreed that the old crane on the north quay will be taken down before the summer season begins.'
	r=$(printf '\342\224\201%.0s' $(seq 1 400))
	printf 'Id: r\nPara: %s\nPara: %s\nPara: %s\n\n' "$a" "$r" "$a is final." > in.rec
	nw-strip in.rec > out.rec
	run vals Para out.rec
	assert_line "$a"
	refute_line "$r"
}

@test "nw-strip: a Related heading drawn after a long rule still takes its headlines" {
	a='The harbour board met on Monday evening and agreed that the old crane on the north quay will be taken down before the summer season begins.'
	b='Its steel frame has rusted through in several places, and an inspector found last month that two of the main bolts had sheared in the cold.'
	r=$(printf '\342\224\201%.0s' $(seq 1 300))
	printf 'Id: h\nPara: %s\nPara: %s\nPara: %s Related Articles\nPara: Ferry timetable changes for the winter\nPara: Lighthouse keeper retires after forty years\n\n' \
	    "$a" "$b" "$r" > in.rec
	nw-strip -m in.rec > out.rec
	run vals Para out.rec
	assert_line "$a"
	assert_line "$b"
	run vals Boiler out.rec
	assert_line --partial 'Related Articles'
	assert_line 'Ferry timetable changes for the winter'
	assert_line 'Lighthouse keeper retires after forty years'
}

@test "nw-strip: a More on this story heading after the article takes its teasers, summaries too" {
	nw-strip "$FIXTURES/strip-teasers.rec" > out.rec
	run vals Para out.rec
	refute_line 'More on this story'
	refute_line 'Sur le même thème'
	refute_line --partial 'Beekeepers warn of a hard winter'
	refute_line --partial 'REPORT - The weekly market will open'
	refute_line --partial 'The family behind the press hopes'
	assert_line --partial 'Prices at the wholesale market have dropped'
	[ "$(grep -c '^Para:' out.rec)" -eq 8 ] ||
		fail "expected the 4 article paragraphs of each record"
}

@test "nw-strip: a Related heading stops at the next paragraph of prose" {
	printf '%s\n' 'Id: r1' 'Title: Ferry timetable changes' \
	    'Para: The ferry company will add a late crossing on Fridays and Saturdays from the first week of June, after a year in which the evening boats were often full.' \
	    'Para: Read more' 'Para: Harbour car park to close for repairs' \
	    'Para: The company said the extra crossings would run until the end of September and that tickets could be booked from next Monday at the harbour office.' \
	    > r.rec
	nw-strip r.rec > out.rec
	run vals Para out.rec
	refute_line 'Harbour car park to close for repairs'
	assert_line --partial 'The company said the extra crossings would run'
}

@test "nw-strip: indented comments after the article go (French)" {
	nw-strip "$FIXTURES/strip-comments.rec" > out.rec
	run vals Para out.rec
	refute_line --partial 'Marcel'
	refute_line --partial '12 mai 2025'
	refute_line --partial "C'est une très bonne idée"
	refute_line --partial 'Les voisins du terrain se plaignent'
	assert_line --partial 'Une association du quartier organisera des ateliers'
	[ "${#lines[@]}" -eq 4 ] || fail "expected 4 paragraphs, got ${#lines[@]}"
}

@test "nw-strip: the article goes on past marker lines and an inserted block" {
	nw-strip "$FIXTURES/strip-interrupted.rec" > out.rec
	run vals Para out.rec
	refute_line 'Article content'
	refute_line --partial 'Bakery on the high street'
	assert_line --partial 'The extra hours will be paid for'
	assert_line --partial 'Evenings are when most of our members'
	assert_line --partial 'Opening hours at the branch libraries'
	refute_line --partial 'sign up for our free weekly newsletter'
}

@test "nw-strip: indented teasers in a menu before the headline go, the short article stays" {
	nw-strip "$FIXTURES/strip-menu.rec" > out.rec
	run vals Para out.rec
	refute_line --partial 'Bridge Closure Extended Into March'
	refute_line --partial 'School Choir Wins Regional Contest'
	refute_line --partial 'Storm Brings Heavy Rain'
	assert_line --partial 'The county council on Tuesday approved'
	assert_line --partial 'The route will run every hour'
	[ "${#lines[@]}" -eq 3 ] || fail "expected 3 paragraphs, got ${#lines[@]}"
}

@test "nw-strip: an embedded post keeps its signature line" {
	nw-strip "$FIXTURES/strip-signature.rec" > out.rec
	run vals Para out.rec
	assert_line '    — Mayor Ann Hollis (@annhollis) June 14, 2025'
	assert_line '    — Sam Ortega (@sam_ortega) June 14, 2025'
	assert_line --partial 'What a day for our town'
	[ "${#lines[@]}" -eq 8 ] || fail "expected 8 paragraphs, got ${#lines[@]}"
}

@test "nw-strip: a subheading between marker lines stays" {
	nw-strip "$FIXTURES/strip-subhead.rec" > out.rec
	run vals Para out.rec
	assert_line 'A costly delay'
	assert_line --partial 'Fishing crews say the delay'
}

@test "nw-strip: a lead paragraph just above the headline stays, the menu and date line go" {
	nw-strip "$FIXTURES/strip-lead.rec" > out.rec
	run vals Para out.rec
	assert_line --partial 'Negotiators from both sides have spent'
	refute_line '  • Politics'
	refute_line --partial 'Updated 0412 GMT'
	[ "${#lines[@]}" -eq 4 ] || fail "expected 4 paragraphs, got ${#lines[@]}"
}
