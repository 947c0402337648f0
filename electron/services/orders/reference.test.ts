// The generated cancel-reason table must match the catalog it came from.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, renderCancelReasons, VOC_TABLE, type VocRow } from './gen-cancel-reasons';

describe('shared/orders/cancel-reasons.ts', () => {
  it.skipIf(!existsSync(VOC_TABLE))('is what gen-cancel-reasons.ts makes of tables/voc-reasons.json', () => {
    const rows = JSON.parse(readFileSync(VOC_TABLE, 'utf8')) as VocRow[];
    expect(readFileSync(OUTPUT, 'utf8')).toBe(renderCancelReasons(rows));
  });
});
