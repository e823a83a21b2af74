/*
 * nw-split: raw article text to records.
 *
 * Each FILE is one article; a form-feed line, or a line equal to the -d
 * delimiter, separates articles within one input.  Lines are cleaned
 * (see normalize()), grouped into paragraphs (see paragraphs()), the
 * section label and the headline are found (see headline()), and one record
 * per article is written with every paragraph in reading order, so that
 * "nw-split | nw-fmt -f raw" gives back every non-blank line.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nw.h"

struct line {
	size_t		 off, len;	/* in the article's text */
	size_t		 width;		/* display columns */
	int		 para;		/* starts a new block (blank before) */
};

struct article {
	char		*text;
	size_t		 len, cap;
	struct line	*l;
	size_t		 n, lcap;
	unsigned long	 firstline;
};

static const char *delim;		/* -d: the article delimiter line */
static int quiet;			/* -q: no warnings on repaired input */

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: nw-split [-q] [-d LINE] [FILE ...]\n");
	if (fp == stdout)
		fputs("Turn raw article text into nw records.\n"
		    "  -d LINE  a line equal to LINE separates articles "
		    "(as does a form feed)\n"
		    "  -q       no warnings about repaired bytes\n"
		    "      --help     show this help\n"
		    "      --version  show the version\n", fp);
}

static void
addtext(struct article *a, const char *p, size_t n)
{
	if (a->len + n + 1 > a->cap) {
		while (a->len + n + 1 > a->cap)
			a->cap = a->cap ? a->cap * 2 : 65536;
		a->text = nw_realloc(a->text, a->cap);
	}
	memcpy(a->text + a->len, p, n);
	a->len += n;
}

/* Length of s without trailing white space (Unicode White_Space). */
static size_t
rtrim(const char *s, size_t n)
{
	unsigned cp;

	while (n > 0) {
		unsigned char c = (unsigned char)s[n - 1];
		size_t k;
		int ok;

		if (c < 0x80) {
			if (c == ' ' || c == '\t' || c == '\v' || c == '\f')
				n--;
			else
				break;
			continue;
		}
		/* back to the start of the sequence */
		for (k = n - 1; k > 0 && n - k < 4 &&
		    ((unsigned char)s[k] & 0xC0) == 0x80; k--)
			;
		ok = nw_utf8_decode(s + k, n - k, &cp);
		if (ok != (int)(n - k) || !nw_isspace_cp(cp))
			break;
		n = k;
	}
	return n;
}

static int
isbullet(const char *s, size_t n)
{
	static const char *marks[] = { "\xe2\x80\xa2", "\xe2\x96\xa1",
	    "\xc2\xb7", "\xe2\x97\x8f", "\xe2\x96\xaa", "\xe2\x80\x93",
	    "\xe2\x80\x94", "- ", "* ", "+ ", NULL };
	size_t i;

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	for (i = 0; marks[i] != NULL; i++)
		if (n >= strlen(marks[i]) &&
		    memcmp(s, marks[i], strlen(marks[i])) == 0)
			return 1;
	/* "1." or "12)" */
	for (i = 0; i < n && i < 3 && s[i] >= '0' && s[i] <= '9'; i++)
		;
	return i > 0 && i < n && (s[i] == '.' || s[i] == ')') &&
	    (i + 1 == n || s[i + 1] == ' ');
}

/* Display width of the first word of a line (after leading blanks). */
static size_t
firstword(const char *s, size_t n)
{
	size_t i = 0, j;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	for (j = i; j < n && s[j] != ' ' && s[j] != '\t'; j++)
		;
	return nw_width(s + i, j - i);
}

static int
cmpsize(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? 1 : x > y ? -1 : 0;
}

/*
 * The right margin of hard-wrapped text, or 0 when the text has none.
 * The margin is the widest width that two lines come within 10 columns of
 * (one overlong line, say a URL, does not set it), and at least 3 in 10 of
 * the lines wider than half of it must reach it: wrapped text fills its
 * lines; text written one paragraph to a line has widths all over.
 */
static size_t
margin(const struct article *a)
{
	size_t *w, i, m = 0, near = 0, half = 0;

	if (a->n < 2)
		return 0;
	w = nw_malloc(a->n * sizeof(*w));
	for (i = 0; i < a->n; i++)
		w[i] = a->l[i].width;
	qsort(w, a->n, sizeof(*w), cmpsize);
	for (i = 0; i + 1 < a->n; i++)
		if (w[i + 1] + 10 >= w[i]) {
			m = w[i];
			break;
		}
	for (i = 0; m > 0 && i < a->n; i++) {
		near += w[i] + 10 >= m && w[i] <= m;
		half += w[i] > m / 2;
	}
	free(w);
	if (m < 20 || near < 2 || near * 10 < half * 3)
		return 0;
	return m;
}

