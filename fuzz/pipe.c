/*
 * pipe.c: what the targets of nw-byline, nw-strip and nw-related share:
 * their input made by nw-split from the fuzzer's bytes, and the checks
 * that every program that reads records must pass.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fz.h"
#include "progs.h"

/* nw-split the bytes into the records file fz_path(out); its status. */
int
fz_split(const uint8_t *data, size_t size, const char *out)
{
	static struct fz_buf err;
	static char in[600], prog[] = "nw-split", q[] = "-q";
	char *argv[] = { prog, q, in, NULL };

	snprintf(in, sizeof(in), "%s", fz_path("in"));
	fz_write(in, data, size);
	nw_split_reset();
	return fz_run(nw_split_main, argv, out, &err);
}

int
fz_names_in(const char *name, const char *const *list)
{
	if (name == NULL || list == NULL)
		return 0;
	for (; *list != NULL; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

/*
 * Every field of in that the program does not own comes out byte for
 * byte and in order.  Fields named in owned may be added anywhere; input
 * fields named in drop may be left out; with boiler, a Para may come out
 * as a Boiler field with the same value (nw-strip -m).
 */
void
fz_check_passthrough(const struct fz_rec *in, const struct fz_rec *out,
    const char *const *owned, const char *const *drop, int boiler)
{
	size_t i, j = 0;

	for (i = 0; i < out->n; i++) {
		const struct fz_field *o = &out->f[i];

		if (fz_names_in(o->name, owned))
			continue;
		for (; j < in->n; j++) {
			const struct fz_field *f = &in->f[j];
			int samename = (o->name == NULL && f->name == NULL) ||
			    (o->name != NULL && f->name != NULL &&
			    (strcmp(o->name, f->name) == 0 || (boiler &&
			    strcmp(f->name, "Para") == 0 &&
			    strcmp(o->name, "Boiler") == 0)));

			if (samename && o->len == f->len &&
			    memcmp(o->val, f->val, f->len) == 0)
				break;
			if (!fz_names_in(f->name, drop))
				fz_fail("field %zu (%s) of the input is lost "
				    "or moved", j, f->name ? f->name :
				    "comment");
		}
		if (j == in->n)
			fz_fail("output field %zu (%s: %.40s) is not from the "
			    "input", i, o->name ? o->name : "#", o->val);
		j++;
	}
	for (; j < in->n; j++)
		if (!fz_names_in(in->f[j].name, drop))
			fz_fail("field %zu (%s) of the input is lost", j,
			    in->f[j].name ? in->f[j].name : "comment");
}

/* The output of a record program: valid, one record per input record. */
void
fz_check_stream(const char *prog, const struct fz_recs *in,
    const struct fz_recs *out, const struct fz_buf *text)
{
	size_t i;

	fz_check_recsyntax(text->p, text->len);
	if (out->err[0] != '\0')
		fz_fail("%s output does not read back: %s", prog, out->err);
	if (out->n != in->n)
		fz_fail("%s: %zu records in, %zu out", prog, in->n, out->n);
	for (i = 0; i < in->n; i++)
		if (in->r[i].n < 1 || out->r[i].n < 1 ||
		    out->r[i].f[0].name == NULL ||
		    strcmp(out->r[i].f[0].name, "Id") != 0 ||
		    strcmp(in->r[i].f[0].val, out->r[i].f[0].val) != 0)
			fz_fail("%s: record %zu does not start with its Id",
			    prog, i);
}
