import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

const specs = {
  port: { type: 'number', descriptionKo: '' },
  format: { type: 'string', descriptionKo: '' },
  list: { type: 'boolean', descriptionKo: '' },
  help: { type: 'boolean', short: 'h', descriptionKo: '' },
  'allow-ip': { type: 'string', multiple: true, descriptionKo: '' },
} as const;

describe('arg parser', () => {
  it('reads --name value, --name=value, flags, short flags and positionals', () => {
    const r = parseArgs(['a', '--port', '8080', '--format=json', '--list', '-h', 'b=c', '--allow-ip', '1.1.1.1', '--allow-ip=2.2.2.2'], specs);
    expect(r.options).toEqual({ port: 8080, format: 'json', list: true, help: true, 'allow-ip': ['1.1.1.1', '2.2.2.2'] });
    expect(r.positionals).toEqual(['a', 'b=c']);
  });

  it('stops at -- and keeps negative-looking values', () => {
    expect(parseArgs(['--', '--port', 'x'], specs).positionals).toEqual(['--port', 'x']);
    expect(parseArgs(['--port', '-1'], specs).options.port).toBe(-1);
  });

  it('rejects unknown options, missing values and bad numbers as usage errors', () => {
    expect(() => parseArgs(['--nope'], specs)).toThrow(UsageError);
    expect(() => parseArgs(['-x'], specs)).toThrow(UsageError);
    expect(() => parseArgs(['--port'], specs)).toThrow(/값이 필요/);
    expect(() => parseArgs(['--port', '--list'], specs)).toThrow(UsageError);
    expect(() => parseArgs(['--port', 'abc'], specs)).toThrow(/숫자/);
    expect(() => parseArgs(['--list=yes'], specs)).toThrow(UsageError);
  });
});
