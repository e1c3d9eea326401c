// The hostile corpus: repositories that a pull request could contain, built into a temporary
// folder at test time because several are large (50 MB) or cannot be committed (FIFOs, symlinks
// out of the tree, unreadable files). Each case names the finding the CLI must print for it.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface ExpectedFinding {
  ruleId: string;
  file: string;
  line?: number;
  column?: number;
  /** A substring of the message. */
  message?: string;
}

export interface HostileCase {
  name: string;
  /** Writes the repository into `root`, an empty folder. */
  build(root: string): void;
  /** Findings the report must contain (others may appear too). */
  expect: ExpectedFinding[];
  /** Exit code; 0 or 1 for a repository, 2 only for a bad command line or config. */
  status?: 0 | 1 | 2;
  /** For exit code 2: a substring of the one-line message on stderr. */
  stderr?: string;
  /** Text that must appear nowhere in stdout or stderr. */
  absent?: () => string[];
  /** A known gap outside this corpus's files: the case runs and reports, but does not fail the suite. */
  todo?: string;
  /** The reason to skip the case here, or undefined to run it. */
  skip?: () => string | undefined;
}

const REPO_URL = "https://git.example.com/org/gitops.git";
const CONFIG_WITH_REPO_URL = `repoURLs: [${REPO_URL}]\n`;

