import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { kubeconfigSecrets } from "../../src/action/kubeconfig.js";

const CERT = Buffer.from("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQk\nZXhhbXBsZWNlcnRpZmljYXRl\n-----END CERTIFICATE-----\n").toString("base64");

const KUBECONFIG = `apiVersion: v1
kind: Config
users:
  - name: token-user
    user:
      token: abcdef0123456789
  - name: basic
    user:
      username: admin
      password: hunter2hunter2
  - name: cert
    user:
      client-certificate-data: ${CERT}
  - name: oidc
    user:
      auth-provider:
        name: oidc
        config:
          id-token: eyJhbGciOiJSUzI1NiJ9.payload.sig
          client-secret: oidc-client-secret
  - name: exec
    user:
      exec:
        command: get-token
        env:
          - name: API_KEY
            value: exec-api-key-value
`;

describe("kubeconfig secrets", () => {
  const secrets = kubeconfigSecrets(KUBECONFIG);

  it("masks the whole value first", () => {
    assert.equal(secrets[0], KUBECONFIG);
  });

  it("masks a bearer token", () => {
    assert.ok(secrets.includes("abcdef0123456789"));
  });

  it("masks a password", () => {
    assert.ok(secrets.includes("hunter2hunter2"));
  });

  it("masks certificate data and its PEM lines", () => {
    assert.ok(secrets.includes(CERT));
    assert.ok(secrets.includes("MIIBszCCAVmgAwIBAgIUQk"));
    assert.ok(!secrets.includes("-----BEGIN CERTIFICATE-----"));
  });

  it("masks auth-provider config values", () => {
    assert.ok(secrets.includes("eyJhbGciOiJSUzI1NiJ9.payload.sig"));
    assert.ok(secrets.includes("oidc-client-secret"));
  });

  it("masks exec env values", () => {
    assert.ok(secrets.includes("exec-api-key-value"));
  });

  it("leaves common words unmasked", () => {
    for (const common of ["admin", "oidc", "v1", "Config", "get-token"]) assert.ok(!secrets.includes(common), common);
  });

  it("masks a malformed kubeconfig whole", () => {
    assert.deepEqual(kubeconfigSecrets("users: [unclosed"), ["users: [unclosed"]);
  });

  it("masks nothing for an empty value", () => {
    assert.deepEqual(kubeconfigSecrets("  \n"), []);
  });
});
