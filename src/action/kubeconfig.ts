// Masking of the kubeconfig input. GitHub advises against structured secrets, because the runner
// masks only the exact stored value. So besides the whole text, each credential inside it is masked
// on its own: tokens, passwords, client keys and certificates (base64 and decoded PEM body lines),
// auth-provider config values and exec env values. Common lines such as `apiVersion: v1` stay
// unmasked, because masking them would blank them everywhere in the log.
import { parse } from "yaml";

/** Shorter values are not masked on their own: masking "a" or "ok" would blank the log. */
const MIN_SECRET_LENGTH = 6;

/** Returns every value to mask, the whole text first. A kubeconfig that does not parse is masked whole. */
export function kubeconfigSecrets(text: string): string[] {
  const secrets = new Set<string>();
  if (text.trim() !== "") secrets.add(text);
  if (text.trim() !== text && text.trim() !== "") secrets.add(text.trim());

  let document: unknown;
  try {
    document = parse(text);
  } catch {
    return [...secrets];
  }

  for (const entry of list(record(document).users)) {
    const user = record(record(entry).user);
    for (const key of ["token", "password", "client-key-data", "client-certificate-data"]) {
      const value = user[key];
      if (typeof value !== "string") continue;
      addSecret(secrets, value);
      if (key.endsWith("-data")) addDecodedPem(secrets, value);
    }
    const provider = record(user["auth-provider"]);
    for (const value of Object.values(record(provider.config))) if (typeof value === "string") addSecret(secrets, value);
    for (const variable of list(record(user.exec).env)) {
      const value = record(variable).value;
      if (typeof value === "string") addSecret(secrets, value);
    }
  }
  return [...secrets];
}

function addSecret(secrets: Set<string>, value: string): void {
  const trimmed = value.trim();
  if (trimmed.length >= MIN_SECRET_LENGTH) secrets.add(trimmed);
}

/** Adds each base64 body line of a decoded key or certificate, because a PEM prints line by line. */
function addDecodedPem(secrets: Set<string>, base64: string): void {
  let decoded: string;
  try {
    decoded = Buffer.from(base64, "base64").toString("utf8");
  } catch {
    return;
  }
  for (const line of decoded.split(/\r?\n/)) {
    if (line.startsWith("-----") || line.trim().length < MIN_SECRET_LENGTH) continue;
    secrets.add(line.trim());
  }
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
