#!/usr/bin/env bats
# nw-split: the headline and the section label, in page dumps and in
# article-only text; hard-wrapped lines joined into paragraphs, other
# lines left alone.
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# the value of the first field NAME of the first record
field() {
	nw-split "$2" | sed -n "s/^$1: //p" | head -n 1
}

@test "nw-split: finds the headline below the menus of a page dump" {
	run field Title "$FIXTURES/title-page.txt"
	assert_output 'Survey ship finds a lost lighthouse lens on the seabed'
}

@test "nw-split: the kicker right above the headline is the Section" {
	run field Section "$FIXTURES/title-page.txt"
	assert_output 'Science'
	run field Section "$FIXTURES/title-german.txt"
	assert_output 'Region'
	# and it comes right before the Title
	run sh -c "nw-split '$FIXTURES/title-page.txt' | grep -A1 '^Section:' | sed -n 2p"
	assert_output --partial 'Title: Survey ship'
}

@test "nw-split: the headline is not a caption, a byline or a date" {
	run field Title "$FIXTURES/title-german.txt"
	assert_output 'Stadtbücherei verlängert die Öffnungszeiten am Samstag'
	nw-split "$FIXTURES/title-german.txt" > out.rec
	run grep -c '^Para: Von Jonas Weidemann$' out.rec
	assert_output 1
	run grep -c '^Para: 12.03.2025, 08:15 Uhr$' out.rec
	assert_output 1
	run grep -c '^Para: Die Leseecke .* Foto: Stadtverwaltung$' out.rec
	assert_output 1
}

@test "nw-split: the headline is not a cookie prompt or the page's title line" {
	nw-split "$FIXTURES/title-page.txt" > out.rec
	run grep -c '^Para: We use cookies' out.rec
	assert_output 1
	run grep -c '^Para: Survey ship .* | The Coastal Courier$' out.rec
	assert_output 1
	run grep -c '^Title: ' out.rec
	assert_output 1
}

@test "nw-split: a headline shortly before the body beats the same line in a list of related stories" {
	# the related list repeats the headline as a list item, after the body
	nw-split "$FIXTURES/title-page.txt" > out.rec
	run sh -c "grep -n '^Title: ' out.rec | cut -d: -f1"
	t=$output
	run sh -c "grep -n '^Para: A survey ship mapping' out.rec | cut -d: -f1"
	[ "$t" -lt "$output" ]
}

@test "nw-split: finds the headline on the first line of article-only text" {
	run field Title "$FIXTURES/title-article.txt"
	assert_output 'Orchard growers count the cost of a late frost'
	run field Title "$FIXTURES/title-lines.txt"
	assert_output 'Council publishes its plan for the riverside path'
	run field Title "$FIXTURES/title-wrapped.txt"
	assert_output 'Notes on repairing an old tide clock'
}

@test "nw-split: a short text without body text takes its first line as the headline" {
	printf 'Opening hours\n\nMon-Fri 9-17\nSat 10-13\nClosed on public holidays\n' > hours.txt
	run field Title hours.txt
	assert_output 'Opening hours'
}

@test "nw-split: each article of one input gets its own headline" {
	{ cat "$FIXTURES/title-article.txt"; printf '\f\n'; cat "$FIXTURES/title-german.txt"; } > two.txt
	run sh -c 'nw-split two.txt | sed -n "s/^Title: //p"'
	assert_line --index 0 'Orchard growers count the cost of a late frost'
	assert_line --index 1 'Stadtbücherei verlängert die Öffnungszeiten am Samstag'
}

@test "nw-split: joins hard-wrapped lines, but not the items of a list" {
	nw-split "$FIXTURES/title-wrapped.txt" > out.rec
	# three wrapped paragraphs of 4, 3 and 3 lines: 7 continuation lines
	run grep -c '^+ ' out.rec
	assert_output 7
	run grep -c '^Para: - ' out.rec
	assert_output 3
	run grep -c '^Para: The tide clock in the harbour office stopped' out.rec
	assert_output 1
}

@test "nw-split: does not join lines of one paragraph per line" {
	nw-split "$FIXTURES/title-lines.txt" > out.rec
	run grep -c '^+ ' out.rec
	assert_output 0
	run grep -c '^Para: \|^Title: ' out.rec
	assert_output 7
}

@test "nw-split: does not join the rows of a table" {
	nw-split "$FIXTURES/title-table.txt" > out.rec
	run grep -c '^+ ' out.rec
	assert_output 0
	run grep -c '^Para: Dinghy ' out.rec
	assert_output 2
}

