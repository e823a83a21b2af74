/*
 * nw-fmt: records to text, Markdown, JSON Lines, HTML, TSV, raw text or
 * normalized records.  One record in memory at a time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nw.h"

enum format { TEXT, MD, JSON, HTML, TSV, RAW, REC };
static const char *formats[] = { "text", "md", "json", "html", "tsv", "raw",
    "rec", NULL };

static enum format format = TEXT;
static int boiler;			/* -b: show Boiler fields too */
static int noheader;			/* -n: no TSV header line */
static long width = 72;			/* -w */
static const char *joiner = "; ";	/* -s: repeated TSV values */
static char **tsvnames;			/* -F */
static size_t ntsv;
static char *seen;			/* which -F names occurred */
static unsigned long nrecs;		/* records written */

/* Fields that can repeat: always arrays in JSON. */
static const char *multi[] = { "Para", "Author", "Boiler", "Related",
    "Agency", NULL };
/* The core vocabulary, nw(5). */
static const char *vocabulary[] = { "Id", "Source", "Section", "Title",
    "Para", "Author", "Bio", "Outlet", "Agency", "Dateline", "Date", "Lang",
    "Boiler", "Related", NULL };

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: nw-fmt [-bn] [-f FORMAT] [-F FIELDS] [-s SEP] "
	    "[-w WIDTH] [FILE ...]\n");
	if (fp == stdout)
		fputs("Format nw records.\n"
		    "  -f FORMAT  text (default), md, json, html, tsv, raw "
		    "or rec\n"
		    "  -b         include Boiler paragraphs\n"
		    "  -F FIELDS  tsv: comma-separated field names "
		    "(default Id,Title,Author)\n"
		    "  -n         tsv: no header line\n"
		    "  -s SEP     tsv: joins repeated fields (default \"; \")\n"
		    "  -w WIDTH   text: wrap at WIDTH columns (default 72)\n"
		    "      --help     show this help\n"
		    "      --version  show the version\n", fp);
}

static int
inlist(const char *const *list, const char *s, size_t n)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == n && memcmp(*list, s, n) == 0)
			return 1;
	return 0;
}

static int
shown(const struct nw_field *f)
{
	return nw_is(f, "Title") || nw_is(f, "Para") || nw_is(f, "Section") ||
	    (boiler && nw_is(f, "Boiler"));
}

/* --- text ---------------------------------------------------------- */

/*
 * Greedy wrap by display width; white space (newlines too) between words
 * becomes one space, a word wider than the line stands alone.
 */
static void
wrap(const char *s, size_t n, const char *prefix)
{
	size_t i = 0, col = 0, j, w;

	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
			i++;
		if (i >= n)
			break;
		for (j = i; j < n && s[j] != ' ' && s[j] != '\t' &&
		    s[j] != '\n'; j++)
			;
		w = nw_width(s + i, j - i);
		if (col > 0 && col + 1 + w > (size_t)width) {
			putchar('\n');
			col = 0;
		}
		if (col == 0 && prefix != NULL) {
			fputs(prefix, stdout);
			col = nw_width(prefix, strlen(prefix));
		} else if (col > 0) {
			putchar(' ');
			col++;
		}
		fwrite(s + i, 1, j - i, stdout);
		col += w;
		i = j;
	}
	if (col > 0)
		putchar('\n');
}

/* "By A", "By A and B", "By A, B and C" */
static size_t
byline(const struct nw_rec *r, char **buf, size_t *cap)
{
	size_t i, k = 0, na = 0, o;

	for (i = 0; i < r->n; i++)
		na += nw_is(&r->f[i], "Author");
	if (na == 0)
		return 0;
	for (o = 0, i = 0; i < r->n; i++) {
		const struct nw_field *f = &r->f[i];
		const char *sep = k == 0 ? "By " : k + 1 == na ? " and " : ", ";

		if (!nw_is(f, "Author"))
			continue;
		if (o + strlen(sep) + f->len + 1 > *cap) {
			*cap = (o + strlen(sep) + f->len + 1) * 2;
			*buf = nw_realloc(*buf, *cap);
		}
		memcpy(*buf + o, sep, strlen(sep));
		o += strlen(sep);
		memcpy(*buf + o, f->val, f->len);
		o += f->len;
		k++;
	}
	return o;
}

