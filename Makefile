# cable - build, test, demo, benchmark.
#
#   make          build/cable
#   make deps     install the Debian packages the build and tests need (when missing)
#   make test     lint, unit, Lua, end-to-end and hostile-input tests, accuracy gate
#   make demo     build and run the summary report on the bundled sample telegram
#   make bench    time cable against wc -w on the corpus, side by side
#   make sanitize build with ASan+UBSan and run the tests with it
#   make faults   fail every allocation in turn; make valgrind; make fuzz

CC      ?= cc
BUILD   ?= build
SHARED  ?= ../shared
PKGS    := liblua5.4-dev lua-lpeg-dev lua-cjson-dev libcmocka-dev libedit-dev pkg-config \
           lua-check valgrind cppcheck time python3 clang libclang-rt-14-dev

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
OPT     ?= -O2 -g
SAN     ?=
LUA_CFLAGS := $(shell pkg-config --cflags lua5.4 2>/dev/null || echo -I/usr/include/lua5.4)
CFLAGS  := $(OPT) $(SAN) -std=c11 $(WARN) -D_DEFAULT_SOURCE $(LUA_CFLAGS)
LDFLAGS := $(SAN)
# Lua, LPeg and lua-cjson are linked statically, as the Lua ecosystem does:
# a copied build/cable needs nothing of them on the machine it runs on.
LIBDIR  := /usr/lib/$(shell $(CC) -print-multiarch 2>/dev/null || dpkg-architecture -qDEB_HOST_MULTIARCH)
LDLIBS  := $(LIBDIR)/liblua5.4-lpeg.a $(LIBDIR)/liblua5.4-cjson.a $(LIBDIR)/liblua5.4.a \
           -ledit -lm -ldl