@test "nw-split: does not join the lines of a page dump" {
	nw-split "$FIXTURES/title-page.txt" "$FIXTURES/title-german.txt" > out.rec
	run grep -c '^+ ' out.rec
	assert_output 0
}

@test "nw-split: a large page with many headline-like lines stays fast" {
	awk 'BEGIN { for (i = 0; i < 200000; i++) {
		printf "Menu entry number %d of the site\n", i
		if (i % 50 == 0) printf "\nA paragraph of body text that goes on for a while, as body text does, until it ends here.\n\n"
	} }' > big.txt
	run timeout 20 nw-split big.txt
	assert_success
	run sh -c 'nw-split big.txt | grep -c "^Title: "'
	assert_output 1
}

@test "nw-split: a reading-time line above the headline is not the title" {
	run field Title "$FIXTURES/title-readtime.txt"
	assert_output 'Seefähre verspätet sich um fünf Monate, Zuschuss in Gefahr'
	nw-split "$FIXTURES/title-readtime.txt" > out.rec
	run grep -c '^Para: Lesezeit: 3 Min\. · Artikel anhören$' out.rec
	assert_output 1
}

@test "nw-split: a breadcrumb trail above the headline is not the title" {
	for trail in 'Startseite > Lokales > Hollerbach' 'Home › Local › Hollerbach' \
	    'Startseite / Lokales / Hollerbach' 'Start » Lokales » Hollerbach'; do
		sed "s|^Lesezeit: 3 Min\. · Artikel anhören\$|$trail|" \
		    "$FIXTURES/title-readtime.txt" > page.txt
		run grep -c -F "$trail" page.txt
		assert_output 1
		run field Title page.txt
		assert_output 'Seefähre verspätet sich um fünf Monate, Zuschuss in Gefahr'
	done
	# one slash in a headline is no trail
	sed 's|^Seefähre verspätet sich um fünf Monate, |Seefähre verspätet sich / |' \
	    "$FIXTURES/title-readtime.txt" > page.txt
	run field Title page.txt
	assert_output 'Seefähre verspätet sich / Zuschuss in Gefahr'
}

@test "nw-split: an indented comment below the article is not the title" {
	# a short notice, then a thread of comments that holds most of the text
	{
		printf 'Tidewater Choir\nConcerts | Join us | Contact\n\n'
		printf 'Rehearsal room moves to the library\n\nMay 2, 2025\n\n'
		printf 'Tuesdays at 7.30 pm, upstairs.\n\nComments\n\n'
		printf '  Ines, May 2, 2025\n\n'
		printf '    Will the piano come with us to the library?\n'
		printf '    The library room has only an old upright that nobody has tuned for years, and the altos rely on a proper piano for the new pieces we started in March, so it would be good to know before Tuesday whether someone is moving the hall piano or whether we should bring a keyboard.\n\n'
		printf '  Colm, May 3, 2025\n\n'
		printf '    Is there parking near the library in the evening?\n'
		printf '    The car park behind the market closes at seven, and several of us come from the villages on the far side of the river where there is no late bus, so a word from the committee about where we can leave cars on rehearsal nights would help a great deal.\n\n'
		printf '  Hilde, May 3, 2025\n\n'
		printf '    Can we still use the hall for the June concert?\n'
		printf '    The concert posters already give the hall as the venue, and the tickets have been on sale for a month, so if the repairs are not finished by then we will need to tell everyone who has bought one and print new posters with the library address.\n'
	} > thread.txt
	run field Title thread.txt
	assert_output 'Rehearsal room moves to the library'
	nw-split thread.txt > out.rec
	run grep -c '^Para:     Will the piano come with us' out.rec
	assert_output 1
}

@test "nw-split: the site's name repeated above the headline is neither the title nor the section" {
	run field Title "$FIXTURES/title-blog.txt"
	assert_output 'Switch-off before the frosts'
	nw-split "$FIXTURES/title-blog.txt" > out.rec
	run grep -c '^Para: Birchwood Lane Allotment Society$' out.rec
	assert_output 2
	run grep -c '^Section: \|^Title: Birchwood' out.rec
	assert_output 0
}

@test "nw-split: a caption doubled by its image's alt text is not the title" {
	run field Title "$FIXTURES/title-caption.txt"
	assert_output 'Kestrel Hut reopens, and the club asks for new helpers'
	nw-split "$FIXTURES/title-caption.txt" > out.rec
	run grep -c '^Para: The slate roof of the Kestrel Hut after the repairsThe slate roof' out.rec
	assert_output 1
}

