/*
 * fz.h: what the nw fuzz targets share (fuzz/README).  A target is one
 * file with LLVMFuzzerTestOneInput; a program under test is compiled from
 * its own cmd/nw-x.c with main renamed (see fuzz/prog-*.c) and called
 * in-process through fz_run(), with its stdout and stderr caught in files.
 */
#ifndef FZ_H
#define FZ_H

#include <stddef.h>
#include <stdint.h>

#include "nw.h"

/* A property failed: print why (and the bytes involved) and abort. */
void	 fz_fail(const char *, ...);

/* A scratch directory private to this process, and paths in it. */
const char *fz_path(const char *);
void	 fz_write(const char *, const void *, size_t);

struct fz_buf {
	char	*p;
	size_t	 len, cap;
};
void	 fz_read(const char *, struct fz_buf *);
void	 fz_add(struct fz_buf *, const void *, size_t);
void	 fz_free(struct fz_buf *);

/*
 * Run a renamed main with argv (NULL-terminated); stdout goes to the file
 * fz_path(outname), stderr is kept in err.  exit() inside the program (as
 * in nw_die) comes back here as its status.  Returns the exit status.
 */
typedef int fz_main(int, char **);
int	 fz_run(fz_main *, char **, const char *, struct fz_buf *);

/* Records as read back by the library: fields flattened. */
struct fz_field {
	char	*name;		/* NULL for a comment */
	char	*val;		/* the value, or the comment's raw text */
	size_t	 len;
};
struct fz_rec {
	struct fz_field	*f;
	size_t		 n;
	int		 special;
};
struct fz_recs {
	struct fz_rec	*r;
	size_t		 n;
	char		 err[512];	/* the reader's error, "" if none */
};
int	 fz_parse(const char *, struct fz_recs *);
void	 fz_recs_free(struct fz_recs *);
int	 fz_same_fields(const struct fz_rec *, const struct fz_rec *);

/* Checks on output. */
int	 fz_utf8(const char *, size_t);
int	 fz_json_object(const char *, size_t);
void	 fz_check_recsyntax(const char *, size_t);
void	 fz_check_message(const char *, const struct fz_buf *);

/* For the targets of the programs that read nw-split's records. */
int	 fz_split(const uint8_t *, size_t, const char *);
int	 fz_names_in(const char *, const char *const *);
void	 fz_check_passthrough(const struct fz_rec *, const struct fz_rec *,
	    const char *const *, const char *const *, int);
void	 fz_check_stream(const char *, const struct fz_recs *,
	    const struct fz_recs *, const struct fz_buf *);

#endif
