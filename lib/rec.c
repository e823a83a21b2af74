/*
 * rec.c: the reader and writer of the record format, nw(5).  The only
 * code that knows the syntax.
 *
 * A record is a run of "Name: value" lines ended by a blank line.  A value
 * goes on over lines that start with "+" (then one optional blank).  '#'
 * lines are comments.  A line ending in a backslash is spliced to the next
 * one, as recutils does; so the writer never ends a line with a backslash:
 * a value line ending in a backslash and zero or more spaces gets one more
 * space, which the reader takes away again.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nw.h"

int
nw_reader_open(struct nw_reader *r, const char *path)
{
	int fd;

	memset(r, 0, sizeof(*r));
	if (path == NULL || strcmp(path, "-") == 0) {
		fd = 0;
		r->file = "stdin";
	} else {
		if ((fd = open(path, O_RDONLY)) < 0)
			return -1;
		r->file = path;
	}
	r->fd = fd;
	if (nw_lines_init(&r->in, fd) != 0) {
		if (fd != 0)
			close(fd);
		return -1;
	}
	return 0;
}

void
nw_reader_close(struct nw_reader *r)
{
	nw_lines_free(&r->in);
	if (r->fd != 0)
		close(r->fd);
}

void
nw_rec_free(struct nw_rec *rec)
{
	free(rec->f);
	free(rec->raw);
	free(rec->vals);
	memset(rec, 0, sizeof(*rec));
}

static int
fail(struct nw_reader *r, const char *why)
{
	snprintf(r->err, sizeof(r->err), "%s:%lu: %s", r->file, r->in.lineno,
	    why);
	return -1;
}

/* Room for n more bytes and a NUL; -1 past NW_MAX_RECORD. */
static int
reserve(char **buf, size_t len, size_t *cap, size_t n)
{
	size_t want = len + n + 1;

	if (want > NW_MAX_RECORD)
		return -1;
	if (want > *cap) {
		size_t c = *cap ? *cap : 4096;

		while (c < want)
			c *= 2;
		*buf = nw_realloc(*buf, c);
		*cap = c;
	}
	return 0;
}

/* Append n bytes to a growing buffer; -1 past NW_MAX_RECORD. */
static int
grow(char **buf, size_t *len, size_t *cap, const char *p, size_t n)
{
	if (reserve(buf, *len, cap, n) != 0)
		return -1;
	memcpy(*buf + *len, p, n);
	*len += n;
	(*buf)[*len] = '\0';
	return 0;
}

int
nw_valid_name(const char *p, size_t n)
{
	size_t i;

	if (n == 0 || !((p[0] >= 'A' && p[0] <= 'Z') ||
	    (p[0] >= 'a' && p[0] <= 'z') || p[0] == '%'))
		return 0;
	for (i = 1; i < n; i++)
		if (!((p[i] >= 'A' && p[i] <= 'Z') ||
		    (p[i] >= 'a' && p[i] <= 'z') ||
		    (p[i] >= '0' && p[i] <= '9') || p[i] == '_'))
			return 0;
	return 1;
}

static int
isblankline(const char *p, size_t n)
{
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	return n == 0;
}

/*
 * Next physical line, checked: UTF-8 and no NUL.  Returns 1, 0 at the
 * end, -1 on error.
 */
static int
getline_checked(struct nw_reader *r, char **line, size_t *len)
{
	unsigned long long off;
	size_t ok;
	int nl, rv;

	rv = nw_lines_get(&r->in, line, len, &nl);
	if (rv < 0) {
		r->in.lineno++;		/* the line that could not be read */
		if (errno == EFBIG)
			return fail(r, "line too long");
		return fail(r, strerror(errno));
	}
	if (rv == 0)
		return 0;
	/*
	 * Check all that is buffered at once, not line by line: long runs
	 * keep to the eight-bytes-a-step path.  A character cut at the end
	 * of the buffer is checked again with the next line.
	 */
	off = nw_lines_offset(&r->in, *line);
	if (off + *len > r->okend) {
		ok = nw_text_valid(*line, nw_lines_ahead(&r->in, *line));
		r->okend = off + ok;
		if (ok < *len)
			return fail(r, (*line)[ok] == '\0' ?
			    "NUL byte in record input" :
			    "invalid UTF-8 (nw-split repairs raw text)");
	}
	return 1;
}

