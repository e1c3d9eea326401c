// Argo CD's include/exclude matcher: github.com/gobwas/glob compiled with no separators
// (argo-cd util/glob/glob.go), so `*` and `?` also match `/`, braces are the only alternation, and
// the whole path relative to the app folder must match. minimatch and picomatch differ on all of
// these, which is why this matcher is plumbline's own. Patterns compile to a small automaton that
// is simulated state set by state set, so matching takes time proportional to the pattern length
// times the path length, with no backtracking.

/** One state of the automaton; `next` is the state after a consumed character. */
type State =
  | { kind: "char"; char: string; next: number }
  | { kind: "any"; crossesSlash: boolean; next: number }
  | { kind: "class"; ranges: [string, string][]; negated: boolean; crossesSlash: boolean; next: number }
  | { kind: "split"; targets: number[] }
  | { kind: "match" };

export interface GlobMatcher {
  states: State[];
  start: number;
}

export type CompiledGlob = { ok: true; matcher: GlobMatcher } | { ok: false; error: string };

/** A parsed pattern element; the matchers of src/argocd/path-match.ts build these too. */
export type GlobItem =
  | { kind: "char"; char: string }
  | { kind: "any"; crossesSlash: boolean }
  | { kind: "class"; ranges: [string, string][]; negated: boolean; crossesSlash: boolean }
  | { kind: "star"; crossesSlash: boolean }
  | { kind: "alternation"; options: GlobItem[][] };

type Item = GlobItem;

const cache = new Map<string, CompiledGlob>();

/** Compiles a pattern; an invalid one yields `ok: false`, and Argo CD then matches nothing with it. */
export function compileArgoGlob(pattern: string): CompiledGlob {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const compiled = compile(pattern, false);
  if (cache.size > 10_000) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

/** True when `relativePath` matches `pattern` as Argo CD matches include/exclude. */
export function matchArgoGlob(pattern: string, relativePath: string): boolean {
  const compiled = compileArgoGlob(pattern);
  return compiled.ok && run(compiled.matcher, relativePath);
}

// True when `relativePath` matches `pattern` only because a `*` written before a `/` in the pattern
// spans a `/` of the path, as `*/app.yaml` taking `a/b/app.yaml`. Authors of such patterns usually
// mean one folder level, as in a shell.
export function starCrossesFolder(pattern: string, relativePath: string): boolean {
  if (!matchArgoGlob(pattern, relativePath)) return false;
  const bound = compile(pattern, true);
  return bound.ok && !run(bound.matcher, relativePath);
}

/** True when some `*` in the pattern is followed by a `/`, so it can span folders unexpectedly. */
export function hasStarBeforeSlash(pattern: string): boolean {
  const star = pattern.indexOf("*");
  return star >= 0 && pattern.indexOf("/", star) > star;
}

/** True when a `,` is outside braces, where Argo CD reads it as a literal comma, not as a list. */
export function hasCommaOutsideBraces(pattern: string): boolean {
  let depth = 0;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "\\") index++;
    else if (char === "{") depth++;
    else if (char === "}") depth = Math.max(0, depth - 1);
    else if (char === "," && depth === 0) return true;
  }
  return false;
}

