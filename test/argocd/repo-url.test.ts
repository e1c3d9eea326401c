// Repository URL normalisation: every spelling of one repository compares equal.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { normalizeRepoURL, sameRepository } from "../../src/argocd/repo-url.js";

describe("normalizeRepoURL", () => {
  const same: [string, string][] = [
    ["https://github.com/acme/gitops", "https://github.com/acme/gitops.git"],
    ["https://github.com/acme/gitops", "https://github.com/acme/gitops/"],
    ["https://github.com/acme/gitops", "git@github.com:acme/gitops.git"],
    ["https://github.com/acme/gitops", "ssh://git@github.com/acme/gitops.git"],
    ["https://github.com/acme/gitops", "https://GitHub.com/acme/gitops"],
  ];
  for (const [a, b] of same) test(`"${b}" names "${a}"`, () => assert.equal(sameRepository(a, b), true));

  test("another owner differs", () => assert.equal(sameRepository("https://github.com/acme/gitops", "https://github.com/other/gitops"), false));
  test("path case is kept", () => assert.equal(sameRepository("https://github.com/acme/gitops", "https://github.com/acme/GitOps"), false));
  test("empty string is not a URL", () => assert.equal(normalizeRepoURL(""), undefined));
  test("canonical form is host and path", () => assert.equal(normalizeRepoURL("git@github.com:acme/gitops.git"), "github.com/acme/gitops"));
});
