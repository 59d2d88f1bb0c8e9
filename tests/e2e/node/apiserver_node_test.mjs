// End-to-end: the official JavaScript client @kubernetes/client-node 2.x against windlass-apiserver.
// Covers typed CoreV1Api CRUD (including the json-patch default of the typed patch methods), the bare
// Watch (with and without a resourceVersion, and a server-side close), makeInformer (add, update and
// delete callbacks, and the re-watches after the client's inactivity timeout), VersionApi and
// ApiException for a 404 Status.
//
// Every test starts its own `windlass-apiserver --data-dir <tmp> --port 0` and talks HTTPS with the
// admin kubeconfig the server writes (generated CA, client certificate).
//
// Usually run by tests/e2e/apiserver_node_test.py. By hand:
//   WINDLASS_APISERVER=build/.../windlass-apiserver WINDLASS_NODE_MODULES=<dir>/node_modules \
//     node --test tests/e2e/node/apiserver_node_test.mjs
//   node tests/e2e/node/apiserver_node_test.mjs --apiserver PATH [--node-modules DIR]
// WINDLASS_NODE_MODULES names the node_modules directory that `npm ci` filled from package-lock.json
// (kept out of the source tree); without it the package is imported by its bare name.
//
// No sleeps: every wait is on an event (a watch event, an informer callback, a process exit) and the
// timeouts below only turn a hang into a failure.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const EVENT_TIMEOUT_MS = 20000; // failure guard for one awaited event
const START_TIMEOUT_MS = 60000; // the ASan server can be slow to start on a busy machine
const TEST_TIMEOUT_MS = 120000;

function argValue(name) {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : undefined;
}

const APISERVER = argValue('--apiserver') || process.env.WINDLASS_APISERVER;
const NODE_MODULES = argValue('--node-modules') || process.env.WINDLASS_NODE_MODULES;
if (!APISERVER) {
    throw new Error('apiserver_node_test: pass --apiserver PATH or set WINDLASS_APISERVER');
}
if (!existsSync(APISERVER)) {
    throw new Error(`apiserver_node_test: no windlass-apiserver at ${APISERVER}`);
}

async function loadClient() {
    if (!NODE_MODULES) {
        return import('@kubernetes/client-node');
    }
    const require = createRequire(join(resolve(NODE_MODULES), '..', 'package.json'));
    return import(pathToFileURL(require.resolve('@kubernetes/client-node')).href);
}

const k8s = await loadClient();
const { KubeConfig, CoreV1Api, KubernetesObjectApi, VersionApi, Watch, ApiException, PatchStrategy, makeInformer, setHeaderOptions,
    ApiextensionsV1Api, CustomObjectsApi } = k8s;

// ---------------------------------------------------------------------------------------------
// Server process

class Server {
    constructor(binary) {
        this.binary = binary;
        this.tmp = mkdtempSync(join(tmpdir(), 'windlass-e2e-node-'));
        this.dataDir = join(this.tmp, 'data');
        this.output = '';
        this.proc = undefined;
        this.url = undefined;
        this.exited = undefined;
    }

    get kubeconfig() {
        return join(this.dataDir, 'admin.kubeconfig');
    }

