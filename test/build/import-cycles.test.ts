import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { findCycles } from '../../scripts/import-cycles.mjs';

test('no module imports itself through others, outside the migrations', () => {
  assert.deepEqual(findCycles(), []);
});

test('the check finds a cycle of runtime imports and ignores type-only ones', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tehostamo-cycles-'));
  try {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write('sdk/index.ts', 'export {};\n');
    write('widgets/index.ts', 'export {};\n');
    write('server/a.ts', "import { b } from './b.ts';\nexport const a = b;\n");
    write('server/b.ts', "import { c } from './c.ts';\nexport const b = c;\n");
    write('server/c.ts', "import type { a } from './a.ts';\nexport const c = 1;\n");
    write(
      'server/db/migrator.ts',
      "import { up } from './migrations/0001-x.ts';\nexport { up };\n",
    );
    write('server/db/migrations/0001-x.ts', "import '../migrator.ts';\nexport const up = 1;\n");
    assert.deepEqual(findCycles(root), []);
    write('server/c.ts', "export { a as c } from './a.ts';\n");
    assert.deepEqual(findCycles(root), [['server/a.ts', 'server/b.ts', 'server/c.ts']]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