RE_LUA  := /usr/share/lua/5.4/re.lua
LUA_SRC := $(sort $(wildcard lua/cable/*.lua)) $(sort $(wildcard scripts/*.lua))

SANITIZE := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

HOST_SRC := host/arena.c host/xalloc.c host/text.c host/dateline.c host/heading.c \
            host/markers.c host/telegram.c host/input.c host/corpus.c host/json.c host/docprint.c \
            host/luadoc.c host/luahost.c
MAIN_SRC := host/main.c
HOST_OBJ := $(HOST_SRC:host/%.c=$(BUILD)/obj/%.o)
MAIN_OBJ := $(MAIN_SRC:host/%.c=$(BUILD)/obj/%.o)
HEADERS  := $(wildcard host/*.h)

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps test unit-bins unit lua cli hostile gate demo bench sanitize faults valgrind fuzz lint clean

all: $(BUILD)/cable

$(BUILD)/obj/%.o: host/%.c $(HEADERS) Makefile | $(BUILD)/obj
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/cable: $(HOST_OBJ) $(MAIN_OBJ) $(BUILD)/obj/embedded.o
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

# lua/ and scripts/ (and LPeg's re.lua) compiled into the binary
$(BUILD)/embed: host/embed.c | $(BUILD)/obj
	$(CC) -O1 -o $@ $<

$(BUILD)/obj/embedded.c: $(BUILD)/embed $(LUA_SRC) $(RE_LUA)
	$(BUILD)/embed re.lua=$(RE_LUA) $(foreach f,$(LUA_SRC),$(patsubst lua/%,%,$(f))=$(f)) > $@.tmp
	mv $@.tmp $@

$(BUILD)/obj/embedded.o: $(BUILD)/obj/embedded.c host/embedded.h
	$(CC) $(CFLAGS) -Ihost -c -o $@ $<

$(BUILD)/obj $(BUILD)/tests:
	mkdir -p $@

# Unit tests link the host objects (main excluded) and cmocka.
$(BUILD)/tests/%: tests/unit/%.c $(HOST_OBJ) $(BUILD)/obj/embedded.o $(HEADERS) tests/unit/fixtures.h | $(BUILD)/tests
	$(CC) $(CFLAGS) -Ihost -o $@ $< $(HOST_OBJ) $(BUILD)/obj/embedded.o $(LDFLAGS) $(LDLIBS) -lcmocka

deps:
	@missing=""; for p in $(PKGS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

test: deps
	$(MAKE) all unit-bins
	$(MAKE) lint unit lua cli hostile gate

unit-bins: $(UNIT_BIN)

unit: $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; \
	  (cd tests/unit && $(abspath $$t)); done

lua: $(BUILD)/cable
	$(BUILD)/cable run tests/lua/all.lua tests/fixtures/multi.txt tests/fixtures/sample.txt

cli: $(BUILD)/cable
	@CABLE=$(abspath $(BUILD)/cable) SHARED=$(SHARED) sh tests/cli/run.sh

hostile: $(BUILD)/cable
	@CABLE=$(abspath $(BUILD)/cable) sh tests/hostile/run.sh

gate: $(BUILD)/cable
	@CABLE=$(abspath $(BUILD)/cable) SHARED=$(SHARED) sh tests/gate.sh

demo: deps
	@$(MAKE) --no-print-directory all >/dev/null
	$(BUILD)/cable report summary tests/fixtures/sample.txt

bench: deps
	@$(MAKE) --no-print-directory all >/dev/null
	@CABLE=$(abspath $(BUILD)/cable) SHARED=$(SHARED) sh tests/bench.sh

sanitize: deps
	$(MAKE) BUILD=build/sanitize OPT="-O1 -g" SAN="$(SANITIZE)" all unit-bins
	$(MAKE) BUILD=build/sanitize OPT="-O1 -g" SAN="$(SANITIZE)" unit lua cli hostile
	@CABLE=$(abspath build/sanitize/cable) SHARED=$(SHARED) sh tests/sanitize-corpus.sh

# libFuzzer targets (clang): the parser, and the parser into Lua tables.
# make fuzz FUZZ_SECONDS=N runs each for N seconds; findings go to build/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
               -std=c11 -D_DEFAULT_SOURCE $(LUA_CFLAGS) -Ihost
FUZZ_SRC := host/arena.c host/xalloc.c host/text.c host/dateline.c host/heading.c \
            host/markers.c host/telegram.c host/input.c

build/fuzz/fuzz_parser: tests/fuzz/fuzz_parser.c $(FUZZ_SRC) $(HEADERS)
	mkdir -p build/fuzz
	clang $(FUZZ_CFLAGS) -o $@ $< $(FUZZ_SRC)

build/fuzz/fuzz_luadoc: tests/fuzz/fuzz_luadoc.c $(FUZZ_SRC) $(HEADERS)
	mkdir -p build/fuzz
	clang $(FUZZ_CFLAGS) -o $@ $< $(FUZZ_SRC) host/luadoc.c $(LIBDIR)/liblua5.4.a -lm -ldl

fuzz: deps build/fuzz/fuzz_parser build/fuzz/fuzz_luadoc
	@for t in fuzz_parser fuzz_luadoc; do \
	  mkdir -p build/fuzz/corpus-$$t; cp tests/fixtures/*.txt tests/fuzz/regressions/* build/fuzz/corpus-$$t/ 2>/dev/null; \
	  echo "== $$t, $(FUZZ_SECONDS) s"; \
	  (cd build/fuzz && ./$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	     -rss_limit_mb=2048 -print_final_stats=1 corpus-$$t 2>&1 | tail -12) || exit 1; \
	done; echo "fuzz: 2 passed, 0 failed (fuzz_parser, fuzz_luadoc: no finding)"

valgrind: $(BUILD)/cable
	@CABLE=$(abspath $(BUILD)/cable) SHARED=$(SHARED) sh tests/valgrind.sh

# The fault-injection build: the N-th allocation fails (CABLE_FAIL_ALLOC=N).
faults: deps
	$(MAKE) BUILD=build/faults OPT="-O1 -g -DCABLE_FAULTS" SAN="$(SANITIZE)" all
	@CABLE=$(abspath build/faults/cable) sh tests/faults.sh

lint:
	luacheck --quiet --no-color --std lua54 --codes lua
	luacheck --quiet --no-color --std lua54 --codes --globals cable lpeg re arg Document Finish \
	  -- scripts
	luacheck --quiet --no-color --std lua54 --codes --globals cable lpeg re arg check checkerr DOCS \
	  -- tests/lua
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --inline-suppr --std=c11 host tests/unit

clean:
	rm -rf $(BUILD)
