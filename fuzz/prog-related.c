/*
 * nw-related, compiled to be called by the fuzz targets.  It keeps its
 * corpus in file-scope tables, so the target calls it in a forked child,
 * once per input: no reset is needed (and no coverage comes back).
 */
#define main nw_related_main
#define nw_finish fz_finish
#include "../cmd/nw-related.c"

void
nw_related_reset(void)
{
}
