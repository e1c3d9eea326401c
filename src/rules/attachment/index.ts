import type { Rule } from "../../types.js";
import { annotationKey } from "./annotation-key.js";
import { capability } from "./capability.js";
import { crossNamespace } from "./cross-namespace.js";
import { defaultNetwork } from "./default-network.js";
import { defaultRoute } from "./default-route.js";
import { interfaceName } from "./interface.js";
import { ips } from "./ips.js";
import { mac } from "./mac.js";
import { misplaced } from "./misplaced.js";
import { nadIpamPerNode } from "./nad-ipam-per-node.js";
import { nadUnused } from "./nad-unused.js";
import { resourceRequest } from "./resource-request.js";
import { statusInGit } from "./status-in-git.js";
import { syntax } from "./syntax.js";
import { unknownKey } from "./unknown-key.js";
import { unknownNetwork } from "./unknown-network.js";

// The pod network annotation rules, in catalog order (attachment/capability is new and sits next
// to the mac rule), followed by the two NAD rules that need the workloads' references.
export const attachmentRules: Rule[] = [
  syntax,
  unknownKey,
  annotationKey,
  misplaced,
  unknownNetwork,
  crossNamespace,
  interfaceName,
  ips,
  mac,
  capability,
  defaultRoute,
  defaultNetwork,
  resourceRequest,
  statusInGit,
  nadIpamPerNode,
  nadUnused,
];