@test "nw-split: a photo credit marked (C) above the headline is not the title" {
	# the doubled caption becomes one caption with a credit
	sed 's/^\(The slate roof.*repairs\)The slate roof.*/\1 (C) Ingrid Solberg/' \
	    "$FIXTURES/title-caption.txt" > credit.txt
	grep -q '^The slate roof of the Kestrel Hut after the repairs (C) Ingrid Solberg$' credit.txt
	run field Title credit.txt
	assert_output 'Kestrel Hut reopens, and the club asks for new helpers'
}

@test "nw-split: a line laid out in columns (an archive's toolbar) is not the title" {
	run field Title "$FIXTURES/title-columns.txt"
	assert_output 'Copenhagen Fashion Week AW20: Mette Lund'
	nw-split "$FIXTURES/title-columns.txt" > out.rec
	run grep -c '^Para: 14 captures  ' out.rec
	assert_output 1
}

@test "nw-split: a long headline that ends like a sentence is found when a byline follows it" {
	run field Title "$FIXTURES/title-long.txt"
	assert_output 'Mayor opens the new river ferry: «A small boat, but it brings the two halves of our old town together again after forty years»'
	run field Section "$FIXTURES/title-long.txt"
	assert_output 'Region'
}

@test "nw-split: a long headline with a subtitle between it and the byline is found" {
	sed 's/^by Elena Marchetti$/A six-minute crossing replaces the long drive around the bay\nby Elena Marchetti/' \
	    "$FIXTURES/title-long.txt" > sub.txt
	grep -q '^A six-minute crossing' sub.txt
	run field Title sub.txt
	assert_output 'Mayor opens the new river ferry: «A small boat, but it brings the two halves of our old town together again after forty years»'
}

@test "nw-split: rules drawn in box characters across a page dump are kept and do not hide the headline" {
	# w3m draws <hr> as a row of U+2501; the title line repeats the headline
	rule=$(printf '\342\224\201%.0s' $(seq 80))
	{
		printf 'Harbour Gazette | Ferry crews rehearse a winter rescue | Local news\n\n'
		printf 'Home  News  Sport  Weather\n\n%s\n\n' "$rule"
		printf 'Local\nFerry crews rehearse a winter rescue\n\n'
		printf 'By Mara Quill\n12.01.2026\n\n%s\n\n' "$rule"
		printf 'Crews from the three island ferries spent Saturday morning in the cold water off the north pier, practising how to lift a person from the sea onto a moving deck in heavy swell.\n\n'
		printf 'The drill is held every January, when the harbour is quiet and the water is at its coldest, so that new deckhands learn the routine before the busy spring timetable begins.\n\n'
		printf 'Volunteers from the lifeboat station played the part of passengers who had fallen overboard, and the crews timed each recovery from the first call to the moment the volunteer was wrapped in a blanket.\n\n'
		printf '%s\n\nShare this story\n' "$rule"
	} > hr.txt
	run field Title hr.txt
	assert_output 'Ferry crews rehearse a winter rescue'
	run field Section hr.txt
	assert_output 'Local'
	run sh -c "nw-split hr.txt | grep -c '^Para: $rule\$'"
	assert_output 3
}

@test "nw-split: a time told from now (\"2 hours ago\") below a headline is its date" {
	run field Title "$FIXTURES/title-ago.txt"
	assert_output 'Harbour board votes to rebuild the old ferry pier'
	for ago in '5 mins ago' '2 h ago' 'vor 2 Stunden' 'hace 2 horas' \
	    'il y a 2 heures'; do
		sed "s/^2 hours ago\$/$ago/" "$FIXTURES/title-ago.txt" > page.txt
		run grep -c -x "$ago" page.txt
		assert_output 1
		run field Title page.txt
		assert_output 'Harbour board votes to rebuild the old ferry pier'
	done
	# "3 years ago" in a headline does not make it a date
	sed 's/^Harbour board votes to rebuild the old ferry pier$/Harbour board votes to rebuild the pier it shut 3 years ago/' \
	    "$FIXTURES/title-ago.txt" > page.txt
	run field Title page.txt
	assert_output 'Harbour board votes to rebuild the pier it shut 3 years ago'
}

