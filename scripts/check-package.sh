#!/usr/bin/env bash
# Pack the package, install the tarball in an empty project, and use it as a
# new user would: ESM import, CommonJS require, types, and the bin.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
tarball="$(npm pack --silent --pack-destination "$work" | tail -1)"
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "./$tarball" "typescript@$(node -p "require('$here/node_modules/typescript/package.json').version")" "@types/node@$(node -p "require('$here/node_modules/@types/node/package.json').version")" >/dev/null
cp "$here/seeds/luoyang-jiyuan-33-measures.txt" seed.txt
cp "$here/fixtures/html/luoyang-jiyuan-33-measures.gbk.html" page.html
cp "$here/fixtures/markdown/henan-decree-232.md" law.md
node --input-type=module -e '
import { parse, SCHEMA_VERSION } from "gongbao";
import { readFileSync } from "node:fs";
const result = parse(readFileSync("seed.txt"));
if (result.documents.length !== 1 || result.schemaVersion !== SCHEMA_VERSION) throw new Error("ESM import gave a wrong result");
if (parse(readFileSync("page.html")).documents[0].attachments[0].measures.length !== 33) throw new Error("import: the HTML front end gave a wrong result");
'
node -e '
const { parse } = require("gongbao");
const fs = require("fs");
const page = parse(fs.readFileSync("page.html"));
if (page.source.format !== "html" || page.documents[0].attachments[0].measures.length !== 33) throw new Error("require: the HTML front end gave a wrong result");
const law = parse(fs.readFileSync("law.md"));
if (law.documents[0].articles.length !== 30) throw new Error("require: the Markdown front end gave a wrong result");
const schema = require("gongbao/schema.json");
if (parse("第一条 本规定自公布之日起施行。").documents.length !== 1) throw new Error("require gave a wrong result");
if (!schema.$defs || !schema.$defs.GongbaoResult) throw new Error("gongbao/schema.json is not the schema");
'
cat > check.ts <<'TS'
import { parse, type GongbaoResult, type OutlineNode } from "gongbao";
const result: GongbaoResult = parse("第一条 本规定自公布之日起施行。");
const nodes: OutlineNode[] = result.documents[0]?.outline ?? [];
const title: string = result.documents[0]?.title ?? "";
console.log(nodes.length, title.length);
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "noEmit": true, "types": ["node"] }, "files": ["check.ts", "check.cts"] }
JSON
cat > check.cts <<'TS'
import gongbao = require("gongbao");
const result: gongbao.GongbaoResult = gongbao.parse("第一条 本规定自公布之日起施行。");
export = result.documents.length;
TS
npx tsc -p tsconfig.json
npx gongbao parse seed.txt | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);if(r.documents[0].attachments.length!==1)process.exit(1);console.log("npx gongbao parse: ok")})'
npx gongbao check page.html law.md seed.txt
mkdir corpus && cp seed.txt page.html law.md corpus/
CI=true npx gongbao dataset corpus --out dataset --to csv --jobs 2
test -s dataset/measures.csv && test -s dataset/datapackage.json
echo '{"id":"x","path":"seed.txt"}' | npx gongbao parse --jsonl | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{if(JSON.parse(s).result.documents.length!==1)process.exit(1)})'
npx gongbao --version
echo "package check passed: $tarball"
