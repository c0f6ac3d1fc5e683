#!/usr/bin/env node
// SSE fan-out: SUBSCRIBERS (1,000) real HTTP connections to GET /api/events on one API process
// (a child, PGlite), then EVENTS seat changes made through the API; for each, the time from the
// request to each subscriber's receipt of the event. Prints p50/p95/max of every receipt and of
// "received by all", and the server's memory before and after the subscribers connected.
// Run: node bench/sse-fanout.bench.mjs   (target: p95 ≤ 500 ms)

import { fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 1000);
const EVENTS = Number(process.env.EVENTS ?? 20);
const CONNECT_BATCH = 50;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const ms = (value) => `${value.toFixed(1)} ms`;

const child = fork(fileURLToPath(new URL('./sse-fanout-server.ts', import.meta.url)), {
  execArgv: ['--import', 'tsx', '--expose-gc'],
  env: { ...process.env, SUBSCRIBERS: String(SUBSCRIBERS) },
});
const reply = (key, message) =>
  new Promise((resolve) => {
    const onMessage = (answer) => {
      if (!(key in answer)) return;
      child.off('message', onMessage);
      resolve(answer[key]);
    };
    child.on('message', onMessage);
    if (message) child.send(message);
  });

const { port, cookies } = await reply('ready');
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function request(method, path, cookie, body) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      { host: '127.0.0.1', port, method, path, agent, headers: { cookie, ...(data && { 'content-type': 'application/json' }) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** One subscriber: calls `onEvent(type)` as each event's frame completes. */
function subscribe(cookie, onEvent) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/api/events', headers: { cookie, accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      res.setEncoding('utf8');
      let buffer = '';
      let first = true;
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(frame)?.[1];
          if (!type) continue;
          if (first && type === 'snapshot') resolve(req);
          first = false;
          onEvent(type);
        }
      });
    });
    req.on('error', reject);
  });
}

const before = await reply('memory', { memory: true });

// The counsellor whose seat changes, signed in over HTTP like the SPA.
const signIn = await new Promise((resolve, reject) => {
  const req = http.request(
    { host: '127.0.0.1', port, method: 'POST', path: '/api/session', agent, headers: { 'content-type': 'application/json' } },
    (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers['set-cookie']?.[0]?.split(';')[0]));
    },
  );
  req.on('error', reject);
  req.end(JSON.stringify({ username: 'counsellor1', password: 'Demo-12356-c1' }));
});
if ((await request('POST', '/api/shift/clock-in', signIn)) !== 200) throw new Error('clock-in failed');

let waiting = null;
const receipts = [];
const onEvent = (type) => {
  if (type !== 'seat-changed' || !waiting) return;
  receipts.push(performance.now() - waiting.sentAt);
  waiting.count += 1;
  if (waiting.count === SUBSCRIBERS) waiting.done();
};

const connectStarted = performance.now();
const streams = [];
for (let index = 0; index < SUBSCRIBERS; index += CONNECT_BATCH) {
  streams.push(...(await Promise.all(cookies.slice(index, index + CONNECT_BATCH).map((cookie) => subscribe(cookie, onEvent)))));
}
const connectMs = performance.now() - connectStarted;
const connected = await reply('memory', { memory: true });

const allReceived = [];
for (let round = 0; round < EVENTS; round++) {
  const change = round % 2 === 0 ? { change: 'break', kind: 'break' } : { change: 'available' };
  const done = new Promise((resolve) => {
    waiting = { sentAt: performance.now(), count: 0, done: resolve };
  });
  const sentAt = waiting.sentAt;
  const status = await request('PUT', '/api/seat', signIn, change);
  if (status !== 200) throw new Error(`seat change answered ${status}`);
  await done;
  allReceived.push(performance.now() - sentAt);
  waiting = null;
}
const after = await reply('memory', { memory: true });

for (const req of streams) req.destroy();
child.send({ stop: true });
agent.destroy();

console.log(`SSE fan-out, ${SUBSCRIBERS} subscribers on one API process (PGlite), ${EVENTS} seat changes through the API`);
console.log(`  connect + snapshot, all ${SUBSCRIBERS}: ${ms(connectMs)}`);
console.log(`  each receipt (request → event at a subscriber), ${receipts.length}: p50 ${ms(percentile(receipts, 50))} / p95 ${ms(percentile(receipts, 95))} / max ${ms(Math.max(...receipts))} (target p95 ≤ 500 ms)`);
console.log(`  received by all ${SUBSCRIBERS}, per event: p50 ${ms(percentile(allReceived, 50))} / p95 ${ms(percentile(allReceived, 95))} / max ${ms(Math.max(...allReceived))}`);
const mem = (m) => `RSS ${m.rssMb.toFixed(0)} MB, heap ${m.heapMb.toFixed(0)} MB`;
console.log(`  server memory: before ${mem(before)}; ${SUBSCRIBERS} connected ${mem(connected)}; after the events ${mem(after)}`);
console.log(`  per subscriber: ${(((connected.heapMb - before.heapMb) * 1024) / SUBSCRIBERS).toFixed(1)} KB heap, ${(((connected.rssMb - before.rssMb) * 1024) / SUBSCRIBERS).toFixed(1)} KB RSS`);
