// Registers record-client-node.mjs; pass it to node with --import before tsx.
import { register } from "node:module";

register(new URL("./record-client-node.mjs", import.meta.url));
