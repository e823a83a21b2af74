/*
 * fz.c: the shared part of the nw fuzz targets: scratch files, running a
 * program in-process, reading records back, and checks on output
 * (UTF-8, rec syntax, JSON).
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fz.h"

void
fz_fail(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("fz: property failed: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* --- scratch files ------------------------------------------------- */

static char dir[256];

const char *
fz_path(const char *name)
{
	static char path[8][512];
	static int k;
	const char *base;

	if (dir[0] == '\0') {
		base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
		snprintf(dir, sizeof(dir), "%s/nwfuzz.XXXXXX", base);
		if (mkdtemp(dir) == NULL)
			fz_fail("mkdtemp %s: %s", dir, strerror(errno));
	}
	k = (k + 1) % 8;
	snprintf(path[k], sizeof(path[k]), "%s/%s", dir, name);
	return path[k];
}

/* Remove the scratch directory when the fuzzer exits normally. */
static void
cleanup(void)
{
	static const char *names[] = { "in", "in2", "out", "out2", "out3",
	    "err", NULL };
	char p[600];
	int i;

	if (dir[0] == '\0')
		return;
	for (i = 0; names[i] != NULL; i++) {
		snprintf(p, sizeof(p), "%s/%s", dir, names[i]);
		unlink(p);
	}
	rmdir(dir);
}

void
fz_write(const char *path, const void *p, size_t n)
{
	FILE *fp = fopen(path, "w");

	if (fp == NULL || fwrite(p, 1, n, fp) != n || fclose(fp) != 0)
		fz_fail("write %s: %s", path, strerror(errno));
}

