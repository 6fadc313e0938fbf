#!/usr/bin/env bash
# Checks `make install` as a user runs it: into a scratch PREFIX, then `share --version` from
# there, the man page renders, each shell's completion is where that shell looks and loads,
# and `make uninstall` removes exactly what was installed.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

make install PREFIX="$prefix" >/dev/null
version=$(PATH="$prefix/bin:$PATH" share --version) || fail "share --version failed from $prefix/bin"
[ "$(command -v share >/dev/null; PATH="$prefix/bin:$PATH" command -v share)" = "$prefix/bin/share" ] \
  || fail "share on the PATH is not the installed one"
echo "check-install: share $version runs from $prefix/bin"

# The word table goes with the binary: the installed share matches with it, not without.
warnings=$(PATH="$prefix/bin:$PATH" share match --opml Corpus/demo.opml --friends Corpus/friends.yaml \
  --today 2026-11-28 --store "$prefix/store.sqlite" 2>&1 >/dev/null) || fail "share match failed from $prefix/bin"
if printf '%s' "$warnings" | grep -q "without word knowledge"; then fail "the installed share has no word table: $warnings"; fi
rm -f "$prefix"/store.sqlite*
echo "check-install: the installed share finds its word table"

man_page="$prefix/share/man/man1/share.1"
[ -s "$man_page" ] || fail "no man page at $man_page"
if command -v man >/dev/null; then
  MANPATH="$prefix/share/man" MANWIDTH=80 man share 2>/dev/null | grep -q "suggest" \
    || fail "man share does not render the page, or it does not name 'suggest'"
  echo "check-install: man share renders from $prefix/share/man"
fi

bash_completion="$prefix/share/bash-completion/completions/share"
zsh_completion="$prefix/share/zsh/site-functions/_share"
fish_completion="$prefix/share/fish/vendor_completions.d/share.fish"
for file in "$bash_completion" "$zsh_completion" "$fish_completion"; do
  [ -s "$file" ] || fail "no completion at $file"
done
# bash: the script defines the completion for `share` when sourced, as bash-completion does.
bash -c "source '$bash_completion' && complete -p share" | grep -q -- "-F" \
  || fail "the bash completion does not register a function for share"
grep -q '^#compdef share' "$zsh_completion" || fail "the zsh completion has no #compdef line"
grep -Eq "^complete -c '?share'? " "$fish_completion" || fail "the fish completion does not complete share"
echo "check-install: bash, zsh and fish completions in place"

make uninstall PREFIX="$prefix" >/dev/null
left=$(find "$prefix" -type f)
[ -z "$left" ] || fail "uninstall left: $left"
echo "check-install: make uninstall removed everything it installed"
