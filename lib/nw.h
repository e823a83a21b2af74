/*
 * nw.h: the one header of libnw, what every nw program shares.
 *
 * The record reader and writer here are the only code that knows the rec
 * syntax; programs see fields.  Nothing in the library prints or exits on
 * its own: functions return a status and programs decide, except the
 * message helpers (nw_warn, nw_die) that a program calls to do exactly that.
 */
#ifndef NW_H
#define NW_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define NW_VERSION	"0.1.0"

/* Limits, documented in nw(5).  Exceeding one is an error, never a crash. */
#define NW_MAX_LINE	((size_t)1 << 30)	/* bytes in one input line */
#define NW_MAX_RECORD	((size_t)1 << 30)	/* bytes in one record */
#define NW_MAX_FIELDS	((size_t)1 << 22)	/* fields in one record */

/* util.c: program name, messages, numbers, the checked close of stdout. */
void	 nw_setprog(const char *);
const char *nw_prog(void);
void	 nw_warn(const char *, ...);
void	 nw_die(int, const char *, ...);
void	*nw_malloc(size_t);
void	*nw_realloc(void *, size_t);
long long nw_strtonum(const char *, long long, long long, const char **);
void	 nw_start(void);
int	 nw_finish(int);
void	 nw_version(void);

/* opt.c: getopt with long options; --help and --version for all. */
enum { NW_OPT_HELP = 256, NW_OPT_VERSION, NW_OPT_LONG };
struct nw_longopt {
	const char	*name;
	int		 has_arg;
	int		 val;
};
struct nw_opt {
	int		 ind;		/* next argv index, like optind */
	char		*arg;		/* the option's argument */
	char		 err[128];	/* why '?' was returned */
	const char	*next;		/* rest of a group of short options */
};
void	 nw_opt_init(struct nw_opt *);
int	 nw_getopt(struct nw_opt *, int, char **, const char *,
	    const struct nw_longopt *);
int	 nw_optend(int, const struct nw_opt *, void (*)(FILE *));

/* lines.c: a buffered reader of lines of any length (up to NW_MAX_LINE). */
struct nw_lines {
	int		 fd;
	char		*buf;
	size_t		 cap, start, end, scan;
	int		 eof;
	unsigned long	 lineno;	/* number of the line last returned */
	unsigned long long base;	/* stream offset of buf[0] */
};
int	 nw_lines_init(struct nw_lines *, int);
int	 nw_lines_get(struct nw_lines *, char **, size_t *, int *);
void	 nw_lines_free(struct nw_lines *);
size_t	 nw_lines_ahead(const struct nw_lines *, const char *);
unsigned long long nw_lines_offset(const struct nw_lines *, const char *);

/* rec.c: records.  A field with a NULL name is a comment line. */
struct nw_field {
	const char	*name;
	size_t		 namelen;
	const char	*val;		/* decoded value, NUL-terminated */
	size_t		 len;
	const char	*raw;		/* the lines as read, each with '\n' */
	size_t		 rawlen;
	unsigned long	 line;		/* input line of its first line */
	size_t		 rawoff, valoff;	/* private to rec.c */
};
struct nw_rec {
	struct nw_field	*f;
	size_t		 n, fcap;
	char		*raw;
	size_t		 rawlen, rawcap;
	char		*vals;
	size_t		 vlen, vcap;
	unsigned long	 line;		/* input line where it starts */
	int		 special;	/* descriptor or comments only */
};
struct nw_reader {
	struct nw_lines	 in;
	const char	*file;		/* name used in messages */
	char		 err[512];	/* "FILE:LINE: reason" of the last error */
	int		 fd;
	unsigned long long okend;	/* input checked up to this offset */
};
int	 nw_reader_open(struct nw_reader *, const char *);
void	 nw_reader_close(struct nw_reader *);
int	 nw_read(struct nw_reader *, struct nw_rec *);
void	 nw_rec_free(struct nw_rec *);
int	 nw_is(const struct nw_field *, const char *);
const struct nw_field *nw_get(const struct nw_rec *, const char *);
int	 nw_valid_name(const char *, size_t);

void	 nw_put(FILE *, const char *, const char *, size_t);
void	 nw_put_field(FILE *, const struct nw_field *);
void	 nw_put_rec(FILE *, const struct nw_rec *);
int	 nw_end(FILE *);

/*
 * rec.c: a record made in memory, then written in one piece (one stdio
 * call a record, not one a field): nw_buf_put() adds the field that
 * nw_put() would write (a value of more than NW_BUF_DIRECT bytes goes
 * out at once, after what b holds, so that it is never copied whole),
 * nw_buf_end() ends the record, writes it and empties b, and returns
 * nonzero once output has failed, as nw_end().  Start from a zeroed
 * struct; p stays allocated for the next record.
 */