void
fz_add(struct fz_buf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		if ((b->p = realloc(b->p, b->cap)) == NULL)
			fz_fail("out of memory");
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void
fz_read(const char *path, struct fz_buf *b)
{
	FILE *fp = fopen(path, "r");
	char chunk[65536];
	size_t n;

	b->len = 0;
	fz_add(b, "", 0);
	if (fp == NULL)
		fz_fail("read %s: %s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		fz_add(b, chunk, n);
	fclose(fp);
}

void
fz_free(struct fz_buf *b)
{
	free(b->p);
	memset(b, 0, sizeof(*b));
}

/* --- running a program in-process ---------------------------------- */

/*
 * The programs' exit() (nw_die) is linked to __wrap_exit
 * (-Wl,--wrap=exit): inside fz_run it returns to fz_run; anywhere else it
 * is the real exit.
 */
void __real_exit(int);
void __wrap_exit(int);

static jmp_buf back;
static int inprog, exitstatus, finished;

void
__wrap_exit(int status)
{
	if (inprog) {
		exitstatus = status;
		longjmp(back, 1);
	}
	__real_exit(status);
}

/* nw_finish, as the programs under test call it (-Dnw_finish=fz_finish) */
int
fz_finish(int status)
{
	finished = 1;
	return nw_finish(status);
}

int
fz_run(fz_main *fn, char **argv, const char *outname, struct fz_buf *err)
{
	static int registered;
	FILE *savedout = stdout, *savederr = stderr;
	volatile int status;
	int argc;
	const char *errpath = fz_path("err");

	if (!registered) {
		atexit(cleanup);
		registered = 1;
	}
	for (argc = 0; argv[argc] != NULL; argc++)
		;
	if ((stdout = fopen(fz_path(outname), "w")) == NULL ||
	    (stderr = fopen(errpath, "w")) == NULL) {
		stdout = savedout;
		stderr = savederr;
		fz_fail("fopen: %s", strerror(errno));
	}
	finished = 0;
	inprog = 1;
	if (setjmp(back) == 0)
		status = fn(argc, argv);
	else
		status = exitstatus;
	inprog = 0;
	if (!finished)
		fclose(stdout);
	fclose(stderr);
	stdout = savedout;
	stderr = savederr;
	fz_read(errpath, err);
	return status;
}

/* --- records ------------------------------------------------------- */

static char *
copy(const char *p, size_t n)
{
	char *s = malloc(n + 1);

	if (s == NULL)
		fz_fail("out of memory");
	memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

/* Read every record of a file; -1 (with recs->err) on a reader error. */
int
fz_parse(const char *path, struct fz_recs *recs)
{
	static struct nw_rec r;
	struct nw_reader rd;
	size_t i;
	int rv;

	memset(recs, 0, sizeof(*recs));
	if (nw_reader_open(&rd, path) != 0)
		fz_fail("open %s: %s", path, strerror(errno));
	while ((rv = nw_read(&rd, &r)) > 0) {
		struct fz_rec *o;

		recs->r = realloc(recs->r, (recs->n + 1) * sizeof(*recs->r));
		if (recs->r == NULL)
			fz_fail("out of memory");
		o = &recs->r[recs->n++];
		o->n = r.n;
		o->special = r.special;
		if ((o->f = calloc(r.n + 1, sizeof(*o->f))) == NULL)
			fz_fail("out of memory");
		for (i = 0; i < r.n; i++) {
			const struct nw_field *f = &r.f[i];

			if (f->name == NULL) {
				o->f[i].val = copy(f->raw, f->rawlen);
				o->f[i].len = f->rawlen;
				continue;
			}
			if (f->val[f->len] != '\0')
				fz_fail("value not NUL-terminated");
			if (!nw_valid_name(f->name, f->namelen))
				fz_fail("reader returned a bad name");
			o->f[i].name = copy(f->name, f->namelen);
			o->f[i].val = copy(f->val, f->len);
			o->f[i].len = f->len;
		}
	}
	if (rv < 0)
		snprintf(recs->err, sizeof(recs->err), "%s", rd.err);
	nw_reader_close(&rd);
	return rv < 0 ? -1 : 0;
}

void
fz_recs_free(struct fz_recs *recs)
{
	size_t i, j;

	for (i = 0; i < recs->n; i++) {
		for (j = 0; j < recs->r[i].n; j++) {
			free(recs->r[i].f[j].name);
			free(recs->r[i].f[j].val);
		}
		free(recs->r[i].f);
	}
	free(recs->r);
	memset(recs, 0, sizeof(*recs));
}

int
fz_same_fields(const struct fz_rec *a, const struct fz_rec *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++) {
		const struct fz_field *x = &a->f[i], *y = &b->f[i];

		if ((x->name == NULL) != (y->name == NULL))
			return 0;
		if (x->name != NULL && strcmp(x->name, y->name) != 0)
			return 0;
		if (x->len != y->len || memcmp(x->val, y->val, x->len) != 0)
			return 0;
	}
	return 1;
}

/* --- checks -------------------------------------------------------- */

int
fz_utf8(const char *p, size_t n)
{
	return nw_utf8_valid(p, n) == n;
}

/*
 * What a writer may produce: "Name:" or "Name: ..." lines, "+" lines,
 * comments and blank lines ending records; no NUL, no line ending in a
 * backslash (rec would splice it; comments are passed through as they
 * are), a final newline, and every record
 * ended by a blank line.
 */
void
fz_check_recsyntax(const char *p, size_t n)
{
	size_t i = 0, len;
	const char *nl, *c;
	int inrec = 0;

	if (!fz_utf8(p, n))
		fz_fail("rec output is not valid UTF-8");
	if (memchr(p, '\0', n) != NULL)
		fz_fail("NUL byte in rec output");
	while (i < n) {
		if ((nl = memchr(p + i, '\n', n - i)) == NULL)
			fz_fail("rec output does not end with a newline");
		len = (size_t)(nl - (p + i));
		if (len > 0 && p[i + len - 1] == '\\' && p[i] != '#')
			fz_fail("rec output line ends in a backslash");
		if (len == 0)
			inrec = 0;
		else if (p[i] == '#')
			inrec = 1;
		else if (p[i] == '+') {
			if (!inrec)
				fz_fail("continuation line outside a record");
		} else {
			c = memchr(p + i, ':', len);
			if (c == NULL || !nw_valid_name(p + i,
			    (size_t)(c - (p + i))))
				fz_fail("rec output line is not a field: "
				    "\"%.*s\"", (int)(len > 80 ? 80 : len),
				    p + i);
			if ((size_t)(c - (p + i)) + 1 < len && c[1] != ' ')
				fz_fail("no blank after \"Name:\"");
			inrec = 1;
		}
		i += len + 1;
	}
	if (inrec)
		fz_fail("last record not ended by a blank line");
}

/* Every line of stderr is "PROG: something". */
void
fz_check_message(const char *prog, const struct fz_buf *err)
{
	size_t i = 0, k = strlen(prog);
	const char *nl;

	while (i < err->len) {
		nl = memchr(err->p + i, '\n', err->len - i);
		if (nl == NULL)
			fz_fail("stderr does not end with a newline");
		if ((size_t)(nl - err->p) - i < k + 3 ||
		    memcmp(err->p + i, prog, k) != 0 ||
		    memcmp(err->p + i + k, ": ", 2) != 0) {
			/* usage lines follow a usage error only */
			if (strncmp(err->p + i, "usage: ", 7) != 0)
				fz_fail("stderr line without \"%s: \": %.*s",
				    prog, (int)(nl - err->p - i), err->p + i);
		}
		i = (size_t)(nl - err->p) + 1;
	}
}

/* A small strict JSON (RFC 8259) checker, depth-limited. */
struct js {
	const char	*p, *end;
	int		 depth;
};

static void
ws(struct js *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' ||
	    *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static int
hex4(const char *p, unsigned *v)
{
	int i;

	*v = 0;
	for (i = 0; i < 4; i++) {
		char c = p[i];

		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			*v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			*v |= (unsigned)(c - 'A' + 10);
		else
			return 0;
	}
	return 1;
}

static int
jstring(struct js *j)
{
	unsigned v, w;

	if (j->p >= j->end || *j->p != '"')
		return 0;
	j->p++;
	while (j->p < j->end) {
		unsigned char c = (unsigned char)*j->p;

		if (c == '"') {
			j->p++;
			return 1;
		}
		if (c < 0x20)
			return 0;
		if (c != '\\') {
			j->p++;
			continue;
		}
		if (++j->p >= j->end)
			return 0;
		switch (*j->p) {
		case '"': case '\\': case '/': case 'b': case 'f': case 'n':
		case 'r': case 't':
			j->p++;
			break;
		case 'u':
			if (j->end - j->p < 5 || !hex4(j->p + 1, &v))
				return 0;
			j->p += 5;
			if (v >= 0xDC00 && v <= 0xDFFF)
				return 0;	/* a lone low surrogate */
			if (v >= 0xD800 && v <= 0xDBFF) {
				if (j->end - j->p < 6 || j->p[0] != '\\' ||
				    j->p[1] != 'u' || !hex4(j->p + 2, &w) ||
				    w < 0xDC00 || w > 0xDFFF)
					return 0;
				j->p += 6;
			}
			break;
		default:
			return 0;
		}
	}
	return 0;
}

static int
jnumber(struct js *j)
{
	const char *s = j->p;

	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p >= j->end)
		return 0;
	if (*j->p == '0')
		j->p++;
	else if (*j->p >= '1' && *j->p <= '9')
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	else
		return 0;
	if (j->p < j->end && *j->p == '.') {
		j->p++;
		if (j->p >= j->end || *j->p < '0' || *j->p > '9')
			return 0;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		if (j->p >= j->end || *j->p < '0' || *j->p > '9')
			return 0;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	}
	return j->p > s;
}

static int
literal(struct js *j, const char *w)
{
	size_t n = strlen(w);

	if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n) != 0)
		return 0;
	j->p += n;
	return 1;
}

