// Long property runs: `npm run fuzz -- --runs 1000000 [--seed N]`. Runs the
// property of test/properties.test.ts in batches, each with its own seed, and
// keeps going past a failure; every failure is printed with the seed and path
// that replay it: `npm run fuzz -- --seed S --path P`.
import { parseArgs } from "node:util";
import fc from "fast-check";
import { fuzzCase, type FuzzCase } from "../test/fuzz/arbitraries.js";
import { checkCase } from "../test/fuzz/violations.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "100000" },
    seed: { type: "string" },
    path: { type: "string" },
    batch: { type: "string", default: "10000" },
  },
});
const runs = Number(values.runs);
const batch = Math.min(Number(values.batch), runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isSafeInteger(runs) || runs <= 0 || !Number.isSafeInteger(batch) || batch <= 0 || !Number.isSafeInteger(seed)) {
  console.error("fuzz: --runs, --batch and --seed take positive integers");
  process.exit(2);
}

const property = fc.property(fuzzCase, (generated: FuzzCase) => {
  const found = checkCase(generated.input, generated.options);
  if (found.length > 0) throw new Error(`${generated.kind}: ${found.slice(0, 5).join("\n")}`);
});

function describe(details: fc.RunDetails<[FuzzCase]>): string {
  const generated = details.counterexample?.[0];
  const input = generated === undefined ? "" : typeof generated.input === "string" ? JSON.stringify(generated.input) : `bytes ${Buffer.from(generated.input).toString("hex")}`;
  const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return `  replay: npm run fuzz -- --seed ${details.seed} --path ${details.counterexamplePath}\n  case: ${generated?.kind} ${JSON.stringify(generated?.options)} ${input.slice(0, 400)}\n  ${reason.split("\n").slice(0, 6).join("\n  ")}`;
}

if (values.path !== undefined) {
  const details = fc.check(property, { seed, path: values.path, numRuns: 1, endOnFailure: true });
  console.log(details.failed ? `fails:\n${describe(details)}` : "passes");
  process.exit(details.failed ? 1 : 0);
}

const started = performance.now();
let done = 0;
const failures: string[] = [];
for (let index = 0; done < runs; index++) {
  const size = Math.min(batch, runs - done);
  const batchSeed = seed + index;
  const details = fc.check(property, { seed: batchSeed, numRuns: size, endOnFailure: false });
  // A failing batch stops at its failure; the cases before it ran.
  done += details.failed ? details.numRuns : size;
  if (details.failed) {
    failures.push(describe(details));
    console.error(`failure ${failures.length} (batch seed ${batchSeed}):\n${describe(details)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${done} cases, ${failures.length} failures, ${(done / seconds).toFixed(0)} cases/s\n`);
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ cases: done, failures: failures.length, seed, batch, seconds: Math.round(seconds), casesPerSecond: Math.round(done / seconds) }));
process.exit(failures.length > 0 ? 1 : 0);
