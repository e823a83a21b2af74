/* nw-split, compiled to be called in-process by the fuzz targets. */
#define main nw_split_main
#define nw_finish fz_finish
#include "../cmd/nw-split.c"

/* Options are file-scope statics: back to their defaults for each run. */
void
nw_split_reset(void)
{
	delim = NULL;
	quiet = 0;
}
