/* nw-fmt, compiled to be called in-process by the fuzz targets. */
#define main nw_fmt_main
#define nw_finish fz_finish
#include "../cmd/nw-fmt.c"

/* Options and counters are file-scope statics: reset them for each run. */
void
nw_fmt_reset(void)
{
	format = TEXT;
	boiler = noheader = 0;
	width = 72;
	joiner = "; ";
	ntsv = 0;
	nrecs = 0;
	free(seen);
	seen = NULL;
}
