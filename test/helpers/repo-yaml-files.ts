// The YAML and JSON files of the project's fixtures and examples, for tests that check a property
// of the parser front end on every real input the project has.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "glob";
import { PROJECT_ROOT } from "./cli.js";

/** Path and text of every fixture and example file that can be read (some fixtures are unreadable on purpose). */
export function fixtureAndExampleFiles(): { file: string; text: string }[] {
  const files = globSync(["test/fixtures/**/*.{yaml,yml,json}", "examples/**/*.{yaml,yml,json}"], { cwd: PROJECT_ROOT, dot: true, nodir: true });
  const result: { file: string; text: string }[] = [];
  for (const file of files.sort()) {
    try {
      result.push({ file, text: readFileSync(join(PROJECT_ROOT, file), "utf8") });
    } catch {
      // An unreadable or special file, which the hostile tests create on purpose.
    }
  }
  return result;
}
