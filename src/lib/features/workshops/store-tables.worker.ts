/**
 * Reads the problems store off the page's thread for the pages that count problems: IndexedDB's
 * copying of 100 000 records, their checks and the Arrow tables all run here, while the page
 * starts the engine and the map (see `store-tables.ts`). The page gets the tables (transferred,
 * not copied), then, when it asks, the problems themselves in slices.
 */
import { answerTables } from './store-tables-answer';
import type { TablesRequest, TablesReply } from './store-tables';

const post = (reply: TablesReply, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(reply, transfer);
const answer = answerTables(post);
self.onmessage = ({ data }: MessageEvent<TablesRequest>) => void answer(data);
