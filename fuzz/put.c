/*
 * put: the record writer on arbitrary values.  needs: (the library only)
 *
 * The input is cut at NUL bytes into chunks; the first byte of a chunk
 * chooses a field name (or a comment, or the end of a record), the rest,
 * made valid UTF-8 (nw_utf8_repair), is the value: leading and trailing
 * blanks, newlines, backslashes, "+", "#", "%" and text like "Name: value"
 * included.  Properties: the output is valid rec syntax and reads back to
 * exactly the fields written.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fz.h"

static const char *names[] = { "Para", "Title", "Id", "Source", "X_note",
    "a", "Z9_", NULL };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *val;
	static size_t valcap;
	const char *path = fz_path("out");
	const char *p = (const char *)data, *end = p + size, *nul;
	struct fz_recs back;
	struct fz_rec *want = NULL;
	size_t nwant = 0, i, nb, n, nnames = 0;
	FILE *fp;

	while (names[nnames] != NULL)
		nnames++;
	if ((fp = fopen(path, "w")) == NULL)
		fz_fail("fopen");
	while (p < end) {
		unsigned char k = (unsigned char)*p++;
		struct fz_rec *w;

		nul = memchr(p, '\0', (size_t)(end - p));
		n = nul ? (size_t)(nul - p) : (size_t)(end - p);
		if (valcap < 3 * n + 2) {
			valcap = 3 * n + 2;
			if ((val = realloc(val, valcap)) == NULL)
				fz_fail("out of memory");
		}
		if (nwant == 0 || (k & 0x0F) == 0x0F) {
			/* a new record (an empty one is not written) */
			if (nwant > 0 && want[nwant - 1].n > 0)
				nw_end(fp);
			if (nwant == 0 || want[nwant - 1].n > 0)
				nwant++;
			want = realloc(want, nwant * sizeof(*want));
			memset(&want[nwant - 1], 0, sizeof(*want));
		}
		w = &want[nwant - 1];
		w->f = realloc(w->f, (w->n + 1) * sizeof(*w->f));
		if (want == NULL || w->f == NULL)
			fz_fail("out of memory");
		if ((k & 0x0F) == 0x0E) {
			/* a comment: one line */
			val[0] = '#';
			nb = nw_utf8_repair(p, n, val + 1, &i) + 1;
			for (i = 0; i < nb; i++)
				if (val[i] == '\n')
					val[i] = ' ';
			val[nb++] = '\n';
			fwrite(val, 1, nb, fp);
			w->f[w->n].name = NULL;
		} else {
			nb = nw_utf8_repair(p, n, val, &i);
			w->f[w->n].name = strdup(names[(k >> 4) % nnames]);
			nw_put(fp, w->f[w->n].name, val, nb);
		}
		if ((w->f[w->n].val = malloc(nb + 1)) == NULL)
			fz_fail("out of memory");
		memcpy(w->f[w->n].val, val, nb);
		w->f[w->n].len = nb;
		w->n++;
		p += n + (nul != NULL);
	}
	if (nwant > 0 && want[nwant - 1].n == 0)
		free(want[--nwant].f);
	if (nwant > 0)
		nw_end(fp);
	if (fclose(fp) != 0)
		fz_fail("fclose");

	{
		struct fz_buf b = { 0 };

		fz_read(path, &b);
		fz_check_recsyntax(b.p, b.len);
		fz_free(&b);
	}
	if (fz_parse(path, &back) != 0)
		fz_fail("written records do not read back: %s", back.err);
	if (back.n != nwant)
		fz_fail("wrote %zu records, read %zu", nwant, back.n);
	for (i = 0; i < nwant; i++)
		if (!fz_same_fields(&want[i], &back.r[i]))
			fz_fail("record %zu does not read back the same", i);
	fz_recs_free(&back);
	for (i = 0; i < nwant; i++) {
		for (n = 0; n < want[i].n; n++) {
			free(want[i].f[n].name);
			free(want[i].f[n].val);
		}
		free(want[i].f);
	}
	free(want);
	return 0;
}
