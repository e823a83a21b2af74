#!/usr/bin/env bats
# nw-byline: authors, bio, outlet, wire agency and dateline from the text.
load helper

BODY='The council met on Tuesday evening and voted by a wide margin to keep the old ferry service running for at least another ten years, officials said.'

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# A record with a headline, the line LINE and a body paragraph.
rec() {
	printf 'Id: t\nTitle: Harbour town votes to keep its ferry\nPara: %s\nPara: %s\n\n' "$1" "$BODY"
}

# Run nw-byline on in.rec into out.rec and print its Author values, one a
# line.  When nw-byline fails, say so: no assert_output can then pass.
byline() {
	nw-byline "$@" in.rec > out.rec || {
		echo "nw-byline failed: exit status $?"
		return 1
	}
	sed -n 's/^Author: //p' out.rec
}

# The Author values that nw-byline finds in LINE, one a line.
authors() {
	rec "$1" > in.rec && byline
}

# After run authors/byl: nw-byline succeeded, found no author and left
# every Para as it was.
assert_none() {
	assert_success
	assert_output ''
	grep '^Para: ' in.rec > in.para
	grep '^Para: ' out.rec > out.para || :
	cmp -s in.para out.para || fail "a Para was taken: $(diff in.para out.para)"
}

# The Author values of the record that printf FORMAT ARG... writes.
byl() {
	printf "$@" > in.rec && byline
}

@test "nw-byline: By NAME gives the name without the cue" {
	run authors 'By Jane Doe'
	assert_success
	assert_output 'Jane Doe'
}

@test "nw-byline: By NAME and NAME gives one Author per person, in order" {
	run authors 'By Jane Doe and Chidi Okafor'
	assert_output "$(printf 'Jane Doe\nChidi Okafor')"
}

@test "nw-byline: By NAME, NAME and NAME gives three authors" {
	run authors 'By Jane Doe, Chidi Okafor and Li Wei'
	assert_output "$(printf 'Jane Doe\nChidi Okafor\nLi Wei')"
}

@test "nw-byline: an ALL-CAPS byline is written in title case" {
	run authors 'BY JANE DOE AND JEAN-LUC O'"'"'BRIEN'
	assert_output "$(printf "Jane Doe\nJean-Luc O'Brien")"
}

@test "nw-byline: Von, Par, Por, Di and Door bylines in German, French, Spanish, Italian and Dutch" {
	run authors 'Von Jörg Müller und Anna Schmidt'
	assert_output "$(printf 'Jörg Müller\nAnna Schmidt')"
	run authors 'Par Élodie Lefèvre et Jean Dupont'
	assert_output "$(printf 'Élodie Lefèvre\nJean Dupont')"
	run authors 'Por María José García y Pedro Ruiz'
	assert_output "$(printf 'María José García\nPedro Ruiz')"
	run authors 'di Giulia Rossi e Marco Bianchi'
	assert_output "$(printf 'Giulia Rossi\nMarco Bianchi')"
	run authors 'Door Sanne de Vries en Pieter van den Berg'
	assert_output "$(printf 'Sanne de Vries\nPieter van den Berg')"
}

@test "nw-byline: Written by, Author:, Posted by, Story by and Words by" {
	for cue in 'Written by' 'Author:' 'Posted by' 'Story by' 'Words by' 'Autorin:' 'Text:'; do
		run authors "$cue Ruth Okonkwo"
		assert_output 'Ruth Okonkwo' || fail "cue '$cue'"
	done
}

@test "nw-byline: Autorin/Autor, a glued byX and NAME|Published lines" {
	run authors 'Autorin/Autor Ruth Okonkwo'
	assert_output 'Ruth Okonkwo'
	run authors 'byThandeka Zulu'
	assert_output 'Thandeka Zulu'
	run authors 'Zanoxolo Mbeki|Published 15 hours ago'
	assert_output 'Zanoxolo Mbeki'
}

@test "nw-byline: NAME | Outlet gives the author and the outlet" {
	printf 'Id: t\nTitle: T\nPara: By Jane Doe | The Daily Planet\n\n' > in.rec
	run nw-byline in.rec
	assert_success
	assert_line 'Author: Jane Doe'
	assert_line 'Outlet: The Daily Planet'
}

@test "nw-byline: NAME, Reuters gives the author and the agency" {
	printf 'Id: t\nTitle: T\nPara: By Jane Doe, Reuters\n\n' > in.rec
	run nw-byline in.rec
	assert_success
	assert_line 'Author: Jane Doe'
	assert_line 'Agency: Reuters'
	refute_line 'Author: Reuters'
}

@test "nw-byline: an agency joined by and is a co-author, by with it is not" {
	printf 'Id: t\nTitle: T\nPara: By Adam Vale and AP\n\n' > in.rec
	run nw-byline in.rec
	assert_success
	assert_line 'Author: Adam Vale'
	assert_line 'Author: AP'
	assert_line 'Agency: AP'
	printf 'Id: t\nTitle: T\nPara: Von Diana Roth mit AP\n\n' > in.rec
	run nw-byline in.rec
	assert_success
	assert_line 'Author: Diana Roth'
	refute_line 'Author: AP'
	assert_line 'Agency: AP'
}

@test "nw-byline: a byline naming only an agency credits the agency" {
	printf 'Id: t\nTitle: T\nPara: By Associated Press\n\n' > in.rec
	run nw-byline in.rec
	assert_success
	assert_line 'Author: Associated Press'
	assert_line 'Agency: Associated Press'
}

