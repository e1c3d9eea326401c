// Repository URL normalisation: https and scp-like SSH spellings, `.git` and trailing slashes, and
// the host's case all name the same repository.

/** Normalised URLs by the text as written: thousands of Applications name the same few repositories. */
const normalized = new Map<string, string | undefined>();
const MAX_REMEMBERED = 10_000;

/** Returns `host/owner/name` in a canonical form, or undefined for something that is not a repo URL. */
export function normalizeRepoURL(url: string): string | undefined {
  if (normalized.has(url)) return normalized.get(url);
  // A repository with more distinct spellings than this starts over instead of growing the map.
  if (normalized.size >= MAX_REMEMBERED) normalized.clear();
  const result = normalize(url);
  normalized.set(url, result);
  return result;
}

function normalize(url: string): string | undefined {
  let value = url.trim();
  if (value === "") return undefined;

  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(value);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    value = `ssh://${scp[1]}/${scp[2]}`;
  }

  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return undefined;
  }

  const host = parsed.hostname.toLowerCase();
  let path = decodeURIComponent(parsed.pathname).replace(/\/+$/, "").replace(/\.git$/, "").replace(/\/+$/, "");
  if (path.startsWith("/")) path = path.slice(1);
  if (host === "") return undefined;
  return path === "" ? host : `${host}/${path}`;
}

/** True when the two URLs name the same repository after normalisation. */
export function sameRepository(a: string, b: string): boolean {
  const left = normalizeRepoURL(a);
  return left !== undefined && left === normalizeRepoURL(b);
}
