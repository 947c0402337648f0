// Builds a Coupang client from the same connection source the app uses (env vars first).
import { createCoupangClient, type CoupangClient } from '../coupang/client';
import { createLogger } from '../coupang/redact';
import { resolveConnection, type ResolvedConnection } from '../services/connection-source';

export interface CliConnection {
  connection: ResolvedConnection;
  client: CoupangClient;
}

export async function openConnection(env: NodeJS.ProcessEnv): Promise<CliConnection> {
  const connection = await resolveConnection(env);
  const debug = env.WINGDESK_DEBUG === '1';
  const client = createCoupangClient({
    baseUrl: connection.baseUrl,
    credentials: connection.credentials,
    proxyUrl: connection.proxyUrl,
    ratePerSecond: connection.ratePerSecond,
    egressEchoUrl: connection.egressEchoUrl,
    log: debug ? createLogger((e) => process.stderr.write(`${JSON.stringify(e)}\n`), { secrets: [connection.credentials.secretKey] }) : undefined,
  });
  return { connection, client };
}