@test "nw-byline: reporters in a credit line are authors, editors are not" {
	run authors 'Reporting by Jane Doe and Li Wei; Additional reporting by Tom Hart; Editing by Bob Smith'
	assert_output "$(printf 'Jane Doe\nLi Wei\nTom Hart')"
}

@test "nw-byline: a date or time glued to the byline is left out" {
	run authors 'By Jane Doe | Updated 5:31 PM'
	assert_output 'Jane Doe'
	run authors 'Von Petra Lang 19.10.2019, 05:00 Uhr'
	assert_output 'Petra Lang'
	run authors 'October 19, 2019 by Tom Hart'
	assert_output 'Tom Hart'
	run authors 'by Cristina Lopez Apr. 28, 2023 1:15 pm'
	assert_output 'Cristina Lopez'
}

@test "nw-byline: role words are not part of the name" {
	run authors 'Jane Doe, Senior Correspondent'
	assert_output 'Jane Doe'
	run authors 'Anna Berger Redakteurin'
	assert_output 'Anna Berger'
	run authors 'By Tom Hart, Staff Writer'
	assert_output 'Tom Hart'
	run authors 'Amy Carter Political Correspondent'
	assert_output 'Amy Carter'
}

@test "nw-byline: initials, particles, hyphens, apostrophes and Jr. stay in names" {
	run authors 'By J.R.R. Tolkien'
	assert_output 'J.R.R. Tolkien'
	run authors 'By Ludwig van Beethoven and Omar al-Sayed'
	assert_output "$(printf 'Ludwig van Beethoven\nOmar al-Sayed')"
	run authors 'By Martin Luther King Jr.'
	assert_output 'Martin Luther King Jr.'
	run authors "By Seán O'Brien-Ní Bhriain"
	assert_output "Seán O'Brien-Ní Bhriain"
}

@test "nw-byline: names in Cyrillic, Greek and Korean scripts" {
	run authors 'Автор: Анна Петрова'
	assert_output 'Анна Петрова'
	run authors 'Von Γιώργος Παπαδόπουλος'
	assert_output 'Γιώργος Παπαδόπουλος'
	run authors '김혜진 기자'
	assert_output '김혜진'
	run authors '순천, 광양 구민수 기자 minsu@example.kr'
	assert_output '구민수'
	run authors '입력 2026.07.12 22:09'
	assert_none
}

@test "nw-byline: a name line with an e-mail address or a handle" {
	run authors 'Maria Santos maria.santos@example.org'
	assert_output 'Maria Santos'
	run authors 'Jane Doe @janedoe'
	assert_output 'Jane Doe'
}

@test "nw-byline: a user name after a cue, with a date" {
	run authors 'von gizmo42 am 12. Juni 2019'
	assert_output 'gizmo42'
	run authors 'Posted on 21. Juli 2019 by Quillfeather'
	assert_output 'Quillfeather'
	run authors 'Von Thilo / 6. November 2023 / Keine Kommentare'
	assert_output 'Thilo'
	run authors 'By Invitation'
	assert_none
	run authors 'di stagione'
	assert_none
	run authors 'von tennisclub.com'
	assert_none
	run authors 'ab März 2012'
	assert_none
}

@test "nw-byline: a date before a name, and a name with a date" {
	run authors '26. September 2019 Ulrike Brandt Schreibe einen Kommentar'
	assert_output 'Ulrike Brandt'
	run authors 'Marie Dubois | lundi 9 décembre 2019 à 09h08'
	assert_output 'Marie Dubois'
	run authors 'Lebensmittel Praxis 31.10.2023'
	assert_none
}

@test "nw-byline: the text credit of a line is kept, the photo credit is not" {
	run authors 'Text von Christian Huber     Illustration von Markus Roth'
	assert_output 'Christian Huber'
}

@test "nw-byline: a name line about someone in the story is not a byline" {
	printf 'Id: t\nTitle: T\nPara: Angela Berger\nPara: The mayor, Angela Berger, said on Monday that the old ferry would keep running for at least ten more years, whatever the council decides.\n\n' > in.rec
	run nw-byline in.rec
	assert_success
	refute_output --partial 'Author:'
	assert_line 'Para: Angela Berger'
}

@test "nw-byline: a cue on its own line and the names on the next" {
	printf 'Id: t\nTitle: T\nPara: Kommentar von\nPara: Ingrid Albers\nPara: %s\n\n' "$BODY" > in.rec
	run nw-byline in.rec
	assert_line --index 2 'Author: Ingrid Albers'
	refute_line 'Para: Kommentar von'
	refute_line 'Para: Ingrid Albers'
}

@test "nw-byline: an author's box after the article: the name, then a bio" {
	printf 'Id: t\nTitle: T\nPara: %s\nPara: %s\nPara: %s\nPara: Share\nPara: Print\nPara: Comments\nPara: Related\nPara: More\nPara: Ingrid Albers\nPara: Ingrid Albers lehrt Geschichte in Basel.\n\n' "$BODY" "$BODY" "$BODY" > in.rec
	run nw-byline in.rec
	assert_line 'Author: Ingrid Albers'
}

@test "nw-byline: a bare name line next to the headline" {
	run authors 'Michael Weber'
	assert_output 'Michael Weber'
}

@test "nw-byline: a bio gives the author, the outlet and a Bio field" {
	printf 'Id: t\nTitle: T\nPara: %s\nPara: Sarah Klein\nPara: Sarah Klein is a reporter for The Coastal Herald.\n\n' "$BODY" > in.rec
	run nw-byline in.rec
	assert_line 'Author: Sarah Klein'
	assert_line 'Bio: Sarah Klein is a reporter for The Coastal Herald.'
	assert_line 'Outlet: The Coastal Herald'
	refute_line 'Para: Sarah Klein'
}

