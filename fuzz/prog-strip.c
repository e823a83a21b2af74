/* nw-strip, compiled to be called in-process by the fuzz targets. */
#define main nw_strip_main
#define nw_finish fz_finish
#include "../cmd/nw-strip.c"

/* Options, and the template table of the stream: fresh for each run. */
void
nw_strip_reset(void)
{
	check = mark = found = 0;
	npats = 0;
	memset(ttab, 0, sizeof(ttab));
	tused = 0;
	nrecords = 0;
	/* main() builds the lexicon again: empty it (the arrays are reused) */
	memset(nlexb, 0, sizeof(nlexb));
	memset(nlexc, 0, sizeof(nlexc));
	memset(nmonthb, 0, sizeof(nmonthb));
}