/** True when the pattern has no wildcard, class or alternation, so it matches one literal path. */
export function isLiteralPattern(pattern: string): boolean {
  return !/[*?[{\\]/.test(pattern);
}

// With `boundStars`, a `*` that has a `/` after it in the pattern stays inside one folder; that
// variant only serves `starCrossesFolder`.
function compile(pattern: string, boundStars: boolean): CompiledGlob {
  const parser = new Parser(pattern, boundStars);
  const parsed = parser.parseSequence(0);
  if (typeof parsed === "string") return { ok: false, error: parsed };
  if (parser.position < pattern.length) return { ok: false, error: `unmatched "}" at position ${parser.position + 1}` };

  return { ok: true, matcher: buildMatcher(parsed) };
}

/** Builds the automaton of a parsed pattern. */
export function buildMatcher(items: readonly GlobItem[]): GlobMatcher {
  const states: State[] = [{ kind: "match" }];
  const start = compileSequence(items, 0, states);
  return { states, start };
}

class Parser {
  position = 0;

  constructor(
    private readonly pattern: string,
    private readonly boundStars: boolean,
  ) {}

  /** Parses items up to the end, or up to a `,` or `}` when inside `depth` braces. */
  parseSequence(depth: number): Item[] | string {
    const items: Item[] = [];
    const pattern = this.pattern;

    while (this.position < pattern.length) {
      const char = pattern[this.position]!;
      if (depth > 0 && (char === "," || char === "}")) return items;
      if (depth === 0 && char === "}") return `unmatched "}" at position ${this.position + 1}`;
      this.position++;

      if (char === "\\") {
        if (this.position >= pattern.length) return 'pattern ends with an unfinished escape "\\"';
        items.push({ kind: "char", char: pattern[this.position++]! });
      } else if (char === "*") {
        while (pattern[this.position] === "*") this.position++;
        items.push({ kind: "star", crossesSlash: !(this.boundStars && pattern.indexOf("/", this.position) >= 0) });
      } else if (char === "?") {
        items.push({ kind: "any", crossesSlash: true });
      } else if (char === "[") {
        const parsed = this.parseClass();
        if (typeof parsed === "string") return parsed;
        items.push(parsed);
      } else if (char === "{") {
        const parsed = this.parseAlternation(depth + 1);
        if (typeof parsed === "string") return parsed;
        items.push(parsed);
      } else {
        items.push({ kind: "char", char });
      }
    }
    return depth > 0 ? 'unclosed "{"' : items;
  }

  private parseAlternation(depth: number): Item | string {
    const options: Item[][] = [];
    for (;;) {
      const option = this.parseSequence(depth);
      if (typeof option === "string") return option;
      options.push(option);
      const closer = this.pattern[this.position++];
      if (closer === "}") return { kind: "alternation", options };
    }
  }

  // A class: `[abc]`, `[a-z]`, `[!abc]`. An empty class is invalid. NOTE: a range whose end precedes
  // its start is treated as invalid, after gobwas's range parser check "hi character should be
  // greater than lo"; mixed classes such as `[a-z0-9]` are accepted without checking gobwas on them.
  private parseClass(): Item | string {
    const opened = this.position;
    const pattern = this.pattern;
    const negated = pattern[this.position] === "!";
    if (negated) this.position++;

    const ranges: [string, string][] = [];
    while (this.position < pattern.length && pattern[this.position] !== "]") {
      let low = pattern[this.position++]!;
      if (low === "\\" && this.position < pattern.length) low = pattern[this.position++]!;
      let high = low;
      if (pattern[this.position] === "-" && this.position + 1 < pattern.length && pattern[this.position + 1] !== "]") {
        this.position++;
        high = pattern[this.position++]!;
        if (high === "\\" && this.position < pattern.length) high = pattern[this.position++]!;
        if (high < low) return `range "${low}-${high}" at position ${opened} ends before it starts`;
      }
      ranges.push([low, high]);
    }
    if (this.position >= pattern.length) return `unclosed "[" at position ${opened}`;
    this.position++;
    if (ranges.length === 0) return `empty character class at position ${opened}`;
    return { kind: "class", ranges, negated, crossesSlash: true };
  }
}

/** Adds the states of `items` to `states`, ending in `next`; returns the first state's index. */
function compileSequence(items: readonly Item[], next: number, states: State[]): number {
  let target = next;
  for (let index = items.length - 1; index >= 0; index--) target = compileItem(items[index]!, target, states);
  return target;
}

function compileItem(item: Item, next: number, states: State[]): number {
  switch (item.kind) {
    case "char":
      return states.push({ kind: "char", char: item.char, next }) - 1;
    case "any":
      return states.push({ kind: "any", crossesSlash: item.crossesSlash, next }) - 1;
    case "class":
      return states.push({ kind: "class", ranges: item.ranges, negated: item.negated, crossesSlash: item.crossesSlash, next }) - 1;
    case "star": {
      // A loop: the split either consumes one more character and returns, or moves on.
      const split = states.push({ kind: "split", targets: [] }) - 1;
      const step = states.push({ kind: "any", crossesSlash: item.crossesSlash, next: split }) - 1;
      (states[split] as { targets: number[] }).targets = [step, next];
      return split;
    }
    case "alternation": {
      const targets = item.options.map((option) => compileSequence(option, next, states));
      return states.push({ kind: "split", targets }) - 1;
    }
  }
}

/** Simulates the automaton over `text`, keeping the set of live states. */
export function runMatcher(matcher: GlobMatcher, text: string): boolean {
  return run(matcher, text);
}

function run(matcher: GlobMatcher, text: string): boolean {
  const { states } = matcher;
  let current = closure(states, [matcher.start]);

  for (const char of text) {
    const advanced: number[] = [];
    for (const index of current) {
      const state = states[index]!;
      if (consumes(state, char)) advanced.push((state as { next: number }).next);
    }
    if (advanced.length === 0) return false;
    current = closure(states, advanced);
  }
  return current.some((index) => states[index]!.kind === "match");
}

function consumes(state: State, char: string): boolean {
  switch (state.kind) {
    case "char":
      return state.char === char;
    case "any":
      return state.crossesSlash || char !== "/";
    case "class": {
      if (char === "/" && !state.crossesSlash) return false;
      const inClass = state.ranges.some(([low, high]) => char >= low && char <= high);
      return inClass !== state.negated;
    }
    default:
      return false;
  }
}

/** The states reachable from `seeds` through splits, without consuming a character. */
function closure(states: readonly State[], seeds: readonly number[]): number[] {
  const seen = new Set<number>();
  const result: number[] = [];
  const stack = [...seeds];
  while (stack.length > 0) {
    const index = stack.pop()!;
    if (seen.has(index)) continue;
    seen.add(index);
    const state = states[index]!;
    if (state.kind === "split") stack.push(...state.targets);
    else result.push(index);
  }
  return result;
}