@test "nw-byline: people the story merely mentions are not authors" {
	run authors 'said Emmanuel Macron'
	assert_none
	run authors 'Forces loyal to commander Khalifa Haftar advanced on Tuesday.'
	assert_none
	run authors 'Di Maio said the talks would go on'
	assert_none
	run authors 'By 2030 the town wants a new harbour'
	assert_none
}

@test "nw-byline: organizations, places, dates, Staff and menus are not names" {
	for line in 'By Staff' 'Email the author' 'Neue Artikel' 'Weitere Angebote' \
	    'Lebensmittel Praxis 31.10.2023' 'Von Berlin nach Hamburg' \
	    'Monday, 4 March 2024' 'Foto: Peter Kneffel/dpa' 'Photo by Jane Doe' \
	    'Getty Images' 'Follow us on Twitter'; do
		run authors "$line"
		assert_none || fail "took '$line' for a name"
	done
}

@test "nw-byline: a dateline gives the agency and the place" {
	printf 'Id: t\nTitle: T\nPara: PARIS (Reuters) - %s\n\n' "$BODY" > in.rec
	run nw-byline in.rec
	assert_line 'Agency: Reuters'
	assert_line 'Dateline: Paris'
	assert_line "Para: PARIS (Reuters) - $BODY"
}

@test "nw-byline: credit lines (AP), — AFP and dpa/sda give agencies and go" {
	for line in '(AP)' '— AFP' 'dpa/sda'; do
		printf 'Id: t\nTitle: T\nPara: %s\nPara: %s\n\n' "$BODY" "$line" > in.rec
		run nw-byline in.rec
		assert_line --partial 'Agency: ' || fail "no agency in '$line'"
		refute_line "Para: $line"
	done
}

@test "nw-byline: wire copy with no person credited has the agency as author" {
	printf 'Id: t\nTitle: T\nPara: BERLIN (dpa) - %s\n\n' "$BODY" > in.rec
	run nw-byline in.rec
	assert_line 'Author: dpa'
	assert_line 'Agency: dpa'
	printf 'Id: t\nTitle: T\nPara: By Jane Doe\nPara: BERLIN (dpa) - %s\n\n' "$BODY" > in.rec
	run nw-byline in.rec
	assert_line 'Author: Jane Doe'
	refute_line 'Author: dpa'
}

@test "nw-byline: an attribution in the text gives the agency" {
	printf 'Id: t\nTitle: T\nPara: The ferry will keep running, according to AFP, and the bridge plan is dead for now.\n\n' > in.rec
	run nw-byline in.rec
	assert_line 'Agency: AFP'
	refute_line --partial 'Author:'
}

@test "nw-byline: new fields go where the byline was, which is removed" {
	rec 'By Jane Doe' > in.rec
	run nw-byline in.rec
	assert_success
	assert_line --index 0 'Id: t'
	assert_line --index 1 'Title: Harbour town votes to keep its ferry'
	assert_line --index 2 'Author: Jane Doe'
	assert_line --index 3 "Para: $BODY"
	refute_line 'Para: By Jane Doe'
}

@test "nw-byline: -k keeps the byline paragraph" {
	rec 'By Jane Doe' | nw-byline -k > out.rec
	run grep -c '' out.rec
	assert_output 6
	run sed -n 3,4p out.rec
	assert_output "$(printf 'Author: Jane Doe\nPara: By Jane Doe')"
}

@test "nw-byline: other fields and comments pass through byte for byte" {
	printf '# a comment\nId: t\nX_Mine: value  \n+ second line\nTitle: T\nPara: By Jane Doe\nPara: x\\\\\nDate: 2024\n\n' > in.rec
	nw-byline in.rec > out.rec
	run diff <(grep -v '^Author: ' out.rec) <(grep -v '^Para: By Jane Doe' in.rec)
	assert_success
}

@test "nw-byline: records without a byline are unchanged" {
	printf 'Id: a\nTitle: T\nPara: %s\n\nId: b\nPara: Neue Artikel\n\n' "$BODY" > in.rec
	run sh -c 'nw-byline in.rec | cmp - in.rec'
	assert_success
}

@test "nw-byline: --check names each record without a byline and exits 1" {
	printf 'Id: a\nSource: one.txt\nTitle: T\nPara: By Jane Doe\n\nId: b\nSource: two.txt\nPara: %s\n\n' "$BODY" > in.rec
	run nw-byline --check in.rec
	assert_failure 1
	assert_line 'two.txt:b: no byline'
	refute_line --partial 'one.txt:a'
	rec 'By Jane Doe' > ok.rec
	run nw-byline --check ok.rec
	assert_success
}

@test "nw-byline: an English article through nw-split" {
	run sh -c "nw-split '$FIXTURES/byline-en.txt' | nw-byline"
	assert_success
	assert_line 'Author: Jane Doe'
	assert_line "Author: Jean-Luc O'Brien"
	assert_line 'Outlet: The Coastal Herald'
	assert_line 'Agency: Reuters'
	assert_line 'Dateline: Portmere'
	refute_line 'Author: Margaret Quill'
	refute_line --partial 'Para: By Jane Doe'
}

