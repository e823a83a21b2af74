/* nw-byline, compiled to be called in-process by the fuzz targets. */
#define main nw_byline_main
#define nw_finish fz_finish
#include "../cmd/nw-byline.c"

void
nw_byline_reset(void)
{
	keep = 0;
	check = 0;
}