/*
 * Add one value line, following backslash splices.  The line is in
 * *line; raw bytes go to rec->raw, the value text to rec->vals.
 */
static int
addvalue(struct nw_reader *r, struct nw_rec *rec, char *line, size_t len,
    size_t skip)
{
	size_t n, sp;

	for (;;) {
		/* the raw line and its newline, in one step */
		if (reserve(&rec->raw, rec->rawlen, &rec->rawcap, len + 1))
			return fail(r, "record too large");
		memcpy(rec->raw + rec->rawlen, line, len);
		rec->rawlen += len;
		rec->raw[rec->rawlen++] = '\n';
		rec->raw[rec->rawlen] = '\0';
		line += skip;
		len -= skip;
		skip = 0;
		if (len > 0 && line[len - 1] == '\\') {
			/* rec's splice: the next line goes on this one */
			if (grow(&rec->vals, &rec->vlen, &rec->vcap, line,
			    len - 1))
				return fail(r, "record too large");
			if (getline_checked(r, &line, &len) <= 0)
				return fail(r, "backslash at end of input");
			continue;
		}
		n = len;
		for (sp = 0; n > 0 && line[n - 1] == ' '; n--)
			sp++;
		if (sp > 0 && n > 0 && line[n - 1] == '\\')
			len--;	/* undo the writer's escape */
		if (grow(&rec->vals, &rec->vlen, &rec->vcap, line, len))
			return fail(r, "record too large");
		return 0;
	}
}

static int
newfield(struct nw_reader *r, struct nw_rec *rec)
{
	struct nw_field *f;

	if (rec->n >= NW_MAX_FIELDS)
		return fail(r, "too many fields in one record");
	if (rec->n == rec->fcap) {
		rec->fcap = rec->fcap ? rec->fcap * 2 : 64;
		rec->f = nw_realloc(rec->f, rec->fcap * sizeof(*rec->f));
	}
	f = &rec->f[rec->n++];
	memset(f, 0, sizeof(*f));
	f->line = r->in.lineno;
	f->rawoff = rec->rawlen;
	f->valoff = rec->vlen;
	return 0;
}

/* Turn offsets into pointers now that the buffers stay put. */
static void
finish(struct nw_rec *rec)
{
	size_t i, comments = 0;

	rec->special = 0;
	for (i = 0; i < rec->n; i++) {
		struct nw_field *f = &rec->f[i];
		size_t rawend = i + 1 < rec->n ? rec->f[i + 1].rawoff :
		    rec->rawlen;
		size_t valend = i + 1 < rec->n ? rec->f[i + 1].valoff :
		    rec->vlen;

		f->raw = rec->raw + f->rawoff;
		f->rawlen = rawend - f->rawoff;
		if (f->namelen == 0) {
			f->name = NULL;
			f->val = "";
			f->len = 0;
			comments++;
			continue;
		}
		f->name = f->raw;
		f->val = rec->vals + f->valoff;
		f->len = valend - f->valoff - 1;	/* its NUL */
		if (f->name[0] == '%')
			rec->special = 1;
	}
	if (comments == rec->n)
		rec->special = 1;
}

/*
 * Read the next record.  Returns 1, 0 at the end of input, -1 on error
 * with "FILE:LINE: reason" in r->err.
 */
