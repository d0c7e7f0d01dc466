/**
 * Reads an import file off the page's thread: decoding, CSV or JSON parsing, the workbook and
 * every row's checks run here, so the page keeps answering (see `worker-client.ts`). Nothing is
 * stored here; the result goes back to the page, which writes only on « Importer ».
 */
import { answerRequest } from './worker-answer';
import type { WorkerReply, WorkerRequest } from './worker-client';

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) =>
	answerRequest(data, (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply));
