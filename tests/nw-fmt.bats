#!/usr/bin/env bats
# nw-fmt: records to text, Markdown, JSON Lines, HTML, TSV, raw, rec.
load helper

setup() {
	cd "$BATS_TEST_TMPDIR"
	R=$FIXTURES/fmt.rec
}

@test "nw-fmt: text has the title, a By line and the paragraphs" {
	run nw-fmt -f text "$R"
	assert_success
	assert_line --index 0 'Ein *Titel* mit _Zeichen_ & <Tags>'
	assert_line --index 1 'By Jane Doe, Chidi Okafor and Li Wei'
	assert_line --index 3 'Zweiter Absatz mit "Anführungszeichen" und einem Tab über zwei Zeilen'
	refute_output --partial 'Newsletter'
}

@test "nw-fmt: text is the default format" {
	run diff <(nw-fmt "$R") <(nw-fmt -f text "$R")
	assert_success
}

@test "nw-fmt: text wraps at -w columns by display width" {
	printf 'Id: a\nPara: one two three four five six seven eight nine ten\n\n' > in.rec
	run nw-fmt -w 20 in.rec
	assert_line --index 0 'one two three four'
	assert_line --index 1 'five six seven eight'
	assert_line --index 2 'nine ten'
	# CJK characters are two columns wide: five of them fill ten
	printf 'Id: a\nPara: 漢字漢字漢 字漢字漢字 漢字\n\n' > cjk.rec
	run nw-fmt -w 10 cjk.rec
	assert_line --index 0 '漢字漢字漢'
	assert_line --index 1 '字漢字漢字'
	# most emoji are two columns wide too
	printf 'Id: a\nPara: \360\237\230\200\360\237\230\200\360\237\230\200 ab\n\n' > emoji.rec
	run nw-fmt -w 8 emoji.rec
	assert_line --index 0 "$(printf '\360\237\230\200\360\237\230\200\360\237\230\200')"
	assert_line --index 1 'ab'
	# combining marks take no column: e + U+0301 is one column
	printf 'Id: a\nPara: cafe\314\201 cafe\314\201 cafe\314\201\n\n' > comb.rec
	run nw-fmt -w 10 comb.rec
	assert_line --index 0 "$(printf 'cafe\314\201 cafe\314\201')"
}

@test "nw-fmt: -b shows Boiler paragraphs, marked" {
	run nw-fmt -b "$R"
	assert_output --partial '[boilerplate] Newsletter abonnieren'
}

@test "nw-fmt: md escapes what would become markup" {
	run nw-fmt -f md "$R"
	assert_success
	assert_line --index 0 '# Ein \*Titel\* mit \_Zeichen\_ \& \<Tags\>'
	assert_line --index 1 '*By Jane Doe, Chidi Okafor and Li Wei*'
	assert_line --index 2 '\# not a heading, 1. not a list, a \[link\](x) and a \`tick\`'
}

@test "nw-fmt: md escapes a list number at the start of a paragraph" {
	printf 'Id: a\nPara: 1984. The year it happened\nPara: - dash\n\n' > in.rec
	run nw-fmt -f md in.rec
	assert_line --index 0 '1984\. The year it happened'
	assert_line --index 1 '\- dash'
}

@test "nw-fmt: json is one object a record that jq reads, repeated fields as arrays" {
	need jq
	run sh -c "nw-fmt -f json '$R' | jq -r '.Author[1], .Para[1], .Title, .X_Custom'"
	assert_success
	assert_line --index 0 'Chidi Okafor'
	assert_line --index 1 'Zweiter Absatz mit "Anführungszeichen" und einem	Tab'
	assert_line --index 3 'Ein *Titel* mit _Zeichen_ & <Tags>'
	assert_line --index 4 'kept as is'
	run sh -c "nw-fmt -f json '$R' | jq -r '.Boiler'"
	assert_output null
	run sh -c "nw-fmt -b -f json '$R' | jq -r '.Boiler[0]'"
	assert_output 'Newsletter abonnieren'
}

@test "nw-fmt: json escapes every control character" {
	need jq
	printf 'Id: a\nPara: bell\007 esc\033 del\177 ls\342\200\250 end\n\n' > ctl.rec
	run nw-fmt -f json ctl.rec
	assert_output '{"Id":"a","Para":["bell\u0007 esc\u001b del\u007f ls\u2028 end"]}'
	run sh -c 'nw-fmt -f json ctl.rec | jq -c .'
	assert_success
}

