import { BY_NAD_FILE, NAD_READS, nadModels } from "../../cni/nad-model.js";
import type { Rule } from "../../types.js";
import { reportInConfig } from "./report.js";

// Names of host-OS interfaces (macOS, Windows, physical Linux NICs) that never exist inside the
// node containers of kind and Docker Desktop, whose only link is eth0.
const HOST_OS_INTERFACES: [RegExp, string][] = [
  [/^(en|bridge|utun|awdl|llw|anpi|gif|stf|ap)\d+$/, "a macOS host interface"],
  [/^lo0$/, "a macOS host interface"],
  [/^(ethernet|wi-?fi|local area connection|vethernet|wireless)/i, "a Windows host interface"],
  [/^(enp|ens|eno|enx|wlp|wlx|wlan)[0-9a-z]*$/, "a physical NIC name of a Linux host"],
  [/^docker0$/, "the host's Docker bridge"],
];

const PROFILE_LABEL: Record<string, string> = { kind: "kind", "docker-desktop": "Docker Desktop" };

export const masterInterface: Rule = {
  id: "nad/master-interface",
  defaultSeverity: "warning",
  description: "master is an address alias or an invalid interface name, or names a host-OS interface that the cluster profile's nodes do not have",
  tags: ["multus", "cni"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  check(context) {
    const profile = context.config.cluster.profile;
    for (const model of nadModels(context.workspace)) {
      if (model.configStatus !== "ok") continue;
      for (const plugin of model.plugins) {
        const master = plugin.config.master;
        if (typeof master !== "string") continue;
        const at = (message: string) => reportInConfig(context, model, [...plugin.jsonPath, "master"], message);

        if (master.includes(":")) {
          at(`master "${master}" is an address alias, not a link, so the plugin fails with "failed to lookup master"; use the link name "${master.split(":")[0]}"`);
          continue;
        }
        // Linux dev_valid_name: 1 to 15 bytes, not "." or "..", no "/" or white space.
        if (master === "" || master.length > 15 || master === "." || master === ".." || /[\s/]/.test(master)) {
          at(`master "${master}" is not a valid interface name (1 to 15 characters, no "/", ":" or white space); use the node's link name, for example "eth1"`);
          continue;
        }
        const label = PROFILE_LABEL[profile];
        if (!label) continue;
        const hostName = HOST_OS_INTERFACES.find(([pattern]) => pattern.test(master));
        if (hostName) {
          at(`master "${master}" is ${hostName[1]}; the nodes of a ${label} cluster are containers whose link is eth0, so the plugin fails with "failed to lookup master"; use "eth0"`);
        }
      }
    }
  },
};
