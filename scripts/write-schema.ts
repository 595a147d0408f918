/** npm run schema: writes data/schema.json (JSON Schema draft-07) from the valibot schema. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Region } from '../src/data/schema';
import { DATA_DIR } from './sources';

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Bagan Sistem Kerja: region data (schemaVersion 1)',
  description: 'One Sistem Kerja regulation as cited data. Source of truth: src/data/schema.ts.',
  ...toJsonSchema(Region, { errorMode: 'ignore' }),
};
writeFileSync(join(DATA_DIR, 'schema.json'), JSON.stringify(schema, null, 2) + '\n');
console.log('wrote data/schema.json');