@test "nw-byline: a German article through nw-split, with dpa and a photo credit" {
	run sh -c "nw-split '$FIXTURES/byline-de.txt' | nw-byline"
	assert_line 'Author: Anna-Lena Müller'
	assert_line 'Author: Karl von der Heide'
	assert_line 'Agency: dpa'
	refute_line 'Author: Peter Kneffel'
	refute_line 'Author: Klaus Weber'
}

@test "nw-byline: a page without a byline gets no author" {
	run sh -c "nw-split '$FIXTURES/byline-none.txt' | nw-byline --check"
	assert_failure 1
	assert_output --partial 'no byline'
	refute_output --partial 'Author:'
}

@test "nw-byline: bad input is an error with the file and line, exit 2" {
	printf 'Id: a\nnot a field\n\n' > bad.rec
	run nw-byline bad.rec
	assert_failure 2
	assert_output --partial 'bad.rec:2:'
	run nw-byline no-such-file
	assert_failure 2
	run nw-byline -x
	assert_failure 2
	assert_output --partial 'usage: nw-byline'
}

@test "nw-byline: memory stays flat over many records" {
	need /usr/bin/time
	for i in $(seq 2000); do rec "By Jane Doe $i"; done > many.rec
	rec 'By Jane Doe' > one.rec
	/usr/bin/time -f %M nw-byline one.rec 2>one.mem >/dev/null
	/usr/bin/time -f %M nw-byline many.rec 2>many.mem >/dev/null
	[ "$(cat many.mem)" -lt $(( $(cat one.mem) + 1024 )) ]
}

@test "nw-byline: a bare name line under the headline, with given names of many languages" {
	for n in 'Oskari Lehtonen' 'Uriel Marchetti' 'Nikita Sorokin' 'Ophélie Vasseur' 'Lê Thanh Hương'; do
		run authors "$n"
		assert_output "$n" || fail "name '$n'"
	done
}

@test "nw-byline: a bare line of two capitalized common words is no name" {
	for l in 'Summer Sale' 'Meadow View' 'Kalender Download'; do
		run authors "$l"
		assert_none || fail "line '$l'"
	done
}

@test "nw-byline: a By glued to the name is still a byline" {
	run authors 'ByJane Doe'
	assert_output 'Jane Doe'
	run authors 'March 3, 2021 byTomasz Wrona Post a Comment'
	assert_output 'Tomasz Wrona'
	run authors 'Bytes and Bits'
	assert_none
}

@test "nw-byline: a cue later on a line that starts with Posted or Veröffentlicht" {
	run authors 'Posted in Recipes by kitchenfan on March 3, 2021'
	assert_output 'kitchenfan'
	run authors 'Veröffentlicht am Mi, 12. Februar 2020, 09:15 von Wanderfalke'
	assert_output 'Wanderfalke'
	run authors 'Veröffentlicht von Bergfink'
	assert_output 'Bergfink'
	run authors 'Posted on 4. März 2017 by LK'
	assert_output 'LK'
	run authors 'Posted in Recipes by the sea'
	assert_none
}

@test "nw-byline: a date in Spanish after the name: Publicado hace 3 horas" {
	run authors 'Gabriela Ruiz Peña | Publicado hace 3 horas'
	assert_output 'Gabriela Ruiz Peña'
}

# A record: headline, LINE, the line under it, then the body.
rec2() {
	printf 'Id: t\nTitle: Harbour town votes to keep its ferry\nPara: %s\nPara: %s\nPara: %s\n\n' "$1" "$2" "$BODY"
}

# The Author values that nw-byline finds in the lines LINE1 and LINE2.
authors2() {
	rec2 "$1" "$2" > in.rec && byline
}

@test "nw-byline: a name line over a date line is a byline, even with an unknown given name" {
	run authors2 'Kwabeno Asantewaa' '12:43, 20 Apr 2026 Updated 12:44'
	assert_output 'Kwabeno Asantewaa'
	run authors2 'Kwabeno Asantewaa' '• Published: 22:04, 22 Apr 2024'
	assert_output 'Kwabeno Asantewaa'
	run authors 'Kwabeno Asantewaa | Published 1 day ago'
	assert_output 'Kwabeno Asantewaa'
}

@test "nw-byline: an unknown two-word line is no name without a date line, nor a heading or a word in caps" {
	run authors 'Kwabeno Asantewaa'
	assert_none
	for l in 'Letzte Aktualisierung' 'HIFI Test' 'Smart Pop-Ins'; do
		run authors2 "$l" '12.03.2024'
		assert_none || fail "line '$l'"
	done
}

@test "nw-byline: a name and a date under the article are a comment, not the byline" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: %s\nPara: Gefällt mir\nPara: Ray Holm\nPara: 10.01.2017\nPara: Great news.\n\n' "$BODY" "$BODY"
	assert_none
}

JABODY='市議会は火曜日の夜に会合を開き、古いフェリーの運航を少なくとも今後十年間続けることを大差で可決した。市の担当者によると、島の住民の多くがこの航路に頼っており、廃止の案には強い反対があったという。'

@test "nw-byline: a Japanese name alone under the headline, credited again in the text" {
	run byl 'Id: t\nTitle: 港町がフェリー存続を決定\nPara: 山本花子\nPara: %s\nPara: %s【港町＝山本花子】\n\n' "$JABODY" "$JABODY"
	assert_output '山本花子'
}

@test "nw-byline: a Japanese section name or date under the headline is no author" {
	for l in '国際' '特集一覧' '2025年1月14日 01時28分'; do
		run byl 'Id: t\nTitle: 港町がフェリー存続を決定\nPara: %s\nPara: %s\n\n' "$l" "$JABODY"
		assert_none || fail "line '$l'"
	done
}

