#!/usr/bin/env node
// Validates every document of a rendered multi-document YAML (a file argument, or stdin) against
// the Kubernetes OpenAPI schemas shipped by kubernetes-models. Prints one line per failure with
// the document's kind/name and the path of the offending field, then a summary line; exits 1 on
// any failure (including a kind that has no schema, or YAML that does not parse).
//
//   node validate.mjs rendered.yaml
//   kustomize build ... | node validate.mjs [--label dev]
//
// kubernetes-models does not reject unknown fields (its schemas allow additional properties);
// the Java checks in k8s-check load the same YAML with fabric8 and catch those.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const args = process.argv.slice(2);
let label = "";
const files = [];
for (let i = 0; i < args.length; i++) {
    if (args[i] === "--label") label = args[++i] ?? "";
    else files.push(args[i]);
}
if (files.length > 1) {
    console.error("usage: validate.mjs [--label NAME] [FILE]   (reads stdin without FILE)");
    process.exit(2);
}
const source = files.length ? files[0] : "<stdin>";
const text = readFileSync(files.length ? files[0] : 0, "utf8");
const prefix = label ? `${label}: ` : "";

// "apps/v1" -> kubernetes-models/apps/v1, "v1" -> kubernetes-models/v1; each exports one class per kind.
const modules = new Map();
async function modelFor(apiVersion, kind) {
    if (typeof apiVersion !== "string" || typeof kind !== "string") return undefined;
    if (!modules.has(apiVersion)) {
        let mod;
        try {
            mod = await import(`kubernetes-models/${apiVersion}`);
        } catch {
            mod = null;
        }
        modules.set(apiVersion, mod);
    }
    const mod = modules.get(apiVersion);
    return mod && typeof mod[kind] === "function" ? mod[kind] : undefined;
}

const failures = [];
let count = 0;
const docs = parseAllDocuments(text);
for (const [index, doc] of docs.entries()) {
    if (doc.errors.length) {
        failures.push(`document ${index + 1}: YAML error: ${doc.errors.map((e) => e.message).join("; ")}`);
        continue;
    }
    const obj = doc.toJS();
    if (obj === null || obj === undefined) continue; // an empty document between separators
    count++;
    const kind = obj.kind ?? "?";
    const name = obj.metadata?.name ?? "?";
    const where = `${kind}/${name}`;
    const Model = await modelFor(obj.apiVersion, obj.kind);
    if (!Model) {
        failures.push(`${where}: no Kubernetes schema for apiVersion "${obj.apiVersion}" kind "${obj.kind}"`);
        continue;
    }
    try {
        new Model(obj).validate();
    } catch (err) {
        const errors = Array.isArray(err.errors) ? err.errors : [];
        if (!errors.length) {
            failures.push(`${where}: ${err.message}`);
            continue;
        }
        for (const e of errors) {
            const path = e.instancePath || "/";
            const extra = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : "";
            failures.push(`${where}: ${path}: ${e.message}${extra}`);
        }
    }
}

for (const line of failures) console.error(`${prefix}INVALID ${line}`);
if (failures.length) {
    console.error(`${label ? prefix : `${source}: `}${count} documents, ${failures.length} failures`);
    process.exit(1);
}
console.log(`${prefix}${count} documents valid`);
