# Installs share: the binary, its word table, its man page, and its bash, zsh and fish completions,
# each where it is looked for under PREFIX (the XDG and Filesystem Hierarchy layouts).
#
#   make install                      # into ~/.local (bin/ is on the PATH of most desktops)
#   make install PREFIX=/usr/local    # system-wide (as root)
#   make uninstall PREFIX=...         # removes exactly what install put there
#
# DESTDIR is honoured for packagers: everything goes under $(DESTDIR)$(PREFIX).

PREFIX ?= $(HOME)/.local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
BASHDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHDIR ?= $(PREFIX)/share/zsh/site-functions
FISHDIR ?= $(PREFIX)/share/fish/vendor_completions.d
# share's word table, where the installed binary looks for it (<bin>/../share/share/).
DATADIR ?= $(PREFIX)/share/share

SWIFT ?= swift
# The release build's folder, asked of SwiftPM rather than guessed (it names the platform).
BUILT = $(shell $(SWIFT) build -c release --show-bin-path)
GENERATED = .build/share-install

.PHONY: all build install uninstall clean-install

all: build

# The binary, then what it says of itself: its completion scripts (swift-argument-parser writes
# them from the same definitions as --help) and its man page (swift-argument-parser's manual
# plugin, which builds the package in release mode and reads the built share).
# Always asks SwiftPM, which rebuilds only what changed, so an install is never of a stale build.
build:
	$(SWIFT) build -c release --product share
	mkdir -p $(GENERATED)
	"$(BUILT)/share" --generate-completion-script bash > $(GENERATED)/share.bash
	"$(BUILT)/share" --generate-completion-script zsh > $(GENERATED)/_share
	"$(BUILT)/share" --generate-completion-script fish > $(GENERATED)/share.fish
	$(SWIFT) package plugin generate-manual > $(GENERATED)/manual.log
	cp .build/plugins/GenerateManual/outputs/share/share.1 $(GENERATED)/share.1

install: build
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)" "$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"
	install -m 0755 "$(BUILT)/share" "$(DESTDIR)$(BINDIR)/share"
	install -m 0644 $(GENERATED)/share.1 "$(DESTDIR)$(MANDIR)/share.1"
	install -m 0644 $(GENERATED)/share.bash "$(DESTDIR)$(BASHDIR)/share"
	install -m 0644 $(GENERATED)/_share "$(DESTDIR)$(ZSHDIR)/_share"
	install -m 0644 $(GENERATED)/share.fish "$(DESTDIR)$(FISHDIR)/share.fish"
	install -d "$(DESTDIR)$(DATADIR)"
	install -m 0644 Sources/Matching/Resources/word-vectors.swv "$(DESTDIR)$(DATADIR)/word-vectors.swv"
	@echo "installed share in $(DESTDIR)$(BINDIR); its man page and bash, zsh and fish completions beside"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/share" "$(DESTDIR)$(MANDIR)/share.1" "$(DESTDIR)$(BASHDIR)/share" \
		"$(DESTDIR)$(ZSHDIR)/_share" "$(DESTDIR)$(FISHDIR)/share.fish" "$(DESTDIR)$(DATADIR)/word-vectors.swv"
	-rmdir "$(DESTDIR)$(DATADIR)" 2>/dev/null
	@echo "removed share from $(DESTDIR)$(PREFIX)"

clean-install:
	rm -rf $(GENERATED)
