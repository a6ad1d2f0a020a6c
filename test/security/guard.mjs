// Preloaded with `node --import` by test/security.test.ts: every way a Node
// process can reach the network or start a program is replaced by a stub that
// records the attempt (to the file in GONGBAO_GUARD_LOG) and throws. Worker
// threads inherit the preload, so dataset workers are guarded too.
import { appendFileSync } from "node:fs";
import { createRequire, syncBuiltinESMExports } from "node:module";

const require = createRequire(import.meta.url);
const log = process.env.GONGBAO_GUARD_LOG;

function deny(name) {
  return function denied() {
    if (log) appendFileSync(log, `${name}\n`);
    throw new Error(`blocked by the test guard: ${name}`);
  };
}

const targets = {
  net: ["connect", "createConnection", "createServer"],
  tls: ["connect", "createServer"],
  dgram: ["createSocket"],
  dns: ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"],
  http: ["request", "get", "createServer"],
  https: ["request", "get", "createServer"],
  http2: ["connect", "createServer", "createSecureServer"],
  child_process: ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"],
};
for (const [module, names] of Object.entries(targets)) {
  const exports = require(`node:${module}`);
  for (const name of names) exports[name] = deny(`${module}.${name}`);
}
const net = require("node:net");
net.Socket.prototype.connect = deny("net.Socket.connect");
const dnsPromises = require("node:dns/promises");
for (const name of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"]) dnsPromises[name] = deny(`dns.promises.${name}`);
globalThis.fetch = deny("fetch");
if (globalThis.WebSocket) globalThis.WebSocket = deny("WebSocket");
syncBuiltinESMExports();
