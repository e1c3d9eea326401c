// A Mermaid flowchart of the repository's deployment graph: root Applications, the child
// Applications they render, the NADs and the workloads attached to them. Edges that findings break
// are drawn as red crossed links: an Application no root renders (`argocd/orphan-app`) and a
// reference to a NAD the repo lacks (`attachment/unknown-network`). GitHub renders a ```mermaid
// block in Markdown, including the job summary.
import { appGraph } from "../argocd/graph.js";
import { nadModels } from "../cni/nad-model.js";
import type { LintResult } from "../lint.js";
import type { Finding } from "../types.js";
import type { ApplicationModel, K8sObject } from "../workspace/workspace.js";
import { linePos } from "../workspace/yaml-model.js";
import { attachments } from "./attachments.js";
import type { Reporter } from "./reporter.js";

/** Above this many nodes only the part that findings or focus files touch is drawn. */
export const MAX_DIAGRAM_NODES = 60;

const ORPHAN_RULE = "argocd/orphan-app";
const UNKNOWN_NETWORK_RULE = "attachment/unknown-network";

type NodeKind = "app" | "nad" | "workload" | "missing" | "noroot";

/** Mermaid node shapes: rounded Applications, hexagon NADs, stadium for the "no root" marker. */
const SHAPES: Record<NodeKind, string> = {
  app: '("LABEL")',
  nad: '{{"LABEL"}}',
  workload: '["LABEL"]',
  missing: '["LABEL"]',
  noroot: '(["LABEL"])',
};

interface DiagramNode {
  key: string;
  kind: NodeKind;
  label: string;
  file?: string;
  hasFinding: boolean;
}

interface DiagramEdge {
  from: string;
  to: string;
  broken: boolean;
}

export interface DiagramOptions {
  /** Files whose part of the graph must be drawn even on a large repo (e.g. a pull request's files). */
  focusFiles?: ReadonlySet<string>;
  maxNodes?: number;
}

export interface Diagram {
  /** Mermaid source without the Markdown fence; empty when there is nothing to draw. */
  text: string;
  nodes: number;
  /** Nodes left out because the graph was too large. */
  omitted: number;
}

/** Builds the diagram; on a large graph keeps the findings' and focus files' neighbourhood. */
export function mermaidDiagram(result: LintResult, options: DiagramOptions = {}): Diagram {
  const graph = buildGraph(result);
  const maxNodes = options.maxNodes ?? MAX_DIAGRAM_NODES;
  if (graph.nodes.size === 0) return { text: "", nodes: 0, omitted: 0 };

  let keep = new Set(graph.nodes.keys());
  if (keep.size > maxNodes) {
    // The FILE arguments of the lint count as focus files, so `plumbline --format mermaid FILE` draws FILE's part.
    const given = [...graph.nodes.values()].flatMap((node) => (node.file !== undefined && result.reportedIn?.(node.file) ? [node.file] : []));
    const focus = new Set([...(options.focusFiles ?? []), ...given, ...result.findings.map((finding) => finding.file)]);
    keep = neighbourhood(graph, focus, maxNodes);
    // Nothing to focus on: draw the first nodes rather than claim there is nothing to draw.
    if (keep.size === 0) keep = new Set([...graph.nodes.keys()].slice(0, maxNodes));
  }
  const text = keep.size === 0 ? "" : render(graph, keep);
  return { text, nodes: keep.size, omitted: graph.nodes.size - keep.size };
}

interface Graph {
  nodes: Map<string, DiagramNode>;
  edges: DiagramEdge[];
}

