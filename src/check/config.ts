import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../diagnostics.js";
import type { CheckOptions, RuleSetting } from "./types.js";

export interface CheckConfig extends CheckOptions {
  /** Where the configuration was read from, if anywhere. */
  path?: string;
}

const SETTINGS: ReadonlySet<string> = new Set(["off", "error", "warning", "info"]);

/** A configuration that cannot be used: reported as a usage error. */
export class ConfigError extends Error {}

function validate(value: unknown, path: string): CheckConfig {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new ConfigError(`${path}: the configuration must be an object`);
  const { rules, ...rest } = value as { rules?: unknown };
  const unknownKeys = Object.keys(rest);
  if (unknownKeys.length > 0) throw new ConfigError(`${path}: unknown key ${JSON.stringify(unknownKeys[0])} (expected "rules")`);
  const config: CheckConfig = { path };
  if (rules === undefined) return config;
  if (rules === null || typeof rules !== "object" || Array.isArray(rules)) throw new ConfigError(`${path}: "rules" must be an object of code → setting`);
  const settings: Partial<Record<DiagnosticCode, RuleSetting>> = {};
  for (const [code, setting] of Object.entries(rules)) {
    if (!(code in DIAGNOSTIC_CODES)) throw new ConfigError(`${path}: unknown rule code ${JSON.stringify(code)}`);
    if (typeof setting !== "string" || !SETTINGS.has(setting)) throw new ConfigError(`${path}: rule ${code} must be "off", "error", "warning" or "info"`);
    settings[code as DiagnosticCode] = setting as RuleSetting;
  }
  config.rules = settings;
  return config;
}

async function readJson(path: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ConfigError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Find the configuration as linters do: `gongbao.config.json`, or a `gongbao`
 * key in `package.json`, in `from` or the nearest folder above it. An explicit
 * path is read as is. No configuration is an empty one.
 */
export async function loadConfig(from: string, explicit?: string): Promise<CheckConfig> {
  if (explicit !== undefined) {
    const path = resolve(explicit);
    const value = await readJson(path);
    if (value === undefined) throw new ConfigError(`${explicit}: no such file`);
    return validate(value, explicit);
  }
  let dir = resolve(from);
  for (;;) {
    const file = join(dir, "gongbao.config.json");
    const value = await readJson(file);
    if (value !== undefined) return validate(value, file);
    const manifest = await readJson(join(dir, "package.json"));
    if (manifest !== null && typeof manifest === "object" && "gongbao" in manifest) {
      return validate((manifest as { gongbao: unknown }).gongbao, `${join(dir, "package.json")}#gongbao`);
    }
    const parent = dirname(dir);
    if (parent === dir) return {};
    dir = parent;
  }
}
