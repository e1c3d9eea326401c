export const id = 285;
export const ids = [285,52];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUMMARY_MAX_BYTES: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   markdownReporter: () => (/* binding */ markdownReporter),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _mermaid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1052);


/** GitHub's limit for one step's summary is 1 MiB; the rest of the budget is a safety margin. */
const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
/** The table by file may take this much, so the list of findings keeps most of the budget. */
const FILE_TABLE_MAX_BYTES = 256 * 1024;
const SEVERITIES = ["error", "warning", "info"];
const ICON = { error: "🔴", warning: "🟠", info: "🔵" };
function renderMarkdown(result, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
    const out = new Budget(maxBytes - 2048);
    const { summary, findings } = result;
    const total = summary.errors + summary.warnings + summary.infos;
    out.add("## plumbline\n\n");
    out.add(total === 0
        ? `✅ No problems in ${plural(summary.files, "file")}.\n\n`
        : `${summary.errors > 0 ? "❌" : "⚠️"} ${plural(total, "finding")} (${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${summary.infos} info) in ${new Set(findings.map((finding) => finding.file)).size} of ${plural(summary.files, "file")}.\n\n`);
    for (const note of options.notes ?? [])
        out.add(`> ${cell(note)}\n>\n`);
    if ((options.notes ?? []).length > 0)
        out.add("\n");
    if (result.internalErrors.length > 0) {
        out.add("### Internal errors\n\nplumbline failed while checking; these are bugs in plumbline, not in the repository:\n\n");
        for (const message of result.internalErrors)
            out.add(`- ${cell(message.split("\n")[0])}\n`);
        out.add("\n");
    }
    out.add("| Severity | Findings |\n| --- | ---: |\n");
    out.add(`| ${ICON.error} error | ${summary.errors} |\n| ${ICON.warning} warning | ${summary.warnings} |\n| ${ICON.info} info | ${summary.infos} |\n\n`);
    const cut = [];
    if (total > 0) {
        out.add("### Findings by rule\n\n| Rule | Severity | Findings | What it checks |\n| --- | --- | ---: | --- |\n");
        const byRule = countBy(findings, (finding) => finding.ruleId);
        const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
        const ruleRows = [...byRule.entries()].sort(([a, x], [b, y]) => worst(x) - worst(y) || y.length - x.length || (a < b ? -1 : 1));
        const ruleCut = out.rows(ruleRows.map(([id, list]) => {
            const rule = rules.get(id);
            const severities = SEVERITIES.filter((severity) => list.some((finding) => finding.severity === severity)).join(", ");
            const link = rule ? `[\`${id}\`](${rule.docsUrl})` : `\`${id}\``;
            return `| ${link} | ${severities} | ${list.length} | ${cell(rule?.description ?? "")} |\n`;
        }));
        out.add("\n");
        if (ruleCut > 0)
            cut.push(`${plural(ruleCut, "row")} of the table by rule`);
    }
    const diagram = (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__.mermaidDiagram)(result, { focusFiles: options.focusFiles });
    if (diagram.text !== "") {
        const omitted = diagram.omitted > 0 ? `\n_${plural(diagram.omitted, "node")} that no finding or changed file touches are left out._\n` : "";
        const block = `### Deployment graph\n\nRed crossed links are references that findings report as broken.\n\n\`\`\`mermaid\n${diagram.text}\`\`\`\n${omitted}\n`;
        if (!out.add(block, 64 * 1024))
            cut.push("the deployment graph");
    }
    if (total > 0) {
        out.add("### Findings by file\n\n| File | Errors | Warnings | Infos |\n| --- | ---: | ---: | ---: |\n");
        const byFile = countBy(findings, (finding) => finding.file);
        const fileCut = out.rows([...byFile.entries()].map(([file, list]) => {
            const count = (severity) => list.filter((finding) => finding.severity === severity).length;
            return `| ${fileLink(file, list[0].line, options)} | ${count("error")} | ${count("warning")} | ${count("info")} |\n`;
        }), FILE_TABLE_MAX_BYTES);
        out.add("\n");
        if (fileCut > 0)
            cut.push(`${plural(fileCut, "row")} of the table by file`);
        out.add(`<details><summary>All ${plural(total, "finding")}</summary>\n\n| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n`);
        const ordered = [...findings].sort((a, b) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[a.severity] - _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[b.severity]);
        const findingCut = out.rows(ordered.map((finding) => `| ${fileLink(finding.file, finding.line, options, `:${finding.line}:${finding.column}`)} | ${ICON[finding.severity]} ${finding.severity} | \`${finding.ruleId}\` | ${cell(finding.message)} |\n`));
        out.add("\n</details>\n\n");
        if (findingCut > 0)
            cut.push(`${plural(findingCut, "row")} of the list of findings (the least severe)`);
    }
    if (cut.length > 0) {
        out.force(`_To keep this summary under GitHub's 1 MiB limit, ${cut.join(", ")} ${cut.length === 1 ? "was" : "were"} cut; ${options.fullReport ?? "run plumbline with --format json for every finding"}._\n`);
    }
    return out.text();
}
/** Accumulates text up to a byte budget; `rows` adds table rows until the budget runs out. */
class Budget {
    limit;
    parts = [];
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds `text` if it fits, keeping `reserve` bytes free for what follows; returns whether it was added. */
    add(text, reserve = 0) {
        const size = Buffer.byteLength(text);
        if (this.used + size + reserve > this.limit)
            return false;
        this.parts.push(text);
        this.used += size;
        return true;
    }
    /** Adds text past the budget, for the closing line about what was cut. The constructor's limit keeps a margin for it. */
    force(text) {
        this.parts.push(text);
        this.used += Buffer.byteLength(text);
    }
    /** Adds rows in order until one does not fit, in the budget or in `sectionLimit`; returns how many were left out. */
    rows(rows, sectionLimit = Infinity) {
        let section = 0;
        for (let index = 0; index < rows.length; index += 1) {
            section += Buffer.byteLength(rows[index]);
            if (section > sectionLimit || !this.add(rows[index], 1024))
                return rows.length - index;
        }
        return 0;
    }
    text() {
        return this.parts.join("");
    }
}
function fileLink(file, line, options, suffix = "") {
    const text = `${file}${suffix}`;
    const url = options.fileUrl?.(file, line);
    const code = text.includes("`") ? cell(text) : `\`${text}\``;
    return url ? `[${code}](${url})` : code;
}
/** Makes text safe inside a Markdown table cell: no line breaks, pipes escaped, no raw HTML. */
function cell(text) {
    return text.replace(/\r?\n/g, " ").replaceAll("|", "\\|").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function countBy(findings, key) {
    const map = new Map();
    for (const finding of findings) {
        const list = map.get(key(finding));
        if (list)
            list.push(finding);
        else
            map.set(key(finding), [finding]);
    }
    return map;
}
function worst(findings) {
    return Math.min(...findings.map((finding) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[finding.severity]));
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
const markdownReporter = {
    name: "markdown",
    render(result) {
        return renderMarkdown(result);
    },
};


/***/ }),