function buildGraph(result: LintResult): Graph {
  const { workspace } = result;
  const nodes = new Map<string, DiagramNode>();
  const edges: DiagramEdge[] = [];
  const findingsByFile = groupByFile(result.findings);
  const touches = (object: K8sObject, ruleId?: string): boolean => findingsIn(object, findingsByFile, ruleId).length > 0;

  const addObject = (kind: NodeKind, object: K8sObject, label: string): string => {
    const key = `${kind}:${object.file.path}:${object.documentIndex}:${object.kind}:${object.namespace ?? ""}/${object.name}`;
    if (!nodes.has(key)) nodes.set(key, { key, kind, label, file: object.file.path, hasFinding: touches(object) });
    return key;
  };

  // Applications and the app-of-apps edges.
  const apps = appGraph(workspace);
  const appKey = new Map<ApplicationModel, string>();
  for (const app of workspace.applications) appKey.set(app, addObject("app", app.object, `app ${app.object.name}`));
  const rendersFile = new Map<string, ApplicationModel[]>();
  for (const app of workspace.applications) {
    for (const file of app.renderedFiles) {
      const list = rendersFile.get(file) ?? [];
      list.push(app);
      rendersFile.set(file, list);
    }
  }
  for (const child of workspace.applications) {
    const parents = (rendersFile.get(child.object.file.path) ?? []).filter((parent) => parent !== child);
    for (const parent of parents) edges.push({ from: appKey.get(parent)!, to: appKey.get(child)!, broken: false });
    const orphan = parents.length === 0 && touches(child.object, ORPHAN_RULE);
    // The label follows the model, not the findings: FILE arguments can filter the orphan finding out.
    const node = apps.nodeOfApp.get(child);
    if (parents.length === 0 && !orphan && node !== undefined && apps.roots.has(node)) nodes.get(appKey.get(child)!)!.label = `root app ${child.object.name}`;
    if (orphan) {
      const noRoot = "noroot";
      if (!nodes.has(noRoot)) nodes.set(noRoot, { key: noRoot, kind: "noroot", label: "no root app renders this", hasFinding: true });
      edges.push({ from: noRoot, to: appKey.get(child)!, broken: true });
    }
  }

  // NADs, with the Applications that render them.
  const nadKey = new Map<K8sObject, string>();
  for (const nad of nadModels(workspace)) {
    const key = addObject("nad", nad.object, `NAD ${qualified(nad.object)}`);
    nadKey.set(nad.object, key);
    for (const app of rendersFile.get(nad.object.file.path) ?? []) edges.push({ from: appKey.get(app)!, to: key, broken: false });
  }

  // Workloads attached to NADs, and the references that resolve to nothing.
  for (const { workload, references } of attachments(workspace)) {
    const key = addObject("workload", workload, `${workload.kind} ${qualified(workload)}`);
    for (const app of rendersFile.get(workload.file.path) ?? []) edges.push({ from: appKey.get(app)!, to: key, broken: false });
    for (const reference of references) {
      for (const nad of reference.nads) edges.push({ from: key, to: nadKey.get(nad.object)!, broken: false });
      if (reference.nads.length === 0 && touches(workload, UNKNOWN_NETWORK_RULE)) {
        const name = `${reference.namespace ? `${reference.namespace}/` : ""}${reference.name}`;
        const missing = `missing:${name}`;
        if (!nodes.has(missing)) nodes.set(missing, { key: missing, kind: "missing", label: `missing NAD ${name}`, hasFinding: true });
        edges.push({ from: key, to: missing, broken: true });
      }
    }
  }

  return { nodes, edges: dedupe(edges) };
}

/**
 * Keeps the nodes in focus files or with findings, their neighbours, and the chain of parents up to
 * a root, so a trimmed diagram still shows where a broken piece hangs. Stops at `maxNodes`.
 */
function neighbourhood(graph: Graph, focus: ReadonlySet<string>, maxNodes: number): Set<string> {
  // Broken links first, then other findings, then focus files: the trimmed picture shows what broke.
  const onBrokenEdge = new Set(graph.edges.filter((edge) => edge.broken).flatMap((edge) => [edge.from, edge.to]));
  const rank = (node: DiagramNode): number => {
    if (onBrokenEdge.has(node.key)) return 0;
    return node.hasFinding ? 1 : 2;
  };
  const seeds = [...graph.nodes.values()].filter((node) => rank(node) < 2 || (node.file !== undefined && focus.has(node.file)));
  seeds.sort((a, b) => rank(a) - rank(b));
  const parents = new Map<string, string[]>();
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    push(parents, edge.to, edge.from);
    push(neighbours, edge.to, edge.from);
    push(neighbours, edge.from, edge.to);
  }

  const keep = new Set<string>();
  const add = (key: string): boolean => {
    if (keep.size >= maxNodes) return false;
    keep.add(key);
    return true;
  };
  for (const seed of seeds) {
    if (!add(seed.key)) break;
    for (const next of neighbours.get(seed.key) ?? []) add(next);
    const stack = [...(parents.get(seed.key) ?? [])];
    while (stack.length > 0) {
      const parent = stack.pop()!;
      if (keep.has(parent) && parent !== seed.key) continue;
      if (!add(parent)) break;
      stack.push(...(parents.get(parent) ?? []));
    }
  }
  return keep;
}