/*
 * Mark the lines that go on the line before them: within a block, a line
 * continues the previous one when the previous line is full (its width,
 * a space and this line's first word pass the margin) and this line does
 * not start a list item.  Every other line is a paragraph of its own.
 */
static void
paragraphs(struct article *a, char *cont)
{
	size_t i, m = margin(a);

	if (a->n > 0)		/* an empty article: cont is still NULL */
		memset(cont, 0, a->n);
	if (m == 0)
		return;
	for (i = 1; i < a->n; i++) {
		const struct line *p = &a->l[i - 1], *l = &a->l[i];
		const char *s = a->text + l->off;

		if (l->para || isbullet(s, l->len) || p->width <= m / 2)
			continue;
		if (p->width + 1 + firstword(s, l->len) > m)
			cont[i] = 1;
	}
}

/* Words in a paragraph (runs of non-blank bytes). */
static size_t
words(const char *s, size_t n)
{
	size_t i, w = 0;
	int in = 0;

	for (i = 0; i < n; i++) {
		int sp = s[i] == ' ' || s[i] == '\t' || s[i] == '\n';

		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

static int
endsentence(const char *s, size_t n)
{
	static const char *ends[] = { ".", "!", "?", "\"", "\xe2\x80\x9d",
	    "\xe2\x80\x9c", "\xc2\xbb", "\xe3\x80\x82", "\xe2\x80\xa6", ")",
	    "'", "\xe2\x80\x99", NULL };
	size_t i;

	for (i = 0; ends[i] != NULL; i++) {
		size_t k = strlen(ends[i]);

		if (n >= k && memcmp(s + n - k, ends[i], k) == 0)
			return 1;
	}
	return 0;
}

struct para {
	size_t	 first, last;	/* lines */
	size_t	 off, len;	/* text, from the first line's start */
	size_t	 words, width;
};

/* A paragraph that reads like body text: long and ends a sentence. */
static int
bodylike(const struct para *p, const char *text)
{
	return (p->words >= 20 || p->width >= 160) &&
	    endsentence(text + p->off, p->len);
}

/* A line that could be a headline. */
static int
headlike(const struct para *p, const char *text)
{
	const char *s = text + p->off;

	if (p->first != p->last || isbullet(s, p->len))
		return 0;
	if (p->width < 12 || p->width > 250)
		return 0;
	if (p->words < 3 && p->width < 24)
		return 0;
	if (s[p->len - 1] == ':' || s[p->len - 1] == ',')
		return 0;
	return 1;
}

/*
 * Choose the headline: the headline-like paragraph closest above the first
 * stretch of body text, looking at most 12 paragraphs back; failing that,
 * the first paragraph when it is headline-like.  The section label is a
 * short line right above the headline.  Returns the index or -1.
 */
static void
headline(const struct para *p, size_t np, const char *text, long *title,
    long *section)
{
	size_t i, body = np;
	long t = -1;

	*title = *section = -1;
	for (i = 0; i < np; i++)
		if (bodylike(&p[i], text) && i + 1 < np &&
		    (bodylike(&p[i + 1], text) || p[i].words >= 40)) {
			body = i;
			break;
		}
	if (body == np)
		for (i = 0; i < np; i++)
			if (bodylike(&p[i], text)) {
				body = i;
				break;
			}
	for (i = body; i > 0 && body - i < 12; i--)
		if (headlike(&p[i - 1], text)) {
			t = (long)i - 1;
			break;
		}
	if (t < 0 && np > 0 && headlike(&p[0], text))
		t = 0;
	*title = t;
	if (t > 0) {
		const struct para *s = &p[t - 1];

		if (s->first == s->last && s->words <= 3 && s->width <= 30 &&
		    s->width >= 2 && !isbullet(text + s->off, s->len) &&
		    !endsentence(text + s->off, s->len))
			*section = t - 1;
	}
}

static uint64_t
fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;

	while (n-- > 0) {
		h ^= *s++;
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

/* Write the article as a record; nonzero once output fails. */
static int
emit(struct article *a, const char *source, unsigned occurrence,
    unsigned long ordinal)
{
	static char *cont, *val;
	static struct para *p;
	static size_t contcap, valcap;
	size_t i, np = 0;
	long title, section;
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	char id[32], num[64];

	if (a->n > contcap) {
		contcap = a->n;
		cont = nw_realloc(cont, contcap);
		p = nw_realloc(p, contcap * sizeof(*p));
	}
	paragraphs(a, cont);
	for (i = 0; i < a->n; i++) {
		struct line *l = &a->l[i];

		if (!cont[i]) {
			p[np].first = i;
			p[np].off = l->off;
			p[np].width = 0;
			np++;
		}
		p[np - 1].last = i;
		p[np - 1].len = l->off + l->len - p[np - 1].off;
		p[np - 1].width += l->width;
	}
	for (i = 0; i < np; i++)
		p[i].words = words(a->text + p[i].off, p[i].len);
	headline(p, np, a->text, &title, &section);

	/* Id: a hash of source, occurrence, ordinal and text; see nw-split(1) */
	snprintf(num, sizeof(num), "%u:%lu", occurrence, ordinal);
	h = fnv(h, source, strlen(source) + 1);
	h = fnv(h, num, strlen(num) + 1);
	h = fnv(h, a->text, a->len);
	snprintf(id, sizeof(id), "%016llx", (unsigned long long)h);
	nw_put(stdout, "Id", id, strlen(id));
	nw_put(stdout, "Source", source, strlen(source));
	for (i = 0; i < np; i++) {
		const char *name = (long)i == title ? "Title" :
		    (long)i == section ? "Section" : "Para";
		size_t j, o = 0;

		/* the lines of a paragraph, joined by newlines */
		if (p[i].len + p[i].last - p[i].first + 1 > valcap) {
			valcap = p[i].len + p[i].last - p[i].first + 1;
			val = nw_realloc(val, valcap);
		}
		for (j = p[i].first; j <= p[i].last; j++) {
			if (j > p[i].first)
				val[o++] = '\n';
			memcpy(val + o, a->text + a->l[j].off, a->l[j].len);
			o += a->l[j].len;
		}
		nw_put(stdout, name, val, o);
	}
	return nw_end(stdout);
}

static void
addline(struct article *a, const char *s, size_t n, int para)
{
	struct line *l;

	if (a->n == a->lcap) {
		a->lcap = a->lcap ? a->lcap * 2 : 256;
		a->l = nw_realloc(a->l, a->lcap * sizeof(*a->l));
	}
	l = &a->l[a->n++];
	l->off = a->len;
	l->len = n;
	l->width = nw_width(s, n);
	l->para = para;
	addtext(a, s, n);
}

struct input {
	const char	*name;		/* for messages and Source */
	unsigned	 occurrence;	/* the same name given again */
	unsigned long	 ordinal;	/* articles so far */
	unsigned long	 badline, nulline;	/* first repairs */
	size_t		 nbad, nnul;
	int		 blank;		/* a blank line came before */
	int		 failed;	/* output failed */
	int		 started;	/* the first line has been seen */
};

static int
flush(struct input *in, struct article *a, int last)
{
	/* an input with no text at all still gives one (empty) record */
	if (a->n > 0 || (last && in->ordinal == 0)) {
		in->ordinal++;
		if (emit(a, in->name, in->occurrence, in->ordinal) != 0)
			return -1;
	}
	a->n = a->len = 0;
	in->blank = 1;
	return 0;
}

/*
 * One logical line: repaired, trimmed, then a separator, a blank or text.
 */
static int
oneline(struct input *in, struct article *a, char *s, size_t n,
    unsigned long lineno)
{
	static char *fix;
	static size_t fixcap;
	size_t nbad, i;

	if (memchr(s, '\0', n) != NULL) {
		/* NUL becomes U+FFFD: done below through the repair buffer */
		if (in->nnul == 0)
			in->nulline = lineno;
		for (i = 0; i < n; i++)
			in->nnul += s[i] == '\0';
	}
	if (nw_utf8_valid(s, n) != n || in->nnul > 0) {
		size_t o = 0, k;

		if (fixcap < n * 3 + 1) {
			fixcap = n * 3 + 1;
			fix = nw_realloc(fix, fixcap);
		}
		/* repair piecewise so that NUL can be replaced too */
		for (i = 0; i < n; i = k) {
			for (k = i; k < n && s[k] != '\0'; k++)
				;
			o += nw_utf8_repair(s + i, k - i, fix + o, &nbad);
			if (nbad > 0 && in->nbad == 0)
				in->badline = lineno;
			in->nbad += nbad;
			if (k < n) {
				o += nw_utf8_encode(0xFFFD, fix + o);
				k++;
			}
		}
		s = fix;
		n = o;
	}
	/* the separators: a form feed alone, or the -d line */
	for (i = 0; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	if (i < n && s[i] == '\f' && rtrim(s + i + 1, n - i - 1) == 0)
		return flush(in, a, 0);
	n = rtrim(s, n);
	if (delim != NULL && strlen(delim) == n && memcmp(s, delim, n) == 0)
		return flush(in, a, 0);
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\v')
			break;
	if (i == n || rtrim(s, n) == 0) {
		in->blank = 1;
		return 0;
	}
	if (a->n == 0)
		a->firstline = lineno;
	addline(a, s, n, in->blank);
	in->blank = 0;
	return 0;
}

static int
splitfile(const char *path, unsigned occurrence, struct article *a)
{
	struct nw_lines lr;
	struct input in;
	char *line, *s, *cr;
	size_t len;
	int fd = 0, nl, rv, status = 0;

	memset(&in, 0, sizeof(in));
	in.name = path;
	in.occurrence = occurrence;
	in.blank = 1;
	if (strcmp(path, "-") != 0 && (fd = open(path, O_RDONLY)) < 0) {
		nw_warn("%s:", path);
		return 2;
	}
	if (nw_lines_init(&lr, fd) != 0)
		nw_die(2, "out of memory");
	a->n = a->len = 0;
	while ((rv = nw_lines_get(&lr, &line, &len, &nl)) > 0) {
		if (lr.lineno == 1 && len >= 3 &&
		    memcmp(line, "\xef\xbb\xbf", 3) == 0)
			line += 3, len -= 3;	/* a BOM */
		if (len > 0 && line[len - 1] == '\r')
			len--;			/* CRLF */
		/* a lone CR ends a line too (old Mac text) */
		for (s = line; (cr = memchr(s, '\r', len - (size_t)(s - line)));
		    s = cr + 1)
			if (oneline(&in, a, s, (size_t)(cr - s), lr.lineno))
				goto outfail;
		if (oneline(&in, a, s, len - (size_t)(s - line), lr.lineno))
			goto outfail;
	}
	if (rv < 0) {
		nw_warn("%s:%lu: %s", path, lr.lineno + 1,
		    errno == EFBIG ? "line too long" : strerror(errno));
		status = 2;
	}
	if (flush(&in, a, 1) != 0)
		goto outfail;
	if (!quiet && in.nbad > 0)
		nw_warn("%s:%lu: invalid UTF-8: %zu byte%s decoded as "
		    "Windows-1252", path, in.badline, in.nbad,
		    in.nbad == 1 ? "" : "s");
	if (!quiet && in.nnul > 0)
		nw_warn("%s:%lu: %zu NUL byte%s replaced by U+FFFD", path,
		    in.nulline, in.nnul, in.nnul == 1 ? "" : "s");
	nw_lines_free(&lr);
	if (fd != 0)
		close(fd);
	return status;
outfail:
	nw_lines_free(&lr);
	if (fd != 0)
		close(fd);
	return -1;
}

int
main(int argc, char *argv[])
{
	static const struct nw_longopt lo[] = { { NULL, 0, 0 } };
	struct nw_opt o;
	struct article a;
	int c, i, j, status = 0, rv;
	unsigned occ;
	char *stdinarg[] = { "-" };

	signal(SIGPIPE, SIG_DFL);
	nw_setprog(argv[0]);
	nw_opt_init(&o);
	while ((c = nw_getopt(&o, argc, argv, "d:q", lo)) != -1) {
		switch (c) {
		case 'd':
			delim = o.arg;
			break;
		case 'q':
			quiet = 1;
			break;
		case NW_OPT_HELP:
			usage(stdout);
			return nw_finish(0);
		case NW_OPT_VERSION:
			nw_version();
			return nw_finish(0);
		default:
			nw_warn("%s", o.err);
			usage(stderr);
			return 2;
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc == 0) {
		argc = 1;
		argv = stdinarg;
	}
	memset(&a, 0, sizeof(a));
	for (i = 0; i < argc; i++) {
		for (occ = 0, j = 0; j < i; j++)
			occ += strcmp(argv[i], argv[j]) == 0;
		rv = splitfile(argv[i], occ, &a);
		if (rv < 0)
			break;		/* output failed: nw_finish says so */
		if (rv > 0)
			status = rv;
	}
	free(a.text);		/* so that valgrind sees no leak */
	free(a.l);
	return nw_finish(status);
}
