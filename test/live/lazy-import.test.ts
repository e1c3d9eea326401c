// @kubernetes/client-node is loaded only by the live phase: a static run never resolves it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, test } from "node:test";
import { SOCK_SHOP } from "./sock-shop-cluster.js";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const REGISTER = fileURLToPath(new URL("./hooks/register.mjs", import.meta.url));
const MARK = "MARK client-node resolved";

function runWithHook(args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", REGISTER, "--import", "tsx", "src/cli.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", KUBECONFIG: "" },
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("client-node loading", () => {
  test("static run never resolves it", () => {
    const run = runWithHook(["--root", SOCK_SHOP]);
    assert.equal(run.status, 0);
    assert.ok(!run.stderr.includes(MARK));
  });

  test("live run resolves it", () => {
    const dir = mkdtempSync(join(tmpdir(), "plumbline-lazy-"));
    const kubeconfig = join(dir, "kubeconfig");
    // Port 9 (discard) on 127.0.0.1: nothing listens there, so the request fails at once.
    writeFileSync(kubeconfig, 'clusters:\n- name: a\n  cluster: {server: "http://127.0.0.1:9", insecure-skip-tls-verify: true}\ncontexts:\n- name: a\n  context: {cluster: a}\ncurrent-context: a\n');
    assert.ok(runWithHook(["--root", SOCK_SHOP, "--kubeconfig", kubeconfig]).stderr.includes(MARK));
  });

  test("only src/live imports it, and only dynamically", () => {
    for (const file of sourceFiles(join(PROJECT_ROOT, "src"))) {
      const text = readFileSync(file, "utf8");
      if (!text.includes("@kubernetes/client-node")) continue;
      assert.ok(file.includes(`${join("src", "live")}`), `${file} mentions @kubernetes/client-node`);
      // `import type` is erased at compile time, so it loads nothing.
      assert.ok(!/^import(?!\s+type\s)[^(]*["']@kubernetes\/client-node["']/m.test(text), `${file} imports @kubernetes/client-node statically`);
    }
  });
});
