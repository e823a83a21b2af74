/*
 * nw-related: near-duplicate ("dup") and same-story ("story") articles.
 *
 * Two stages that exchange text lines.  The sketch stage turns each
 * record into one line: its Id, a one-permutation MinHash of its word
 * 3-grams (for dup) and its words with their counts (for story).  The
 * match stage holds every sketch in memory and finds candidates without
 * comparing all pairs: LSH bands over the MinHash, and an inverted index
 * of each article's heaviest TF-IDF terms with a document-frequency cut
 * and impact-ordered, truncated posting lists (top-k pruning).  Every
 * candidate is verified (estimated resemblance and containment for dup,
 * the cosine of the TF-IDF vectors for story).  Two rounds of pseudo
 * relevance feedback over the neighbour lists, and communities found by
 * label propagation over them, rank the story lists: the final cosine
 * weighs each term by how much its articles gather in few communities,
 * and adds how much the two articles' neighbourhoods agree and how
 * dense they are.  Both stages run in one
 * process by default; --sketch and --match run them apart, so that sort,
 * a Hadoop shuffle or GNU parallel can sit between them.
 *
 * Everything after loading runs in the order of the sorted Ids and of
 * the sorted words, so the same articles give the same output whatever
 * their order, and the staged run gives the same pairs as the direct one.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nw.h"

#define NSIG		64	/* MinHash values per article */
#define BANDS		16	/* LSH bands ... */
#define ROWS		4	/* ... of ROWS values each */
#define SHINGLE		3	/* words per shingle */
#define MAXTERMS	256	/* distinct words kept per sketch */
#define VKEEP		96	/* terms kept per TF-IDF vector */
#define PINDEX		16	/* terms indexed per article */
#define QTERMS		16	/* terms an article queries with */
#define POSTMAX		128	/* entries kept per posting list */
#define NCAND		32	/* candidates verified per article */
#define DFCUT		10	/* terms in more than 1/DFCUT of articles, */
#define DFMIN		100	/* and in more than DFMIN, are not indexed */
#define IDFPOW		0.3	/* idf flattened: idf^IDFPOW */
#define LEDE		2	/* the first LEDE text fields ... */
#define LEDEW		2	/* ... count LEDEW times */
#define MLIST		15	/* neighbours listed per article */
#define MEXP		10	/* neighbours that expand a vector */
#define BETA		2.0	/* their weight */
#define HOP2		5	/* neighbours of the MEXP first neighbours ranked */
#define ROUNDS		2	/* rounds of feedback */
#define ONEWAY		0.5	/* feedback weight of a neighbour that does
				   not have the article among its own */
#define COMMW		0.2	/* weight of community agreement */
#define DENSW		0.6	/* weight of the neighbourhood density */
#define CPRIOR		0.02	/* prior weight in a term's spread */
#define CFLOOR		0.05	/* concentration that every term has */
#define LPMAX		10	/* label propagation passes, at most */
#define MINCONT		20	/* containment counts from this many shingles */
#define BUCKETW		24	/* LSH: each member pairs with the next BUCKETW */
#define EMPTY		0xffffffffU
#define WORDMAX		64	/* bytes of a word (longer ones are cut) */

enum mode { RECORDS, PAIRS, DOT, SKETCH };

static enum mode mode = RECORDS;
static int explain;			/* -e: shared terms */
static int matchin;			/* --match: inputs are sketch lines */
static int quiet;			/* -q: no progress */
static int progress;			/* stderr is a terminal and no -q */
static long topk = 5;			/* -k */
static double dupmin = 0.5;		/* -d */
static double storymin = 0.05;		/* -s */
static const char *against;		/* -a: sketches of an earlier corpus */

struct tw {
	uint32_t	 t;		/* term */
	float		 w;		/* count, then weight */
};

struct art {
	const char	*id;
	struct tw	*tv;
	uint32_t	 nt;
	uint32_t	 nsh;		/* shingles */
	uint32_t	 seq;		/* input order of a new article */
	int		 old;		/* from -a */
	uint32_t	 sig[NSIG];
};

struct term {
	const char	*s;
	uint64_t	 h;
	uint32_t	 df;
};

struct nb {				/* a neighbour, or a pair */
	uint32_t	 a, b;
	float		 score;
	int		 dup;
};

static struct art **arts;
static size_t narts, artcap;
static struct term *terms;
static size_t nterms, termcap;
static uint32_t *thash;			/* term index + 1, open addressing */
static size_t thcap;
static uint32_t *idhash;		/* article index + 1 */
static size_t idcap;

/* --- memory ------------------------------------------------------ */

static char *arena;
static size_t arenaleft;

static void *
alloc(size_t n)
{
	void *p;

	n = (n + 7) & ~(size_t)7;
	if (n > arenaleft) {
		size_t sz = n > (1 << 20) ? n : (1 << 20);

		arena = nw_malloc(sz);
		arenaleft = sz;
	}
	p = arena;
	arena += n;
	arenaleft -= n;
	return p;
}

static char *
strsave(const char *s, size_t n)
{
	char *p = alloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static void
say(const char *fmt, ...)
{
	va_list ap;

	if (!progress)
		return;
	fprintf(stderr, "\r%s: ", nw_prog());
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\033[K", stderr);
	fflush(stderr);
}

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: nw-related [-eq] [-a SKETCHES] [-d MIN] [-k N] "
	    "[-s MIN]\n"
	    "                  [--pairs | --dot | --sketch] [--match] "
	    "[FILE ...]\n");
	if (fp == stdout)
		fputs("Find near-duplicate (dup) and same-story (story) "
		    "articles.\n"
		    "  -a SKETCHES  match the input against these sketches of "
		    "an earlier corpus\n"
		    "  -d MIN       dup from this resemblance on "
		    "(default 0.5)\n"
		    "  -e           explain: add the top shared terms\n"
		    "  -k N         keep the best N related articles "
		    "(default 5)\n"
		    "  -q           no progress on stderr\n"
		    "  -s MIN       story from this score on (default 0.05)\n"
		    "      --pairs   print idA TAB idB TAB score TAB kind "
		    "lines\n"
		    "      --dot     print the dup clusters as a Graphviz "
		    "graph\n"
		    "      --sketch  print one sketch line per record "
		    "(stage 1)\n"
		    "      --match   read sketch lines, not records "
		    "(stage 2)\n"
		    "      --help     show this help\n"
		    "      --version  show the version\n", fp);
}

/* --- terms and ids ----------------------------------------------- */

static uint32_t
intern(const char *s, size_t n, uint64_t h)
{
	size_t i, k;

	if (nterms * 2 >= thcap) {
		size_t ncap = thcap ? thcap * 2 : 1 << 16;
		uint32_t *nt = calloc(ncap, sizeof(*nt));

		if (nt == NULL)
			nw_die(2, "out of memory");
		for (k = 0; k < nterms; k++) {
			for (i = terms[k].h & (ncap - 1); nt[i];
			    i = (i + 1) & (ncap - 1))
				;
			nt[i] = (uint32_t)k + 1;
		}
		free(thash);
		thash = nt;
		thcap = ncap;
	}
	for (i = h & (thcap - 1); thash[i]; i = (i + 1) & (thcap - 1)) {
		struct term *t = &terms[thash[i] - 1];

		if (t->h == h && strncmp(t->s, s, n) == 0 && t->s[n] == '\0')
			return thash[i] - 1;
	}
	if (nterms == termcap) {
		termcap = termcap ? termcap * 2 : 1 << 16;
		terms = nw_realloc(terms, termcap * sizeof(*terms));
	}
	terms[nterms].s = strsave(s, n);
	terms[nterms].h = h;
	terms[nterms].df = 0;
	thash[i] = (uint32_t)nterms + 1;
	return (uint32_t)nterms++;
}

/* Adds a to the articles; nonzero when its Id is already there. */
static int
addart(struct art *a)
{
	size_t i, k;

	if (narts * 2 >= idcap) {
		size_t ncap = idcap ? idcap * 2 : 1 << 16;
		uint32_t *nh = calloc(ncap, sizeof(*nh));

		if (nh == NULL)
			nw_die(2, "out of memory");
		for (k = 0; k < narts; k++) {
			const char *s = arts[k]->id;

			for (i = nw_hash64(s, strlen(s), 1) & (ncap - 1);
			    nh[i]; i = (i + 1) & (ncap - 1))
				;
			nh[i] = (uint32_t)k + 1;
		}
		free(idhash);
		idhash = nh;
		idcap = ncap;
	}
	for (i = nw_hash64(a->id, strlen(a->id), 1) & (idcap - 1); idhash[i];
	    i = (i + 1) & (idcap - 1))
		if (strcmp(arts[idhash[i] - 1]->id, a->id) == 0)
			return -1;
	if (narts == artcap) {
		artcap = artcap ? artcap * 2 : 1 << 12;
		arts = nw_realloc(arts, artcap * sizeof(*arts));
	}
	arts[narts] = a;
	idhash[i] = (uint32_t)narts + 1;
	narts++;
	if (narts % 10000 == 0)
		say("read %zu articles", narts);
	return 0;
}