static void
text(const struct nw_rec *r)
{
	static char *by;
	static size_t bycap;
	const struct nw_field *t = nw_get(r, "Title");
	size_t i, n;

	if (nrecs > 0)
		fputs("\f\n", stdout);
	if (t != NULL) {
		wrap(t->val, t->len, NULL);
		putchar('\n');
	}
	if ((n = byline(r, &by, &bycap)) > 0) {
		wrap(by, n, NULL);
		putchar('\n');
	}
	for (i = 0; i < r->n; i++) {
		const struct nw_field *f = &r->f[i];

		if (nw_is(f, "Para") || (boiler && nw_is(f, "Boiler"))) {
			wrap(f->val, f->len, boiler && nw_is(f, "Boiler") ?
			    "[boilerplate] " : NULL);
			putchar('\n');
		}
	}
}

/* --- Markdown ------------------------------------------------------ */

/*
 * One paragraph on one line, white space runs made one space, and every
 * character that could start markup escaped: inline ones anywhere, block
 * ones ("#", "-", "+", "=", "1.") at the start of the line.
 */
static void
mdtext(const char *s, size_t n)
{
	size_t i;
	int start = 1, space = 0;

	while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\n'))
		s++, n--;
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c == ' ' || c == '\t' || c == '\n') {
			space = 1;
			continue;
		}
		if (space) {
			putchar(' ');
			space = 0;
		}
		if (strchr("\\`*_[]<>#|~&!", c) != NULL ||
		    (start && strchr("-+=", c) != NULL))
			putchar('\\');
		else if (start && c >= '0' && c <= '9') {
			/* "12." or "12)" would start a list */
			size_t j = i;

			while (j < n && s[j] >= '0' && s[j] <= '9')
				j++;
			fwrite(s + i, 1, j - i, stdout);
			if (j < n && (s[j] == '.' || s[j] == ')'))
				putchar('\\');
			i = j - 1;
			start = 0;
			continue;
		}
		putchar(c);
		start = 0;
	}
}

static void
md(const struct nw_rec *r)
{
	static char *by;
	static size_t bycap;
	const struct nw_field *t = nw_get(r, "Title");
	size_t i, n;

	if (nrecs > 0)
		fputs("\n---\n\n", stdout);
	if (t != NULL) {
		fputs("# ", stdout);
		mdtext(t->val, t->len);
		fputs("\n\n", stdout);
	}
	if ((n = byline(r, &by, &bycap)) > 0) {
		putchar('*');
		mdtext(by, n);
		fputs("*\n\n", stdout);
	}
	for (i = 0; i < r->n; i++) {
		const struct nw_field *f = &r->f[i];

		if (nw_is(f, "Para") || (boiler && nw_is(f, "Boiler"))) {
			if (nw_is(f, "Boiler"))
				fputs("> ", stdout);
			mdtext(f->val, f->len);
			fputs("\n\n", stdout);
		}
	}
}

/* --- JSON Lines ---------------------------------------------------- */

/*
 * Bytes that JSON needs escaped (controls, quote, backslash, DEL) and
 * 0xE2, the lead byte of U+2028 and U+2029; the rest is copied in runs.
 */
static unsigned char jsonspecial[256];

static void
jsoninit(void)
{
	int c;

	for (c = 0; c < 0x20; c++)
		jsonspecial[c] = 1;
	jsonspecial['"'] = jsonspecial['\\'] = jsonspecial[0x7F] = 1;
	jsonspecial[0xE2] = 1;
}

