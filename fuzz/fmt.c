/*
 * fmt: nw-fmt on arbitrary bytes, in every format.  needs: fmt
 *
 * The first byte chooses the format (text, md, json, html, tsv, raw,
 * rec) and options (-b, -w, -F, -n, -s); the rest is the input.
 * Properties: when the library reads the input cleanly, nw-fmt exits 0
 * without a message; when it does not, nw-fmt exits 2 with
 * "nw-fmt: FILE:LINE: reason".  In every case the output is valid UTF-8;
 * json: one valid JSON object a line, one line a record; rec: valid rec
 * that reads back to the same fields; raw: exactly the text fields, each
 * followed by a blank line, a form feed line between records; tsv: a
 * header (when there are records) and one line a record with one tab between columns; html: a
 * whole page; text: no line wider than -w unless it is one word.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fz.h"
#include "progs.h"

static const char *fmts[] = { "text", "md", "json", "html", "tsv", "raw",
    "rec", "text" };

static int
shown(const struct fz_field *f, int boiler)
{
	return f->name != NULL && (strcmp(f->name, "Title") == 0 ||
	    strcmp(f->name, "Para") == 0 || strcmp(f->name, "Section") == 0 ||
	    (boiler && strcmp(f->name, "Boiler") == 0));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fz_buf out, err, want;
	static char in[600], argbuf[8][64];
	char *argv[12];
	struct fz_recs recs, back;
	unsigned char k;
	const char *fmt;
	size_t i, j, lines, nrec, width = 72, cols = 3;
	int argc = 0, st, ok, boiler, tsvheader = 1;

	if (size == 0)
		return 0;
	k = data[0];
	fmt = fmts[k & 7];
	boiler = (k & 8) != 0;
	snprintf(in, sizeof(in), "%s", fz_path("in"));
	fz_write(in, data + 1, size - 1);
	ok = fz_parse(in, &recs) == 0;

	snprintf(argbuf[argc], 64, "nw-fmt");
	argv[argc] = argbuf[argc]; argc++;
	snprintf(argbuf[argc], 64, "-f%s", fmt);
	argv[argc] = argbuf[argc]; argc++;
	if (boiler) {
		snprintf(argbuf[argc], 64, "-b");
		argv[argc] = argbuf[argc]; argc++;
	}
	if (k & 16) {
		width = 8 + (k >> 5);
		snprintf(argbuf[argc], 64, "-w%zu", width);
		argv[argc] = argbuf[argc]; argc++;
	}
	if (strcmp(fmt, "tsv") == 0 && !(k & 32)) {
		/* the default fields, given: main's default list is a static
		 * array that strtok cuts up, so it only works once a process */
		snprintf(argbuf[argc], 64, "-FId,Title,Author");
		argv[argc] = argbuf[argc]; argc++;
	}
	if (strcmp(fmt, "tsv") == 0 && (k & 32)) {
		snprintf(argbuf[argc], 64, "-F");
		argv[argc] = argbuf[argc]; argc++;
		snprintf(argbuf[argc], 64, "Para,Title,Id,Source");
		argv[argc] = argbuf[argc]; argc++;
		cols = 4;
		if (k & 64) {
			snprintf(argbuf[argc], 64, "-n");
			argv[argc] = argbuf[argc]; argc++;
			tsvheader = 0;
		}
		snprintf(argbuf[argc], 64, "-s\t|\n");
		argv[argc] = argbuf[argc]; argc++;
	}
	argv[argc++] = in;
	argv[argc] = NULL;
	nw_fmt_reset();
	st = fz_run(nw_fmt_main, argv, "out", &err);
	fz_read(fz_path("out"), &out);

	if (ok && (st != 0 || err.len > 0))
		fz_fail("good input: nw-fmt -f %s exited %d: %s", fmt, st,
		    err.p);
	if (!ok) {
		if (st != 2)
			fz_fail("bad input: nw-fmt exited %d, not 2", st);
		if (err.len < 8 || strncmp(err.p, "nw-fmt: ", 8) != 0 ||
		    strncmp(err.p + 8, recs.err, strlen(recs.err)) != 0)
			fz_fail("bad input: message \"%s\", want \"nw-fmt: "
			    "%s\"", err.p, recs.err);
	}
	if (!fz_utf8(out.p, out.len))
		fz_fail("nw-fmt -f %s: invalid UTF-8", fmt);
	for (nrec = 0, i = 0; i < recs.n; i++)
		nrec += !recs.r[i].special;

	for (lines = 0, i = 0; i < out.len; i = j + 1, lines++) {
		const char *nl = memchr(out.p + i, '\n', out.len - i);

		if (nl == NULL)
			fz_fail("nw-fmt -f %s: no final newline", fmt);
		j = (size_t)(nl - out.p);
		if (strcmp(fmt, "json") == 0 &&
		    !fz_json_object(out.p + i, j - i))
			fz_fail("nw-fmt -f json: not a JSON object: %.*s",
			    (int)(j - i > 200 ? 200 : j - i), out.p + i);
		if (strcmp(fmt, "tsv") == 0) {
			size_t t, tabs = 0;

			for (t = i; t < j; t++)
				tabs += out.p[t] == '\t';
			if (tabs != cols - 1)
				fz_fail("nw-fmt -f tsv: %zu tabs in a line of "
				    "%zu columns", tabs, cols);
		}
		if (strcmp(fmt, "text") == 0 &&
		    nw_width(out.p + i, j - i) > width &&
		    memchr(out.p + i, ' ', j - i) != NULL &&
		    memcmp(out.p + i, "[boilerplate] ", 14) != 0)
			fz_fail("nw-fmt -f text: a line of several words wider "
			    "than %zu: %.*s", width, (int)(j - i), out.p + i);
	}
	if (strcmp(fmt, "json") == 0 && lines != nrec)
		fz_fail("nw-fmt -f json: %zu lines for %zu records", lines,
		    nrec);
	if (strcmp(fmt, "tsv") == 0 && lines != nrec + (tsvheader != 0))
		fz_fail("nw-fmt -f tsv: %zu lines for %zu records", lines,
		    nrec);
	if (strcmp(fmt, "html") == 0 && (out.len < 16 ||
	    memcmp(out.p, "<!DOCTYPE html>\n", 16) != 0 || out.len < 8 ||
	    strcmp(out.p + out.len - 8, "</html>\n") != 0))
		fz_fail("nw-fmt -f html: not a whole page");
	if (strcmp(fmt, "raw") == 0) {
		int first = 1;

		want.len = 0;
		fz_add(&want, "", 0);
		for (i = 0; i < recs.n; i++) {
			if (recs.r[i].special)
				continue;
			if (!first)
				fz_add(&want, "\f\n", 2);
			first = 0;
			for (j = 0; j < recs.r[i].n; j++)
				if (shown(&recs.r[i].f[j], boiler)) {
					fz_add(&want, recs.r[i].f[j].val,
					    recs.r[i].f[j].len);
					fz_add(&want, "\n\n", 2);
				}
		}
		if (want.len != out.len || memcmp(want.p, out.p, out.len) != 0)
			fz_fail("nw-fmt -f raw: not the text fields");
	}
	if (strcmp(fmt, "rec") == 0) {
		fz_check_recsyntax(out.p, out.len);
		if (fz_parse(fz_path("out"), &back) != 0)
			fz_fail("nw-fmt -f rec output does not read back: %s",
			    back.err);
		if (back.n != recs.n)
			fz_fail("nw-fmt -f rec: %zu records for %zu", back.n,
			    recs.n);
		for (i = 0; i < recs.n; i++)
			if (!fz_same_fields(&recs.r[i], &back.r[i]))
				fz_fail("nw-fmt -f rec changed record %zu", i);
		fz_recs_free(&back);
	}
	fz_recs_free(&recs);
	return 0;
}