static int
jvalue(struct js *j)
{
	int first = 1;

	ws(j);
	if (j->p >= j->end)
		return 0;
	switch (*j->p) {
	case '"':
		return jstring(j);
	case 't':
		return literal(j, "true");
	case 'f':
		return literal(j, "false");
	case 'n':
		return literal(j, "null");
	case '{':
	case '[':
		break;
	default:
		return jnumber(j);
	}
	if (++j->depth > 64)
		return 0;
	if (*j->p++ == '{') {
		for (;;) {
			ws(j);
			if (first && j->p < j->end && *j->p == '}')
				break;
			if (!jstring(j))
				return 0;
			ws(j);
			if (j->p >= j->end || *j->p++ != ':')
				return 0;
			if (!jvalue(j))
				return 0;
			ws(j);
			first = 0;
			if (j->p < j->end && *j->p == ',') {
				j->p++;
				continue;
			}
			if (j->p < j->end && *j->p == '}')
				break;
			return 0;
		}
	} else {
		for (;;) {
			ws(j);
			if (first && j->p < j->end && *j->p == ']')
				break;
			if (!jvalue(j))
				return 0;
			ws(j);
			first = 0;
			if (j->p < j->end && *j->p == ',') {
				j->p++;
				continue;
			}
			if (j->p < j->end && *j->p == ']')
				break;
			return 0;
		}
	}
	j->p++;
	j->depth--;
	return 1;
}

/* One line of JSON Lines: exactly one object, valid UTF-8. */
int
fz_json_object(const char *p, size_t n)
{
	struct js j;

	if (!fz_utf8(p, n))
		return 0;
	j.p = p;
	j.end = p + n;
	j.depth = 0;
	ws(&j);
	if (j.p >= j.end || *j.p != '{' || !jvalue(&j))
		return 0;
	ws(&j);
	return j.p == j.end;
}
