// Path matchers other than the include/exclude glob: Go's `path.Match` (ApplicationSet git
// directory generator), git pathspec globbing (the files generator's default, `git ls-files -- <pattern>`),
// and doublestar globs (the files generator's opt-in "new globbing", and plumbline's config globs).
// Sources: argo-cd reposerver/repository/repository.go `GetGitDirectories`, util/git/client.go `LsFiles`,
// docs/operator-manual/applicationset/Generators-Git-File-Globbing.md. Each syntax is parsed into
// the automaton of ./glob.ts, so no pattern can make matching backtrack.
import { buildMatcher, runMatcher, type GlobItem, type GlobMatcher } from "./glob.js";

const GLOB_CHARS = /[*?[\\]/;

/**
 * Go `path.Match`: `*` is any run of non-`/` characters, `?` one non-`/` character, `[...]` a class
 * (negated with `^`), `\` escapes; there are no braces and no recursive `**`. A malformed pattern
 * matches nothing, as Argo CD logs and skips it.
 */
export function goPathMatch(pattern: string, name: string): boolean {
  const matcher = cached(goCache, pattern, () => parseGoPattern(pattern));
  return matcher !== undefined && runMatcher(matcher, name);
}

/** True when `pattern` is well formed for Go `path.Match`. */
export function isValidGoPathPattern(pattern: string): boolean {
  return cached(goCache, pattern, () => parseGoPattern(pattern)) !== undefined;
}

function parseGoPattern(pattern: string): GlobMatcher | undefined {
  const items: GlobItem[] = [];
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === "\\") {
      if (index + 1 >= pattern.length) return undefined;
      items.push({ kind: "char", char: pattern[++index]! });
    } else if (char === "*") {
      items.push({ kind: "star", crossesSlash: false });
    } else if (char === "?") {
      items.push({ kind: "any", crossesSlash: false });
    } else if (char === "[") {
      const parsed = parseClass(pattern, index, ["^"], false);
      if (!parsed) return undefined;
      items.push(parsed.item);
      index = parsed.end;
    } else {
      items.push({ kind: "char", char });
    }
  }
  return buildMatcher(items);
}

/**
 * Git pathspec matching as `git ls-files -- <pattern>` does without magic: a pattern without
 * wildcards matches that file or every file below that folder; otherwise `*` and `?` also match `/`.
 */
export function gitPathspecMatch(pattern: string, file: string): boolean {
  const trimmed = pattern.replace(/^\.\//, "");
  if (!GLOB_CHARS.test(trimmed)) {
    const prefix = trimmed.replace(/\/+$/, "");
    return prefix === "" || file === prefix || file.startsWith(`${prefix}/`);
  }
  const matcher = cached(pathspecCache, trimmed, () => parsePathspec(trimmed));
  return matcher !== undefined && runMatcher(matcher, file);
}

function parsePathspec(pattern: string): GlobMatcher {
  const items: GlobItem[] = [];
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === "\\" && index + 1 < pattern.length) items.push({ kind: "char", char: pattern[++index]! });
    else if (char === "*") items.push({ kind: "star", crossesSlash: true });
    else if (char === "?") items.push({ kind: "any", crossesSlash: true });
    else if (char === "[") {
      const parsed = parseClass(pattern, index, ["!", "^"], true);
      if (parsed) {
        items.push(parsed.item);
        index = parsed.end;
      } else {
        items.push({ kind: "char", char });
      }
    } else items.push({ kind: "char", char });
  }
  return buildMatcher(items);
}

const DOUBLESTAR_SYNTAX = /[*?[\]{}\\]/;

/**
 * Doublestar globbing: `**` as a whole segment matches any number of folders, `*` and `?` stay
 * inside one segment, `{a,b}` alternates, `[...]` is a class.
 */
export function doublestarMatch(pattern: string, file: string): boolean {
  // A pattern without glob syntax names one path, such as a root app's file in the config.
  if (!DOUBLESTAR_SYNTAX.test(pattern)) return pattern === file;
  const matcher = cached(doublestarCache, pattern, () => parseDoublestar(pattern));
  return matcher !== undefined && runMatcher(matcher, file);
}

function parseDoublestar(pattern: string): GlobMatcher | undefined {
  let index = 0;

  const parseSequence = (depth: number): GlobItem[] | undefined => {
    const items: GlobItem[] = [];
    while (index < pattern.length) {
      const char = pattern[index]!;
      if (depth > 0 && (char === "," || char === "}")) return items;
      index++;

      if (char === "*" && pattern[index] === "*") {
        index++;
        const atStart = index === 2 || pattern[index - 3] === "/";
        const atEnd = index === pattern.length || pattern[index] === "/";
        if (atStart && atEnd && pattern[index] === "/") {
          // `**/` matches nothing or any run of whole folders.
          index++;
          items.push({ kind: "alternation", options: [[], [{ kind: "star", crossesSlash: true }, { kind: "char", char: "/" }]] });
        } else {
          items.push({ kind: "star", crossesSlash: atStart && atEnd });
        }
      } else if (char === "*") items.push({ kind: "star", crossesSlash: false });
      else if (char === "?") items.push({ kind: "any", crossesSlash: false });
      else if (char === "\\" && index < pattern.length) items.push({ kind: "char", char: pattern[index++]! });
      else if (char === "{") {
        const options: GlobItem[][] = [];
        for (;;) {
          const option = parseSequence(depth + 1);
          if (!option || index >= pattern.length) return undefined;
          options.push(option);
          if (pattern[index++] === "}") break;
        }
        items.push({ kind: "alternation", options });
      } else if (char === "[") {
        const parsed = parseClass(pattern, index - 1, ["!", "^"], false);
        if (parsed) {
          items.push(parsed.item);
          index = parsed.end + 1;
        } else items.push({ kind: "char", char });
      } else items.push({ kind: "char", char });
    }
    return depth > 0 ? undefined : items;
  };

  const items = parseSequence(0);
  return items ? buildMatcher(items) : undefined;
}

/** Parses a class starting at `[`; returns undefined when it is unclosed, empty or reversed. */
function parseClass(pattern: string, open: number, negations: string[], crossesSlash: boolean): { item: GlobItem; end: number } | undefined {
  let index = open + 1;
  const negated = index < pattern.length && negations.includes(pattern[index]!);
  if (negated) index++;

  const ranges: [string, string][] = [];
  while (index < pattern.length && pattern[index] !== "]") {
    let low = pattern[index++]!;
    if (low === "\\" && index < pattern.length) low = pattern[index++]!;
    let high = low;
    if (pattern[index] === "-" && index + 1 < pattern.length && pattern[index + 1] !== "]") {
      high = pattern[index + 1]!;
      index += 2;
      if (high < low) return undefined;
    }
    ranges.push([low, high]);
  }
  if (index >= pattern.length || ranges.length === 0) return undefined;
  return { item: { kind: "class", ranges, negated, crossesSlash }, end: index };
}

const goCache = new Map<string, GlobMatcher | undefined>();
const pathspecCache = new Map<string, GlobMatcher | undefined>();
const doublestarCache = new Map<string, GlobMatcher | undefined>();

function cached(cache: Map<string, GlobMatcher | undefined>, pattern: string, build: () => GlobMatcher | undefined): GlobMatcher | undefined {
  if (cache.has(pattern)) return cache.get(pattern);
  const matcher = build();
  if (cache.size > 10_000) cache.clear();
  cache.set(pattern, matcher);
  return matcher;
}
