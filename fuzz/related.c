/*
 * related: nw-related on small record sets that nw-split makes of
 * arbitrary bytes (form feeds in the input make several articles).
 * needs: split related
 *
 * nw-related keeps its corpus in file-scope tables, so each input runs it
 * in a forked child: this target mutates blindly (no coverage comes back
 * from the child), but with ASan and UBSan on.  Properties: exit 0;
 * valid UTF-8 and rec, one record per input record in order; every field
 * but Related comes out byte for byte and in order; each Related value is
 * "ID SCORE KIND" with the Id of another record of the input.
 */
#include <sys/wait.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fz.h"
#include "progs.h"

static const char *const owned[] = { "Related", NULL };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fz_buf out, err;
	static char prog[] = "nw-related", q[] = "-q", e[] = "-e", in[600];
	char *argv[5];
	struct fz_recs recs, back;
	size_t i, j, m;
	pid_t pid;
	int st, ws;

	if (fz_split(data, size, "in2") != 0)
		return 0;
	snprintf(in, sizeof(in), "%s", fz_path("in2"));
	if (fz_parse(in, &recs) != 0)
		fz_fail("nw-split output does not read: %s", recs.err);
	argv[0] = prog;
	argv[1] = q;
	argv[2] = size % 2 ? e : in;
	argv[3] = size % 2 ? in : NULL;
	argv[4] = NULL;
	fflush(NULL);
	if ((pid = fork()) < 0)
		fz_fail("fork");
	if (pid == 0) {
		st = fz_run(nw_related_main, argv, "out", &err);
		if (err.len > 0)
			fwrite(err.p, 1, err.len, stderr);
		fflush(stderr);
		_exit(st);	/* not exit: libFuzzer's atexit would object */
	}
	/* libFuzzer's SIGALRM (its -timeout clock) can interrupt the wait */
	while ((st = (int)waitpid(pid, &ws, 0)) < 0 && errno == EINTR)
		;
	if (st != pid)
		fz_fail("waitpid: %s", strerror(errno));
	if (!WIFEXITED(ws) || WEXITSTATUS(ws) != 0)
		fz_fail("nw-related: %s %d", WIFEXITED(ws) ? "exit" : "signal",
		    WIFEXITED(ws) ? WEXITSTATUS(ws) : WTERMSIG(ws));
	fz_read(fz_path("out"), &out);
	fz_parse(fz_path("out"), &back);
	fz_check_stream("nw-related", &recs, &back, &out);
	for (i = 0; i < recs.n; i++) {
		fz_check_passthrough(&recs.r[i], &back.r[i], owned, NULL, 0);
		for (j = 0; j < back.r[i].n; j++) {
			const struct fz_field *f = &back.r[i].f[j];

			if (f->name == NULL || strcmp(f->name, "Related") != 0)
				continue;
			for (m = 0; m < recs.n; m++)
				if (m != i && strncmp(f->val,
				    recs.r[m].f[0].val,
				    strlen(recs.r[m].f[0].val)) == 0 &&
				    f->val[strlen(recs.r[m].f[0].val)] == ' ')
					break;
			if (m == recs.n)
				fz_fail("Related names no other record: %s",
				    f->val);
		}
	}
	fz_recs_free(&recs);
	fz_recs_free(&back);
	return 0;
}
