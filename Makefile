# nw: make, make check, make install.  See README.md.
.POSIX:
.SUFFIXES:
.SUFFIXES: .c .o

PREFIX = /usr/local
MANPREFIX = $(PREFIX)/share/man
CC = cc
CFLAGS = -O2 -g
LDLIBS = -lm
# what nw itself needs; CFLAGS stays the user's
NWCFLAGS = -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -pedantic -Ilib

LIBOBJ = lib/digest.o lib/lines.o lib/opt.o lib/rec.o lib/utf8.o lib/util.o lib/names.o lib/words.o lib/lang.o
PROGS = cmd/nw-split cmd/nw-fmt cmd/nw-byline cmd/nw-related cmd/nw-strip
MAN1 = man/nw-split.1 man/nw-fmt.1 man/nw-byline.1 man/nw-related.1 man/nw-strip.1
MAN5 = man/nw.5
MAN7 = man/nw.7

all: $(PROGS)

.c.o:
	$(CC) $(NWCFLAGS) $(CFLAGS) -c -o $@ $<

$(LIBOBJ) $(PROGS:=.o): lib/nw.h
lib/utf8.o: lib/widthtab.h
cmd/nw-strip.o: cmd/nw-strip-model.h

lib/libnw.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

cmd/nw-split: cmd/nw-split.o lib/libnw.a
	$(CC) $(LDFLAGS) -o $@ cmd/nw-split.o lib/libnw.a $(LDLIBS)
cmd/nw-fmt: cmd/nw-fmt.o lib/libnw.a
	$(CC) $(LDFLAGS) -o $@ cmd/nw-fmt.o lib/libnw.a $(LDLIBS)
cmd/nw-strip: cmd/nw-strip.o lib/libnw.a
	$(CC) $(LDFLAGS) -o $@ cmd/nw-strip.o lib/libnw.a $(LDLIBS)
cmd/nw-byline: cmd/nw-byline.o lib/libnw.a
	$(CC) $(LDFLAGS) -o $@ cmd/nw-byline.o lib/libnw.a $(LDLIBS)
cmd/nw-related: cmd/nw-related.o lib/libnw.a
	$(CC) $(LDFLAGS) -o $@ cmd/nw-related.o lib/libnw.a $(LDLIBS)

check: all
	tests/run

# The suite again with every program built with ASan and UBSan.  A
# sanitizer report exits 86 (ASan) or 87 (UBSan), codes no nw program uses,
# so it can never pass for an ordinary exit status.
SANFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=undefined
sanitize:
	mkdir -p build/san
	for p in $(PROGS); do \
		$(CC) $(NWCFLAGS) $(SANFLAGS) -o build/san/$${p#cmd/} \
		    $$p.c lib/*.c $(LDLIBS) || exit 2; \
	done
	ASAN_OPTIONS=exitcode=86:detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=halt_on_error=1:exitcode=87:print_stacktrace=1 \
	NW_BIN=$$(pwd)/build/san tests/run
	ASAN_OPTIONS=exitcode=86:detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=halt_on_error=1:exitcode=87:print_stacktrace=1 \
	tools/pages-run build/san

# man pages must lint clean
lint-man:
	mandoc -Tlint -Wwarning $(MAN1) $(MAN5) $(MAN7)

bench: all
	tools/bench

# nw-related at 10k, 100k and 1M synthetic articles (minutes, GBs in TMPDIR)
bench-related: cmd/nw-related
	tools/bench-related

# libFuzzer targets, each fuzzed FUZZ_SECONDS after replaying
# fuzz/regress (fuzz/README); needs clang
FUZZ_SECONDS = 60
fuzz: all
	FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run

# memcheck over the bats suite and every corpus page (tools/valgrind-run)
valgrind: all
	tools/valgrind-run

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1 \
	    $(DESTDIR)$(MANPREFIX)/man5 $(DESTDIR)$(MANPREFIX)/man7 \
	    $(DESTDIR)$(PREFIX)/share/nw
	cp -f $(PROGS) $(DESTDIR)$(PREFIX)/bin/
	cp -f $(MAN1) $(DESTDIR)$(MANPREFIX)/man1/
	cp -f $(MAN5) $(DESTDIR)$(MANPREFIX)/man5/
	cp -f $(MAN7) $(DESTDIR)$(MANPREFIX)/man7/
	cp -f share/nw/article.rec share/nw/sample.txt \
	    $(DESTDIR)$(PREFIX)/share/nw/

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(PREFIX)/bin/$${p#cmd/}; done
	for m in $(MAN1); do rm -f $(DESTDIR)$(MANPREFIX)/man1/$${m#man/}; done
	for m in $(MAN5); do rm -f $(DESTDIR)$(MANPREFIX)/man5/$${m#man/}; done
	for m in $(MAN7); do rm -f $(DESTDIR)$(MANPREFIX)/man7/$${m#man/}; done
	rm -f $(DESTDIR)$(PREFIX)/share/nw/article.rec \
	    $(DESTDIR)$(PREFIX)/share/nw/sample.txt
	-rmdir $(DESTDIR)$(PREFIX)/share/nw

# the README's first command: build, then the main job on the sample
demo: all
	@stages=; for s in nw-byline nw-strip; do \
		if [ -x cmd/$$s ]; then stages="$$stages | cmd/$$s"; fi; \
	done; \
	eval "cmd/nw-split share/nw/sample.txt $$stages | cmd/nw-fmt -f text"

clean:
	rm -f lib/*.o lib/libnw.a cmd/*.o $(PROGS)
	rm -rf build

.PHONY: all bench bench-related check clean demo fuzz install lint-man sanitize \
	uninstall valgrind