static void
jsonstr(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, from = 0;

	putchar('"');
	for (;;) {
		/* eight bytes a step while none is special (jsonspecial) */
		while (i + 8 <= n) {
			uint64_t x = nw_load64(u + i);

			if (nw_zerobytes(x & UINT64_C(0xE0E0E0E0E0E0E0E0)) |
			    nw_zerobytes(x ^ NW_ONES * '"') |
			    nw_zerobytes(x ^ NW_ONES * '\\') |
			    nw_zerobytes(x ^ NW_ONES * 0x7F) |
			    nw_zerobytes(x ^ NW_ONES * 0xE2))
				break;
			i += 8;
		}
		while (i < n && !jsonspecial[u[i]])
			i++;
		if (i >= n)
			break;
		if (u[i] == 0xE2 && !(i + 2 < n && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0xA8 || u[i + 2] == 0xA9))) {
			/* other characters (the input is valid UTF-8) */
			do
				i += 3;
			while (i + 2 < n && u[i] == 0xE2 && !(u[i + 1] == 0x80 &&
			    (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)));
			if (i > n)
				i = n;
			continue;
		}
		fwrite(s + from, 1, i - from, stdout);
		switch (u[i]) {
		case '"': fputs("\\\"", stdout); break;
		case '\\': fputs("\\\\", stdout); break;
		case '\n': fputs("\\n", stdout); break;
		case '\t': fputs("\\t", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		case 0xE2:
			/* U+2028 and U+2029 break JavaScript string literals */
			fputs(u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", stdout);
			i += 2;
			break;
		default:
			printf("\\u%04x", u[i]);
		}
		from = ++i;
	}
	fwrite(s + from, 1, n - from, stdout);
	putchar('"');
}

/*
 * One object per record, keys in the order of their first field.  The
 * fields that can repeat (multi[]) are always arrays; any other field is a
 * string, or an array when it repeats.  Comments are left out.
 */
static void
json(const struct nw_rec *r)
{
	static char *done;
	static size_t donecap;
	size_t i, j, count;
	int first = 1;

	if (r->n > donecap) {
		donecap = r->n;
		done = nw_realloc(done, donecap);
	}
	memset(done, 0, r->n);
	putchar('{');
	for (i = 0; i < r->n; i++) {
		const struct nw_field *f = &r->f[i];
		int arr;

		if (f->name == NULL || done[i] ||
		    (!boiler && nw_is(f, "Boiler")))
			continue;
		for (count = 0, j = i; j < r->n; j++)
			if (r->f[j].namelen == f->namelen && r->f[j].name &&
			    memcmp(r->f[j].name, f->name, f->namelen) == 0) {
				done[j] = 1;
				count++;
			}
		arr = count > 1 || inlist(multi, f->name, f->namelen);
		if (!first)
			putchar(',');
		first = 0;
		jsonstr(f->name, f->namelen);
		putchar(':');
		if (arr)
			putchar('[');
		for (count = 0, j = i; j < r->n; j++)
			if (r->f[j].namelen == f->namelen && r->f[j].name &&
			    memcmp(r->f[j].name, f->name, f->namelen) == 0) {
				if (count++ > 0)
					putchar(',');
				jsonstr(r->f[j].val, r->f[j].len);
			}
		if (arr)
			putchar(']');
	}
	fputs("}\n", stdout);
}

/* --- HTML ---------------------------------------------------------- */

/* Escaped text; newlines in a value become spaces (the browser wraps). */
static void
htmltext(const char *s, size_t n)
{
	size_t i, from = 0;

	for (i = 0; i < n; i++) {
		const char *esc;

		switch (s[i]) {
		case '&': esc = "&amp;"; break;
		case '<': esc = "&lt;"; break;
		case '>': esc = "&gt;"; break;
		case '"': esc = "&quot;"; break;
		case '\'': esc = "&#39;"; break;
		case '\n': esc = " "; break;
		default: continue;
		}
		fwrite(s + from, 1, i - from, stdout);
		fputs(esc, stdout);
		from = i + 1;
	}
	fwrite(s + from, 1, n - from, stdout);
}

static void
htmlhead(void)
{
	fputs("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n<meta name=\"generator\" content=\"nw-fmt "
	    NW_VERSION "\">\n<title>nw articles</title>\n<style>\n"
	    "body { max-width: 40em; margin: 2em auto; padding: 0 1em;\n"
	    "  font: 1.1em/1.55 Georgia, \"Times New Roman\", serif; "
	    "color: #222; background: #fdfdfb; }\n"
	    "article { margin-bottom: 4em; }\n"
	    "article + article { border-top: 1px solid #ccc; "
	    "padding-top: 2em; }\n"
	    "h1 { font-size: 1.8em; line-height: 1.2; margin: .2em 0 .4em; }\n"
	    ".section { text-transform: uppercase; letter-spacing: .08em;\n"
	    "  font: .8em sans-serif; color: #a33; margin: 0; }\n"
	    ".byline { font-style: italic; color: #555; }\n"
	    ".boiler { color: #999; font-size: .9em; "
	    "border-left: 3px solid #ddd; padding-left: .8em; }\n"
	    "</style>\n</head>\n<body>\n", stdout);
}

static void
html(const struct nw_rec *r)
{
	static char *by;
	static size_t bycap;
	const struct nw_field *f = nw_get(r, "Lang");
	size_t i, n;

	fputs("<article", stdout);
	if (f != NULL && f->len > 0) {
		fputs(" lang=\"", stdout);
		htmltext(f->val, f->len);
		putchar('"');
	}
	fputs(">\n", stdout);
	if ((f = nw_get(r, "Section")) != NULL) {
		fputs("<p class=\"section\">", stdout);
		htmltext(f->val, f->len);
		fputs("</p>\n", stdout);
	}
	if ((f = nw_get(r, "Title")) != NULL) {
		fputs("<h1>", stdout);
		htmltext(f->val, f->len);
		fputs("</h1>\n", stdout);
	}
	if ((n = byline(r, &by, &bycap)) > 0) {
		fputs("<p class=\"byline\">", stdout);
		htmltext(by, n);
		fputs("</p>\n", stdout);
	}
	for (i = 0; i < r->n; i++) {
		f = &r->f[i];
		if (nw_is(f, "Para") || (boiler && nw_is(f, "Boiler"))) {
			fputs(nw_is(f, "Para") ? "<p>" : "<p class=\"boiler\">",
			    stdout);
			htmltext(f->val, f->len);
			fputs("</p>\n", stdout);
		}
	}
	fputs("</article>\n", stdout);
}

/* --- TSV ----------------------------------------------------------- */

/* Backslash escapes: \t \n \r \\ ; nothing else is changed. */
static void
tsvtext(const char *s, size_t n)
{
	size_t i, from = 0;

	for (i = 0; i < n; i++) {
		const char *esc;

		switch (s[i]) {
		case '\t': esc = "\\t"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\\': esc = "\\\\"; break;
		default: continue;
		}
		fwrite(s + from, 1, i - from, stdout);
		fputs(esc, stdout);
		from = i + 1;
	}
	fwrite(s + from, 1, n - from, stdout);
}

/* The names of the -F fields: printed first, even for empty input. */
static void
tsvhead(void)
{
	size_t k;

	for (k = 0; k < ntsv; k++) {
		if (k > 0)
			putchar('\t');
		fputs(tsvnames[k], stdout);
	}
	putchar('\n');
}

static void
tsv(const struct nw_rec *r)
{
	size_t i, k, count;

	for (k = 0; k < ntsv; k++) {
		if (k > 0)
			putchar('\t');
		for (count = 0, i = 0; i < r->n; i++)
			if (nw_is(&r->f[i], tsvnames[k])) {
				if (count++ > 0)
					tsvtext(joiner, strlen(joiner));
				tsvtext(r->f[i].val, r->f[i].len);
				seen[k] = 1;
			}
	}
	putchar('\n');
}

/* --- raw and rec --------------------------------------------------- */

/* The text fields in order, each followed by a blank line; a form feed
 * line between records.  nw-split turns this back into the same record. */
static void
raw(const struct nw_rec *r)
{
	size_t i;

	if (nrecs > 0)
		fputs("\f\n", stdout);
	for (i = 0; i < r->n; i++)
		if (shown(&r->f[i])) {
			fwrite(r->f[i].val, 1, r->f[i].len, stdout);
			fputs("\n\n", stdout);
		}
}

static void
rec(const struct nw_rec *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		const struct nw_field *f = &r->f[i];
		static char *name;	/* names of any length are normalized */
		static size_t cap;

		if (f->name == NULL) {
			nw_put_field(stdout, f);	/* comment */
			continue;
		}
		if (f->namelen >= cap) {
			cap = f->namelen + 256;
			name = nw_realloc(name, cap);
		}
		memcpy(name, f->name, f->namelen);
		name[f->namelen] = '\0';
		nw_put(stdout, name, f->val, f->len);
	}
	putchar('\n');
}