function render(graph: Graph, keep: ReadonlySet<string>): string {
  const ids = new Map<string, string>();
  let counter = 0;
  const idOf = (key: string): string => {
    let id = ids.get(key);
    if (!id) {
      counter += 1;
      id = `n${counter}`;
      ids.set(key, id);
    }
    return id;
  };

  const lines = ["flowchart LR"];
  for (const node of graph.nodes.values()) {
    if (!keep.has(node.key)) continue;
    const label = escapeLabel(node.label);
    const shape = SHAPES[node.kind].replace("LABEL", () => label);
    lines.push(`  ${idOf(node.key)}${shape}:::${node.kind}${node.hasFinding && node.kind !== "missing" && node.kind !== "noroot" ? "Finding" : ""}`);
  }

  const brokenLinks: number[] = [];
  let linkIndex = 0;
  for (const edge of graph.edges) {
    if (!keep.has(edge.from) || !keep.has(edge.to)) continue;
    lines.push(`  ${idOf(edge.from)} ${edge.broken ? "--x" : "-->"} ${idOf(edge.to)}`);
    if (edge.broken) brokenLinks.push(linkIndex);
    linkIndex += 1;
  }
  if (brokenLinks.length > 0) lines.push(`  linkStyle ${brokenLinks.join(",")} stroke:#d1242f,stroke-width:2px,stroke-dasharray:5 4`);

  lines.push(
    "  classDef app fill:#ddf4ff,stroke:#0969da",
    "  classDef appFinding fill:#ddf4ff,stroke:#d1242f,stroke-width:3px",
    "  classDef nad fill:#fff8c5,stroke:#9a6700",
    "  classDef nadFinding fill:#fff8c5,stroke:#d1242f,stroke-width:3px",
    "  classDef workload fill:#f6f8fa,stroke:#59636e",
    "  classDef workloadFinding fill:#f6f8fa,stroke:#d1242f,stroke-width:3px",
    "  classDef missing fill:#ffebe9,stroke:#d1242f,stroke-dasharray:5 4",
    "  classDef noroot fill:#ffebe9,stroke:#d1242f,stroke-dasharray:5 4",
  );
  return `${lines.join("\n")}\n`;
}

/** Mermaid labels in double quotes take `#quot;`-style entity codes for characters that end or break them. */
function escapeLabel(text: string): string {
  return text.replaceAll("#", "#35;").replaceAll('"', "#quot;").replaceAll("<", "#lt;").replaceAll(">", "#gt;").replaceAll("\n", " ");
}

function qualified(object: K8sObject): string {
  return object.namespace ? `${object.namespace}/${object.name}` : object.name;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) push(map, finding.file, finding);
  return map;
}

/** Findings inside an object's lines, optionally of one rule. */
function findingsIn(object: K8sObject, byFile: ReadonlyMap<string, Finding[]>, ruleId?: string): Finding[] {
  const list = byFile.get(object.file.path) ?? [];
  const range = object.node.range;
  const lineStarts = object.file.lineStarts;
  if (!range || !lineStarts) return list.filter((finding) => !ruleId || finding.ruleId === ruleId);
  const first = linePos(lineStarts, range[0]).line;
  const last = linePos(lineStarts, range[2]).line;
  return list.filter((finding) => (!ruleId || finding.ruleId === ruleId) && finding.line >= first && finding.line <= last);
}

function dedupe(edges: DiagramEdge[]): DiagramEdge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const key = `${edge.from}|${edge.to}|${edge.broken}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const mermaidReporter: Reporter = {
  name: "mermaid",
  render(result) {
    const diagram = mermaidDiagram(result);
    if (diagram.text === "") return "%% plumbline: no Argo CD Application, NAD or attached workload to draw\n";
    if (diagram.omitted === 0) return diagram.text;
    return diagram.text.replace("\n", `\n  %% ${diagram.omitted} nodes that no finding touches are left out\n`);
  },
};
