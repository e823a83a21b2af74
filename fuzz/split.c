/*
 * split: nw-split on arbitrary bytes, then nw-fmt -f raw, json and rec on
 * what it wrote.  needs: split fmt
 *
 * Properties: nw-split exits 0 and writes valid UTF-8 and valid rec, each
 * record starting with a 16-hex-digit Id (unique in the output) and the
 * Source; its Section, Title and Para values hold, in order, exactly the
 * non-blank input lines after the documented normalizations (a BOM
 * dropped, CRLF and lone CR ending lines, NUL as U+FFFD, invalid UTF-8
 * decoded as Windows-1252, trailing white space trimmed), one record per
 * article (a form-feed line or the -d line separates articles);
 * "nw-fmt -f raw" gives back those same lines; "nw-fmt -f json" writes one
 * valid JSON object a record; "nw-fmt -f rec" reads back to the same
 * fields.  The input's size chooses the options: none, -q, -d ---, or
 * the file given twice.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fz.h"
#include "progs.h"

struct groups {
	struct fz_buf	*g;		/* lines, each ended by '\n' */
	size_t		 n;
};

static void
newgroup(struct groups *gs)
{
	if (gs->n > 0 && gs->g[gs->n - 1].len == 0)
		return;
	gs->g = realloc(gs->g, (gs->n + 1) * sizeof(*gs->g));
	if (gs->g == NULL)
		fz_fail("out of memory");
	memset(&gs->g[gs->n++], 0, sizeof(*gs->g));
}

static void
freegroups(struct groups *gs)
{
	size_t i;

	for (i = 0; i < gs->n; i++)
		fz_free(&gs->g[i]);
	free(gs->g);
	memset(gs, 0, sizeof(*gs));
}

/* The number of groups that hold text (empty ones give no record). */
static size_t
nonempty(const struct groups *gs)
{
	size_t i, k = 0;

	for (i = 0; i < gs->n; i++)
		k += gs->g[i].len > 0;
	return k;
}

/* One logical line, as the documentation says nw-split treats it. */
static void
logical(struct groups *gs, const char *s, size_t n, const char *delim)
{
	static char *fix;
	static size_t fixcap;
	size_t o = 0, i, k, nb, end = 0;
	unsigned cp;
	int len;

	if (fixcap < 3 * n + 1) {
		fixcap = 3 * n + 1;
		if ((fix = realloc(fix, fixcap)) == NULL)
			fz_fail("out of memory");
	}
	for (i = 0; i < n; i = k + 1) {
		for (k = i; k < n && s[k] != '\0'; k++)
			;
		o += nw_utf8_repair(s + i, k - i, fix + o, &nb);
		if (k < n)
			o += nw_utf8_encode(0xFFFD, fix + o);
	}
	if (!fz_utf8(fix, o))
		fz_fail("nw_utf8_repair gave invalid UTF-8");
	/* trailing white space: the end of the last non-space character */
	for (i = 0; i < o; i += (size_t)len) {
		if ((len = nw_utf8_decode(fix + i, o - i, &cp)) <= 0)
			fz_fail("cannot decode repaired text");
		if (!nw_isspace_cp(cp))
			end = i + (size_t)len;
	}
	/* a form feed alone (blanks and tabs before it, white space after) */
	for (i = 0; i < o && (fix[i] == ' ' || fix[i] == '\t'); i++)
		;
	if (i < o && fix[i] == '\f' && end == 0) {
		newgroup(gs);
		return;
	}
	if (delim != NULL && end == strlen(delim) &&
	    memcmp(fix, delim, end) == 0) {
		newgroup(gs);
		return;
	}
	if (end == 0)
		return;			/* blank */
	fz_add(&gs->g[gs->n - 1], fix, end);
	fz_add(&gs->g[gs->n - 1], "\n", 1);
}

