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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nw.h"

struct line {
	size_t		 off, len;	/* in the article's text */
	size_t		 width;		/* display columns */
	size_t		 words;		/* words() of the line, uncapped */
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
	/* every mark starts with one of these bytes, or a digit */
	if (n == 0 || (*s != '\xe2' && *s != '\xc2' && *s != '-' &&
	    *s != '*' && *s != '+' && (*s < '0' || *s > '9')))
		return 0;
	/* the first byte first: most lines that get here start a number */
	for (i = 0; marks[i] != NULL; i++)
		if (marks[i][0] == *s && n >= strlen(marks[i]) &&
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
 * Line i is full at margin m: the first word of the next line of its block
 * would not have fitted after it.  It must be running text: two words or
 * more, and no run of blanks after the indent, which marks table columns,
 * form fields and pages laid out side by side.
 */
static int
isfull(const struct article *a, size_t i, size_t m)
{
	const struct line *l = &a->l[i], *nx = &a->l[i + 1];
	const char *s = a->text + l->off;
	size_t k = 0, n = l->len;

	if (nx->para || l->width > m)
		return 0;
	while (k < n && (s[k] == ' ' || s[k] == '\t'))
		k++;
	if (memchr(s + k, ' ', n - k) == NULL)
		return 0;
	/* eight bytes a load, for the runs that start in the first six */
	for (; k + 8 <= n; k += 6) {
		uint64_t x = nw_load64(s + k);
		uint64_t sp = nw_zerobytes(x ^ NW_ONES * ' ');

		if ((nw_zerobytes(x ^ NW_ONES * '\t') | (sp & sp >> 8 & sp >> 16)) &
		    UINT64_C(0x808080808080))
			return 0;
	}
	for (; k + 2 < n; k++)
		if (s[k] == '\t' || (s[k] == ' ' && s[k + 1] == ' ' &&
		    s[k + 2] == ' '))
			return 0;
	return l->width + 1 + firstword(a->text + nx->off, nx->len) > m;
}

/*
 * The widest of the widths w[0..n) that another one comes within 10
 * columns of, or 0.  From the top down, one pass a width, since only a few
 * overlong lines ever stand alone above the margin; sorted when there are
 * many of them.
 */
static size_t
topcluster(size_t *w, size_t n)
{
	size_t i, v, near, cap = SIZE_MAX, pass;

	for (pass = 0; pass < 8; pass++) {
		for (v = 0, i = 0; i < n; i++)
			if (w[i] < cap && w[i] > v)
				v = w[i];
		if (v == 0)
			return 0;
		for (near = 0, i = 0; i < n; i++)
			near += w[i] <= v && w[i] + 10 >= v;
		if (near >= 2)
			return v;
		cap = v;
	}
	qsort(w, n, sizeof(*w), cmpsize);
	for (i = 0; i + 1 < n; i++)
		if (w[i + 1] + 10 >= w[i])
			return w[i];
	return 0;
}

/*
 * The right margin of hard-wrapped text, or 0 when the text has none.
 * The margin is the widest width of a line followed by another line of
 * the same block that a second such line comes within 10 columns of (one
 * overlong line, say a URL, does not set it).  It holds when at least half
 * of the lines wider than half of it are full: words, and the next line's
 * first word would not have fitted after them.  In wrapped text nearly
 * every line but a paragraph's last is full; in one-paragraph-per-line
 * text and in page dumps the wide lines end blocks of their own.
 * fullnext (all 0 on entry) gets a 1 after each of those full lines.
 */
static size_t
margin(const struct article *a, char *fullnext)
{
	size_t *w, i, n = 0, m = 0, full = 0, wide = 0;

	if (a->n < 3)
		return 0;
	w = nw_malloc(a->n * sizeof(*w));
	for (i = 0; i + 1 < a->n; i++)
		if (!a->l[i + 1].para)
			w[n++] = a->l[i].width;
	m = topcluster(w, n);
	free(w);
	if (m < 20)
		return 0;
	for (i = 0; i < a->n; i++) {
		if (a->l[i].width <= m / 2)
			continue;
		wide++;
		if (i + 1 < a->n && isfull(a, i, m)) {
			fullnext[i + 1] = 1;	/* for paragraphs() */
			full++;
		}
	}
	if (full < 2 || full * 2 < wide)
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
	size_t i, m;

	if (a->n == 0)		/* an empty article: cont is still NULL */
		return;
	/* margin() marks the lines after full ones, which it counts */
	memset(cont, 0, a->n);
	if ((m = margin(a, cont)) == 0) {
		memset(cont, 0, a->n);
		return;
	}
	for (i = 1; i < a->n; i++)
		if (cont[i] && isbullet(a->text + a->l[i].off, a->l[i].len))
			cont[i] = 0;
}


/*
 * The blanks of x (the high bit of each byte that is one): spaces; tabs
 * and newlines only when a byte below '!' other than a space is there.
 */
static inline uint64_t
blanks(uint64_t x)
{
	uint64_t m = nw_zerobytes(x ^ NW_ONES * ' '), low;

	low = ~(((x & ~NW_HIGHS) + NW_ONES * (0x80 - '!')) | x) & NW_HIGHS;
	if (low != m)
		m |= nw_zerobytes(x ^ NW_ONES * '\t') |
		    nw_zerobytes(x ^ NW_ONES * '\n');
	return m;
}

/*
 * The bytes where a word starts (high bits), of the blanks m of eight
 * bytes and those of the eight before them: non-blank, and the byte
 * before it blank.
 */
static inline uint64_t
starts(uint64_t m, uint64_t before)
{
	return ~m & NW_HIGHS & (m << 8 | before >> 56);
}

/*
 * Words in a paragraph (runs of bytes other than space, tab and
 * newline), counted up to WORDS_ENOUGH: every decision about a
 * paragraph's length is taken below that.  Eight bytes a step: a word
 * starts at a non-blank byte whose previous byte is blank.  No more than
 * four words start in eight bytes, so sixteen bytes a step, and the last
 * few as one padded word, while that cannot reach WORDS_ENOUGH stop
 * where eight at a time would.
 */
#define WORDS_ENOUGH	100
static size_t
words(const char *s, size_t n)
{
	size_t i = 0, w = 0, k;
	uint64_t blank = NW_HIGHS;	/* as if a blank came before */
	uint64_t m, m2, x;
	int in;

	for (; i + 16 <= n && w + 4 < WORDS_ENOUGH; i += 16) {
		m = blanks(nw_load64(s + i));
		m2 = blanks(nw_load64(s + i + 8));
		/* both counts in one multiply (nw_highcount) */
		w += (size_t)((((starts(m, blank) >> 7) +
		    (starts(m2, m) >> 7)) * NW_ONES) >> 56);
		blank = m2;
	}
	for (; i + 8 <= n && w < WORDS_ENOUGH; i += 8) {
		m = blanks(nw_load64(s + i));
		w += nw_highcount(starts(m, blank));
		blank = m;
	}
	if (i < n && w + 4 < WORDS_ENOUGH) {	/* spaces after the end */
		for (x = NW_ONES * ' ', k = 0; k < n - i; k++)
			x ^= (uint64_t)((unsigned char)s[i + k] ^ ' ') << 8 * k;
		return w + nw_highcount(starts(blanks(x), blank));
	}
	for (in = !(blank >> 63); i < n && w < WORDS_ENOUGH; i++) {
		int sp = s[i] == ' ' || s[i] == '\t' || s[i] == '\n';

		w += !sp && !in;
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

	if (n == 0)
		return 0;
	if ((unsigned char)s[n - 1] < 0x80)	/* the common case */
		return strchr(".!?\")'", s[n - 1]) != NULL && s[n - 1] != '\0';
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

/* The words of a paragraph that reads like a sentence or more of text. */
static size_t
bodyweight(const struct para *p, const char *text)
{
	/* scripts written without blanks count by width */
	if ((p->words >= 10 || p->width >= 80) &&
	    endsentence(text + p->off, p->len))
		return p->words > p->width / 6 ? p->words : p->width / 6;
	return 0;
}

/*
 * Headline detection.  Every one-line paragraph that could be a headline
 * is scored on signals that hold across sites and languages, and the best
 * one wins:
 *  - body text follows it closely (a page's related-article teasers and
 *    menus are followed by little of it);
 *  - it occurs again in the page, alone or as the start or end of a short
 *    line ("Headline | Site", "Share this story: Headline", breadcrumbs);
 *  - a date or a byline comes right after it (or right before it);
 *  - it has a headline's shape: a few words, no final period, and it is
 *    not a date, a byline, a photo caption or a prompt (cookies, log in).
 * The work is linear in the article: candidates are capped, and repeats
 * are found through hashes of word sequences, not by comparing lines.
 */
#define HL_WINDOW	45	/* paragraphs after a candidate that count */
#define HL_MAXCAND	512	/* candidates per article */
#define HL_KEEP		64	/* of which the best are scored in full */
#define HL_MAXWORDS	40	/* longest candidate, in words */
#define HL_LINEWORDS	100	/* longest line searched for a repeat */
#define HL_EXTRA	12	/* words a repeat may add to the headline */
#define HL_TABLE	1024	/* hash slots: a power of two >= 2 * MAXCAND */

struct cand {
	size_t		 para;
	uint64_t	 hash;		/* of its word sequence */
	size_t		 words;
	unsigned	 same;		/* other lines equal to it */
	unsigned	 part;		/* lines starting or ending with it */
	unsigned	 lead;		/* longer lines starting with it */
	unsigned	 top;		/* the article's first line is it */
	uint64_t	 first, last;	/* hashes of its edge two words */
	uint64_t	 head, tail;	/* of its first and last word */
	unsigned	 tailkey;	/* lastpair() of it */
	int		 tailok;	/* lastpair() found it */
	int		 inbody;	/* inbody() */
	long		 cheap;		/* score on position, length */
	int		 hascheap;	/* cheap is set */
	long		 bound;		/* the full score is at most this */
};

/* x ranks below y on the cheap score: lower, or as high and further on */
static int
cheapbelow(const struct cand *x, const struct cand *y)
{
	if (x->cheap != y->cheap)
		return x->cheap < y->cheap;
	return x->para > y->para;
}

/*
 * Keep the keep best of the nc candidates c (in paragraph order) on the
 * cheap score, still in paragraph order; returns their number.  A heap of
 * the kept ones, the lowest on top, instead of sorting them all.
 */
static size_t
bestcheap(struct cand *c, size_t nc, size_t keep)
{
	size_t heap[HL_MAXCAND], n = 0, i, j, k, t;
	unsigned char in[HL_MAXCAND];

	if (nc <= keep)
		return nc;
	for (i = 0; i < nc; i++) {
		if (n < keep) {		/* up from the bottom */
			for (j = n++; j > 0 && cheapbelow(&c[i],
			    &c[heap[(j - 1) / 2]]); j = (j - 1) / 2)
				heap[j] = heap[(j - 1) / 2];
			heap[j] = i;
			continue;
		}
		if (cheapbelow(&c[i], &c[heap[0]]))
			continue;
		for (j = 0; (k = 2 * j + 1) < n; j = k) {	/* down */
			if (k + 1 < n && cheapbelow(&c[heap[k + 1]], &c[heap[k]]))
				k++;
			if (!cheapbelow(&c[heap[k]], &c[i]))
				break;
			heap[j] = heap[k];
		}
		heap[j] = i;
	}
	memset(in, 0, nc);
	for (j = 0; j < n; j++)
		in[heap[j]] = 1;
	for (i = t = 0; i < nc; i++)
		if (in[i])
			c[t++] = c[i];
	return t;
}


/* A code point that is part of a word: letters, digits, marks. */
static inline int
wordcp(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
		return 0;
	if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
	    (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
	    (cp >= 0x1F000 && cp <= 0x1FAFF))
		return 0;
	return 1;
}

/* ASCII letters and digits, lower-cased; 0 for every other byte. */
static const unsigned char asciiword[256] = {
	['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
	['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
	['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e',
	['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i', ['J'] = 'j',
	['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o',
	['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't',
	['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y',
	['Z'] = 'z',
	['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e',
	['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j',
	['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['o'] = 'o',
	['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't',
	['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y',
	['z'] = 'z'
};

/*
 * The code point at s (n > 0 bytes, s[0] not ASCII) in *cp and its length;
 * an invalid byte reads as one blank.  Two- and three-byte sequences
 * inline, the rest through nw_utf8_decode().
 */
static inline int
cpat(const unsigned char *s, size_t n, unsigned *cp)
{
	int len;

	if (s[0] >= 0xC2 && s[0] <= 0xDF && n >= 2 && (s[1] & 0xC0) == 0x80) {
		*cp = (unsigned)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
		return 2;
	}
	if (s[0] >= 0xE1 && s[0] <= 0xEC && n >= 3 &&
	    (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*cp = (unsigned)(s[0] & 0x0F) << 12 |
		    (unsigned)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
		return 3;
	}
	if ((len = nw_utf8_decode((const char *)s, n, cp)) <= 0) {
		*cp = ' ';
		return 1;
	}
	return len;
}


/* The blanks that s[0..n) starts with; eight a step, as dumps indent. */
static size_t
leadblanks(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		uint64_t x = nw_load64(s + i);
		uint64_t b = nw_zerobytes(x ^ NW_ONES * ' ') |
		    nw_zerobytes(x ^ NW_ONES * '\t');

		if (b != NW_HIGHS)
			return i + nw_lowbytes(~b & NW_HIGHS);
	}
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

/*
 * Where a rule drawn to the end of the line ("━━━━", one character of
 * U+2000-U+2BFF again and again) that starts at s[i], after the line's
 * blanks, ends, or 0: skipword() would pass over it one character at a
 * time.
 */
static size_t
ruleend(const unsigned char *s, size_t n, size_t i)
{
	size_t r;

	if (i + 6 > n || s[i] != 0xE2 || s[i + 1] > 0xAF ||
	    (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
	    s[i + 3] != 0xE2)
		return 0;
	r = (n - i - 3) / 3 * 3;
	return memcmp(s + i + 3, s + i, r) == 0 ? i + 3 + r : 0;
}

/* From s[i], the start of the next word of s[0..n), or n. */
static inline size_t
skipword(const unsigned char *s, size_t n, size_t i)
{
	unsigned cp;
	int cl;

	for (;;) {
		if (i >= n)
			return n;
		if (s[i] < 0x80) {
			if (asciiword[s[i]])
				return i;
			i++;
			continue;
		}
		/* U+2000-U+2BFF: punctuation, symbols, rules */
		if (s[i] == 0xE2 && i + 2 < n && s[i + 1] <= 0xAF &&
		    (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		/* U+0080-U+00BF: no-break spaces, signs */
		if (s[i] == 0xC2 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
			i += 2;
			continue;
		}
		cl = cpat(s + i, n - i, &cp);
		if (wordcp(cp))
			return i;
		i += (size_t)cl;
	}
}

/*
 * The word of s[0..n) that starts at s[i]: its hash (FNV-1a over its
 * bytes, ASCII lower-cased) in *h; returns its end.
 */
static inline size_t
hashword(const unsigned char *s, size_t n, size_t i, uint64_t *h)
{
	uint64_t x = UINT64_C(0xcbf29ce484222325);
	unsigned cp, c;
	int cl;

	while (i < n) {
		while (i < n && (c = asciiword[s[i]]) != 0) {
			x = (x ^ c) * UINT64_C(0x100000001b3);
			i++;
		}
		if (i == n || s[i] < 0x80)
			break;
		cl = cpat(s + i, n - i, &cp);
		if (!wordcp(cp))
			break;
		for (; cl > 0; cl--, i++) {
			x ^= s[i];
			x *= UINT64_C(0x100000001b3);
		}
	}
	*h = x;
	return i;
}

/*
 * Hashes of the words of s (runs of word code points, ASCII lower-cased)
 * of minlen bytes or more into h, their lengths (up to 255) into len
 * unless it is NULL; returns their number, or max + 1 when there are
 * more than max.  FNV-1a over the bytes of each word.
 */
static size_t
wordhashes(const char *str, size_t n, uint64_t *h, size_t max, size_t minlen,
    unsigned char *len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, k = 0, start;
	uint64_t x;

	for (;;) {
		if ((i = skipword(s, n, i)) >= n)
			return k;
		if (k == max && minlen == 0)
			return max + 1;		/* one more: enough said */
		start = i;
		i = hashword(s, n, i, &x);
		if (i - start < minlen)
			continue;
		if (k == max)
			return max + 1;
		if (len != NULL)
			len[k] = (unsigned char)(i - start > 255 ? 255 :
			    i - start);
		h[k++] = x;
	}
}

/*
 * The code point that ends just before s[j], starting at s[*k]; 0 when
 * the bytes there are not a valid sequence.
 */
static unsigned
cpbefore(const char *s, size_t j, size_t *k)
{
	size_t i = j - 1;
	unsigned cp;

	while (i > 0 && j - i < 4 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	if (nw_utf8_decode(s + i, j - i, &cp) != (int)(j - i) || cp == 0)
		return 0;
	*k = i;
	return cp;
}

/*
 * The word of s that ends at or before s[j - 1], as wordhashes() makes it:
 * its hash in *h and its start in *j; 1 found, 0 none, -1 not sure
 * (invalid UTF-8 in the way).
 */
static int
wordbefore(const char *s, size_t *j, uint64_t *h)
{
	size_t i, e, k = 0;
	unsigned c, cp;
	uint64_t x;

	for (e = *j; e > 0; e = k) {
		if ((c = (unsigned char)s[e - 1]) < 0x80) {
			if (asciiword[c])
				break;
			k = e - 1;
		} else if ((cp = cpbefore(s, e, &k)) == 0)
			return -1;
		else if (wordcp(cp))
			break;
	}
	if (e == 0)
		return 0;
	for (i = e; i > 0; i = k) {
		if ((c = (unsigned char)s[i - 1]) < 0x80) {
			if (!asciiword[c])
				break;
			k = i - 1;
		} else if ((cp = cpbefore(s, i, &k)) == 0)
			return -1;
		else if (!wordcp(cp))
			break;
	}
	*j = i;
	for (x = UINT64_C(0xcbf29ce484222325); i < e; i++) {
		c = (unsigned char)s[i];
		x = (x ^ (c < 0x80 ? asciiword[c] : c)) *
		    UINT64_C(0x100000001b3);
	}
	*h = x;
	return 1;
}

/*
 * The last two bytes that wordhashes() hashes of the last word of s[0..n)
 * in *key, the earlier one in the high byte (0 for a word of one byte):
 * 1; 0 no word; -1 not sure (invalid UTF-8 in the way).  Valid UTF-8
 * resynchronizes, so reading forward ends the line with the same bytes.
 */
static int
lastpair(const unsigned char *s, size_t n, unsigned *key)
{
	size_t e, k = 0;
	unsigned cp, c;

	for (e = n; e > 0; e = k) {
		if (s[e - 1] < 0x80) {
			if (asciiword[s[e - 1]])
				break;
			k = e - 1;
		} else if ((cp = cpbefore((const char *)s, e, &k)) == 0)
			return -1;
		else if (wordcp(cp))
			break;
	}
	if (e == 0)
		return 0;
	if (s[e - 1] >= 0x80) {		/* two bytes of one character */
		*key = (unsigned)s[e - 2] << 8 | s[e - 1];
		return 1;
	}
	c = asciiword[s[e - 1]];
	if (e == 1 || s[e - 2] < 0x80) {
		*key = (e == 1 ? 0 : (unsigned)asciiword[s[e - 2]] << 8) | c;
		return 1;
	}
	if ((cp = cpbefore((const char *)s, e - 1, &k)) == 0)
		return -1;
	*key = (wordcp(cp) ? (unsigned)s[e - 2] << 8 : 0) | c;
	return 1;
}

#define HL_BASE	UINT64_C(0x9e3779b97f4a7c15)

/*
 * The hash of the first two (or the last two) words of s, as seqhash()
 * makes it, in *h: 2 found; 1 the line has one word, its hash in *h;
 * 0 no word; -1 not sure.
 */
static int
edgewords(const char *s, size_t n, int last, uint64_t *h)
{
	uint64_t w[3];
	size_t j = n;
	int r;

	if (!last) {
		if ((r = (int)wordhashes(s, n, w, 2, 0, NULL)) == 1)
			*h = w[0];
		else if (r > 1)
			*h = w[0] * HL_BASE + w[1];
		return r > 2 ? 2 : r;
	}
	if ((r = wordbefore(s, &j, &w[1])) <= 0)
		return r;
	if ((r = wordbefore(s, &j, &w[0])) < 0)
		return r;
	*h = r == 0 ? w[1] : w[0] * HL_BASE + w[1];
	return r + 1;
}

#define BIT(set, x)	((set)[((x) >> 3) & 511] & (1 << ((x) & 7)))
#define SETBIT(set, x)	((set)[((x) >> 3) & 511] |= 1 << ((x) & 7))

/* The hash of a word sequence: sum of h[j] * BASE^(n - 1 - j). */
static uint64_t
seqhash(const uint64_t *h, size_t n)
{
	uint64_t x = 0;
	size_t i;

	for (i = 0; i < n; i++)
		x = x * HL_BASE + h[i];
	return x;
}

/*
 * Count, for each candidate, the other lines that are it or that start or
 * end with it plus at most HL_EXTRA words.
 */
static void
repeats(const struct para *p, size_t np, const char *text, struct cand *c,
    size_t nc, size_t headmax, uint64_t (*cwords)[HL_MAXWORDS])
{
	static size_t slot[HL_TABLE];
	static unsigned char pairs[65536 / 8];	/* lastpair() of the tails */
	int usepairs = 1;
	unsigned char firsts[512], lasts[512], ones[512], heads[512], tails[512];
	uint64_t h[HL_LINEWORDS + 1], pre[HL_LINEWORDS + 1], e;
	uint64_t pw[HL_LINEWORDS + 1];
	size_t i, j, k, n, most, least, lim, ci = 0;

	memset(slot, 0, sizeof(slot));
	memset(firsts, 0, sizeof(firsts));
	memset(lasts, 0, sizeof(lasts));
	memset(ones, 0, sizeof(ones));
	memset(heads, 0, sizeof(heads));
	memset(tails, 0, sizeof(tails));
	for (i = 0; i < nc; i++) {
		SETBIT(heads, c[i].head);
		if (c[i].words == 1)
			SETBIT(ones, c[i].first);
		else {
			SETBIT(firsts, c[i].first);
			SETBIT(lasts, c[i].last);
			SETBIT(tails, c[i].tail);
			if (c[i].tailok)
				pairs[c[i].tailkey >> 3] |= 1 << (c[i].tailkey & 7);
			else
				usepairs = 0;
		}
		for (j = c[i].hash & (HL_TABLE - 1); slot[j] != 0;
		    j = (j + 1) & (HL_TABLE - 1))
			;
		slot[j] = i + 1;
	}
	pw[0] = 1;
	for (i = 1; i <= HL_LINEWORDS; i++)
		pw[i] = pw[i - 1] * HL_BASE;
	for (i = 0, most = 0, least = SIZE_MAX; i < nc; i++) {
		most = c[i].words > most ? c[i].words : most;
		least = c[i].words < least ? c[i].words : least;
	}
	lim = most + HL_EXTRA < HL_LINEWORDS ? most + HL_EXTRA : HL_LINEWORDS;
	for (i = 0; i < np; i++) {
		const char *t = text + p[i].off;
		const unsigned char *u = (const unsigned char *)t;
		int r1, r2;

		/* words counts blank-separated runs: roughly the same */
		if (p[i].words + 4 < least)
			continue;
		/*
		 * A candidate's own line passes the tests below (its edge
		 * words are its own), and its words are known already: all
		 * of them, which is no more than most <= lim.
		 */
		while (ci < nc && c[ci].para < i)
			ci++;
		if (ci < nc && c[ci].para == i) {
			n = c[ci].words;
			memcpy(h, cwords[ci], n * sizeof(h[0]));
			goto known;
		}
		/*
		 * Most lines start and end with two words that no candidate
		 * starts or ends with (a match of one word counts only when
		 * it is the whole line).  First the first word alone: when
		 * no candidate starts with it (one longer than headmax bytes
		 * is none of theirs), only a match at the end is left, of
		 * two words or more.  The last word alone likewise.
		 */
		j = leadblanks(u, p[i].len);
		if ((k = ruleend(u, p[i].len, j)) > 0)
			j = k;
		if ((j = skipword(u, p[i].len, j)) >= p[i].len)
			continue;
		k = hashword(u, headmax < p[i].len - j ? j + headmax + 1 :
		    p[i].len, j, &e);
		if (!BIT(heads, e)) {
			unsigned key;

			/* the last two bytes first, most often enough */
			if (usepairs && lastpair(u, p[i].len, &key) == 1 &&
			    !(pairs[key >> 3] & 1 << (key & 7)))
				continue;
			k = p[i].len;
			if ((r2 = wordbefore(t, &k, &e)) >= 0 &&
			    (r2 == 0 || !BIT(tails, e)))
				continue;
			if (r2 > 0) {
				r2 = edgewords(t, p[i].len, 1, &e);
				if (r2 >= 0 && (r2 < 2 || !BIT(lasts, e)))
					continue;
			}
		} else {
			if ((r1 = edgewords(t, p[i].len, 0, &e)) == 0 ||
			    (r1 == 1 && !BIT(ones, e)))
				continue;
			if (r1 == 2 && !BIT(firsts, e)) {
				r2 = edgewords(t, p[i].len, 1, &e);
				if (r2 >= 0 && (r2 < 2 || !BIT(lasts, e)))
					continue;
			}
		}
		if ((n = wordhashes(t, p[i].len, h, lim, 0, NULL)) == 0)
			continue;
known:
		/* a longer line: only its first lim words, for prefixes */
		pre[0] = 0;
		for (k = 0; k < n && k < lim; k++)
			pre[k + 1] = pre[k] * HL_BASE + h[k];
		/* k words: the whole line, a prefix, a suffix */
		for (k = n < most ? n : most; k >= least && k >= 1; k--) {
			uint64_t x[2];
			int m, nx = 1;

			x[0] = pre[k];
			if (k < n && k + HL_EXTRA >= n) {
				x[1] = pre[n] - pre[n - k] * pw[k];
				nx = 2;
			}
			for (m = 0; m < nx; m++)
				for (j = x[m] & (HL_TABLE - 1); slot[j] != 0;
				    j = (j + 1) & (HL_TABLE - 1)) {
					struct cand *q = &c[slot[j] - 1];

					if (q->hash != x[m] || q->words != k ||
					    q->para == i)
						continue;
					if (k == n) {
						q->same++;
						q->top |= i == 0;
					} else if (k + HL_EXTRA < n)
						q->lead += k >= 3;
					else if (k >= 2)
						q->part++;
				}
		}
	}
	for (i = 0; i < nc; i++)	/* empty again for the next article */
		if (c[i].words > 1 && c[i].tailok)
			pairs[c[i].tailkey >> 3] = 0;
}

/*
 * The words of the main body text, to see how much of a candidate's
 * wording the article takes up: a headline's words come back in the text
 * below it; a menu's, a date's or a prompt's do not.  Words of four bytes
 * or more only, which leaves out most function words.
 */
#define HL_SETMAX	4096	/* slots: a power of two */
#define HL_MINWORD	4

static uint64_t bodyset[HL_SETMAX];
static size_t bodypara[HL_SETMAX];	/* 1 + its paragraph; 0: in two */
static size_t bodymask;
static size_t bodyused[HL_SETMAX / 4], nbodyused;	/* slots set */

static void
setbody(const struct para *p, size_t from, size_t to, const char *text)
{
	uint64_t h[HL_SETMAX / 4];
	size_t i, j, k, n, total = 0, room = sizeof(h) / sizeof(h[0]);

	for (i = from; i < to; i++)
		total += p[i].words;
	for (bodymask = 16; bodymask < 2 * total && bodymask < HL_SETMAX;)
		bodymask *= 2;
	/* empty again: only the slots the last article set */
	while (nbodyused > 0)
		bodyset[bodyused[--nbodyused]] = 0;
	if (room > bodymask / 2)
		room = bodymask / 2;	/* words may outnumber blanks */
	bodymask--;
	for (i = from; i < to && room > 0; i++) {
		if (bodyweight(&p[i], text) == 0)
			continue;
		n = wordhashes(text + p[i].off, p[i].len, h, room, HL_MINWORD,
		    NULL);
		if (n > room)
			n = room;
		for (j = 0; j < n; j++) {
			uint64_t x = h[j] ? h[j] : 1;

			for (k = x & bodymask; bodyset[k] != 0 &&
			    bodyset[k] != x; k = (k + 1) & bodymask)
				;
			if (bodyset[k] == 0) {
				bodyused[nbodyused++] = k;
				bodypara[k] = i + 1;
			} else if (bodypara[k] != i + 1)
				bodypara[k] = 0;
			bodyset[k] = x;
		}
		room -= n;
	}
}

/*
 * The share of a line's words found in the body, in percent: of its n
 * words (hashes h, lengths len), those of HL_MINWORD bytes or more.  The
 * line may be in the body text itself (a caption that reads like a
 * sentence): its words count only when another paragraph has them too.
 */
static int
inbody(const uint64_t *h, const unsigned char *len, size_t n, size_t self)
{
	size_t i, j, k, found = 0;

	for (i = j = 0; i < n; i++) {
		uint64_t x = h[i] ? h[i] : 1;

		if (len[i] < HL_MINWORD)
			continue;
		j++;
		for (k = x & bodymask; bodyset[k] != 0 && bodyset[k] != x;
		    k = (k + 1) & bodymask)
			;
		found += bodyset[k] == x && bodypara[k] != self + 1;
	}
	if (j == 0)
		return 0;
	return (int)(100 * found / (j + 1));	/* one word says little */
}

/*
 * Marks of page furniture: photo captions and credits; prompts, consent,
 * sharing and advertising.
 */
#define M_CAPTION	1
#define M_PROMPT	2
#define M_TRAIL		4	/* a trail separator (counted: two are a prompt) */

static const char *const captionmarks[] = { "\xc2\xa9", "(c)", "(C)", "Photo:",
    "Foto:", "Bild:", "Image:", "Photo by", "Foto von", "Fotos:",
    "Photos:", "Photograph", "Credit:", "Copyright", "Getty Images",
    "Bildquelle", "Quelle:", "Source:", "Picture:", "Illustration:",
    "Symbolbild", "Archivbild", "Bildmontage", "ile photo",
    "droits réservés", "ll rights reserved", "Rechte vorbehalten", NULL };
static const char *const promptmarks[] = { "ookie", "ubscri", "bonnier",
    "bonnement", "Abo ", "ewsletter", "og in", "og In", "ogin",
    "ign in", "ign In", "ign up", "ign Up", "nmelden", "egistr",
    "avaScript", "rowser", "dvertis", "Anzeige", "Werbung", "Share",
    "Teilen", "teilen", "Kommentar", "omments", "Datenschutz",
    "Privacy", "privacy", "Menu", "Menü", "Navigation", "Suche",
    "Search", "min read", "minute read", "Lesezeit", "Lesedauer",
    "reading time", " > ", " \xe2\x80\xba ", NULL };	/* breadcrumbs */
/* separators that make a breadcrumb trail when they come twice */
static const char *const trailmarks[] = { " / ", " \xc2\xbb ", NULL };

/*
 * The M_ bits of the marks that s[0..n) contains.  One pass over the line
 * with a table of the byte pairs that marks start with skips almost every
 * position at once and leads straight to the marks that start there.
 */
#define M_MAX	80
/* every mark must have its slot: a compile error otherwise */
typedef char nw_marks_fit[(sizeof(captionmarks) + sizeof(promptmarks) +
    sizeof(trailmarks)) / sizeof(char *) - 3 <= M_MAX ? 1 : -1];

static int
furniture(const char *s, size_t n)
{
	static const char *const *const lists[3] = { captionmarks,
	    promptmarks, trailmarks };
	static unsigned char head[65536];	/* pair: first mark + 1 */
	static unsigned char next[M_MAX + 1], len[M_MAX + 1], bit[M_MAX + 1];
	static const char *mark[M_MAX + 1];
	static int ready;
	size_t i, j, k, m;
	int l, found = 0, trail = 0;

	if (!ready) {
		for (l = 0, m = 1; l < 3; l++)
			for (j = 0; lists[l][j] != NULL && m <= M_MAX; j++, m++) {
				k = (unsigned char)lists[l][j][0] |
				    (unsigned)(unsigned char)lists[l][j][1] << 8;
				mark[m] = lists[l][j];
				len[m] = (unsigned char)strlen(mark[m]);
				bit[m] = (unsigned char)(1 << l);
				next[m] = head[k];
				head[k] = (unsigned char)m;
			}
		ready = 1;
	}
	for (i = 0; i + 1 < n; i++) {
		k = (unsigned char)s[i] | (unsigned)(unsigned char)s[i + 1] << 8;
		for (m = head[k]; m != 0; m = next[m])
			if (!(found & bit[m]) && len[m] <= n - i &&
			    memcmp(s + i, mark[m], len[m]) == 0) {
				if (bit[m] == M_TRAIL) {
					if (++trail < 2)
						continue;
					found |= M_PROMPT;
				}
				found |= bit[m];
				if ((found & (M_CAPTION | M_PROMPT)) ==
				    (M_CAPTION | M_PROMPT))
					return found & (M_CAPTION | M_PROMPT);
			}
	}
	return found & (M_CAPTION | M_PROMPT);
}

/* The first word of s, ASCII lower-cased, is one of list. */
static int
startsany(const char *s, size_t n, const char *const *list)
{
	static const char *const *built;	/* the list in firsts */
	static unsigned char firsts[256];	/* first bytes of its words */
	char w[16];
	size_t i = 0, k;
	unsigned char c;

	if (built != list) {
		memset(firsts, 0, sizeof(firsts));
		for (i = 0; list[i] != NULL; i++)
			firsts[(unsigned char)list[i][0]] = 1;
		built = list;
		i = 0;
	}
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n)
		return 0;
	c = (unsigned char)s[i];
	if (!firsts[c >= 'A' && c <= 'Z' ? c + 32 : c])
		return 0;	/* most lines */
	for (k = 0; i < n && k + 1 < sizeof(w) && s[i] != ' ' &&
	    s[i] != ':' && s[i] != ','; i++)
		w[k++] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i];
	w[k] = '\0';
	if (i < n && s[i] != ' ' && s[i] != ':' && s[i] != ',')
		return 0;
	for (i = 0; list[i] != NULL; i++)
		if (list[i][0] == w[0] && strcmp(w, list[i]) == 0)
			return 1;
	return 0;
}

/*
 * A time told from now, the number at s[i..j): "10 h ago", "2 hours ago";
 * in a line of six words or fewer also "vor 3 Stunden", "hace 5 minutos",
 * "il y a 2 jours" (a headline may say "vor 3 Tagen").
 */
static int
agolike(const char *s, size_t n, size_t i, size_t j, size_t words)
{
	static const char *const units[] = { "h", "min", "sec", "sek",
	    "hour", "hr", "day", "week", "month", "std", "stund", "tag",
	    "woche", "monat", "hora", "d", "semana", "mes", "heure", "jour",
	    "mois", "ora", "giorn", "dag", "tim", "uur", NULL };
	size_t k, e, u, l;

	for (k = j; k < n && s[k] == ' '; k++)
		;
	for (e = k; e < n && (s[e] | 32) >= 'a' && (s[e] | 32) <= 'z'; e++)
		;
	if (e == k || e - k > 8)
		return 0;
	if (e + 4 <= n && memcmp(s + e, " ago", 4) == 0)
		return 1;
	if (words > 6)
		return 0;
	if (!(i >= 4 && (s[i - 4] | 32) == 'v' &&
	    memcmp(s + i - 3, "or ", 3) == 0) &&
	    !(i >= 5 && (s[i - 5] | 32) == 'h' &&
	    memcmp(s + i - 4, "ace ", 4) == 0) &&
	    !(i >= 4 && memcmp(s + i - 4, "y a ", 4) == 0))
		return 0;
	for (u = 0; units[u] != NULL; u++) {
		for (l = 0; units[u][l] != '\0' && k + l < e &&
		    (s[k + l] | 32) == units[u][l]; l++)
			;
		if (units[u][l] == '\0')
			return 1;
	}
	return 0;
}

/*
 * A date or a time: "d.m.", "d/m/" or "yyyy-mm-dd" with one or two digits
 * in each part, "h:mm", or a year 1900-2099 with a day number beside it
 * ("19. Oktober 2019", "Jun 05, 2026") or in a line of three words or
 * fewer.  A year alone is not enough: headlines name years.
 */
static int
datelike(const char *s, size_t n, size_t words)
{
	size_t i = 0, j, k, year = 0, small = 0;

	/* eight bytes a step to the first digit: most lines have none */
	for (; i + 8 <= n; i += 8) {
		uint64_t x = nw_load64(s + i) ^ NW_ONES * '0';

		if (nw_zerobytes(x & NW_ONES * 0xF0) &
		    ~(((x & NW_ONES * 0x0F) + NW_ONES * 6) << 3) & NW_HIGHS)
			break;
	}
	while (i < n) {
		if (s[i] < '0' || s[i] > '9') {
			i++;
			continue;
		}
		for (j = i; j < n && s[j] >= '0' && s[j] <= '9'; j++)
			;
		k = j - i;
		if (k == 4 && ((s[i] == '1' && s[i + 1] == '9') ||
		    (s[i] == '2' && s[i + 1] == '0'))) {
			if (j + 3 < n && s[j] == '-' && s[j + 1] >= '0' &&
			    s[j + 1] <= '9')
				return 1;
			year++;
		} else if (k <= 2) {
			if (j + 2 < n && (s[j] == '.' || s[j] == '/') &&
			    s[j + 1] >= '0' && s[j + 1] <= '9' &&
			    (s[j + 2] == s[j] || (s[j + 2] >= '0' &&
			    s[j + 2] <= '9' && j + 3 < n && s[j + 3] == s[j])))
				return 1;
			if (j + 2 < n && s[j] == ':' && s[j + 1] >= '0' &&
			    s[j + 1] <= '5' && s[j + 2] >= '0' &&
			    s[j + 2] <= '9' && (j + 3 == n || s[j + 3] < '0' ||
			    s[j + 3] > '9'))
				return 1;
			if (agolike(s, n, i, j, words))
				return 1;
			small++;
		}
		i = j;
	}
	return year > 0 && (small > 0 || words <= 3);
}

/* A byline or a publication line: "By ...", "Von ...", "Updated ...". */
static int
bylinelike(const char *s, size_t n, size_t words)
{
	static const char *const first[] = { "by", "von", "par", "por",
	    "di", "av", "door", "przez", "af", "autor", "author", "autorin",
	    "text", "texte", "redaktion", "published", "updated", "posted",
	    "written", "veröffentlicht", "aktualisiert", "stand", "publié",
	    "publicado", "mis", "geschrieben", NULL };

	return words <= 8 && startsany(s, n, first);
}

/* A photo caption or credit. */
static int
captionlike(const char *s, size_t n)
{
	return (furniture(s, n) & M_CAPTION) != 0;
}

/* Page furniture: prompts, consent, sharing, advertising. */
static int
promptlike(const char *s, size_t n)
{
	return (furniture(s, n) & M_PROMPT) != 0;
}

/*
 * A line that could be a headline: one line of words.  List items too:
 * the last item of a breadcrumb trail can be the headline.
 */
static int
headlike(const struct para *p, const char *text)
{
	const char *s = text + p->off;
	char e;

	if (p->first != p->last || p->width < 4 || p->width > 300 ||
	    p->words > 40)
		return 0;
	e = s[p->len - 1];
	return e != ':' && e != ',' && e != ';' && e != '|' && s[0] != '[';
}

/* Ends in a period that closes a sentence (not "..." or an ellipsis). */
static int
endsperiod(const char *s, size_t n)
{
	return n >= 2 && s[n - 1] == '.' && s[n - 2] != '.';
}

/*
 * The signals, each scaled to 0..100, and their weights (score: the sum of
 * weight times signal; the highest wins).  The weights were fitted as a
 * conditional logit (the headline against the other candidates of its
 * page) on about a thousand pages of some 900 sites, then adjusted one at
 * a time for the share of pages whose headline wins, and rounded.
 */
enum {
	F_FOLLOW,	/* body text in the next HL_WINDOW paragraphs */
	F_START,	/* ... less body text in the HL_WINDOW before */
	F_PART,		/* the start or end of another line, 3+ words */
	F_PARTSHORT,	/* the same, 1 or 2 words */
	F_SAME,		/* another line or two equal to it */
	F_SAMEMANY,	/* more than two */
	F_DATEAFTER,	/* a date or byline within 6 paragraphs after */
	F_DATENEXT,	/* ... within 2 */
	F_DIST,		/* paragraphs to the next body paragraph */
	F_W1,		/* one word */
	F_W2,		/* two words */
	F_WLONG,	/* words past 18 */
	F_PERIOD,	/* ends a sentence with a period */
	F_DATE,		/* a date line */
	F_DATELONG,	/* a longer line with a date in it */
	F_BYLINE,
	F_CAPTION,
	F_PROMPT,
	F_QUEST,	/* ends in ? or ! */
	F_PREVBULLET,	/* a list item right above */
	F_PREVSHORT,	/* a short line right above */
	F_NEXTTEASER,	/* a teaser right below: a sentence, or 13+ words */
	F_NEXTCAPTION,	/* a caption right below */
	F_RANK,		/* candidates above it since the last body text */
	F_AFTER,	/* candidates between it and the body */
	F_FIRST,	/* the article's first paragraph */
	F_POS,		/* position in the article */
	F_LOWER,	/* starts with a lower-case ASCII letter */
	F_BAR,		/* has a '|' */
	F_WIDE,		/* wider than 150 columns */
	F_INBODY,	/* share of its words in the main body text */
	F_W34,		/* three or four words */
	F_NEXTLONGER,	/* a longer candidate right below (a subtitle) */
	F_PREVLONGER,	/* a longer candidate right above */
	F_PREVKICK,	/* a line of one to five words right above */
	F_INSIDE,	/* below the start of the main body text ... */
	F_BULLET,	/* a list item */
	F_LASTITEM,	/* the last item of a list */
	F_LEAD,		/* the start of a longer line ("Headline: teaser") */
	F_NEXTBYLINE,	/* a byline right below */
	F_PARTBODY,	/* F_PART and F_INBODY together */
	F_ALTTEXT,	/* starts the next line: a photo, then its caption */
	F_GAPS,		/* a run of three blanks inside: columns, a layout */
	F_INDENT,	/* indented: a list item, a table cell */
	F_DOUBLED,	/* the same text twice: alt text and caption */
	F_MASTHEAD,	/* the article's first line again: the site's name */
	F_DATEPREV,	/* a date or byline right above */
	F_INSIDEBODY,	/* ... and below body text of it (not a caption) */
	NFEAT
};

static const int hlweight[NFEAT] = {
	-11, 137, 83, 40, 30, -12, 123, 100, -40, -191, -247, -109,
	-377, -146, -104, -109, -174, -74, -69, 30, 17, 77, -6, 29,
	-75, -104, -124, -31, -112, -132, 193, -100, 22, 3, 33, -80,
	-253, 90, 95, 56, 78, -125, -160, -160, -80, -150, 30, -100
};

static int
hldate(const struct para *p, const char *text)
{
	return p->words <= 12 && (datelike(text + p->off, p->len, p->words) ||
	    bylinelike(text + p->off, p->len, p->words));
}

/* What the signals of one article's candidates are measured against. */
#define K_BODY		1	/* bodylike() */
#define K_CAND		2	/* headlike() and not bodylike() */
#define K_DATEKNOWN	4	/* K_DATE is set */
#define K_DATE		8	/* hldate() */
#define K_BULLETKNOWN	16	/* K_BULLET is set */
#define K_BULLET	32	/* isbullet() */
#define K_FURNKNOWN	64	/* K_CAPTION and K_PROMPT are set */
#define K_CAPTION	128	/* captionlike() */
#define K_PROMPT	256	/* promptlike() */

struct hlpage {
	const struct para *p;
	unsigned short	*kind;		/* K_ bits of each paragraph */
	size_t		 np;
	const char	*text;
	const size_t	*cum;		/* body words before each paragraph */
	const size_t	*ncand;		/* K_CAND paragraphs before each */
	const size_t	*nextbody;	/* the first K_BODY at or after each */
	const size_t	*runstart;	/* the start of its run without K_BODY */
	size_t		 maxmass;	/* the most in any HL_WINDOW */
	size_t		 start;		/* where the main body text starts */
};

/* hldate() of paragraph j, worked out once: candidates look ahead. */
static int
pgdate(const struct hlpage *pg, size_t j)
{
	if (!(pg->kind[j] & K_DATEKNOWN))
		pg->kind[j] |= K_DATEKNOWN |
		    (hldate(&pg->p[j], pg->text) ? K_DATE : 0);
	return (pg->kind[j] & K_DATE) != 0;
}

/* isbullet() and furniture() of paragraph j, worked out once. */
static int
pgbullet(const struct hlpage *pg, size_t j)
{
	if (!(pg->kind[j] & K_BULLETKNOWN))
		pg->kind[j] |= K_BULLETKNOWN | (isbullet(pg->text +
		    pg->p[j].off, pg->p[j].len) ? K_BULLET : 0);
	return (pg->kind[j] & K_BULLET) != 0;
}

static int
pgfurniture(const struct hlpage *pg, size_t j, int what)
{
	int m;

	if (!(pg->kind[j] & K_FURNKNOWN)) {
		m = furniture(pg->text + pg->p[j].off, pg->p[j].len);
		pg->kind[j] |= K_FURNKNOWN | (m & M_CAPTION ? K_CAPTION : 0) |
		    (m & M_PROMPT ? K_PROMPT : 0);
	}
	return (pg->kind[j] & (what == M_CAPTION ? K_CAPTION : K_PROMPT))
	    != 0;
}

/*
 * The signals of a line's own layout: indented, a run of blanks inside it
 * (text laid out in columns: "26 captures    Previous"), the same text
 * twice ("A caption.A caption.", an image's alt text and its caption).
 */
static void
shape(const char *s, size_t n, int *f)
{
	size_t i = 0, h = n / 2;
	const char *g;

	f[F_INDENT] = 100 * (n > 0 && (s[0] == ' ' || s[0] == '\t'));
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	for (; (g = memchr(s + i, ' ', n - i)) != NULL; i = (size_t)(g - s) + 1)
		if ((size_t)(g - s) + 2 < n && g[1] == ' ' && g[2] == ' ') {
			f[F_GAPS] = 100;
			break;
		}
	f[F_DOUBLED] = 100 * (h >= 4 && memcmp(s, s + n - h, h) == 0);
}

/*
 * The score of candidate c, its signals in f.  HL_CHEAP: only the signals
 * that need no reading of the line.  HL_BOUND: an upper bound of the full
 * score, with every signal that takes reading lines around it (dates,
 * bylines, captions, prompts, the line's shape) at its best for the
 * score: 100 if its weight is positive, else 0.  HL_FULL: the score.
 */
#define HL_FULL		0
#define HL_CHEAP	1
#define HL_BOUND	2
static const unsigned char hllate[] = { F_DATEAFTER, F_DATENEXT, F_DATE,
    F_DATELONG, F_BYLINE, F_CAPTION, F_PROMPT, F_NEXTCAPTION, F_NEXTTEASER,
    F_INDENT, F_GAPS, F_DOUBLED, F_DATEPREV };

static long
hlscore(const struct hlpage *pg, const struct cand *c, int *f, int mode)
{
	const struct para *p = pg->p, *q = &p[c->para];
	const char *text = pg->text;
	const size_t *cum = pg->cum;
	size_t np = pg->np, maxmass = pg->maxmass;
	const char *s = text + q->off;
	size_t i = c->para, end, j, k, mass, pre;
	long score = 0;

	memset(f, 0, NFEAT * sizeof(*f));
	if (mode == HL_BOUND && c->hascheap) {
		score = c->cheap;	/* the first signals, summed already */
		goto rest;
	}
	end = i + 1 + HL_WINDOW < np ? i + 1 + HL_WINDOW : np;
	mass = cum[end] - cum[i + 1];
	pre = cum[i] - cum[i > HL_WINDOW ? i - HL_WINDOW : 0];
	if (maxmass > 0) {
		f[F_FOLLOW] = (int)(100 * (mass * 2 > maxmass ? maxmass :
		    mass * 2) / maxmass);
		if (mass > pre)
			f[F_START] = (int)(100 * (mass - pre) / maxmass);
	}
	/* to the next body paragraph, at most 2 * HL_WINDOW - 1 on */
	j = pg->nextbody[i + 1];
	if (j > i + 2 * HL_WINDOW)
		j = i + 2 * HL_WINDOW;
	k = pg->ncand[j] - pg->ncand[i + 1];
	f[F_DIST] = (int)(100 * (j - i > 30 ? 30 : j - i) / 30);
	f[F_AFTER] = (int)(k > 10 ? 100 : 10 * k);
	/* back to the last one, at most 2 * HL_WINDOW */
	j = pg->runstart[i];
	if (i >= 2 * HL_WINDOW && j < i - 2 * HL_WINDOW)
		j = i - 2 * HL_WINDOW;
	k = pg->ncand[i] - pg->ncand[j];
	f[F_RANK] = (int)(k > 10 ? 100 : 10 * k);
	f[F_W1] = 100 * (q->words <= 1);
	f[F_W2] = 100 * (q->words == 2);
	f[F_WLONG] = q->words > 18 ? (int)(q->words > 38 ? 100 :
	    5 * (q->words - 18)) : 0;
	f[F_INSIDE] = 100 * (i > pg->start);
	f[F_INSIDEBODY] = 100 * (i > pg->start &&
	    pg->runstart[i] > pg->start);
	if (pgbullet(pg, i)) {
		f[F_BULLET] = 100;
		f[F_LASTITEM] = 100 * (i + 1 == np || !pgbullet(pg, i + 1));
	}
	if (mode == HL_CHEAP) {	/* the signals above: no reading of it */
		static const unsigned char set[] = { F_FOLLOW, F_START,
		    F_DIST, F_AFTER, F_RANK, F_W1, F_W2, F_WLONG, F_INSIDE,
		    F_INSIDEBODY, F_BULLET, F_LASTITEM };

		for (k = 0; k < sizeof(set); k++)
			score += (long)hlweight[set[k]] * f[set[k]];
		return score;
	}
rest:
	f[F_PART] = 100 * (c->part > 0 && c->words >= 3);
	f[F_PARTSHORT] = 100 * (c->part > 0 && c->words < 3);
	f[F_SAME] = 100 * (c->same > 0 && c->same <= 2);
	f[F_SAMEMANY] = 100 * (c->same > 2);
	if (mode == HL_FULL) {
		for (j = i + 1; j < np && j <= i + 6; j++)
			if (pgdate(pg, j)) {
				f[F_DATEAFTER] = 100;
				f[F_DATENEXT] = 100 * (j <= i + 2);
				break;
			}
		if (datelike(s, q->len, q->words))
			f[q->words <= 8 ? F_DATE : F_DATELONG] = 100;
		f[F_BYLINE] = 100 * bylinelike(s, q->len, q->words);
		f[F_CAPTION] = 100 * pgfurniture(pg, i, M_CAPTION);
		f[F_PROMPT] = 100 * pgfurniture(pg, i, M_PROMPT);
		f[F_DATEPREV] = 100 * (i > 0 && pgdate(pg, i - 1));
	}
	f[F_PERIOD] = 100 * endsperiod(s, q->len);
	f[F_QUEST] = 100 * (s[q->len - 1] == '?' || s[q->len - 1] == '!');
	if (i > 0) {
		const struct para *r = &p[i - 1];

		f[F_PREVBULLET] = 100 * pgbullet(pg, i - 1);
		f[F_PREVSHORT] = 100 * (!f[F_PREVBULLET] && r->words <= 3);
	}
	if (i + 1 < np && mode == HL_FULL) {
		const struct para *r = &p[i + 1];

		f[F_NEXTCAPTION] = 100 * pgfurniture(pg, i + 1, M_CAPTION);
		f[F_NEXTTEASER] = 100 * (r->words >= 8 && r->words <= 60 &&
		    (r->words > 12 || endsentence(text + r->off, r->len)) &&
		    !pgbullet(pg, i + 1) && !f[F_NEXTCAPTION] &&
		    !pgdate(pg, i + 1));
	}
	f[F_FIRST] = 100 * (i == 0);
	f[F_POS] = (int)(100 * i / np);
	f[F_LOWER] = 100 * (s[0] >= 'a' && s[0] <= 'z');
	f[F_BAR] = 100 * (memchr(s, '|', q->len) != NULL);
	f[F_WIDE] = 100 * (q->width > 150);
	f[F_INBODY] = c->inbody;
	f[F_W34] = 100 * (q->words == 3 || q->words == 4);
	if (i + 1 < np && (pg->kind[i + 1] & K_CAND) &&
	    p[i + 1].words > q->words + 1)
		f[F_NEXTLONGER] = 100;
	if (i > 0 && (pg->kind[i - 1] & K_CAND) &&
	    p[i - 1].words > q->words + 1)
		f[F_PREVLONGER] = 100;
	if (i > 0 && p[i - 1].words <= 5 &&
	    !f[F_PREVBULLET])
		f[F_PREVKICK] = 100;
	f[F_LEAD] = 100 * (c->lead > 0);
	/* its text starts the next line, even cut short with an ellipsis */
	k = q->len;
	if (k > 3 && (memcmp(s + k - 3, "\xe2\x80\xa6", 3) == 0 ||
	    memcmp(s + k - 3, "...", 3) == 0))
		k -= 3;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	f[F_ALTTEXT] = 100 * (i + 1 < np && k > 0 && p[i + 1].len > k &&
	    memcmp(text + p[i + 1].off, s, k) == 0);
	f[F_NEXTBYLINE] = 100 * (i + 1 < np && bylinelike(text + p[i + 1].off,
	    p[i + 1].len, p[i + 1].words));
	f[F_PARTBODY] = (f[F_PART] + f[F_SAME]) * f[F_INBODY] / 200;
	if (mode == HL_FULL)
		shape(s, q->len, f);
	else {
		static long latemax = -1;	/* the late signals at best */

		if (latemax < 0)
			for (latemax = 0, k = 0; k < sizeof(hllate); k++)
				if (hlweight[hllate[k]] > 0)
					latemax += 100L * hlweight[hllate[k]];
		score += latemax;	/* their f[] stay 0 */
	}
	f[F_MASTHEAD] = 100 * c->top;
	for (k = 0; k < NFEAT; k++)
		score += (long)hlweight[k] * f[k];
	return score;
}

/* A short line above the headline that labels it: "World", "Politik". */
static int
sectionlike(const struct para *p, const char *text)
{
	const char *s = text + p->off;

	if (p->first != p->last || p->width < 2)
		return 0;
	/* a kicker that leads into the headline: "Tanz im Depot:" */
	if (s[p->len - 1] == ':' ? p->words > 8 || p->width > 70 :
	    p->words > 4 || p->width > 40)
		return 0;
	if (isbullet(s, p->len) && !(s[0] >= '0' && s[0] <= '9'))
		return 0;
	return !endsentence(s, p->len) &&
	    !datelike(s, p->len, p->words) &&
	    !bylinelike(s, p->len, p->words) && !promptlike(s, p->len) &&
	    !captionlike(s, p->len);
}

/*
 * Choose the headline and the section label above it (indices or -1).
 */
static void
headline(const struct para *p, size_t np, const char *text, long *title,
    long *section)
{
	static size_t *cum, *ncand, *nextbody, *runstart, cumcap;
	static unsigned short *kind;
	static struct cand c[HL_MAXCAND];
	static size_t order[HL_MAXCAND];	/* by bound, highest first */
	static uint64_t cwords[HL_MAXCAND][HL_MAXWORDS];	/* c's words */
	unsigned char len[HL_MAXWORDS + 1];
	size_t i, k, nc = 0, maxmass = 0, mass, end, n, top = 0, headmax = 0;
	long best = 0, sc;
	int f[NFEAT];
	struct hlpage pg;

	*title = *section = -1;
	if (np == 0)
		return;
	if (np + 1 > cumcap) {
		cumcap = np + 1;
		cum = nw_realloc(cum, cumcap * sizeof(*cum));
		ncand = nw_realloc(ncand, cumcap * sizeof(*ncand));
		nextbody = nw_realloc(nextbody, cumcap * sizeof(*nextbody));
		runstart = nw_realloc(runstart, cumcap * sizeof(*runstart));
		kind = nw_realloc(kind, cumcap * sizeof(*kind));
	}
	cum[0] = ncand[0] = runstart[0] = 0;
	for (i = 0; i < np; i++) {
		cum[i + 1] = cum[i] + bodyweight(&p[i], text);
		kind[i] = bodylike(&p[i], text) ? K_BODY :
		    headlike(&p[i], text) ? K_CAND : 0;
		ncand[i + 1] = ncand[i] + (kind[i] == K_CAND);
		if (i > 0)
			runstart[i] = kind[i - 1] == K_BODY ? i : runstart[i - 1];
	}
	for (nextbody[np] = np, i = np; i-- > 0; )
		nextbody[i] = kind[i] == K_BODY ? i : nextbody[i + 1];
	for (i = 0; i < np; i++) {
		end = i + 1 + HL_WINDOW < np ? i + 1 + HL_WINDOW : np;
		if ((mass = cum[end] - cum[i + 1]) > maxmass) {
			maxmass = mass;
			top = i;
		}
	}
	setbody(p, top + 1, top + 1 + HL_WINDOW < np ? top + 1 + HL_WINDOW :
	    np, text);
	pg.p = p;
	pg.kind = kind;
	pg.np = np;
	pg.text = text;
	pg.cum = cum;
	pg.ncand = ncand;
	pg.nextbody = nextbody;
	pg.runstart = runstart;
	pg.maxmass = maxmass;
	/* the first body paragraph with half the best window's text after */
	for (pg.start = 0; pg.start < np; pg.start++) {
		end = pg.start + HL_WINDOW < np ? pg.start + HL_WINDOW : np;
		if (bodyweight(&p[pg.start], text) > 0 &&
		    2 * (cum[end] - cum[pg.start]) >= maxmass)
			break;
	}
	/* a line with no word in it is no headline: checked cheaply here,
	 * in full by wordhashes() below */
	for (i = 0; i < np && nc < HL_MAXCAND; i++) {
		end = i + 1 + 2 * HL_WINDOW < np ? i + 1 + 2 * HL_WINDOW : np;
		mass = cum[end] - cum[i + 1];
		/* a long headline reads like body text, but a date or a
		 * byline comes right after it (or after its subtitle) */
		if (!((kind[i] & K_CAND) || (kind[i] == K_BODY &&
		    headlike(&p[i], text) && i + 1 < np &&
		    (pgdate(&pg, i + 1) || (i + 2 < np &&
		    kind[i + 1] != K_BODY && pgdate(&pg, i + 2))))) ||
		    mass * 6 < maxmass)
			continue;
		c[nc].para = i;
		c[nc].same = c[nc].part = c[nc].lead = c[nc].top = 0;
		c[nc].hascheap = 0;
		nc++;
	}
	if (nc > HL_KEEP && maxmass > 0) {
		/* score only the best on position and length in full; the
		 * cheap score reads no words, so only those are hashed */
		for (i = 0; i < nc; i++) {
			c[i].cheap = hlscore(&pg, &c[i], f, HL_CHEAP);
			c[i].hascheap = 1;
		}
		nc = bestcheap(c, nc, HL_KEEP);
	}
	for (i = k = 0; i < nc; i++) {
		const struct para *q = &p[c[i].para];
		uint64_t *h = cwords[k];	/* k <= i: c[i] is read first */

		n = wordhashes(text + q->off, q->len, h, HL_MAXWORDS, 0, len);
		if (n == 0 || n > HL_MAXWORDS)
			continue;
		c[k] = c[i];
		c[k].inbody = inbody(h, len, n, c[i].para);
		c[k].hash = seqhash(h, n);
		c[k].words = n;
		/* a one-word candidate: its word; else the edge two */
		c[k].first = n == 1 ? h[0] : h[0] * HL_BASE + h[1];
		c[k].last = n == 1 ? h[0] : h[n - 2] * HL_BASE + h[n - 1];
		c[k].head = h[0];
		c[k].tail = h[n - 1];
		c[k].tailok = lastpair((const unsigned char *)text + q->off,
		    q->len, &c[k].tailkey) == 1;
		if (len[0] > headmax)
			headmax = len[0] < 255 ? len[0] : SIZE_MAX;
		k++;
	}
	nc = k;
	if (maxmass == 0) {
		/* no body text to go by: a note, a list; take the first */
		if (nc > 0)
			*title = (long)c[0].para;
		goto section;
	}
	repeats(p, np, text, c, nc, headmax, cwords);
	/*
	 * The full score only where it can win: from the highest bound
	 * down, until the bound falls below the best score so far (on a
	 * tie, the first in the article wins, as c is in reading order).
	 */
	for (i = 0; i < nc; i++) {
		long b = hlscore(&pg, &c[i], f, HL_BOUND);

		/* after the equal ones, which come earlier in the article */
		c[i].bound = b;
		for (k = i; k > 0 && c[order[k - 1]].bound < b; k--)
			order[k] = order[k - 1];
		order[k] = i;
	}
	for (k = 0; k < nc; k++) {
		const struct cand *q = &c[order[k]];

#ifndef HL_DEBUG
		if (*title >= 0 && (q->bound < best || (q->bound == best &&
		    (long)q->para > *title)))
			break;		/* nor any after it */
#endif
		sc = hlscore(&pg, q, f, HL_FULL);
#ifdef HL_DEBUG
		{
			int j;

			fprintf(stderr, "C %zu %ld", q->para, sc);
			for (j = 0; j < NFEAT; j++)
				fprintf(stderr, " %d", f[j]);
			fprintf(stderr, " | %.*s\n",
			    (int)(p[q->para].len > 90 ? 90 :
			    p[q->para].len), text + p[q->para].off);
		}
#endif
		if (*title < 0 || sc > best || (sc == best &&
		    (long)q->para < *title)) {
			best = sc;
			*title = (long)q->para;
		}
	}
section:
	/* not the site's name again, as on the article's first line */
	if (*title > 0 && sectionlike(&p[*title - 1], text) &&
	    !(*title > 1 && p[*title - 1].len == p[0].len &&
	    memcmp(text + p[*title - 1].off, text + p[0].off, p[0].len) == 0))
		*section = *title - 1;
}

/* Write the article as a record; nonzero once output fails. */
static int
emit(struct article *a, const char *source, unsigned occurrence,
    unsigned long ordinal)
{
	static char *cont, *val;
	static struct para *p;
	static struct nw_buf out;	/* the record, written in one piece */
	static size_t contcap, valcap;
	size_t i, np = 0;
	long title, section;
	uint64_t h = 0;
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
		/*
		 * The lines' words, counted as they came in: a line that
		 * goes on the one before (which ends in no blank) joins its
		 * first word to that one's last, unless it starts blank.
		 */
		if (!cont[i])
			p[np - 1].words = l->words;
		else
			p[np - 1].words += l->words -
			    (a->text[l->off] != ' ' && a->text[l->off] != '\t');
	}
	/*
	 * Below WORDS_ENOUGH that is what words() gives; from there on
	 * words() stops a little past it, where its eight-byte steps do.
	 */
	for (i = 0; i < np; i++)
		if (p[i].words >= WORDS_ENOUGH)
			p[i].words = words(a->text + p[i].off, p[i].len);
	headline(p, np, a->text, &title, &section);

	/* Id: a hash of source, occurrence, ordinal and text; see nw-split(1) */
	snprintf(num, sizeof(num), "%u:%lu", occurrence, ordinal);
	h = nw_digest64(source, strlen(source), h);
	h = nw_digest64(num, strlen(num), h);
	h = nw_digest64(a->text, a->len, h);
	snprintf(id, sizeof(id), "%016llx", (unsigned long long)h);
	nw_buf_put(stdout, &out, "Id", id, strlen(id));
	nw_buf_put(stdout, &out, "Source", source, strlen(source));
	for (i = 0; i < np; i++) {
		const char *name = (long)i == title ? "Title" :
		    (long)i == section ? "Section" : "Para";
		size_t j, o = 0;

		if (p[i].first == p[i].last) {	/* one line: as it is */
			nw_buf_put(stdout, &out, name, a->text + p[i].off,
			    p[i].len);
			continue;
		}
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
		nw_buf_put(stdout, &out, name, val, o);
	}
	return nw_buf_end(stdout, &out);
}

static void
addline(struct article *a, const char *s, size_t n, size_t width,
    size_t words, int para)
{
	struct line *l;

	if (a->n == a->lcap) {
		a->lcap = a->lcap ? a->lcap * 2 : 256;
		a->l = nw_realloc(a->l, a->lcap * sizeof(*a->l));
	}
	l = &a->l[a->n++];
	l->off = a->len;
	l->len = n;
	l->width = width;
	l->words = words;
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
	size_t nbad, i, width, trimmed, nwords;

	/* the common case: valid, no NUL, measured and words counted in
	 * the same pass */
	if (nw_text_words(s, n, &width, &nwords) != n) {
		size_t o = 0, k;

		/* NUL becomes U+FFFD, invalid bytes are read as Windows-1252 */
		for (i = 0; i < n; i++)
			if (s[i] == '\0') {
				if (in->nnul++ == 0)
					in->nulline = lineno;
			}
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
		width = nw_width(s, n);
		(void)nw_text_words(s, n, &k, &nwords);
	}
	/*
	 * The separators: a form feed alone (after blanks, before white
	 * space: a line that is all white space, rtrim() tells), or the -d
	 * line.
	 */
	trimmed = rtrim(s, n);
	if (trimmed == 0) {
		for (i = 0; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
			;
		if (i < n && s[i] == '\f')
			return flush(in, a, 0);
	}
	if (trimmed < n) {
		width -= nw_width(s + trimmed, n - trimmed);
		/* words in the white space gone, such as U+00A0 after a blank */
		for (i = trimmed; i < n; i++)
			nwords -= s[i] != ' ' && s[i] != '\t' && i > 0 &&
			    (s[i - 1] == ' ' || s[i - 1] == '\t');
	}
	n = trimmed;
	if (delim != NULL && strlen(delim) == n && memcmp(s, delim, n) == 0)
		return flush(in, a, 0);
	if (n == 0) {			/* blank: nothing but white space */
		in->blank = 1;
		return 0;
	}
	if (a->n == 0)
		a->firstline = lineno;
	addline(a, s, n, width, nwords, in->blank);
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

	nw_start();
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
		default:	/* --help, --version, a bad option */
			return nw_optend(c, &o, usage);
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
