// Argo CD's include/exclude matcher: github.com/gobwas/glob compiled with no separators
// (argo-cd util/glob/glob.go), so `*` and `?` also match `/`, braces are the only alternation, and
// the whole path relative to the app folder must match. minimatch and picomatch differ on all of
// these, which is why this matcher is plumbline's own.

export type CompiledGlob = { ok: true; regex: RegExp } | { ok: false; error: string };

const cache = new Map<string, CompiledGlob>();

/** Compiles a pattern; an invalid one yields `ok: false`, and Argo CD then matches nothing with it. */
export function compileArgoGlob(pattern: string): CompiledGlob {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const compiled = translate(pattern);
  if (cache.size > 10_000) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

/** True when `relativePath` matches `pattern` as Argo CD matches include/exclude. */
export function matchArgoGlob(pattern: string, relativePath: string): boolean {
  const compiled = compileArgoGlob(pattern);
  return compiled.ok && compiled.regex.test(relativePath);
}

function translate(pattern: string): CompiledGlob {
  let source = "";
  let braceDepth = 0;

  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    switch (char) {
      case "\\": {
        if (index + 1 >= pattern.length) return { ok: false, error: "pattern ends with an unfinished escape \"\\\"" };
        source += escapeRegex(pattern[++index]!);
        break;
      }
      case "*":
        source += "[\\s\\S]*";
        while (pattern[index + 1] === "*") index++;
        break;
      case "?":
        source += "[\\s\\S]";
        break;
      case "[": {
        const end = findClassEnd(pattern, index);
        if (end < 0) return { ok: false, error: `unclosed "[" at position ${index + 1}` };
        let body = pattern.slice(index + 1, end);
        const negated = body.startsWith("!");
        if (negated) body = body.slice(1);
        if (body === "") return { ok: false, error: `empty character class at position ${index + 1}` };
        source += `[${negated ? "^" : ""}${escapeClass(body)}]`;
        index = end;
        break;
      }
      case "{":
        braceDepth++;
        source += "(?:";
        break;
      case "}":
        if (braceDepth === 0) return { ok: false, error: `unmatched "}" at position ${index + 1}` };
        braceDepth--;
        source += ")";
        break;
      case ",":
        source += braceDepth > 0 ? "|" : ",";
        break;
      default:
        source += escapeRegex(char);
    }
  }

  if (braceDepth > 0) return { ok: false, error: "unclosed \"{\"" };
  return { ok: true, regex: new RegExp(`^${source}$`) };
}

function findClassEnd(pattern: string, start: number): number {
  for (let index = start + 1; index < pattern.length; index++) {
    if (pattern[index] === "\\") {
      index++;
      continue;
    }
    if (pattern[index] === "]") return index;
  }
  return -1;
}

function escapeRegex(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}

function escapeClass(body: string): string {
  return body.replace(/\\(.)/g, "\\$1").replace(/[\]^]/g, "\\$&");
}
