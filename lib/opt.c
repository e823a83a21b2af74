/*
 * opt.c: POSIX getopt(3) semantics (grouped flags "-abc", attached
 * arguments "-w72", "--" ends options, the first operand ends options)
 * plus long options "--name" and "--name=value".  Every program gets
 * --help and --version.  Errors are returned as '?' with a reason in
 * o->err: the program prints it with its usage.
 */
#include <string.h>
#include <stdio.h>

#include "nw.h"

static const struct nw_longopt stdlong[] = {
	{ "help", 0, NW_OPT_HELP },
	{ "version", 0, NW_OPT_VERSION },
	{ NULL, 0, 0 }
};

void
nw_opt_init(struct nw_opt *o)
{
	memset(o, 0, sizeof(*o));
	o->ind = 1;
}

static const struct nw_longopt *
findlong(const struct nw_longopt *lo, const char *name, size_t n)
{
	for (; lo != NULL && lo->name != NULL; lo++)
		if (strlen(lo->name) == n && strncmp(lo->name, name, n) == 0)
			return lo;
	return NULL;
}

static int
longopt(struct nw_opt *o, int argc, char **argv, const struct nw_longopt *lo)
{
	const char *name = argv[o->ind] + 2, *eq = strchr(name, '=');
	size_t n = eq ? (size_t)(eq - name) : strlen(name);
	const struct nw_longopt *l;

	o->ind++;
	if ((l = findlong(lo, name, n)) == NULL &&
	    (l = findlong(stdlong, name, n)) == NULL) {
		snprintf(o->err, sizeof(o->err), "unknown option --%.*s",
		    (int)(n > 60 ? 60 : n), name);
		return '?';
	}
	if (!l->has_arg) {
		if (eq) {
			snprintf(o->err, sizeof(o->err),
			    "option --%s takes no argument", l->name);
			return '?';
		}
		return l->val;
	}
	if (eq)
		o->arg = (char *)eq + 1;
	else if (o->ind < argc)
		o->arg = argv[o->ind++];
	else {
		snprintf(o->err, sizeof(o->err),
		    "option --%s needs an argument", l->name);
		return '?';
	}
	return l->val;
}

int
nw_getopt(struct nw_opt *o, int argc, char **argv, const char *opts,
    const struct nw_longopt *lo)
{
	const char *p;
	int c;

	o->arg = NULL;
	if (o->next == NULL || *o->next == '\0') {
		if (o->ind >= argc || argv[o->ind][0] != '-' ||
		    argv[o->ind][1] == '\0')
			return -1;
		if (strcmp(argv[o->ind], "--") == 0) {
			o->ind++;
			return -1;
		}
		if (argv[o->ind][1] == '-')
			return longopt(o, argc, argv, lo);
		o->next = argv[o->ind] + 1;
		o->ind++;
	}
	c = (unsigned char)*o->next++;
	if (c == ':' || (p = strchr(opts, c)) == NULL) {
		snprintf(o->err, sizeof(o->err), "unknown option -%c", c);
		o->next = NULL;
		return '?';
	}
	if (p[1] == ':') {
		if (*o->next != '\0')
			o->arg = (char *)o->next;
		else if (o->ind < argc)
			o->arg = argv[o->ind++];
		else {
			snprintf(o->err, sizeof(o->err),
			    "option -%c needs an argument", c);
			o->next = NULL;
			return '?';
		}
		o->next = NULL;
	}
	return c;
}

/*
 * The end of every program's option switch: --help (the usage on stdout,
 * exit 0), --version, or an option error (the reason and the usage on
 * stderr, exit 2).  Returns the status for main to return.
 */
int
nw_optend(int c, const struct nw_opt *o, void (*usage)(FILE *))
{
	switch (c) {
	case NW_OPT_HELP:
		usage(stdout);
		return nw_finish(0);
	case NW_OPT_VERSION:
		nw_version();
		return nw_finish(0);
	}
	nw_warn("%s", o->err);
	usage(stderr);
	return 2;
}