@test "nw-byline: a Japanese name under the headline that the story is about is no author" {
	run byl 'Id: t\nTitle: 港町がフェリー存続を決定\nPara: 山本花子\nPara: 昨日の会見で山本花子市長は、%s\n\n' "$JABODY"
	assert_none
}

@test "nw-byline: a byline that names only the publication or an agency makes it the author" {
	run authors 'Par Les Échos du Port'
	assert_output 'Les Échos du Port'
	run authors 'By Harbourwire with Agencies'
	assert_output 'Harbourwire'
	run authors 'Von dpa 30.04.2024, 18:58'
	assert_output 'dpa'
	rec 'Par Les Échos du Port' | nw-byline | grep -q '^Outlet: Les Échos du Port$'
}

@test "nw-byline: a heading that starts with Von or By is no publication" {
	for l in 'Von Risiken und Nebenwirkungen' 'Von Fähren, Häfen und Inseln' 'Von Fähren' 'By Staff' 'By The Numbers and More'; do
		run authors "$l"
		assert_none || fail "line '$l'"
	done
}

@test "nw-byline: an author's box (the name twice) far from the headline" {
	fill=$(for i in $(seq 1 45); do printf 'Para: Menu item %s\n' "$i"; done)
	run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: %s\n%s\nPara: Martina Kovač\nPara: Martina Kovač\nPara: More from the author\n\n' "$BODY" "$BODY" "$fill"
	assert_output 'Martina Kovač'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: %s\n%s\nPara: Touch Bar\nPara: Touch Bar\nPara: BY DATE\nPara: BY DATE\n\n' "$BODY" "$BODY" "$fill"
	assert_none
}

@test "nw-byline: a byline under the headline beats one under a teaser further down" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Von Jana Weber\nPara: %s\nPara: %s\nPara: %s\nPara: Mehr zum Thema\nPara: Von Tobias Brandt\nPara: Fährstreik in Kiel\n\n' "$BODY" "$BODY" "$BODY"
	assert_output 'Jana Weber'
}

@test "nw-byline: an address is no list of names, a full stop is no part of a name" {
	run authors 'Karim Haddad, Avenue Habib Thameur, Tunis.'
	assert_none
	run authors 'By Tatyana Moreno.'
	assert_output 'Tatyana Moreno'
	run authors 'By Sam Hill Jr.'
	assert_output 'Sam Hill Jr.'
}

@test "nw-byline: whom the author talked to is no co-author, a user name may end in a capital" {
	run authors 'Ein Interview von Jonas Ebert mit Klara Hesse.'
	assert_output 'Jonas Ebert'
	run authors 'By Dana Whitfield with AP'
	assert_output 'Dana Whitfield'
	run authors 'Veröffentlicht von TomB'
	assert_output 'TomB'
}

@test "nw-byline: the name over the headline is the author, unless the story is about that person" {
	run byl 'Id: t\nSection: Helena Marsh\nTitle: Harbour town votes\nPara: %s\n\n' "$BODY"
	assert_output 'Helena Marsh'
	run byl 'Id: t\nSection: Climate Change\nTitle: Harbour town votes\nPara: %s\n\n' "$BODY"
	assert_none
	run byl 'Id: t\nSection: Helena Marsh\nTitle: Harbour town votes\nPara: The mayor, Helena Marsh, met on Tuesday evening with the council and voted by a wide margin to keep the old ferry service running for ten more years.\n\n'
	assert_none
}

@test "nw-byline: a name with a day's date stays the author when the text quotes the author" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Arne Lindqvist | 29. Dezember 2022 | Hafen-Welt\nPara: Welche Folgen das hat, hat Arne Lindqvist, Analyst bei einer Reederei, für uns in einem langen Beitrag skizziert, den wir hier gerne veröffentlichen.\n\n'
	assert_output 'Arne Lindqvist'
}

@test "nw-byline: a cue after a label and a bar; capitalized particles inside a name" {
	run authors 'Recipes | By Cara Whitlow | April 13, 2020'
	assert_output 'Cara Whitlow'
	run authors 'Accueil | Par Loïc Le Gall | 30 septembre 2018'
	assert_output 'Loïc Le Gall'
	run authors 'Por Verónica De Luca'
	assert_output 'Verónica De Luca'
}

@test "nw-byline: Korean reporter lines (이름 기자) far above the headline, one per line, in order" {
	fill=$(for i in $(seq 1 44); do printf 'Para: 메뉴 %s\n' "$i"; done)
	run byl 'Id: t\nPara: 김민수 기자\nPara: 사진\nPara: 이지은 기자\n%s\nTitle: 항구 도시 페리 운항 유지 결정\nPara: 시의회는 화요일 저녁 회의를 열고 오래된 페리 운항을 최소 10년 더 유지하기로 큰 표 차로 의결했다고 관계자들이 밝혔다. 주민들은 이 노선에 크게 의존하고 있다.\n\n' "$fill"
	assert_output "$(printf '김민수\n이지은')"
}

@test "nw-byline: a caption with a wire photo credit is no byline, a name the story calls by surname is no author" {
	run authors 'Dmitri Orlov, periodista ruso y premio de la paz (REUTERS/Jan Novak)'
	assert_none
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Walter Brennan\nPara: The council met on Tuesday and Brennan, the mayor, said the old ferry service would keep running for at least another ten years.\n\n'
	assert_none
}

