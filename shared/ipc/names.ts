// The preload function of a channel: `profiles.testConnection` -> `profilesTestConnection`. Kept
// apart from the contract so the preload can name its functions without the schemas.
export type FunctionName<C extends string> = C extends `${infer A}.${infer B}` ? `${A}${Capitalize<B>}` : C;

export function functionName<C extends string>(channel: C): FunctionName<C> {
  const [a, b] = channel.split('.');
  return (a + b.charAt(0).toUpperCase() + b.slice(1)) as FunctionName<C>;
}
