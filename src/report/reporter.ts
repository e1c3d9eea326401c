import type { LintResult } from "../lint.js";

export interface RenderOptions {
  /** Emit ANSI colours; false whenever the output is not a terminal or NO_COLOR is set. */
  color: boolean;
}

/** One output format. Renders the whole report as one string; never writes anywhere itself. */
export interface Reporter {
  name: string;
  render(result: LintResult, options: RenderOptions): string;
}
