// The build's worker thread starts here: tsx's loader is registered per thread, so this plain
// module registers it and then loads the TypeScript worker (scripts/build-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./build-worker.ts');
