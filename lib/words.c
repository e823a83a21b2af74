/*
 * words.c: the words of a text and their hashes, for programs that compare
 * texts (nw-related).  A word is a run of letters and digits: ASCII ones
 * and every UTF-8 code point above U+00BF that is not punctuation or a
 * symbol block; an apostrophe inside a word is dropped ("it's" -> "its").
 * Words come lower-cased (ASCII and Latin-1 capitals) and are independent
 * of the locale.
 */
#include <stdint.h>
#include <string.h>

#include "nw.h"

/* 64-bit hash of n bytes (FNV-1a with a final avalanche mix). */
uint64_t
nw_hash64(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = 0xcbf29ce484222325ULL ^ seed;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return nw_mix64(h);
}

static int
wordcp(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
		return 0;		/* Latin-1 punctuation and signs */
	if (cp >= 0x2000 && cp <= 0x2BFF)
		return 0;		/* punctuation, symbols, arrows, ... */
	if (cp >= 0x3000 && cp <= 0x303F)
		return 0;		/* CJK punctuation */
	if (cp >= 0xFE30 && cp <= 0xFE6F)
		return 0;
	if (cp >= 0xFF00 && cp <= 0xFF0F)
		return 0;
	if (cp >= 0x1F000 && cp <= 0x1FAFF)
		return 0;		/* emoji */
	return 1;
}

static int
apostrophe(const char *s, size_t n, size_t *len)
{
	if (n >= 1 && s[0] == '\'') {
		*len = 1;
		return 1;
	}
	if (n >= 3 && memcmp(s, "\xe2\x80\x99", 3) == 0) {
		*len = 3;
		return 1;
	}
	return 0;
}

/*
 * The next word of s[0..n) from *pos on: copies it, lower-cased, into buf
 * (at most cap - 1 bytes, NUL-terminated; a longer word is cut at a
 * character boundary), advances *pos past it and returns its length, or 0
 * when no word is left.
 */
size_t
nw_word(const char *s, size_t n, size_t *pos, char *buf, size_t cap)
{
	size_t i = *pos, len = 0, k, a;
	unsigned cp;
	int r, started = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			cp = c;
			k = 1;
		} else if ((r = nw_utf8_decode(s + i, n - i, &cp)) > 0)
			k = (size_t)r;
		else {
			k = 1;
			cp = 0x20;	/* an invalid byte separates */
		}
		if (wordcp(cp)) {
			started = 1;
			if (cp < 0x80 && c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			if (cp >= 0xC0 && cp <= 0xDE) {
				char tmp[4];

				nw_utf8_encode(cp + 0x20, tmp);
				if (len + 2 < cap) {
					memcpy(buf + len, tmp, 2);
					len += 2;
				}
			} else if (len + k < cap) {
				if (k == 1)
					buf[len] = (char)c;
				else
					memcpy(buf + len, s + i, k);
				len += k;
			}
			i += k;
			continue;
		}
		if (started && apostrophe(s + i, n - i, &a) && i + a < n &&
		    (((unsigned char)s[i + a] >= 'a' &&
		    (unsigned char)s[i + a] <= 'z') ||
		    ((unsigned char)s[i + a] >= 'A' &&
		    (unsigned char)s[i + a] <= 'Z'))) {
			i += a;
			continue;
		}
		i += k;
		if (started)
			break;
	}
	*pos = i;
	if (cap > 0)
		buf[len < cap ? len : cap - 1] = '\0';
	return len;
}