@test "nw-byline: a cue after a time (Uhr von), klo is no user name, a full name beats a user name" {
	run authors '02.02.2022, 11:30 Uhr von Markus Albrecht'
	assert_output 'Markus Albrecht'
	run authors '3 March 2024 10:15 GMT by Markus Albrecht'
	assert_output 'Markus Albrecht'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: 19.2.2020 klo 14.00\nPara: Aino Virtanen\nPara: %s\n\n' "$BODY"
	assert_output 'Aino Virtanen'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Gespeichert von wanderer am 7. Juli 2019\nPara: Blog Beitrag von Margarete Holm\nPara: %s\n\n' "$BODY"
	assert_output 'Margarete Holm'
}

@test "nw-byline: a bare line in capitals is no name" {
	run authors 'HAFEN MARKT'
	assert_none
}

@test "nw-byline: a name line with a link to the author under it, or the name again with a comma" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Hinnerk Olderog\nPara: Alle Artikel von Hinnerk Olderog\nPara: %s\n\n' "$BODY"
	assert_output 'Hinnerk Olderog'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Amelie Brandt\nPara: Amelie Brandt,\nPara: %s\n\n' "$BODY"
	assert_output 'Amelie Brandt'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Amelie Brandt\nPara: More stories by Amelie Brandt\nPara: %s\n\n' "$BODY"
	assert_output 'Amelie Brandt'
}

@test "nw-byline: a name over a place-and-date line, a few lines into the page" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: Photo of the harbour\nPara: • Text size\nPara: • Share\nPara: • Comment\nPara: • Lucía Ferrándiz\nPara: Vigo-29/05/2025 20:00\nPara: %s\n\n' "$BODY" "$BODY"
	assert_output 'Lucía Ferrándiz'
}

@test "nw-byline: a date line over an unknown name right above the text" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: In Local News\nPara: May 14, 2025\nPara: Tsepo Mahlaela\nPara: %s\n\n' "$BODY"
	assert_output 'Tsepo Mahlaela'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: May 14, 2025\nPara: Tsepo Mahlaela\nPara: Some other line\nPara: %s\n\n' "$BODY"
	assert_none
}

@test "nw-byline: a byline after a rule of dashes; a contact line and one word twice are none" {
	run authors '---- by Kenneth Marlowe'
	assert_output 'Kenneth Marlowe'
	run authors 'Kontaktieren Sie uns: redaktion@example.de'
	assert_none
	run authors 'von Hafenteam Hafenteam 28. Januar 2022, 12:01'
	assert_success
	assert_output ''
}

@test "nw-byline: a date then a user name then a comment counter; the author's picture before the name" {
	run authors '28. Januar 2015 wanderkarl Schreibe einen Kommentar'
	assert_output 'wanderkarl'
	run authors 'Avatar Frank Hollmann am 18. September 2019'
	assert_output 'Frank Hollmann'
	run authors '28. Januar 2015 jpg'
	assert_none
}

@test "nw-byline: a sentence about the author after an author cue (Über den Autor: Dr. NAME ist ...) is a bio, not a mention" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Jonas Brandstetter\nPara: %s\nPara: Über den Autor: Dr. Jonas Brandstetter ist Redakteur im Ressort Küste und schreibt seit 2011 über Schifffahrt, Häfen und den Verkehr zu den Inseln.\n\n' "$BODY"
	assert_success
	assert_output 'Jonas Brandstetter'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Jonas Brandstetter\nPara: %s\nPara: Der Reeder Jonas Brandstetter ist seit 2011 Chef der Fährlinie und sagte am Dienstag, die Schiffe würden noch mindestens zehn Jahre fahren.\n\n' "$BODY"
	assert_none
}

@test "nw-byline: more wire agencies, such as Kathpress, in a byline and in a credit line" {
	run authors 'Von Anna Roth, Kathpress'
	assert_output 'Anna Roth'
	rec 'Von Anna Roth, Kathpress' | nw-byline | grep -q '^Agency: Kathpress$'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: Quelle: Kathpress\n\n' "$BODY"
	assert_output 'Kathpress'
}

@test "nw-byline: a line of four names in a row under a one-name-a-line byline is a tag list, not a co-author" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Steffen Salm\nPara: Daniela Brückner Ernesto Montes\nPara: %s\n\n' "$BODY"
	assert_output 'Steffen Salm'
}

@test "nw-byline: a story about someone whose name is a line above the text (Mayor NAME was ...) does not make them the author" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Walter Brennan\nPara: %s\nPara: Mayor Walter Brennan was re-elected last spring and said on Tuesday that the ferry would keep running to the islands for as long as he held the office.\n\n' "$BODY"
	assert_success
	assert_none
	grep -qx 'Para: Walter Brennan' out.rec
}

@test "nw-byline: common family names ending like nouns (Fischer, Jensen, Walter, Becker, Hansen) over a date line" {
	for n in 'Kwabeno Fischer' 'Kwabeno Jensen' 'Kwabeno Walter' 'Adaeze Becker' 'Adaeze Hansen' 'Adaeze Müller'; do
		run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: May 14, 2025\nPara: %s\n\n' "$n" "$BODY"
		assert_success
		assert_output "$n"
	done
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Neue Regierung\nPara: May 14, 2025\nPara: %s\n\n' "$BODY"
	assert_success
	assert_none
	grep -qx 'Para: Neue Regierung' out.rec
}

