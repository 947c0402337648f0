// Help text for `wingdesk help`, `wingdesk --help` and `wingdesk <command> --help`.
import { formatOptionsHelp, type OptionSpecs } from './args';
import { listCommands, type Command } from './registry';

export const GLOBAL_OPTIONS: OptionSpecs = {
  format: { type: 'string', valueName: 'text|json', descriptionKo: '출력 형식 (기본 text)' },
  help: { type: 'boolean', short: 'h', descriptionKo: '도움말' },
};

export function generalHelp(): string {
  const cmds = listCommands();
  const width = Math.max(4, ...cmds.map((c) => c.name.length));
  return [
    'wingdesk — 쿠팡 판매자 작업대 CLI',
    '',
    '사용법: wingdesk <명령> [옵션] [--format json]',
    '',
    '명령:',
    ...cmds.map((c) => `  ${c.name.padEnd(width)}  ${c.summaryKo}`),
    `  ${'help'.padEnd(width)}  이 도움말 또는 명령별 도움말 (wingdesk help <명령>)`,
    '',
    '공통 옵션:',
    ...formatOptionsHelp(GLOBAL_OPTIONS),
    '',
    '연결 정보: WINGDESK_BASE_URL, WINGDESK_VENDOR_ID, WINGDESK_ACCESS_KEY, WINGDESK_SECRET_KEY,',
    '          WINGDESK_PROXY(http://, https://, socks5://), WINGDESK_RATE(초당 요청 수, 최대 10)',
    '종료 코드: 0 성공, 1 실패, 2 사용법 오류',
  ].join('\n');
}

export function commandHelp(cmd: Command): string {
  return [
    `사용법: wingdesk ${cmd.usage}`,
    '',
    cmd.summaryKo,
    ...(cmd.detailsKo ? ['', cmd.detailsKo] : []),
    ...(cmd.options && Object.keys(cmd.options).length ? ['', '옵션:', ...formatOptionsHelp(cmd.options)] : []),
    '',
    '공통 옵션:',
    ...formatOptionsHelp(GLOBAL_OPTIONS),
  ].join('\n');
}