/* --- the sketch of one record ------------------------------------ */

struct lterm {				/* a word of the record at hand */
	uint64_t	 h;
	uint32_t	 off, len, tf;
};

static struct sk {
	struct lterm	*tab;		/* open addressing */
	size_t		 cap, n;
	uint32_t	*used;		/* slots in use, in order */
	char		*buf;		/* the words */
	size_t		 blen, bcap;
	uint64_t	 win[SHINGLE];	/* hashes of the last words */
	uint32_t	 nwin, nsh;
	uint32_t	 sig[NSIG];
} sk;

static void
skreset(void)
{
	size_t i;

	for (i = 0; i < sk.n; i++)
		sk.tab[sk.used[i]].len = 0;
	sk.n = sk.blen = 0;
	sk.nwin = sk.nsh = 0;
	for (i = 0; i < NSIG; i++)
		sk.sig[i] = EMPTY;
}

static void
shingle(uint64_t h)
{
	uint32_t v;
	int bin;

	h = nw_mix64(h);
	bin = (int)(h >> 58);
	v = (uint32_t)h;
	if (v == EMPTY)
		v--;
	if (v < sk.sig[bin])
		sk.sig[bin] = v;
	sk.nsh++;
}

static void
addshingle(const char *w, size_t n)
{
	char d[WORDMAX];
	uint64_t h;
	size_t i;

	/* numbers change between copies: every digit counts as 0 */
	for (i = 0; i < n; i++)
		d[i] = w[i] >= '0' && w[i] <= '9' ? '0' : w[i];
	memmove(sk.win, sk.win + 1, (SHINGLE - 1) * sizeof(sk.win[0]));
	sk.win[SHINGLE - 1] = nw_hash64(d, n, 7);
	if (++sk.nwin < SHINGLE)
		return;
	h = sk.win[0];
	for (i = 1; i < SHINGLE; i++)
		h = h * 0x9e3779b97f4a7c15ULL + sk.win[i];
	shingle(h);
}

/* Light stemming for English plurals; other words stay as they are. */
static size_t
stem(char *w, size_t n)
{
	if (n > 4 && memcmp(w + n - 3, "ies", 3) == 0) {
		w[n - 3] = 'y';
		return n - 2;
	}
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
	    w[n - 2] != 'i')
		return n - 1;
	return n;
}

static void
addtermraw(const char *w, size_t n, uint32_t tf)
{
	uint64_t h = nw_hash64(w, n, 0);
	size_t i, k;

	if (sk.n * 2 >= sk.cap) {
		size_t ncap = sk.cap ? sk.cap * 2 : 1024;
		struct lterm *nt = calloc(ncap, sizeof(*nt));

		if (nt == NULL)
			nw_die(2, "out of memory");
		sk.used = nw_realloc(sk.used, ncap * sizeof(*sk.used));
		for (k = 0; k < sk.n; k++) {
			struct lterm *o = &sk.tab[sk.used[k]];

			for (i = o->h & (ncap - 1); nt[i].len;
			    i = (i + 1) & (ncap - 1))
				;
			nt[i] = *o;
			sk.used[k] = (uint32_t)i;
		}
		free(sk.tab);
		sk.tab = nt;
		sk.cap = ncap;
	}
	for (i = h & (sk.cap - 1); sk.tab[i].len; i = (i + 1) & (sk.cap - 1))
		if (sk.tab[i].h == h && sk.tab[i].len == n &&
		    memcmp(sk.buf + sk.tab[i].off, w, n) == 0) {
			sk.tab[i].tf += tf;
			return;
		}
	if (sk.blen + n > sk.bcap) {
		sk.bcap = (sk.blen + n) * 2 + 4096;
		sk.buf = nw_realloc(sk.buf, sk.bcap);
	}
	memcpy(sk.buf + sk.blen, w, n);
	sk.tab[i].h = h;
	sk.tab[i].off = (uint32_t)sk.blen;
	sk.tab[i].len = (uint32_t)n;
	sk.tab[i].tf = tf;
	sk.blen += n;
	sk.used[sk.n++] = (uint32_t)i;
}

static void
addterm(char *w, size_t n, uint32_t tf)
{
	size_t i;

	for (i = 0; i < n && w[i] >= '0' && w[i] <= '9'; i++)
		;
	if (i == n || (n < 2 && (unsigned char)w[0] < 0x80))
		return;		/* numbers and one-letter words */
	if (nw_stopword(w, n))
		return;		/* in any language that lib/lang.c knows */
	addtermraw(w, stem(w, n), tf);
}

static int
usedtext(const struct nw_field *f)
{
	return nw_is(f, "Title") || nw_is(f, "Para");
}

static void
sketchtext(const struct nw_rec *r)
{
	char w[WORDMAX];
	size_t i, pos, n, nf;

	skreset();
	for (i = 0, nf = 0; i < r->n; i++) {
		const struct nw_field *f = &r->f[i];

		if (f->name == NULL || !usedtext(f))
			continue;
		nf++;
		for (pos = 0; (n = nw_word(f->val, f->len, &pos, w,
		    sizeof(w))) > 0; ) {
			addshingle(w, n);
			addterm(w, n, nf <= LEDE ? LEDEW : 1);
		}
	}
	if (sk.nsh == 0 && sk.nwin > 0) {	/* shorter than a shingle */
		uint64_t h = 0;

		for (i = SHINGLE - sk.nwin; i < SHINGLE; i++)
			h = h * 0x9e3779b97f4a7c15ULL + sk.win[i];
		shingle(h);
	}
}

/*
 * Puts the k first elements of base (in the order of cmp) in front, in
 * no particular order: quickselect, O(n).  cmp must be a total order, so
 * that the chosen set does not depend on how the selection went.
 */
static void
selectk(void *base, size_t n, size_t k, size_t sz,
    int (*cmp)(const void *, const void *))
{
	char *b = base, piv[16], tmp[16];
	size_t lo = 0, hi, i, j, mid;

	if (k >= n || k == 0 || sz > sizeof(piv))
		return;
	hi = n - 1;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		/* the median of three as pivot */
		if (cmp(b + mid * sz, b + lo * sz) < 0) {
			memcpy(tmp, b + mid * sz, sz);
			memcpy(b + mid * sz, b + lo * sz, sz);
			memcpy(b + lo * sz, tmp, sz);
		}
		if (cmp(b + hi * sz, b + lo * sz) < 0) {
			memcpy(tmp, b + hi * sz, sz);
			memcpy(b + hi * sz, b + lo * sz, sz);
			memcpy(b + lo * sz, tmp, sz);
		}
		if (cmp(b + hi * sz, b + mid * sz) < 0) {
			memcpy(tmp, b + hi * sz, sz);
			memcpy(b + hi * sz, b + mid * sz, sz);
			memcpy(b + mid * sz, tmp, sz);
		}
		memcpy(piv, b + mid * sz, sz);
		i = lo;
		j = hi;
		while (i <= j) {
			while (cmp(b + i * sz, piv) < 0)
				i++;
			while (cmp(b + j * sz, piv) > 0)
				j--;
			if (i <= j) {
				memcpy(tmp, b + i * sz, sz);
				memcpy(b + i * sz, b + j * sz, sz);
				memcpy(b + j * sz, tmp, sz);
				i++;
				if (j == 0)
					break;
				j--;
			}
		}
		if (k - 1 <= j && j != (size_t)-1)
			hi = j;
		else if (k - 1 >= i)
			lo = i;
		else
			break;
	}
}

/*
 * qsort(3) that may be given no elements: the array is then often NULL,
 * and qsort(NULL, 0, ...) is undefined behaviour (UBSan reports it).
 */
