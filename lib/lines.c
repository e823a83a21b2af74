/*
 * lines.c: read lines of any length from a file descriptor.  One buffer
 * that grows to the longest line seen (bounded by NW_MAX_LINE), so memory
 * follows the largest line, not the input.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nw.h"

#define CHUNK	(256 * 1024)

int
nw_lines_init(struct nw_lines *l, int fd)
{
	memset(l, 0, sizeof(*l));
	l->fd = fd;
	l->cap = CHUNK;
	if ((l->buf = malloc(l->cap)) == NULL)
		return -1;
	return 0;
}

void
nw_lines_free(struct nw_lines *l)
{
	free(l->buf);
	l->buf = NULL;
}

/* Make room for at least CHUNK more bytes after l->end. */
static int
room(struct nw_lines *l)
{
	char *p;
	size_t used = l->end - l->start;

	if (l->start > 0 && l->cap - l->end < CHUNK) {
		memmove(l->buf, l->buf + l->start, used);
		l->base += l->start;
		l->scan -= l->start;
		l->end = used;
		l->start = 0;
	}
	if (l->cap - l->end >= CHUNK)
		return 0;
	if (l->cap >= NW_MAX_LINE + CHUNK) {
		errno = EFBIG;
		return -1;
	}
	if ((p = realloc(l->buf, l->cap * 2)) == NULL)
		return -1;
	l->buf = p;
	l->cap *= 2;
	return 0;
}

/*
 * Returns 1 with the next line in *line and *len (without its '\n', which
 * *nl tells was there), 0 at the end of input, -1 on a read error or a
 * line longer than NW_MAX_LINE (errno says which).  The line may be
 * changed in place and stays valid until the next call.
 */
int
nw_lines_get(struct nw_lines *l, char **line, size_t *len, int *nl)
{
	char *p;
	ssize_t n;

	for (;;) {
		p = memchr(l->buf + l->scan, '\n', l->end - l->scan);
		if (p != NULL) {
			*line = l->buf + l->start;
			*len = (size_t)(p - *line);
			*nl = 1;
			l->start = l->scan = (size_t)(p - l->buf) + 1;
			l->lineno++;
			return 1;
		}
		l->scan = l->end;
		if (l->eof) {
			if (l->start == l->end)
				return 0;
			*line = l->buf + l->start;
			*len = l->end - l->start;
			*nl = 0;
			l->start = l->scan = l->end;
			l->lineno++;
			return 1;
		}
		if (l->end - l->start > NW_MAX_LINE) {
			errno = EFBIG;
			return -1;
		}
		if (room(l) != 0)
			return -1;
		do
			n = read(l->fd, l->buf + l->end, l->cap - l->end);
		while (n < 0 && errno == EINTR);
		if (n < 0)
			return -1;
		if (n == 0)
			l->eof = 1;
		l->end += (size_t)n;
	}
}

/* Bytes buffered from p (within the last line returned) on. */
size_t
nw_lines_ahead(const struct nw_lines *l, const char *p)
{
	return l->end - (size_t)(p - l->buf);
}

/* The stream offset of p, a pointer into the last line returned. */
unsigned long long
nw_lines_offset(const struct nw_lines *l, const char *p)
{
	return l->base + (unsigned long long)(p - l->buf);
}
