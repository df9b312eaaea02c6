// Validates installer/kubernetes: every object of every YAML file (several documents a file) against
// Kubernetes' published schemas for its apiVersion and kind (the npm package kubernetes-models), the
// kustomization's resource list against the files in the folder, the references between the objects, and
// the security settings docs/kubernetes.md promises. Exits 1 when anything fails.
//   node validate-installer.js INSTALLER_DIR [--built KUSTOMIZE_OUTPUT] [--doc MARKDOWN]
// --doc: the Kubernetes objects in the document's ```yaml blocks (an example Ingress) validate too.
//
// A validator that accepts everything would pass every file, so it first checks documents it must refuse
// and fails when one is accepted.
"use strict";
const fs = require("fs");
const path = require("path");
const yaml = require("js-yaml");

let failed = 0;
function fail(message) {
    console.log("FAIL " + message);
    ++failed;
}

// The kubernetes-models class for an apiVersion and kind: "apps/v1" Deployment is
// kubernetes-models/apps/v1/Deployment, the core group's "v1" Service is kubernetes-models/v1/Service.
function modelFor(apiVersion, kind) {
    if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[A-Za-z]+$/.test(kind))
        return null;
    const parts = apiVersion.split("/");
    const modulePath = parts.length === 1 ? `v1/${kind}` : `${parts[0]}/${parts[1]}/${kind}`;
    if (parts.length > 2 || (parts.length === 1 && apiVersion !== "v1"))
        return null;
    try {
        return require(`kubernetes-models/${modulePath}`)[kind] || null;
    } catch (error) {
        return null;
    }
}

function problems(document) {
    const Model = modelFor(document.apiVersion, document.kind);
    if (!Model)
        return `no published schema for ${document.apiVersion} ${document.kind}`;
    try {
        new Model(document).validate();
        return null;
    } catch (error) {
        return error.message;
    }
}

const dir = process.argv[2];
function option(name) {
    const at = process.argv.indexOf(name, 3);
    return at > 0 ? process.argv[at + 1] : null;
}
const kustomizationFile = path.join(dir, "kustomization.yaml");
const kustomization = yaml.load(fs.readFileSync(kustomizationFile, "utf8"));

// The kustomization: lists every manifest in the folder, and only files that are there.
const onDisk = fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name) && name !== "kustomization.yaml");
const listed = kustomization.resources || [];
if (kustomization.apiVersion !== "kustomize.config.k8s.io/v1beta1" || kustomization.kind !== "Kustomization")
    fail(`kustomization.yaml: apiVersion/kind ${kustomization.apiVersion} ${kustomization.kind}`);
for (const name of onDisk.filter((name) => !listed.includes(name)))
    fail(`kustomization.yaml does not list ${name}`);
for (const name of listed.filter((name) => !onDisk.includes(name)))
    fail(`kustomization.yaml lists ${name}, which is not in ${dir}`);
if (new Set(listed).size !== listed.length)
    fail("kustomization.yaml lists a file twice");
const knownKeys = ["apiVersion", "kind", "labels", "resources", "configMapGenerator", "images"];
for (const key of Object.keys(kustomization).filter((key) => !knownKeys.includes(key)))
    fail(`kustomization.yaml: unexpected key ${key} (a namespace belongs in an overlay)`);

// Every object of every listed file, against its schema.
const objects = [];
for (const name of listed.filter((name) => onDisk.includes(name))) {
    let documents;
    try {
        documents = yaml.loadAll(fs.readFileSync(path.join(dir, name), "utf8")).filter((d) => d !== null);
    } catch (error) {
        fail(`${name}: not YAML: ${error.message}`);
        continue;
    }
    if (documents.length === 0)
        fail(`${name}: no object`);
    for (const document of documents) {
        const what = `${name}: ${document.kind} ${document.metadata && document.metadata.name}`;
        if (document.metadata && document.metadata.namespace)
            fail(`${what} names a namespace; the base is namespace-agnostic`);
        const found = problems(document);
        console.log(found ? `FAIL ${what}: ${found}` : `ok   ${what}`);
        failed += found ? 1 : 0;
        objects.push(document);
    }
}

// The objects refer to each other by name; a renamed object must not leave a dangling reference.
function one(kind) {
    const found = objects.filter((o) => o.kind === kind);
    if (found.length !== 1)
        fail(`expected one ${kind}, found ${found.length}`);
    return found[0] || {};
}
function expect(condition, message) {
    if (!condition)
        fail(message);
}
const deployment = one("Deployment");
const service = one("Service");
const serviceAccount = one("ServiceAccount");
const role = one("Role");
const roleBinding = one("RoleBinding");
const clusterRole = one("ClusterRole");
const clusterRoleBinding = one("ClusterRoleBinding");
const claim = one("PersistentVolumeClaim");
const pod = ((deployment.spec || {}).template || {}).spec || {};
const podLabels = (((deployment.spec || {}).template || {}).metadata || {}).labels || {};
const container = (pod.containers || [])[0] || {};
const saName = (serviceAccount.metadata || {}).name;

expect(pod.serviceAccountName === saName, "the Deployment does not run as the ServiceAccount");
expect((roleBinding.roleRef || {}).name === (role.metadata || {}).name, "the RoleBinding names another Role");
expect((clusterRoleBinding.roleRef || {}).name === (clusterRole.metadata || {}).name,
       "the ClusterRoleBinding names another ClusterRole");
for (const binding of [roleBinding, clusterRoleBinding])
    expect((binding.subjects || []).some((s) => s.kind === "ServiceAccount" && s.name === saName),
           `${binding.kind} does not bind the ServiceAccount`);
