import type { Rule } from "../../types.js";
import { appStatus } from "./app-status.js";
import { attachmentMissing } from "./attachment-missing.js";
import { clusterUnreachable } from "./cluster-unreachable.js";
import { multusNotReady } from "./multus-not-ready.js";
import { nadCrdMissing } from "./nad-crd-missing.js";
import { nadDrift } from "./nad-drift.js";
import { nadMissing } from "./nad-missing.js";
import { podMissing } from "./pod-missing.js";

export const liveRules: Rule[] = [
  clusterUnreachable,
  nadCrdMissing,
  multusNotReady,
  nadMissing,
  nadDrift,
  attachmentMissing,
  podMissing,
  appStatus,
];
