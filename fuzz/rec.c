/*
 * rec: the record reader on arbitrary bytes, and the writer on what it
 * read.  needs: (the library only)
 *
 * Properties: the reader either reads every record or stops with a
 * "FILE:LINE: reason" error; every record it read, written again field by
 * field with nw_put (comments as they were), is valid rec syntax (UTF-8, no
 * line ending in a backslash) and reads back to the same fields, names and
 * values byte for byte; and the raw pass-through (nw_put_rec) also reads
 * back to the same fields.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fz.h"

static void
checkerr(const char *path, const char *err)
{
	size_t k = strlen(path);
	const char *p = err + k + 1;

	if (strncmp(err, path, k) != 0 || err[k] != ':' || *p < '1' ||
	    *p > '9')
		fz_fail("reader error not \"FILE:LINE: reason\": %s", err);
	while (*p >= '0' && *p <= '9')
		p++;
	if (p[0] != ':' || p[1] != ' ' || p[2] == '\0')
		fz_fail("reader error not \"FILE:LINE: reason\": %s", err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nw_rec r;
	static struct fz_buf b;
	struct nw_reader rd;
	struct fz_recs in, put, raw;
	const char *inpath = fz_path("in"), *putpath = fz_path("out"),
	    *rawpath = fz_path("out2");
	FILE *fp, *fr;
	size_t i, nread = 0;
	int rv;

	fz_write(inpath, data, size);
	if ((fp = fopen(putpath, "w")) == NULL ||
	    (fr = fopen(rawpath, "w")) == NULL)
		fz_fail("fopen");
	if (nw_reader_open(&rd, inpath) != 0)
		fz_fail("nw_reader_open");
	while ((rv = nw_read(&rd, &r)) > 0) {
		nread++;
		for (i = 0; i < r.n; i++) {
			const struct nw_field *f = &r.f[i];
			char name[4096];

			if (f->name == NULL) {
				if (f->raw[0] != '#')
					fz_fail("comment not starting with #");
				nw_put_field(fp, f);
				continue;
			}
			if (f->namelen >= sizeof(name))
				fz_fail("name too long for the harness");
			memcpy(name, f->name, f->namelen);
			name[f->namelen] = '\0';
			nw_put(fp, name, f->val, f->len);
		}
		if (nw_end(fp) != 0)
			fz_fail("nw_end reported an error on a good file");
		nw_put_rec(fr, &r);
	}
	if (rv < 0)
		checkerr(inpath, rd.err);
	nw_reader_close(&rd);
	if (fclose(fp) != 0 || fclose(fr) != 0)
		fz_fail("fclose");

	fz_read(putpath, &b);
	fz_check_recsyntax(b.p, b.len);
	if (fz_parse(inpath, &in) != (rv < 0 ? -1 : 0) || in.n != nread)
		fz_fail("reading the same input twice differs");
	if (fz_parse(putpath, &put) != 0)
		fz_fail("what nw_put wrote does not read back: %s", put.err);
	if (fz_parse(rawpath, &raw) != 0)
		fz_fail("what nw_put_rec wrote does not read back: %s",
		    raw.err);
	if (put.n != in.n || raw.n != in.n)
		fz_fail("records: read %zu, rewritten %zu, raw %zu", in.n,
		    put.n, raw.n);
	for (i = 0; i < in.n; i++) {
		if (!fz_same_fields(&in.r[i], &put.r[i]))
			fz_fail("record %zu: nw_put round trip changed it", i);
		if (!fz_same_fields(&in.r[i], &raw.r[i]))
			fz_fail("record %zu: raw round trip changed it", i);
		if (in.r[i].special != put.r[i].special)
			fz_fail("record %zu: special flag changed", i);
	}
	fz_recs_free(&in);
	fz_recs_free(&put);
	fz_recs_free(&raw);
	return 0;
}