static void
sortn(void *base, size_t n, size_t size, int (*cmp)(const void *,
    const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

static const char *cmpbuf;

static int
cmplterm(const void *x, const void *y)
{
	const struct lterm *a = x, *b = y;
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(cmpbuf + a->off, cmpbuf + b->off, n);

	return c ? c : a->len < b->len ? -1 : a->len > b->len;
}

static int
cmpltermtf(const void *x, const void *y)
{
	const struct lterm *a = x, *b = y;

	if (a->tf != b->tf)
		return a->tf > b->tf ? -1 : 1;
	return cmplterm(x, y);
}

/*
 * The record's words, at most MAXTERMS of the most frequent; sorted when
 * sorted is set.
 */
static struct lterm *
skterms(size_t *n, int sorted)
{
	static struct lterm *v;
	static size_t vcap;
	size_t i;

	if (sk.n > vcap) {
		vcap = sk.n * 2;
		v = nw_realloc(v, vcap * sizeof(*v));
	}
	for (i = 0; i < sk.n; i++) {
		v[i] = sk.tab[sk.used[i]];
		if (v[i].tf > 65535)
			v[i].tf = 65535;
	}
	cmpbuf = sk.buf;
	*n = sk.n;
	if (*n > MAXTERMS) {
		selectk(v, *n, MAXTERMS, sizeof(*v), cmpltermtf);
		*n = MAXTERMS;
	}
	if (sorted)
		sortn(v, *n, sizeof(*v), cmplterm);
	return v;
}

static void
putsketch(const char *id)
{
	static const char hex[] = "0123456789abcdef";
	struct lterm *v;
	size_t i, n;
	char s[NSIG * 8];
	int j;

	for (i = 0; i < NSIG; i++)
		for (j = 0; j < 8; j++)
			s[i * 8 + j] = hex[(sk.sig[i] >> (28 - 4 * j)) & 15];
	printf("%s\t%lu\t", id, (unsigned long)sk.nsh);
	fwrite(s, 1, sizeof(s), stdout);
	putchar('\t');
	v = skterms(&n, 1);
	for (i = 0; i < n; i++)
		printf("%s%.*s:%lu", i ? " " : "", (int)v[i].len,
		    sk.buf + v[i].off, (unsigned long)v[i].tf);
	putchar('\n');
}

static struct art *
newart(const char *id, size_t idlen, int old)
{
	struct art *a = alloc(sizeof(*a));

	memset(a, 0, sizeof(*a));
	a->id = strsave(id, idlen);
	a->old = old;
	return a;
}

/* Keeps the sketch at hand (sk) as article a. */
static void
keepsketch(struct art *a)
{
	struct lterm *v;
	size_t i, n;

	memcpy(a->sig, sk.sig, sizeof(a->sig));
	a->nsh = sk.nsh;
	v = skterms(&n, 0);
	a->nt = (uint32_t)n;
	a->tv = n ? nw_malloc(n * sizeof(*a->tv)) : NULL;
	for (i = 0; i < n; i++) {
		a->tv[i].t = intern(sk.buf + v[i].off, v[i].len, v[i].h);
		a->tv[i].w = (float)v[i].tf;
		terms[a->tv[i].t].df++;
	}
}

/* --- reading ----------------------------------------------------- */

static FILE *spool;			/* RECORDS: the input, for pass two */
static int status;			/* 2 once an input could not be read */
static uint32_t nnew;			/* new articles read */

static int
badid(const char *s, size_t n)
{
	size_t i;

	if (n == 0)
		return 1;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] <= ' ')
			return 1;
	return 0;
}