/***/ 1052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_DIAGRAM_NODES: () => (/* binding */ MAX_DIAGRAM_NODES),
  mermaidDiagram: () => (/* binding */ mermaidDiagram),
  mermaidReporter: () => (/* binding */ mermaidReporter)
});

// EXTERNAL MODULE: ./src/argocd/graph.ts
var graph = __webpack_require__(2990);
// EXTERNAL MODULE: ./src/cni/nad-model.ts + 1 modules
var nad_model = __webpack_require__(3603);
// EXTERNAL MODULE: ./src/workspace/yaml-model.ts
var yaml_model = __webpack_require__(2782);
// EXTERNAL MODULE: ./src/multus/workloads.ts + 1 modules
var workloads = __webpack_require__(449);
;// CONCATENATED MODULE: ./src/report/attachments.ts

/** Returns every workload that requests at least one network, with the NADs each request resolves to. */
function attachments(workspace) {
    return (0,workloads/* workloads */.bH)(workspace)
        .filter((workload) => workload.requests.length > 0)
        .map((workload) => ({
        workload: workload.object,
        references: workload.requests.map((request) => ({
            namespace: request.namespace,
            name: request.name,
            nads: request.nads,
            external: request.external,
        })),
    }));
}

;// CONCATENATED MODULE: ./src/report/mermaid.ts
// A Mermaid flowchart of the repository's deployment graph: root Applications, the child
// Applications they render, the NADs and the workloads attached to them. Edges that findings break
// are drawn as red crossed links: an Application no root renders (`argocd/orphan-app`) and a
// reference to a NAD the repo lacks (`attachment/unknown-network`). GitHub renders a ```mermaid
// block in Markdown, including the job summary.