@test "nw-fmt: json of many records: every line parses" {
	need jq
	nw-split "$FIXTURES/article.txt" "$FIXTURES/tricky.txt" "$FIXTURES/wrapped.txt" | nw-fmt -f json > out.jsonl
	run sh -c 'jq -c .Id out.jsonl | wc -l'
	assert_output 3
}

@test "nw-fmt: html is a standalone escaped page, one article a record" {
	run nw-fmt -f html "$R" "$R"
	assert_success
	assert_line --index 0 '<!DOCTYPE html>'
	assert_output --partial '<h1>Ein *Titel* mit _Zeichen_ &amp; &lt;Tags&gt;</h1>'
	assert_output --partial '<p class="byline">By Jane Doe, Chidi Okafor and Li Wei</p>'
	assert_output --partial '<p class="section">Kultur</p>'
	assert_output --partial '&quot;Anführungszeichen&quot;'
	assert_line '</html>'
	run grep -c '<article' <(nw-fmt -f html "$R" "$R")
	assert_output 2
}

@test "nw-fmt: tsv prints the -F fields, escaped and joined" {
	run nw-fmt -f tsv -F Id,Author,Para "$R"
	assert_success
	assert_line --index 0 "$(printf 'Id\tAuthor\tPara')"
	assert_line --index 1 "$(printf '0123456789abcdef\tJane Doe; Chidi Okafor; Li Wei\t# not a heading, 1. not a list, a [link](x) and a `tick`; Zweiter Absatz mit "Anführungszeichen" und einem\\tTab\\nüber zwei Zeilen')"
	run nw-fmt -f tsv -n -s ' | ' -F Author "$R"
	assert_output 'Jane Doe | Chidi Okafor | Li Wei'
}

@test "nw-fmt: tsv of empty input is the header line alone, and nothing with -n" {
	run nw-fmt -f tsv -F Id,Title /dev/null
	assert_success
	assert_output "$(printf 'Id\tTitle')"
	run nw-fmt -f tsv -n -F Id,Title /dev/null
	assert_success
	assert_output ''
}

@test "nw-fmt: tsv with a user field, and an unknown field name" {
	run nw-fmt -f tsv -n -F X_Custom "$R"
	assert_success
	assert_output 'kept as is'
	run nw-fmt -f tsv -F Tilte "$R"
	assert_failure 2
	assert_output --partial "nw-fmt: -F: unknown field name 'Tilte'"
	run nw-fmt -f tsv -F 'Bad-Name' "$R"
	assert_failure 2
	assert_output --partial "not a field name: 'Bad-Name'"
}

@test "nw-fmt: raw gives the text fields back, a form feed between records" {
	run nw-fmt -f raw "$R" "$R"
	assert_line --index 0 'Kultur'
	assert_line --index 1 'Ein *Titel* mit _Zeichen_ & <Tags>'
	assert_line $'\f'
	refute_output --partial 'Jane Doe'
}

@test "nw-fmt: rec normalizes and keeps comments and unknown fields" {
	printf '# note\nId: a\nX_Mine:\tvalue\nPara: one\n+two\n\n' > in.rec
	run nw-fmt -f rec in.rec
	assert_output "$(printf '# note\nId: a\nX_Mine: value\nPara: one\n+ two')"
}

@test "nw-fmt: an unknown format is an error" {
	run nw-fmt -f pdf "$R"
	assert_failure 2
	assert_output --partial "nw-fmt: unknown format 'pdf'"
}

@test "nw-fmt: a bad -w is an error" {
	run nw-fmt -w 0 "$R"
	assert_failure 2
	assert_output --partial 'nw-fmt: -w 0: too small'
	run nw-fmt -w 7x "$R"
	assert_failure 2
	assert_output --partial 'invalid'
}

@test "nw-fmt: a missing file among several: message, the rest, exit 2" {
	run nw-fmt -f tsv -n -F Id nosuch.rec "$R"
	assert_failure 2
	assert_line 'nw-fmt: nosuch.rec: No such file or directory'
	assert_line '0123456789abcdef'
}

@test "nw-fmt: a full disk is an error, in every format" {
	for f in text md json html tsv raw rec; do
		run sh -c "nw-fmt -f $f '$R' > /dev/full"
		assert_failure 2
		assert_output --partial 'nw-fmt: write error'
	done
}

@test "nw-fmt: empty input gives empty output" {
	run nw-fmt -f json /dev/null
	assert_success
	assert_output ''
}
