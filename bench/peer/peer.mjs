// The peer of the sampling benchmark: the official openai SDK sends the same requests at the same concurrency.
// node peer.mjs <baseURL> <requests.json> <concurrency>; prints one JSON line of results.
import OpenAI from "openai";
import { readFileSync } from "node:fs";

const [baseURL, requestsFile, concurrencyText] = process.argv.slice(2);
const requests = JSON.parse(readFileSync(requestsFile, "utf8"));
const concurrency = Number(concurrencyText);
const client = new OpenAI({ baseURL, apiKey: "no-key", maxRetries: 5 });

let next = 0, ok = 0, failed = 0;
const started = performance.now();
async function worker() {
  while (next < requests.length) {
    const request = requests[next++];
    try {
      const reply = await client.chat.completions.create(request);
      if (reply.choices[0].message.content) ok++;
    } catch {
      failed++;
    }
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, ok, failed, rssBytes: process.memoryUsage().rss }));
