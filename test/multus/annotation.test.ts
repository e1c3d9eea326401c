import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseNetworksAnnotation } from "../../src/multus/annotation.js";

interface ValidCase {
  name: string;
  value: string;
  expected: { name: string; namespace?: string; interface?: string; start: number; end: number }[];
}

const VALID: ValidCase[] = [
  { name: "empty value means no networks", value: "", expected: [] },
  { name: "short form name", value: "macvlan-conf", expected: [{ name: "macvlan-conf", start: 0, end: 12 }] },
  { name: "short form namespace and name", value: "net/lan", expected: [{ name: "lan", namespace: "net", start: 0, end: 7 }] },
  { name: "short form interface", value: "lan@lan0", expected: [{ name: "lan", interface: "lan0", start: 0, end: 8 }] },
  {
    name: "short form all parts",
    value: "net/lan@lan0",
    expected: [{ name: "lan", namespace: "net", interface: "lan0", start: 0, end: 12 }],
  },
  {
    name: "short form trims items",
    value: " a , b ",
    expected: [
      { name: "a", start: 1, end: 2 },
      { name: "b", start: 5, end: 6 },
    ],
  },
  { name: "short form trims parts", value: "net / lan @ lan0", expected: [{ name: "lan", namespace: "net", interface: "lan0", start: 0, end: 16 }] },
  {
    name: "short form same network twice",
    value: "a,a",
    expected: [
      { name: "a", start: 0, end: 1 },
      { name: "a", start: 2, end: 3 },
    ],
  },
  { name: "short form underscore interface", value: "a@uplink_p0", expected: [{ name: "a", interface: "uplink_p0", start: 0, end: 11 }] },
  { name: "short form trailing newline", value: "a\n", expected: [{ name: "a", start: 0, end: 1 }] },
  { name: "json single element", value: '[{"name":"a"}]', expected: [{ name: "a", start: 1, end: 13 }] },
  { name: "json empty array", value: "[]", expected: [] },
  {
    name: "json namespace and interface",
    value: '[{"name":"a","namespace":"n","interface":"x1"}]',
    expected: [{ name: "a", namespace: "n", interface: "x1", start: 1, end: 46 }],
  },
  { name: "json keys match case-insensitively", value: '[{"Name":"a"}]', expected: [{ name: "a", start: 1, end: 13 }] },
  { name: "json dotted name is accepted", value: '[{"name":"net.a"}]', expected: [{ name: "net.a", start: 1, end: 17 }] },
  { name: "json interfaceRequest is honoured", value: '[{"name":"a","interfaceRequest":"x1"}]', expected: [{ name: "a", interface: "x1", start: 1, end: 37 }] },
  { name: "json null field is ignored", value: '[{"name":"a","ips":null}]', expected: [{ name: "a", start: 1, end: 24 }] },
];

interface InvalidCase {
  name: string;
  value: string;
  message: string;
  start: number;
  end: number;
}

const INVALID: InvalidCase[] = [
  { name: "short form rejects two slashes", value: "a/b/c", message: 'more than one "/"', start: 3, end: 4 },
  { name: "short form rejects two ats", value: "a@b@c", message: 'more than one "@"', start: 3, end: 4 },
  { name: "short form rejects upper case", value: "Lan", message: 'did you mean "lan"', start: 0, end: 3 },
  { name: "short form rejects dots", value: "net.a", message: "JSON form", start: 0, end: 5 },
  { name: "short form rejects underscore name", value: "lan_a", message: "DNS-1123", start: 0, end: 5 },
  { name: "short form rejects bad namespace", value: "Net/lan", message: 'namespace "Net"', start: 0, end: 3 },
  { name: "short form rejects leading dash", value: "-lan", message: "DNS-1123", start: 0, end: 4 },
  { name: "short form rejects empty item", value: "a,,b", message: "empty item", start: 1, end: 2 },
  { name: "short form rejects trailing comma", value: "a,", message: "empty item", start: 1, end: 2 },
  { name: "short form rejects leading comma", value: ",a", message: "empty item", start: 0, end: 1 },
  { name: "short form rejects missing name", value: "net/", message: "no network name", start: 0, end: 4 },
  { name: "short form rejects whitespace only", value: "  ", message: "only whitespace", start: 0, end: 2 },
  { name: "quote makes a string json", value: '"net-a"', message: "must be an array", start: 0, end: 7 },
  { name: "json rejects a bare object", value: '{"name":"a"}', message: "wrap the object in [ ]", start: 0, end: 12 },
  { name: "json rejects trailing comma", value: '[{"name":"a"},]', message: "trailing comma", start: 14, end: 15 },
  { name: "json rejects single quotes", value: "[{'name':'a'}]", message: "invalid JSON", start: 2, end: 8 },
  { name: "json reports a missing colon", value: '[{"name":"a","ips: "10.0.0.1"}]', message: '":" is expected', start: 20, end: 24 },
  { name: "json hints at typographic quotes", value: "[{\u201cname\u201d:\"a\"}]", message: "typographic quotes", start: 2, end: 8 },
  { name: "json requires a name", value: '[{"namespace":"n"}]', message: 'no "name"', start: 1, end: 18 },
  { name: "json rejects an empty name", value: '[{"name":""}]', message: '"name" is empty', start: 9, end: 11 },
  { name: "json rejects a numeric name", value: '[{"name":1}]', message: '"name" must be a string', start: 9, end: 10 },
  { name: "json rejects a string element", value: '["a"]', message: "must be a JSON object", start: 1, end: 4 },
  { name: "json rejects ips as a string", value: '[{"name":"a","ips":"10.0.0.1/24"}]', message: 'write ["10.0.0.1/24"]', start: 19, end: 32 },
  { name: "json rejects a bad ip", value: '[{"name":"a","ips":["10.0.0.300"]}]', message: '"10.0.0.300" is not an IP', start: 20, end: 32 },
  { name: "json rejects octal-looking ips", value: '[{"name":"a","ips":["010.0.0.1"]}]', message: "not an IP", start: 20, end: 31 },
  { name: "json rejects a bad mac", value: '[{"name":"a","mac":"02:00:00:00:00"}]', message: "not a MAC address", start: 19, end: 35 },
  { name: "json rejects a gateway with prefix", value: '[{"name":"a","default-route":["10.0.0.1/24"]}]', message: "without a prefix length", start: 30, end: 43 },
  { name: "json rejects a non-object bandwidth", value: '[{"name":"a","bandwidth":5}]', message: '"bandwidth" must be a JSON object', start: 25, end: 26 },
  { name: "json rejects a string port", value: '[{"name":"a","portMappings":[{"hostPort":"80","containerPort":80}]}]', message: '"hostPort" must be an integer', start: 41, end: 45 },
  { name: "json rejects a bad guid", value: '[{"name":"a","infiniband-guid":"xyz"}]', message: "not a GUID", start: 31, end: 36 },
];