static void
expect(struct groups *gs, const char *p, size_t n, const char *delim)
{
	size_t i = 0, len;
	const char *nl, *cr, *s;
	int first = 1;

	newgroup(gs);
	while (i < n) {
		nl = memchr(p + i, '\n', n - i);
		len = nl ? (size_t)(nl - (p + i)) : n - i;
		s = p + i;
		i += len + 1;
		if (first && len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
			s += 3, len -= 3;
		first = 0;
		if (len > 0 && s[len - 1] == '\r')
			len--;
		while ((cr = memchr(s, '\r', len)) != NULL) {
			logical(gs, s, (size_t)(cr - s), delim);
			len -= (size_t)(cr - s) + 1;
			s = cr + 1;
		}
		logical(gs, s, len, delim);
	}
}

static int
run(fz_main *fn, void (*reset)(void), const char *out, struct fz_buf *err,
    ...)
{
	char *argv[8];
	va_list ap;
	int argc = 0;

	va_start(ap, err);
	while (argc < 7 && (argv[argc] = va_arg(ap, char *)) != NULL)
		argc++;
	va_end(ap);
	argv[argc] = NULL;
	reset();
	return fn ? fz_run(fn, argv, out, err) : 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fz_buf out, err, raw;
	static char in[600], prog[] = "nw-split", fprog[] = "nw-fmt",
	    q[] = "-q", d[] = "-d", dash3[] = "---", f[] = "-f",
	    fraw[] = "raw", fjson[] = "json", frec[] = "rec";
	const char *delim = NULL;
	struct groups want = { 0 }, got = { 0 };
	struct fz_recs recs, back;
	size_t i, j, k, times = 1;
	int st, mode = (int)(size % 4), repaired;

	snprintf(in, sizeof(in), "%s", fz_path("in"));
	fz_write(in, data, size);
	switch (mode) {
	case 0:
		st = run(nw_split_main, nw_split_reset, "out", &err, prog, in,
		    NULL);
		break;
	case 1:
		st = run(nw_split_main, nw_split_reset, "out", &err, prog, q,
		    in, NULL);
		break;
	case 2:
		delim = dash3;
		st = run(nw_split_main, nw_split_reset, "out", &err, prog, d,
		    dash3, in, NULL);
		break;
	default:
		times = 2;
		st = run(nw_split_main, nw_split_reset, "out", &err, prog, in,
		    in, NULL);
		break;
	}
	if (st != 0)
		fz_fail("nw-split exited %d: %s", st, err.p);
	repaired = !fz_utf8((const char *)data, size) ||
	    memchr(data, '\0', size) != NULL;
	if (mode == 1 || !repaired) {
		if (err.len > 0)
			fz_fail("unexpected message: %s", err.p);
	} else {
		fz_check_message("nw-split", &err);
		if (err.len == 0)
			fz_fail("repaired input without a warning");
	}

	fz_read(fz_path("out"), &out);
	fz_check_recsyntax(out.p, out.len);
	if (fz_parse(fz_path("out"), &recs) != 0)
		fz_fail("nw-split output does not read back: %s", recs.err);

	for (k = 0; k < times; k++)
		expect(&want, (const char *)data, size, delim);
	if (nonempty(&want) == 0 ? recs.n != times : recs.n != nonempty(&want))
		fz_fail("%zu records for %zu articles", recs.n,
		    nonempty(&want));
	for (i = 0, k = 0; i < recs.n; i++) {
		const struct fz_rec *r = &recs.r[i];
		struct fz_buf text = { 0 };

		if (r->n < 2 || r->f[0].name == NULL || r->f[1].name == NULL ||
		    strcmp(r->f[0].name, "Id") != 0 ||
		    strcmp(r->f[1].name, "Source") != 0 ||
		    strcmp(r->f[1].val, in) != 0)
			fz_fail("record %zu does not start with Id, Source", i);
		if (r->f[0].len != 16 ||
		    strspn(r->f[0].val, "0123456789abcdef") != 16)
			fz_fail("Id is not 16 hex digits: %s", r->f[0].val);
		for (j = 0; j < i; j++)
			if (strcmp(recs.r[j].f[0].val, r->f[0].val) == 0)
				fz_fail("Id %s repeats", r->f[0].val);
		for (j = 2; j < r->n; j++) {
			if (r->f[j].name == NULL ||
			    (strcmp(r->f[j].name, "Para") != 0 &&
			    strcmp(r->f[j].name, "Title") != 0 &&
			    strcmp(r->f[j].name, "Section") != 0))
				fz_fail("unexpected field in nw-split output");
			fz_add(&text, r->f[j].val, r->f[j].len);
			fz_add(&text, "\n", 1);
		}
		while (k < want.n && want.g[k].len == 0)
			k++;
		if (k < want.n ? text.len != want.g[k].len ||
		    memcmp(text.p, want.g[k].p, text.len) != 0 :
		    text.len != 0)
			fz_fail("record %zu: the text is not the input's "
			    "non-blank lines:\n--- got\n%s--- want\n%s", i,
			    text.len ? text.p : "",
			    k < want.n && want.g[k].p ? want.g[k].p : "");
		k++;
		fz_free(&text);
	}

	/* nw-fmt -f raw: the same lines back */
	st = run(nw_fmt_main, nw_fmt_reset, "out2", &err, fprog, f, fraw,
	    fz_path("out"), NULL);
	if (st != 0 || err.len > 0)
		fz_fail("nw-fmt -f raw exited %d: %s", st, err.p);
	fz_read(fz_path("out2"), &raw);
	if (!fz_utf8(raw.p, raw.len))
		fz_fail("nw-fmt -f raw: invalid UTF-8");
	newgroup(&got);
	for (i = 0; i < raw.len; i = j + 1) {
		const char *nl = memchr(raw.p + i, '\n', raw.len - i);

		if (nl == NULL)
			fz_fail("nw-fmt -f raw: no final newline");
		j = (size_t)(nl - raw.p);
		if (j - i == 1 && raw.p[i] == '\f')
			newgroup(&got);
		else if (j > i) {
			fz_add(&got.g[got.n - 1], raw.p + i, j - i + 1);
		}
	}
	if (nonempty(&got) != nonempty(&want))
		fz_fail("nw-fmt -f raw: %zu articles for %zu", nonempty(&got),
		    nonempty(&want));
	for (i = 0, k = 0; i < got.n; i++) {
		if (got.g[i].len == 0)
			continue;
		while (want.g[k].len == 0)
			k++;
		if (got.g[i].len != want.g[k].len ||
		    memcmp(got.g[i].p, want.g[k].p, got.g[i].len) != 0)
			fz_fail("nw-fmt -f raw: text of article %zu differs", i);
		k++;
	}

	/* nw-fmt -f json: one valid object a record */
	st = run(nw_fmt_main, nw_fmt_reset, "out2", &err, fprog, f, fjson,
	    fz_path("out"), NULL);
	if (st != 0 || err.len > 0)
		fz_fail("nw-fmt -f json exited %d: %s", st, err.p);
	fz_read(fz_path("out2"), &raw);
	for (i = 0, k = 0; i < raw.len; i = j + 1, k++) {
		const char *nl = memchr(raw.p + i, '\n', raw.len - i);

		if (nl == NULL)
			fz_fail("nw-fmt -f json: no final newline");
		j = (size_t)(nl - raw.p);
		if (!fz_json_object(raw.p + i, j - i))
			fz_fail("nw-fmt -f json: not a JSON object: %.*s",
			    (int)(j - i > 200 ? 200 : j - i), raw.p + i);
	}
	if (k != recs.n)
		fz_fail("nw-fmt -f json: %zu lines for %zu records", k, recs.n);

	/* nw-fmt -f rec: the same fields */
	st = run(nw_fmt_main, nw_fmt_reset, "out2", &err, fprog, f, frec,
	    fz_path("out"), NULL);
	if (st != 0 || err.len > 0)
		fz_fail("nw-fmt -f rec exited %d: %s", st, err.p);
	fz_read(fz_path("out2"), &raw);
	fz_check_recsyntax(raw.p, raw.len);
	if (fz_parse(fz_path("out2"), &back) != 0 || back.n != recs.n)
		fz_fail("nw-fmt -f rec output does not read back");
	for (i = 0; i < recs.n; i++)
		if (!fz_same_fields(&recs.r[i], &back.r[i]))
			fz_fail("nw-fmt -f rec changed record %zu", i);

	fz_recs_free(&recs);
	fz_recs_free(&back);
	freegroups(&want);
	freegroups(&got);
	return 0;
}
