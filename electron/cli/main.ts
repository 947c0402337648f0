// Entry point: `npm run cli -- <command>` (tsx) and bin/wingdesk.mjs both land here.
import { runCli } from './run';

// `wingdesk api --list | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const controller = new AbortController();
const stop = () => controller.abort(new Error('중단되었습니다.'));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
});
process.off('SIGINT', stop);
process.off('SIGTERM', stop);
process.exitCode = code;
// Pooled sockets are closed by the commands; this only guards against a stray handle keeping a
// finished command alive.
setTimeout(() => process.exit(code), 2000).unref();