describe("networks annotation grammar", () => {
  for (const { name, value, expected } of VALID) {
    test(name, () => {
      const parsed = parseNetworksAnnotation(value);
      assert.deepEqual(parsed.errors, []);
      assert.deepEqual(
        parsed.elements.map((element) => ({
          name: element.name,
          ...(element.namespace !== undefined ? { namespace: element.namespace } : {}),
          ...(element.interface !== undefined ? { interface: element.interface } : {}),
          start: element.start,
          end: element.end,
        })),
        expected,
      );
    });
  }

  for (const { name, value, message, start, end } of INVALID) {
    test(name, () => {
      const parsed = parseNetworksAnnotation(value);
      const error = parsed.errors[0];
      assert.ok(error, "expected an error");
      assert.ok(error.message.includes(message), `message "${error.message}" lacks "${message}"`);
      assert.equal(error.start, start, "start");
      assert.equal(error.end, end, "end");
    });
  }
});

describe("networks annotation format", () => {
  test("brace selects json", () => assert.equal(parseNetworksAnnotation("{").format, "json"));
  test("bracket selects json", () => assert.equal(parseNetworksAnnotation("[]").format, "json"));
  test("quote selects json", () => assert.equal(parseNetworksAnnotation('"a"').format, "json"));
  test("plain text selects short form", () => assert.equal(parseNetworksAnnotation("a,b").format, "short"));
});

describe("json selection fields", () => {
  const parsed = parseNetworksAnnotation(
    '[{"name":"a","ips":["10.0.0.5/24","fd00::5"],"mac":"02:00:00:00:00:05","default-route":["10.0.0.1"],"macaddress":"x"}]',
  );
  const element = parsed.elements[0]!;

  test("keeps ips", () => assert.deepEqual(element.ips, ["10.0.0.5/24", "fd00::5"]));
  test("keeps ip spans", () => assert.deepEqual(element.ipSpans, [{ start: 20, end: 33 }, { start: 34, end: 43 }]));
  test("keeps mac", () => assert.equal(element.mac, "02:00:00:00:00:05"));
  test("keeps default route", () => assert.deepEqual(element.defaultRoute, ["10.0.0.1"]));
  test("lists unknown keys", () => assert.deepEqual(element.unknownKeys?.map((key) => key.key), ["macaddress"]));
  test("keeps raw object", () => assert.equal(element.raw?.macaddress, "x"));
});

describe("parser robustness", () => {
  test("a one megabyte short form parses quickly", () => {
    const value = Array.from({ length: 80_000 }, (_, index) => `net-${index}`).join(",");
    const started = Date.now();
    const parsed = parseNetworksAnnotation(value);
    assert.equal(parsed.elements.length, 80_000);
    assert.ok(Date.now() - started < 2_000);
  });

  test("deeply nested json does not throw", () => {
    const value = "[".repeat(100_000);
    assert.doesNotThrow(() => parseNetworksAnnotation(value));
  });

  test("deeply nested json is an error", () => {
    const parsed = parseNetworksAnnotation(`[{"name":"a","cni-args":${"[".repeat(300)}${"]".repeat(300)}}]`);
    assert.ok(parsed.errors[0]?.message.includes("nested more than 200 levels"));
  });
});

describe("empty interface", () => {
  test("json empty interface means automatic", () => {
    const parsed = parseNetworksAnnotation('[{"name":"a","interface":""}]');
    assert.equal(parsed.elements[0]?.interface, undefined);
  });

  test("short form empty interface means automatic", () => {
    const parsed = parseNetworksAnnotation("a@");
    assert.equal(parsed.elements[0]?.interface, undefined);
  });
});
