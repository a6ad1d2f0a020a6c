// Preloaded with `node --import`: prints the process's peak resident set size
// (bytes) on standard error when it exits, for bench/memory.mjs.
process.on("exit", () => {
  process.stderr.write(`\npeak-rss ${process.resourceUsage().maxRSS * 1024}\n`);
});
