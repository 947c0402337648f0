// Pure product logic shared by the wizard, the service and the CLI (no Node, no network).
export * from './issues';
export * from './meta';
export * from './enums';
export * from './form-model';
export * from './draft';
export * from './rules';
export * from './lifecycle';
export * from './bulk-rules';
export * from './list-rules';
export * from './places-rules';
export * from './coupang-messages';