/* --- main ---------------------------------------------------------- */

static void
setfields(char *list)
{
	char *p;

	ntsv = 0;
	for (p = strtok(list, ","); p != NULL; p = strtok(NULL, ",")) {
		if (!nw_valid_name(p, strlen(p)))
			nw_die(2, "-F: not a field name: '%s'", p);
		tsvnames = nw_realloc(tsvnames, (ntsv + 1) * sizeof(*tsvnames));
		tsvnames[ntsv++] = p;
	}
	if (ntsv == 0)
		nw_die(2, "-F: no field names");
}

static int
fmtfile(const char *path)
{
	static struct nw_rec r;
	struct nw_reader rd;
	int rv;

	if (nw_reader_open(&rd, path) != 0) {
		nw_warn("%s:", path);
		return 2;
	}
	while ((rv = nw_read(&rd, &r)) > 0) {
		if (r.special && format != REC)
			continue;	/* descriptors, lone comments */
		switch (format) {
		case TEXT: text(&r); break;
		case MD: md(&r); break;
		case JSON: json(&r); break;
		case HTML: html(&r); break;
		case TSV: tsv(&r); break;
		case RAW: raw(&r); break;
		case REC: rec(&r); break;
		}
		nrecs++;
		if (ferror(stdout))
			break;
	}
	if (rv < 0)
		nw_warn("%s", rd.err);
	nw_reader_close(&rd);
	return rv < 0 ? 2 : 0;
}

