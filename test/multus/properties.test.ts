// Property tests: the annotation parser never throws and keeps every span inside the value, and the
// scalar offset map is exact for the scalar styles YAML writers produce.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { Scalar, stringify } from "yaml";
import { parseNetworksAnnotation } from "../../src/multus/annotation.js";
import { scalarOffsets } from "../../src/multus/scalar-offsets.js";
import { nodeAtPath } from "../helpers/yaml-node.js";

const annotationText = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[a-z0-9@/, -]{0,40}$/),
  fc.json(),
  fc.array(fc.record({ name: fc.string(), ips: fc.array(fc.string()), interface: fc.string() }, { requiredKeys: [] })).map((value) => JSON.stringify(value)),
);

test("parser keeps spans inside the value", () => {
  fc.assert(
    fc.property(annotationText, (value) => {
      const parsed = parseNetworksAnnotation(value);
      for (const span of [...parsed.errors, ...parsed.elements]) {
        const where = `span ${span.start}-${span.end} of ${JSON.stringify(value)}`;
        assert.ok(span.start >= 0, where);
        assert.ok(span.start <= span.end, where);
        assert.ok(span.end <= value.length, where);
      }
    }),
    { numRuns: 2_000 },
  );
});

const STYLES = [Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE, Scalar.BLOCK_LITERAL, Scalar.BLOCK_FOLDED, Scalar.PLAIN] as const;

test("offset map is exact for written scalars", () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[ -~\n]{1,80}$/), fc.constantFrom(...STYLES), (value, style) => {
      const text = stringify({ k: value }, { defaultStringType: style, lineWidth: 30 });
      const { node, text: parsedText } = nodeAtPath(text, ["k"]);
      if (node.kind !== "scalar" || node.value !== value) return;
      const offsets = scalarOffsets(node, parsedText);
      assert.ok(offsets.exact, `not exact: ${JSON.stringify(text)}`);
      for (let index = 0; index < value.length; index++) {
        const mapped = offsets.map(index, index + 1);
        const where = `char ${index} of ${JSON.stringify(text)}`;
        assert.ok(mapped.start >= 0, where);
        assert.ok(mapped.start < mapped.end, where);
        assert.ok(mapped.end <= text.length, where);
      }
    }),
    { numRuns: 2_000 },
  );
});
