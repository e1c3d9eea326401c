import { BY_NAD_FILE, NAD_READS, nadModels } from "../../cni/nad-model.js";
import { DEVICE_PLUGINS } from "../../cni/plugins.js";
import type { Rule } from "../../types.js";
import { reportInConfig } from "./report.js";

const HOST_DEVICE_SELECTORS = ["device", "hwaddr", "kernelpath", "pciBusID", "deviceID"];

// Multus injects deviceID and pciBusID from the device allocated under the NAD's resourceName
// (pkg/k8sclient/k8sclient.go); sriov-cni fails without one ("VF pci addr is required").
export const resourceName: Rule = {
  id: "nad/resource-name",
  defaultSeverity: "error",
  description: "An sriov or ib-sriov NAD, or a host-device NAD without a device field, lacks the resourceName annotation",
  tags: ["multus", "cni", "sriov"],
  reads: NAD_READS,
  partition: BY_NAD_FILE,
  check(context) {
    for (const model of nadModels(context.workspace)) {
      if (model.configStatus !== "ok" || (model.resourceName && model.resourceName.trim() !== "")) continue;
      for (const plugin of model.plugins) {
        if (!plugin.type) continue;
        const hasDeviceId = typeof plugin.config.deviceID === "string" && plugin.config.deviceID !== "";
        if (DEVICE_PLUGINS.has(plugin.type) && !hasDeviceId) {
          reportInConfig(
            context,
            model,
            [...plugin.jsonPath, "type"],
            `"${plugin.type}" gets its device from a device plugin, but the NAD has no "k8s.v1.cni.cncf.io/resourceName" annotation, so Multus passes no deviceID and the plugin fails; add the annotation with the device plugin's resource, for example intel.com/sriov_netdevice`,
          );
        } else if (plugin.type === "host-device" && !HOST_DEVICE_SELECTORS.some((key) => plugin.config[key] !== undefined && plugin.config[key] !== "")) {
          reportInConfig(
            context,
            model,
            [...plugin.jsonPath, "type"],
            `"host-device" names no device ("device", "hwaddr", "kernelpath" or "pciBusID") and the NAD has no "k8s.v1.cni.cncf.io/resourceName" annotation to get one from a device plugin; set "device" or add the annotation`,
          );
        }
      }
    }
  },
};
