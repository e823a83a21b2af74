/*
 * util.c: program name, messages, checked numbers, and what every program
 * does first (nw_start) and last (nw_finish, the checked close of stdout).
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nw.h"

static const char *progname = "nw";

void
nw_setprog(const char *argv0)
{
	const char *p;

	if (argv0 == NULL || *argv0 == '\0')
		return;
	p = strrchr(argv0, '/');
	progname = p ? p + 1 : argv0;
}

const char *
nw_prog(void)
{
	return progname;
}

/* A format ending in ':' gets strerror(errno) appended, as in sbase. */
static void
vwarn(const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);

	fflush(stdout);
	fprintf(stderr, "%s: ", progname);
	vfprintf(stderr, fmt, ap);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

void
nw_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void
nw_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	exit(status);
}

void *
nw_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		nw_die(2, "out of memory (%zu bytes)", n);
	return p;
}

void *
nw_realloc(void *q, size_t n)
{
	void *p = realloc(q, n ? n : 1);

	if (p == NULL)
		nw_die(2, "out of memory (%zu bytes)", n);
	return p;
}

/* Like OpenBSD strtonum(3): decimal only, whole string, range-checked. */
long long
nw_strtonum(const char *s, long long min, long long max, const char **errstr)
{
	char *end;
	long long v;

	*errstr = NULL;
	errno = 0;
	if (s == NULL || *s == '\0') {
		*errstr = "invalid";
		return 0;
	}
	v = strtoll(s, &end, 10);
	if (*end != '\0' || end == s)
		*errstr = "invalid";
	else if ((errno == ERANGE && v == LLONG_MIN) || v < min)
		*errstr = "too small";
	else if ((errno == ERANGE && v == LLONG_MAX) || v > max)
		*errstr = "too large";
	return *errstr ? 0 : v;
}

/*
 * What every program does first: die quietly of SIGPIPE, so that
 * "| head" ends a pipeline without a message, and write stdout in 64 KiB
 * blocks (stdio's default for a pipe is 4 KiB: sixteen times the system
 * calls) unless it is a terminal, where lines should show as they come.
 */
void
nw_start(void)
{
	static char outbuf[64 * 1024];

	signal(SIGPIPE, SIG_DFL);
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
}

/*
 * Flush and close stdout and report a failure (a full disk, say): a write
 * error turns any status into 2.  Programs end with
 * "return nw_finish(status);".
 */
int
nw_finish(int status)
{
	int bad = ferror(stdout);

	if (fflush(stdout) != 0)
		bad = 1;
	if (fclose(stdout) != 0)
		bad = 1;
	if (bad) {
		nw_warn("write error:");
		return 2;
	}
	return status;
}

void
nw_version(void)
{
	printf("%s %s\n", progname, NW_VERSION);
}
