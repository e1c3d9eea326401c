// Validates SARIF against the official SARIF 2.1.0 JSON Schema; schemas/README.md beside this file
// names the npm package and version the schema was copied from.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";

const SCHEMA = JSON.parse(readFileSync(new URL("./schemas/sarif-2.1.0.json", import.meta.url), "utf8"));

let validator: ReturnType<Ajv2020["compile"]> | undefined;

/** Returns the schema violations of `log`, empty when it is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    // The schema's formats; ajv checks none without ajv-formats, which is not a dependency.
    ajv.addFormat("uri", (value: string) => /^[a-z][a-z0-9+.-]*:\S*$/i.test(value));
    ajv.addFormat("uri-reference", (value: string) => !/\s/.test(value));
    ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
    ajv.addFormat("uuid", (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value));
    validator = ajv.compile(SCHEMA);
  }
  if (validator(log)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? error.keyword}`);
}