/** Above this many nodes only the part that findings or focus files touch is drawn. */
const MAX_DIAGRAM_NODES = 60;
const ORPHAN_RULE = "argocd/orphan-app";
const UNKNOWN_NETWORK_RULE = "attachment/unknown-network";
/** Mermaid node shapes: rounded Applications, hexagon NADs, stadium for the "no root" marker. */
const SHAPES = {
    app: '("LABEL")',
    nad: '{{"LABEL"}}',
    workload: '["LABEL"]',
    missing: '["LABEL"]',
    noroot: '(["LABEL"])',
};
/** Builds the diagram; on a large graph keeps the findings' and focus files' neighbourhood. */
function mermaidDiagram(result, options = {}) {
    const graph = buildGraph(result);
    const maxNodes = options.maxNodes ?? MAX_DIAGRAM_NODES;
    if (graph.nodes.size === 0)
        return { text: "", nodes: 0, omitted: 0 };
    let keep = new Set(graph.nodes.keys());
    if (keep.size > maxNodes) {
        // The FILE arguments of the lint count as focus files, so `plumbline --format mermaid FILE` draws FILE's part.
        const given = [...graph.nodes.values()].flatMap((node) => (node.file !== undefined && result.reportedIn?.(node.file) ? [node.file] : []));
        const focus = new Set([...(options.focusFiles ?? []), ...given, ...result.findings.map((finding) => finding.file)]);
        keep = neighbourhood(graph, focus, maxNodes);
        // Nothing to focus on: draw the first nodes rather than claim there is nothing to draw.
        if (keep.size === 0)
            keep = new Set([...graph.nodes.keys()].slice(0, maxNodes));
    }
    const text = keep.size === 0 ? "" : render(graph, keep);
    return { text, nodes: keep.size, omitted: graph.nodes.size - keep.size };
}
function buildGraph(result) {
    const { workspace } = result;
    const nodes = new Map();
    const edges = [];
    const findingsByFile = groupByFile(result.findings);
    const touches = (object, ruleId) => findingsIn(object, findingsByFile, ruleId).length > 0;
    const addObject = (kind, object, label) => {
        const key = `${kind}:${object.file.path}:${object.documentIndex}:${object.kind}:${object.namespace ?? ""}/${object.name}`;
        if (!nodes.has(key))
            nodes.set(key, { key, kind, label, file: object.file.path, hasFinding: touches(object) });
        return key;
    };
    // Applications and the app-of-apps edges.
    const apps = (0,graph/* appGraph */.y0)(workspace);
    const appKey = new Map();
    for (const app of workspace.applications)
        appKey.set(app, addObject("app", app.object, `app ${app.object.name}`));
    const rendersFile = new Map();
    for (const app of workspace.applications) {
        for (const file of app.renderedFiles) {
            const list = rendersFile.get(file) ?? [];
            list.push(app);
            rendersFile.set(file, list);
        }
    }
    for (const child of workspace.applications) {
        const parents = (rendersFile.get(child.object.file.path) ?? []).filter((parent) => parent !== child);
        for (const parent of parents)
            edges.push({ from: appKey.get(parent), to: appKey.get(child), broken: false });
        const orphan = parents.length === 0 && touches(child.object, ORPHAN_RULE);
        // The label follows the model, not the findings: FILE arguments can filter the orphan finding out.
        const node = apps.nodeOfApp.get(child);
        if (parents.length === 0 && !orphan && node !== undefined && apps.roots.has(node))
            nodes.get(appKey.get(child)).label = `root app ${child.object.name}`;
        if (orphan) {
            const noRoot = "noroot";
            if (!nodes.has(noRoot))
                nodes.set(noRoot, { key: noRoot, kind: "noroot", label: "no root app renders this", hasFinding: true });
            edges.push({ from: noRoot, to: appKey.get(child), broken: true });
        }
    }
    // NADs, with the Applications that render them.
    const nadKey = new Map();
    for (const nad of (0,nad_model/* nadModels */.Sf)(workspace)) {
        const key = addObject("nad", nad.object, `NAD ${qualified(nad.object)}`);
        nadKey.set(nad.object, key);
        for (const app of rendersFile.get(nad.object.file.path) ?? [])
            edges.push({ from: appKey.get(app), to: key, broken: false });
    }
    // Workloads attached to NADs, and the references that resolve to nothing.
    for (const { workload, references } of attachments(workspace)) {
        const key = addObject("workload", workload, `${workload.kind} ${qualified(workload)}`);
        for (const app of rendersFile.get(workload.file.path) ?? [])
            edges.push({ from: appKey.get(app), to: key, broken: false });
        for (const reference of references) {
            for (const nad of reference.nads)
                edges.push({ from: key, to: nadKey.get(nad.object), broken: false });
            if (reference.nads.length === 0 && touches(workload, UNKNOWN_NETWORK_RULE)) {
                const name = `${reference.namespace ? `${reference.namespace}/` : ""}${reference.name}`;
                const missing = `missing:${name}`;
                if (!nodes.has(missing))
                    nodes.set(missing, { key: missing, kind: "missing", label: `missing NAD ${name}`, hasFinding: true });
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
function neighbourhood(graph, focus, maxNodes) {
    // Broken links first, then other findings, then focus files: the trimmed picture shows what broke.
    const onBrokenEdge = new Set(graph.edges.filter((edge) => edge.broken).flatMap((edge) => [edge.from, edge.to]));
    const rank = (node) => {
        if (onBrokenEdge.has(node.key))
            return 0;
        return node.hasFinding ? 1 : 2;
    };
    const seeds = [...graph.nodes.values()].filter((node) => rank(node) < 2 || (node.file !== undefined && focus.has(node.file)));
    seeds.sort((a, b) => rank(a) - rank(b));
    const parents = new Map();
    const neighbours = new Map();
    for (const edge of graph.edges) {
        push(parents, edge.to, edge.from);
        push(neighbours, edge.to, edge.from);
        push(neighbours, edge.from, edge.to);
    }
    const keep = new Set();
    const add = (key) => {
        if (keep.size >= maxNodes)
            return false;
        keep.add(key);
        return true;
    };
    for (const seed of seeds) {
        if (!add(seed.key))
            break;
        for (const next of neighbours.get(seed.key) ?? [])
            add(next);
        const stack = [...(parents.get(seed.key) ?? [])];
        while (stack.length > 0) {
            const parent = stack.pop();
            if (keep.has(parent) && parent !== seed.key)
                continue;
            if (!add(parent))
                break;
            stack.push(...(parents.get(parent) ?? []));
        }
    }
    return keep;
}
function render(graph, keep) {
    const ids = new Map();
    let counter = 0;
    const idOf = (key) => {
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
        if (!keep.has(node.key))
            continue;
        const label = escapeLabel(node.label);
        const shape = SHAPES[node.kind].replace("LABEL", () => label);
        lines.push(`  ${idOf(node.key)}${shape}:::${node.kind}${node.hasFinding && node.kind !== "missing" && node.kind !== "noroot" ? "Finding" : ""}`);
    }
    const brokenLinks = [];
    let linkIndex = 0;
    for (const edge of graph.edges) {
        if (!keep.has(edge.from) || !keep.has(edge.to))
            continue;
        lines.push(`  ${idOf(edge.from)} ${edge.broken ? "--x" : "-->"} ${idOf(edge.to)}`);
        if (edge.broken)
            brokenLinks.push(linkIndex);
        linkIndex += 1;
    }
    if (brokenLinks.length > 0)
        lines.push(`  linkStyle ${brokenLinks.join(",")} stroke:#d1242f,stroke-width:2px,stroke-dasharray:5 4`);
    lines.push("  classDef app fill:#ddf4ff,stroke:#0969da", "  classDef appFinding fill:#ddf4ff,stroke:#d1242f,stroke-width:3px", "  classDef nad fill:#fff8c5,stroke:#9a6700", "  classDef nadFinding fill:#fff8c5,stroke:#d1242f,stroke-width:3px", "  classDef workload fill:#f6f8fa,stroke:#59636e", "  classDef workloadFinding fill:#f6f8fa,stroke:#d1242f,stroke-width:3px", "  classDef missing fill:#ffebe9,stroke:#d1242f,stroke-dasharray:5 4", "  classDef noroot fill:#ffebe9,stroke:#d1242f,stroke-dasharray:5 4");
    return `${lines.join("\n")}\n`;
}
/** Mermaid labels in double quotes take `#quot;`-style entity codes for characters that end or break them. */
function escapeLabel(text) {
    return text.replaceAll("#", "#35;").replaceAll('"', "#quot;").replaceAll("<", "#lt;").replaceAll(">", "#gt;").replaceAll("\n", " ");
}
function qualified(object) {
    return object.namespace ? `${object.namespace}/${object.name}` : object.name;
}
function groupByFile(findings) {
    const map = new Map();
    for (const finding of findings)
        push(map, finding.file, finding);
    return map;
}
/** Findings inside an object's lines, optionally of one rule. */
function findingsIn(object, byFile, ruleId) {
    const list = byFile.get(object.file.path) ?? [];
    const range = object.node.range;
    const lineStarts = object.file.lineStarts;
    if (!range || !lineStarts)
        return list.filter((finding) => !ruleId || finding.ruleId === ruleId);
    const first = (0,yaml_model/* linePos */.dR)(lineStarts, range[0]).line;
    const last = (0,yaml_model/* linePos */.dR)(lineStarts, range[2]).line;
    return list.filter((finding) => (!ruleId || finding.ruleId === ruleId) && finding.line >= first && finding.line <= last);
}
function dedupe(edges) {
    const seen = new Set();
    return edges.filter((edge) => {
        const key = `${edge.from}|${edge.to}|${edge.broken}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
const mermaidReporter = {
    name: "mermaid",
    render(result) {
        const diagram = mermaidDiagram(result);
        if (diagram.text === "")
            return "%% plumbline: no Argo CD Application, NAD or attached workload to draw\n";
        if (diagram.omitted === 0)
            return diagram.text;
        return diagram.text.replace("\n", `\n  %% ${diagram.omitted} nodes that no finding touches are left out\n`);
    },
};


/***/ })

};