int
nw_read(struct nw_reader *r, struct nw_rec *rec)
{
	char *line, *p;
	size_t len, nlen;
	int rv, infield = 0;

	rec->n = rec->rawlen = rec->vlen = 0;
	if (rec->vals == NULL)
		grow(&rec->vals, &rec->vlen, &rec->vcap, "", 0);
	for (;;) {
		if ((rv = getline_checked(r, &line, &len)) < 0)
			return -1;
		if (rv == 0)
			break;
		if (isblankline(line, len)) {
			if (rec->n > 0)
				break;
			continue;
		}
		if (rec->n == 0)
			rec->line = r->in.lineno;
		if (line[0] == '#') {
			if (newfield(r, rec) ||
			    grow(&rec->raw, &rec->rawlen, &rec->rawcap, line,
			    len) ||
			    grow(&rec->raw, &rec->rawlen, &rec->rawcap, "\n", 1))
				return fail(r, "record too large");
			infield = 0;
			continue;
		}
		if (line[0] == '+') {
			if (!infield)
				return fail(r, "continuation line without a "
				    "field");
			rec->vlen--;	/* the value's NUL is overwritten */
			if (grow(&rec->vals, &rec->vlen, &rec->vcap, "\n", 1))
				return fail(r, "record too large");
			if (addvalue(r, rec, line, len,
			    len > 1 && (line[1] == ' ' || line[1] == '\t') ?
			    2 : 1) != 0)
				return -1;
			rec->vlen++;
			continue;
		}
		p = memchr(line, ':', len);
		nlen = p ? (size_t)(p - line) : 0;
		if (p == NULL || !nw_valid_name(line, nlen))
			return fail(r, "not a field (expected \"Name: "
			    "value\")");
		if (newfield(r, rec) != 0)
			return -1;
		rec->f[rec->n - 1].namelen = nlen;
		if (addvalue(r, rec, line, len, nlen + 1 + (nlen + 1 < len &&
		    (line[nlen + 1] == ' ' || line[nlen + 1] == '\t'))) != 0)
			return -1;
		rec->vlen++;	/* keep the NUL that ends the value */
		infield = 1;
	}
	if (rec->n == 0)
		return 0;
	finish(rec);
	return 1;
}

int
nw_is(const struct nw_field *f, const char *name)
{
	/* strncmp stops at the end of name; no strlen on every field */
	return f->name != NULL && strncmp(name, f->name, f->namelen) == 0 &&
	    name[f->namelen] == '\0';
}

const struct nw_field *
nw_get(const struct nw_rec *rec, const char *name)
{
	size_t i;

	for (i = 0; i < rec->n; i++)
		if (nw_is(&rec->f[i], name))
			return &rec->f[i];
	return NULL;
}

/*
 * Bytes to fp.  Short runs (a name, most short values) go byte by byte
 * through putc_unlocked(), which costs less than a call to fwrite(); the
 * programs are single-threaded, and the bytes are the same either way.
 */
static void
putbytes(FILE *fp, const char *p, size_t n)
{
	if (n >= 32) {
		fwrite(p, 1, n, fp);
		return;
	}
	while (n-- > 0)
		putc_unlocked(*p++, fp);
}

/*
 * One value line at o: its n bytes, one space more after a final
 * backslash (see the top), the newline; n + 2 bytes at most.  Returns
 * the end.
 */
static char *
fmtline(char *o, const char *p, size_t n)
{
	size_t i = n;

	memcpy(o, p, n);
	o += n;
	while (i > 0 && p[i - 1] == ' ')
		i--;
	if (i > 0 && p[i - 1] == '\\')
		*o++ = ' ';
	*o++ = '\n';
	return o;
}

/* Write one value line, escaping a final backslash (see the top). */
static void
putline(FILE *fp, const char *p, size_t n)
{
	size_t i = n;

	putbytes(fp, p, n);
	while (i > 0 && p[i - 1] == ' ')
		i--;
	if (i > 0 && p[i - 1] == '\\')
		putc_unlocked(' ', fp);
	putc_unlocked('\n', fp);
}

