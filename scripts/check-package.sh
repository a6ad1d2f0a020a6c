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
// Only named type imports: no reaching into GazetteDocument["tasks"].
import { parse, type Decree, type GazetteDocument, type GongbaoResult, type Measure, type OutlineNode, type Position, type Task, type Unit } from "gongbao";
import { readFileSync } from "node:fs";
const result: GongbaoResult = parse("第一条 本规定自公布之日起施行。");
const nodes: OutlineNode[] = result.documents[0]?.outline ?? [];
const title: string = result.documents[0]?.title ?? "";
const gazette = parse(readFileSync("seed.txt"));
const measures: Measure[] = gazette.documents[0]?.attachments?.[0]?.measures ?? [];
const units: Unit[] = measures.flatMap((measure) => measure.responsibleUnits);
const tasks: Task[] = gazette.documents.flatMap((document: GazetteDocument) => document.tasks ?? []);
const where: Position | undefined = units[0]?.position;
// kind narrows decree: no ?. and no ! needed.
for (const document of parse(readFileSync("law.md")).documents) {
  if (document.kind === "decree") {
    const decree: Decree = document.decree;
    console.log(decree.number);
  }
}
console.log(nodes.length, title.length, measures.length, tasks.length, where?.start.line);
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "noEmit": true, "types": ["node"] }, "files": ["check.ts", "check.cts"] }
JSON
cat > check.cts <<'TS'
import gongbao = require("gongbao");
const result: gongbao.GongbaoResult = gongbao.parse("第一条 本规定自公布之日起施行。");
const kind: gongbao.DocumentKind | undefined = result.documents[0]?.kind;
export = [result.documents.length, kind];
TS
npx tsc -p tsconfig.json
npx gongbao parse seed.txt | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);if(r.documents[0].attachments.length!==1)process.exit(1);console.log("npx gongbao parse: ok")})'
npx gongbao check page.html law.md seed.txt
# parse writes its result document by document: the same bytes as JSON.stringify of parse(), and parseEach the same documents.
npx gongbao parse node_modules/gongbao/seeds/luoyang-gazette-2025-02.txt --pretty > streamed.json
node -e '
const { parse, parseEach } = require("gongbao");
const bytes = require("node:fs").readFileSync("node_modules/gongbao/seeds/luoyang-gazette-2025-02.txt");
const whole = parse(bytes, { name: "luoyang-gazette-2025-02.txt" });
if (require("node:fs").readFileSync("streamed.json", "utf8") !== JSON.stringify(whole, null, 2) + "\n") { console.error("npx gongbao parse: output differs from parse()"); process.exit(1); }
const each = [];
const rest = parseEach(bytes, (document) => each.push(document), { name: "luoyang-gazette-2025-02.txt" });
if (JSON.stringify(each) !== JSON.stringify(whole.documents) || rest.documents.length !== 0) { console.error("parseEach: documents differ from parse()"); process.exit(1); }
console.log("streamed parse and parseEach: ok");
'
# PDF: the seed PDF shipped in the package, through npx, import and require.
npx gongbao parse node_modules/gongbao/seeds/luoyang-gazette-2025-02.pdf | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);const all=r.documents.flatMap(d=>[d,...(d.attachments||[])]);const n=(k)=>all.reduce((a,d)=>a+((d[k]||[]).length),0);if(r.source.format!=="pdf"||n("tasks")!==147||n("articles")!==54||n("outlets")!==8)process.exit(1);console.log("npx gongbao parse (PDF): ok")})'
node --input-type=module -e '
import { parsePdf } from "gongbao";
import { readFileSync } from "node:fs";
const result = await parsePdf(readFileSync("node_modules/gongbao/seeds/luoyang-jiyuan-33-measures.pdf"));
if (result.documents[0].attachments[0].measures.length !== 33) throw new Error("import: parsePdf gave a wrong result");
'
node -e '
const { parseFile } = require("gongbao");
parseFile("node_modules/gongbao/seeds/luoyang-jiyuan-33-measures.pdf").then((result) => {
  if (result.source.format !== "pdf" || result.documents[0].attachments[0].measures.length !== 33) { console.error("require: parseFile on a PDF gave a wrong result"); process.exit(1); }
});
'
mkdir corpus && cp seed.txt page.html law.md corpus/
CI=true npx gongbao dataset corpus --out dataset --to csv --jobs 2
test -s dataset/measures.csv && test -s dataset/datapackage.json
echo '{"id":"x","path":"seed.txt"}' | npx gongbao parse --jsonl | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{if(JSON.parse(s).result.documents.length!==1)process.exit(1)})'
cp "$here/seeds/luoyang-gazette-2025-02.txt" gazette.txt
npx gongbao report gazette.txt -o r.html
grep -q 'class="bg bg-task"' r.html
# The page the installed package wrote, in the browser test (skipped with a message where there is no Chromium).
(cd "$here" && GONGBAO_REPORT_PAGE="$work/r.html" npx vitest run test/report/browser.test.ts -t "seed 003")
npx gongbao --version
# The compatibility policy: a later minor version's output (with fields this
# release does not know) validates against this release's published schema.
npm install --silent --no-audit --no-fund "ajv@$(node -p "require('$here/node_modules/ajv/package.json').version")" >/dev/null
node --input-type=module -e '
import { parse } from "gongbao";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { Ajv2020 } = require("ajv/dist/2020.js");
const validate = new Ajv2020({ strict: false }).compile(require("gongbao/schema.json"));
const result = parse(readFileSync("seed.txt"));
if (!validate(result)) throw new Error("the output does not validate against the published schema");
const newer = structuredClone(result);
newer.schemaVersion = "1.99.0";
newer.addedLater = { any: "thing" };
newer.documents[0].addedLater = 1;
newer.documents[0].outline[0].position.start.addedLater = true;
if (!validate(newer)) throw new Error("an output with added fields is rejected by the published schema: " + JSON.stringify(validate.errors));
const major = structuredClone(result);
major.schemaVersion = "2.0.0";
if (validate(major)) throw new Error("an output of another major version validates");
const report = require("gongbao/check-report.schema.json");
if (!report.$id.includes("gongbao@1/")) throw new Error("the check report schema is not per major");
console.log("schema compatibility: ok");
'
# Positions as offsets: the CLI output validates against the exported offsets schema, and not against the default one.
npx gongbao parse seed.txt --positions offsets > offsets.json
node -e '
const { Ajv2020 } = require("ajv/dist/2020.js");
const offsets = new Ajv2020({ strict: false }).compile(require("gongbao/offsets.schema.json"));
const full = new Ajv2020({ strict: false }).compile(require("gongbao/schema.json"));
const result = JSON.parse(require("node:fs").readFileSync("offsets.json", "utf8"));
if (result.source.positions !== "offsets" || !offsets(result) || full(result)) { console.error("--positions offsets: output and schemas disagree"); process.exit(1); }
const { withOffsets, parse } = require("gongbao");
if (JSON.stringify(withOffsets(parse(require("node:fs").readFileSync("seed.txt"), { name: "seed.txt" }))) !== JSON.stringify(result)) { console.error("withOffsets differs from --positions offsets"); process.exit(1); }
console.log("positions as offsets: ok");
'
echo "package check passed on Node $(node --version): $tarball"
