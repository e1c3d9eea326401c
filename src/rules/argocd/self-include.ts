import { appGraph } from "../../argocd/graph.js";
import type { Rule } from "../../types.js";
import { appRange, appResource, describeApp, sourceRange } from "./shared.js";

export const selfInclude: Rule = {
  id: "argocd/self-include",
  defaultSeverity: "error",
  description: "An Application renders its own manifest",
  tags: ["argocd"],
  check({ workspace, report }) {
    const graph = appGraph(workspace);
    for (const node of graph.selfIncluding) {
      const app = node.app!;
      const own = node.object.file.path;
      const source = app.sources.find((model) => model.render?.files.includes(own));
      const range = source ? sourceRange(workspace, app, source.source, "path") : appRange(workspace, app, ["metadata", "name"]);
      const from = source?.source.path !== undefined ? ` from path "${source.source.path}"` : "";
      report({
        file: own,
        range,
        resource: appResource(app),
        message: `${describeApp(app)} renders its own manifest "${own}"${from}, so it manages itself and a change or prune of it can delete it; move the manifest out of the path or exclude it`,
      });
    }
  },
};
