/*
 * byline: nw-byline, with and without -k, on what nw-split makes of
 * arbitrary bytes.  needs: split byline
 *
 * Properties: exit 0; valid UTF-8 and rec, one record per input record,
 * each starting with its Id; every field nw-byline does not own comes
 * out byte for byte and in order (without -k, only Para fields, the
 * byline, bio and credit lines it consumed, may go; with -k nothing
 * goes); the fields it adds are its own (Author, Bio, Outlet, Agency,
 * Dateline); messages start with "nw-byline: ".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fz.h"
#include "progs.h"

static const char *const owned[] = { "Author", "Bio", "Outlet", "Agency",
    "Dateline", "Date", NULL };
static const char *const para[] = { "Para", NULL };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fz_buf out, err;
	static char prog[] = "nw-byline", k[] = "-k", in[600];
	char *argv[4];
	struct fz_recs recs, back;
	size_t i;
	int st, keep = size % 2;

	if (fz_split(data, size, "in2") != 0)
		return 0;	/* the split target looks into that */
	snprintf(in, sizeof(in), "%s", fz_path("in2"));
	if (fz_parse(in, &recs) != 0)
		fz_fail("nw-split output does not read: %s", recs.err);
	argv[0] = prog;
	argv[1] = keep ? k : in;
	argv[2] = keep ? in : NULL;
	argv[3] = NULL;
	nw_byline_reset();
	st = fz_run(nw_byline_main, argv, "out", &err);
	if (st != 0)
		fz_fail("nw-byline exited %d: %s", st, err.p);
	fz_check_message("nw-byline", &err);
	fz_read(fz_path("out"), &out);
	fz_parse(fz_path("out"), &back);
	fz_check_stream("nw-byline", &recs, &back, &out);
	for (i = 0; i < recs.n; i++)
		fz_check_passthrough(&recs.r[i], &back.r[i], owned,
		    keep ? NULL : para, 0);
	fz_recs_free(&recs);
	fz_recs_free(&back);
	return 0;
}