function write(root: string, path: string, content: string | Buffer): void {
  const absolute = join(root, path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
}

function configMap(name: string, extra = ""): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${extra}`;
}

function application(path: string): string {
  return [
    "apiVersion: argoproj.io/v1alpha1",
    "kind: Application",
    "metadata:",
    "  name: hostile",
    "  namespace: argocd",
    "spec:",
    "  project: default",
    "  source:",
    `    repoURL: ${REPO_URL}`,
    "    targetRevision: HEAD",
    `    path: ${JSON.stringify(path)}`,
    "  destination:",
    "    server: https://kubernetes.default.svc",
    "    namespace: default",
    "",
  ].join("\n");
}

/** Nine levels of nine aliases: 9^9 (387 million) strings once expanded. */
function billionLaughs(): string {
  const lines = ['  a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level <= 9; level++) {
    lines.push(`  a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(", ")}]`);
  }
  return configMap("laughs", `data:\n${lines.join("\n")}\n`);
}

/** About `bytes` of YAML made of ordinary ConfigMap entries, so only the size is hostile. */
function largeYaml(bytes: number): string {
  const header = configMap("large", "data:\n");
  const line = `  key-000000000: "${"v".repeat(60)}"\n`;
  const count = Math.ceil((bytes - header.length) / line.length);
  const parts = [header];
  for (let index = 0; index < count; index++) parts.push(`  key-${String(index).padStart(9, "0")}: "${"v".repeat(60)}"\n`);
  return parts.join("");
}

function passwdMarker(): string[] {
  // The first entry of /etc/passwd (normally "root:x:0:0:root:/root:...") must never be printed.
  try {
    const first = execFileSync("head", ["-n", "1", "/etc/passwd"], { encoding: "utf8" }).trim();
    return first === "" ? [] : [first, first.split(":").slice(0, 4).join(":")];
  } catch {
    return [];
  }
}

function canMakeFifo(): string | undefined {
  return process.platform === "win32" ? "FIFOs need a POSIX system" : undefined;
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: "billion laughs alias bomb",
    build: (root) => write(root, "x.yaml", billionLaughs()),
    expect: [{ ruleId: "repo/limit", file: "x.yaml", message: "limits.maxAliasCount" }],
  },
  {
    name: "flow collections nested 100k levels",
    build: (root) => write(root, "x.yaml", configMap("deep", `data:\n  k: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`)),
    expect: [{ ruleId: "repo/limit", file: "x.yaml", message: "nesting is too deep" }],
  },
  {
    name: "block mappings nested 5k levels",
    build: (root) => {
      const lines = Array.from({ length: 5_000 }, (_, depth) => `${" ".repeat(depth + 2)}k${depth}:`);
      write(root, "x.yaml", configMap("deep", `data:\n${lines.join("\n")} v\n`));
    },
    expect: [{ ruleId: "repo/limit", file: "x.yaml", message: "nesting is too deep" }],
  },
  {
    // V8 aborted the whole process on the second file, in a regular expression compiled with the
    // stack almost exhausted, before nesting was refused ahead of the parser.
    name: "flow collections nested 10,005 then 5,007 levels",
    build: (root) => {
      write(root, "a.yaml", configMap("deep-a", `data:\n  k: ${"[".repeat(10_005)}${"]".repeat(10_005)}\n`));
      write(root, "b.yaml", configMap("deep-b", `data:\n  k: ${"[".repeat(5_007)}${"]".repeat(5_007)}\n`));
    },
    expect: [
      { ruleId: "repo/limit", file: "a.yaml", message: "nesting is too deep" },
      { ruleId: "repo/limit", file: "b.yaml", message: "nesting is too deep" },
    ],
  },
  {
    name: "50 MB YAML file",
    build: (root) => write(root, "x.yaml", largeYaml(50 * 1024 * 1024)),
    expect: [{ ruleId: "repo/limit", file: "x.yaml", line: 1, message: "limits.maxFileBytes" }],
  },
  {
    name: "10 MB single-line scalar",
    build: (root) => write(root, "x.yaml", configMap("long", `data:\n  k: "${"v".repeat(10 * 1024 * 1024)}"\n  k: again\n`)),
    // The duplicate key after the long line proves the file was parsed to its end with right positions.
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml", line: 7, column: 3, message: "duplicate key" }],
  },
  {
    name: "10 MB single-line flow sequence",
    build: (root) => write(root, "x.yaml", configMap("long", `data:\n  k: [${"1,".repeat(5 * 1024 * 1024)}1]\n`)),
    expect: [{ ruleId: "repo/limit", file: "x.yaml", line: 1, message: "limits.maxTokensPerFile" }],
  },
  {
    name: "mapping with 200k keys",
    build: (root) => {
      const keys = Array.from({ length: 200_000 }, (_, index) => `  k${index}: v`);
      write(root, "x.yaml", configMap("wide", `data:\n${keys.join("\n")}\n  k7: duplicate\n`));
    },
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml", line: 200_006, column: 3, message: "duplicate key" }],
  },
  {
    name: "binary file named yaml",
    build: (root) => {
      const bytes = Buffer.alloc(64 * 1024);
      for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7919 + 13) & 0xff;
      write(root, "x.yaml", bytes);
    },
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml" }],
  },
  {
    name: "invalid UTF-8",
    build: (root) => write(root, "x.yaml", Buffer.concat([Buffer.from(configMap("bad", "data:\n  k: ")), Buffer.from([0xc3, 0x28]), Buffer.from("\n")])),
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml", line: 6, column: 6, message: "not valid UTF-8" }],
  },
  {
    name: "UTF-16LE with BOM",
    build: (root) => write(root, "x.yaml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(configMap("wide", "  name: again\n"), "utf16le")])),
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml", line: 5, column: 3, message: "duplicate key" }],
  },
  {
    name: "UTF-16BE with BOM",
    build: (root) => write(root, "x.yaml", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(configMap("wide", "  name: again\n"), "utf16le").swap16()])),
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml", line: 5, column: 3, message: "duplicate key" }],
  },
  {
    name: "NUL byte",
    build: (root) => write(root, "x.yaml", configMap("nul", "data:\n  k: a\u0000b\n")),
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml", line: 6, column: 7, message: "U+0000" }],
  },
  {
    name: "CRLF line endings",
    build: (root) => write(root, "x.yaml", configMap("crlf", "  name: again\ndata:\n  k: v\n  k: w\n").replace(/\n/g, "\r\n")),
    expect: [
      { ruleId: "yaml/syntax", file: "x.yaml", line: 5, column: 3, message: "duplicate key" },
      { ruleId: "yaml/syntax", file: "x.yaml", line: 8, column: 3, message: "duplicate key" },
    ],
  },
  {
    name: "lone CR line endings",
    build: (root) => write(root, "x.yaml", configMap("cr", "  name: again\ndata:\n  k: v\n  k: w\n").replace(/\n/g, "\r")),
    expect: [
      { ruleId: "yaml/syntax", file: "x.yaml", line: 5, column: 3, message: "duplicate key" },
      { ruleId: "yaml/syntax", file: "x.yaml", line: 8, column: 3, message: "duplicate key" },
    ],
  },
  {
    name: "10,000 documents in one file",
    build: (root) => {
      const documents = Array.from({ length: 10_000 }, (_, index) => `---\n${configMap(`cm-${index}`)}`);
      write(root, "x.yaml", `${documents.join("")}  name: again\n`);
    },
    // Each document is 5 lines; the duplicate name is the 6th line of the last one.
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml", line: 50_001, column: 3, message: "duplicate key" }],
  },
  {
    name: "20,000 documents with an unclosed quote each",
    build: (root) => write(root, "x.yaml", Array.from({ length: 20_000 }, (_, index) => `---\nk: "x${index}\n`).join("")),
    expect: [
      { ruleId: "yaml/syntax", file: "x.yaml", line: 2, column: 4, message: "never closed" },
      { ruleId: "yaml/syntax", file: "x.yaml", line: 40_000, column: 4, message: "never closed" },
    ],
  },
  {
    name: "documents above limits.maxDocumentsPerFile",
    build: (root) => {
      write(root, ".plumbline.yaml", "limits:\n  maxDocumentsPerFile: 1000\n");
      write(root, "x.yaml", Array.from({ length: 10_000 }, (_, index) => `---\n${configMap(`cm-${index}`)}`).join(""));
    },
    expect: [{ ruleId: "repo/limit", file: "x.yaml", line: 5_001, message: "limits.maxDocumentsPerFile" }],
  },
  {
    name: "NAD with 5 MB of nested JSON arrays",
    build: (root) => {
      const depth = 2_500_000;
      const config = `${"[".repeat(depth)}${"]".repeat(depth)}`;
      write(
        root,
        "x.yaml",
        [
          "apiVersion: k8s.cni.cncf.io/v1",
          "kind: NetworkAttachmentDefinition",
          "metadata:",
          "  name: deep",
          "  namespace: default",
          "spec:",
          `  config: '${config}'`,
          "",
        ].join("\n"),
      );
    },
    expect: [{ ruleId: "nad/config-json", file: "x.yaml", line: 7, message: "limits.maxJsonDepth" }],
  },
  {
    name: "networks annotation of 1 MB",
    build: (root) => {
      const names = Array.from({ length: 100_000 }, (_, index) => `net-${index}`).join(",").slice(0, 1024 * 1024).replace(/,?[^,]*$/, "");
      write(
        root,
        "x.yaml",
        [
          "apiVersion: v1",
          "kind: Pod",
          "metadata:",
          "  name: crowded",
          "  namespace: default",
          "  annotations:",
          `    k8s.v1.cni.cncf.io/networks: "${names}"`,
          "spec:",
          "  containers:",
          "    - name: app",
          "      image: registry.example.com/app:1.0",
          "",
        ].join("\n"),
      );
    },
    expect: [{ ruleId: "attachment/syntax", file: "x.yaml", line: 7, column: 34, message: "limits.maxAnnotationBytes" }],
  },
  {
    name: "symlink loop",
    build: (root) => {
      symlinkSync("b.yaml", join(root, "a.yaml"));
      symlinkSync("a.yaml", join(root, "b.yaml"));
      symlinkSync(".", join(root, "self"));
      write(root, "ok.yaml", configMap("ok"));
    },
    expect: [
      { ruleId: "repo/unreadable", file: "a.yaml", line: 1, message: "cannot be resolved" },
      { ruleId: "repo/unreadable", file: "b.yaml", line: 1, message: "cannot be resolved" },
    ],
  },
  {
    name: "symlink to /etc/passwd named x.yaml",
    build: (root) => symlinkSync("/etc/passwd", join(root, "x.yaml")),
    expect: [{ ruleId: "repo/unreadable", file: "x.yaml", line: 1, message: "outside the repository root" }],
    absent: passwdMarker,
  },
  {
    name: "folder symlink to /",
    build: (root) => {
      symlinkSync("/", join(root, "host"));
      write(root, ".plumbline.yaml", CONFIG_WITH_REPO_URL);
      write(root, "apps/app.yaml", application("apps"));
    },
    expect: [{ ruleId: "repo/out-of-bounds-symlink", file: "host", line: 1 }],
    absent: passwdMarker,
  },
  {
    name: "Application path ../../..",
    build: (root) => {
      write(root, ".plumbline.yaml", CONFIG_WITH_REPO_URL);
      write(root, "apps/app.yaml", application("../../.."));
    },
    expect: [{ ruleId: "argocd/path-invalid", file: "apps/app.yaml", line: 11 }],
  },
  {
    name: "Application path /etc",
    build: (root) => {
      write(root, ".plumbline.yaml", CONFIG_WITH_REPO_URL);
      write(root, "apps/app.yaml", application("/etc"));
    },
    expect: [{ ruleId: "argocd/path-invalid", file: "apps/app.yaml", line: 11 }],
    absent: passwdMarker,
  },
  {
    name: "Application path through a symlink out of the root",
    build: (root) => {
      symlinkSync("/etc", join(root, "escape"));
      write(root, ".plumbline.yaml", CONFIG_WITH_REPO_URL);
      write(root, "apps/app.yaml", application("escape"));
    },
    expect: [
      { ruleId: "repo/out-of-bounds-symlink", file: "escape", line: 1 },
      { ruleId: "argocd/path-missing", file: "apps/app.yaml", line: 11 },
    ],
    absent: passwdMarker,
  },
  {
    name: "FIFO named x.yaml",
    build: (root) => {
      execFileSync("mkfifo", [join(root, "x.yaml")]);
      write(root, "ok.yaml", configMap("ok"));
    },
    expect: [{ ruleId: "repo/unreadable", file: "x.yaml", line: 1, message: "FIFO" }],
    skip: canMakeFifo,
  },
  {
    name: "unreadable file",
    build: (root) => {
      write(root, "x.yaml", configMap("secret"));
      chmodSync(join(root, "x.yaml"), 0o000);
    },
    expect: [{ ruleId: "repo/unreadable", file: "x.yaml", line: 1, message: "permission denied" }],
    skip: () =>
      process.getuid?.() === 0 ? "running as root, where chmod 000 does not stop reads; unreadable-as-user.test.ts runs this case as nobody" : undefined,
  },
  {
    name: "config with an unknown key",
    build: (root) => {
      write(root, ".plumbline.yaml", "exclude: []\nlimitz:\n  maxFileBytes: 10\n");
      write(root, "ok.yaml", configMap("ok"));
    },
    expect: [],
    status: 2,
    stderr: 'unknown key "limitz"',
  },
  {
    name: "config with a wrong type",
    build: (root) => {
      write(root, ".plumbline.yaml", "limits:\n  maxFileBytes: lots\n");
      write(root, "ok.yaml", configMap("ok"));
    },
    expect: [],
    status: 2,
    stderr: "limits.maxFileBytes",
  },
  {
    name: "config with an invalid exclude glob",
    build: (root) => {
      write(root, ".plumbline.yaml", 'exclude: ["[z-a]/**", "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{a,b}"]\n');
      write(root, "x.yaml", configMap("x", "  name: again\n"));
    },
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml", line: 5 }],
  },
  {
    name: "config with an invalid root app glob",
    build: (root) => {
      write(root, ".plumbline.yaml", `${CONFIG_WITH_REPO_URL}argocd:\n  rootApps: ["[z-a]", "apps/{a,b"]\n`);
      write(root, "apps/app.yaml", application("../../.."));
    },
    expect: [{ ruleId: "argocd/path-invalid", file: "apps/app.yaml", line: 11 }],
  },
  {
    name: "Application include glob with a reversed range",
    build: (root) => {
      write(root, ".plumbline.yaml", CONFIG_WITH_REPO_URL);
      write(root, "apps/app.yaml", application("manifests").replace("    targetRevision: HEAD\n", '    targetRevision: HEAD\n    directory:\n      include: "[z-a]"\n'));
      write(root, "manifests/cm.yaml", configMap("cm", "  name: again\n"));
    },
    expect: [
      { ruleId: "argocd/glob", file: "apps/app.yaml", line: 12, column: 16 },
      { ruleId: "yaml/syntax", file: "manifests/cm.yaml", line: 5 },
    ],
  },
  {
    name: "config alias bomb",
    build: (root) => {
      const lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
      for (let level = 1; level <= 9; level++) lines.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(", ")}]`);
      write(root, ".plumbline.yaml", `${lines.join("\n")}\n`);
    },
    expect: [],
    status: 2,
    stderr: ".plumbline.yaml",
  },
  {
    name: "config symlink to /etc/passwd",
    build: (root) => {
      symlinkSync("/etc/passwd", join(root, ".plumbline.yaml"));
      write(root, "ok.yaml", configMap("ok"));
    },
    expect: [],
    status: 2,
    stderr: ".plumbline.yaml",
    absent: passwdMarker,
  },
  {
    name: "FIFO template in a Helm chart",
    build: (root) => {
      write(root, ".plumbline.yaml", CONFIG_WITH_REPO_URL);
      write(root, "chart/Chart.yaml", "apiVersion: v2\nname: hostile\nversion: 1.0.0\n");
      mkdirSync(join(root, "chart/templates"));
      execFileSync("mkfifo", [join(root, "chart/templates/x.yaml")]);
      write(root, "apps/app.yaml", application("chart"));
      write(root, "x.yaml", configMap("x", "  name: again\n"));
    },
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml", line: 5 }],
    skip: canMakeFifo,
  },
  {
    name: "FIFO as .plumbline.yaml",
    build: (root) => {
      execFileSync("mkfifo", [join(root, ".plumbline.yaml")]);
      write(root, "ok.yaml", configMap("ok"));
    },
    expect: [],
    status: 2,
    stderr: ".plumbline.yaml",
    skip: canMakeFifo,
  },
  {
    name: "FIFO as .git/config",
    build: (root) => {
      mkdirSync(join(root, ".git"));
      execFileSync("mkfifo", [join(root, ".git/config")]);
      write(root, "x.yaml", configMap("x", "  name: again\n"));
    },
    expect: [{ ruleId: "yaml/syntax", file: "x.yaml", line: 5 }],
    skip: canMakeFifo,
  },
  {
    name: "kustomization that includes itself",
    build: (root) => {
      write(root, ".plumbline.yaml", CONFIG_WITH_REPO_URL);
      write(root, "base/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../base\n  - cm.yaml\n");
      write(root, "base/cm.yaml", configMap("cm", "  name: again\n"));
      write(root, "apps/app.yaml", application("base"));
    },
    expect: [
      { ruleId: "kustomize/cycle", file: "base/kustomization.yaml", line: 4 },
      { ruleId: "yaml/syntax", file: "base/cm.yaml", line: 5 },
    ],
  },
];

export { REPO_URL };
