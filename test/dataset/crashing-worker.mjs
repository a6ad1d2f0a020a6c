// A stand-in dataset worker for the crash test: it dies on files named
// *crash* (as a worker out of memory would) and returns an empty file's rows
// for the others.
import { parentPort } from "node:worker_threads";

const ENTITIES = ["issues", "contents", "documents", "measures", "tasks", "articles", "outlets", "tables", "diagnostics"];

parentPort.on("message", (job) => {
  if (job.file.includes("crash")) throw new Error("simulated crash");
  const rows = Object.fromEntries(ENTITIES.map((entity) => [entity, { text: "", count: 0 }]));
  parentPort.postMessage({ index: job.index, rows: { rows, documents: 1, errors: 0 }, bytes: 1 });
});
