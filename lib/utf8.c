/*
 * utf8.c: UTF-8 decoding, validation, repair of invalid bytes, and display
 * width from built-in Unicode tables (lib/widthtab.h), so that nothing
 * depends on the machine's locale.
 */
#include <stdint.h>
#include <string.h>

#include "nw.h"
#include "widthtab.h"

/*
 * Decode one well-formed sequence (no overlongs, surrogates or values past
 * U+10FFFF).  Returns its length, or 0 when s does not start with one.
 */
int
nw_utf8_decode(const char *s, size_t n, unsigned *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned c;

	if (n == 0)
		return 0;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		if (n < 2 || (p[1] & 0xC0) != 0x80)
			return 0;
		*cp = (unsigned)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
		return 2;
	}
	if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		c = (unsigned)(p[0] & 0x0F) << 12 |
		    (unsigned)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
		if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
			return 0;
		*cp = c;
		return 3;
	}
	if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
		    (p[3] & 0xC0) != 0x80)
			return 0;
		c = (unsigned)(p[0] & 0x07) << 18 |
		    (unsigned)(p[1] & 0x3F) << 12 |
		    (unsigned)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
		if (c < 0x10000 || c > 0x10FFFF)
			return 0;
		*cp = c;
		return 4;
	}
	return 0;
}

/*
 * Length of the longest prefix of s that is valid UTF-8 and, when nonul
 * is set, holds no NUL byte: one pass for the record reader's two checks.
 */
