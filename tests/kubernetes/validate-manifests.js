// Validates every deployment-*.json and scale-*.json in a directory against Kubernetes' published
// schemas (the npm package kubernetes-models). Exits 1 when one does not validate.
//
// A validator that accepts everything would pass every sample, so it first checks two documents it
// must refuse (a replica count that is a string, a cpu quantity that is not a quantity) and fails when
// either is accepted.
"use strict";
const fs = require("fs");
const path = require("path");
const { Deployment } = require("kubernetes-models/apps/v1/Deployment");
const { Scale } = require("kubernetes-models/autoscaling/v1/Scale");

function problems(Kind, document) {
    try {
        new Kind(document).validate();
        return null;
    } catch (error) {
        return error.message;
    }
}

const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((name) => /^(deployment|scale)-.*\.json$/.test(name)).sort();
let failed = 0;
let checked = 0;
let reference = null;
for (const name of files) {
    const document = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
    const Kind = name.startsWith("deployment-") ? Deployment : Scale;
    if (document.kind !== Kind.kind || document.apiVersion !== Kind.apiVersion) {
        console.log(`FAIL ${name}: ${document.apiVersion} ${document.kind}, not ${Kind.apiVersion} ${Kind.kind}`);
        ++failed;
        continue;
    }
    const found = problems(Kind, document);
    console.log(found ? `FAIL ${name}: ${found}` : `ok   ${name}`);
    failed += found ? 1 : 0;
    ++checked;
    if (Kind === Deployment && !reference)
        reference = document;
}

if (!reference) {
    console.log("FAIL no deployment-*.json in " + dir);
    process.exit(1);
}
const wrongReplicas = JSON.parse(JSON.stringify(reference));
wrongReplicas.spec.replicas = String(wrongReplicas.spec.replicas);
const wrongQuantity = JSON.parse(JSON.stringify(reference));
wrongQuantity.spec.template.spec.containers[0].resources.requests.cpu = "0.1 cores";
for (const [what, document] of [["replicas as a string", wrongReplicas], ["cpu '0.1 cores'", wrongQuantity]]) {
    if (!problems(Deployment, document)) {
        console.log(`FAIL the validator accepted a wrong document (${what})`);
        ++failed;
    }
}
console.log(`${checked} documents checked, ${failed} failed`);
process.exit(failed ? 1 : 0);