void
nw_put(FILE *fp, const char *name, const char *val, size_t len)
{
	const char *nl, *end = val + len;
	char buf[1024];
	size_t nn = strlen(name);

	/* the common case, a value of one line: the field in one piece */
	if (len > 0 && nn + len + 4 <= sizeof(buf) &&
	    memchr(val, '\n', len) == NULL) {
		memcpy(buf, name, nn);
		buf[nn] = ':';
		buf[nn + 1] = ' ';
		fwrite(buf, 1, (size_t)(fmtline(buf + nn + 2, val, len) - buf),
		    fp);
		return;
	}
	putbytes(fp, name, nn);
	putc_unlocked(':', fp);
	if (len == 0) {
		putc_unlocked('\n', fp);
		return;
	}
	putc_unlocked(' ', fp);
	for (;;) {
		nl = memchr(val, '\n', (size_t)(end - val));
		putline(fp, val, nl ? (size_t)(nl - val) : (size_t)(end - val));
		if (nl == NULL)
			return;
		val = nl + 1;
		putc_unlocked('+', fp);
		if (val == end) {
			putc_unlocked('\n', fp);
			return;
		}
		putc_unlocked(' ', fp);
	}
}

void
nw_put_field(FILE *fp, const struct nw_field *f)
{
	fwrite(f->raw, 1, f->rawlen, fp);
}

void
nw_put_rec(FILE *fp, const struct nw_rec *rec)
{
	fwrite(rec->raw, 1, rec->rawlen, fp);
	putc('\n', fp);
}

/*
 * A record made in memory and written in one piece: nw_buf_put() adds
 * the field that nw_put() would write, nw_buf_end() the blank line, and
 * writes the record.  Many short fields then cost one stdio call, not
 * one each.
 */
static char *
bufroom(struct nw_buf *b, size_t n)
{
	size_t c;

	if (b->cap - b->len < n) {
		for (c = b->cap ? b->cap : 4096; c - b->len < n; c *= 2)
			;
		b->p = nw_realloc(b->p, c);
		b->cap = c;
	}
	return b->p + b->len;
}

void
nw_buf_put(FILE *fp, struct nw_buf *b, const char *name, const char *val,
    size_t len)
{
	const char *nl, *end = val + len;
	size_t nn = strlen(name), n;
	char *o;

	if (len > NW_BUF_DIRECT) {	/* a copy would double the memory */
		if (b->len > 0)
			fwrite(b->p, 1, b->len, fp);
		b->len = 0;
		nw_put(fp, name, val, len);
		return;
	}
	o = bufroom(b, nn + 3);

	memcpy(o, name, nn);
	o += nn;
	*o++ = ':';
	if (len == 0) {
		*o++ = '\n';
		b->len = (size_t)(o - b->p);
		return;
	}
	*o++ = ' ';
	for (;;) {
		nl = memchr(val, '\n', (size_t)(end - val));
		n = nl ? (size_t)(nl - val) : (size_t)(end - val);
		b->len = (size_t)(o - b->p);
		/* the line, its escape and newline, and "+ " */
		o = fmtline(bufroom(b, n + 4), val, n);
		if (nl == NULL)
			break;
		val = nl + 1;
		*o++ = '+';
		if (val == end) {
			*o++ = '\n';
			break;
		}
		*o++ = ' ';
	}
	b->len = (size_t)(o - b->p);
}

/* End the record in b and write it; nonzero once output has failed. */
int
nw_buf_end(FILE *fp, struct nw_buf *b)
{
	*bufroom(b, 1) = '\n';
	fwrite(b->p, 1, b->len + 1, fp);
	b->len = 0;
	return ferror(fp);
}

/* End a record; nonzero once output has failed (a full disk). */
int
nw_end(FILE *fp)
{
	putc('\n', fp);
	return ferror(fp);
}
