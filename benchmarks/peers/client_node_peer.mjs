// @kubernetes/client-node's side of benchmarks/peers/client_peers.py: typed ConfigMap gets and
// creates back to back (awaited one by one, as our client_bench does), and the events/s of a
// Watch replaying N creates. Prints one JSON line.
//
//   node client_node_peer.mjs --kubeconfig KC --node-modules DIR --n 2000 --watch NS:RV:N
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function arg(name) {
    const i = process.argv.indexOf(name);
    if (i < 0 || i + 1 >= process.argv.length) throw new Error(`client_node_peer: ${name} is required`);
    return process.argv[i + 1];
}

const require = createRequire(join(resolve(arg('--node-modules')), '..', 'package.json'));
const k8s = await import(pathToFileURL(require.resolve('@kubernetes/client-node')).href);
const kc = new k8s.KubeConfig();
kc.loadFromFile(arg('--kubeconfig'));
const core = kc.makeApiClient(k8s.CoreV1Api);
const n = Number(arg('--n'));
const [watchNs, watchRv, watchN] = arg('--watch').split(':');

const configMap = (name) => ({
    apiVersion: 'v1', kind: 'ConfigMap',
    metadata: { name, labels: { app: 'bench', tier: 'backend' } },
    data: { mode: 'fast', replicas: '3', endpoint: 'https://example.com:8443/v1' },
});

async function rate(count, body) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < count; i++) await body(i);
    return count / (Number(process.hrtime.bigint() - t0) / 1e9);
}

await core.createNamespacedConfigMap({ namespace: 'default', body: configMap('node-target') });
await core.readNamespacedConfigMap({ name: 'node-target', namespace: 'default' });  // warm the connection
const gets = await rate(n, () => core.readNamespacedConfigMap({ name: 'node-target', namespace: 'default' }));
const creates = await rate(n, (i) => core.createNamespacedConfigMap({ namespace: 'default', body: configMap(`node-${i}`) }));

const want = Number(watchN);
let seen = 0;
let finished;
const allSeen = new Promise((res, rej) => { finished = { res, rej }; });
const t0 = process.hrtime.bigint();
const controller = await new k8s.Watch(kc).watch(
    `/api/v1/namespaces/${watchNs}/configmaps`,
    { resourceVersion: watchRv, allowWatchBookmarks: false },
    () => { if (++seen === want) finished.res(); },
    (err) => { if (seen < want) finished.rej(err || new Error(`watch ended after ${seen} events`)); },
);
await allSeen;
const events = want / (Number(process.hrtime.bigint() - t0) / 1e9);
controller.abort();
console.log(JSON.stringify({ gets_per_s: gets, creates_per_s: creates, watch_events_per_s: events }));
process.exit(0);
