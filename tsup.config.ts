import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // import.meta.url in the CommonJS build (used to load front ends lazily).
    shims: true,
    target: "node20",
  },
  {
    entry: { cli: "src/cli/cli.ts", "dataset-worker": "src/dataset/worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
