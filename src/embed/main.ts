/**
 * The embed entry: its styles, then the embed's code (./start.ts). When that code cannot be
 * loaded (a weak connection, a deploy that replaced the files), the frame says so, with "Coba
 * lagi" and a link to the same page in the app (./loadFailure.ts, which imports nothing, so it
 * works when every other file failed).
 */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '../app.css';
import { showLoadFailure } from './loadFailure';

const load = (): Promise<void> => import('./start').then(() => undefined);

load().catch((error: unknown) => showLoadFailure(error, load));