# A page: headline, three paragraphs of text, then N short menu lines,
# then the lines given.
farpage() {
	n=$1
	shift
	{
		printf 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: %s\nPara: %s\n' "$BODY" "$BODY" "$BODY"
		i=0
		while [ "$i" -lt "$n" ]; do
			printf 'Para: Menu item %d\n' "$i"
			i=$((i + 1))
		done
		for l; do
			printf 'Para: %s\n' "$l"
		done
		printf '\n'
	} > in.rec
}

@test "nw-byline: an author cue line far under the text names the author when nothing else does" {
	farpage 60 'Autor: Jonas Brandstetter'
	run byline
	assert_success
	assert_output 'Jonas Brandstetter'
	# two different far cue lines are teasers: no author
	farpage 60 'Autor: Jonas Brandstetter' 'Menu item' 'Autor: Amelie Brandt'
	run byline
	assert_none
	# an indented menu entry is none either
	farpage 60 '    By Jonas Brandstetter'
	run byline
	assert_none
	# the cue on a line of its own, the name on the next: both go
	farpage 60 'Autor*in' 'Jonas Brandstetter (Redakteur im Ressort Küste)'
	run byline
	assert_success
	assert_output 'Jonas Brandstetter'
	run grep -c '^Para: .*\(Brandstetter\|Autor\)' out.rec
	assert_output 0
}

@test "nw-byline: a bare name right under the text signs it, though long teasers follow further down" {
	{
		printf 'Id: t\nTitle: Harbour town votes\n'
		for i in 1 2 3 4 5 6 7 8 9; do
			printf 'Para: %s\n' "$BODY"
		done
		printf 'Para: Jonas Brandstetter\nPara: Latest news\n'
		for i in 1 2 3 4 5 6 7 8 9 10; do
			printf 'Para:   • The lighthouse keeper number %d retired after forty years on the rock, and the town plans a small party at the pier for everyone next weekend.\n' "$i"
		done
		printf '\n'
	} > in.rec
	run byline
	assert_success
	assert_output 'Jonas Brandstetter'
}

@test "nw-byline: an outlet's byline with the publishing date under it, a few lines under the lede" {
	{
		printf 'Id: t\nTitle: Harbour town votes\nPara: %s\n' "$BODY"
		printf 'Para: %s\n' 'Save' 'Comment' 'Share' 'Print' 'Listen' '3 min read' 'Par Le Courrier du Port' 'Publié le 3 mai 2024 à 17:45' "$BODY"
		printf '\n'
	} > in.rec
	run byline
	assert_success
	assert_output 'Le Courrier du Port'
	# without the date line it is too far from the text
	sed '/^Para: Publié/d' in.rec > in2.rec && mv in2.rec in.rec
	run byline
	assert_none
}

@test "nw-byline: a line of two-word names only, between headline and text, is a byline though the given names are unknown" {
	run authors 'Kwabeno Asantewaa/Oyelaran Mabuza'
	assert_success
	assert_output "$(printf 'Kwabeno Asantewaa\nOyelaran Mabuza')"
	run authors 'Neue Regierung / Kleine Schritte'
	assert_none
}

@test "nw-byline: of two name-and-date bylines, the one the text starts under wins over a teaser's" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Jonas Brandstetter\nPara: March 3, 2024\nPara: Read next: the lighthouse gets a new lamp\nPara: Amelie Brandt\nPara: March 3, 2024\nPara: %s\nPara: %s\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Amelie Brandt'
}

@test "nw-byline: a byline under the text that starts with a count of comments is a teaser's, not the article's" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: 12. Mai 2025 um 09:20 Uhr / Jonas Brandstetter\nPara: %s\nPara: %s\nPara: 7 Kommentare / Von Amelie Brandt\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Jonas Brandstetter'
}

@test "nw-byline: Text & Fotos: NAME and Text und Fotos: NAME are bylines, not photo credits" {
	run authors 'Text & Fotos: Jonas Brandstetter'
	assert_success
	assert_output 'Jonas Brandstetter'
	run authors 'Text und Fotos: Amelie Brandt'
	assert_success
	assert_output 'Amelie Brandt'
	run authors 'Fotos: Amelie Brandt'
	assert_none
}

@test "nw-byline: a name line over one-word lines is a list of the story's tags, over share buttons it is a name" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: %s\nPara: Jonas Brandstetter\nPara: Politik\nPara: Schifffahrt\n\n' "$BODY" "$BODY"
	assert_none
	run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: %s\nPara: Jonas Brandstetter\nPara: Facebook\nPara: Twitter\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Jonas Brandstetter'
}

@test "nw-byline: About the author - NAME, and Über den Autor over the name, name the author" {
	run authors 'About the Author - Amelie Brandt'
	assert_success
	assert_output 'Amelie Brandt'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: %s\nPara: Über den Autor\nPara: Kwabeno Asantewaa\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Kwabeno Asantewaa'
}

@test "nw-byline: an outlet's logo after the byline is no part of the name, nor a name itself" {
	run authors 'By Amelie Brandt KHPT logo'
	assert_success
	assert_output 'Amelie Brandt'
	run authors 'By Jonas Brandstetter WHRB icon'
	assert_success
	assert_output 'Jonas Brandstetter'
	run authors 'Daily logo 14.05.2024 Jonas Brandstetter'
	assert_success
	assert_output 'Jonas Brandstetter'
	run authors 'Kanal Logo Kanal'
	assert_none
}

@test "nw-byline: a department after the name and a comma is no second author" {
	run authors 'By Amelie Brandt, Corporate Communications'
	assert_success
	assert_output 'Amelie Brandt'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: Interview: Chidi Okafor, Community Relations\nPara: %s\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Chidi Okafor'
}