    start() {
        this.proc = spawn(this.binary, ['--data-dir', this.dataDir, '--port', '0'], {
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        // Killed with the test process too, if a test crashes before its cleanup ran.
        this.onExit = () => this.proc.kill('SIGKILL');
        process.on('exit', this.onExit);
        this.exited = new Promise((res) => this.proc.once('close', (code, signal) => res({ code, signal })));
        return new Promise((res, rej) => {
            const timer = setTimeout(() => {
                rej(new Error(`windlass-apiserver did not start within ${START_TIMEOUT_MS} ms:\n${this.output}`));
            }, START_TIMEOUT_MS);
            const onData = (chunk) => {
                // Keep draining both pipes for the whole run so that the server never blocks on a
                // full pipe; the text is attached to failures.
                this.output += chunk.toString();
                const m = /serving on (https:\/\/\S+)/.exec(this.output);
                if (m && this.url === undefined) {
                    this.url = m[1];
                    clearTimeout(timer);
                    res(this);
                }
            };
            this.proc.stdout.on('data', onData);
            this.proc.stderr.on('data', onData);
            this.proc.once('error', (err) => {
                clearTimeout(timer);
                rej(err);
            });
            this.exited.then(({ code, signal }) => {
                clearTimeout(timer);
                rej(new Error(`windlass-apiserver exited (code ${code}, signal ${signal}):\n${this.output}`));
            });
        });
    }

    kubeConfig() {
        const kc = new KubeConfig();
        kc.loadFromFile(this.kubeconfig);
        assert.equal(kc.getCurrentCluster().server, this.url);
        return kc;
    }

    async cleanup() {
        if (this.proc && this.proc.exitCode === null && this.proc.signalCode === null) {
            this.proc.kill('SIGTERM');
            const guard = setTimeout(() => this.proc.kill('SIGKILL'), 30000);
            await this.exited;
            clearTimeout(guard);
        }
        if (this.onExit) process.off('exit', this.onExit);
        rmSync(this.tmp, { recursive: true, force: true });
    }
}

// One server per test; the server's output is appended to the failure message.
function serverTest(name, options, fn) {
    if (fn === undefined) {
        fn = options;
        options = {};
    }
    test(name, { timeout: TEST_TIMEOUT_MS, ...options }, async () => {
        const server = new Server(APISERVER);
        try {
            await server.start();
            await fn(server, server.kubeConfig());
        } catch (err) {
            if (err instanceof Error) {
                err.message += `\n--- windlass-apiserver output ---\n${server.output}`;
            }
            throw err;
        } finally {
            await server.cleanup();
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Waiting on events

// Records events and lets a test wait for the first one (old or new) that matches a predicate.
class EventLog {
    constructor() {
        this.events = [];
        this.waiters = [];
        this.failure = undefined;
    }

    push(event) {
        this.events.push(event);
        this.waiters = this.waiters.filter((w) => !w.check());
    }

    fail(err) {
        this.failure = err;
        this.waiters.forEach((w) => w.check());
        this.waiters = [];
    }

    // Resolves with the index of the first event at or after `from` that satisfies `pred`.
    waitFor(what, pred, from = 0) {
        return new Promise((res, rej) => {
            const waiter = {
                check: () => {
                    if (this.failure) {
                        clearTimeout(waiter.timer);
                        rej(this.failure);
                        return true;
                    }
                    for (let i = from; i < this.events.length; i++) {
                        if (pred(this.events[i])) {
                            clearTimeout(waiter.timer);
                            res(i);
                            return true;
                        }
                    }
                    return false;
                },
            };
            if (waiter.check()) return;
            waiter.timer = setTimeout(() => {
                this.waiters = this.waiters.filter((w) => w !== waiter);
                rej(new Error(`timed out after ${EVENT_TIMEOUT_MS} ms waiting for ${what}; got ${JSON.stringify(this.events)}`));
            }, EVENT_TIMEOUT_MS);
            this.waiters.push(waiter);
        });
    }
}

function deferred(what) {
    let res;
    let rej;
    const promise = new Promise((a, b) => {
        res = a;
        rej = b;
    });
    const timer = setTimeout(() => rej(new Error(`timed out after ${EVENT_TIMEOUT_MS} ms waiting for ${what}`)), EVENT_TIMEOUT_MS);
    return {
        promise,
        resolve: (v) => {
            clearTimeout(timer);
            res(v);
        },
        reject: (e) => {
            clearTimeout(timer);
            rej(e);
        },
    };
}

async function expectApiError(promise, code) {
    let err;
    try {
        await promise;
    } catch (e) {
        err = e;
    }
    assert.ok(err, `expected an ApiException with code ${code}, the call succeeded`);
    assert.ok(err instanceof ApiException, `expected an ApiException, got ${err}`);
    assert.equal(err.code, code, String(err));
    assert.equal(typeof err.body, 'string', 'ApiException.body is the response text');
    return JSON.parse(err.body);
}

const NS = 'default';
const CM_PATH = `/api/v1/namespaces/${NS}/configmaps`;

function configMap(name, data = { a: '1' }) {
    return { metadata: { name }, data };
}

function names(list) {
    return list.items.map((i) => i.metadata.name).sort();
}

// ---------------------------------------------------------------------------------------------
// Tests

serverTest('CoreV1Api ConfigMap list/create/read/patch/replace/delete', async (server, kc) => {
    const core = kc.makeApiClient(CoreV1Api);

    const before = await core.listNamespacedConfigMap({ namespace: NS });
    assert.ok(Array.isArray(before.items));
    assert.ok(before.metadata.resourceVersion, 'a list carries a resourceVersion');
    assert.ok(!names(before).includes('jscm'));

    const created = await core.createNamespacedConfigMap({ namespace: NS, body: configMap('jscm') });
    assert.equal(created.metadata.name, 'jscm');
    assert.equal(created.metadata.namespace, NS);
    assert.ok(created.metadata.uid);
    assert.ok(created.metadata.resourceVersion);
    assert.ok(created.metadata.creationTimestamp instanceof Date, 'creationTimestamp parses as a date');
    assert.deepEqual(created.data, { a: '1' });

    const dup = await expectApiError(core.createNamespacedConfigMap({ namespace: NS, body: configMap('jscm') }), 409);
    assert.equal(dup.kind, 'Status');
    assert.equal(dup.reason, 'AlreadyExists');

    const read = await core.readNamespacedConfigMap({ name: 'jscm', namespace: NS });
    assert.equal(read.metadata.uid, created.metadata.uid);
    assert.deepEqual(read.data, { a: '1' });

    // The typed patch methods of 2.x send application/json-patch+json unless told otherwise.
    const jsonPatched = await core.patchNamespacedConfigMap({
        name: 'jscm',
        namespace: NS,
        body: [{ op: 'add', path: '/data/b', value: '2' }],
    });
    assert.deepEqual(jsonPatched.data, { a: '1', b: '2' });
    assert.notEqual(jsonPatched.metadata.resourceVersion, created.metadata.resourceVersion);

    const merged = await core.patchNamespacedConfigMap(
        { name: 'jscm', namespace: NS, body: { data: { c: '3', a: null } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    assert.deepEqual(merged.data, { b: '2', c: '3' });

    const strategic = await core.patchNamespacedConfigMap(
        { name: 'jscm', namespace: NS, body: { metadata: { labels: { app: 'js' } }, data: { d: '4' } } },
        setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    assert.deepEqual(strategic.data, { b: '2', c: '3', d: '4' });
    assert.deepEqual(strategic.metadata.labels, { app: 'js' });

    // Replace with the current resourceVersion succeeds; the same body again is a conflict.
    strategic.data.e = '5';
    const replaced = await core.replaceNamespacedConfigMap({ name: 'jscm', namespace: NS, body: strategic });
    assert.deepEqual(replaced.data, { b: '2', c: '3', d: '4', e: '5' });
    const stale = await expectApiError(core.replaceNamespacedConfigMap({ name: 'jscm', namespace: NS, body: strategic }), 409);
    assert.equal(stale.reason, 'Conflict');

    const labelled = await core.listNamespacedConfigMap({ namespace: NS, labelSelector: 'app=js' });
    assert.deepEqual(names(labelled), ['jscm']);
    const all = await core.listNamespacedConfigMap({ namespace: NS });
    assert.ok(names(all).includes('jscm'), JSON.stringify(names(all)));

    // Foreground deletion is asynchronous, as on a real cluster: the answer is the object with
    // deletionTimestamp and the foregroundDeletion finalizer (which this client reads as a
    // V1Status, keeping only metadata.resourceVersion), and the garbage collector removes it
    // afterwards. Watch from that resourceVersion so the DELETED event cannot be missed.
    const deleting = await core.deleteNamespacedConfigMap({ name: 'jscm', namespace: NS, propagationPolicy: 'Foreground' });
    assert.ok(deleting.metadata.resourceVersion, JSON.stringify(deleting));
    const log = new EventLog();
    const done = deferred('the watch done callback');
    const controller = await new Watch(kc).watch(
        CM_PATH,
        { resourceVersion: deleting.metadata.resourceVersion, fieldSelector: 'metadata.name=jscm' },
        (type, obj) => log.push({ type, name: obj.metadata.name }),
        (err) => done.resolve(err),
    );
    try {
        await log.waitFor('DELETED jscm', (e) => e.type === 'DELETED' && e.name === 'jscm');
    } finally {
        controller.abort();
        await done.promise;
    }
    await expectApiError(core.readNamespacedConfigMap({ name: 'jscm', namespace: NS }), 404);
    const after = await core.listNamespacedConfigMap({ namespace: NS });
    assert.ok(!names(after).includes('jscm'), JSON.stringify(names(after)));
});

// KubernetesObjectApi: generic create/read/patch by apiVersion and kind (legacy per-group-version
// discovery); its patch defaults to a strategic merge patch, so containers merge by name.
serverTest('KubernetesObjectApi create/patch/delete of a Deployment', async (server, kc) => {
    const objects = KubernetesObjectApi.makeApiClient(kc);
    const deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'jsweb', namespace: NS },
        spec: {
            selector: { matchLabels: { app: 'jsweb' } },
            template: {
                metadata: { labels: { app: 'jsweb' } },
                spec: { containers: [{ name: 'a', image: 'x:1' }, { name: 'b', image: 'y:1' }] },
            },
        },
    };
    const created = await objects.create(deployment);
    assert.equal(created.metadata.name, 'jsweb');
    const patched = await objects.patch({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'jsweb', namespace: NS },
        spec: { template: { spec: { containers: [{ name: 'b', image: 'y:2' }] } } },
    });
    assert.deepEqual(patched.spec.template.spec.containers.map((c) => [c.name, c.image]), [['a', 'x:1'], ['b', 'y:2']]);
    const read = await objects.read({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'jsweb', namespace: NS } });
    assert.equal(read.metadata.resourceVersion, patched.metadata.resourceVersion);
    await objects.delete({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'jsweb', namespace: NS } });
});

// Server-side apply through the typed patch method (the request of spec A30 "js patch ssa").
serverTest('CoreV1Api server-side apply of a ConfigMap', async (server, kc) => {
    const core = kc.makeApiClient(CoreV1Api);
    const ssa = (data) => core.patchNamespacedConfigMap(
        {
            name: 'jscm2',
            namespace: NS,
            fieldManager: 'js',
            force: true,
            body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'jscm2' }, data },
        },
        setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
    );
    const created = await ssa({ c: '3' });
    assert.deepEqual(created.data, { c: '3' });
    assert.ok(created.metadata.managedFields.some((f) => f.manager === 'js' && f.operation === 'Apply'));
    const updated = await ssa({ d: '4' });
    assert.deepEqual(updated.data, { d: '4' }, 'fields the manager no longer applies are removed');
    await core.deleteNamespacedConfigMap({ name: 'jscm2', namespace: NS });
});

serverTest('Watch without a resourceVersion: synthetic ADDED, then ADDED/MODIFIED/DELETED', async (server, kc) => {
    const core = kc.makeApiClient(CoreV1Api);
    await core.createNamespacedConfigMap({ namespace: NS, body: configMap('existing') });

    const log = new EventLog();
    const done = deferred('the watch done callback');
    const controller = await new Watch(kc).watch(
        CM_PATH,
        { allowWatchBookmarks: true },
        (type, obj) => {
            if (type !== 'BOOKMARK') log.push({ type, name: obj.metadata.name, obj });
        },
        (err) => {
            log.fail(err || new Error('watch ended early'));
            done.resolve(err);
        },
    );
    try {
        // The synthetic ADDED for the existing object shows the watch is live.
        await log.waitFor('ADDED existing', (e) => e.type === 'ADDED' && e.name === 'existing');

        await core.createNamespacedConfigMap({ namespace: NS, body: configMap('w1') });
        await core.patchNamespacedConfigMap({
            name: 'w1',
            namespace: NS,
            body: [{ op: 'replace', path: '/data/a', value: '2' }],
        });
        await core.deleteNamespacedConfigMap({ name: 'w1', namespace: NS });
        await log.waitFor('DELETED w1', (e) => e.type === 'DELETED' && e.name === 'w1');

        const w1 = log.events.filter((e) => e.name === 'w1');
        assert.deepEqual(w1.map((e) => e.type), ['ADDED', 'MODIFIED', 'DELETED']);
        for (const e of log.events) {
            assert.equal(e.obj.apiVersion, 'v1', 'watch event objects carry apiVersion');
            assert.equal(e.obj.kind, 'ConfigMap', 'watch event objects carry kind');
            assert.equal(e.obj.metadata.namespace, NS);
        }
        assert.equal(w1[1].obj.data.a, '2');
        const rvs = w1.map((e) => Number(e.obj.metadata.resourceVersion));
        assert.ok(rvs[0] < rvs[1] && rvs[1] < rvs[2], `resourceVersions increase: ${rvs}`);
        assert.deepEqual(log.events.map((e) => e.name), ['existing', 'w1', 'w1', 'w1']);
    } finally {
        controller.abort();
        await done.promise;
    }
});

serverTest('Watch from a list resourceVersion replays the changes made since', async (server, kc) => {
    const core = kc.makeApiClient(CoreV1Api);
    await core.createNamespacedConfigMap({ namespace: NS, body: configMap('old') });
    const rv = (await core.listNamespacedConfigMap({ namespace: NS })).metadata.resourceVersion;
    await core.createNamespacedConfigMap({ namespace: NS, body: configMap('r1') });
    await core.patchNamespacedConfigMap(
        { name: 'r1', namespace: NS, body: { data: { x: 'y' } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await core.deleteNamespacedConfigMap({ name: 'r1', namespace: NS });

    const log = new EventLog();
    const done = deferred('the watch done callback');
    const controller = await new Watch(kc).watch(
        CM_PATH,
        { resourceVersion: rv },
        (type, obj) => log.push({ type, name: obj.metadata.name, obj }),
        (err) => done.resolve(err),
    );
    try {
        await log.waitFor('DELETED r1', (e) => e.type === 'DELETED' && e.name === 'r1');
        assert.deepEqual(log.events.map((e) => `${e.type} ${e.name}`), ['ADDED r1', 'MODIFIED r1', 'DELETED r1']);
    } finally {
        controller.abort();
        await done.promise;
    }
});

serverTest('Watch with timeoutSeconds ends cleanly (done callback without error)', async (server, kc) => {
    const done = deferred('the server to close a watch with timeoutSeconds=1');
    await new Watch(kc).watch(CM_PATH, { timeoutSeconds: 1 }, () => {}, (err) => done.resolve(err));
    assert.equal(await done.promise, null);
});

serverTest('makeInformer: add, update and delete callbacks', async (server, kc) => {
    const core = kc.makeApiClient(CoreV1Api);
    await core.createNamespacedConfigMap({ namespace: NS, body: configMap('pre') });

    let lists = 0;
    const informer = makeInformer(kc, CM_PATH, () => {
        lists++;
        return core.listNamespacedConfigMap({ namespace: NS });
    });
    const log = new EventLog();
    let stopped = false;
    informer.on('add', (obj) => log.push({ type: 'add', name: obj.metadata.name, obj }));
    informer.on('update', (obj) => log.push({ type: 'update', name: obj.metadata.name, obj }));
    informer.on('delete', (obj) => log.push({ type: 'delete', name: obj.metadata.name, obj }));
    informer.on('error', (err) => {
        if (!stopped) log.fail(err);
    });
    try {
        // start() resolves once the list is in the cache and the watch (from the list's
        // resourceVersion) has been answered, so nothing made after it can be missed.
        await informer.start();
        await log.waitFor('add pre', (e) => e.type === 'add' && e.name === 'pre');
        assert.deepEqual(informer.list(NS).map((o) => o.metadata.name), ['pre']);

        await core.createNamespacedConfigMap({ namespace: NS, body: configMap('inf') });
        const added = await log.waitFor('add inf', (e) => e.type === 'add' && e.name === 'inf');

        await core.patchNamespacedConfigMap({
            name: 'inf',
            namespace: NS,
            body: [{ op: 'add', path: '/data/b', value: '2' }],
        });
        const updated = await log.waitFor('update inf', (e) => e.type === 'update' && e.name === 'inf', added);
        assert.deepEqual(log.events[updated].obj.data, { a: '1', b: '2' });
        assert.deepEqual(informer.get('inf', NS).data, { a: '1', b: '2' });

        await core.deleteNamespacedConfigMap({ name: 'inf', namespace: NS });
        await log.waitFor('delete inf', (e) => e.type === 'delete' && e.name === 'inf', updated);
        assert.equal(informer.get('inf', NS), undefined);
        assert.deepEqual(log.events.map((e) => `${e.type} ${e.name}`), ['add pre', 'add inf', 'update inf', 'delete inf']);
        assert.equal(lists, 1, 'the informer listed once');
    } finally {
        stopped = true;
        await informer.stop();
    }
});

// Spec F5: the 2.x Watch aborts a stream that stays silent for requestTimeoutMs (30 s by default)
// and the informer then re-watches from its last resourceVersion without relisting. Shortened to
// 500 ms here; the server must keep accepting those re-watches (no 410, no error) and deliver
// changes on the current one.
serverTest('custom resources: list, watch and makeInformer for a CRD made by the test', async (server, kc) => {
    const ext = kc.makeApiClient(ApiextensionsV1Api);
    await ext.createCustomResourceDefinition({
        body: {
            apiVersion: 'apiextensions.k8s.io/v1',
            kind: 'CustomResourceDefinition',
            metadata: { name: 'gizmos.example.com' },
            spec: {
                group: 'example.com',
                scope: 'Namespaced',
                names: { kind: 'Gizmo', plural: 'gizmos' },
                versions: [{
                    name: 'v1', served: true, storage: true,
                    schema: { openAPIV3Schema: { type: 'object', properties: {
                        spec: { type: 'object', properties: { n: { type: 'integer' } } } } } },
                }],
            },
        },
    });
    const co = kc.makeApiClient(CustomObjectsApi);
    const gizmo = (name, n) => ({ apiVersion: 'example.com/v1', kind: 'Gizmo', metadata: { name }, spec: { n } });
    const base = { group: 'example.com', version: 'v1', namespace: NS, plural: 'gizmos' };
    await co.createNamespacedCustomObject({ ...base, body: gizmo('g0', 0) });
    const listed = await co.listNamespacedCustomObject(base);
    assert.deepEqual(listed.items.map((o) => o.metadata.name), ['g0']);

    const path = `/apis/example.com/v1/namespaces/${NS}/gizmos`;
    const informer = makeInformer(kc, path, () => co.listNamespacedCustomObject(base));
    const log = new EventLog();
    let stopped = false;
    informer.on('add', (obj) => log.push({ type: 'add', name: obj.metadata.name, obj }));
    informer.on('update', (obj) => log.push({ type: 'update', name: obj.metadata.name, obj }));
    informer.on('delete', (obj) => log.push({ type: 'delete', name: obj.metadata.name, obj }));
    informer.on('error', (err) => {
        if (!stopped) log.fail(err);
    });
    try {
        await informer.start();
        await log.waitFor('add g0', (e) => e.type === 'add' && e.name === 'g0');
        await co.createNamespacedCustomObject({ ...base, body: gizmo('g1', 1) });
        const added = await log.waitFor('add g1', (e) => e.type === 'add' && e.name === 'g1');
        await co.patchNamespacedCustomObject({ ...base, name: 'g1', body: [{ op: 'replace', path: '/spec/n', value: 2 }] });
        const updated = await log.waitFor('update g1', (e) => e.type === 'update' && e.name === 'g1', added);
        assert.equal(log.events[updated].obj.spec.n, 2);
        await co.deleteNamespacedCustomObject({ ...base, name: 'g1' });
        await log.waitFor('delete g1', (e) => e.type === 'delete' && e.name === 'g1', updated);
        assert.deepEqual(informer.list(NS).map((o) => o.metadata.name), ['g0']);
    } finally {
        stopped = true;
        await informer.stop();
    }
});

serverTest('makeInformer re-watches from its resourceVersion after the inactivity timeout', async (server, kc) => {
    const core = kc.makeApiClient(CoreV1Api);
    let lists = 0;
    const informer = makeInformer(kc, CM_PATH, () => {
        lists++;
        return core.listNamespacedConfigMap({ namespace: NS });
    });
    informer.watch.requestTimeoutMs = 500;
    const log = new EventLog();
    let stopped = false;
    let connects = 0;
    informer.on('connect', () => {
        connects++;
        log.push({ type: 'connect', n: connects });
    });
    informer.on('add', (obj) => log.push({ type: 'add', name: obj.metadata.name }));
    informer.on('error', (err) => {
        if (!stopped) log.fail(err);
    });
    try {
        await informer.start();
        await log.waitFor('the third (re)connect', (e) => e.type === 'connect' && e.n === 3);
        await core.createNamespacedConfigMap({ namespace: NS, body: configMap('late') });
        await log.waitFor('add late', (e) => e.type === 'add' && e.name === 'late');
        assert.equal(lists, 1, 'the re-watches did not relist (no 410)');
    } finally {
        stopped = true;
        await informer.stop();
    }
});

serverTest('VersionApi.getCode reports 1.32', async (server, kc) => {
    const version = await kc.makeApiClient(VersionApi).getCode();
    assert.equal(version.major, '1');
    assert.equal(version.minor, '32');
    assert.match(version.gitVersion, /^v1\.32\./);
    for (const field of ['gitCommit', 'gitTreeState', 'buildDate', 'goVersion', 'compiler', 'platform']) {
        assert.equal(typeof version[field], 'string', `VersionInfo.${field}`);
    }
});

serverTest('a 404 surfaces as ApiException code 404 with the Status body', async (server, kc) => {
    const core = kc.makeApiClient(CoreV1Api);
    const status = await expectApiError(core.readNamespacedConfigMap({ name: 'nope', namespace: NS }), 404);
    assert.equal(status.kind, 'Status');
    assert.equal(status.apiVersion, 'v1');
    assert.equal(status.status, 'Failure');
    assert.equal(status.reason, 'NotFound');
    assert.equal(status.code, 404);
    assert.equal(status.message, 'configmaps "nope" not found');
    assert.deepEqual(status.details, { name: 'nope', kind: 'configmaps' });

    const del = await expectApiError(core.deleteNamespacedConfigMap({ name: 'nope', namespace: NS }), 404);
    assert.equal(del.reason, 'NotFound');
});
