/*
 * digest.c: a 64-bit digest of a long text (nw-split's Id), eight bytes a
 * step where nw_hash64 (words.c), made for short keys, takes one.  Words
 * are read little-endian, so the digest is the same on every machine.
 * Not for security.
 */
#include <stdint.h>
#include <string.h>

#include "nw.h"

#define K1	UINT64_C(0x9E3779B97F4A7C15)
#define K2	UINT64_C(0xBF58476D1CE4E5B9)

/* One word into the digest. */
static inline uint64_t
step(uint64_t h, const unsigned char *p)
{
	uint64_t w = nw_load64(p) * K2;

	h = (h ^ w ^ w >> 31) * K1;
	return h ^ h >> 29;
}

uint64_t
nw_digest64(const void *data, size_t n, uint64_t h)
{
	const unsigned char *p = data;
	unsigned char tail[8] = { 0 };
	uint64_t w;
	size_t i;

	h ^= n * K1;
	/* four words a loop test (the same digest as one at a time) */
	for (i = 0; i + 32 <= n; i += 32) {
		h = step(h, p + i);
		h = step(h, p + i + 8);
		h = step(h, p + i + 16);
		h = step(h, p + i + 24);
	}
	for (; i + 8 <= n; i += 8)
		h = step(h, p + i);
	if (n > i)	/* no data: p may be NULL, and NULL + 0 is undefined */
		memcpy(tail, p + i, n - i);
	w = nw_load64(tail) * K2;
	h = (h ^ w ^ w >> 31) * K1;
	return nw_mix64(h);
}
