// The Argo CD family: Application, app-of-apps and ApplicationSet checks, and the repository-wide
// symlink check that blocks every Argo CD app of a repository.
import type { Rule } from "../../types.js";
import { appCycle } from "./app-cycle.js";
import { appNamespace } from "./app-namespace.js";
import { appsetGenerator } from "./appset-generator.js";
import { appsetTemplate } from "./appset-template.js";
import { defaultValuedField } from "./default-valued-field.js";
import { destinationRule } from "./destination.js";
import { duplicateApp } from "./duplicate-app.js";
import { externalSource } from "./external-source.js";
import { globPitfall } from "./glob.js";
import { multipleOwners } from "./multiple-owners.js";
import { namespaceNotCreated } from "./namespace-not-created.js";
import { nonManifestFile } from "./non-manifest-file.js";
import { orphanApp } from "./orphan-app.js";
import { outOfBoundsSymlink } from "./out-of-bounds-symlink.js";
import { pathEmpty } from "./path-empty.js";
import { pathInvalid } from "./path-invalid.js";
import { pathMissing } from "./path-missing.js";
import { projectRule } from "./project.js";
import { repoUrlVariants } from "./repo-url-variants.js";
import { revisionRule } from "./revision.js";
import { selfInclude } from "./self-include.js";
import { sourceRule } from "./source.js";
import { toolOverride } from "./tool-override.js";
import { unmanagedManifest } from "./unmanaged-manifest.js";

export const argocdRules: Rule[] = [
  outOfBoundsSymlink,
  pathMissing,
  pathInvalid,
  pathEmpty,
  globPitfall,
  nonManifestFile,
  toolOverride,
  sourceRule,
  externalSource,
  repoUrlVariants,
  orphanApp,
  selfInclude,
  appCycle,
  multipleOwners,
  duplicateApp,
  appNamespace,
  projectRule,
  destinationRule,
  namespaceNotCreated,
  defaultValuedField,
  unmanagedManifest,
  revisionRule,
  appsetGenerator,
  appsetTemplate,
];