#define NW_BUF_DIRECT	65536
struct nw_buf {
	char		*p;
	size_t		 len, cap;
};
void	 nw_buf_put(FILE *, struct nw_buf *, const char *, const char *,
	    size_t);
int	 nw_buf_end(FILE *, struct nw_buf *);

/*
 * Eight bytes at a time: nw_zerobytes() sets the high bit of each byte of
 * x that is zero, exactly (no borrow between bytes); with x ^ NW_ONES * c
 * it finds the bytes equal to c.  Load words with nw_load64() so that
 * byte k is always bits 8k..8k+7.
 */
#define NW_ONES		UINT64_C(0x0101010101010101)
#define NW_HIGHS	UINT64_C(0x8080808080808080)
static inline uint64_t
nw_zerobytes(uint64_t x)
{
	return ~(((x & ~NW_HIGHS) + ~NW_HIGHS) | x | ~NW_HIGHS);
}
/* The number of bytes of x whose high bit is set (x has no other bits). */
static inline size_t
nw_highcount(uint64_t x)
{
	return (size_t)(((x >> 7) * NW_ONES) >> 56);
}
/*
 * The number of bytes below the lowest one whose high bit is set in m
 * (m has only high bits, at least one).
 */
static inline size_t
nw_lowbytes(uint64_t m)
{
	return nw_highcount(((m & -m) - 1) & NW_HIGHS);
}
static inline uint64_t
nw_load64(const void *v)
{
	const unsigned char *p = v;

	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 |
	    (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 |
	    (uint64_t)p[7] << 56;
}

/* digest.c: a 64-bit digest of a long text, the same on every machine. */
uint64_t nw_digest64(const void *, size_t, uint64_t);

/* utf8.c: decoding, validation, repair and display width. */
int	 nw_utf8_decode(const char *, size_t, unsigned *);
size_t	 nw_utf8_valid(const char *, size_t);
size_t	 nw_text_valid(const char *, size_t);
size_t	 nw_utf8_encode(unsigned, char *);
size_t	 nw_utf8_repair(const char *, size_t, char *, size_t *);
int	 nw_cpwidth(unsigned);
size_t	 nw_width(const char *, size_t);
size_t	 nw_text_width(const char *, size_t, size_t *);
size_t	 nw_text_words(const char *, size_t, size_t *, size_t *);
int	 nw_isspace_cp(unsigned);

/* words.c: words of a text (lower-cased, locale-free) and hashes. */
uint64_t nw_hash64(const void *, size_t, uint64_t);
/*
 * A bijective mix of 64 bits (splitmix64's finalizer), inline because
 * nw-strip runs it for every word; word hashes (nw_hash64) depend on it.
 */
static inline uint64_t
nw_mix64(uint64_t h)
{
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebULL;
	h ^= h >> 31;
	return h;
}
size_t	 nw_word(const char *, size_t, size_t *, char *, size_t);

/*
 * lang.c: stopwords and language detection (nw-strip, nw-byline).
 * Languages with stopword lists have an index 0..nw_lang_count()-1 and
 * an ISO 639-1 code; nw_stopword() takes a lower-cased word (nw_lower)
 * and returns a bit (1 << index) per language in which it is a stopword.
 * nw_punct_len() is the length of a multibyte punctuation or space
 * character (0 for anything else).  Detection counts
 * stopword hits and scripts (nw_lang_add) and names the language, or
 * NULL when the text says too little (nw_lang_guess).
 */
enum { NW_SCRIPT_LATIN, NW_SCRIPT_HANGUL, NW_SCRIPT_KANA, NW_SCRIPT_HAN,
    NW_SCRIPT_CYRILLIC, NW_SCRIPT_GREEK, NW_SCRIPT_ARABIC, NW_SCRIPT_HEBREW,
    NW_SCRIPT_THAI, NW_SCRIPTS };
#define NW_LANG_MAX	16
struct nw_langstat {
	unsigned long	 hits[NW_LANG_MAX];	/* stopwords per language */
	unsigned long	 script[NW_SCRIPTS];	/* letters per script */
	unsigned long	 words;
};
int	 nw_lang_count(void);
const char *nw_lang_code(int);
int	 nw_lang_index(const char *, size_t);
unsigned nw_stopword(const char *, size_t);
size_t	 nw_lower(const char *, size_t, char *);
int	 nw_script(unsigned);
size_t	 nw_punct_len(const char *, size_t);
void	 nw_lang_init(struct nw_langstat *);
void	 nw_lang_add(struct nw_langstat *, const char *, size_t);
const char *nw_lang_guess(const struct nw_langstat *);
const char *nw_lang_detect(const char *, size_t);

/* names.c: a table of common given names (nw-byline). */
int	 nw_givenname(const char *, size_t);
size_t	 nw_familyname(const char *, size_t);	/* Japanese, bytes */

#endif
