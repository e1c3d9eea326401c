// The names of the files that `--cache` keeps in its folder, in one place, so that the repository
// walk can leave them out when the folder is inside the repository.

/** The parse cache's index (parse-cache.ts). */
export const INDEX_FILE_NAME = "parse-cache.v8";
/** The parse cache's data files (cache-data.ts), each named with a random id. */
export const DATA_FILE_NAME = /^parse-cache\.[0-9a-f]{16}\.data$/;
/** The findings of the rules that declare their reads (rule-cache.ts). */
export const FINDINGS_FILE_NAME = "rule-findings.json";
/** The per-file facts of those rules (rule-cache.ts). */
export const FACTS_FILE_NAME = "rule-facts.json";

/** Files are written through `NAME.PID.tmp` and a rename (`writeCacheFile`). */
const TEMPORARY_SUFFIX = /\.\d+\.tmp$/;

/** True for the name of a file that `--cache` writes, a temporary one included. */
export function isCacheFileName(name: string): boolean {
  const base = name.replace(TEMPORARY_SUFFIX, "");
  return base === INDEX_FILE_NAME || base === FINDINGS_FILE_NAME || base === FACTS_FILE_NAME || DATA_FILE_NAME.test(base);
}