expect((pod.volumes || []).some((v) => v.persistentVolumeClaim &&
                                      v.persistentVolumeClaim.claimName === (claim.metadata || {}).name),
       "no volume of the Deployment is the PersistentVolumeClaim");
const selector = (service.spec || {}).selector || {};
expect(Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => podLabels[k] === v),
       "the Service's selector does not select the server's pods");
const ports = (container.ports || []).map((p) => p.name);
for (const p of (service.spec || {}).ports || [])
    expect(ports.includes(p.targetPort), `the Service's targetPort ${p.targetPort} is no container port`);
const generated = {};
for (const generator of kustomization.configMapGenerator || [])
    generated[generator.name] = (generator.literals || []).map((literal) => literal.split("=")[0]);
for (const env of container.env || []) {
    const ref = env.valueFrom && env.valueFrom.configMapKeyRef;
    if (ref)
        expect((generated[ref.name] || []).includes(ref.key), `env ${env.name}: no key ${ref.key} in ${ref.name}`);
}
// Each $(VAR) in the arguments is an environment variable of the container (else it stays literal text).
const envNames = (container.env || []).map((e) => e.name);
for (const arg of container.args || [])
    for (const [, name] of arg.matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g))
        expect(envNames.includes(name), `argument ${arg} uses $(${name}), which the container does not set`);

// What docs/kubernetes.md promises about the server's pod.
const podSecurity = pod.securityContext || {};
const security = container.securityContext || {};
expect((deployment.spec || {}).replicas === 1, "the server runs one replica");
expect(((deployment.spec || {}).strategy || {}).type === "Recreate", "the server's strategy is Recreate");
expect(podSecurity.runAsNonRoot === true && podSecurity.runAsUser === 10001, "the pod runs as uid 10001, non-root");
expect((podSecurity.seccompProfile || {}).type === "RuntimeDefault", "the pod's seccomp profile is RuntimeDefault");
expect(security.allowPrivilegeEscalation === false, "allowPrivilegeEscalation is false");
expect(security.readOnlyRootFilesystem === true, "the root filesystem is read-only");
expect(JSON.stringify((security.capabilities || {}).drop) === '["ALL"]', "every capability is dropped");
for (const probe of ["readinessProbe", "livenessProbe"])
    expect(((container[probe] || {}).httpGet || {}).path === "/healthz", `the ${probe} asks /healthz`);
expect((container.volumeMounts || []).some((m) => m.mountPath === "/var/lib/switchyard"),
       "the data dir /var/lib/switchyard is mounted");
expect((container.args || []).includes("--data-dir=/var/lib/switchyard"), "the server's data dir is the mount");
// RBAC: named resources and verbs only; a wildcard would grant what the backend never uses.
for (const r of [role, clusterRole])
    for (const rule of r.rules || [])
        for (const field of ["apiGroups", "resources", "verbs"])
            expect(!(rule[field] || []).includes("*"), `${r.kind} has a wildcard in ${field}`);
expect(JSON.stringify(clusterRole.rules) ===
       JSON.stringify([{apiGroups: [""], resources: ["nodes"], verbs: ["get", "list"]}]),
       "the ClusterRole reads nodes and nothing else");

// What kustomize builds from the base (when the test could run it): every object, the generated
// ConfigMap included, validates too.
if (option("--built")) {
    const built = yaml.loadAll(fs.readFileSync(option("--built"), "utf8")).filter((d) => d !== null);
    for (const document of built) {
        const found = problems(document);
        console.log(found ? `FAIL built ${document.kind}: ${found}` : `ok   built ${document.kind} ${document.metadata.name}`);
        failed += found ? 1 : 0;
    }
    expect(built.some((d) => d.kind === "ConfigMap"), "kustomize built no ConfigMap");
    expect(built.length === objects.length + (kustomization.configMapGenerator || []).length,
           `kustomize built ${built.length} objects`);
}

// The examples an operator copies from the document: a Kubernetes object validates, an overlay builds on
// this base.
if (option("--doc")) {
    const doc = option("--doc");
    const blocks = [...fs.readFileSync(doc, "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length > 0, `${doc} has no yaml example`);
    for (const document of blocks.flatMap((block) => yaml.loadAll(block)).filter((d) => d !== null)) {
        if (document.kind === "Kustomization") {
            expect((document.resources || []).some((r) => r.endsWith("installer/kubernetes")),
                   `${doc}: an overlay that is not on installer/kubernetes`);
            continue;
        }
        const found = problems(document);
        console.log(found ? `FAIL ${doc}: ${document.kind}: ${found}` : `ok   ${doc}: ${document.kind}`);
        failed += found ? 1 : 0;
    }
}

// Documents the schemas must refuse: otherwise every check above could pass on nothing.
const mustRefuse = [
    ["a replica count that is a string", {...deployment, spec: {...deployment.spec, replicas: "1"}}],
    ["a Service port that is a name", {...service, spec: {...service.spec, ports: [{port: "http"}]}}],
    ["a Role whose verbs are one string", {...role, rules: [{apiGroups: [""], resources: ["pods"], verbs: "get"}]}],
    ["a kind with no schema", {apiVersion: "v1", kind: "Podd", metadata: {name: "x"}}],
];
for (const [what, document] of mustRefuse)
    if (!problems(document))
        fail(`the validator accepted a wrong document (${what})`);

console.log(`${objects.length} objects in ${listed.length} files checked, ${failed} failed`);
process.exit(failed ? 1 : 0);