@test "nw-split: a caption cut short with an ellipsis above its full text is not the headline" {
	run field Title "$FIXTURES/title-cut.txt"
	assert_output 'Beekeepers count the cost of a wet summer in the upper valley'
	nw-split "$FIXTURES/title-cut.txt" > out.rec
	run grep -c '^Para: A beekeeper in a white veil .* one of her…$' out.rec
	assert_output 1
	# three periods cut it short too, and no date line is needed
	sed -e 's/from one of her…$/from one of her.../' \
	    -e '/^Published 3 September 2024/d' "$FIXTURES/title-cut.txt" > page.txt
	run grep -c 'from one of her\.\.\.$' page.txt
	assert_output 1
	run grep -c '^Published' page.txt
	assert_output 0
	run field Title page.txt
	assert_output 'Beekeepers count the cost of a wet summer in the upper valley'
}

@test "nw-split: a headline right below its date beats the teaser under it" {
	run field Title "$FIXTURES/title-dated.txt"
	assert_output 'How the tile server got twice as fast'
	nw-split "$FIXTURES/title-dated.txt" > out.rec
	run grep -c '^Para: Lots of coffee and some late nights were needed\. Curious?$' out.rec
	assert_output 1
}

@test "nw-split: a photo caption that reads like a sentence above the headline is not the headline" {
	run field Title "$FIXTURES/title-photo.txt"
	assert_output 'Tierheim am Deich bekommt ein neues Hundehaus'
	nw-split "$FIXTURES/title-photo.txt" > out.rec
	run grep -c '^Para: Zwei Pflegerinnen gehen .*(Archivbild)$' out.rec
	assert_output 1
}

@test "nw-split: a caption marked (Archivbild), (Bildmontage) or file photo is no headline" {
	# a byline and date, not a teaser, is under the headline: the mark
	# at the caption's end alone tells caption from headline
	run sed -n 6p "$FIXTURES/title-photo.txt"
	assert_output --regexp '^Von .* Uhr$'
	for mark in '(Archivbild)' '(Bildmontage)' '(AP file photo)'; do
		sed "s/(Archivbild)\$/$mark/" "$FIXTURES/title-photo.txt" > page.txt
		run grep -c "^Zwei Pflegerinnen .* $mark\$" page.txt
		assert_output 1
		run field Title page.txt
		assert_output 'Tierheim am Deich bekommt ein neues Hundehaus'
	done
	# the control: the same caption with a plain parenthesis reads
	# like a headline and is taken for it
	sed 's/(Archivbild)$/(Deich)/' "$FIXTURES/title-photo.txt" > page.txt
	run grep -c '^Zwei Pflegerinnen .* (Deich)$' page.txt
	assert_output 1
	run field Title page.txt
	assert_output 'Zwei Pflegerinnen gehen mit den Hunden am Deich entlang, die seit dem Frühjahr im Tierheim wohnen (Deich)'
}

@test "nw-split: a kicker ending in a colon above the headline is the Section" {
	sed '6s/^Region$/Mehr Bücher für die Stadtteile:/' \
	    "$FIXTURES/title-german.txt" > page.txt
	run sed -n 6p page.txt
	assert_output 'Mehr Bücher für die Stadtteile:'
	run field Section page.txt
	assert_output 'Mehr Bücher für die Stadtteile:'
	run field Title page.txt
	assert_output 'Stadtbücherei verlängert die Öffnungszeiten am Samstag'
	# a longer line ending in a colon is no kicker
	sed '6s/^Region$/Das lesen Sie heute in unserem Newsletter über die Bücher der Stadt:/' \
	    "$FIXTURES/title-german.txt" > page.txt
	run field Section page.txt
	assert_output ''
}

@test "nw-split: a tagline above a headline is not the headline: a teaser is a sentence" {
	run field Title "$FIXTURES/title-tagline.txt"
	assert_output 'Offline charts now work on every tablet we sell'
	nw-split "$FIXTURES/title-tagline.txt" > out.rec
	run grep -c '^Para: The newest notes and ideas from our lab' out.rec
	assert_output 1
}

@test "nw-split: a rights notice (All rights reserved) is a photo credit, not the Section" {
	for notice in 'All rights reserved' 'Alle Rechte vorbehalten' \
	    'Tous droits réservés'; do
		sed "6s/^Region\$/$notice/" "$FIXTURES/title-german.txt" > page.txt
		run sed -n 6p page.txt
		assert_output "$notice"
		run field Section page.txt
		assert_output ''
		run field Title page.txt
		assert_output 'Stadtbücherei verlängert die Öffnungszeiten am Samstag'
	done
}
