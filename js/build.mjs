// `make vendor-js`: bundle entry.js into ../pipeline/templates/vendor/graph-libs.min.js and
// write the licence of every npm package that ends up in the bundle beside it.
import { build } from "esbuild";
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

const out = "../pipeline/templates/vendor";
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: ["entry.js"], bundle: true, minify: true, format: "iife", target: "es2019",
  legalComments: "none", metafile: true, outfile: join(out, "graph-libs.min.js"),
});
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//);
  if (match) packages.set(match[2], match[1]);
}
const sections = [...packages].sort().map(([name, folder]) => {
  const meta = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  const licence = readdirSync(folder).find(f => /^(licen[cs]e|copying)/i.test(f));
  const text = licence ? readFileSync(join(folder, licence), "utf8").trim() : `License: ${meta.license}`;
  return `${name} ${meta.version} (${meta.license})\n${"-".repeat(60)}\n${text}\n`;
});
writeFileSync(join(out, "LICENSES.txt"),
  "The JavaScript inlined into newsgraph's HTML view (graph-libs.min.js), bundled from npm by js/build.mjs.\n\n" + sections.join("\n"));
const script = readFileSync(join(out, "graph-libs.min.js"), "utf8");
if (/<\/script|<!--/i.test(script)) throw new Error("the bundle contains </script or <!--: it cannot be inlined as is");
console.log(`bundled ${[...packages.keys()].sort().join(", ")}: ${script.length} bytes`);
