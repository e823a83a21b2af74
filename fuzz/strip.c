/*
 * strip: nw-strip, with and without -m, on what nw-split makes of
 * arbitrary bytes (form feeds make several articles, so the template
 * table is used too).  needs: split strip
 *
 * Properties: exit 0; valid UTF-8 and rec, one record per input record,
 * each starting with its Id; every field but Para comes out byte for byte
 * and in order; without -m only Para fields may go, with -m none goes and
 * a Para may only become a Boiler field with the same value; the one
 * field added is Lang; --check writes nothing to stdout and exits 0 or 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fz.h"
#include "progs.h"

static const char *const owned[] = { "Lang", NULL };
static const char *const para[] = { "Para", NULL };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fz_buf out, err;
	static char prog[] = "nw-strip", m[] = "-m", chk[] = "--check",
	    in[600];
	char *argv[4];
	struct fz_recs recs, back;
	size_t i;
	int st, mode = (int)(size % 3);

	if (fz_split(data, size, "in2") != 0)
		return 0;
	snprintf(in, sizeof(in), "%s", fz_path("in2"));
	if (fz_parse(in, &recs) != 0)
		fz_fail("nw-split output does not read: %s", recs.err);
	argv[0] = prog;
	argv[1] = mode == 1 ? m : mode == 2 ? chk : in;
	argv[2] = mode == 0 ? NULL : in;
	argv[3] = NULL;
	nw_strip_reset();
	st = fz_run(nw_strip_main, argv, "out", &err);
	fz_read(fz_path("out"), &out);
	if (mode == 2) {
		if (st != 0 && st != 1)
			fz_fail("nw-strip --check exited %d: %s", st, err.p);
		if (out.len != 0)
			fz_fail("nw-strip --check wrote to stdout");
		if ((st == 1) != (err.len > 0))
			fz_fail("nw-strip --check: exit %d with %zu bytes "
			    "of report", st, err.len);
		fz_recs_free(&recs);
		return 0;
	}
	if (st != 0)
		fz_fail("nw-strip exited %d: %s", st, err.p);
	fz_check_message("nw-strip", &err);
	fz_parse(fz_path("out"), &back);
	fz_check_stream("nw-strip", &recs, &back, &out);
	for (i = 0; i < recs.n; i++)
		fz_check_passthrough(&recs.r[i], &back.r[i], owned,
		    mode == 1 ? NULL : para, mode == 1);
	fz_recs_free(&recs);
	fz_recs_free(&back);
	return 0;
}