int
main(int argc, char *argv[])
{
	static const struct nw_longopt lo[] = { { NULL, 0, 0 } };
	static char deffields[] = "Id,Title,Author";
	struct nw_opt o;
	const char *errstr;
	int c, i, k, status = 0;

	nw_start();
	nw_setprog(argv[0]);
	nw_opt_init(&o);
	while ((c = nw_getopt(&o, argc, argv, "F:bf:ns:w:", lo)) != -1) {
		switch (c) {
		case 'F':
			setfields(o.arg);
			break;
		case 'b':
			boiler = 1;
			break;
		case 'f':
			for (k = 0; formats[k] != NULL; k++)
				if (strcmp(formats[k], o.arg) == 0)
					break;
			if (formats[k] == NULL)
				nw_die(2, "unknown format '%s' (text, md, json, "
				    "html, tsv, raw, rec)", o.arg);
			format = (enum format)k;
			break;
		case 'n':
			noheader = 1;
			break;
		case 's':
			joiner = o.arg;
			break;
		case 'w':
			width = nw_strtonum(o.arg, 8, 100000, &errstr);
			if (errstr != NULL)
				nw_die(2, "-w %s: %s (8 to 100000)", o.arg, errstr);
			break;
		default:	/* --help, --version, a bad option */
			return nw_optend(c, &o, usage);
		}
	}
	if (ntsv == 0)
		setfields(deffields);
	seen = nw_malloc(ntsv);
	memset(seen, 0, ntsv);
	argc -= o.ind;
	argv += o.ind;
	if (format == HTML)
		htmlhead();
	if (format == TSV && !noheader)
		tsvhead();
	jsoninit();
	if (argc == 0)
		status = fmtfile("-");
	for (i = 0; i < argc && !ferror(stdout); i++)
		if (fmtfile(argv[i]) != 0)
			status = 2;
	if (format == HTML)
		fputs("</body>\n</html>\n", stdout);
	if (format == TSV)
		for (k = 0; k < (int)ntsv; k++)
			if (!seen[k] && !inlist(vocabulary, tsvnames[k],
			    strlen(tsvnames[k]))) {
				nw_warn("-F: unknown field name '%s': not in "
				    "nw(5) and not in the input", tsvnames[k]);
				status = 2;
			}
	return nw_finish(status);
}
