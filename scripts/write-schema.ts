/** npm run schema: writes data/schema.json (JSON Schema draft-07) from the valibot schema. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Region } from '../src/data/schema';
import { DATA_DIR } from './sources';

const schema = {
  ...toJsonSchema(Region, { errorMode: 'ignore' }),
  $id: 'https://bagan-sistem-kerja.invalid/schema/region-1.json',
  title: 'Sistem Kerja region data (Bagan Sistem Kerja)',
};
writeFileSync(join(DATA_DIR, 'schema.json'), JSON.stringify(schema, null, 2) + '\n');
console.log('wrote data/schema.json');