static void
readrecs(const char *path)
{
	static struct nw_rec r;
	struct nw_reader rd;
	const struct nw_field *id;
	struct art *a;
	int rv;

	if (nw_reader_open(&rd, path) != 0) {
		/* a file that cannot be read: say so, go on with the rest */
		nw_warn("%s:", path);
		status = 2;
		return;
	}
	while ((rv = nw_read(&rd, &r)) > 0) {
		if (spool != NULL)
			nw_put_rec(spool, &r);
		if (r.special)
			continue;
		if ((id = nw_get(&r, "Id")) == NULL)
			nw_die(2, "%s:%lu: record without an Id field",
			    rd.file, r.line);
		if (badid(id->val, id->len))
			nw_die(2, "%s:%lu: Id is empty or has white space",
			    rd.file, id->line);
		sketchtext(&r);
		if (mode == SKETCH) {
			putsketch(id->val);
			if (ferror(stdout))
				break;
			continue;
		}
		a = newart(id->val, id->len, 0);
		a->seq = nnew++;
		keepsketch(a);
		if (addart(a) != 0)
			nw_die(2, "%s:%lu: Id %s occurs twice", rd.file,
			    id->line, a->id);
	}
	if (rv < 0) {
		nw_warn("%s", rd.err);	/* the records before it count */
		status = 2;
	}
	nw_reader_close(&rd);
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* One sketch line back into sk; the Id is returned in *id. */
static const char *
parsesketch(char *p, size_t n, char **id, size_t *idlen)
{
	char *end = p + n, *tab, *q, *colon, *sp;
	unsigned long v;
	size_t i;
	int j, x;

	skreset();
	if ((tab = memchr(p, '\t', n)) == NULL)
		return "no tab after the Id";
	*id = p;
	*idlen = (size_t)(tab - p);
	if (badid(p, *idlen))
		return "Id is empty or has white space";
	p = tab + 1;
	for (v = 0, q = p; q < end && *q >= '0' && *q <= '9' &&
	    v < 0xfffffffUL; q++)
		v = v * 10 + (unsigned long)(*q - '0');
	if (q == p || q == end || *q != '\t')
		return "bad shingle count";
	sk.nsh = (uint32_t)v;
	p = q + 1;
	if (end - p < NSIG * 8 + 1 || p[NSIG * 8] != '\t')
		return "bad MinHash (64 values of 8 hex digits)";
	for (i = 0; i < NSIG; i++) {
		uint32_t s = 0;

		for (j = 0; j < 8; j++) {
			if ((x = hexval((unsigned char)p[i * 8 + j])) < 0)
				return "bad MinHash (64 values of 8 hex "
				    "digits)";
			s = s << 4 | (uint32_t)x;
		}
		sk.sig[i] = s;
	}
	p += NSIG * 8 + 1;
	while (p < end) {
		sp = memchr(p, ' ', (size_t)(end - p));
		if (sp == NULL)
			sp = end;
		for (colon = sp; colon > p && colon[-1] != ':'; colon--)
			;
		if (colon <= p + 1 || colon == sp)
			return "bad term (WORD:COUNT)";
		for (v = 0, q = colon; q < sp && *q >= '0' && *q <= '9' &&
		    v < 65536; q++)
			v = v * 10 + (unsigned long)(*q - '0');
		if (q != sp || v == 0 || v > 65535)
			return "bad term count (1 to 65535)";
		if ((size_t)(colon - 1 - p) >= WORDMAX ||
		    memchr(p, '\t', (size_t)(colon - 1 - p)) != NULL)
			return "bad term word";
		addtermraw(p, (size_t)(colon - 1 - p), (uint32_t)v);
		p = sp + (sp < end);
	}
	return NULL;
}

static void
readsketches(const char *path, int old)
{
	struct nw_lines l;
	const char *why, *file = path;
	char *p, *id = NULL;
	size_t n, idlen = 0;
	struct art *a;
	int fd = 0, nl, rv;

	if (strcmp(path, "-") == 0)
		file = "stdin";
	else if ((fd = open(path, O_RDONLY)) < 0)
		nw_die(2, "%s:", path);
	if (nw_lines_init(&l, fd) != 0)
		nw_die(2, "out of memory");
	while ((rv = nw_lines_get(&l, &p, &n, &nl)) > 0) {
		if ((why = parsesketch(p, n, &id, &idlen)) != NULL)
			nw_die(2, "%s:%lu: not a sketch line: %s", file,
			    l.lineno, why);
		a = newart(id, idlen, old);
		if (!old)
			a->seq = nnew++;
		keepsketch(a);
		if (addart(a) != 0)
			nw_die(2, "%s:%lu: Id %s occurs twice", file, l.lineno,
			    a->id);
	}
	if (rv < 0)
		nw_die(2, "%s:%lu: %s", file, l.lineno + 1, strerror(errno));
	nw_lines_free(&l);
	if (fd != 0)
		close(fd);
}

/* --- matching ---------------------------------------------------- */

static uint32_t *trank;			/* term -> rank in sorted order */
static uint32_t *pstart;		/* postings of term t: pstart[t].. */
static struct tw *post;			/* (article, weight) */
static struct nb *pairs;		/* dup pairs, then all pairs */
static size_t npairs, paircap;
static struct nb *story;		/* topk per article: story[i*topk..] */
static uint32_t *nstory;
static uint32_t nslot;			/* entries per story list */

static int
cmpartid(const void *x, const void *y)
{
	return strcmp((*(struct art *const *)x)->id,
	    (*(struct art *const *)y)->id);
}

static int
cmptermidx(const void *x, const void *y)
{
	return strcmp(terms[*(const uint32_t *)x].s,
	    terms[*(const uint32_t *)y].s);
}

/* Sorts v by term, faster than qsort with cmptw (terms are unique). */
static void
sorttw(struct tw *v, size_t n)
{
	struct tw x, p;
	size_t i, j;

	while (n > 16) {
		p = v[n / 2];
		i = 0;
		j = n - 1;
		for (;;) {
			while (v[i].t < p.t)
				i++;
			while (v[j].t > p.t)
				j--;
			if (i >= j)
				break;
			x = v[i];
			v[i] = v[j];
			v[j] = x;
			i++;
			j--;
		}
		/* v[0..j] <= p <= v[j+1..n) */
		if (j + 1 < n - j - 1) {
			sorttw(v, j + 1);
			v += j + 1;
			n -= j + 1;
		} else {
			sorttw(v + j + 1, n - j - 1);
			n = j + 1;
		}
	}
	for (i = 1; i < n; i++) {
		x = v[i];
		for (j = i; j > 0 && v[j - 1].t > x.t; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

static int
cmptwweight(const void *x, const void *y)
{
	const struct tw *a = x, *b = y;

	if (a->w != b->w)
		return a->w > b->w ? -1 : 1;
	return a->t < b->t ? -1 : a->t > b->t;
}

static void
addpair(uint32_t a, uint32_t b, float score, int dup)
{
	if (npairs == paircap) {
		paircap = paircap ? paircap * 2 : 4096;
		pairs = nw_realloc(pairs, paircap * sizeof(*pairs));
	}
	pairs[npairs].a = a < b ? a : b;
	pairs[npairs].b = a < b ? b : a;
	pairs[npairs].score = score;
	pairs[npairs].dup = dup;
	npairs++;
}

static int
cmppair(const void *x, const void *y)
{
	const struct nb *a = x, *b = y;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	if (a->b != b->b)
		return a->b < b->b ? -1 : 1;
	if (a->dup != b->dup)
		return a->dup > b->dup ? -1 : 1;
	return a->score > b->score ? -1 : a->score < b->score;
}

/* Sorts the pairs and keeps the first (best) of each. */
static void
uniqpairs(void)
{
	size_t i, j;

	sortn(pairs, npairs, sizeof(*pairs), cmppair);
	for (i = j = 0; i < npairs; i++)
		if (j == 0 || pairs[i].a != pairs[j - 1].a ||
		    pairs[i].b != pairs[j - 1].b)
			pairs[j++] = pairs[i];
	npairs = j;
}

/* TF-IDF weights, unit length, at most VKEEP terms that can match. */
static void
weigh(void)
{
	double n = (double)narts, norm, idf;
	size_t i, j, k;
	uint32_t *byname;

	byname = nw_malloc((nterms ? nterms : 1) * sizeof(*byname));
	trank = nw_malloc((nterms ? nterms : 1) * sizeof(*trank));
	for (i = 0; i < nterms; i++)
		byname[i] = (uint32_t)i;
	sortn(byname, nterms, sizeof(*byname), cmptermidx);
	for (i = 0; i < nterms; i++)
		trank[byname[i]] = (uint32_t)i;
	/* terms renumbered in the order of their words */
	{
		struct term *nt = nw_malloc((nterms ? nterms : 1) *
		    sizeof(*nt));

		for (i = 0; i < nterms; i++)
			nt[i] = terms[byname[i]];
		free(terms);
		terms = nt;
		termcap = nterms;
		free(thash);
		thash = NULL;
	}
	free(byname);
	for (i = 0; i < narts; i++) {
		struct art *a = arts[i];

		for (j = 0; j < a->nt; j++)
			a->tv[j].t = trank[a->tv[j].t];
		sorttw(a->tv, a->nt);
		norm = 0;
		for (j = 0; j < a->nt; j++) {
			idf = pow(log((1 + n) / (1 + terms[a->tv[j].t].df)) +
			    1, IDFPOW);
			a->tv[j].w = (float)((1 + log(a->tv[j].w)) * idf);
			norm += (double)a->tv[j].w * a->tv[j].w;
		}
		norm = norm > 0 ? sqrt(norm) : 1;
		for (j = k = 0; j < a->nt; j++)
			if (terms[a->tv[j].t].df >= 2 && a->tv[j].w > 0) {
				a->tv[k] = a->tv[j];
				a->tv[k++].w = (float)(a->tv[j].w / norm);
			}
		a->nt = (uint32_t)k;
		if (a->nt > VKEEP) {
			selectk(a->tv, a->nt, VKEEP, sizeof(*a->tv),
			    cmptwweight);
			a->nt = VKEEP;
			sorttw(a->tv, a->nt);
		}
		if (a->nt > 0)
			a->tv = nw_realloc(a->tv, a->nt * sizeof(*a->tv));
	}
	free(trank);
	trank = NULL;
}

/* An article's heaviest indexable terms, into v (at most max). */
static size_t
heavy(const struct art *a, struct tw *v, size_t max, uint32_t dfcut)
{
	size_t j, n = 0;

	for (j = 0; j < a->nt; j++)
		if (terms[a->tv[j].t].df <= dfcut)
			v[n++] = a->tv[j];
	selectk(v, n, max, sizeof(*v), cmptwweight);
	if (n > max)
		n = max;
	sortn(v, n, sizeof(*v), cmptwweight);
	return n;
}

static int
cmppostw(const void *x, const void *y)
{
	const struct tw *a = x, *b = y;

	if (a->w != b->w)
		return a->w > b->w ? -1 : 1;
	return a->t < b->t ? -1 : a->t > b->t;
}

static void
buildindex(uint32_t dfcut)
{
	struct tw v[VKEEP];
	uint32_t *fill;
	size_t i, j, n, t;

	pstart = calloc(nterms + 1, sizeof(*pstart));
	fill = calloc(nterms + 1, sizeof(*fill));
	if (pstart == NULL || fill == NULL)
		nw_die(2, "out of memory");
	for (i = 0; i < narts; i++) {
		n = heavy(arts[i], v, PINDEX, dfcut);
		for (j = 0; j < n; j++)
			pstart[v[j].t + 1]++;
	}
	for (t = 0; t < nterms; t++)
		pstart[t + 1] += pstart[t];
	post = nw_malloc((pstart[nterms] + 1) * sizeof(*post));
	for (i = 0; i < narts; i++) {
		n = heavy(arts[i], v, PINDEX, dfcut);
		for (j = 0; j < n; j++) {
			struct tw *p = &post[pstart[v[j].t] + fill[v[j].t]++];

			p->t = (uint32_t)i;
			p->w = v[j].w;
		}
	}
	/* top-k pruning: only the POSTMAX heaviest entries of a term */
	for (t = 0; t < nterms; t++) {
		n = pstart[t + 1] - pstart[t];
		if (n > POSTMAX)
			sortn(post + pstart[t], n, sizeof(*post), cmppostw);
	}
	free(fill);
}

/*
 * Cosines with one article: its vector is spread over a dense array of
 * all terms (scatter), so that each cosine is one pass over the other
 * vector with no branches.
 */
static float *dense;

/*
 * The vectors again, packed: the hot loops read them for random
 * articles, and struct art is five cache lines long.
 */
static struct vec {
	struct tw	*tv;
	uint32_t	 nt;
} *vec;

static void
packvec(void)
{
	size_t i;

	if (vec == NULL)
		vec = nw_malloc((narts ? narts : 1) * sizeof(*vec));
	for (i = 0; i < narts; i++) {
		vec[i].tv = arts[i]->tv;
		vec[i].nt = arts[i]->nt;
	}
}

static void
scatter(const struct art *a, int on)
{
	uint32_t k;

	if (dense == NULL && (dense = calloc(nterms ? nterms : 1,
	    sizeof(*dense))) == NULL)
		nw_die(2, "out of memory");
	for (k = 0; k < a->nt; k++)
		dense[a->tv[k].t] = on ? a->tv[k].w : 0;
}

static double
cosine(uint32_t b)
{
	const struct tw *v = vec[b].tv;
	uint32_t k, n = vec[b].nt;
	double s = 0;

	for (k = 0; k < n; k++)
		s += (double)dense[v[k].t] * v[k].w;
	return s > 1 ? 1 : s;
}

/*
 * Resemblance of two articles from their MinHash: the Jaccard estimate
 * j, and the containment of the shorter in the longer that j and the
 * shingle counts give.  The score is the larger of the two, so that a
 * cut or extended copy counts as well as an edited one; a text of fewer
 * than MINCONT shingles (a headline) has only j.
 */
static double
dupscore(const struct art *a, const struct art *b, double *jac)
{
	int k, match = 0, either = 0;
	double j, inter, small;

	for (k = 0; k < NSIG; k++) {
		if (a->sig[k] == EMPTY && b->sig[k] == EMPTY)
			continue;
		either++;
		match += a->sig[k] == b->sig[k];
	}
	if (either == 0) {
		*jac = 0;
		return 0;
	}
	j = (double)match / either;
	*jac = j;
	inter = j / (1 + j) * ((double)a->nsh + b->nsh);
	small = a->nsh < b->nsh ? a->nsh : b->nsh;
	if (small < MINCONT)
		return j;	/* too short to say it is contained */
	inter /= small;
	if (inter > 1)
		inter = 1;
	return j > inter ? j : inter;
}

static int isdup(double s) { return s >= dupmin; }

/* Keeps b in a's story list if it is among the best nslot. */
static void
keepstory(uint32_t a, uint32_t b, double c, double min)
{
	struct nb *l = story + (size_t)a * nslot;
	uint32_t n = nstory[a];
	long i;

	if (c < min || c <= 0)
		return;
	if (n == nslot && (l[n - 1].score > c ||
	    (l[n - 1].score == c && l[n - 1].b < b)))
		return;
	if (n < nslot)
		n = ++nstory[a];
	for (i = (long)n - 1; i > 0 && (l[i - 1].score < c ||
	    (l[i - 1].score == c && l[i - 1].b > b)); i--)
		l[i] = l[i - 1];
	l[i].a = a;
	l[i].b = b;
	l[i].score = (float)c;
	l[i].dup = 0;
}

/* Whether article b has a among its MEXP first neighbours. */
static int
listsback(uint32_t b, uint32_t a)
{
	const struct nb *l = story + (size_t)b * nslot;
	uint32_t k;

	if (nstory[b] == 0)
		return 1;	/* no list (an old article): no evidence */
	for (k = 0; k < nstory[b] && k < MEXP; k++)
		if (l[k].b == a)
			return 1;
	return 0;
}

/*
 * Add w to acc[t], listing t in touched[] the first time: acc[] is all
 * zeros between uses, so 0 means "not touched yet" (weights are positive).
 */
static void
accumulate(float *acc, uint32_t *touched, uint32_t *n, uint32_t t, float w)
{
	if (acc[t] == 0)
		touched[(*n)++] = t;
	acc[t] += w;
}

/*
 * The sums in acc[] of the n touched keys, as (key, sum) pairs in out,
 * acc[] left all zeros again; only the max heaviest (unsorted) when there
 * are more.  Returns how many.
 */
static uint32_t
gather(float *acc, const uint32_t *touched, uint32_t n, struct tw *out,
    uint32_t max)
{
	uint32_t m;

	for (m = 0; m < n; m++) {
		out[m].t = touched[m];
		out[m].w = acc[touched[m]];
		acc[touched[m]] = 0;
	}
	if (n > max) {
		selectk(out, n, max, sizeof(*out), cmptwweight);
		n = max;
	}
	return n;
}

/*
 * Pseudo-relevance feedback: each vector gets BETA times the mean of its
 * MEXP nearest neighbours, each weighted by its cosine, so that two
 * articles on one story that share few words but many neighbours come
 * closer; an article whose neighbours are far stays much as it was.  A
 * neighbour that does not have the article among its own counts ONEWAY
 * times as much: it is more often a hub or on another topic.
 */
static void
expand(uint32_t i, float *acc, uint32_t *touched, struct tw *out,
    uint32_t *nout)
{
	const struct art *a = arts[i];
	const struct nb *l = story + (size_t)i * nslot;
	uint32_t n = nstory[i] < MEXP ? nstory[i] : MEXP, nt = 0, j, k;
	double norm = 0;
	size_t m;

	for (k = 0; k < a->nt; k++) {
		touched[nt++] = a->tv[k].t;
		acc[a->tv[k].t] = a->tv[k].w;
	}
	for (j = 0; j < n; j++) {
		const struct vec *b = &vec[l[j].b];
		float f = (float)(BETA * l[j].score / MEXP);

		if (!listsback(l[j].b, i))
			f *= (float)ONEWAY;

		for (k = 0; k < b->nt; k++)
			accumulate(acc, touched, &nt, b->tv[k].t,
			    f * b->tv[k].w);
	}
	nt = gather(acc, touched, nt, out, VKEEP);
	sorttw(out, nt);
	for (m = 0; m < nt; m++)
		norm += (double)out[m].w * out[m].w;
	norm = norm > 0 ? sqrt(norm) : 1;
	for (m = 0; m < nt; m++)
		out[m].w = (float)(out[m].w / norm);
	*nout = nt;
}

/*
 * One round: the vectors expanded by their neighbours, then new story
 * lists of final entries by the expanded cosine, over the neighbours and
 * theirs.
 */
static void
rerank(uint32_t final)
{
	struct tw **x, *buf;
	uint32_t *nx, *touched, *stamp, i, j, k, n;
	struct nb *l1;
	uint32_t *n1;
	float *acc;

	x = nw_malloc((narts ? narts : 1) * sizeof(*x));
	nx = nw_malloc((narts ? narts : 1) * sizeof(*nx));
	acc = calloc(nterms ? nterms : 1, sizeof(*acc));
	touched = nw_malloc((nterms ? nterms : 1) * sizeof(*touched));
	buf = nw_malloc((nterms ? nterms : 1) * sizeof(*buf));
	if (acc == NULL)
		nw_die(2, "out of memory");
	for (i = 0; i < narts; i++) {
		if (i % 10000 == 0)
			say("expanding %u of %zu articles", i, narts);
		expand(i, acc, touched, buf, &nx[i]);
		x[i] = nw_malloc((nx[i] ? nx[i] : 1) * sizeof(**x));
		memcpy(x[i], buf, nx[i] * sizeof(*buf));
	}
	for (i = 0; i < narts; i++) {
		free(arts[i]->tv);
		arts[i]->tv = x[i];
		arts[i]->nt = nx[i];
	}
	packvec();
	free(x);
	free(nx);
	free(acc);
	free(touched);
	free(buf);
	/* the first lists give the candidates of the final ones */
	l1 = story;
	n1 = nstory;
	story = nw_malloc((narts ? narts : 1) * (size_t)final *
	    sizeof(*story));
	nstory = calloc(narts ? narts : 1, sizeof(*nstory));
	stamp = calloc(narts ? narts : 1, sizeof(*stamp));
	if (nstory == NULL || stamp == NULL)
		nw_die(2, "out of memory");
	k = nslot;
	nslot = final;
	for (i = 0; i < narts; i++) {
		const struct nb *li = l1 + (size_t)i * k;

		if (arts[i]->old)
			continue;
		if (i % 10000 == 0)
			say("ranking %u of %zu articles", i, narts);
		stamp[i] = i + 1;
		scatter(arts[i], 1);
		for (j = 0; j < n1[i]; j++) {
			const struct nb *lj = l1 + (size_t)li[j].b * k;

			if (stamp[li[j].b] != i + 1) {
				stamp[li[j].b] = i + 1;
				keepstory(i, li[j].b, cosine(li[j].b),
				    storymin);
			}
			for (n = 0; j < MEXP && n < n1[li[j].b] && n < HOP2;
			    n++)
				if (stamp[lj[n].b] != i + 1) {
					stamp[lj[n].b] = i + 1;
					keepstory(i, lj[n].b,
					    cosine(lj[n].b), storymin);
				}
		}
		scatter(arts[i], 0);
	}
	free(l1);
	free(n1);
	free(stamp);
}

/*
 * The neighbourhood graph for the communities is each article's story
 * list; an article without a list of its own (an old one, with -a) has
 * the articles that list it instead (in[ioff[i]..ioff[i + 1]], with the
 * cosine), so that it takes part through the new articles that list it.
 */
static struct tw *in;
static uint32_t *ioff;

static void
inedges(void)
{
	uint32_t *fill, i, j;

	ioff = calloc(narts + 1, sizeof(*ioff));
	fill = calloc(narts + 1, sizeof(*fill));
	if (ioff == NULL || fill == NULL)
		nw_die(2, "out of memory");
	for (i = 0; i < narts; i++)
		for (j = 0; j < nstory[i]; j++)
			if (nstory[story[(size_t)i * nslot + j].b] == 0)
				ioff[story[(size_t)i * nslot + j].b + 1]++;
	for (i = 0; i < narts; i++)
		ioff[i + 1] += ioff[i];
	in = nw_malloc((ioff[narts] + 1) * sizeof(*in));
	for (i = 0; i < narts; i++)
		for (j = 0; j < nstory[i]; j++) {
			const struct nb *e = &story[(size_t)i * nslot + j];

			if (nstory[e->b] != 0)
				continue;
			in[ioff[e->b] + fill[e->b]].t = i;
			in[ioff[e->b] + fill[e->b]++].w = e->score;
		}
	free(fill);
}

/*
 * The labels of article i's neighbours, with the cosine
 * they carry, plus self of its own label; into out, at most max of the
 * heaviest, unsorted.  acc is all zeros, and is left so.
 */
static uint32_t
votes(uint32_t i, const uint32_t *lab, float self, float *acc,
    uint32_t *touched, struct tw *out, uint32_t max)
{
	const struct nb *l = story + (size_t)i * nslot;
	uint32_t j, n = 0;

	if (self > 0) {
		touched[n++] = lab[i];
		acc[lab[i]] = self;
	}
	for (j = 0; j < nstory[i]; j++)
		accumulate(acc, touched, &n, lab[l[j].b], l[j].score);
	for (j = ioff[i]; j < ioff[i + 1]; j++)
		accumulate(acc, touched, &n, lab[in[j].t], in[j].w);
	return gather(acc, touched, n, out, max);
}

static float *density(struct tw *);

/*
 * Communities: label propagation over the neighbourhood graph.  Every
 * article starts with a label of its own and takes, pass after pass, the
 * label that its neighbours carry with the most cosine (the smallest label
 * on a tie), until no label changes or LPMAX passes.  The articles take
 * their turns densest neighbourhood first: labels then spread from the
 * cores of topics outwards, and the communities do not hang on the order
 * of the Ids, which are hashes of file names (in the order of the Ids,
 * renaming the files of bbc moved p@5 between 0.942 and 0.952).
 */
static uint32_t *
communities(float *acc, uint32_t *touched, struct tw *v, const float *dens)
{
	uint32_t *lab, i, c, pass, changed, n, o;
	struct tw *ord;

	lab = nw_malloc((narts ? narts : 1) * sizeof(*lab));
	ord = nw_malloc((narts ? narts : 1) * sizeof(*ord));
	for (i = 0; i < narts; i++) {
		lab[i] = i;
		ord[i].t = i;
		ord[i].w = dens[i];
	}
	sortn(ord, narts, sizeof(*ord), cmptwweight);
	for (pass = 0, changed = 1; pass < LPMAX && changed; pass++) {
		say("communities, pass %u", pass + 1);
		for (o = 0, changed = 0; o < narts; o++) {
			i = ord[o].t;
			n = votes(i, lab, 0, acc, touched, v, (uint32_t)-1);
			if (n == 0)
				continue;
			for (c = 1; c < n; c++)
				if (v[c].w > v[0].w || (v[c].w == v[0].w &&
				    v[c].t < v[0].t))
					v[0] = v[c];
			if (v[0].t != lab[i]) {
				lab[i] = v[0].t;
				changed = 1;
			}
		}
	}
	free(ord);
	return lab;
}

static int
cmptwterm(const void *x, const void *y)
{
	const struct tw *a = x, *b = y;

	return a->t < b->t ? -1 : a->t > b->t;
}

/*
 * How dense each article's neighbourhood is: the mean cosine of its MEXP
 * nearest neighbours.  An article in the core of a topic has close
 * neighbours all round; one on the edge between topics, or on its own,
 * has not.  An article without a list of its own (an old one, with -a)
 * has the mean density of the MEXP nearest articles that list it: its
 * cosines with them say less, as its vector was not expanded.  v is
 * scratch of narts entries.
 */
static float *
density(struct tw *v)
{
	float *d = nw_malloc((narts ? narts : 1) * sizeof(*d));
	uint32_t i, j, n;
	double s;

	for (i = 0; i < narts; i++) {
		const struct nb *l = story + (size_t)i * nslot;

		for (n = 0, s = 0; n < nstory[i] && n < MEXP; n++)
			s += l[n].score;
		d[i] = n > 0 ? (float)(s / n) : 0;
	}
	for (i = 0; i < narts; i++) {
		if (nstory[i] > 0)
			continue;
		n = ioff[i + 1] - ioff[i];
		memcpy(v, in + ioff[i], n * sizeof(*v));
		if (n > MEXP) {
			selectk(v, n, MEXP, sizeof(*v), cmptwweight);
			n = MEXP;
		}
		sortn(v, n, sizeof(*v), cmptwweight);
		for (j = 0, s = 0; j < n; j++)
			s += d[v[j].t];
		d[i] = n > 0 ? (float)(s / n) : 0;
	}
	return d;
}

/*
 * Topic concentration: a term whose weight gathers in a few communities
 * tells the topic more than one spread over them as the articles are.
 * Its weight is the Kullback-Leibler divergence of the communities that
 * its weight in the (expanded) vectors falls in from the communities of
 * all articles (each by its share of the articles), the former smoothed
 * by a weight of CPRIOR spread as the latter, so that a term with little
 * weight anywhere is not sure evidence.  Weights, not counts: after the
 * feedback the words of a topic reach, lightly, the vectors of articles
 * far from it.  Each vector's weights are then multiplied by the weights
 * of their terms plus CFLOOR, so that where the communities tell nothing
 * (one community, say) the vector stays as it was, and the vector is
 * made unit length again.  The sums
 * are taken one community at a time, so that the memory is that of a
 * few numbers per term.
 */
static void
concentrate(const uint32_t *lab)
{
	uint32_t *start, *memb, *touched, i, j, k, n, t, c;
	double *tot, *kl, *seen, p0, p, pu, norm;
	float *acc;

	start = calloc(narts + 1, sizeof(*start));
	memb = nw_malloc((narts ? narts : 1) * sizeof(*memb));
	tot = calloc(nterms ? nterms : 1, sizeof(*tot));
	kl = calloc(nterms ? nterms : 1, sizeof(*kl));
	seen = calloc(nterms ? nterms : 1, sizeof(*seen));
	acc = calloc(nterms ? nterms : 1, sizeof(*acc));
	touched = nw_malloc((nterms ? nterms : 1) * sizeof(*touched));
	if (start == NULL || tot == NULL || kl == NULL || seen == NULL ||
	    acc == NULL)
		nw_die(2, "out of memory");
	for (i = 0; i < narts; i++) {
		start[lab[i] + 1]++;
		for (k = 0; k < arts[i]->nt; k++)
			tot[arts[i]->tv[k].t] += arts[i]->tv[k].w;
	}
	for (c = 0; c < narts; c++)
		start[c + 1] += start[c];
	/* the articles of community c: memb[start[c]..start[c + 1]] */
	for (i = 0; i < narts; i++)
		memb[start[lab[i]]++] = i;
	/* start[c] is now where they end */
	for (c = 0, j = 0; c < narts; j = start[c++]) {
		if (j == start[c])
			continue;
		p0 = (double)(start[c] - j) / narts;
		for (n = 0; j < start[c]; j++) {
			const struct art *a = arts[memb[j]];

			for (k = 0; k < a->nt; k++)
				accumulate(acc, touched, &n, a->tv[k].t,
				    a->tv[k].w);
		}
		for (k = 0; k < n; k++) {
			t = touched[k];
			p = (acc[t] + CPRIOR * p0) / (tot[t] + CPRIOR);
			kl[t] += p * log(p / p0);
			seen[t] += p0;
			acc[t] = 0;
		}
	}
	for (t = 0; t < nterms; t++) {
		/* the communities where it has no weight */
		pu = CPRIOR / (tot[t] + CPRIOR);
		if (seen[t] < 1)
			kl[t] += (1 - seen[t]) * pu * log(pu);
		if (kl[t] < 0)		/* rounding */
			kl[t] = 0;
	}
	for (i = 0; i < narts; i++) {
		struct art *a = arts[i];

		for (k = 0, norm = 0; k < a->nt; k++) {
			a->tv[k].w = (float)(a->tv[k].w *
			    (kl[a->tv[k].t] + CFLOOR));
			norm += (double)a->tv[k].w * a->tv[k].w;
		}
		norm = norm > 0 ? sqrt(norm) : 1;
		for (k = 0; k < a->nt; k++)
			a->tv[k].w = (float)(a->tv[k].w / norm);
	}
	free(start);
	free(memb);
	free(tot);
	free(kl);
	free(seen);
	free(acc);
	free(touched);
}

/*
 * The final story lists, of final entries: each article's community
 * profile is the communities of itself (weight 1) and of its neighbours
 * (weight their cosine), its k + 1 heaviest, unit length.  The story
 * score of a pair is its cosine with the terms weighed by their topic
 * concentration, plus COMMW times the cosine of the two profiles, plus
 * DENSW times the mean density of the two neighbourhoods, over
 * 1 + COMMW + DENSW: among neighbours about as close, those that the rest
 * of the neighbourhood agrees with, and those in the core of a topic
 * rather than on its edge, come first.
 */
static void
community(uint32_t final)
{
	struct nb *l1;
	struct tw *prof, *v;
	uint32_t *n1, *np, *lab, *touched, k = nslot, i, j, c;
	float *acc, *dens;
	double q;

	inedges();
	acc = calloc(narts ? narts : 1, sizeof(*acc));
	touched = nw_malloc((narts ? narts : 1) * sizeof(*touched));
	v = nw_malloc((narts ? narts : 1) * sizeof(*v));
	if (acc == NULL)
		nw_die(2, "out of memory");
	dens = density(v);
	lab = communities(acc, touched, v, dens);
	prof = nw_malloc((narts ? narts : 1) * (size_t)(k + 1) *
	    sizeof(*prof));
	np = nw_malloc((narts ? narts : 1) * sizeof(*np));
	for (i = 0; i < narts; i++) {
		struct tw *p = prof + (size_t)i * (k + 1);

		np[i] = votes(i, lab, 1, acc, touched, p, k + 1);
		sortn(p, np[i], sizeof(*p), cmptwterm);
		for (c = 0, q = 0; c < np[i]; c++)
			q += (double)p[c].w * p[c].w;
		q = q > 0 ? sqrt(q) : 1;
		for (c = 0; c < np[i]; c++)
			p[c].w = (float)(p[c].w / q);
	}
	concentrate(lab);
	free(lab);
	free(acc);
	free(touched);
	free(v);
	free(in);
	free(ioff);
	in = NULL;
	ioff = NULL;
	l1 = story;
	n1 = nstory;
	story = nw_malloc((narts ? narts : 1) * (size_t)final *
	    sizeof(*story));
	nstory = calloc(narts ? narts : 1, sizeof(*nstory));
	if (nstory == NULL)
		nw_die(2, "out of memory");
	nslot = final;
	for (i = 0; i < narts; i++) {
		const struct nb *l = l1 + (size_t)i * k;
		const struct tw *pi = prof + (size_t)i * (k + 1);

		if (n1[i] == 0)
			continue;
		scatter(arts[i], 1);
		for (j = 0; j < n1[i]; j++) {
			const struct tw *pb = prof + (size_t)l[j].b * (k + 1);
			uint32_t x = 0, y = 0;

			for (q = 0; x < np[i] && y < np[l[j].b]; )
				if (pi[x].t < pb[y].t)
					x++;
				else if (pi[x].t > pb[y].t)
					y++;
				else
					q += (double)pi[x++].w * pb[y++].w;
			keepstory(i, l[j].b, (cosine(l[j].b) + COMMW * q +
			    DENSW * (dens[i] + dens[l[j].b]) / 2) /
			    (1 + COMMW + DENSW), storymin);
		}
		scatter(arts[i], 0);
	}
	free(dens);
	free(prof);
	free(np);
	free(l1);
	free(n1);
}

struct cand {
	float		 acc;
	uint32_t	 b;
};

static int
cmpcand(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->acc != b->acc)
		return a->acc > b->acc ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

static void
query(uint32_t dfcut)
{
	struct tw v[VKEEP];
	float *acc;
	uint32_t *touched, ntouched, i, b;
	struct cand *c;
	size_t j, n, m, nc;
	double s, jac;

	acc = calloc(narts ? narts : 1, sizeof(*acc));
	touched = nw_malloc((narts ? narts : 1) * sizeof(*touched));
	c = nw_malloc((narts ? narts : 1) * sizeof(*c));
	if (acc == NULL)
		nw_die(2, "out of memory");
	for (i = 0; i < narts; i++) {
		if (arts[i]->old)
			continue;
		if (i % 10000 == 0)
			say("matching %u of %zu articles", i, narts);
		ntouched = 0;
		n = heavy(arts[i], v, QTERMS, dfcut);
		for (j = 0; j < n; j++) {
			const struct tw *p = post + pstart[v[j].t];
			size_t np = pstart[v[j].t + 1] - pstart[v[j].t];

			if (np > POSTMAX)
				np = POSTMAX;
			for (m = 0; m < np; m++) {
				b = p[m].t;
				if (b != i)
					accumulate(acc, touched, &ntouched, b,
					    v[j].w * p[m].w);
			}
		}
		for (nc = 0; nc < ntouched; nc++) {
			c[nc].b = touched[nc];
			c[nc].acc = acc[touched[nc]];
			acc[touched[nc]] = 0;
		}
		if (nc > NCAND) {
			selectk(c, nc, NCAND, sizeof(*c), cmpcand);
			nc = NCAND;
			sortn(c, nc, sizeof(*c), cmpcand);
		}
		scatter(arts[i], 1);
		for (j = 0; j < nc; j++) {
			b = c[j].b;
			keepstory(i, b, cosine(b), 0);
			if (isdup(s = dupscore(arts[i], arts[b], &jac)))
				addpair(i, b, (float)s, 1);
		}
		scatter(arts[i], 0);
	}
	free(acc);
	free(touched);
	free(c);
}

struct bkey {
	uint64_t	 key;
	uint32_t	 i;
};

static int
cmpbkey(const void *x, const void *y)
{
	const struct bkey *a = x, *b = y;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/*
 * Whether a and b agree on an earlier band: then that band has made them
 * a candidate pair already, so that a cluster of copies does not give its
 * pairs once per band.
 */
static int
metbefore(const struct art *a, const struct art *b, int band)
{
	int i, r, empty;

	for (i = 0; i < band; i++) {
		empty = 1;
		for (r = 0; r < ROWS; r++) {
			if (a->sig[i * ROWS + r] != b->sig[i * ROWS + r])
				break;
			empty &= a->sig[i * ROWS + r] == EMPTY;
		}
		if (r == ROWS && !empty)
			return 1;
	}
	return 0;
}

/* LSH: articles that agree on all ROWS values of a band are candidates. */
static void
bands(void)
{
	struct bkey *k = nw_malloc((narts ? narts : 1) * sizeof(*k));
	size_t i, j, n, r, e;
	int band;
	double s, jac;

	for (band = 0; band < BANDS; band++) {
		say("LSH band %d of %d", band + 1, BANDS);
		for (i = n = 0; i < narts; i++) {
			uint64_t h = (uint64_t)band;
			int empty = 1;

			for (r = 0; r < ROWS; r++) {
				uint32_t v = arts[i]->sig[band * ROWS + r];

				empty &= v == EMPTY;
				h = nw_mix64(h * 0x9e3779b97f4a7c15ULL + v);
			}
			if (!empty) {
				k[n].key = h;
				k[n++].i = (uint32_t)i;
			}
		}
		sortn(k, n, sizeof(*k), cmpbkey);
		for (i = 0; i < n; i = e) {
			for (e = i + 1; e < n && k[e].key == k[i].key; e++)
				;
			for (j = i; j < e; j++)
				for (r = j + 1; r < e && r <= j + BUCKETW;
				    r++) {
					uint32_t a = k[j].i, b = k[r].i;

					if ((arts[a]->old && arts[b]->old) ||
					    metbefore(arts[a], arts[b], band))
						continue;
					if (isdup(s = dupscore(arts[a],
					    arts[b], &jac)))
						addpair(a, b, (float)s, 1);
				}
		}
	}
	free(k);
}

static void
phase(const char *what)
{
	static clock_t last;
	clock_t now = clock();

	if (getenv("NW_RELATED_TIMES") != NULL)
		fprintf(stderr, "%s: %s %.2f s\n", nw_prog(), what,
		    (double)(now - last) / CLOCKS_PER_SEC);
	last = now;
}

static void
relate(void)
{
	uint32_t dfcut;
	size_t i, j;
	int r;

	phase("read");
	say("sorting %zu articles", narts);
	sortn(arts, narts, sizeof(*arts), cmpartid);
	free(idhash);
	idhash = NULL;
	weigh();
	packvec();
	phase("weigh");
	dfcut = (uint32_t)(narts / DFCUT > DFMIN ? narts / DFCUT : DFMIN);
	buildindex(dfcut);
	phase("index");
	nslot = MLIST > topk ? MLIST : (uint32_t)topk;
	story = nw_malloc((narts ? narts : 1) * (size_t)nslot *
	    sizeof(*story));
	nstory = calloc(narts ? narts : 1, sizeof(*nstory));
	if (nstory == NULL)
		nw_die(2, "out of memory");
	query(dfcut);
	phase("query");
	free(post);
	free(pstart);
	post = NULL;
	pstart = NULL;
	for (r = 0; r < ROUNDS; r++)
		rerank(nslot);
	phase("rerank");
	community((uint32_t)topk);
	phase("community");
	bands();
	phase("bands");
	uniqpairs();
	/* the story pairs join the dup ones; a dup pair stays dup */
	for (i = 0; i < narts; i++)
		for (j = 0; j < nstory[i]; j++)
			addpair(story[i * topk + j].a, story[i * topk + j].b,
			    story[i * topk + j].score, 0);
	uniqpairs();
	free(vec);
	vec = NULL;
	say("done");
	if (progress)
		fputs("\r\033[K", stderr);
}

/* --- output ------------------------------------------------------ */

static const char *kinds[] = { "story", "dup" };

/*
 * The top shared terms of a and b, by the product of their weights and
 * their inverse document frequency.
 */
static void
putwhy(FILE *fp, const struct art *a, const struct art *b)
{
	struct tw v[VKEEP];
	size_t i = 0, j = 0, n = 0;

	while (i < a->nt && j < b->nt) {
		if (a->tv[i].t < b->tv[j].t)
			i++;
		else if (a->tv[i].t > b->tv[j].t)
			j++;
		else {
			/* rarer terms first: "the" explains nothing */
			v[n].t = a->tv[i].t;
			v[n].w = (float)(a->tv[i++].w * b->tv[j++].w *
			    log((double)narts / terms[v[n].t].df));
			if (v[n].w > 0)
				n++;
		}
	}
	sortn(v, n, sizeof(*v), cmptwweight);
	for (i = 0; i < n && i < 8; i++)
		fprintf(fp, "%s%s", i ? " " : "", terms[v[i].t].s);
}

static void
putpairs(void)
{
	size_t i;

	for (i = 0; i < npairs && !ferror(stdout); i++) {
		const struct nb *p = &pairs[i];

		printf("%s\t%s\t%.4f\t%s", arts[p->a]->id, arts[p->b]->id,
		    p->score, kinds[p->dup]);
		if (explain) {
			putchar('\t');
			putwhy(stdout, arts[p->a], arts[p->b]);
		}
		putchar('\n');
	}
}

static uint32_t
root(uint32_t *up, uint32_t x)
{
	while (up[x] != x)
		x = up[x] = up[up[x]];
	return x;
}

static void
putdot(void)
{
	uint32_t *up = nw_malloc((narts ? narts : 1) * sizeof(*up));
	uint32_t i, a, b, c;
	size_t k;

	for (i = 0; i < narts; i++)
		up[i] = i;
	for (k = 0; k < npairs; k++)
		if (pairs[k].dup) {
			a = root(up, pairs[k].a);
			b = root(up, pairs[k].b);
			if (a != b)
				up[a > b ? a : b] = a < b ? a : b;
		}
	printf("graph dups {\n\tnode [shape=box, fontsize=10];\n");
	for (c = 0; c < narts; c++) {
		if (root(up, c) != c)
			continue;
		for (k = 0; k < npairs; k++)
			if (pairs[k].dup && root(up, pairs[k].a) == c)
				break;
		if (k == npairs)
			continue;
		printf("\tsubgraph cluster_%s {\n", arts[c]->id);
		for (; k < npairs; k++)
			if (pairs[k].dup && root(up, pairs[k].a) == c)
				printf("\t\t\"%s\" -- \"%s\" [label=\"%.2f\"];\n",
				    arts[pairs[k].a]->id, arts[pairs[k].b]->id,
				    pairs[k].score);
		printf("\t}\n");
	}
	printf("}\n");
	free(up);
}

static uint32_t *adj;			/* pairs of article i: adj[aoff[i]].. */
static size_t *aoff;

static int
cmpadj(const void *x, const void *y)
{
	const struct nb *a = &pairs[*(const uint32_t *)x];
	const struct nb *b = &pairs[*(const uint32_t *)y];

	if (a->dup != b->dup)
		return a->dup > b->dup ? -1 : 1;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return *(const uint32_t *)x < *(const uint32_t *)y ? -1 : 1;
}

static void
buildadj(void)
{
	size_t i, *fill;

	aoff = calloc(narts + 1, sizeof(*aoff));
	fill = calloc(narts + 1, sizeof(*fill));
	if (aoff == NULL || fill == NULL)
		nw_die(2, "out of memory");
	for (i = 0; i < npairs; i++) {
		aoff[pairs[i].a + 1]++;
		aoff[pairs[i].b + 1]++;
	}
	for (i = 0; i < narts; i++)
		aoff[i + 1] += aoff[i];
	adj = nw_malloc((aoff[narts] + 1) * sizeof(*adj));
	for (i = 0; i < npairs; i++) {
		adj[aoff[pairs[i].a] + fill[pairs[i].a]++] = (uint32_t)i;
		adj[aoff[pairs[i].b] + fill[pairs[i].b]++] = (uint32_t)i;
	}
	for (i = 0; i < narts; i++)
		sortn(adj + aoff[i], aoff[i + 1] - aoff[i], sizeof(*adj),
		    cmpadj);
	free(fill);
}

static void
putrelated(uint32_t i)
{
	size_t k, n = aoff[i + 1] - aoff[i];
	char buf[64];

	if (n > (size_t)topk)
		n = (size_t)topk;
	for (k = 0; k < n; k++) {
		const struct nb *p = &pairs[adj[aoff[i] + k]];
		const struct art *o = arts[p->a == i ? p->b : p->a];

		snprintf(buf, sizeof(buf), "%.4f", p->score);
		printf("Related: %s %s %s", o->id, buf, kinds[p->dup]);
		if (explain) {
			putchar(' ');
			putwhy(stdout, arts[i], o);
		}
		putchar('\n');
	}
}

/* Pass two: the records again, each with its Related fields. */
static void
putrecords(void)
{
	static struct nw_rec r;
	struct nw_reader rd;
	uint32_t *byseq, seq = 0, i;
	size_t k;
	int rv;

	byseq = nw_malloc((nnew ? nnew : 1) * sizeof(*byseq));
	for (i = 0; i < narts; i++)
		if (!arts[i]->old)
			byseq[arts[i]->seq] = i;
	buildadj();
	if (fflush(spool) != 0 || fseek(spool, 0, SEEK_SET) != 0)
		nw_die(2, "temporary file:");
	memset(&rd, 0, sizeof(rd));
	rd.file = "temporary file";
	rd.fd = fileno(spool);
	if (nw_lines_init(&rd.in, rd.fd) != 0)
		nw_die(2, "out of memory");
	while ((rv = nw_read(&rd, &r)) > 0 && !ferror(stdout)) {
		if (r.special) {
			nw_put_rec(stdout, &r);
			continue;
		}
		for (k = 0; k < r.n; k++)
			if (r.f[k].name == NULL || !nw_is(&r.f[k], "Related"))
				nw_put_field(stdout, &r.f[k]);
		putrelated(byseq[seq++]);
		nw_end(stdout);
	}
	if (rv < 0)
		nw_die(2, "%s", rd.err);
	nw_lines_free(&rd.in);
	free(byseq);
}

/* --- main -------------------------------------------------------- */

static FILE *
spoolfile(void)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	FILE *fp;
	int fd;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	snprintf(path, sizeof(path), "%s/nw-related.XXXXXX", dir);
	if ((fd = mkstemp(path)) < 0)
		nw_die(2, "%s:", path);
	unlink(path);
	if ((fp = fdopen(fd, "w+")) == NULL)
		nw_die(2, "%s:", path);
	return fp;
}

static double
fraction(const char *opt, const char *s)
{
	char *end;
	double d;

	errno = 0;
	d = strtod(s, &end);
	if (*s == '\0' || *end != '\0' || errno != 0 || !(d >= 0 && d <= 1))
		nw_die(2, "%s %s: not a number from 0 to 1", opt, s);
	return d;
}

int
main(int argc, char *argv[])
{
	enum { O_PAIRS = NW_OPT_LONG, O_DOT, O_SKETCH, O_MATCH };
	static const struct nw_longopt lo[] = {
		{ "pairs", 0, O_PAIRS }, { "dot", 0, O_DOT },
		{ "sketch", 0, O_SKETCH }, { "match", 0, O_MATCH },
		{ NULL, 0, 0 } };
	struct nw_opt o;
	const char *errstr;
	int c, i, outputs = 0;

	nw_start();
	nw_setprog(argv[0]);
	nw_opt_init(&o);
	while ((c = nw_getopt(&o, argc, argv, "a:d:ek:qs:", lo)) != -1) {
		switch (c) {
		case 'a':
			against = o.arg;
			break;
		case 'd':
			dupmin = fraction("-d", o.arg);
			break;
		case 'e':
			explain = 1;
			break;
		case 'k':
			topk = (long)nw_strtonum(o.arg, 1, 1000, &errstr);
			if (errstr != NULL)
				nw_die(2, "-k %s: %s (1 to 1000)", o.arg,
				    errstr);
			break;
		case 'q':
			quiet = 1;
			break;
		case 's':
			storymin = fraction("-s", o.arg);
			break;
		case O_PAIRS:
			mode = PAIRS;
			outputs++;
			break;
		case O_DOT:
			mode = DOT;
			outputs++;
			break;
		case O_SKETCH:
			mode = SKETCH;
			outputs++;
			break;
		case O_MATCH:
			matchin = 1;
			break;
		default:	/* --help, --version, a bad option */
			return nw_optend(c, &o, usage);
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (outputs > 1) {
		nw_warn("--pairs, --dot and --sketch exclude each other");
		usage(stderr);
		return 2;
	}
	if (matchin && mode == SKETCH) {
		nw_warn("--match reads sketches: it cannot write them");
		usage(stderr);
		return 2;
	}
	if (matchin && mode == RECORDS)
		mode = PAIRS;		/* no records to pass through */
	if (mode == SKETCH && against != NULL) {
		nw_warn("-a matches: it does not go with --sketch");
		usage(stderr);
		return 2;
	}
	progress = !quiet && isatty(2);
	if (mode == RECORDS)
		spool = spoolfile();
	if (against != NULL)
		readsketches(against, 1);
	if (argc == 0) {
		argv[0] = "-";
		argc = 1;
	}
	for (i = 0; i < argc && !ferror(stdout); i++) {
		if (matchin)
			readsketches(argv[i], 0);
		else
			readrecs(argv[i]);
	}
	if (mode == SKETCH)
		return nw_finish(0);
	relate();
	if (mode == PAIRS)
		putpairs();
	else if (mode == DOT)
		putdot();
	else
		putrecords();
	return nw_finish(status);
}
