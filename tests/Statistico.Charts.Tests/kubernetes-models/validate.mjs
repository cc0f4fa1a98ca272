// Validates every document of a multi-document YAML stream (stdin) with the kubernetes-models validators:
// the built-in kinds from kubernetes-models, KEDA, CloudNativePG, prometheus-operator and Gateway API objects from
// their @kubernetes-models packages (generated from the projects' own CRDs). A kind with a hand-written subset of
// its CRD in crd-schemas/ is checked against that too (ajv): RabbitmqCluster, which no npm package models, and the
// CloudNativePG Cluster, whose CRD (like most) accepts unknown fields that the API server would silently prune, so
// the subset (additionalProperties: false on what the chart renders) is what catches a misspelt field.
// Prints one line per problem and exits 1 when there is any; a kind nothing checks is a problem too (the chart must
// not render something nothing checks), unless listed in --skip.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";

const packages = {
  "keda.sh": "@kubernetes-models/keda",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
};
const skip = new Set((process.argv.find((a) => a.startsWith("--skip="))?.slice(7) ?? "").split(",").filter(Boolean));

const ajv = new Ajv({ allErrors: true, strict: false });
function crdSchema(apiVersion, kind) {
  const file = new URL(`./crd-schemas/${apiVersion.replace("/", "_")}_${kind}.json`, import.meta.url);
  try {
    return ajv.compile(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
}

function modulePath(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  if (packages[group]) return `${packages[group]}/${group}/${version}/${kind}`;
  return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
}

let input = "";
for await (const chunk of process.stdin) input += chunk;
const problems = [];
let checked = 0;
for (const doc of parseAllDocuments(input)) {
  const object = doc.toJS();
  if (!object) continue;
  const name = `${object.kind}/${object.metadata?.name}`;
  if (skip.has(object.kind)) continue;
  const schema = crdSchema(object.apiVersion, object.kind);
  let model;
  try {
    model = (await import(modulePath(object.apiVersion, object.kind)))[object.kind];
  } catch {
    if (!schema) {
      problems.push(`${name}: no kubernetes-models validator for ${object.apiVersion} ${object.kind}`);
      continue;
    }
  }
  const found = [];
  if (model) {
    try {
      new model(object).validate();
    } catch (error) {
      found.push(`${name}: ${error.message}`);
    }
  }
  if (schema && !schema(object)) found.push(`${name}: ${ajv.errorsText(schema.errors)}`);
  if (found.length) problems.push(...found);
  else checked++;
}
for (const problem of problems) console.log(problem);
console.error(`[kubernetes-models] ${checked} documents valid, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