@test "nw-byline: an unknown given name with a capitalized particle (NAME De NAME) over a date line or over the name with a role" {
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Kwabeno De Mabuza\nPara: March 14, 2024\nPara: %s\nPara: %s\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Kwabeno De Mabuza'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: Fotos: Harbour Radio\nPara: Tsegaye Le Okonkwo\nPara: Tsegaye Le Okonkwo, Reporterin\nPara: %s\nPara: %s\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Tsegaye Le Okonkwo'
}

@test "nw-byline: a line of names under a related heading below the text is a teaser's caption, no author" {
	run byl 'Id: t\nTitle: Harbour town votes to keep its ferry\nPara: Jane Doe\nPara: %s\nPara: %s\nPara: %s\nPara: More on this topic\nPara: Oyelaran Mabuza and Tsegaye Okonkwo\nPara: Troops withdrawn? Forces at the border\n\n' "$BODY" "$BODY" "$BODY"
	assert_success
	assert_output 'Jane Doe'
	run byl 'Id: t\nTitle: Harbour town votes to keep its ferry\nPara: %s\nPara: %s\nPara: %s\nPara: More on this topic\nPara: Oyelaran Mabuza / Tsegaye Okonkwo\nPara: Troops withdrawn? Forces at the border\n\n' "$BODY" "$BODY" "$BODY"
	assert_none
	run byl 'Id: t\nTitle: Harbour town votes to keep its ferry\nPara: %s\nPara: %s\nPara: Oyelaran Mabuza / Tsegaye Okonkwo\nPara: Related\nPara: Troops withdrawn? Forces at the border\n\n' "$BODY" "$BODY"
	assert_none
	run byl 'Id: t\nTitle: Harbour town votes to keep its ferry\nPara: Jane Doe\nPara: Oyelaran Mabuza / Tsegaye Okonkwo\nPara: %s\nPara: %s\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Jane Doe'
}

@test "nw-byline: a line of known names only under the text is a caption, the bare name under the headline is the author" {
	run byl 'Id: t\nTitle: Harbour town votes to keep its ferry\nPara: Jane Doe\nPara: %s\nPara: %s\nPara: %s\nPara: Related\nPara: Anna Schmidt and Pedro Ruiz\nPara: Troops withdrawn? Forces at the border\n\n' "$BODY" "$BODY" "$BODY"
	assert_success
	assert_output 'Jane Doe'
	run authors 'Anna Schmidt and Pedro Ruiz'
	assert_success
	assert_output "$(printf 'Anna Schmidt\nPedro Ruiz')"
}

@test "nw-byline: an author's box of name, role and city under the headline is no tag list" {
	run byl 'Id: t\nTitle: Harbour town votes to keep its ferry\nPara: Jane Doe\nPara: Reporter\nPara: Berlin\nPara: %s\nPara: %s\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Jane Doe'
	run byl 'Id: t\nTitle: Harbour town votes to keep its ferry\nPara: Jane Doe\nPara: Korrespondentin\nPara: Brüssel\nPara: %s\nPara: %s\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Jane Doe'
	run byl 'Id: t\nTitle: Harbour town votes to keep its ferry\nPara: Jane Doe\nPara: Editor\nPara: London\nPara: %s\nPara: %s\n\n' "$BODY" "$BODY"
	assert_success
	assert_output 'Jane Doe'
}

@test "nw-byline: About the author and Über den Autor after a leading dash or after a label and a bar" {
	run authors '— About the Author - Amelie Brandt'
	assert_success
	assert_output 'Amelie Brandt'
	run authors 'Share this story | About the author: Amelie Brandt'
	assert_success
	assert_output 'Amelie Brandt'
	run authors 'Posted in News | Über den Autor: Jonas Brandstetter'
	assert_success
	assert_output 'Jonas Brandstetter'
	run byl 'Id: t\nTitle: Harbour town votes\nPara: %s\nPara: %s\nPara: %s\nPara: %s\nPara: Tags: Hafen, Fähre\nPara: Posted in News | Über den Autor: Jonas Brandstetter\n\n' "$BODY" "$BODY" "$BODY" "$BODY"
	assert_success
	assert_output 'Jonas Brandstetter'
	run authors 'We talked about the author Amelie Brandt and her harbour book'
	assert_none
}

@test "nw-byline: a job title after the name and a comma is dropped whole, no second author" {
	run authors 'By Lena Brauer, Senior Manager Digital Marketing'
	assert_success
	assert_output 'Lena Brauer'
	run authors 'Von Lena Brauer, Senior Director Customer Relations'
	assert_success
	assert_output 'Lena Brauer'
	run authors 'By Kwabeno Asantewaa, Head Of Community Radio Services'
	assert_success
	assert_output 'Kwabeno Asantewaa'
	run authors 'By Sanne de Vries, Pieter van den Berg and Oyelaran La Asantewaa'
	assert_success
	assert_output "$(printf 'Sanne de Vries\nPieter van den Berg\nOyelaran La Asantewaa')"
}

@test "nw-byline: two organisations joined by a slash or and under the headline are no authors" {
	run authors 'Harbour Board / County Council'
	assert_none
	run authors 'Harbour Board and County Council'
	assert_none
	run authors 'Stadtwerke Mühlbach / Gemeinde Seewald'
	assert_none
	run authors 'Kwabeno Asantewaa / Oyelaran Mabuza'
	assert_success
	assert_output "$(printf 'Kwabeno Asantewaa\nOyelaran Mabuza')"
}
