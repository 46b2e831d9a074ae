// A worker thread of the ingest: reads and extracts the documents it is
// given and posts their rows to the writer (ingest.ts). At most a few
// chunks of figures wait unwritten: past that, the worker waits for the
// writer, so a large document does not pile up in memory.

import { parentPort, workerData } from "node:worker_threads";
import { guardedMessages, type DocumentJob } from "./document";

// 16, not 4: with 4 the workers waited on the writer whenever it wrote the other worker's
// document (1M synthetic figures: 63.8 → 59.9 s; 32 gave 59.1 s for 50 MB more memory).
const MAX_UNWRITTEN = 16;
// Messages posted and not yet written; the writer counts it down.
const unwritten = new Int32Array(workerData.unwritten as SharedArrayBuffer);

parentPort!.on("message", (job: DocumentJob) => {
  for (const m of guardedMessages(job)) {
    Atomics.add(unwritten, 0, 1);
    // As JSON text: the writer's thread parses it in half the time the structured clone takes to rebuild the rows.
    parentPort!.postMessage(JSON.stringify(m));
    while (Atomics.load(unwritten, 0) > MAX_UNWRITTEN) Atomics.wait(unwritten, 0, Atomics.load(unwritten, 0), 1000);
  }
});
