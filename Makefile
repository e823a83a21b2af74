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

LIBOBJ = lib/lines.o lib/opt.o lib/rec.o lib/utf8.o lib/util.o
PROGS = cmd/nw-split cmd/nw-fmt
MAN1 = man/nw-split.1 man/nw-fmt.1
MAN5 = man/nw.5
MAN7 = man/nw.7

all: $(PROGS)

.c.o:
	$(CC) $(NWCFLAGS) $(CFLAGS) -c -o $@ $<

$(LIBOBJ) $(PROGS:=.o): lib/nw.h
lib/utf8.o: lib/widthtab.h

lib/libnw.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

cmd/nw-split: cmd/nw-split.o lib/libnw.a
	$(CC) $(LDFLAGS) -o $@ cmd/nw-split.o lib/libnw.a $(LDLIBS)
cmd/nw-fmt: cmd/nw-fmt.o lib/libnw.a
	$(CC) $(LDFLAGS) -o $@ cmd/nw-fmt.o lib/libnw.a $(LDLIBS)

check: all
	tests/run

clean:
	rm -f lib/*.o lib/libnw.a cmd/*.o $(PROGS)
	rm -rf build

.PHONY: all check clean
