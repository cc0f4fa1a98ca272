#!/usr/bin/env node
// Writes the values table of charts/statistico/README.md from charts/statistico/values.yaml: every key preceded by a
// "# -- description" comment becomes a row (its dotted path, its default, the description), between the
// <!-- values:start --> and <!-- values:end --> markers.
//
//   node scripts/chart-readme.mjs           rewrite the table
//   node scripts/chart-readme.mjs --check   exit 1 when the table is not current (the chart tests run this)
//
// Plain Node, no packages: a line reader for the chart's own values.yaml style (two-space indents, "# --" comments).
import { readFileSync, writeFileSync } from "node:fs";

const chart = new URL("../charts/statistico/", import.meta.url);
const lines = readFileSync(new URL("values.yaml", chart), "utf8").split("\n");
const readmeUrl = new URL("README.md", chart);

const rows = [];
const path = [];
let description = null;
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  const comment = line.match(/^\s*# -- (.*)$/);
  if (comment) { description = comment[1]; continue; }
  const entry = line.match(/^(\s*)([A-Za-z_][\w-]*):(?:\s+(.*))?$/);
  if (!entry) continue;
  const depth = entry[1].length / 2;
  path.length = depth;
  path.push(entry[2]);
  if (description === null) continue;
  let value = entry[3] ?? "";
  if (value === "") {
    // A block value: its more-indented lines (comments dropped), joined on one line.
    const block = [];
    for (let j = i + 1; j < lines.length && (lines[j].trim() === "" || lines[j].search(/\S/) > entry[1].length); j++) {
      if (lines[j].trim() && !lines[j].trim().startsWith("#")) block.push(lines[j].trim());
    }
    value = block.join(" ");
  }
  rows.push(`| \`${path.join(".")}\` | \`${value.replace(/\|/g, "\\|")}\` | ${description.replace(/\|/g, "\\|")} |`);
  description = null;
}

const table = ["| Key | Default | Description |", "|---|---|---|", ...rows].join("\n");
const readme = readFileSync(readmeUrl, "utf8");
const updated = readme.replace(/(<!-- values:start -->)[\s\S]*?(<!-- values:end -->)/, `$1\n${table}\n$2`);
if (!readme.includes("<!-- values:start -->")) {
  console.error("charts/statistico/README.md has no <!-- values:start --> marker");
  process.exit(1);
}
if (process.argv.includes("--check")) {
  if (updated !== readme) {
    console.error("charts/statistico/README.md's values table is not current: run node scripts/chart-readme.mjs");
    process.exit(1);
  }
  console.log(`values table current (${rows.length} values)`);
} else {
  writeFileSync(readmeUrl, updated);
  console.log(`values table written (${rows.length} values)`);
}