static size_t
validprefix(const char *s, size_t n, int nonul)
{
	size_t i = 0;
	unsigned cp;
	int k;

	while (i < n) {
		/*
		 * ASCII runs, a word at a time; with nonul also no NUL (a
		 * byte below 0x80 plus 0x7F has its high bit set unless 0)
		 */
		while (i + 8 <= n) {
			uint64_t w = nw_load64(s + i);

			if ((w | (nonul ? ~(w + NW_ONES * 0x7F) : 0)) &
			    NW_HIGHS)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if ((unsigned char)s[i] < 0x80) {
			if (s[i] == '\0' && nonul)
				return i;
			i++;
			continue;
		}
		/* the common two-byte case without a call */
		if ((unsigned char)s[i] >= 0xC2 && (unsigned char)s[i] <= 0xDF &&
		    i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
			i += 2;
			continue;
		}
		/* and the three-byte one (no overlongs, no surrogates) */
		if ((unsigned char)s[i] >= 0xE1 && (unsigned char)s[i] <= 0xEC &&
		    i + 2 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
		    ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
			i += 3;
			/*
			 * A rule of one repeated character, as dumps draw:
			 * the bytes repeat with period 3.
			 */
			if (i + 3 <= n && s[i] == s[i - 3]) {
				size_t j = i;

				while (j + 8 <= n &&
				    nw_load64(s + j) == nw_load64(s + j - 3))
					j += 8;
				while (j < n && s[j] == s[j - 3])
					j++;
				i += (j - i) / 3 * 3;
			}
			continue;
		}
		if ((k = nw_utf8_decode(s + i, n - i, &cp)) == 0)
			return i;
		i += (size_t)k;
	}
	return n;
}

/* Length of the longest valid UTF-8 prefix of s. */
size_t
nw_utf8_valid(const char *s, size_t n)
{
	return validprefix(s, n, 0);
}

/* Length of the longest prefix of s that is valid UTF-8 without NUL. */
size_t
nw_text_valid(const char *s, size_t n)
{
	return validprefix(s, n, 1);
}

size_t
nw_utf8_encode(unsigned cp, char *out)
{
	unsigned char *p = (unsigned char *)out;

	if (cp < 0x80) {
		p[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		p[0] = (unsigned char)(0xC0 | cp >> 6);
		p[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		p[0] = (unsigned char)(0xE0 | cp >> 12);
		p[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
		p[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	p[0] = (unsigned char)(0xF0 | cp >> 18);
	p[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
	p[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
	p[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Windows-1252 0x80..0x9F; the five unassigned bytes map to C1 controls,
 * as the WHATWG Encoding Standard does. */
static const unsigned short cp1252[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
};

/*
 * Copy s to out (room for 3 * n bytes), decoding every byte that is not
 * part of a valid UTF-8 sequence as Windows-1252 (Latin-1 above 0x9F).
 * Returns the output length; *nbad counts the bytes so decoded.
 */
size_t
nw_utf8_repair(const char *s, size_t n, char *out, size_t *nbad)
{
	size_t i = 0, o = 0, ok;
	unsigned char b;

	*nbad = 0;
	while (i < n) {
		ok = nw_utf8_valid(s + i, n - i);
		memcpy(out + o, s + i, ok);
		o += ok;
		i += ok;
		if (i >= n)
			break;
		b = (unsigned char)s[i++];
		o += nw_utf8_encode(b >= 0xA0 ? b : cp1252[b - 0x80], out + o);
		(*nbad)++;
	}
	return o;
}

static int
inrange(unsigned cp, const void *tab, size_t n)
{
	const struct { unsigned lo, hi; } *t = tab;
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cp < t[mid].lo)
			hi = mid;
		else if (cp > t[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

static int
tablewidth(unsigned cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return 0;
	if (cp < 0x300)
		return 1;
	if (inrange(cp, zerowidth, sizeof(zerowidth) / sizeof(zerowidth[0])))
		return 0;
	if (cp >= 0x1100 && inrange(cp, doublewidth,
	    sizeof(doublewidth) / sizeof(doublewidth[0])))
		return 2;
	return 1;
}

/*
 * The widths of the Basic Multilingual Plane, two bits each (16 KiB),
 * made from the range tables on first use: text in the scripts of the
 * world (Hangul, kana, bullets) would otherwise cost a binary search a
 * character.
 */
static unsigned char bmp[65536 / 4];
static int bmpready;

static void
setbmp(unsigned lo, unsigned hi, unsigned w)
{
	unsigned cp;

	for (cp = lo; cp <= hi && cp < 65536; cp++)
		bmp[cp >> 2] = (unsigned char)((bmp[cp >> 2] &
		    ~(3u << (cp & 3) * 2)) | w << (cp & 3) * 2);
}

/* Range by range, in the order of tablewidth(): later ranges win. */
static void
fillbmp(void)
{
	size_t i;

	memset(bmp, 0x55, sizeof(bmp));		/* width 1 everywhere */
	for (i = 0; i < sizeof(doublewidth) / sizeof(doublewidth[0]); i++)
		if (doublewidth[i].hi >= 0x1100)
			setbmp(doublewidth[i].lo < 0x1100 ? 0x1100 :
			    doublewidth[i].lo, doublewidth[i].hi, 2);
	for (i = 0; i < sizeof(zerowidth) / sizeof(zerowidth[0]); i++)
		if (zerowidth[i].hi >= 0x300)
			setbmp(zerowidth[i].lo < 0x300 ? 0x300 :
			    zerowidth[i].lo, zerowidth[i].hi, 0);
	setbmp(0, 0x1F, 0);
	setbmp(0x7F, 0x9F, 0);
	bmpready = 1;
}

/* Columns a code point takes on a terminal: 0, 1 or 2. */
int
nw_cpwidth(unsigned cp)
{
	if (cp >= 0x20 && cp < 0x7F)
		return 1;
	if (cp >= 65536)
		return tablewidth(cp);
	if (!bmpready)
		fillbmp();
	return bmp[cp >> 2] >> (cp & 3) * 2 & 3;
}


/*
 * The words that start in the first k (1 to 8) bytes of x, all printable
 * ASCII, after a byte that is no blank when *inword (0x80) is set, which
 * then tells that of the last of them.  In printable ASCII the space is
 * the only blank, and the only byte below '!', which adding 0x80 - '!'
 * to each byte (none carries) tells by the high bit.
 */
static inline size_t
starts(uint64_t x, uint64_t *inword, size_t k)
{
	uint64_t nb = (x + NW_ONES * (0x80 - '!')) & NW_HIGHS, s;

	s = nb & ~(nb << 8 | *inword);
	if (k < 8) {	/* the bytes past k may have carried */
		s &= ((uint64_t)1 << 8 * k) - 1;
		*inword = nb >> (8 * k - 8) & 0x80;
	} else
		*inword = nb >> 56;
	return nw_highcount(s);
}

/*
 * The kernel of nw_width and nw_text_width: from *ip, add the columns of
 * well-formed characters to *wp up to the end, an invalid sequence or
 * (when nonul is set) a NUL byte.  Printable ASCII goes eight bytes a
 * step; two- and three-byte characters are decoded inline and looked up
 * in the BMP table; a run of one repeated character (the rules of U+2501
 * or U+2500 that text dumps draw, rows of dots) costs a compare a step.
 * Unless wordsp is NULL, *wordsp gets the number of words in the bytes
 * passed (a word starts at a byte other than a blank after a blank).
 */
static inline void
widthrun(const unsigned char *s, size_t n, size_t *ip, size_t *wp,
    int nonul, size_t *wordsp)
{
	size_t i = *ip, w = *wp, k, words = 0;
	uint64_t inword = 0;	/* 0x80 when the byte before is no blank
				 * (space, tab, newline), for *wordsp */
	unsigned cp, cw;
	int len;

	while (i < n) {
		if (s[i] < 0x80) {
			for (;;) {
				uint64_t x, bad;

				if (i + 8 <= n)
					x = nw_load64(s + i);
				else	/* the last bytes; the rest read 0x80 */
					for (x = NW_HIGHS, k = 0; k < n - i; k++)
						x ^= (uint64_t)(s[i + k] ^ 0x80) <<
						    8 * k;
				/*
				 * a byte >= 0x80, < 0x20 (adding 0x60 leaves
				 * its high bit clear) or DEL (adding 1 sets it)
				 */
				bad = (x | (x + NW_ONES) | ~(x + NW_ONES * 0x60)) &
				    NW_HIGHS;
				/* eight printable bytes */
				if (bad == 0) {
					if (wordsp != NULL)
						words += starts(x, &inword, 8);
					w += 8;
					i += 8;
					continue;
				}
				/*
				 * The printable bytes before the first other
				 * one, all at once: a carry runs only up from
				 * a byte flagged itself, so the lowest flag
				 * is right.
				 */
				k = nw_lowbytes(bad);
				if (wordsp != NULL && k > 0)
					words += starts(x, &inword, k);
				w += k;
				i += k;
				break;
			}
			if (i >= n || s[i] >= 0x80)
				continue;
			if (s[i] == '\0' && nonul)
				break;
			w += s[i] >= 0x20 && s[i] != 0x7F;
			if (s[i] == '\t' || s[i] == '\n')
				inword = 0;
			else {
				words += inword == 0;
				inword = 0x80;
			}
			i++;
			continue;
		}
		if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < n &&
		    (s[i + 1] & 0xC0) == 0x80) {
			cp = (unsigned)(s[i] & 0x1F) << 6 | (s[i + 1] & 0x3F);
			k = 2;
		} else if (s[i] >= 0xE0 && s[i] <= 0xEF && i + 2 < n &&
		    (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
			cp = (unsigned)(s[i] & 0x0F) << 12 |
			    (unsigned)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
			if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
				break;
			k = 3;
		} else {
			if ((len = nw_utf8_decode((const char *)s + i, n - i,
			    &cp)) == 0)
				break;
			words += inword == 0;	/* no blank */
			inword = 0x80;
			w += (size_t)nw_cpwidth(cp);
			i += (size_t)len;
			continue;
		}
		words += inword == 0;	/* no blank */
		inword = 0x80;
		cw = bmp[cp >> 2] >> (cp & 3) * 2 & 3;
		w += cw;
		i += k;
		/*
		 * The same character again: the bytes repeat with period k,
		 * which eight-byte compares with the bytes k back find.
		 */
		if (i + k <= n && s[i] == s[i - k]) {
			size_t j = i, m;

			while (j + 8 <= n &&
			    nw_load64(s + j) == nw_load64(s + j - k))
				j += 8;
			while (j < n && s[j] == s[j - k])
				j++;
			m = (j - i) / k;
			w += cw * m;
			i += m * k;
		}
	}
	*ip = i;
	*wp = w;
	if (wordsp != NULL)
		*wordsp = words;
}

/* Display width of a UTF-8 string; an invalid byte counts as one column. */
size_t
nw_width(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, w = 0;

	if (!bmpready)
		fillbmp();
	while (i < n) {
		widthrun(s, n, &i, &w, 0, NULL);
		if (i < n) {
			w++;
			i++;
		}
	}
	return w;
}

/*
 * Length of the longest prefix of s that is valid UTF-8 without NUL (as
 * nw_text_valid) and, in *width, the display width of that prefix: the
 * one pass over a line that nw-split needs.
 */
size_t
nw_text_width(const char *str, size_t n, size_t *width)
{
	size_t i = 0, w = 0;

	if (!bmpready)
		fillbmp();
	widthrun((const unsigned char *)str, n, &i, &w, 1, NULL);
	*width = w;
	return i;
}

/*
 * nw_text_width, and in *words the number of words in that prefix: runs
 * of bytes other than space, tab and newline.  In the same pass.
 */
size_t
nw_text_words(const char *str, size_t n, size_t *width, size_t *words)
{
	size_t i = 0, w = 0;

	if (!bmpready)
		fillbmp();
	widthrun((const unsigned char *)str, n, &i, &w, 1, words);
	*width = w;
	return i;
}

/* Unicode White_Space, plus the invisible U+200B and U+FEFF. */
int
nw_isspace_cp(unsigned cp)
{
	switch (cp) {
	case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20:
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000: case 0x200B: case 0xFEFF:
		return 1;
	}
	return cp >= 0x2000 && cp <= 0x200A;
}
